"""Long-form analysis: a sentence right after an event that only tells how it was carried
out ("Two suicide bombers blew themselves up ...") belongs to that event and gives its means.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 2, 1)


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text, document_id="lf-details", published=PUBLISHED, genre="analysis", language=language
    )
    return list(found.events)


def test_a_sentence_telling_how_makes_the_event_a_suicide_bombing() -> None:
    text = (
        "## The west\n\n"
        "ISKP attacked a Shia shrine in Herat on 9 May 2021. "
        "Two suicide bombers detonated their explosives among the pilgrims, minutes apart. "
        "Many of the dead were children.\n"
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].suicide is True
    assert events[0].attack_type == "Bombing/Explosion"


def test_a_russian_sentence_telling_how_joins_the_event() -> None:
    text = (
        "## Запад\n\n"
        "9 мая 2021 года ИГИЛ-Хорасан атаковало шиитскую святыню в Герате. "
        "Смертник привёл в действие взрывное устройство у ворот святыни.\n"
    )
    events = _events(text, "ru")
    assert len(events) == 1
    assert events[0].suicide is True
