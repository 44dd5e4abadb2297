"""Solar Hijri dates in Dari, Pashto and Persian text ("۲۲ حوت ۱۴۰۲", "د وري ۱۵مه").

Afghan and Iranian outlets date events in the Solar Hijri calendar: Dari names its months after
the zodiac (Hamal … Hut), Pashto has its own names (Wray … Kab), Iranian Persian the Farvardin …
Esfand names. A report's "۲۲ حوت ۱۴۰۲" is 12 March 2024; without this module a Dari or Pashto
report, stored untranslated, would carry no date at all.

The year starts at Nowruz (1 Hamal = 1 Farvardin), on 20 or 21 March. Months 1-6 have 31 days,
months 7-11 have 30, the twelfth 29, or 30 in a leap year. Leap years follow the 33-year cycle
that matches the astronomical calendar from 1244 to 1634 SH (1865-2256 CE): year ``y`` is leap
when ``y % 33`` is one of ``LEAP_REMAINDERS``. Dates outside that span are not converted.

Month names are also ordinary words (اسد is a name, میزان "amount", تله "trap", دی "is" in
Pashto), so a month is read only next to a day or a Solar Hijri year in digits.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Final

# Years whose remainder modulo 33 is one of these have 366 days (the twelfth month has 30).
LEAP_REMAINDERS: Final = frozenset({1, 5, 9, 13, 17, 22, 26, 30})
FIRST_YEAR: Final = 1244
LAST_YEAR: Final = 1634
# 1 Farvardin 1380 (Nowruz 2001), the point the conversion counts from.
_EPOCH_YEAR: Final = 1380
_EPOCH: Final = dt.date(2001, 3, 21)
# A year-less date later than the reference by more than this is last year's (reports follow
# events; as in ``dates.FUTURE_SLACK_DAYS``).
FUTURE_SLACK_DAYS: Final = 1
# The day of a Solar month whose Gregorian month stands for the whole month.
MIDDLE_DAY: Final = 15

# Every spelling of each month, Dari (Afghan), Pashto and Iranian Persian, written with the
# Persian letters; ``_letters`` lets the Arabic forms of yeh, kaf and heh match as well.
_MONTHS: Final[tuple[tuple[int, tuple[str, ...]], ...]] = (
    (1, ("حمل", "وری", "وري", "فروردین")),
    (2, ("ثور", "غویی", "غوایی", "غويي", "اردیبهشت")),
    (3, ("جوزا", "جوزای", "غبرگولی", "غبرګولی", "غبرګولي", "خرداد")),
    (4, ("سرطان", "چنگاښ", "چنګاښ", "تیر")),
    (5, ("اسد", "زمری", "زمرى", "مرداد", "امرداد")),
    (6, ("سنبله", "وږی", "وږى", "شهریور")),
    (7, ("میزان", "تله", "مهر")),
    (8, ("عقرب", "لړم", "آبان")),
    (9, ("قوس", "لیندۍ", "لیندی", "آذر")),
    (10, ("جدی", "مرغومی", "مرغومى", "دی")),
    (11, ("دلو", "سلواغه", "بهمن")),
    (12, ("حوت", "کب", "اسفند")),
)
_LETTER_CLASSES: Final = {"ی": "[یيى]", "ي": "[یيى]", "ى": "[یيى]", "ک": "[کك]", "ه": "[هة]"}


def _letters(word: str) -> str:
    return "".join(_LETTER_CLASSES.get(ch, re.escape(ch)) for ch in word)


def _fold(word: str) -> str:
    return word.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("ة", "ه")


_MONTH_NUMBER: Final[dict[str, int]] = {
    _fold(name): number for number, names in _MONTHS for name in names
}
_MONTH: Final = "|".join(_letters(name) for name in sorted(_MONTH_NUMBER, key=len, reverse=True))
# A Solar Hijri year in running text (the 1300s and 1400s), optionally with "year" before it
# ("سال", Pashto "کال") and the era after it ("هـ ش", "هجری شمسی", "لمریز").
_YEAR: Final = (
    r"(?:(?:سال|کال)\s+)?(?P<year>1[34]\d\d)(?!\d)"
    r"(?:\s*(?:ه\.?\s*ش\.?|هـ\s*ش|هجری\s+شمسی|هجري\s+شمسي|لمریز|لمریز\s+کال))?"
)
_END: Final = r"(?![\w\u200c])"
_START: Final = r"(?<![\w\u200c])"
# "۲۲ حوت ۱۴۰۲", "۲۲ ماه حوت سال ۱۴۰۲", "۱۵ وری"
_DAY_MONTH: Final = re.compile(
    rf"{_START}(?P<day>\d{{1,2}})\s*(?:م\s+|مه\s+|ام\s+)?(?:(?:ماه|میاشتې)\s+)?"
    rf"(?P<month>{_MONTH}){_END}(?:\s*،?\s*{_YEAR})?"
)
# Pashto: "د وري ۱۵مه", "د ۱۴۰۲ کال د حوت پر ۲۲مه", "د حوت ۲۲مه نېټه"; the ordinal "مه" is
# often left out ("د حوت ۲۲ نېټه", "د وري په ۱۵", "د ۱۴۰۲ کال د حوت ۲۲"); then "نېټه"
# (date), "په"/"پر" (on) or the year must show that the number is a day ("د وري ۱۵ کسان"
# counts people).
_PASHTO_MONTH_DAY: Final = re.compile(
    rf"{_START}(?:د\s+(?P<year>1[34]\d\d)\s+(?:لمریز\s+)?کال\s+)?د\s+(?P<month>{_MONTH})\s+"
    r"(?:(?P<on>پر|په)\s+)?(?P<day>\d{1,2})(?:\s*(?P<ordinal>مه|مې))?(?:\s+(?P<word>نېټه|نیټه))?"
    r"(?![\w\u200c]|\s*[.,/]\d)"
)
# "حوت ۱۴۰۲", "ماه حوت سال ۱۴۰۲": the month of a year
_MONTH_YEAR: Final = re.compile(
    rf"{_START}(?:(?:ماه|میاشتې)\s+)?(?P<month>{_MONTH})\s*،?\s*{_YEAR}"
)
# Words that must occur for any pattern above to match (a cheap gate before the patterns).
MONTH_WORDS: Final = frozenset(_MONTH_NUMBER)


def is_leap(year: int) -> bool:
    return year % 33 in LEAP_REMAINDERS


def _year_length(year: int) -> int:
    return 366 if is_leap(year) else 365


def nowruz(year: int) -> dt.date:
    """The Gregorian date of 1 Hamal (1 Farvardin) of a Solar Hijri year in the valid span."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"Solar Hijri year {year} is outside {FIRST_YEAR}-{LAST_YEAR}")
    days = 0
    if year >= _EPOCH_YEAR:
        days = sum(_year_length(y) for y in range(_EPOCH_YEAR, year))
    else:
        days = -sum(_year_length(y) for y in range(year, _EPOCH_YEAR))
    return _EPOCH + dt.timedelta(days=days)


