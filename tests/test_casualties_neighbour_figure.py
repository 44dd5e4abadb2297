"""A neighbour's figure is an unofficial one, like a resident's or a witness's: it stands in
only when no official figure exists. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def test_neighbour_figure_is_unofficial() -> None:
    sentence = "A neighbour said six people had died in the fire."
    found = [m for m in find_casualties(sentence) if m.outcome == "killed"]
    assert [(m.quantity.best, m.relation) for m in found] == [(6, "unofficial")]


def test_officials_figure_stays_official() -> None:
    sentence = "Officials said six people had died in the fire."
    found = [m for m in find_casualties(sentence) if m.outcome == "killed"]
    assert [m.relation for m in found] != ["unofficial"]
