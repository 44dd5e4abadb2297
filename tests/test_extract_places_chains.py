"""English place chains: the words that open a chain say what its first name is, a
province named as the owner of a district is the province, and an office's owner is no
place of its own."""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _location(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_the_town_of_a_name_in_a_province_is_the_town() -> None:
    text = "Girls fell ill at a school in the town of Rustaq in northern Takhar province."
    assert _location(text) == ("Takhar", "Rustaq")


def test_a_district_owned_by_a_province_is_the_district() -> None:
    text = "Gunmen stopped cars in Ghazni's Qarabagh district on Monday."
    assert _location(text) == ("Ghazni", "Qarabagh district")


def test_a_district_governors_area_is_a_district() -> None:
    text = "The district governor of Farkhar in northeastern Takhar province was killed."
    assert _location(text) == ("Takhar", "Farkhar district")


def test_a_town_the_gazetteer_lacks_lies_in_the_province_named() -> None:
    text = "A strike hit a car travelling through Balochistan near the town of Ahmad Wal."
    assert _location(text) == ("Balochistan", "Ahmad Wal")


def test_the_main_town_of_a_district_does_not_make_the_district_a_town() -> None:
    text = "They gathered on the outskirts of Khar, the main town of the Bajaur tribal district."
    assert _location(text)[1] == "Khar"


def test_the_owner_of_an_office_is_no_place() -> None:
    assert place_of("He had served as Farkhar's district governor.", load_registry()) is None


def test_an_area_lies_in_the_town_the_sentence_names() -> None:
    text = "A bomb killed six people in the Qala-e Bakhtiar area on the southern edge of Kabul."
    assert _location(text) == ("Kabul", "Kabul")


def test_an_unnamed_village_of_a_district_is_the_district() -> None:
    text = "Two guards were shot dead in a village of Sherzad district before dawn."
    assert _location(text) == ("Nangarhar", "Sherzad district")
    text = "Shells landed on an area of Zhari district west of the city."
    assert _location(text) == ("Kandahar", "Zhari district")


def test_the_village_of_a_name_is_still_the_village() -> None:
    text = "Fighters overran the village of Nawabad in Khanabad district, Kunduz province."
    assert _location(text) == ("Kunduz", "Nawabad")
