"""A group owns an attack when it says it sent the attacker, that the attacker was its man,
or why the attack was made; officials saying the attackers acted for a group blame it."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said they had sent two fighters into the compound before dawn.",
        "ISKP said in a statement that it dispatched a suicide bomber to the mosque.",
        "The Taliban said their man had been placed inside the army base months earlier.",
        "ISKP said its fighter had opened fire on the worshippers.",
        "The Taliban said the bombing was revenge for a night raid in Wardak.",
        "A Taliban spokesman said the attack avenged the killing of a village elder.",
    ],
)
def test_the_group_owning_its_attacker_or_its_motive_claims(text: str) -> None:
    assert "claim" in _roles(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban said they had sent a delegation to the talks in Doha.",
        "The Taliban said their commander had been killed in the air strike.",
        "The Taliban denied it, but officials said the attack was revenge for the arrests.",
    ],
)
def test_a_group_speaking_of_talks_losses_or_officials_motives_does_not_claim(
    text: str,
) -> None:
    assert "claim" not in _roles(text).values()


def test_attackers_said_to_act_for_a_group_that_denies_it_blame_the_group() -> None:
    text = "Officials said the gunmen had acted on behalf of the Taliban, who denied any role."
    assert _roles(text).get("TALIBAN") == "attribution"
