"""Long-form articles: year-less days, time points named by another event, arrests of attackers.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.dates import find_dates
from conflictdesk.model import Event


def _events(text: str, published: dt.date) -> list[Event]:
    return list(
        extract_text(text, document_id="ar-1", published=published, genre="analysis").events
    )


def _told(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if words in e.sources[0].evidence]


def test_bounding_year_is_found_from_its_digits() -> None:
    found = find_dates("It was the worst breach of security since 2021.", reference=None)
    assert [(m.text, m.date) for m in found] == [("2021", dt.date(2021, 1, 1))]


def test_year_less_day_stays_in_the_year_last_told() -> None:
    ceiling = dt.date(2025, 1, 20)
    later = find_dates("On 24 December", reference=dt.date(2024, 3, 18), ceiling=ceiling)
    assert later[0].date == dt.date(2024, 12, 24)
    # across new year, a day close to the one told is still the next year's
    close = find_dates("on 2 January", reference=dt.date(2021, 12, 28), ceiling=ceiling)
    assert close[0].date == dt.date(2022, 1, 2)


def test_narrative_clock_is_not_moved_by_a_bounding_year() -> None:
    text = (
        "On 11 December 2024 a suicide bomber killed a deputy minister in Kabul. "
        "His death was the worst blow to the movement since 2021. "
        "On 14 December gunmen shot dead two police officers in Herat city."
    )
    events = _told(_events(text, dt.date(2025, 3, 1)), "Herat")
    assert [e.event_date for e in events] == [dt.date(2024, 12, 14)]


def test_event_named_as_a_time_point_gives_no_means() -> None:
    text = (
        "On 5 June 2024, the day after the Kunduz bombing, gunmen attacked a wedding hall "
        "in Herat city, killing nine guests."
    )
    events = _told(_events(text, dt.date(2024, 9, 1)), "wedding")
    assert len(events) == 1
    assert events[0].attack_type == "Armed Assault"


def test_attackers_arrested_the_next_day_are_an_arrest_after_the_attack() -> None:
    text = (
        "On 10 April 2024 two gunmen opened fire on worshippers at a mosque in Herat city, "
        "killing four people. The Islamic State claimed responsibility; Taliban police "
        "arrested three suspects, all of them from Iran, the next day."
    )
    events = _events(text, dt.date(2024, 8, 1))
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].event_date == dt.date(2024, 4, 11)
    assert arrests[0].claimed_by is None
    assert arrests[0].country == "Afghanistan"


def test_arrest_after_attack_not_against_the_announcing_official() -> None:
    """An arrest told the day after an attack: the minister who announced it is not the side
    arrested, so the governing group is not made its actor2."""
    text = (
        "On 5 March 2024, gunmen attacked a mosque in Herat, killing four worshippers. "
        "Interior Minister Ali Khan said the next day that police had arrested three suspects "
        "in Herat."
    )
    events = extract_text(text, document_id="ar-x", genre="analysis").events
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].actor2 is None
