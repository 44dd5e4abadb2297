"""A weekday written with its day picks the year; a situation report's numbered incident
heading ("**2.1 Nangarhar, Chaparhar district, Wednesday 29 October.**") gives its place."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_document
from conflictdesk.extract.dates import find_dates
from conflictdesk.model import Document

_REPORT = dt.date(2025, 11, 3)  # a Monday


def _dates(text: str, reference: dt.date = _REPORT) -> list[tuple[str, dt.date | None]]:
    return [(d.text, d.date) for d in find_dates(text, reference=reference)]


def test_weekday_and_day_are_one_date_in_the_year_the_weekday_fits() -> None:
    # 12 October 2025 was a Sunday: the weekday confirms the report's year
    assert _dates("On Sunday 12 October gunmen shot a shopkeeper.") == [
        ("On Sunday 12 October", dt.date(2025, 10, 12))
    ]
    # 12 October fell on a Wednesday in 2022, the nearest such year before the report
    assert _dates("On Wednesday 12 October gunmen shot a shopkeeper.") == [
        ("On Wednesday 12 October", dt.date(2022, 10, 12))
    ]


def test_a_written_year_is_kept_whatever_the_weekday() -> None:
    # near miss: the year is written, so the weekday does not move it
    found = _dates("On Tuesday 12 October 2021 gunmen shot a shopkeeper.")
    assert [d for _, d in found] == [dt.date(2021, 10, 12)]


def _events(text: str) -> list[tuple[str | None, str | None, str | None]]:
    document = Document(
        id="sitrep",
        text=text,
        content_hash="sitrep",
        published=_REPORT,
        genre="analysis",
    )
    return [
        (str(e.event_date), e.admin1, e.location if isinstance(e.location, str) else None)
        for e in extract_document(document).events
    ]


_SITREP = """# WEEKLY SECURITY REPORT No. 44/2025

**Period covered:** Monday 27 October to Sunday 2 November 2025

## 4. SOUTHERN REGION

**4.2 Helmand, Gereshk, Sunday 2 November.** Unknown gunmen stopped a car of a health NGO on \
the road north of the town and beat its driver. Two staff members were injured.
"""


def test_numbered_incident_heading_gives_the_place_and_the_day() -> None:
    assert _events(_SITREP) == [("2025-11-02", "Helmand", "Gereshk")]


def test_a_heading_without_its_number_is_not_read_as_placed() -> None:
    # near miss: the same heading without a section number gives no place
    assert _events(_SITREP.replace("**4.2 ", "**")) == [("2025-11-02", None, None)]
