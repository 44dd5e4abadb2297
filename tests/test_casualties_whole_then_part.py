""" "Of the eleven passengers, nine were killed": the figure after "Of the" is the whole the next
figures divide, not more dead."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(text: str) -> int:
    return sum(m.quantity.best or 0 for m in find_casualties(text) if m.outcome == "killed")


def test_the_whole_opening_a_sentence_is_not_counted_with_its_part() -> None:
    assert _killed("Of the fourteen guards on duty, six were killed and three wounded.") == 6


def test_a_part_of_the_whole_told_the_other_way_round_stays() -> None:
    # near miss: no opening "Of the"; the part is told with its whole in one phrase
    assert _killed("Six of the fourteen guards on duty were killed.") == 6


def test_a_toll_after_of_inside_a_sentence_is_still_a_toll() -> None:
    # near miss: "of the" does not open the sentence
    assert _killed("The bombing of the market killed seven people.") == 7
