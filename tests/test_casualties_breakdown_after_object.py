"""Figures told right after an object count and a comma break it down ("killed eight
people, five guards and three drivers"): subsets, not more dead. A list of sides that adds up
to more than its first figure stays a list. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> int:
    return sum(
        m.quantity.best or 0
        for m in find_casualties(sentence)
        if m.outcome == "killed" and m.relation == "count"
    )


def test_breakdown_that_adds_up() -> None:
    assert _killed("The rocket killed eight people, five guards and three drivers.") == 8


def test_part_named_after_a_count_of_no_side() -> None:
    sentence = "Gunmen killed nine members of a survey team, four Italians and a local driver."
    assert _killed(sentence) == 9


def test_list_of_sides_still_adds_up() -> None:
    assert _killed("The mine killed four soldiers, two policemen and a farmer.") == 7
