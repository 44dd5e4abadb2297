"""Solar Hijri dates in Dari, Pashto and Persian reports (``extract.solar_dates``)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.solar_dates import (
    from_gregorian,
    is_leap,
    nowruz,
    solar_year_of,
    to_gregorian,
)
from conflictdesk.extract.untranslated import placeholder
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    ("year", "gregorian"),
    [
        (1380, dt.date(2001, 3, 21)),
        (1395, dt.date(2016, 3, 20)),
        (1399, dt.date(2020, 3, 20)),
        (1400, dt.date(2021, 3, 21)),
        (1403, dt.date(2024, 3, 20)),
        (1404, dt.date(2025, 3, 21)),
    ],
)
def test_nowruz_falls_on_the_twentieth_or_twenty_first_of_march(
    year: int, gregorian: dt.date
) -> None:
    assert nowruz(year) == gregorian


def test_known_days_convert_both_ways() -> None:
    # the Taliban entered Kabul on 24 Asad 1400; 22 Hut 1402 is a leap year's Hut
    assert to_gregorian(1400, 5, 24) == dt.date(2021, 8, 15)
    assert to_gregorian(1402, 12, 22) == dt.date(2024, 3, 12)
    assert to_gregorian(1403, 12, 30) == dt.date(2025, 3, 20)  # 1403 is leap
    assert to_gregorian(1402, 12, 30) is None  # 1402 is not
    assert to_gregorian(1402, 7, 31) is None  # months 7-11 have 30 days
    assert [is_leap(y) for y in (1399, 1400, 1403)] == [True, False, True]


def test_every_day_of_four_decades_goes_there_and_back() -> None:
    day = dt.date(2000, 1, 1)
    while day < dt.date(2041, 1, 1):
        year, month, dom = from_gregorian(day)
        assert to_gregorian(year, month, dom) == day
        assert solar_year_of(day) == year
        day += dt.timedelta(days=1)


@pytest.mark.parametrize(
    ("text", "language", "expected", "precision"),
    [
        ("کابل، ۲۲ حوت ۱۴۰۲ - در نتیجه یک انفجار", "fa", dt.date(2024, 3, 12), "day"),
        ("روز ۵ دی ۱۴۰۲ در تهران", "fa", dt.date(2023, 12, 26), "day"),
        ("د ۱۴۰۲ کال د حوت پر ۲۲مه چاودنه وشوه", "ps", dt.date(2024, 3, 12), "day"),
        ("جلال اباد، د غويي ۱۲مه - چاودنه", "ps", dt.date(2023, 5, 2), "day"),  # no year
        ("در ماه اسد سال ۱۴۰۰ طالبان", "fa", dt.date(2021, 8, 1), "month"),
        ("کابل، 22 حوت 1402", "fa", dt.date(2024, 3, 12), "day"),  # ASCII digits, Arabic yeh
    ],
)
def test_solar_dates_are_read_in_dari_and_pashto(
    text: str, language: str, expected: dt.date, precision: str
) -> None:
    [found] = find_dates(text, reference=dt.date(2023, 5, 2), language=language)
    assert (found.date, found.precision) == (expected, precision)
    assert text[found.start : found.end] == found.text


def test_month_names_that_are_common_words_need_a_year() -> None:
    # Pashto "the number of the dead is 10": دی is "is", not the month Dey
    assert find_dates("د وژل شویو شمېر ۱۰ دی", reference=dt.date(2023, 5, 2), language="ps") == []


def test_other_languages_do_not_read_solar_months() -> None:
    assert find_dates("22 حوت 1402", reference=dt.date(2024, 3, 12), language="ar") == []


def test_an_untranslated_dari_report_keeps_its_solar_date() -> None:
    text = (
        "کابل، ۲۲ حوت ۱۴۰۲ - در نتیجه یک انفجار انتحاری در شهر کابل دست کم شش تن کشته شدند. "
        "شاخه خراسان دولت اسلامی (داعش) مسئولیت این حمله را بر عهده گرفت."
    )
    extraction = extract_text(text, published=dt.date(2024, 3, 13), language="fa")
    assert extraction.needs_translation
    record = placeholder(extraction, load_registry())
    assert record is not None
    assert record.event_date == dt.date(2024, 3, 12)
