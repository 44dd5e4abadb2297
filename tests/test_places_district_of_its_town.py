"""A district named with its town's spelling is the district the town lies in.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), "ar")
    assert fix is not None
    return fix.admin1, fix.location


def test_arabic_district_spelled_as_its_town_is_that_town_s_district() -> None:
    # Arabic writes the "p" of Spera as "b": Sabri district has the same consonants
    text = "سقطت قذائف على منازل في مديرية سبيره بولاية خوست صباح الأحد."
    assert _where(text) == ("Khost", "Spira district")


def test_a_district_no_town_names_keeps_its_own_spelling() -> None:
    text = "اندلعت اشتباكات في مديرية صبري بولاية خوست ليلة الجمعة."
    assert _where(text) == ("Khost", "Sabri district")
