"""People added to the dead after "along with" (invented sentences): a listed item that
ends in an injury word opens a clause of the hurt, not of more dead."""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _tolls(text: str) -> tuple[int | None, int | None]:
    totals = aggregate(find_casualties(text, language="en"), closed_world=True)
    return totals.fatalities.best, totals.injuries.best


def test_the_hurt_after_the_appended_dead_are_hurt() -> None:
    text = "A shopkeeper was killed along with the gunman and nine people wounded."
    assert _tolls(text) == (2, 9)


def test_the_appended_dead_without_an_injury_word_still_add() -> None:
    text = "A judge was killed along with his driver and two guards."
    assert _tolls(text)[0] == 4
