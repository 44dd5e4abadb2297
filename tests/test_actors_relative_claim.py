"""A claim told as a relative clause after the attack noun (extract/actors.py)."""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(sentence: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(sentence, load_registry())}


def test_attack_noun_followed_by_group_and_claimed_is_a_claim() -> None:
    text = "A bomb tore through a wedding hall in Herat in May, an attack ISKP claimed."
    assert _roles(text)["ISKP"] == "claim"


def test_which_clause_after_the_bombing_of_a_place_is_a_claim() -> None:
    text = "The bombing of the depot, which ISKP later claimed, killed nine guards."
    assert _roles(text)["ISKP"] == "claim"


def test_claimed_followed_by_a_statement_is_not_a_claim_of_the_attack() -> None:
    text = "The attack on the depot, which the Taliban claimed was staged by rivals, killed two."
    assert _roles(text)["TALIBAN"] != "claim"


def test_the_movement_claiming_is_a_stand_in_for_the_group() -> None:
    text = "Gunmen raided the governor's office in April in an attack the movement claimed."
    assert "claim" in _roles(text).values()


def test_the_movement_of_troops_is_no_stand_in() -> None:
    text = "The movement of troops towards the border was claimed to be routine by the army."
    assert "claim" not in _roles(text).values()
