"""A bombing that killed a prominent person at his own home or office was aimed at him (GTD: an
assassination, by any means), also when his offices run long before the place."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_SUMMARY = {"published": dt.date(2031, 5, 2), "genre": "summary", "language": "en"}


def test_a_bomber_who_killed_a_long_titled_leader_at_home_assassinated_him(
    first_event: FirstEvent,
) -> None:
    text = (
        "05/01/2031: A suicide bomber with explosives hidden in his cap killed Abdul Samad "
        "Rahimi, the former minister and head of the National Reconciliation Commission, at "
        "his home in Kabul city, Kabul province, Afghanistan."
    )
    assert first_event(text, **_SUMMARY).attack_type == "Assassination"


def test_a_bomb_that_killed_a_leader_at_a_mosque_stays_a_bombing(first_event: FirstEvent) -> None:
    # near miss: the place is a mosque, not the man's own home or office
    text = (
        "05/01/2031: A suicide bomber killed Abdul Samad Rahimi, the former minister and head "
        "of the National Reconciliation Commission, at a crowded mosque in Kabul city, Kabul "
        "province, Afghanistan."
    )
    assert first_event(text, **_SUMMARY).attack_type == "Bombing/Explosion"
