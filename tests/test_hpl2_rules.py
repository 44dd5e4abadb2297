"""Rules of the places round (hpl2): sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.places import find_chains, place_of
from conflictdesk.resolve.registry import load_registry


def _fix(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_a_province_named_bare_after_a_district_picks_the_district() -> None:
    text = "Gunmen burnt a clinic in Dawlatabad district, Faryab, Afghanistan, on Sunday."
    assert _fix(text) == ("Faryab", "Dawlatabad district")


def test_a_province_named_bare_after_a_district_is_not_a_town() -> None:
    text = "A mine hit a truck in Pul-e Khumri district, Baghlan, on the main road."
    assert _fix(text) == ("Baghlan", "Pul-e Khumri district")


def test_a_district_with_its_province_word_is_unchanged() -> None:
    text = "A mine hit a truck in Dawlatabad district, Balkh province, on the main road."
    assert _fix(text) == ("Balkh", "Dawlatabad district")


def test_the_tail_of_a_joined_name_opens_no_chain() -> None:
    text = "Police found a bomb near Sra Kala, Pachir wa Agam district, Nangarhar province."
    heads = [chain[0].name for chain in find_chains(text, load_registry())]
    assert heads == ["Sra Kala", "Nangarhar"]  # not "Agam"