def _month_length(year: int, month: int) -> int:
    if month <= 6:
        return 31
    if month <= 11:
        return 30
    return 30 if is_leap(year) else 29


def to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri date, or ``None`` when it is not a real date."""
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= _month_length(year, month):
        return None
    before = sum(_month_length(year, m) for m in range(1, month))
    return nowruz(year) + dt.timedelta(days=before + day - 1)


def from_gregorian(day: dt.date) -> tuple[int, int, int]:
    """``(year, month, day)`` in the Solar Hijri calendar of a Gregorian date."""
    year = solar_year_of(day)
    left = (day - nowruz(year)).days
    month = 1
    while left >= _month_length(year, month):
        left -= _month_length(year, month)
        month += 1
    return year, month, left + 1


def solar_year_of(day: dt.date) -> int:
    """The Solar Hijri year a Gregorian date falls in."""
    year = day.year - 621
    return year if day >= nowruz(year) else year - 1


# Month names that are also common words ("دی" is "is" in Pashto, "تله" a trap, "مهر" a seal,
# "تیر" an arrow, "کب" a fish): read only with a Solar Hijri year after them.
NEEDS_YEAR: Final = frozenset({"دی", "تیر", "تله", "مهر", "کب"})


def _month_of(word: str) -> int | None:
    return _MONTH_NUMBER.get(_fold(word))


def names_a_month(words: frozenset[str]) -> bool:
    """Whether any of a text's words is a Solar Hijri month name (the gate before the patterns)."""
    return any(_fold(w) in MONTH_WORDS for w in words)


def _year_for(month: int, day: int, reference: dt.date | None) -> int | None:
    """The year of a year-less "۲۲ حوت": the latest one not after the reference."""
    if reference is None or not dt.date(1866, 1, 1) <= reference <= dt.date(2255, 1, 1):
        return None
    year = solar_year_of(reference)
    candidate = to_gregorian(year, month, min(day, 29))
    if candidate is not None and candidate > reference + dt.timedelta(days=FUTURE_SLACK_DAYS):
        return year - 1
    return year


def _told_as_day(m: re.Match[str]) -> bool:
    """A Pashto day number without "مه" needs "نېټه", "په"/"پر" or the year beside it."""
    if m.re is not _PASHTO_MONTH_DAY or m.group("ordinal"):
        return True
    return any(m.group(name) for name in ("on", "word", "year"))


def find_solar_dates(
    text: str, reference: dt.date | None
) -> Iterator[tuple[int, int, str, dt.date | None, str]]:
    """``(start, end, text, date, precision)`` of every Solar Hijri date in ``text``, whose
    digits must already be ASCII (``numbers.ascii_digits``); overlaps are left to the caller."""
    for pattern in (_DAY_MONTH, _PASHTO_MONTH_DAY):
        for m in pattern.finditer(text):
            month = _month_of(m.group("month"))
            day = int(m.group("day"))
            if month is None or not 1 <= day <= 31:
                continue
            if _fold(m.group("month")) in NEEDS_YEAR and not m.group("year"):
                continue
            if not _told_as_day(m):
                continue
            year = int(m.group("year")) if m.group("year") else _year_for(month, day, reference)
            date = to_gregorian(year, month, day) if year is not None else None
            yield m.start(), m.end(), m.group(0), date, "day" if date else "unknown"
    for m in _MONTH_YEAR.finditer(text):
        month = _month_of(m.group("month"))
        if month is None:
            continue
        # A Solar month runs from about the 21st of one Gregorian month to the 20th of the next:
        # its middle day names the Gregorian month that holds most of it.
        middle = to_gregorian(int(m.group("year")), month, MIDDLE_DAY)
        if middle is not None:
            yield m.start(), m.end(), m.group(0), middle.replace(day=1), "month"
