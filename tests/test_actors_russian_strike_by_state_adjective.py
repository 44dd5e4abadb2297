"""Russian: a strike by a state's aircraft with the state as the aircraft's adjective, between
the strike and the aircraft ("удара американского беспилотника"), is the state's act; the
state as the target of the strike, or named with no aircraft, is not read so."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="ru")}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Девять крестьян погибли после удара американского беспилотника по их стоянке.", "US"),
        ("Село сильно пострадало от ночных ударов пакистанской авиации.", "PAKISTAN"),
        ("В результате авиаудара пакистанских ВВС по дому погибли двое.", "PAKISTAN"),
    ],
)
def test_a_strike_by_a_states_aircraft_named_by_adjective_is_the_states_act(
    text: str, state: str
) -> None:
    assert _roles(text).get(state) == "agent"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Боевики нанесли удар по американскому беспилотнику над горами.", "US"),
        ("Пакистанский посол осудил удар по рынку.", "PAKISTAN"),
        ("Удар пакистанского посла по репутации министра обсуждали неделю.", "PAKISTAN"),
    ],
)
def test_a_state_struck_or_with_no_aircraft_is_not_the_striker(text: str, state: str) -> None:
    assert _roles(text).get(state) != "agent"


def test_a_strike_dealt_by_a_states_aircraft_in_the_instrumental_is_the_states_act() -> None:
    text = "Жители вспоминали удар по свадьбе, нанесённый год назад авиацией США."
    assert _roles(text).get("US") == "agent"
    # the state as the target of the strike dealt: no agent
    assert _roles("Удар, нанесённый по колонне США, не причинил вреда.").get("US") != "agent"
