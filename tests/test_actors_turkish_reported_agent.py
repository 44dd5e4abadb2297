"""Turkish: a state in the genitive as the subject of a reported act ("saldırıyı Pakistan'ın
düzenlediğini söyledi", said that Pakistan carried out the attack) is the state blamed.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language="tr")]


def test_a_state_said_to_have_carried_out_the_attack_is_blamed() -> None:
    text = (
        "Vilayet valisinin sözcüsü, köye yönelik bombardımanı İran'ın gerçekleştirdiğini söyledi."
    )
    assert ("IRAN", "attribution") in _roles(text)


def test_a_state_that_only_holds_a_meeting_is_not_blamed() -> None:
    text = "Pakistan'ın düzenlediği toplantıya Afgan heyeti de katıldı."
    assert all(role != "attribution" for _, role in _roles(text))
