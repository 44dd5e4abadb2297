"""An Arabic plural place word before an adjective ("الولايات الشمالية", the northern
provinces) lists no places; before names it still does.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def test_plural_before_an_adjective_keeps_the_district() -> None:
    text = (
        "انقطعت الكهرباء عن عدد من الولايات الشمالية، بعد تفجير برج في مديرية سالنغ "
        "بولاية بروان مساء الأحد."
    )
    fix = foreign_place(text, load_registry(), "ar")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Parwan", "Salang district")


def test_plural_before_names_is_still_a_list() -> None:
    text = "قتل عشرة أشخاص في ولايات كابل وقندهار وهلمند خلال الأسبوع."
    assert foreign_place(text, load_registry(), "ar") is None
