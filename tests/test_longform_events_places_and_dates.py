"""Long-form articles and English wire reports: the places and dates of the events they
tell (an office's province is not where the event was, when a town is named)."""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _location(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_the_province_a_governor_governs_gives_way_to_the_town_named() -> None:
    text = "Gunmen shot the police chief of Kunduz, at his home in Khanabad, on Sunday night."
    assert _location(text) == ("Kunduz", "Khanabad")


def test_the_province_a_governor_governs_stays_when_no_town_is_named() -> None:
    text = "A bomb in a crowded hall wounded the deputy governor of Takhar on Friday."
    assert _location(text)[0] == "Takhar"
