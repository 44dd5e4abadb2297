"""A ranking against earlier incidents in Turkish, Russian and Arabic wire (invented reports):
"the most senior official killed since 2021" tells no incident of its own."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

REPORTS = [
    (
        "tr",
        "HERAT (AHA) - Herat eyaletinin Taliban tarafından atanan Valisi Abdullah Nuri, bugün "
        "valilik binasına düzenlenen bombalı saldırıda hayatını kaybetti. Nuri, Taliban'ın "
        "2021'de yönetimi ele geçirmesinden bu yana suikastle öldürülen en üst düzey yetkili "
        "oldu.",
    ),
    (
        "ru",
        "ГЕРАТ, 4 мая - Губернатор провинции Герат Абдулла Нури погиб сегодня при взрыве в "
        "здании администрации. Нури стал самым высокопоставленным чиновником, убитым в "
        "Афганистане с 2021 года.",
    ),
    (
        "ar",
        "هرات - قُتل والي ولاية هرات عبد الله نوري اليوم في تفجير استهدف مقر الولاية. ويعد "
        "نوري أرفع مسؤول يُقتل منذ عودة طالبان إلى السلطة في عام 2021.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPORTS)
def test_a_ranking_with_an_earlier_year_is_no_second_event(language: str, text: str) -> None:
    events = extract_text(text, published=dt.date(2024, 5, 4), language=language).events
    assert len(events) == 1


FIRST_OF_ITS_KIND = [
    (
        "ar",
        "غزني - قُتل ثلاثة من عناصر طالبان اليوم في تفجير استهدف دوريتهم في ولاية غزني. "
        "ويعد هذا أول هجوم كبير في كابل وغزني يتبناه تنظيم داعش.",
    ),
    (
        "tr",
        "GAZNİ (AHA) - Afganistan'ın Gazni vilayetinde bugün bir Taliban devriyesine "
        "düzenlenen bombalı saldırıda 3 kişi öldü. Bu, örgütün Kabil dışında üstlendiği ilk "
        "büyük saldırı oldu.",
    ),
]


@pytest.mark.parametrize(("language", "text"), FIRST_OF_ITS_KIND)
def test_the_first_attack_of_its_kind_is_no_second_event(language: str, text: str) -> None:
    events = extract_text(text, published=dt.date(2024, 5, 4), language=language).events
    assert len(events) == 1
