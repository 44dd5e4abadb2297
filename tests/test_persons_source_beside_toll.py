"""A spokesman who gives a toll is its source, not one of its dead, even when a report in
another language tells the killing in the same sentence as his name; a person the sentence
says was killed still is."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _persons(text: str, language: str) -> dict[str, str | None]:
    events = extract_text(text, published=dt.date(2026, 4, 8), language=language).events
    return {p.name: p.outcome for e in events for p in e.persons}


def test_arabic_spokesman_giving_a_toll_is_no_victim() -> None:
    text = (
        "غزني - وكالة الاختبار: هاجم مسلحو حركة طالبان نقطة تفتيش في مديرية أندر بولاية غزني "
        "اليوم الخميس. وقال المتحدث باسم الحركة ذبيح الله مجاهد في بيان إن مقاتلي الحركة "
        "قتلوا 20 جنديا."
    )
    assert "killed" not in _persons(text, "ar").values()


def test_russian_spokesman_giving_a_toll_is_no_victim() -> None:
    text = (
        "КУНДУЗ, 8 апреля. /Тест/. Талибы атаковали пост полиции в уезде Ханабад провинции "
        "Кундуз. Представитель талибов Забихулла Муджахид заявил, что боевики убили 12 "
        "полицейских."
    )
    assert "killed" not in _persons(text, "ru").values()


def test_spokesman_told_killed_stays_killed() -> None:
    text = (
        "KABUL, April 8 (Test Wire) - Taliban spokesman Zabihullah Mujahid was killed in a "
        "blast in Kabul on Tuesday, police said."
    )
    assert _persons(text, "en") == {"Zabihullah Mujahid": "killed"}
