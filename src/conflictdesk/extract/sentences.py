"""Sentence splitting with spaCy's blank pipeline and its rule-based sentencizer.

No statistical model is loaded (nothing is downloaded). The tokenizer learns the
abbreviations common in conflict reporting (``Lt.``, ``Col.``, ``a.k.a.``) so the sentencizer
does not break after them, and text is first cut into blocks at blank lines, headings, list
items and ``MM/DD/YYYY:`` incident prefixes so that a headline never runs into a lede.
Offsets always point into the original text: ``text[s.start:s.end] == s.text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.symbols import ORTH

# Abbreviations spaCy's English tokenizer splits ("Lt" + ".") and the sentencizer would end a
# sentence on. Titles and military ranks come first: they never end a sentence.
_ABBREVIATIONS = (
    "Lt.",
    "Col.",
    "Maj.",
    "Capt.",
    "Sgt.",
    "Brig.",
    "Cpl.",
    "Pvt.",
    "Adm.",
    "Cmdr.",
    "Insp.",
    "Lt.-Gen.",
    "Maj.-Gen.",
    "Brig.-Gen.",
    "Lt.-Col.",
    "a.k.a.",
    "A.k.a.",
    "approx.",
    "Approx.",
    "Eng.",
    "Gen.",
)

# A block boundary: a blank line, or a line that starts a heading, a list item, a footnote or
# an incident summary ("03/27/2023: ...").
_BLOCK_BREAK = re.compile(
    r"\n[ \t]*\n\s*"
    r"|\n(?=[ \t]*(?:#|[-*•] |\[\d+\]|\d{1,2}/\d{1,2}/\d{4}\s*:|\d{4}-\d{2}-\d{2}\s*:))"
)

# After these tokens spaCy never splits, but a capitalised sentence opener shows a new sentence:
# "... was attacked by the U.S. The Taliban said ...".
_SPLIT_AFTER_ABBREVIATION = re.compile(
    r"(?<=\b(?:a\.m\.|p\.m\.|U\.S\.|U\.N\.|U\.K\.))\s+(?=(?:The|A|An|In|On|At|It|He|She|They"
    r"|No|This|That|These|Those|According|Officials?|Police|Taliban|Local|Residents?)\b)"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: its position in the document, character span and text."""

    index: int
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _pipeline() -> Any:
    nlp: Any = spacy.blank("en")
    for abbreviation in _ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer")
    return nlp


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for brk in _BLOCK_BREAK.finditer(text):
        yield start, brk.start()
        start = brk.end()
    yield start, len(text)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _spans_in_block(text: str, start: int, doc: Any) -> Iterator[tuple[int, int]]:
    for sent in doc.sents:
        s_start = start + sent.start_char
        s_end = start + sent.end_char
        cut = s_start
        for brk in _SPLIT_AFTER_ABBREVIATION.finditer(text, s_start, s_end):
            yield cut, brk.start()
            cut = brk.end()
        yield cut, s_end


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact offsets; empty pieces are dropped."""
    sentences: list[Sentence] = []
    blocks = [_trimmed(text, start, end) for start, end in _blocks(text)]
    blocks = [(start, end) for start, end in blocks if start < end]
    # One call for the document: spaCy reads each block on its own, as one call a block did.
    docs = _pipeline().pipe(text[start:end] for start, end in blocks)
    for (b_start, _), doc in zip(blocks, docs, strict=True):
        for raw_start, raw_end in _spans_in_block(text, b_start, doc):
            s_start, s_end = _trimmed(text, raw_start, raw_end)
            if s_start < s_end:
                sentences.append(Sentence(len(sentences), s_start, s_end, text[s_start:s_end]))
    return sentences


# Where one sentence of an analysis tells two incidents: "The twin bombings in Kerman on 3
# January 2024 killed at least 90 people, and the attack on the Crocus City Hall near Moscow
# on 22 March killed 145." Each side needs its own event word and its own date.
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:and|while|whereas)\s+")
_EVENT_WORD = re.compile(
    r"\b(?:attack(?:ed|s)?|bomb(?:ed|ing|ings)?|blast|explosion|killed|killing|stormed|struck"
    r"|shot|assault|raid(?:ed)?|abducted|kidnapped)\b",
    re.IGNORECASE,
)
_DATE_WORD = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b|\b(?:19|20)\d\d\b"
)


def split_clauses(sentences: list[Sentence]) -> list[Sentence]:
    """Sentences with two dated incidents split in two (English long-form analysis)."""
    out: list[Sentence] = []
    for sentence in sentences:
        for start, end in _incident_spans(sentence.text):
            text = sentence.text[start:end]
            out.append(Sentence(len(out), sentence.start + start, sentence.start + end, text))
    return out


def _incident_spans(text: str) -> list[tuple[int, int]]:
    if not _EVENT_WORD.search(text):
        return [(0, len(text))]
    for brk in _CLAUSE_BREAK.finditer(text):
        left, right = text[: brk.start()], text[brk.end() :]
        told = all(_EVENT_WORD.search(part) and _DATE_WORD.search(part) for part in (left, right))
        if told:
            return [(0, brk.start()), (brk.end(), len(text))]
    return [(0, len(text))]
