"""Rules of helper hev2: dates and events in non-English long-form and in agency copy."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates

_AR_REPORT = dt.date(2026, 3, 4)


def _ar(text: str) -> list[tuple[str, dt.date | None, str]]:
    return [
        (d.text, d.date, d.precision) for d in find_dates(text, reference=_AR_REPORT, language="ar")
    ]


def test_arabic_month_with_both_names_and_a_year() -> None:
    # Reuters' Arabic service names a month twice, with a space: "أغسطس آب 2019"
    assert _ar("وقع انفجار في أغسطس آب 2019 قرب السوق") == [
        ("أغسطس آب 2019", dt.date(2019, 8, 1), "month")
    ]
    assert _ar("قتل ثلاثة في 12 أبريل نيسان 2020") == [
        ("12 أبريل نيسان 2020", dt.date(2020, 4, 12), "day")
    ]


def test_arabic_one_month_name_without_a_year_is_unchanged() -> None:
    # near miss: one name and no year stays the month of the report's year
    assert _ar("في أغسطس قتل رجل") == [("في أغسطس", dt.date(2025, 8, 1), "month")]


_WIRE_DAY = dt.date(2019, 3, 13)  # a Wednesday


def _en(text: str) -> list[tuple[str, dt.date | None]]:
    return [(d.text, d.date) for d in find_dates(text, reference=_WIRE_DAY)]


def test_weekday_of_last_week_is_in_the_week_before() -> None:
    assert _en("Gunmen seized the post on Tuesday last week, police said.") == [
        ("on Tuesday last week", dt.date(2019, 3, 5))
    ]
    assert _en("It began on Thursday of last week.") == [
        ("on Thursday of last week", dt.date(2019, 3, 7))
    ]


def test_weekday_alone_stays_in_the_days_before_the_report() -> None:
    # near miss: no "last week" after the day
    assert _en("Gunmen seized the post on Tuesday, police said.") == [
        ("on Tuesday", dt.date(2019, 3, 12))
    ]
