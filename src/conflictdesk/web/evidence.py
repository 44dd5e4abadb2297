"""An evidence sentence cut into pieces, each marked with the fields its words gave.

``field_spans`` hold offsets into the document; a source's sentence starts at ``source.start``,
so a span is shown when it lies wholly inside the sentence. Overlapping spans are fine: a piece
lists every field covering it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from conflictdesk.model import FieldSpan, Source


@dataclass(frozen=True, slots=True)
class Piece:
    text: str
    fields: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Label:
    """``field = “words”`` under the sentence, and how the words were found."""

    field: str
    words: str
    method: str


@dataclass(frozen=True, slots=True)
class MarkedEvidence:
    pieces: tuple[Piece, ...]
    labels: tuple[Label, ...]


def _relative(span: FieldSpan, source: Source) -> tuple[int, int] | None:
    if span.document_id != source.document_id:
        return None
    start, end = span.start - source.start, span.end - source.start
    return (start, end) if 0 <= start < end <= len(source.evidence) else None


def mark_evidence(source: Source, spans: Sequence[FieldSpan]) -> MarkedEvidence:
    sentence = source.evidence
    placed = [(r, s) for s in spans if (r := _relative(s, source)) is not None]
    cuts = sorted({0, len(sentence), *(i for (a, b), _ in placed for i in (a, b))})
    pieces = []
    for a, b in pairwise(cuts):
        covering = tuple(dict.fromkeys(s.field for (x, y), s in placed if x <= a and b <= y))
        pieces.append(Piece(sentence[a:b], covering))
    labels = tuple(Label(s.field, sentence[a:b], s.method) for (a, b), s in placed)
    return MarkedEvidence(tuple(pieces), labels)
