"""The day a statement was made is not the day of the attack, in each language's word order."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.report_dates import bounds_period, said_on


@pytest.mark.parametrize(
    ("text", "published", "language", "day"),
    [
        (
            "ГЕРАТ, 10 марта — Число погибших при взрыве на рынке в Герате выросло до девяти, "
            "сообщили в четверг местные власти.\n\n"
            "Взрывное устройство сработало в среду утром у входа на рынок.",
            dt.date(2022, 3, 10),
            "ru",
            "2022-03-09",
        ),
        (
            "ГЕРАТ, 10 марта — Девять человек погибли при взрыве на рынке в Герате, в четверг "
            "сообщили в полиции.\n\n"
            "Бомба взорвалась в среду вечером.",
            dt.date(2022, 3, 10),
            "ru",
            "2022-03-09",
        ),
        (
            "هرات - وكالة المشرق: أعلنت الشرطة الأفغانية اليوم الخميس مقتل تسعة أشخاص في "
            "انفجار استهدف سوقاً في هرات.\n\n"
            "ووقع الانفجار صباح أمس الأربعاء عند مدخل السوق.",
            dt.date(2022, 3, 10),
            "ar",
            "2022-03-09",
        ),
        (
            "HERAT (AA) - Herat'ta bir pazarda meydana gelen patlamada ölenlerin sayısı 9'a "
            "yükseldi, polis perşembe günü yaptığı açıklamada duyurdu.\n\n"
            "Bomba çarşamba sabahı pazarın girişinde patladı.",
            dt.date(2022, 3, 10),
            "tr",
            "2022-03-09",
        ),
    ],
)
def test_the_day_of_the_statement_gives_way_to_the_day_of_the_attack(
    text: str, published: dt.date, language: str, day: str
) -> None:
    events = extract_text(text, published=published, language=language).events
    assert [str(e.event_date) for e in events][:1] == [day]


@pytest.mark.parametrize(
    ("text", "date", "language", "said"),
    [
        ("Власти сообщили в субботу, что", "в субботу", "ru", True),
        ("Боевики напали в субботу на пост", "в субботу", "ru", False),
        ("قال مسؤولون إن مسلحين هاجموا يوم الخميس", "يوم الخميس", "ar", False),
        ("قال مسؤولون في الشرطة يوم الخميس", "يوم الخميس", "ar", True),
        ("Valilik salı günü açıkladı", "salı", "tr", True),
        ("Militanlar salı günü karakola saldırdı", "salı", "tr", False),
    ],
)
def test_a_statement_date_in_each_word_order(
    text: str, date: str, language: str, said: bool
) -> None:
    start = text.index(date)
    assert said_on(text, start, start + len(date), language) is said


def test_a_past_claim_dated_by_its_month_dates_its_attack() -> None:
    text = (
        "هرات - وكالة المشرق: قُتل تسعة أشخاص مساء أمس الأربعاء في انفجار استهدف سوقاً في "
        "هرات، وتبنى تنظيم داعش الهجوم.\n\n"
        "وكان التنظيم قد تبنى في يناير 2020 هجوماً على مسجد في هرات أسفر عن مقتل خمسة أشخاص."
    )
    events = extract_text(text, published=dt.date(2022, 3, 10), language="ar").events
    assert [(str(e.event_date), e.date_precision) for e in events] == [
        ("2022-03-09", "day"),
        ("2020-01-01", "month"),
    ]


@pytest.mark.parametrize(
    ("text", "date", "language", "bound"),
    [
        ("Ordu 2015'ten bu yana bölgede operasyon yürütüyor.", "2015'te", "tr", True),
        ("Ordu 2015'te bölgede operasyon yürüttü.", "2015'te", "tr", False),
        ("Армия ведёт операции в районе с 2015 года.", "2015 года", "ru", True),
        ("يخوض الجيش عمليات في المنطقة منذ عام 2015.", "عام 2015", "ar", True),
        ("The army has fought in the district since 2015.", "2015", "en", True),
    ],
)
def test_a_year_that_opens_a_period(text: str, date: str, language: str, bound: bool) -> None:
    start = text.index(date)
    assert bounds_period(text, start, start + len(date), language) is bound


def test_a_year_that_opens_a_period_dates_no_event() -> None:
    text = (
        "KANDAHAR (AA) - Kandahar'ın Pencvayi ilçesinde yol kenarına yerleştirilen bombanın "
        "patlaması sonucu üç asker hayatını kaybetti.\n\n"
        "Ordu, 2015'ten bu yana ilçede geniş çaplı operasyonlar yürütüyor."
    )
    events = extract_text(text, published=dt.date(2019, 6, 4), language="tr").events
    assert [str(e.event_date) for e in events][:1] == ["2019-06-04"]


@pytest.mark.parametrize(
    ("text", "word", "language", "told"),
    [
        ("قندهار - «النهار اليوم»: انفجرت قنبلة مساء الأربعاء", "اليوم", "ar", True),
        ('A column in "Herat Today" described the blast.', "Today", "en", True),
        ("ТАЛУКАН — «Сегодня»: взрыв прогремел в среду", "Сегодня", "ru", True),
        ("وقال الشاهد: «سمعنا دوي الانفجار عند السوق اليوم»", "اليوم", "ar", False),
        ("قندهار - وكالات: انفجرت قنبلة اليوم في السوق", "اليوم", "ar", False),
    ],
)
def test_today_closing_a_quoted_name_dates_the_report(
    text: str, word: str, language: str, told: bool
) -> None:
    start = text.index(word)
    assert said_on(text, start, start + len(word), language) is told
