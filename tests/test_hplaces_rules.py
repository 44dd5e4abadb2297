"""Rules of the places-and-dates round (hplaces): each reads one way reports write where and
when an event happened.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str, language: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    return fix.admin1, fix.location


def test_arabic_town_before_an_arabic_comma_with_kaf_and_gaf() -> None:
    # "لشكركاه" has a true kaf and a kaf written for the Dari gaf; the Arabic comma after it
    # is punctuation, not part of the name
    text = "قصفت طائرات مواقع للمسلحين قرب مدينة لشكركاه، مركز ولاية هلمند، ليلة الأحد."
    assert _where(text, "ar") == ("Helmand", "Lashkar Gah")
