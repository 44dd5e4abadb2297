"""A people named in the singular as the victim (invented sentences): "killed an American"
is one dead, while "an Afghan Local Police commander" keeps "Afghan" as an adjective."""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _killed(text: str) -> int | None:
    return aggregate(find_casualties(text, language="en"), closed_world=True).fatalities.best


def test_a_singular_nationality_after_the_verb_is_a_victim() -> None:
    assert _killed("A roadside bomb in the market killed an American on Tuesday.") == 1


def test_a_singular_nationality_in_a_list_of_victims() -> None:
    assert _killed("Two Italians and a German were shot dead near the hotel.") == 3


def test_a_nationality_before_a_noun_is_an_adjective() -> None:
    assert _killed("Gunmen killed an Afghan Local Police commander and two guards.") == 3


def test_a_nationality_before_a_thing_is_not_a_victim() -> None:
    assert _killed("A bomb hit an American convoy; nobody was hurt.") in (None, 0)
