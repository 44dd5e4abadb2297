"""Persons in long-form analysis: the dead a bombed funeral was held for, and the name a known
person takes when another language tells the event.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text,
        document_id="lf-p",
        published=dt.date(2024, 6, 30),
        genre="analysis",
        language=language,
    )
    return list(found.events)


def test_person_a_bombed_funeral_was_held_for_is_not_in_the_event() -> None:
    text = (
        "Badakhshan stayed tense. On 8 June 2023 a bomb exploded during the funeral prayers "
        "for Nisar Ahmad Ahmadi at a mosque in Fayzabad, killing nine mourners."
    )
    (event,) = _events(text)
    assert event.persons == ()


def test_person_mourned_whose_own_death_the_sentence_tells_stays() -> None:
    text = (
        "Badakhshan stayed tense. The blast struck mourners at the funeral of Nisar Ahmad "
        "Ahmadi, who was himself killed in a car bombing on 6 June 2023."
    )
    names = {p.name for e in _events(text) for p in e.persons}
    assert "Nisar Ahmad Ahmadi" in names


def test_known_person_in_turkish_text_takes_the_pack_name() -> None:
    text = (
        "Kuzey gerginleşti. 9 Mart 2023'te Mezar-ı Şerif'te bir intihar saldırganı Belh "
        "valisi Davud Muzammil'i hedef aldı."
    )
    names = [p.name for e in _events(text, "tr") for p in e.persons]
    assert names == ["Mullah Dawood Muzammil"]
