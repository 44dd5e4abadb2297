"""Threats against named missions in analysis: a piece of propaganda that "named" an embassy,
the passive "were named as targets", a threat sentence with no date of its own dated by the
sentence before it, and a state named in the sentence never read as the threat's maker."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

_GROUP = "The Islamic State Khorasan Province has grown bolder in its messaging. "


def _threats(text: str) -> list[Event]:
    events = extract_text(text, genre="analysis", language="en", published=dt.date(2025, 9, 1))
    return [e for e in events.events if "threat" in e.tags]


def test_a_list_naming_an_embassy_is_a_threat_dated_by_the_sentence_before() -> None:
    threats = _threats(
        _GROUP + "In May 2025 the group's Dari-language channel released a list it called "
        '"houses of the occupiers". The list named the embassy of Kazakhstan, which it blamed '
        "for deporting refugees."
    )
    assert len(threats) == 1
    assert threats[0].actor1 == "ISKP"
    assert threats[0].actor2 == "KAZAKHSTAN"
    assert threats[0].event_date == dt.date(2025, 5, 1)


def test_a_list_naming_no_mission_is_no_threat() -> None:
    threats = _threats(_GROUP + "The list named the districts where the group had recruited.")
    assert threats == []


def test_missions_named_as_targets_in_the_passive() -> None:
    threats = _threats(
        _GROUP + "In July 2025 the organisation's Uzbek-language bulletin ran a piece in which "
        "the embassy of Kazakhstan in Kabul was named as a target."
    )
    assert len(threats) == 1
    assert threats[0].target_type == "Government (Diplomatic)"
    assert threats[0].actor1 == "ISKP"


def test_a_state_the_group_accuses_does_not_make_the_threat() -> None:
    threats = _threats(
        _GROUP + "Its Tajik-language outlet published a message naming the embassy of "
        "Kazakhstan in Kabul as a target and accusing Astana of persecuting Muslims."
    )
    assert len(threats) == 1
    assert threats[0].actor1 == "ISKP"


def test_a_threat_naming_missions_one_by_one_is_one_threat_each() -> None:
    threats = _threats(
        _GROUP + "In April 2025 its Persian-language channel named the embassy of Kazakhstan "
        "in Kabul and the Kazakh consulate in Herat as targets."
    )
    assert sorted((e.actor2 or "", e.location or "") for e in threats) == [
        ("KAZAKHSTAN", "Herat"),
        ("KAZAKHSTAN", "Kabul"),
    ]
    assert {e.target for e in threats} == {"embassy of Kazakhstan", "embassy of Kazakh"}


def test_two_states_named_with_one_mission_stay_one_threat() -> None:
    threats = _threats(
        _GROUP + "In April 2025 its Persian-language channel named the embassy of Kazakhstan "
        "in Kabul as a target, accusing Astana and Tashkent of helping the Taliban."
    )
    assert [e.actor2 for e in threats] == ["KAZAKHSTAN"]


def test_a_threat_is_dated_by_the_release_of_the_piece_that_carried_it() -> None:
    threats = _threats(
        _GROUP + "On 3 September 2024 a bomb went off at a market in Herat. In an issue of "
        "its magazine released that November, the group named the Kazakh embassy in Kabul as "
        "a legitimate target."
    )
    assert [(e.event_date, e.date_precision) for e in threats] == [(dt.date(2024, 11, 1), "month")]
