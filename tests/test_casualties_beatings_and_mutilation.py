"""A beating or a mutilation of people is harm; "beat ... to death" is a death; "Both men were
hurt" after the beating names the same people again. Sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties
from conflictdesk.extract.casualty_mention import CasualtyMention


def _mentions(*sentences: str) -> list[CasualtyMention]:
    found: list[CasualtyMention] = []
    offset = 0
    for sentence in sentences:
        found.extend(find_casualties(sentence, offset=offset, language="en"))
        offset += len(sentence) + 1
    return found


def _read(*sentences: str) -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in _mentions(*sentences)]


def test_a_beating_of_people_is_an_injury() -> None:
    assert _read("Armed men beat three shopkeepers with rifle butts in the bazaar.") == [
        ("injured", 3)
    ]


def test_a_passive_beating_is_an_injury() -> None:
    assert _read("The watchman was beaten but lived.") == [("injured", 1)]


def test_beating_up_is_an_injury() -> None:
    assert _read("Militiamen beat up two farmers at a checkpoint.") == [("injured", 2)]


def test_beating_something_that_is_not_a_person_is_nothing() -> None:
    assert _read("The workers beat the deadline for the new road.") == []
    assert _read("Army units beat back the assault on the district centre.") == []


def test_beaten_to_death_with_the_object_between_is_a_death() -> None:
    assert _read("A mob pulled the official from his car and beat him to death.") == [("killed", 1)]
    assert _read("Villagers beat two suspected thieves to death.") == [("killed", 2)]


def test_cutting_off_fingers_wounds_the_people_named() -> None:
    assert _read("Gunmen cut off the fingers of nine voters near the polling station.") == [
        ("injured", 9)
    ]


def test_both_men_after_the_beating_are_the_same_two() -> None:
    found = _mentions(
        "Gunmen dragged two clerks from the office and beat them with cables.",
        "Both men were badly hurt.",
    )
    assert aggregate(found, closed_world=True).injuries.best == 2


def test_all_three_after_two_and_one_are_the_same_three() -> None:
    found = _mentions(
        "Robbers beat two hikers and their driver on the mountain road.",
        "All three were hurt.",
    )
    assert aggregate(found, closed_world=True).injuries.best == 3


def test_two_more_after_two_still_add() -> None:
    found = _mentions("Two guards were wounded.", "Two more policemen were wounded later.")
    assert aggregate(found, closed_world=True).injuries.best == 4


def test_the_casualty_hint_lets_illness_and_beatings_through() -> None:
    from conflictdesk.extract.facts import _CASUALTY_HINT

    for sentence in (
        "Forty pupils fell ill after drinking from the well.",
        "Police beat a driver at the gate.",
        "Insurgents cut off the hands of two men.",
    ):
        assert _CASUALTY_HINT.search(sentence)
