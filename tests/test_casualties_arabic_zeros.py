"""Arabic: a blast that caused no deaths, nobody hurt told subject-first, and a singular victim
parted from its verb by a clause after "أنّ"."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in find_other(text, 0, "ar")]


def test_a_blast_that_caused_no_deaths_is_a_zero_for_the_dead() -> None:
    assert _read("وقالت الشرطة إن التفجير لم يسفر عن قتلى.") == [("killed", 0)]


def test_nobody_hurt_told_subject_first_is_a_zero_for_both() -> None:
    text = (
        "مزار شريف - وكالة الشمال: خطف مسلحون مهندسين اثنين صباح أمس الأحد قرب مزار شريف، "
        "وقالت الشرطة إن أحداً لم يُصب بأذى."
    )
    events = extract_text(text, published=dt.date(2024, 5, 6), language="ar").events
    assert [(e.fatalities.best, e.injuries.best) for e in events][:1] == [(0, 0)]


def test_a_victim_parted_from_its_verb_after_anna() -> None:
    text = "وأوضح أن شرطياً كان يقف عند مدخل المبنى أصيب بجروح."
    assert _read(text) == [("injured", 1)]


def test_a_plural_subject_after_anna_is_not_one_victim() -> None:
    text = "وأوضح أن مسلحين كانوا يختبئون في المبنى أصيب بجروح."
    assert ("injured", 1) not in _read(text)


def test_the_noun_after_a_toll_figure_is_its_own() -> None:
    text = "ارتفعت حصيلة الهجوم على السوق إلى 40 قتيلاً وأكثر من 90 جريحاً، بحسب الشرطة."
    assert sorted(_read(text)) == [("injured", 90), ("killed", 40)]


def test_a_first_toll_is_superseded_for_the_dead_and_the_wounded() -> None:
    text = (
        "هرات - وكالة الغرب: ارتفعت حصيلة الانفجار الذي استهدف سوقاً في هرات أمس الأحد إلى "
        "31 قتيلاً و70 جريحاً، بحسب وزارة الصحة.\n\n"
        "وكانت الحصيلة الأولى التي أعلنتها الشرطة مساء أمس 12 قتيلاً و40 جريحاً."
    )
    events = extract_text(text, published=dt.date(2022, 3, 7), language="ar").events
    assert [(e.fatalities.low, e.fatalities.best, e.injuries.low, e.injuries.best) for e in events][
        :1
    ] == [(12, 31, 40, 70)]


def test_one_among_the_dead_is_part_of_the_toll() -> None:
    found = find_other("وكان بين القتلى طالب جامعي قُتل مع شقيقه.", 0, "ar")
    assert [(m.quantity.best, m.relation) for m in found] == [(1, "subset")]
