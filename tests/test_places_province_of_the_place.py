"""Of two provinces a sentence names, the one its town or district lies in.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str, language: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    return fix.admin1, fix.location


def test_russian_office_of_one_province_town_of_another() -> None:
    text = (
        "Начальник полиции провинции Баглан был ранен при обстреле в городе Талукан, "
        "центре провинции Тахар."
    )
    assert _where(text, "ru") == ("Takhar", "Taloqan")


def test_one_province_keeps_its_town() -> None:
    text = "Взрыв прогремел в городе Талукан провинции Тахар."
    assert _where(text, "ru") == ("Takhar", "Taloqan")


def test_two_provinces_and_no_marked_town_keep_the_first() -> None:
    text = "Бои шли в провинциях Баглан и Тахар."
    fix = foreign_place(text, load_registry(), "ru")
    assert fix is None or fix.location is None
