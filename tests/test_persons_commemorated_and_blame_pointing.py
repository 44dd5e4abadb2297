"""A person a gathering honours is no person of the attack on it; "pointing at" a group
blames it."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _event(text: str) -> Event:
    events = extract_text(text, published=dt.date(2031, 1, 9), genre="wire", language="en").events
    return events[0]


def _names(text: str) -> list[str]:
    return [p.name for p in _event(text).persons]


def test_the_man_whose_tomb_the_crowd_walked_to_is_not_a_person_of_the_bombing() -> None:
    text = (
        "Two explosions ripped through a crowd walking to the tomb of General Ahmad Shah "
        "Massoud in Panjshir on Monday, killing 20 people."
    )
    assert "Ahmad Shah Massoud" not in " ".join(_names(text))


def test_a_rally_in_memory_of_a_commander_does_not_make_him_a_victim() -> None:
    text = (
        "A suicide bomber struck a rally in memory of Commander Rahim Wardak in Kabul on "
        "Monday, killing six people."
    )
    assert "Rahim Wardak" not in " ".join(_names(text))


def test_a_man_killed_beside_a_tomb_is_still_a_person_of_the_attack() -> None:
    # near miss: the name is the victim's, told after a verb of killing, not after "tomb of"
    text = (
        "Gunmen shot dead the shrine's caretaker, Mullah Rahim Wardak, near the tomb in Kabul "
        "on Monday."
    )
    assert any("Rahim Wardak" in name for name in _names(text))


def test_pointing_at_a_group_blames_it_and_does_not_make_it_the_target() -> None:
    text = (
        "A bomb on a minibus killed five passengers in Kabul on Monday. Officials said a "
        "foreign national had planned it, pointing at ISKP."
    )
    event = _event(text)
    assert event.actor2 != "ISKP"
    assert event.actor1 == "ISKP"


def test_pointing_to_a_groups_failure_blames_nobody() -> None:
    # near miss: the group only owns what is pointed at
    text = (
        "A bomb on a minibus killed five passengers in Kabul on Monday, and critics were "
        "pointing to the Taliban's failure to protect the route."
    )
    assert _event(text).actor1 != "TALIBAN"
