"""A district name of two consonants, read with its place word inside the province the
sentence names.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str, language: str) -> tuple[str | None, str | None] | None:
    fix = foreign_place(text, load_registry(), language)
    return None if fix is None else (fix.admin1, fix.location)


def test_arabic_two_consonant_district_inside_its_province() -> None:
    text = "هاجم مسلحون نقطة تفتيش في مديرية دره بولاية بنجشير مساء الأحد."
    assert _where(text, "ar") == ("Panjshir", "Dara district")


def test_without_a_province_a_short_name_is_not_guessed() -> None:
    text = "هاجم مسلحون نقطة تفتيش في مديرية دره مساء الأحد."
    found = _where(text, "ar")
    assert found is None or found[1] != "Dara district"
