"""A bombing or a shooting aimed at one official or cleric is an assassination in Turkish,
Russian and Arabic wire too (GTD: the first type that applies). Each text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2024, 5, 9)

AIMED: list[tuple[str, str]] = [
    (
        # Turkish puts the role last: "Tahar Valisi"; killed in his office
        "KABİL (XHA) - Afganistan'ın Tahar vilayetinin Valisi Abdulkerim Nuri, bugün Talukan "
        "kentindeki makam odasında düzenlenen intihar saldırısında hayatını kaybetti.",
        "tr",
    ),
    (
        # the district governor and three of his bodyguards among the dead
        "KABİL (XHA) - Afganistan'ın Kunar vilayetinde bugün düzenlenen bombalı saldırıda "
        "Nurgal ilçe valisi Mevlevi Seyfullah Ahmedi ile 3 koruması hayatını kaybetti.",
        "tr",
    ),
    (
        # a suicide blast that targeted his (own) home
        "كابل - قُتل رجل الدين البارز الشيخ عبد الرشيد نوري اليوم الخميس في تفجير انتحاري "
        "استهدف منزله في مدينة جلال آباد.",
        "ar",
    ),
    (
        # a judge, indefinite ("قاضٍ"), shot dead
        "هرات - قُتل قاضٍ في محكمة ولاية فراه برصاص مسلحين مجهولين صباح اليوم الخميس في "
        "مدينة فراه غربي أفغانستان.",
        "ar",
    ),
    (
        # the governor and two of his guards
        "КАБУЛ, 9 мая. В провинции Логар в четверг в результате взрыва погибли губернатор "
        "района Барак-Барак Абдул Хамид Сафи и двое его охранников.",
        "ru",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), AIMED, ids=[c[1] + str(i) for i, c in enumerate(AIMED)]
)
def test_attack_on_named_official_is_assassination(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].attack_type == "Assassination"


def test_cleric_among_worshippers_stays_bombing_in_turkish() -> None:
    """The bomb went off among the congregation: the imam is one of many dead."""
    text = (
        "KABİL (XHA) - Afganistan'ın Kunduz kentindeki bir camide bugün cuma namazı sırasında "
        "meydana gelen patlamada caminin imamı dahil 14 kişi hayatını kaybetti."
    )
    events = extract_text(text, published=_DAY, language="tr").events
    assert events
    assert events[0].attack_type == "Bombing/Explosion"
