"""The pack's words for an assassination ("suikast", "покушение", "اغتيال") make the attack an
assassination whatever the weapon, as English "assassinated" does; the same words in the plural
name a series, and the incident given as its example keeps its own type. Each text is
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2019, 4, 12)

NAMED: list[tuple[str, str]] = [
    (
        "Кабул, 12 апреля. В пятницу в провинции Баглан на обочине дороги взорвалась мина, "
        "когда мимо проезжал кортеж. Это было покушение на начальника уезда, сообщил источник.",
        "ru",
    ),
    (
        "KABİL (XHA) - Afganistan'ın Herat vilayetinde bugün bir yol kenarına yerleştirilen "
        "bomba patladı. Yetkililer patlamanın bir suikast olduğunu açıkladı.",
        "tr",
    ),
    (
        "هرات - انفجرت عبوة ناسفة صباح اليوم الجمعة في مدينة هرات غربي أفغانستان، وقالت الشرطة "
        "إن عملية الاغتيال استهدفت أحد وجهاء المدينة.",
        "ar",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), NAMED, ids=[c[1] + str(i) for i, c in enumerate(NAMED)]
)
def test_pack_assassination_word_types_the_bombing(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].attack_type == "Assassination"


SERIES: list[tuple[str, str]] = [
    (
        "هرات - نجا حاكم الولاية من محاولات اغتيال عديدة، أبرزها تفجير عبوة ناسفة قرب مقر "
        "الشرطة في مدينة هرات يوم الجمعة أسفر عن مقتل خمسة أشخاص.",
        "ar",
    ),
    (
        "Кабул, 12 апреля. Губернатор пережил несколько покушений: в пятницу в городе Герат "
        "у здания полиции взорвалась мина, погибли пять человек.",
        "ru",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), SERIES, ids=[c[1] + str(i) for i, c in enumerate(SERIES)]
)
def test_attempts_in_the_plural_leave_the_bombing_a_bombing(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert all(e.attack_type == "Bombing/Explosion" for e in events)
