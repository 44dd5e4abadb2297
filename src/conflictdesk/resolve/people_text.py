"""What stored reports say about people beyond single events: denials and family ties.

Two cues are read from every stored document, sentence by sentence:
- a denial: a sentence naming a person together with a denial of their death or capture
  ("ISKP denied that Ahangar had been killed", "the group said reports of his death were
  false") adds "denied by the group" to the person's status history, citing the sentence;
- a tie: "X, the brother of Y", "Y's brother X" (brother, son, father, nephew, cousin, uncle)
  adds a relation between two people the registry knows.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from conflictdesk.model import Document, Source, iso
from conflictdesk.resolve.matcher import Match, PhraseMatcher

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ial)|dismiss(?:ed|es)?|reject(?:ed|s)?|refut(?:ed|es)?|"
    r"(?:is|was|remains) (?:still )?alive|false(?:ly)?|baseless|"
    r"yalanlad[ıi]|опроверг\w*|نفى|نفت)\b",
    re.IGNORECASE,
)
DEATH_OR_CAPTURE = re.compile(
    r"\b(?:kill\w*|dead|death|died|captur\w*|arrest\w*|detain\w*|alive|"
    r"öldür\w*|убит\w*|гибел\w*|مقتل|قتل)\b",
    re.IGNORECASE,
)
RELATIONS = ("brother", "son", "father", "nephew", "cousin", "uncle")
_TIE_AFTER = re.compile(r"^\s*,?\s*(?:the|a|his)?\s*(" + "|".join(RELATIONS) + r")\s+of\s*$", re.I)
_TIE_BEFORE = re.compile(r"^\s*['’]s\s+(" + "|".join(RELATIONS) + r")\s*,?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Denial:
    person_id: str
    date: str | None
    source: Source


@dataclass(frozen=True, slots=True)
class Tie:
    person_id: str
    relation: str
    other_id: str


def _sentences(text: str) -> Iterable[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            yield m.start(), m.group()


def _source(doc: Document, start: int, sentence: str) -> Source:
    return Source(
        document_id=doc.id,
        evidence=sentence.strip(),
        start=start + (len(sentence) - len(sentence.lstrip())),
        end=start + len(sentence.rstrip()),
        title=doc.title,
        publisher=doc.publisher,
        url=doc.url,
        published=iso(doc.published),
        accessed=iso(doc.accessed),
    )


def read_people_text(
    documents: Iterable[Document], names: PhraseMatcher
) -> tuple[dict[str, list[Denial]], list[Tie]]:
    """Denials per person id, and ties between people, from the documents' sentences."""
    denials: dict[str, list[Denial]] = defaultdict(list)
    ties: list[Tie] = []
    for doc in documents:
        for start, sentence in _sentences(doc.text):
            found = names.find(sentence) if _worth_reading(sentence) else []
            if not found:
                continue
            if DENIAL.search(sentence) and DEATH_OR_CAPTURE.search(sentence):
                for person_id in dict.fromkeys(m.value for m in found):
                    denials[person_id].append(
                        Denial(person_id, iso(doc.published), _source(doc, start, sentence))
                    )
            ties.extend(_ties(sentence, found))
    return denials, ties


def _worth_reading(sentence: str) -> bool:
    lowered = sentence.casefold()
    return bool(DENIAL.search(sentence)) or any(r in lowered for r in RELATIONS)


def _ties(sentence: str, found: Sequence[Match]) -> list[Tie]:
    out: list[Tie] = []
    for a, b in itertools.pairwise(found):
        between = sentence[a.end : b.start]
        after = _TIE_AFTER.match(between)
        if after:  # "A, the brother of B"
            out.append(Tie(a.value, f"{after.group(1).lower()} of", b.value))
            continue
        before = _TIE_BEFORE.match(between)
        if before:  # "A's brother B"
            out.append(Tie(b.value, f"{before.group(1).lower()} of", a.value))
    return out
