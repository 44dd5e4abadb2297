"""Turkish: "öldürdü" / "öldürmüştü" (killed) take the rounded vowel of the stem, so the
subject of the killing is the agent as "saldırdı" makes it; a name that only owns the object
("DEAŞ militanlarını", "Taliban'ın bir komutanını") is the one hit, not the subject."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="tr")}


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Taliban istihbaratı, grubun Herat sorumlusunu bir gece baskınında öldürdü.", "TALIBAN"),
        ("DEAŞ-Horasan, pazartesi günü Kabil'de bir Taliban komutanını öldürmüştü.", "ISKP"),
        ("Salı gecesi Taliban güçleri, Herat'ta DEAŞ-Horasan militanlarını öldürdü.", "TALIBAN"),
    ],
)
def test_the_subject_of_a_killing_is_the_agent(text: str, agent: str) -> None:
    assert _roles(text).get(agent) == "agent"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Salı gecesi Taliban güçleri, Herat'ta DEAŞ-Horasan militanlarını öldürdü.", "ISKP"),
        ("Silahlı kişiler Taliban'ın bir yerel komutanını evinin önünde öldürdü.", "TALIBAN"),
        ("Geçen hafta Taliban, DEAŞ-Horasan'ın iki komutanını Kunduz'da öldürdü.", "ISKP"),
    ],
)
def test_the_owner_of_the_object_killed_is_not_the_agent(text: str, owner: str) -> None:
    assert _roles(text).get(owner) != "agent"
