"""Casualty phrases with an abbreviation written with stops ("U.S.", "U.N."): its stops end
no phrase, so a list of the dead after it is read whole. The texts are invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

PUBLISHED = dt.date(2024, 3, 1)


def _fatalities(text: str) -> int | None:
    (event,) = extract_text(text, published=PUBLISHED, language="en").events
    return event.fatalities.best


def test_the_dead_after_a_dotted_nationality_are_all_counted() -> None:
    text = (
        "On 12 February 2024 a suicide bomber struck a convoy near Bagram in Parwan province,"
        " killing four U.S. soldiers and at least 11 Afghans."
    )
    assert _fatalities(text) == 15


def test_a_dotted_agency_before_its_staff() -> None:
    text = (
        "On 12 February 2024 gunmen attacked a clinic in Jalalabad, killing two U.N. staff"
        " members and three patients."
    )
    assert _fatalities(text) == 5


def test_near_miss_a_dotted_source_is_no_count() -> None:
    text = (
        "On 12 February 2024 a roadside bomb killed three policemen in Kunduz, U.S. officials said."
    )
    assert _fatalities(text) == 3
