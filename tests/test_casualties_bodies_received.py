"""English: bodies a hospital or morgue took in are dead ("40 bodies had been received",
"bodies were brought to the hospital"); the same verbs said of the living or of things
count nobody."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in find_casualties(text)]


def test_bodies_received_at_a_hospital_are_dead() -> None:
    assert _read("A doctor said 23 bodies had been received overnight.") == [("killed", 23)]


def test_bodies_brought_to_a_morgue_are_dead() -> None:
    assert _read("Nine bodies were brought to the city morgue.") == [("killed", 9)]


def test_the_wounded_brought_in_are_not_dead() -> None:
    assert ("killed", 14) not in _read("Fourteen wounded men were brought to the clinic.")


def test_people_brought_before_a_judge_are_nobody_harmed() -> None:
    assert _read("Three suspects were brought before a judge.") == []
