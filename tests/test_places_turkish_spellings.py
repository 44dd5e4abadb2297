"""Turkish spellings of district names (built into the pack) and a Turkish "kasaba" (town)
whose name also spells its district.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry
from test_pack_places import build_module


def test_builder_writes_kh_as_h_and_sh_as_s_cedilla() -> None:
    spell = build_module().turkish_spelling
    assert spell("Khogyani") == "Hogyani"
    assert spell("Shindand") == "Şindand"
    assert spell("Jaghuri") == "Caghuri"


def test_builder_leaves_short_or_unchanged_names() -> None:
    spell = build_module().turkish_spelling
    assert spell("Khost") is None  # "Host" is an English word
    assert spell("Sangin") is None


def test_district_in_its_turkish_spelling() -> None:
    text = "Olay, Hogyani ilçesinde bir düğün sırasında yaşandı."
    fix = foreign_place(text, load_registry(), "tr")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Nangarhar", "Khogayani district")


def test_a_town_word_makes_the_district_name_its_seat() -> None:
    text = "Konvoy, Işkaşim kasabası yakınında pusuya düşürüldü."
    fix = foreign_place(text, load_registry(), "tr")
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Badakhshan", "Ashkasham")
