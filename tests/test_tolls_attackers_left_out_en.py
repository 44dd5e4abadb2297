"""English tolls that leave the attackers out in other words (invented sentences): "a figure
it said did not include the bomber", "neither figure included the two bombers"."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of


def test_a_figure_said_not_to_include_the_bomber_adds_him() -> None:
    killed = totals_of(
        [
            "A car bomb killed at least 20 people at a checkpoint, police said.",
            "By evening officials said the toll had risen to 26, a figure they said did not "
            "include the bomber.",
        ]
    ).fatalities
    assert (killed.low, killed.best, killed.high) == (21, 27, 27)


def test_neither_figure_included_the_two_bombers_adds_two() -> None:
    killed = totals_of(
        [
            "Two suicide bombers struck a mosque, killing 12 worshippers.",
            "Neither figure included the two bombers, a doctor said.",
        ]
    ).fatalities
    assert killed.best == 14


def test_a_figure_that_includes_the_bomber_adds_no_one() -> None:
    killed = totals_of(["The toll of 12, which police said included the bomber, was final."])
    assert killed.fatalities.best == 12
