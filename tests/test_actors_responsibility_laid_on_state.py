"""Responsibility laid on a state by name ("возложил ответственность за ... на пакистанскую
армию", "حمّل الجيش الباكستاني مسؤولية ...") blames that state, not an armed group the same
sentence names for another reason."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str, language: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language=language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Губернатор возложил ответственность за ночной обстрел на пакистанскую армию и "
            "сказал, что «Исламский эмират» ответит.",
            "ru",
        ),
        (
            "Представитель талибов возлагает ответственность на пакистанских военных.",
            "ru",
        ),
        (
            "وحمّل المتحدث باسم طالبان الجيش الباكستاني مسؤولية القصف على القرية.",
            "ar",
        ),
    ],
)
def test_the_state_responsibility_is_laid_on_is_blamed(text: str, language: str) -> None:
    roles = _roles(text, language)
    assert roles.get("PAKISTAN") == "attribution"
    assert roles.get("TALIBAN") != "attribution"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # responsibility taken, not laid: the group's claim stands
        (
            "ТТП взяли на себя ответственность за нападение на пакистанскую заставу.",
            "ru",
        ),
        # the state lays the responsibility on a group: the state is the speaker
        ("Пакистан возложил ответственность за нападение на боевиков ТТП.", "ru"),
        (
            "Кабул возложил ответственность за обстрел на пакистанскую заставу на боевиков ТТП.",
            "ru",
        ),
        ("وحمّلت باكستان حركة طالبان باكستان مسؤولية الهجوم على المعبر.", "ar"),
    ],
)
def test_no_responsibility_laid_on_a_state(text: str, language: str) -> None:
    assert _roles(text, language).get("PAKISTAN") != "attribution"
