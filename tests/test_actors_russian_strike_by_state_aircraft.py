"""Russian: a strike by a state's aircraft, the aircraft named before the state that owns
them ("удар авиации коалиции"), is the state's act; the coalition is named in Russian,
Arabic and Turkish."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str, language: str = "ru") -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language=language)}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "В результате удара авиации международной коалиции по колонне погибли шесть человек.",
            "NATO",
        ),
        ("Ночной авиаудар ВВС Пакистана по селу в Хосте унёс жизни девяти жителей.", "PAKISTAN"),
        ("После удара самолётов США по складу начался пожар.", "US"),
    ],
)
def test_a_strike_by_a_states_aircraft_is_the_states_act(text: str, state: str) -> None:
    assert _roles(text).get(state) == "agent"


def test_a_strike_on_a_states_aircraft_is_not_its_act() -> None:
    text = "Боевики заявили об ударе по вертолёту ВВС Пакистана у границы."
    assert _roles(text).get("PAKISTAN") != "agent"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Представитель ИСАФ отказался от комментариев.", "ru"),
        ("وقال متحدث باسم قوات التحالف إن التحقيق جار.", "ar"),
        ("ISAF sözcüsü olayı doğruladı.", "tr"),
    ],
)
def test_the_coalition_is_named_in_each_language(text: str, language: str) -> None:
    assert "NATO" in _roles(text, language)
