"""A town in an English report keeps the report's spelling when the gazetteer knows that
spelling for the same place; other languages, and spellings the gazetteer lacks, give the
gazetteer's name. Fusion treats one town under two spellings as one place."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.fuse import fuse


def _summary(place: str) -> str:
    return (
        f"03/02/2013: Assailants attacked a police checkpoint in {place}, Baghlan province,"
        " Afghanistan, killing two officers."
    )


def test_english_town_as_written() -> None:
    event = extract_text(_summary("Pul-e-Khumri city")).events[0]
    assert event.location == "Pul-e-Khumri"
    assert event.admin1 == "Baghlan"
    other = extract_text(_summary("Pul-i-Khumri city")).events[0]
    assert other.location == "Pul-i-Khumri"
    assert (event.latitude, event.longitude) == (other.latitude, other.longitude)


def test_other_languages_give_the_gazetteer_name() -> None:
    text = (
        "KABİL (AA) - Afganistan'ın Bağlan vilayetinin merkezi Pul-i Humri'de dün bir polis"
        " kontrol noktasına düzenlenen saldırıda 2 polis hayatını kaybetti."
    )
    events = extract_text(text, published=dt.date(2013, 3, 3), language="tr").events
    assert events
    assert events[0].location == "Pul-i-Khumri"


def test_one_town_under_two_spellings_fuses() -> None:
    a = extract_text(_summary("Pul-e-Khumri city"), document_id="a").events
    b = extract_text(_summary("Pul-i-Khumri city"), document_id="b").events
    assert len(fuse([*a, *b])) == 1


def test_a_dateline_in_capitals_gives_the_gazetteer_spelling() -> None:
    text = (
        "TALOQAN, Afghanistan, May 3 (Reuters) - Gunmen killed two police officers at a"
        " checkpoint on Sunday, a provincial spokesman said."
    )
    events = extract_text(text, published=dt.date(2015, 5, 3)).events
    assert events
    assert events[0].location == "Taloqan"


def test_a_bazaar_named_later_makes_the_district_specific() -> None:
    text = (
        "KABUL, June 3 (Reuters) - Gunmen stopped a bus in Jaghatu district of Ghazni province"
        " on Monday, officials said. The bus was halted near the Dorahi bazaar by five men."
    )
    events = extract_text(text, published=dt.date(2019, 6, 4)).events
    assert events
    assert events[0].location == "Dorahi"
