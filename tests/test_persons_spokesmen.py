"""A spokesman quoted on the deaths is their source, not one of the dead, in any language;
a spokesman whose own death the sentence tells stays a person of the event.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import PersonRef


def _persons(text: str, language: str = "en") -> list[PersonRef]:
    found = extract_text(
        text,
        document_id="t-spokesmen",
        published=dt.date(2023, 5, 2),
        genre="wire",
        language=language,
    )
    return [p for e in found.events for p in e.persons]


def test_a_spokesman_after_the_dead_is_not_dead() -> None:
    text = (
        "A roadside bomb killed four farmers in Chimtal district of Balkh on Monday. Three of "
        "the dead were brothers, said Karimullah Waseq, a spokesman for the provincial police."
    )
    assert "Karimullah Waseq" not in {p.name for p in _persons(text)}


def test_a_verb_after_the_speech_verb_is_still_the_persons() -> None:
    text = (
        "Police said on Monday that a bomb in Mazar-i-Sharif had killed the judge Abdul Wakil "
        "Hamdard, a member of the provincial appeals court."
    )
    people = {p.name: p.outcome for p in _persons(text)}
    assert people.get("Abdul Wakil Hamdard") == "killed"


def test_an_arabic_spokesman_of_a_deadly_raid_is_the_source() -> None:
    text = (
        "كابل: قال المتحدث باسم الحكومة ذبيح الله مجاهد إن ثلاثة مسلحين قتلوا في عملية "
        "للقوات الخاصة في مدينة مزار شريف يوم الاثنين."
    )
    assert all(p.person_id != "zabihullah-mujahid" for p in _persons(text, "ar"))


def test_a_spokesman_killed_in_the_blast_is_a_person() -> None:
    text = (
        "A bomb in Kunduz city on Monday killed three people. The police spokesman Ghulam "
        "Sakhi Raufi was killed in the blast, officials said."
    )
    people = {p.name: p.outcome for p in _persons(text)}
    assert people.get("Ghulam Sakhi Raufi") == "killed"
