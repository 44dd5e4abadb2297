"""Place rules of the second places round (helper hP2): sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictdesk.extract.places import place_of
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
