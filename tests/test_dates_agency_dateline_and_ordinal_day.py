"""An Arabic agency's slash dateline ("CITY في DAY MONTH / AGENCY /") and an English day
written as an ordinal word after its month ("January third")."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import dates

_REFERENCE = dt.date(2019, 3, 6)


def test_arabic_agency_dateline_gives_the_filing_day() -> None:
    text = "الدوحة في 6 مارس / قنا / قتل ثلاثة أشخاص في انفجار وقع أمس الثلاثاء."
    found = dates.dateline(text, language="ar", reference=_REFERENCE)
    assert found is not None
    assert found.date == dt.date(2019, 3, 6)
    assert text[found.start : found.end] == found.text


def test_arabic_sentence_with_a_date_and_no_agency_is_no_dateline() -> None:
    # near miss: "في" and a day, but no agency between slashes
    text = "قتل ثلاثة أشخاص في 5 مارس في انفجار قرب السوق."
    assert dates.dateline(text, language="ar", reference=_REFERENCE) is None


def test_english_ordinal_day_after_its_month() -> None:
    found = dates.find_dates("It was March fourth, at the market.", reference=_REFERENCE)
    assert [(d.date, d.precision) for d in found] == [(dt.date(2019, 3, 4), "day")]


def test_english_compound_ordinal_with_year() -> None:
    found = dates.find_dates("on February twenty-first, 2018, gunmen", reference=_REFERENCE)
    assert [d.date for d in found] == [dt.date(2018, 2, 21)]


def test_ordinal_that_ranks_something_after_a_month_is_no_day() -> None:
    # near miss: "March second-largest" ranks, it does not date
    found = dates.find_dates("in March second-largest city fell", reference=_REFERENCE)
    assert all(d.precision != "day" for d in found)
