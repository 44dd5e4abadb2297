"""Place rules of the fifth session's second round: a city named only as what was attacked,
villages named for their people, appositions after a province; sentences written for these
tests."""

from __future__ import annotations

import pytest

from conflictdesk.extract.places import place_of
from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    return (fix.admin1, fix.location) if fix is not None else (None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed Kandahar University before dawn and held out for hours.",
        "Insurgents attacked eastern Kandahar with rockets on Monday.",
        "A bomber struck the Kandahar provincial police headquarters, killing four.",
        "Attackers raided the Kandahar office of a demining charity.",
    ],
)
def test_a_city_attacked_or_seating_the_office_attacked_is_the_place(text: str) -> None:
    assert _where(text) == ("Kandahar", "Kandahar")


def test_two_cities_struck_are_a_look_back_not_a_place() -> None:
    text = "The men who struck Kandahar and Herat trained in the same camp."
    assert _where(text) == (None, None)


def test_a_city_only_governing_is_no_place() -> None:
    # "the Kandahar government" names who rules, not where anything happened
    assert _where("The Kandahar government said the attack was foiled.") == (None, None)


def test_a_person_attacked_is_no_place() -> None:
    assert _where("Gunmen attacked Ahmad Shah as he left the mosque.") == (None, None)


def _where_ru(text: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), "ru")
    return (fix.admin1, fix.location) if fix is not None else (None, None)


def test_a_village_named_for_its_elders_is_not_the_place() -> None:
    text = "Мина взорвалась в уезде Ханабад, когда колонна ехала к жителям кишлака Сурхак."
    assert _where_ru(text) == ("Kunduz", "Khanabad district")


def test_a_village_where_it_happened_is_still_the_place() -> None:
    text = "Мина взорвалась у кишлака Сурхак в уезде Ханабад."
    assert _where_ru(text) == ("Kunduz", "Surkhak")


def test_a_person_after_a_province_is_not_a_place_in_it() -> None:
    text = (
        "Gunmen shot the police chief of Kunduz province, Abdul Rahim Haqyar, in Kunduz city, "
        "Kunduz province, Afghanistan."
    )
    assert _where(text) == ("Kunduz", "Kunduz")


def test_a_village_with_its_word_after_a_province_still_chains() -> None:
    text = "A mine went off in Logar province, Sherkhel village, killing a farmer."
    assert _where(text) == ("Logar", "Sherkhel")


def test_a_known_neighbourhood_after_an_area_gives_its_city() -> None:
    text = "A bomb went off in the Pul-e Sokhta area of Dasht-e Barchi, Kabul city, on Friday."
    assert _where(text) == ("Kabul", "Kabul")


def test_an_unknown_village_after_an_area_is_still_the_place() -> None:
    text = "A bomb went off in the Kotal area of Sherkhel, Mohammad Agha district, Logar province."
    assert _where(text) == ("Logar", "Sherkhel")


def test_districts_around_a_town_are_not_the_town() -> None:
    text = "Insurgents burned schools in the villages around Ghazni city, Ghazni province."
    assert _where(text) == ("Ghazni", None)


def test_a_town_itself_is_still_the_place() -> None:
    text = "Insurgents burned schools in Ghazni city, Ghazni province."
    assert _where(text) == ("Ghazni", "Ghazni")
