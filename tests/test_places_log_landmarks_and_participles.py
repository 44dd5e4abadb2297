"""Places as incident logs write them: a building named for a town of the province that
follows it, and a word like "Taliban-appointed" before "village", which names no village.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry())
    return None if fix is None else (fix.admin1, fix.location)


def test_a_mosque_named_for_a_town_of_the_province_after_it() -> None:
    text = "A bomb went off in the Sheberghan Jama mosque, Jawzjan province, during prayers."
    assert _where(text) == ("Jowzjan", "Sheberghan")


def test_a_building_named_for_a_town_of_another_province_is_not_in_it() -> None:
    text = "A bomb went off at the Kabul Bank branch in Herat province on Sunday."
    assert _where(text) == ("Herat", None)


def test_a_participle_before_village_names_no_village() -> None:
    text = "Gunmen shot two members of a Taliban-appointed village council in Nawa district."
    fix = _where(text)
    assert fix is not None
    assert fix[1] == "Nawa district"
    text = "Gunmen attacked a government-funded village school in Nawa district, Helmand."
    fix = _where(text)
    assert fix is not None
    assert fix[1] == "Nawa district"


def test_a_group_based_in_a_country_names_no_place() -> None:
    text = "Gunmen of a Pakistan-based group shot a teacher in Nawa district, Helmand province."
    assert _where(text) == ("Helmand", "Nawa district")
