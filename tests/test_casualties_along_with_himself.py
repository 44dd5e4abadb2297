"""English: "killing N along with himself" adds the one who set off the blast to the dead,
unless the sentence already counts him ("blew himself up"). Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _dead(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, offset=0, language="en")
    return sorted((m.quantity.best, m.group) for m in found if m.outcome == "killed")


def test_along_with_himself_adds_the_attacker() -> None:
    told = "An infiltrator set off explosives at the base, killing three guards along with himself."
    assert _dead(told) == [(1, "attackers"), (3, "security")]


def test_already_counted_attacker_is_not_added_twice() -> None:
    told = "The bomber blew himself up at the gate, killing two people along with himself."
    assert _dead(told) == [(1, "attackers"), (2, "unknown")]


def test_along_with_someone_else_is_no_attacker() -> None:
    # near miss: "along with his bodyguard" names another victim, not the attacker
    dead = _dead("The mayor was shot dead along with his bodyguard.")
    assert len(dead) == 2
    assert all(group != "attackers" for _, group in dead)
