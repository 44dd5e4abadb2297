"""A name in apposition after an office noun ("the city's mayor, X,") is a person; a place
after the noun's comma is not.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str) -> dict[str, str | None]:
    found = extract_text(
        text, document_id="t-apposed", published=dt.date(2012, 5, 3), genre="wire", language="en"
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_a_mayor_named_in_apposition_is_a_person() -> None:
    text = (
        "KANDAHAR, May 2 - Gunmen on a motorcycle shot dead the city's mayor, Ghulam Haidar "
        "Hamidi, outside his office in Kandahar on Wednesday, police said."
    )
    assert _names(text).get("Ghulam Haidar Hamidi") == "killed"


def test_a_prosecutor_who_escaped_is_named_without_an_outcome() -> None:
    text = (
        "KABUL, May 2 - A roadside bomb struck the car of the district's prosecutor, Mohammad "
        "Nabi Rasuli, in Kabul on Wednesday, killing his driver, officials said."
    )
    assert "Mohammad Nabi Rasuli" in _names(text)


def test_a_place_after_the_office_noun_is_no_person() -> None:
    text = (
        "KANDAHAR, May 2 - A bomb killed three guards of the mayor, Kandahar City officials "
        "said on Wednesday."
    )
    assert "Kandahar City" not in _names(text)
