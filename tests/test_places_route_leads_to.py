"""A place a road leads to ("on the road to Nahrin") is not where the event was.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry())
    return None if fix is None else (fix.admin1, fix.location)


def test_the_end_of_a_road_is_not_the_place_but_its_province_is() -> None:
    text = "Gunmen killed a teacher and his driver on the road to Nahrin, Baghlan province."
    assert _where(text) == ("Baghlan", None)


def test_the_end_of_a_highway_alone_is_no_place() -> None:
    assert _where("Gunmen killed a teacher on the highway to Kandahar on Monday.") is None


def test_a_town_the_event_was_in_is_read() -> None:
    text = "Gunmen killed a teacher and his driver in Nahrin, Baghlan province."
    assert _where(text) == ("Baghlan", "Nahrin")
