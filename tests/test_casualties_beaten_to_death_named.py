"""A victim beaten "to death" is dead also when named at length before the words ("beat a
woman named Gul Bibi to death"); "death" in a later clause is no such ending. A person
"hanged" was killed."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _outcomes(text: str) -> list[str]:
    return [m.outcome for m in find_casualties(text)]


def test_a_named_woman_beaten_to_death_died() -> None:
    assert _outcomes("A mob beat a woman named Gul Bibi to death in Kabul city.") == ["killed"]


def test_death_told_in_another_clause_leaves_a_beating() -> None:
    # near miss: the comma closes the beating's clause before "death"
    text = "Assailants beat a shopkeeper, who later said he had feared death, in Ghazni city."
    assert _outcomes(text) == ["injured"]


def test_a_boy_the_assailants_hanged_died() -> None:
    assert _outcomes("Assailants hanged a boy accused of spying in Sangin district.") == ["killed"]


def test_a_hung_flag_is_no_casualty() -> None:
    # near miss: "hung" is what is done to things
    assert _outcomes("Assailants hung a flag on the gate of the school in Sangin district.") == []
