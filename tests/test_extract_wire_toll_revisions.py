"""Revised tolls: the Arabic dual of the attackers left out, the Arabic pluperfect of an earlier
statement, and a first statement that stands for the wounded when only the dead were revised."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _tolls(text: str, language: str) -> list[tuple[int | None, int | None, int | None]]:
    events = extract_text(text, published=dt.date(2021, 4, 8), language=language).events
    return [(e.fatalities.low, e.fatalities.best, e.fatalities.high) for e in events][:1]


def test_the_two_attackers_left_out_by_an_arabic_dual_count_on_top() -> None:
    text = (
        "قندوز - وكالة الشمال: قُتل 17 شخصاً أمس الأربعاء في تفجير استهدف سوقاً في قندوز، "
        "وقالت الشرطة إن الحصيلة لا تشمل المهاجمَين."
    )
    assert _tolls(text, "ar") == [(19, 19, 19)]


def test_an_arabic_plural_left_out_is_not_read_as_two() -> None:
    text = (
        "قندوز - وكالة الشمال: قُتل 17 شخصاً أمس الأربعاء في تفجير استهدف سوقاً في قندوز، "
        "وقالت الشرطة إن الحصيلة لا تشمل المهاجمِين."
    )
    assert _tolls(text, "ar") != [(19, 19, 19)]


def test_an_arabic_pluperfect_statement_is_the_earlier_figure() -> None:
    text = (
        "قندوز - وكالة الشمال: ارتفعت حصيلة التفجير الذي استهدف سوقاً في قندوز أمس الأربعاء "
        "إلى 30 قتيلاً، بحسب وزارة الصحة.\n\n"
        "وكانت الشرطة قد أعلنت مساء أمس مقتل 12 شخصاً في الانفجار."
    )
    assert _tolls(text, "ar") == [(12, 30, 30)]


def test_a_first_statement_stands_for_the_wounded_when_only_the_dead_are_revised() -> None:
    text = (
        "KUNDUZ, April 8 (Agency) - A bomb exploded in a crowded market in Kunduz on "
        "Wednesday. Police initially said three people had been killed and 14 wounded.\n\n"
        "Hospital officials later said the death toll had risen to seven."
    )
    events = extract_text(text, published=dt.date(2021, 4, 8)).events
    assert [(e.fatalities.best, e.injuries.best) for e in events][:1] == [(7, 14)]


def test_a_russian_sentence_of_its_own_leaves_the_bomber_out() -> None:
    text = (
        "КУНДУЗ, 8 апреля — Агентство. Двенадцать человек погибли в среду при взрыве у мечети "
        "в Кундузе, сообщили в полиции. Эти данные не включают смертника."
    )
    assert _tolls(text, "ru") == [(13, 13, 13)]


def test_a_stated_range_keeps_its_upper_end_as_high() -> None:
    text = (
        "КАБУЛ, 4 мая — Агентство. Три человека погибли в субботу при взрыве на рынке в "
        "Кабуле, ещё от пяти до семи человек получили ранения, сообщили в полиции."
    )
    events = extract_text(text, published=dt.date(2024, 5, 4), language="ru").events
    assert [(e.injuries.low, e.injuries.best, e.injuries.high) for e in events][:1] == [(5, 5, 7)]


def test_a_background_incident_dated_months_before_adds_nothing_to_the_toll() -> None:
    text = (
        "KUNDUZ, April 8 (Agency) - Two police officers were killed when gunmen attacked a "
        "checkpoint in Kunduz on Wednesday, officials said.\n\n"
        "In January, a policeman killed five colleagues at a base in the same province."
    )
    assert _tolls(text, "en") == [(2, 2, 2)]


def test_a_sentence_going_on_with_a_background_incident_adds_nothing() -> None:
    text = (
        "КУНДУЗ, 8 апреля — Агентство. Двенадцать мирных жителей погибли в среду при ударе "
        "беспилотника по деревне в Кундузе, сообщили в полиции.\n\n"
        "12 января 2021 года авиация нанесла удар по базе боевиков в соседнем уезде. "
        "По данным властей, тогда были уничтожены 36 боевиков."
    )
    assert _tolls(text, "ru") == [(12, 12, 12)]
