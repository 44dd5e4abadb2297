"""Analysis articles: a state's (or the governing group's) fight with an armed group hits that
group, though the sentence names the raiders' own wounded; people the forces killed as
suspects stay civilians. The texts are invented for these tests."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 2, 1)
TITLE = "Hunting the Khorasan branch: ISKP in the eastern valleys"
NON_STATE = "Terrorists/Non-State Militia"


def _event(text: str) -> Event:
    found = extract_text(
        text, document_id="tsf-1", published=PUBLISHED, genre="analysis", title=TITLE
    )
    (event,) = found.events
    return event


def test_the_group_is_hit_though_the_raiders_wounded_are_named() -> None:
    event = _event(
        "The clearest case came on 4 May 2024 in Dangam district of Kunar, where, a district"
        " official said, seven ISKP fighters were killed and two Taliban fighters were"
        " wounded."
    )
    assert (event.actor1, event.actor2) == ("TALIBAN", "ISKP")
    assert event.target_type == NON_STATE


def test_near_miss_villagers_killed_as_suspects_stay_civilians() -> None:
    event = _event(
        "On 4 May 2024 Taliban forces raided a village in Dangam district of Kunar and killed"
        " three farmers whom they accused of sheltering ISKP fighters."
    )
    assert event.target_type == "Private Citizens & Property"


def test_near_miss_the_groups_attack_on_the_state_keeps_its_target() -> None:
    event = _event(
        "On 4 May 2024 ISKP fighters attacked a Taliban checkpoint in Dangam district of Kunar,"
        " killing three guards."
    )
    assert event.target_type != NON_STATE
