"""Long-form analysis: an event sentence with no date of its own, dated by the sentence
just before it (a remark that gives the day), by an opening such as "the same morning", or
by the heading of its own section when it follows another event at once.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.frames import later_days
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 2, 1)


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text, document_id="lf-lead", published=PUBLISHED, genre="analysis", language=language
    )
    return list(found.events)


def _told(events: list[Event], words: str) -> Event:
    found = [e for e in events if any(words in s.evidence for s in e.sources)]
    assert len(found) == 1, [e.sources[0].evidence for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("opening", "days"),
    [
        ("The same morning, a bomber", 0),
        ("That afternoon gunmen", 0),
        ("Aynı sabah bir bomba", 0),
        ("Тем же утром смертник", 0),
    ],
)
def test_later_days_reads_mornings_and_afternoons(opening: str, days: int) -> None:
    assert later_days(opening) == days


def test_that_night_counts_from_the_day_a_remark_gave() -> None:
    text = (
        "## Background\n\n"
        "The group's ambitions in the region are old. "
        "Our account of them begins on 14 March 2019 in Herat. "
        "That night a gunman opened fire on worshippers at a shrine in Herat, killing nine "
        "people. The group claimed the attack.\n"
    )
    event = _told(_events(text), "opened fire")
    assert event.event_date == dt.date(2019, 3, 14)


def test_a_remark_giving_the_day_and_place_dates_the_event_after_it() -> None:
    text = (
        "## Iran\n\n"
        "Kerman'da örgütün en kanlı eylemi 9 Mart 2021'de Kerman'daki bir türbede yaşandı. "
        "Türbeye giren bir silahlı saldırgan ziyaretçilere ateş açarak 11 kişiyi öldürdü. "
        "Saldırıyı DEAŞ üstlendi.\n"
    )
    event = _told(_events(text, "tr"), "ateş açarak")
    assert event.event_date == dt.date(2021, 3, 9)


def test_the_heading_of_its_own_section_dates_an_event_told_right_after_another() -> None:
    text = (
        "## The pattern\n\n"
        "### Herat, 2 May 2022\n\n"
        "A bomb hidden in a cart exploded at a bus station in Herat, killing six passengers. "
        "The group claimed the attack. The station had been bombed once before.\n\n"
        "### Kunduz, 19 May 2022\n\n"
        "An explosion at a wrestling club in Kunduz killed three young men and wounded five "
        "others during an evening session. The group claimed the attack.\n"
    )
    event = _told(_events(text), "wrestling club")
    assert event.event_date == dt.date(2022, 5, 19)
