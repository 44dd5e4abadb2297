"""A breakdown between commas that closes before the subject does ("Two aid workers, a nurse
and a driver, and three villagers were killed"): the two are broken down, the three add.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _dead(sentence: str) -> int | None:
    mentions = find_casualties(sentence, offset=0, language="en")
    return aggregate(mentions, closed_world=True).fatalities.best


def test_a_breakdown_closed_by_a_comma_before_and_is_part_of_its_figure() -> None:
    sentence = (
        "Two clinic staff, a nurse and a cook, and five farmers waiting outside died when "
        "the shell hit the gate."
    )
    assert _dead(sentence) == 7


def test_the_people_after_the_breakdown_still_add() -> None:
    sentence = (
        "Three aid workers, two Norwegian women and a Briton, and four villagers were shot "
        "dead when gunmen stopped the bus."
    )
    assert _dead(sentence) == 7


def test_a_list_that_does_not_add_up_to_the_figure_still_adds() -> None:
    # near miss: one and one are not three, so the names are more people, not a breakdown
    sentence = "Three clinic staff, a nurse and a cook, and five farmers died when the shell hit."
    assert _dead(sentence) == 10


def test_a_breakdown_closing_the_subject_is_unchanged() -> None:
    sentence = "Six aid workers, four Germans and two Afghan drivers, were killed in the raid."
    assert _dead(sentence) == 6
