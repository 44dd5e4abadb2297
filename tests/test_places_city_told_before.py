"""A name hyphenated to a word is no place on its own, and an event "in the city" with no
name after it happened in the town the report named just before, not in the dateline's.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _loose(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry(), loose=True)
    return None if fix is None else (fix.admin1, fix.location)


def test_a_place_inside_a_hyphenated_name_is_no_place() -> None:
    assert _loose("Деньги выдавали у филиала «Кабул-банка», сказал он.") is None


def test_a_place_joined_to_another_by_a_hyphen_is_no_place() -> None:
    assert _loose("Грузовики стояли на трассе Кабул-Джелалабад всю ночь.") is None


def test_a_place_written_alone_still_counts() -> None:
    assert _loose("Деньги выдавали в Кабуле, сказал он.") == ("Kabul", "Kabul")


_RU = (
    "ТАЛУКАН, 3 марта. /Агентство/. Полиция провинции Тахар задержала двоих подозреваемых. "
    "Кундуз давно считается опасным для военных. "
    "В январе в городе террорист-смертник подорвал себя у отделения банка, погибли четыре "
    "человека."
)


def _places(text: str, language: str) -> list[tuple[str | None, str | None]]:
    found = extract_text(text, published=dt.date(2024, 3, 3), language=language)
    return [(e.admin1, e.location) for e in found.events]


def test_bare_city_takes_the_town_named_just_before() -> None:
    assert ("Kunduz", "Kunduz") in _places(_RU, "ru")


def test_city_with_its_own_name_is_read_as_named() -> None:
    text = _RU.replace("в городе террорист", "в городе Талукан террорист")
    assert ("Kunduz", "Kunduz") not in _places(text, "ru")


def test_without_the_city_the_dateline_stands() -> None:
    text = _RU.replace("в городе террорист", "террорист")
    assert ("Kunduz", "Kunduz") not in _places(text, "ru")
