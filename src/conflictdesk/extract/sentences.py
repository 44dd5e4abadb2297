"""Sentence splitting with spaCy's blank pipeline and its rule-based sentencizer.

No statistical model is loaded (nothing is downloaded). The tokenizer learns the
abbreviations common in conflict reporting (``Lt.``, ``Col.``, ``a.k.a.``) so the sentencizer
does not break after them, and text is first cut into blocks at blank lines, headings, list
items and ``MM/DD/YYYY:`` incident prefixes so that a headline never runs into a lede.
Offsets always point into the original text: ``text[s.start:s.end] == s.text``.

The sentencizer's decisions are made here, word by word, from spaCy's own tokens of each
whitespace-delimited piece (remembered per piece), with the sentencizer's rule: after a
token in its ``punct_chars``, the first token that is neither punctuation nor one of those
starts a sentence. spaCy tokenises each piece on its own, except that a special case of
several tokens could match across two pieces; a block where that can happen (two pieces
whose facing characters meet in some special case) goes through spaCy itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer

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
_ABBREVIATIONS_BEFORE_BREAK = ("a.m.", "p.m.", "U.S.", "U.N.", "U.K.")
_SPLIT_AFTER_ABBREVIATION = re.compile(
    r"(?<=\b(?:" + "|".join(map(re.escape, _ABBREVIATIONS_BEFORE_BREAK)) + r"))"
    r"\s+(?=(?:The|A|An|In|On|At|It|He|She|They"
    r"|No|This|That|These|Those|According|Officials?|Police|Taliban|Local|Residents?)\b)"
)
# A sentence holding none of the abbreviations has no such break (the pattern, which opens with
# a look-behind, would be tried at every character); the look-behind reaches this far back.
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS_BEFORE_BREAK))


def may_break_after_abbreviation(text: str, start: int, end: int) -> bool:
    """False only when ``_SPLIT_AFTER_ABBREVIATION`` finds nothing between ``start`` and
    ``end``: none of its abbreviations is there (nor just before ``start``, where its
    look-behind may reach)."""
    first = max(0, start - _LONGEST_ABBREVIATION)
    return any(text.find(word, first, end) >= 0 for word in _ABBREVIATIONS_BEFORE_BREAK)


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


# A run of spaCy's tokenizer: spaCy cuts text where ``str.isspace`` changes, as ``\s`` does.
_RUN = re.compile(r"\S+|\s+")
_ASTRAL = "\U00010000"
# Pieces whose tokens are remembered (spaCy's own tokenizer cache holds 10,000).
_REMEMBERED = 50_000
_LONGEST_REMEMBERED = 100  # characters: longer pieces (URLs, runs of symbols) are not kept

# A piece's tokens as (offset, in the sentencizer's punct_chars, is_punct), and whether one
# of them is in punct_chars.
_Tokens = tuple[tuple[tuple[int, bool, bool], ...], bool]


class _Splitter:
    """spaCy's sentence starts for one block, from the remembered tokens of its pieces."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp
        self._stops: frozenset[str] = frozenset(nlp.get_pipe("sentencizer").punct_chars)
        # Only in a piece holding a stop character (and just after it) can a sentence end. A
        # class with characters beyond U+FFFF is slow to search: it is used only for a block
        # that has one.
        self._stop = re.compile("[" + _charset(self._stops) + "]")
        self._stop_bmp = re.compile("[" + _charset(c for c in self._stops if c < _ASTRAL) + "]")
        self._splits = _facing_splits(nlp.tokenizer)
        # Single spaces where a special case might join two pieces (checked in ``_joined``):
        # after the characters that precede a letter or digit in one, and before the
        # characters other than letters and digits that follow one.
        before_word = {a for a, b in self._splits if b.isalnum()}
        word = {b for _, b in self._splits if b.isalnum()}
        other = {b for _, b in self._splits if not b.isalnum()}
        self._facing = (
            re.compile("[" + _charset(before_word) + "] (?=[" + _charset(word) + "])"),
            re.compile(" (?=[" + _charset(other) + "])"),
        )
        self._pieces: dict[str, _Tokens] = {}

    def _tokens(self, piece: str) -> _Tokens:
        found = self._pieces.get(piece)
        if found is None:
            if len(self._pieces) >= _REMEMBERED:
                self._pieces.clear()
            stops = self._stops
            tokens = tuple(
                (t.idx, t.text in stops, bool(t.is_punct)) for t in self._nlp.tokenizer(piece)
            )
            found = (tokens, any(stop for _, stop, _ in tokens))
            if len(piece) <= _LONGEST_REMEMBERED:
                self._pieces[piece] = found
        return found

    def spans(self, block: str) -> list[tuple[int, int]]:
        """The sentences of a trimmed, non-empty block as (start, end) offsets into it."""
        if len(block) <= self._nlp.max_length and not self._joined(block):
            return self._spans(block)
        doc = self._nlp(block)  # spaCy itself (and its error on an over-long text)
        return [(sent.start_char, sent.end_char) for sent in doc.sents]

    def _joined(self, block: str) -> bool:
        """Whether a special case might match across two pieces of ``block``."""
        splits = self._splits
        for facing in self._facing:
            for found in facing.finditer(block):
                space = found.end() - 1 if found.group()[0] != " " else found.start()
                pair = (block[space - 1], block[space + 1])
                if pair in splits and _may_join(
                    splits, _piece_before(block, space), _piece_after(block, space + 1)
                ):
                    return True
        return False

    def _spans(self, block: str) -> list[tuple[int, int]]:
        starts, ends = [0], []
        size = len(block)
        pos = 0
        stop_at = self._stop_bmp if max(block) < _ASTRAL else self._stop
        while (found := stop_at.search(block, pos)) is not None:
            start = found.start()
            while start > pos and not block[start - 1].isspace():
                start -= 1  # back to the start of the piece
            word = _RUN.match(block, start)
            assert word is not None
            seen_stop = False
            for offset, stop, punct in self._tokens(word.group())[0]:
                if seen_stop and not punct and not stop:
                    ends.append(start + offset)
                    starts.append(start + offset)
                    seen_stop = False
                elif stop:
                    seen_stop = True
            pos = end = word.end()  # ``end``: where the last token read ends
            while seen_stop and pos < size:  # the tokens after a stop, up to a sentence start
                run = _RUN.match(block, pos)
                assert run is not None
                piece, start = run.group(), pos
                if piece[0] == " ":  # a word's trailing space is no token
                    if piece == " ":
                        pos += 1
                        continue
                    piece, start = piece[1:], start + 1
                for offset, stop, punct in self._tokens(piece)[0]:
                    if seen_stop and not punct and not stop:
                        ends.append(start + offset if offset else end)
                        starts.append(start + offset)
                        seen_stop = False
                    elif stop:
                        seen_stop = True
                pos = end = run.end()
        ends.append(size)
        return list(zip(starts, ends, strict=True))


