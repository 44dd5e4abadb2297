"""An "N of them" aside closed by ", and" (invented sentences): the figure after it is
another group, which adds; without the comma the figure is part of the aside."""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _summary_killed(text: str) -> int | None:
    return aggregate(find_casualties(text, language="en"), closed_world=True).fatalities.best


def test_a_group_after_the_closed_aside_adds() -> None:
    text = "Seven soldiers, three of them officers, and four villagers were killed in the blast."
    assert _summary_killed(text) == 11


def test_a_figure_inside_the_open_aside_is_part_of_it() -> None:
    text = "Seven soldiers, three of them officers and four conscripts, were killed in the blast."
    assert _summary_killed(text) == 7
