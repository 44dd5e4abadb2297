"""A marked name whose consonants fit places in several provinces is sought in the provinces
the sentence names, with a place word or without.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def test_district_found_in_the_province_an_office_names() -> None:
    text = (
        "Bağlan Valiliği sözcüsü, saldırının Dahana-i Gori ilçesinden geçen yolda "
        "gerçekleştiğini söyledi."
    )
    fix = foreign_place(text, load_registry(), "tr")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Baghlan", "Dahana-i-Ghuri district")


def test_no_province_named_leaves_an_ambiguous_name() -> None:
    text = "Saldırı, Dahana-i Gori ilçesinden geçen yolda gerçekleşti."
    fix = foreign_place(text, load_registry(), "tr")
    assert fix is None or fix.location is None
