"""Rules of the hev round: long-form analysis (dates told from the narrative, events opened)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import dates

_TOLD = dt.date(2024, 3, 9)
_CEILING = dt.date(2025, 6, 1)


def _month_told(text: str, language: str = "en", told: dt.date = _TOLD) -> list[tuple[str, str]]:
    found = dates.find_dates(text, reference=told, language=language, ceiling=_CEILING)
    return [(str(d.date), d.precision) for d in found]


def test_a_few_days_later_takes_the_month_told() -> None:
    text = "A few days later the militia's radio station named a bridge as its next target."
    assert _month_told(text) == [("2024-03-01", "month")]
    assert _month_told("Birkaç gün sonra örgüt bir bildiri yayımladı.", "tr") == [
        ("2024-03-01", "month")
    ]


def test_a_few_days_later_is_no_date_in_a_report_or_late_in_a_month() -> None:
    text = "A few days later the militia's radio station named a bridge as its next target."
    assert dates.find_dates(text, reference=_TOLD, language="en") == []
    assert _month_told(text, told=dt.date(2024, 3, 27)) == []
    # not at the opening of the sentence: a revision of a toll, not the day of an event
    inside = "The army said nine had died; it raised the figure a few days later."
    assert _month_told(inside) == []
