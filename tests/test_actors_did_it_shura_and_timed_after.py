"""Blame as summaries word it: a source saying a group "did it", the Taliban's leadership
council blamed by its city's name, and an act told "a day after" the group's men did something,
which is the event's own sequence rather than background."""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry())]


def test_a_source_saying_the_group_did_it_blames_the_group() -> None:
    assert ("TALIBAN", "attribution") in _roles("Villagers said the Taliban did this.")
    assert ("TALIBAN", "attribution") in _roles("District police said Taliban gunmen did it.")


def test_a_source_saying_the_group_did_not_do_it_blames_no_one() -> None:
    assert ("TALIBAN", "attribution") not in _roles("Elders said the Taliban did not do it.")
    assert ("TALIBAN", "attribution") not in _roles("Elders said the Taliban did nothing.")


def test_the_leadership_council_named_for_its_city_is_the_taliban() -> None:
    assert ("TALIBAN", "attribution") in _roles("The governor blamed the Quetta Shura.")


def test_an_act_a_day_after_the_group_acted_keeps_the_group_as_agent() -> None:
    roles = _roles("The two teachers were found dead a day after Taliban fighters took them.")
    assert ("TALIBAN", "agent") in roles
    roles = _roles("Two hours after Taliban gunmen stopped the bus, the men were freed.")
    assert ("TALIBAN", "agent") in roles


def test_an_act_since_the_group_took_power_is_background() -> None:
    roles = _roles("Since the Taliban took Kabul, the clinic has closed twice.")
    assert ("TALIBAN", "agent") not in roles
