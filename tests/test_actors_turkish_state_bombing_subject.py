"""Turkish: a state's army or aircraft as the subject of a bombing that closes the clause
("ABD ordusu, ... bomba atmıştı", "Pakistan savaş uçakları ... bombaladı") is the state's
act; a bombing the army only reports ("Taliban'ın bomba attığını açıkladı") is not."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="tr")}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ABD ordusu, geçen yıl vadideki mağaralara çok ağır bir bomba atmıştı.", "US"),
        ("Pakistan savaş uçakları dün gece sınırdaki iki köyü bombaladı.", "PAKISTAN"),
    ],
)
def test_a_states_army_or_jets_bombing_is_the_states_act(text: str, state: str) -> None:
    assert _roles(text).get(state) == "agent"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("ABD ordusu, Taliban'ın köprüye bomba attığını açıkladı.", "US"),
        ("Taliban, Pakistan ordusunun köyleri bombaladığını söyledi.", "PAKISTAN"),
    ],
)
def test_a_bombing_reported_by_or_of_the_army_in_a_subordinate_clause(
    text: str, state: str
) -> None:
    assert _roles(text).get(state) != "agent"
