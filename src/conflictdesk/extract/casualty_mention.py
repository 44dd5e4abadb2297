"""The one counted group a casualty reader reports: ``CasualtyMention``.

Kept apart from ``casualties`` so that the readers of particular toll phrasings
(``toll_phrases``) and the chunk reader share it without importing each other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from conflictdesk.extract.numbers import Quantity


@dataclass(frozen=True)
class CasualtyMention:
    """One counted group and what happened to it, with its span in the document.

    ``relation`` says how the figure combines with others of the same outcome: ``count`` (a
    group of its own, adds up), ``subset`` (part of another figure: "including two children"),
    ``revision`` (a later figure for the same toll: "the toll rose to 20") or ``total`` ("in
    total, five people died"). ``shared_by`` is set when the sentence says the figure covers
    several incidents ("across both attacks" = 2; 0 when the number is not given there).
    ``earlier`` marks a figure the text says was superseded ("the toll of 19 first given",
    "officials initially said four"): it widens the range but is never the best figure.
    ``more`` marks a figure the text says comes on top of others ("also", "two others").
    """

    start: int
    end: int
    text: str
    outcome: str
    quantity: Quantity
    group: str
    group_text: str | None
    relation: str = "count"
    shared_by: int | None = None
    earlier: bool = False
    more: bool = False


def told_over(
    mentions: Iterable[CasualtyMention], start: int, end: int, outcome: str | None = None
) -> bool:
    """A mention (of ``outcome``, when given) already overlaps the span: the phrase there is
    counted."""
    return any(
        m.start < end and start < m.end and (outcome is None or m.outcome == outcome)
        for m in mentions
    )


def last_told_before(mentions: Iterable[CasualtyMention], start: int) -> CasualtyMention | None:
    """The mention that ends last before ``start``: the toll a phrase after it adds to or
    revises."""
    return max((m for m in mentions if m.end <= start), key=lambda m: m.end, default=None)
