"""A Russian village the gazetteer does not hold, written in Latin letters.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), "ru")
    assert fix is not None
    return fix.admin1, fix.location


def test_village_named_with_its_district_is_the_location() -> None:
    text = "Ночью мины взорвались у селения Дарвазгай в уезде Дангам, погибли двое."
    assert _where(text) == ("Kunar", "Darwazgay")


def test_village_in_a_province_and_a_hyphenated_name() -> None:
    text = "Беспилотник нанёс удар по деревне Сайед-Хейль в провинции Нангархар."
    assert _where(text) == ("Nangarhar", "Sayed Khel")


def test_village_of_the_district_in_the_genitive() -> None:
    text = "Бой шёл в кишлаке Вахдатабад уезда Хогьяни до самого утра."
    assert _where(text)[1] == "Wahdatabad"


def test_a_name_without_a_settlement_word_is_not_a_village() -> None:
    text = "Командир Сайед-Хейль погиб в уезде Дангам при обстреле."
    assert _where(text) == ("Kunar", "Dangam district")
