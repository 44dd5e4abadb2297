"""An airport named for its city places the event at that city.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_airport_of_a_city_in_the_province_named() -> None:
    text = "Two mortar rounds landed near Kandahar airport in Kandahar province, Afghanistan."
    assert _where(text) == ("Kandahar", "Kandahar")


def test_airfield_spelled_otherwise() -> None:
    text = "A bomber rammed the gate of Jalalabad airfield in Nangarhar province on Sunday."
    assert _where(text) == ("Nangarhar", "Jalalabad")


def test_airport_of_another_province_is_not_the_place() -> None:
    text = "Gunmen ambushed a convoy bound for Kabul airport in Logar province, Afghanistan."
    assert _where(text) == ("Logar", None)


def test_a_named_town_is_kept() -> None:
    text = "The blast hit a market in Spin Boldak, Kandahar province, near Kandahar airfield."
    assert _where(text)[1] == "Spin Boldak"