def _charset(chars: Iterable[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _piece_before(block: str, end: int) -> str:
    start = end
    while start > 0 and not block[start - 1].isspace():
        start -= 1
    return block[start:end]


def _piece_after(block: str, start: int) -> str:
    run = _RUN.match(block, start)
    return run.group() if run is not None else ""


def _facing_splits(tokenizer: Any) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The special cases spaCy matches over tokens (those with an affix or a space), split as
    spaCy splits them without special cases, cut at each token boundary into the text before
    and after it, keyed by the two characters that meet there: only where a piece ends with
    the first part and the next piece starts with the second (or ends inside it) can a
    special case match across the two pieces."""
    bare = Tokenizer(
        tokenizer.vocab,
        rules={},
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
    )
    splits: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for case in tokenizer.rules:
        found = tokenizer.find_prefix(case) or tokenizer.find_infix(case)
        if not (found or tokenizer.find_suffix(case) or " " in case):
            continue
        texts = [t.text for t in bare(case)]
        for cut in range(1, len(texts)):
            before, after = "".join(texts[:cut]), "".join(texts[cut:])
            splits.setdefault((before[-1], after[0]), []).append((before, after))
    return splits


def _may_join(
    splits: dict[tuple[str, str], list[tuple[str, str]]], before: str, after: str
) -> bool:
    """Whether a special case could match across the pieces ``before`` and ``after``."""
    return any(
        before.endswith(head) and (after.startswith(tail) or tail.startswith(after))
        for head, tail in splits.get((before[-1], after[0]), ())
    )


@lru_cache(maxsize=1)
def _splitter() -> _Splitter:
    return _Splitter(_pipeline())


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


def _spans_in_block(
    text: str, start: int, spans: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    for sent_start, sent_end in spans:
        s_start = start + sent_start
        s_end = start + sent_end
        cut = s_start
        if may_break_after_abbreviation(text, s_start, s_end):
            for brk in _SPLIT_AFTER_ABBREVIATION.finditer(text, s_start, s_end):
                yield cut, brk.start()
                cut = brk.end()
        yield cut, s_end


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact offsets; empty pieces are dropped."""
    sentences: list[Sentence] = []
    blocks = [_trimmed(text, start, end) for start, end in _blocks(text)]
    splitter = _splitter()
    for b_start, b_end in blocks:
        if b_start >= b_end:
            continue
        spans = splitter.spans(text[b_start:b_end])
        for raw_start, raw_end in _spans_in_block(text, b_start, spans):
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
