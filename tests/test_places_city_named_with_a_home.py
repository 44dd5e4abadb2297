"""A person's house named by its city ("killed in his Kabul home") lies in that city.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None] | None:
    fix = place_of(text, load_registry())
    return None if fix is None else (fix.admin1, fix.location)


def test_home_named_by_its_city() -> None:
    text = "A retired general was killed in his Kabul home by a visitor carrying a bomb."
    assert _where(text) == ("Kabul", "Kabul")


def test_house_named_by_its_city() -> None:
    text = "A tribal elder was shot dead outside his Kandahar house on Friday."
    assert _where(text) == ("Kandahar", "Kandahar")


def test_a_house_named_by_an_unknown_word_is_no_place() -> None:
    text = "An elder was shot dead outside his Nawabad house on Friday."
    assert _where(text) is None
