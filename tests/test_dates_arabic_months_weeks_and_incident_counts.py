"""Dates and events in non-English long-form and agency copy: an Arabic month named twice,
"Monday last week", "this year" in a narrative, counts of earlier incidents."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_document
from conflictdesk.extract.dates import find_dates
from conflictdesk.model import Document

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


def test_this_year_in_a_narrative_speaks_from_the_day_of_writing() -> None:
    found = find_dates(
        "Now to this year.", reference=dt.date(2021, 11, 5), ceiling=dt.date(2023, 6, 2)
    )
    assert [(d.text, d.date, d.precision) for d in found] == [
        ("this year", dt.date(2023, 1, 1), "year")
    ]


def test_this_year_in_a_report_speaks_from_the_report() -> None:
    # near miss: with no narrative ceiling, the reference is the day of writing
    found = find_dates("Now to this year.", reference=dt.date(2021, 11, 5))
    assert [d.date for d in found] == [dt.date(2021, 1, 1)]


def test_narrative_clock_moves_to_the_year_of_writing() -> None:
    text = (
        "In October 2021 gunmen shot dead a judge in Kabul.\n\n"
        "Let us move on to this year.\n\n"
        "On 9 February a suicide bomber killed six people at a bank in Kandahar."
    )
    document = Document(
        id="hev2-clock",
        text=text,
        content_hash="hev2-clock",
        published=dt.date(2023, 6, 2),
        genre="analysis",
    )
    days = sorted(str(e.event_date) for e in extract_document(document).events)
    assert days == ["2021-10-01", "2023-02-09"]


def _analysis_days(text: str) -> list[str]:
    document = Document(
        id="hev2-count",
        text=text,
        content_hash="hev2-count",
        published=dt.date(2023, 6, 30),
        genre="analysis",
    )
    return sorted(str(e.event_date) for e in extract_document(document).events)


def test_count_of_earlier_incidents_since_a_month_is_no_event() -> None:
    text = (
        "On 12 June a roadside bomb struck a police car in Kunar, killing two officers.\n\n"
        "It is the fifth roadside-bomb attack on police in the province since March."
    )
    assert _analysis_days(text) == ["2023-06-12"]


def test_ordinal_incident_with_its_own_day_is_an_event() -> None:
    # near miss: "a third bomb" told with its day and no "since": an incident of its own
    text = (
        "On 12 June a roadside bomb struck a police car in Kunar, killing two officers.\n\n"
        "On 20 June a third bomb struck a bus in Nangarhar, killing four passengers."
    )
    assert _analysis_days(text) == ["2023-06-12", "2023-06-20"]
