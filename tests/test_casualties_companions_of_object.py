"""English: people killed together with an object, told after "along with" / "together with"
right after it or after a place, a time or an aside, are more dead. Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _dead(sentence: str) -> list[int]:
    found = find_casualties(sentence, offset=0, language="en")
    counted = [m for m in found if m.outcome == "killed" and m.relation == "count"]
    return sorted(m.quantity.best or 0 for m in counted)


def test_companions_right_after_the_object() -> None:
    assert _dead("The blast killed the provincial judge, together with two of his clerks.") == [
        1,
        2,
    ]


def test_companions_after_a_place_and_a_day() -> None:
    told = (
        "An airstrike killed the cell leader near Jalalabad on 3 March, along with four of his "
        "fighters, the ministry said."
    )
    assert _dead(told) == [1, 4]


def test_companions_after_an_aside_about_the_object() -> None:
    told = (
        "Troops killed Qari Nasim, whom they called the group's treasurer, along with "
        "three of his guards."
    )
    assert _dead(told) == [1, 3]


def test_no_companions_across_another_clause() -> None:
    # near miss: the men "along with" go with another verb, not with the killing (the
    # object list itself is read as before)
    told = "Gunmen killed a shopkeeper, and police arrived later, along with three of his sons."
    assert 3 not in _dead(told)


def test_himself_is_not_a_companion_here() -> None:
    # "along with himself" is the attacker, counted by its own rule, once
    told = "The bomber killed four soldiers along with himself."
    found = find_casualties(told, offset=0, language="en")
    assert sorted(m.quantity.best or 0 for m in found if m.outcome == "killed") == [1, 4]
