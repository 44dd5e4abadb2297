"""Scoring: a district spelling the gazetteer holds only with its generic word."""

from conflictdesk.evaluate.scoring import same


def test_a_district_spelling_held_with_its_generic_word_is_the_same_district() -> None:
    # "Dehdadi" alone is the town; the district keeps that spelling as "Dehdadi district"
    assert same("location", "Dehdadi district", "Dihdadi district")
    assert same("location", "Acheen district", "Achin district")
    assert same("location", "Surobi district", "Sarobi district")


def test_a_district_spelling_is_still_not_its_town_or_another_district() -> None:
    assert not same("location", "Dehdadi district", "Dehdadi")
    assert not same("location", "Achin district", "Achin")
    assert not same("location", "Dehdadi district", "Nahr-e Shahi district")
