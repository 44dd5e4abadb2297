"""A school or academy named before its area and city opens the chain of places, and a
city's numbered police district ("PD 4") is no part of the city's name. The sentences are
invented."""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry())
    return None if fix is None else (fix.admin1, fix.location)


def test_a_school_named_before_its_area_and_city_gives_the_city() -> None:
    text = "A bomber struck a class at Nur academy, Dasht-e Barchi, Kabul."
    assert _where(text) == ("Kabul", "Kabul")
    text = "Gunmen fired on pupils leaving Hamid school, Karte Seh, Kabul."
    assert _where(text) == ("Kabul", "Kabul")


def test_a_school_before_a_town_and_its_province_gives_the_town() -> None:
    text = "A grenade was thrown into Hamid school in Pul-e Khumri, Baghlan province."
    assert _where(text) == ("Baghlan", "Pul-i-Khumri")


def test_a_numbered_police_district_of_a_city_is_in_the_city() -> None:
    assert _where("A sticky bomb killed a clerk in Jalalabad PD 3 on Monday.") == (
        "Nangarhar",
        "Jalalabad",
    )


def test_a_name_with_no_police_district_is_read_whole() -> None:
    assert _where("A bomb killed a clerk in Pul-e Khumri on Monday.") == (
        "Baghlan",
        "Pul-i-Khumri",
    )
