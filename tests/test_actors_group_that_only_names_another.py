"""A group that only gives another group its name ("Taliban'ın «Hariciler» dediği ...",
"как называют их талибы", "الذين تسميهم طالبان") is not the one a sentence blames."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str, language: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for hit in find_actors(text, load_registry(), language=language):
        found.setdefault(hit.actor_id, set()).add(hit.role)
    return found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Vali, patlamanın arkasında Taliban'ın hain olarak nitelendirdiği DEAŞ-Horasan "
            "üyelerinin olduğunu söyledi.",
            "tr",
        ),
        (
            "По словам полиции, за взрывом стоят боевики, которых талибы называют "
            "«Вилаят Хорасан».",
            "ru",
        ),
        (
            "وقال مسؤول إن من يقف وراء الهجوم هم الذين تسميهم طالبان عناصر داعش خراسان.",
            "ar",
        ),
    ],
)
def test_the_namer_is_not_blamed(text: str, language: str) -> None:
    roles = _roles(text, language)
    assert "attribution" not in roles.get("TALIBAN", set())
    assert "attribution" in roles.get("ISKP", set())


def test_a_group_in_the_genitive_without_naming_is_still_blamed() -> None:
    text = "Yetkili, saldırının arkasında Taliban'ın yerel komutanlarının olduğunu söyledi."
    assert "attribution" in _roles(text, "tr").get("TALIBAN", set())
