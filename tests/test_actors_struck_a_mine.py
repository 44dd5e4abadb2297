"""People who ran into a mine or roadside bomb were its victims, not its authors; a group that
hit a convoy with a roadside bomb still acted."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_SUMMARY = {"published": dt.date(2031, 6, 11), "genre": "summary", "language": "en"}


def test_a_pickup_carrying_police_that_hit_a_landmine_is_the_target(
    first_event: FirstEvent,
) -> None:
    text = (
        "06/10/2031: A pickup carrying Afghan Local Police men hit a landmine in Arghandab "
        "district, Kandahar province, Afghanistan. Four of them were killed."
    )
    event = first_event(text, **_SUMMARY)
    assert event.actor1 is None
    assert event.target_type == "Police"


def test_fighters_who_struck_a_roadside_bomb_did_not_plant_it(first_event: FirstEvent) -> None:
    text = (
        "06/10/2031: A vehicle carrying Taliban fighters struck a roadside bomb in Arghandab "
        "district, Kandahar province, Afghanistan. Three were killed."
    )
    assert first_event(text, **_SUMMARY).actor1 is None


def test_a_group_that_hit_a_convoy_with_a_roadside_bomb_acted(first_event: FirstEvent) -> None:
    # near miss: the bomb is the means, the convoy what was hit
    text = (
        "06/10/2031: The Taliban hit a police convoy with a roadside bomb in Arghandab "
        "district, Kandahar province, Afghanistan. Three policemen were killed."
    )
    assert first_event(text, **_SUMMARY).actor1 == "TALIBAN"
