"""English: two sides as the joint subject of a mutual fight ("X and Y exchanged fire"): the
first named acts, the second is the other side, as with "between X and Y"; two groups merely
named together with another verb are not read so."""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry())}


def test_the_first_of_two_sides_exchanging_fire_acts_and_the_second_is_hit() -> None:
    roles = _roles("Taliban fighters and Pakistani soldiers exchanged heavy fire near Torkham.")
    assert roles.get("TALIBAN") == "agent"
    assert roles.get("PAKISTAN") == "patient"


def test_two_sides_exchanging_shots_with_words_between() -> None:
    roles = _roles("Iranian border guards and the Taliban's forces exchanged shots at Islam Qala.")
    assert roles.get("IRAN") == "agent"
    assert roles.get("TALIBAN") == "patient"


def test_two_groups_named_together_with_no_mutual_fight() -> None:
    roles = _roles("Taliban officials and Pakistani diplomats exchanged letters on trade.")
    assert roles.get("PAKISTAN") != "patient"
