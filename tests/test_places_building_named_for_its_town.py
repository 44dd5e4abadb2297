"""A building named for a town, with no other place named, lies in that town.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry())
    return None if fix is None else (fix.admin1, fix.location)


def test_university_named_for_its_town() -> None:
    text = "A grenade was thrown at a bus of lecturers of Herat Medical University on Monday."
    assert _where(text) == ("Herat", "Herat")


def test_a_highway_named_for_a_town_is_not_in_it() -> None:
    text = "Gunmen ambushed a convoy on the Kabul Jalalabad highway on Monday."
    assert _where(text) is None


def test_a_building_named_for_a_person_is_no_place() -> None:
    text = "A grenade was thrown at students of Shaheed Rabbani University on Monday."
    assert _where(text) is None
