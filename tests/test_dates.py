"""Dates: absolute, partial and relative expressions, per language, and datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract.dates import DateMention, dateline, find_dates

# A Wednesday.
REF = dt.date(2023, 3, 29)


def _first(text: str, language: str = "en", reference: dt.date | None = REF) -> DateMention:
    found = find_dates(text, reference=reference, language=language)
    assert found, f"no date found in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("The attack took place on 27 March 2023 in Kabul.", dt.date(2023, 3, 27), "day"),
        ("On March 27, 2023, gunmen attacked a checkpoint.", dt.date(2023, 3, 27), "day"),
        ("Reported on Mar. 27 by officials.", dt.date(2023, 3, 27), "day"),
        ("The blast on 27 March killed two.", dt.date(2023, 3, 27), "day"),
        ("Timestamp 2023-03-27 in the log.", dt.date(2023, 3, 27), "day"),
        ("03/27/2023: A suicide bomber detonated a vest.", dt.date(2023, 3, 27), "day"),
        ("Dated 27.03.2023 in the report.", dt.date(2023, 3, 27), "day"),
        ("It happened on the 3rd of January, 2021.", dt.date(2021, 1, 3), "day"),
        ("Attacks rose in March 2023 across the north.", dt.date(2023, 3, 1), "month"),
        ("Attacks rose in March across the north.", dt.date(2023, 3, 1), "month"),
        ("The group was quiet in 2022.", dt.date(2022, 1, 1), "year"),
        ("01/00/2018: Sometime in January, assailants attacked.", dt.date(2018, 1, 1), "month"),
    ],
)
def test_absolute_english(text: str, expected: dt.date, precision: str) -> None:
    found = _first(text)
    assert (found.date, found.precision, found.relative) == (expected, precision, False)


def test_day_without_year_takes_the_latest_before_the_reference() -> None:
    found = _first("The blast on 28 December killed two.", reference=dt.date(2023, 1, 3))
    assert found.date == dt.date(2022, 12, 28)


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Gunmen struck on Monday.", dt.date(2023, 3, 27), "day"),
        ("Gunmen struck on Wednesday.", REF, "day"),
        ("Gunmen struck last Wednesday.", dt.date(2023, 3, 22), "day"),
        ("Gunmen struck on Sunday night.", dt.date(2023, 3, 26), "day"),
        ("Gunmen struck yesterday.", dt.date(2023, 3, 28), "day"),
        ("Gunmen struck today.", REF, "day"),
        ("Gunmen struck last night.", dt.date(2023, 3, 28), "day"),
        ("Gunmen struck two days ago.", dt.date(2023, 3, 27), "day"),
        ("Gunmen struck earlier this month.", dt.date(2023, 3, 1), "month"),
        ("Gunmen struck last week.", dt.date(2023, 3, 20), "week"),
        ("Gunmen struck last month.", dt.date(2023, 2, 1), "month"),
        ("Gunmen struck last year.", dt.date(2022, 1, 1), "year"),
    ],
)
def test_relative_english(text: str, expected: dt.date, precision: str) -> None:
    found = _first(text)
    assert (found.date, found.precision, found.relative) == (expected, precision, True)


@pytest.mark.parametrize(
    "text", ["Gunmen struck on Monday.", "Gunmen struck yesterday.", "two days ago"]
)
def test_relative_without_reference_is_never_guessed(text: str) -> None:
    found = _first(text, reference=None)
    assert (found.date, found.precision, found.relative) == (None, "unknown", True)


def test_day_without_year_and_without_reference_is_unknown() -> None:
    found = _first("The blast on 27 March killed two.", reference=None)
    assert (found.date, found.precision) == (None, "unknown")


@pytest.mark.parametrize(
    ("text", "language", "expected", "relative"),
    [
        ("Saldırı 27 Mart 2023 tarihinde oldu.", "tr", dt.date(2023, 3, 27), False),
        ("Saldırı 27 Mart'ta düzenlendi.", "tr", dt.date(2023, 3, 27), False),
        ("Pazartesi günü bir bomba patladı.", "tr", dt.date(2023, 3, 27), True),
        ("Dün iki asker öldü.", "tr", dt.date(2023, 3, 28), True),
        ("Взрыв произошел 27 марта 2023 года.", "ru", dt.date(2023, 3, 27), False),
        ("Боевики напали в понедельник.", "ru", dt.date(2023, 3, 27), True),
        ("Вчера погибли двое.", "ru", dt.date(2023, 3, 28), True),
        ("وقع الهجوم في 27 مارس 2023.", "ar", dt.date(2023, 3, 27), False),
        ("وقع الهجوم في ٢٧ مارس ٢٠٢٣.", "ar", dt.date(2023, 3, 27), False),
        ("وقع الهجوم يوم الاثنين.", "ar", dt.date(2023, 3, 27), True),
        ("قتل اثنان أمس.", "ar", dt.date(2023, 3, 28), True),
        ("حمله در ۲۷ مارچ ۲۰۲۳ رخ داد.", "fa", dt.date(2023, 3, 27), False),
        ("دیروز دو نفر کشته شدند.", "fa", dt.date(2023, 3, 28), True),
    ],
)
def test_other_languages(text: str, language: str, expected: dt.date, relative: bool) -> None:
    found = _first(text, language)
    assert (found.date, found.relative) == (expected, relative)


def test_languages_are_not_mixed() -> None:
    assert find_dates("27 Mart 2023", reference=REF, language="en") == []
    assert find_dates("27 March 2023", reference=REF, language="tr") == []
    assert find_dates("вчера", reference=REF, language="tr") == []


def test_spans_point_into_the_text() -> None:
    text = "Officials said on Monday that the 27 March 2023 blast killed six."
    found = find_dates(text, reference=REF)
    assert [text[d.start : d.end] for d in found] == [d.text for d in found]
    assert [d.text for d in found] == ["on Monday", "27 March 2023"]


def test_numbers_that_are_not_dates() -> None:
    text = "Six civilians were killed at 10 a.m. about 15 km from Police District 6."
    assert find_dates(text, reference=REF) == []


@pytest.mark.parametrize(
    ("text", "expected", "date_text"),
    [
        ("KABUL, March 27 (Agency) - A blast hit the city.", dt.date(2023, 3, 27), "March 27"),
        ("JALALABAD, Afghanistan — Monday: gunmen attacked.", dt.date(2023, 3, 27), "Monday"),
        ("03/27/2023: A suicide bomber detonated a vest.", dt.date(2023, 3, 27), "03/27/2023"),
        ("KABUL, Afghanistan, March 27, 2023 -- Gunmen", dt.date(2023, 3, 27), "March 27, 2023"),
    ],
)
def test_dateline(text: str, expected: dt.date, date_text: str) -> None:
    found = dateline(text, reference=REF)
    assert found is not None
    assert (found.date, found.text) == (expected, date_text)


def test_dateline_without_reference_keeps_what_it_knows() -> None:
    found = dateline("KABUL, March 27 (Agency) - A blast hit the city.")
    assert found is not None
    assert (found.text, found.date, found.precision) == ("March 27", None, "unknown")
    summary = dateline("03/27/2023: A suicide bomber detonated a vest.")
    assert summary is not None
    assert summary.date == dt.date(2023, 3, 27)


@pytest.mark.parametrize(
    "text",
    ["KABUL (Reuters) - A blast on Monday killed two.", "Gunmen attacked a school on Monday."],
)
def test_no_dateline(text: str) -> None:
    assert dateline(text, reference=REF) is None


def test_russian_dateline() -> None:
    found = dateline("КАБУЛ, 27 марта — Взрыв прогремел.", "ru", reference=REF)
    assert found is not None
    assert found.date == dt.date(2023, 3, 27)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("In June last year, a roadside bomb killed two.", "en", dt.date(2022, 6, 1)),
        ("A bomb exploded in February of this year.", "en", dt.date(2023, 2, 1)),
        ("Bölgede geçen yıl ekim ayında bir saldırı yaşandı.", "tr", dt.date(2022, 10, 1)),
        ("Взрыв произошёл в июле прошлого года.", "ru", dt.date(2022, 7, 1)),
        ("В конце января талибы начали операцию.", "ru", dt.date(2023, 1, 1)),
        ("وقع انفجار في مايو من العام الماضي.", "ar", dt.date(2022, 5, 1)),
    ],
)
def test_a_month_of_a_year_told_relatively(text: str, language: str, expected: dt.date) -> None:
    found = find_dates(text, reference=REF, language=language)
    assert [(m.date, m.precision) for m in found] == [(expected, "month")]


def test_both_arabic_names_of_a_month() -> None:
    mention = _first("في الخامس من شباط/فبراير 2022 وقع الهجوم.", "ar")
    assert (mention.date, mention.precision) == (dt.date(2022, 2, 5), "day")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Geçen yıl 3 Mart'ta pazarda bir bomba patladı.", "tr"),
        ("3 марта прошлого года на рынке взорвалась бомба.", "ru"),
        ("A bomb exploded at the market on 3 March last year.", "en"),
    ],
)
def test_a_day_of_a_year_told_relatively(text: str, language: str) -> None:
    found = find_dates(text, reference=dt.date(2019, 12, 20), language=language)
    assert [(d.date, d.precision) for d in found] == [(dt.date(2018, 3, 3), "day")]
