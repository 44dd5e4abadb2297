"""Kidnapping and siege words: people seized with several words before the noun, people
driven away, people held inside; not arms seized nor a meeting held. Each text is
invented."""

from __future__ import annotations

from conflictdesk.extract.triggers import find_triggers


def _means(text: str) -> list[str]:
    return [h.means for h in find_triggers(text)]


def test_people_seized_are_kidnapped() -> None:
    assert "kidnap" in _means("Gunmen seized two Turkish and Pakistani engineers on the road.")
    assert "kidnap" in _means("Armed men seized a Japanese photographer near the border.")


def test_arms_seized_are_no_kidnapping() -> None:
    assert "kidnap" not in _means("Police seized three Chinese-made machine guns and ammunition.")


def test_people_driven_away_are_kidnapped() -> None:
    assert "kidnap" in _means("Gunmen pulled the two doctors from their car and drove them off.")


def test_people_held_inside_is_a_siege() -> None:
    assert "barricade" in _means("Gunmen stormed the hotel, holding guests inside for hours.")
    assert "barricade" not in _means("Elders were holding a meeting inside the mosque.")
