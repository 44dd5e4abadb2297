"""A month with a short name before its year ("в мае 2024 года") is that month, not the
bare year the longer "2024 года" would give; a bare year alone stays a year."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates

REFERENCE = dt.date(2025, 5, 1)


def _dates(text: str) -> list[tuple[dt.date | None, str]]:
    return [(d.date, d.precision) for d in find_dates(text, reference=REFERENCE, language="ru")]


def test_a_short_month_name_before_its_year_is_the_month() -> None:
    assert _dates("В мае 2024 года полиция задержала двоих.") == [(dt.date(2024, 5, 1), "month")]


def test_a_year_alone_is_still_a_year() -> None:
    assert _dates("В 2024 году полиция задержала двоих.") == [(dt.date(2024, 1, 1), "year")]
