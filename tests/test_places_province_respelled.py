"""A province closing a place chain, spelled as local papers and hurried coders spell it
("Helmund", "Pakhtya"), is read as that province when nothing named before it lies elsewhere."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _place(where: str) -> tuple[str | None, str | None]:
    event = extract_text(
        f"03/02/2012: A roadside bomb hit a police pickup in {where}, killing two officers."
    ).events[0]
    return event.location, event.admin1


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ("Nawa district, Helmund", ("Nawa district", "Helmand")),
        ("Sangar village, Pakhtya", ("Sangar", "Paktia")),
        ("Sangar village, Helmund", ("Sangar", "Helmand")),
    ],
)
def test_a_province_spelled_another_way_closes_the_chain(
    where: str, expected: tuple[str | None, str | None]
) -> None:
    assert _place(where) == expected


def test_a_district_of_another_province_keeps_its_own() -> None:
    # Nawa is a district of Ghazni and of Helmand: "Ghazny" is near Ghazni only
    assert _place("Nawa district, Ghazny") == ("Nawa district", "Ghazni")


def test_an_unknown_word_like_no_province_opens_nothing() -> None:
    assert _place("Sangar village, Hilltop")[1] is None


def test_a_district_known_only_elsewhere_is_not_moved_to_the_near_spelling() -> None:
    # Chahar Dara lies in Kunduz: "Helmund" after it is not taken for Helmand
    assert _place("Chahar Dara district, Helmund")[1] == "Kunduz"


def test_a_city_written_after_a_district_of_its_province_stands_for_the_province() -> None:
    # "Kandhar" is only the city's spelling: after Dand district it says which province
    assert _place("Dand district, Kandhar") == ("Dand district", "Kandahar")


def test_a_village_before_the_district_is_still_the_place() -> None:
    assert _place("Sangar village, Dand district, Kandhar") == ("Sangar", "Kandahar")
