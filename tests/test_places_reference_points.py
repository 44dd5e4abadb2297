"""A town a distance is measured from, and a river named like a town, are not where an
event happened.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _foreign(text: str, language: str) -> tuple[str | None, str | None] | None:
    fix = foreign_place(text, load_registry(), language)
    return None if fix is None else (fix.admin1, fix.location)


def _loose(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry(), loose=True)
    return None if fix is None else (fix.admin1, fix.location)


def test_village_wins_over_the_town_a_distance_is_measured_from() -> None:
    text = "Бой шёл у селения Дарвазгай в уезде Дангам, в двадцати километрах от города Асадабад."
    assert _foreign(text, "ru") == ("Kunar", "Darwazgay")


def test_distance_with_a_direction_before_the_town() -> None:
    text = "Мина взорвалась в уезде Дангам, в 15 км к югу от Асадабада."
    assert _foreign(text, "ru") == ("Kunar", "Dangam district")


def test_the_town_alone_still_places_the_event() -> None:
    text = "Мина взорвалась в пяти километрах от города Асадабад."
    assert _foreign(text, "ru") == ("Kunar", "Asadabad")


def test_a_river_named_like_a_town_is_no_place() -> None:
    assert _loose("Грузовики пытались переправить через реку Кундуз ночью.") is None


def test_the_town_of_the_same_name_still_counts() -> None:
    assert _loose("Грузовики стояли у Кундуза ночью.") == ("Kunduz", "Kunduz")
