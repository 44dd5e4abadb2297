"""Victim words (invented sentences): a people named in the singular ("killed an American")
is one dead while "an Afghan Local Police commander" keeps "Afghan" as an adjective; and
"the burning of" a thing is no burn wound."""

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


def test_the_burning_of_a_thing_is_no_burn_wound() -> None:
    text = "Six guards were killed; the group said it avenged the burning of holy books."
    totals = aggregate(find_casualties(text, language="en"), closed_world=True)
    assert totals.injuries.best in (None, 0)


def test_burning_people_is_a_burn_wound() -> None:
    text = "Men threw acid at the schoolgirls, burning five of them."
    totals = aggregate(find_casualties(text, language="en"), closed_world=True)
    assert totals.injuries.best == 5
