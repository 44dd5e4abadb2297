"""Long-form analysis, second round: a sentence dated from an event it names ("Ten days
after the X raid, a bomber ...") tells an event of its own; a clause about a victim's past
("who as governor of Nangarhar in 2021 had presided ...") neither dates nor places it; a
province before an office ("the Balkh governor") is the office's, not the event's place.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.places import place_of
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry

PUBLISHED = dt.date(2025, 3, 4)


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text, document_id="lf-s", published=PUBLISHED, genre="analysis", language=language
    )
    return list(found.events)


_RAID = (
    "On 4 May 2023 intelligence officers killed the commander Abu Omar in a raid on a house "
    "in Kabul. "
)


def test_event_dated_after_a_named_event_opens_its_own_frame() -> None:
    # remarks stand between the two events: the second does not follow the first at once
    text = _RAID + (
        "The raid was hailed in Kabul. Few thought the group would answer. "
        "Twelve days after the Omar raid, a suicide bomber walked into the council hall "
        "in Kunduz and set off his explosives."
    )
    events = _events(text)
    assert len(events) == 2, [e.sources[0].evidence for e in events]
    bombing = next(e for e in events if e.admin1 == "Kunduz")
    assert bombing.event_date == dt.date(2023, 5, 16)


def test_victims_past_clause_neither_dates_nor_places_the_event() -> None:
    text = _RAID + (
        "Twelve days after the Omar raid, a suicide bomber walked into the office of the "
        "governor in Kunduz and set off his explosives. "
        "Abdul Wahid, who as police chief of Helmand in 2021 had led the fight against the "
        "group, was killed with three guards."
    )
    events = _events(text)
    assert len(events) == 2, [(e.event_date, e.admin1) for e in events]
    bombing = next(e for e in events if e.admin1 == "Kunduz")
    assert bombing.event_date == dt.date(2023, 5, 16)


def test_place_in_the_main_clause_still_opens_another_event() -> None:
    text = _RAID + (
        "Twelve days after the Omar raid, a suicide bomber walked into the office of the "
        "governor in Kunduz and set off his explosives. "
        "Abdul Wahid, who had led the fight against the group, was killed in Helmand "
        "on 30 May 2023."
    )
    events = _events(text)
    assert {e.admin1 for e in events} >= {"Kunduz", "Helmand"}


def test_place_only_reference_without_a_dating_opening_stays_no_event() -> None:
    text = _RAID + (
        "Few expected it. Others followed. "
        "The clearest example is the assassination in Mazar-i-Sharif."
    )
    assert len(_events(text)) == 1


def test_province_before_an_office_gives_way_to_the_place_of_the_event() -> None:
    registry = load_registry()
    text = "A bomber walked into the office of the Kunduz governor in Taloqan."
    found = place_of(text, registry)
    assert found is not None
    assert found.location == "Taloqan"


def test_province_before_an_office_is_still_the_place_when_alone() -> None:
    found = place_of("A bomb hit the office of the Kunduz police chief.", load_registry())
    assert found is not None
    assert found.admin1 == "Kunduz"
