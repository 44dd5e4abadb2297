"""Candidate passages: the parts of a document worth a model's time, in requests of bounded size.

A cheap filter: a paragraph is sent only if it has a violence or claim word (an English list
below, plus the pack's trigger words for other languages). Long paragraphs are cut at sentence
ends into chunks, and only the chunks with such a word are kept. Passages are packed into
requests of at most ``MAX_REQUEST_CHARS`` characters. Offsets stay exact: a passage is always
``document.text[start:end]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from conflictdesk.model import Document
from conflictdesk.resolve.registry import Registry

# One passage is at most about a long paragraph (roughly 350 tokens), so a date or place given
# a sentence or two before the violence still travels with it.
MAX_PASSAGE_CHARS = 1500
# Passages per request: about 1,500 tokens of text, which with the ~1,500-token instructions
# and room for the answer fits the 4k context that small local models are often served with.
MAX_REQUEST_CHARS = 6000
# A guard on cost and time for very long documents: the rest is reported, not sent.
MAX_REQUESTS_PER_DOCUMENT = 12

# Word starts that signal violence, its toll, or a claim of it (English; other languages come
# from the pack's trigger words). A prefix list: "kill" covers killed, killing, kills.
CUE_STEMS = (
    "abduct", "acid", "airstrike", "air strike", "ambush", "arrest", "arson", "assassinat",
    "assault", "attack", "behead", "blame", "blast", "bomb", "captur", "casualt", "claim",
    "clash", "dead", "death", "destroy", "detain", "detonat", "died", "drone", "execut", "explo",
    "fight", "fire", "gunm", "gunfire", "grenade", "hostage", "ied", "injur", "kidnap", "kill",
    "landmine", "massacre", "militant", "mine", "mortar", "murder", "offensive", "raid",
    "responsib", "rocket", "seiz", "shell", "shoot", "shot", "siege", "slain", "stab", "storm",
    "strike", "suicide", "threat", "toll", "torture", "wound",
    # a few Russian and Turkish stems, for reports whose pack lacks these trigger words
    "убит", "убил", "погиб", "ранен", "взрыв", "нападен", "теракт", "уничтож", "боевик",
    "öldü", "öldür", "yaralan", "saldır", "patla", "hayatını kaybet",
)  # fmt: skip

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?؟।。])[\"'”’)\]]*\s+")


@dataclass(frozen=True, slots=True)
class Passage:
    """``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Batch:
    """The passages sent in one request."""

    passages: tuple[Passage, ...]

    @property
    def chars(self) -> int:
        return sum(len(p.text) for p in self.passages)


@dataclass(frozen=True, slots=True)
class Selection:
    batches: tuple[Batch, ...]
    skipped_passages: int


def _stem_pattern(stem: str) -> str:
    return r"\b" + r"\s+".join(re.escape(word) for word in stem.split())


def _trigger_pattern(pattern: str) -> str:
    """A pack trigger such as ``intihar saldırı*`` as a regular expression."""
    words = [
        re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else r"\b") for w in pattern.split()
    ]
    return r"(?<!\w)" + r"\s+".join(words)


@lru_cache(maxsize=8)
def _cue_regex(trigger_patterns: tuple[str, ...]) -> re.Pattern[str]:
    parts = [_stem_pattern(s) for s in CUE_STEMS]
    parts.extend(_trigger_pattern(p) for p in trigger_patterns if p.strip())
    return re.compile("|".join(parts), re.IGNORECASE)


def cue_regex(registry: Registry) -> re.Pattern[str]:
    return _cue_regex(tuple(sorted({t.pattern for t in registry.triggers})))


def _spans(
    text: str, separator: re.Pattern[str], start: int, end: int
) -> Iterator[tuple[int, int]]:
    """Pieces of ``text[start:end]`` between separators, without surrounding whitespace."""
    position = start
    for match in separator.finditer(text, start, end):
        yield position, match.start()
        position = match.end()
    yield position, end


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _hard_cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence longer than a passage, cut at the last space before the limit."""
    while end - start > MAX_PASSAGE_CHARS:
        cut = text.rfind(" ", start, start + MAX_PASSAGE_CHARS)
        cut = cut if cut > start else start + MAX_PASSAGE_CHARS
        yield start, cut
        start = cut
    yield start, end


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Runs of whole sentences of at most ``MAX_PASSAGE_CHARS`` covering ``text[start:end]``."""
    if end - start <= MAX_PASSAGE_CHARS:
        yield start, end
        return
    chunk_start = chunk_end = start
    for s_start, s_end in _spans(text, _SENTENCE_END, start, end):
        if s_end - chunk_start > MAX_PASSAGE_CHARS and chunk_end > chunk_start:
            yield chunk_start, chunk_end
            chunk_start = s_start
        if s_end - chunk_start > MAX_PASSAGE_CHARS:
            yield from _hard_cut(text, chunk_start, s_end)
            chunk_start = s_end
        chunk_end = s_end
    if chunk_end > chunk_start:
        yield chunk_start, chunk_end


def all_passages(document: Document) -> list[Passage]:
    """Every paragraph (or chunk of one), whitespace trimmed."""
    text = document.text
    out: list[Passage] = []
    for p_start, p_end in _spans(text, _PARAGRAPH_BREAK, 0, len(text)):
        for c_start, c_end in _chunks(text, p_start, p_end):
            span = _trimmed(text, c_start, c_end)
            if span is not None:
                out.append(Passage(span[0], span[1], text[span[0] : span[1]]))
    return out


def candidate_passages(
    document: Document, registry: Registry, *, everything: bool = False
) -> list[Passage]:
    """Passages with a violence or claim word; all passages when ``everything`` is set.

    ``everything`` is for documents in a language the filter has no words for (the rule
    extractor's ``needs_translation``), where the model is the only way to events.
    """
    passages = all_passages(document)
    if everything:
        return passages
    cues = cue_regex(registry)
    return [p for p in passages if cues.search(p.text)]


def batches(passages: Iterable[Passage]) -> Selection:
    """Passages packed in document order into at most ``MAX_REQUESTS_PER_DOCUMENT`` requests."""
    groups: list[list[Passage]] = []
    size = 0
    for passage in passages:
        if not groups or size + len(passage.text) > MAX_REQUEST_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(passage)
        size += len(passage.text)
    kept = groups[:MAX_REQUESTS_PER_DOCUMENT]
    skipped = sum(len(g) for g in groups[MAX_REQUESTS_PER_DOCUMENT:])
    return Selection(tuple(Batch(tuple(g)) for g in kept), skipped)
