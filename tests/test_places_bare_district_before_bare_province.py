"""A district named bare before a province named bare ("near Shahjoy in Zabul") is where.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_district_before_a_bare_province_is_the_place() -> None:
    text = "Insurgents attacked a checkpoint near Khash Rod in Nimroz overnight."
    assert _where(text) == ("Nimruz", "Khash Rod")


def test_district_before_a_province_named_as_such_still_read() -> None:
    text = "Gunmen torched a fuel tanker near Shahjoy, Zabul province, on Tuesday."
    assert _where(text) == ("Zabul", "Shahjoy")


def test_district_of_another_province_is_not_read() -> None:
    # Shahjoy lies in Zabul, not Ghazni: the name is no district of the province named
    text = "Gunmen torched a fuel tanker near Shahjoy in Ghazni on Tuesday."
    assert _where(text)[1] != "Shahjoy"


def test_district_before_a_province_named_like_its_city() -> None:
    # Kunduz is a city and a province: the district before it is the place, not the city
    text = "A mine killed two farmers in Chahar Dara, Kunduz, on Sunday."
    assert _where(text) == ("Kunduz", "Chahar Dara")


def test_district_before_a_city_of_another_province_is_not_read() -> None:
    text = "A mine killed two farmers in Chahar Dara, Herat, on Sunday."
    assert _where(text)[1] != "Chahar Dara"
