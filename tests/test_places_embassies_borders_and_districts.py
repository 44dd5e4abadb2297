"""Places: embassies with no city, places a distance is measured from, districts the gazetteer
lacks, villages found by their consonants. Sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import Registry, load_registry
from test_pack_places import build_module


def _registry() -> Registry:
    return load_registry()


def _district(name: str, admin1: str) -> dict[str, object]:
    return {
        "id": f"district:{admin1.lower()}:{name.lower()}",
        "name": name,
        "kind": "district",
        "country": "Afghanistan",
        "admin1": admin1,
        "admin2": name,
        "aliases": [],
    }


def test_short_cyrillic_district_only_with_its_noun() -> None:
    built = build_module().with_russian_forms(_district("Dara", "Panjshir"), set())
    assert "уезд Дара" in built["aliases"]
    assert "Дара" not in built["aliases"]


def test_long_cyrillic_district_stays_bare() -> None:
    built = build_module().with_russian_forms(_district("Shinwar", "Nangarhar"), set())
    assert "Шинвар" in built["aliases"]
    assert "уезд Шинвар" not in built["aliases"]


def test_village_of_a_short_district_in_russian() -> None:
    fix = foreign_place("Вчера боевики обстреляли кишлак Сангдара уезда Дара.", _registry(), "ru")
    assert fix is not None
    assert (fix.admin1, fix.admin2, fix.location) == ("Panjshir", "Dara", "Sangdara")


def test_short_district_name_as_a_word_is_no_place() -> None:
    fix = foreign_place("Он сказал, что дара у него нет.", _registry(), "ru")
    assert fix is None


def test_unknown_russian_district_kept_as_written() -> None:
    fix = foreign_place("Бой шёл в уезде Карагуль-Мазар провинции Баглан.", _registry(), "ru")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Baghlan", "Karagul Mazar district")


def test_unknown_russian_name_without_district_word_is_not_a_district() -> None:
    fix = foreign_place("Бой шёл у Карагуль-Мазара в провинции Баглан.", _registry(), "ru")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Baghlan", None)


def _english(text: str) -> tuple[str | None, str | None] | None:
    from conflictdesk.extract.places import place_of

    fix = place_of(text, _registry())
    return None if fix is None else (fix.admin1, fix.location)


def test_foreign_embassy_without_a_city_is_in_the_capital() -> None:
    assert _english("Rockets fell inside the grounds of the Indian embassy overnight.") == (
        "Kabul",
        "Kabul",
    )
    assert _english("A guard was shot at the gate of the embassy of Japan.") == ("Kabul", "Kabul")


def test_own_country_embassy_or_bare_embassy_is_no_place() -> None:
    assert _english("A grenade was thrown at the Afghan embassy on Friday.") is None
    assert _english("The embassy said two guards were hurt.") is None


def test_embassy_in_a_named_city_stays_there() -> None:
    assert _english("Protesters stormed the Iranian embassy in Islamabad.") == (
        "Islamabad Capital Territory",
        "Islamabad",
    )


def test_an_attack_told_before_takes_no_place_from_the_embassy() -> None:
    assert _english("Since the attack on the Turkish embassy, staff rarely leave.") is None


def test_a_place_measured_from_is_not_where() -> None:
    text = "Mortar rounds hit houses in Sirkanay district, which lies across the border from "
    text += "Pakistan's Bajaur district, on Monday."
    assert _english(text) == ("Kunar", "Sirkanay district")


def test_a_place_measured_from_stays_when_no_other_is_named() -> None:
    text = "A mine hit a police truck about 10 km from Ghazni city, Ghazni province."
    assert _english(text) == ("Ghazni", "Ghazni")


def test_foreign_border_town_in_arabic() -> None:
    text = "قتل حارسان في هجوم على مخفر قرب مدينة تايباد يوم الأحد."
    fix = foreign_place(text, _registry(), "ar")
    assert fix is not None
    assert (fix.country, fix.location) == ("Iran", "Taybad")


def test_foreign_town_in_english() -> None:
    assert _english("A bomb went off at a shrine in Sehwan on Thursday.") == ("Sindh", "Sehwan")


def test_village_by_consonants_sought_near_the_district_named() -> None:
    text = "Стрельба началась у селения Кала-и-Шахр, недалеко от Пагмана."
    fix = foreign_place(text, _registry(), "ru")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Kabul", "Kala I Shahr")


def test_village_by_consonants_alone_keeps_its_namesake() -> None:
    fix = foreign_place("Стрельба началась у селения Кала-и-Шахр.", _registry(), "ru")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Sar-e Pol", "Qalah-ye Shahr")
