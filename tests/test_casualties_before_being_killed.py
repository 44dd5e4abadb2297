"""The attacker who opens a sentence and dies at its end ("... before being shot dead by
guards"): his own death after the attack is counted. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.group) for m in find_casualties(sentence) if m.outcome == "killed"]


def test_gunman_before_being_killed() -> None:
    sentence = "A gunman hid in the clinic for an hour before being shot dead by troops."
    assert _killed(sentence) == [(1, "attackers")]


def test_two_attackers_before_being_killed() -> None:
    sentence = "Three gunmen fought off the guards all night before being killed at dawn."
    assert _killed(sentence) == [(3, "attackers")]


def test_victim_opening_the_sentence_is_no_attacker() -> None:
    sentence = "The engineer was held for a week before being killed by his captors."
    assert all(group != "attackers" for _, group in _killed(sentence))
