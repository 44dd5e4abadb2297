"""A journalist, presenter, reporter or activist shot or bombed in their own right is one
prominent person in Arabic, Russian and Turkish wire as in English (GTD: an assassination);
the words name one holder in the singular or the feminine, not a crowd of them. Each text is
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2024, 5, 9)

AIMED: list[tuple[str, str]] = [
    (
        # a woman presenter shot by gunmen ("المذيعة")
        "قندهار - قُتلت المذيعة الإذاعية فريدة أحمدي برصاص مسلحين مجهولين صباح اليوم "
        "الخميس في مدينة قندهار جنوبي أفغانستان.",
        "ar",
    ),
    (
        # a woman activist ("الناشطة")
        "هرات - قُتلت الناشطة زهرة كريمي برصاص مسلحين مجهولين صباح اليوم الخميس في مدينة هرات.",
        "ar",
    ),
    (
        # a woman journalist shot in Russian ("журналистку")
        "КАБУЛ, 9 мая. В Кабуле в четверг неизвестные застрелили журналистку местного "
        "телеканала Фариду Ахмади, сообщила полиция.",
        "ru",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), AIMED, ids=[c[1] + str(i) for i, c in enumerate(AIMED)]
)
def test_attack_on_one_media_or_rights_figure_is_assassination(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].attack_type == "Assassination"


def test_blast_among_many_reporters_stays_bombing_in_arabic() -> None:
    """Many reporters among the dead of a blast: no one of them was the aim."""
    text = (
        "كابل - قُتل 9 صحفيين و20 مدنيا في انفجار سيارة مفخخة قرب سوق مزدحم في كابل صباح "
        "اليوم الخميس."
    )
    events = extract_text(text, published=_DAY, language="ar").events
    assert events
    assert events[0].attack_type == "Bombing/Explosion"


def test_turkish_activist_named_as_compound_head_is_assassination() -> None:
    """Turkish puts the role last: "kadın hakları aktivisti" (women's rights activist)."""
    text = (
        "HERAT (XHA) - Afganistan'ın Herat kentinde kadın hakları aktivisti Zehra Kerimi, "
        "bugün uğradığı silahlı saldırıda hayatını kaybetti."
    )
    events = extract_text(text, published=_DAY, language="tr").events
    assert events
    assert events[0].attack_type == "Assassination"
