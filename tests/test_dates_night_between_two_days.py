"""A night named by the two days it joins ("31 Aralık'ı 1 Ocak'a bağlayan gece", "в ночь с
31 декабря на 1 января") is dated to the second day."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates

_REFERENCE = dt.date(2031, 1, 3)


def _days(text: str, language: str) -> list[dt.date | None]:
    return [d.date for d in find_dates(text, reference=_REFERENCE, language=language)]


def test_the_turkish_night_joining_two_days_is_the_second_day() -> None:
    text = "Kulübe 31 Aralık'ı 1 Ocak'a bağlayan gece saat 01.30'da silahlı saldırı düzenlendi."
    assert _days(text, "tr") == [dt.date(2031, 1, 1)]


def test_the_russian_night_from_one_day_into_the_next_is_the_second_day() -> None:
    text = "В ночь с 31 декабря на 1 января боевики напали на блокпост."
    assert _days(text, "ru") == [dt.date(2031, 1, 1)]


def test_two_days_joined_by_and_stay_two_dates() -> None:
    # near miss: two attacks on two days, no night between them
    text = "31 Aralık ve 1 Ocak'ta iki ayrı saldırı düzenlendi."
    assert _days(text, "tr") == [dt.date(2030, 12, 31), dt.date(2031, 1, 1)]
