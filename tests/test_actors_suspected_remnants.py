"""Sources that "suspected remnants of the Taliban" blame the Taliban; a group's men "suspected
of" something are no blame of the group."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_SUMMARY = {"published": dt.date(2031, 2, 3), "genre": "summary", "language": "en"}
_ATTACK = (
    "02/02/2031: Assailants fired two rockets at a police compound in Daman district, Kandahar "
    "province, Afghanistan. There were no reported casualties. "
)


def test_remnants_of_a_group_suspected_blame_the_group(first_event: FirstEvent) -> None:
    text = _ATTACK + "Sources suspected remnants of the Taliban."
    assert first_event(text, **_SUMMARY).actor1 == "TALIBAN"


def test_no_suspicion_leaves_the_attack_unattributed(first_event: FirstEvent) -> None:
    # near miss: nobody suspected anyone
    text = _ATTACK + "No group claimed responsibility for the incident."
    assert first_event(text, **_SUMMARY).actor1 is None
