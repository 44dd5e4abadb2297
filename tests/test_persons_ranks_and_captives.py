"""Ranks written before a name ("Dr", "First Lieutenant") are not part of it; a name in
apposition after "among those taken was the ..." is a captive; a named official who closes
an apposition and then speaks ("the director, Dr X, said") is only the report's source.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str) -> dict[str, str | None]:
    found = extract_text(
        text, document_id="t-ranks", published=dt.date(2016, 9, 8), genre="wire", language="en"
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_a_doctor_written_dr_without_a_dot_is_named_without_the_title() -> None:
    text = (
        "JALALABAD, Sept 7 - Gunmen shot dead Dr Wahidullah Karimi, 52, outside his clinic "
        "in Jalalabad on Wednesday, police said."
    )
    names = _names(text)
    assert "Wahidullah Karimi" in names
    assert "Dr Wahidullah Karimi" not in names


def test_a_two_word_rank_is_not_part_of_the_name() -> None:
    text = (
        "GHAZNI, Sept 7 - Insurgents overran an army post in Ghazni province on Wednesday. "
        "The post's commander, Second Lieutenant Abdul Wasay Noori, was killed."
    )
    assert _names(text).get("Abdul Wasay Noori") == "killed"


def test_a_captive_named_after_among_those_taken() -> None:
    text = (
        "MAIMANA, Sept 7 - Gunmen abducted eight surveyors working on a canal in Faryab "
        "province on Wednesday, officials said. Among those taken was the team's surveyor, "
        "Gul Ahmad Rahimi, who had arrived a week earlier."
    )
    assert "Gul Ahmad Rahimi" in _names(text)


def test_a_doctor_who_closes_an_apposition_and_speaks_is_a_source() -> None:
    text = (
        "KUNDUZ, Sept 7 - A bomb hidden in a cart killed four people at a market in Kunduz "
        "on Wednesday. The provincial health director, Dr Nasir Ahmad Faizi, said the "
        "wounded had been taken to the city hospital."
    )
    assert "Nasir Ahmad Faizi" not in _names(text)
