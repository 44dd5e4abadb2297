"""Later sentences of a wire report that tell no incident of their own (invented reports): a
date that only bounds a period ("since the takeover in August 2021"), a month or year that
holds the day already told ("this year"), and what the attack caused ("Kabul lost power
because of the attack")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

SINCE_REPORTS = [
    (
        "ar",
        "غزني - قُتل ثلاثة من عناصر طالبان اليوم الأحد في تفجير استهدف دوريتهم في ولاية غزني. "
        "ولا تزال الولاية تشهد هجمات متفرقة منذ عودة الحركة إلى الحكم في أغسطس 2021.",
    ),
    (
        "ru",
        "ГАЗНИ, 5 мая - Три талиба погибли в воскресенье при взрыве в провинции Газни. "
        "После прихода движения к власти в августе 2021 года боевики совершили в Газни "
        "несколько терактов.",
    ),
    (
        "tr",
        "GAZNİ (AHA) - Afganistan'ın Gazni vilayetinde pazar günü bir Taliban devriyesine "
        "düzenlenen bombalı saldırıda 3 kişi öldü. Gazni'de Ağustos 2021'deki yönetim "
        "değişikliğinin ardından saldırılar azalmıştı.",
    ),
]


@pytest.mark.parametrize(("language", "text"), SINCE_REPORTS)
def test_a_date_after_since_or_before_opens_no_incident(language: str, text: str) -> None:
    events = extract_text(text, published=dt.date(2024, 5, 5), language=language).events
    assert [e.event_date for e in events] == [dt.date(2024, 5, 5)]


def test_a_year_holding_the_day_told_is_no_other_incident() -> None:
    text = (
        "KHOST, May 5 (Test Wire) - A roadside bomb killed two Taliban fighters in Khost "
        "province on Sunday, officials said. Insurgents have clashed with Taliban fighters in "
        "several districts of the province this year."
    )
    events = extract_text(text, published=dt.date(2024, 5, 5)).events
    assert len(events) == 1


@pytest.mark.parametrize(
    "consequence",
    [
        "Saldırı nedeniyle Kabil'in büyük bölümü elektriksiz kaldı.",
        "Much of Kabul was left without power because of the attack.",
    ],
)
def test_what_an_attack_caused_elsewhere_is_no_other_attack(consequence: str) -> None:
    lead = (
        "KABİL (BHA) - Afganistan'ın Pervan vilayetinde pazartesi gecesi elektrik hattının "
        "direklerine bombalı saldırı düzenlendi. "
        if "nedeniyle" in consequence
        else "KABUL, May 6 (Test Wire) - A bomb destroyed a power pylon in Parwan province on "
        "Monday night, officials said. "
    )
    language = "tr" if "nedeniyle" in consequence else "en"
    events = extract_text(lead + consequence, published=dt.date(2024, 5, 7), language=language)
    assert [e.admin1 for e in events.events] == ["Parwan"]


def test_turkish_plural_event_nouns_in_a_case_name_the_blasts_told() -> None:
    text = (
        "KABİL (AHA) - Kabil'de bir okulun önünde bugün meydana gelen patlamalarda 6 kişi "
        "öldü. Zadran, patlamalarda ölenlerin çoğunun öğrenci olduğunu söyledi."
    )
    events = extract_text(text, published=dt.date(2022, 4, 19), language="tr").events
    assert len(events) == 1


def test_repeated_attacks_in_arabic_are_a_general_remark() -> None:
    text = (
        "هرات - قُتل جنديان إيرانيان اليوم الأحد في هجوم على مخفر حدودي في ولاية هرات. "
        "وتتهم طهران جماعات مسلحة بشن هجمات متكررة على قوات الأمن في سيستان وبلوشستان."
    )
    events = extract_text(text, published=dt.date(2024, 5, 5), language="ar").events
    assert len(events) == 1
