"""A bomb that killed one named official or cleric, told as the one it killed, was aimed at
him (an assassination) in Russian and Arabic wire; one counted among many dead was not. Each
text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2024, 3, 8)

AIMED: list[tuple[str, str]] = [
    (
        # the minister as the object of "killing"
        "Кабул, 8 марта. В пятницу смертник подорвал себя в здании министерства экономики, "
        "убив министра Абдула Карима Саиди.",
        "ru",
    ),
    (
        # the named governor as the subject of a singular "died"
        "Кабул, 8 марта. Губернатор провинции Логар Мохаммад Халим Фидаи погиб в пятницу в "
        "результате взрыва в городе Пули-Алам.",
        "ru",
    ),
    (
        # "a suicide bombing ... claimed the life of the minister"
        "كابل - شهدت العاصمة كابل اليوم الجمعة تفجيرا انتحاريا داخل مقر وزارة الاقتصاد، أودى "
        "بحياة الوزير عبد الكريم سعيدي.",
        "ar",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), AIMED, ids=[c[1] + str(i) for i, c in enumerate(AIMED)]
)
def test_bomb_killing_the_holder_is_assassination(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].attack_type == "Assassination"


AMONG: list[tuple[str, str]] = [
    (
        "Кабул, 8 марта. В пятницу в мечети города Пули-Алам взорвалась бомба, погибли не "
        "менее 15 человек, в том числе губернатор провинции.",
        "ru",
    ),
    (
        "كابل - وقع تفجير انتحاري اليوم الجمعة داخل مسجد في مدينة قندوز شمالي أفغانستان، "
        "أودى بحياة رجل الدين عبد الله نوري و20 مصليا.",
        "ar",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), AMONG, ids=[c[1] + str(i) for i, c in enumerate(AMONG)]
)
def test_holder_among_many_dead_stays_bombing(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].attack_type == "Bombing/Explosion"
