"""Names the Afghanistan pack holds in Arabic and Russian spelling ("دوشي", "أقچه", "Ачин")."""

from __future__ import annotations

import pytest

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        ("وانفجرت العبوة في مديرية دوشي قرب الطريق الرئيسي.", "ar", "Dushi district"),
        ("أوقف المسلحون السيارة قرب بلدة أقچه، ثم فروا.", "ar", "Aqcha"),
        ("Бой шёл в уезде Ачин на востоке страны.", "ru", "Acheen district"),
    ],
)
def test_a_place_in_its_local_spelling(text: str, language: str, location: str) -> None:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    assert fix.location == location


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Взрыв прогремел у рынка Пули-Хумри, административного центра провинции Баглан.", "ru"),
        ("Прогремел взрыв на рынке Пули-Хумри, центра провинции Баглан.", "ru"),
        ("انفجرت قنبلة قرب سوق بل خمري، مركز ولاية بغلان.", "ar"),
    ],
)
def test_a_town_in_apposition_with_a_provincial_centre(text: str, language: str) -> None:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    assert (fix.admin1, fix.location) in (("Baghlan", "Pul-e-Khumri"), ("Baghlan", "Pul-i-Khumri"))


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Нападение произошло в Дангаринском районе Хатлонской области.", "Danghara district"),
        ("Взрыв прогремел в Шамсиддин-Шохинском районе у границы.", "Shamsiddin Shohin district"),
    ],
)
def test_a_tajik_border_district_by_its_russian_adjective(text: str, location: str) -> None:
    fix = foreign_place(text, load_registry(), "ru")
    assert fix is not None
    assert (fix.country, fix.admin1, fix.location) == ("Tajikistan", "Khatlon Region", location)


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        # a district GeoNames has no Cyrillic for, written as Russian outlets transliterate it
        ("Боевики обстреляли блокпост в уезде Алмар ночью.", "Faryab", "Almar district"),
        ("Колонну подорвали на дороге в уезде Андараб.", "Baghlan", "Andarab district"),
        # the soft sign some outlets put in and the transliteration leaves out
        ("Дрон ударил по дому в уезде Хогьяни.", "Nangarhar", "Khogayani district"),
        # the adjective with its noun, with either noun for a district
        ("Перестрелка произошла в Имам-Сахибском районе.", "Kunduz", "Imam Sahib district"),
        ("Засада была устроена в Андарабском уезде.", "Baghlan", "Andarab district"),
    ],
)
def test_an_afghan_district_in_russian(text: str, admin1: str, location: str) -> None:
    fix = foreign_place(text, load_registry(), "ru")
    assert fix is not None
    assert (fix.admin1, fix.location) == (admin1, location)


def test_a_province_by_its_russian_adjective() -> None:
    fix = foreign_place(
        "Взрыв прогремел в Хостинской провинции на рассвете.", load_registry(), "ru"
    )
    assert fix is not None
    assert fix.admin1 == "Khost"


def test_a_bank_named_after_kabul_is_not_a_place() -> None:
    found = load_registry().find_places("Очередь стояла у отделения Кабульского банка.")
    assert found == []


def test_the_tajik_darvaz_district_by_its_russian_adjective() -> None:
    fix = foreign_place(
        "Стычка случилась в Дарвазском районе на берегу Пянджа.", load_registry(), "ru"
    )
    assert fix is not None
    assert (fix.country, fix.location) == ("Tajikistan", "Darvaz district")
