"""A madrasa attacked is a school (GTD codebook: Educational Institution), unless a cleric or
worship there makes the attack one on religion, and where the reading must not fire.

- A madrasa burned, bombed or its pupils harmed, no cleric named: Educational Institution.
- A cleric killed at his madrasa, or a blast during prayers there: Religious
  Figures/Institutions, as the pack types the word.
- A mosque stays a religious institution.
"""

from __future__ import annotations

import pytest

from conftest import FirstEvent

EDUCATIONAL = "Educational Institution"
RELIGIOUS = "Religious Figures/Institutions"

CASES: list[tuple[str, str]] = [
    (
        "02/14/2019: Unidentified men set fire to a boys' madrassa in Chahar Dara district,"
        " Kunduz province, Afghanistan, overnight. Nobody was inside.",
        EDUCATIONAL,
    ),
    (
        "06/03/2017: A grenade thrown over the wall of a religious school in Dara-e Pech"
        " district, Kunar province, Afghanistan, wounded four pupils.",
        EDUCATIONAL,
    ),
    # near misses: a cleric, or prayers, at the madrasa; a mosque
    (
        "06/03/2017: Gunmen shot dead Mawlawi Karimullah, a senior cleric, at the gate of his"
        " madrasa in Dara-e Pech district, Kunar province, Afghanistan.",
        RELIGIOUS,
    ),
    (
        "09/21/2020: A bomb went off inside a madrasa in Chahar Dara district, Kunduz province,"
        " Afghanistan, during evening prayers, wounding six people.",
        RELIGIOUS,
    ),
    (
        "02/14/2019: Unidentified men set fire to a mosque in Chahar Dara district, Kunduz"
        " province, Afghanistan, overnight. Nobody was inside.",
        RELIGIOUS,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str, first_event: FirstEvent) -> None:
    assert first_event(text).target_type == expected
