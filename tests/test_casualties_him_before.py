""" "him" as the one shot in a clause opened by "before" is the attacker the sentence opened
with (invented sentences); "him" elsewhere names no side."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, language="en")
    return [(m.quantity.best, m.group) for m in found if m.outcome == "killed"]


def test_the_gunman_shot_dead_by_police() -> None:
    sentence = "A gunman shot dead two shopkeepers in the bazaar before police shot him dead."
    assert (1, "attackers") in _killed(sentence)


def test_him_after_a_comma_and_before() -> None:
    sentence = "The assailant wounded a guard at the gate, until soldiers killed him."
    assert _killed(sentence) == [(1, "attackers")]


def test_him_without_before_is_the_victim() -> None:
    sentence = "A gunman stopped the teacher on his way home and shot him dead."
    assert _killed(sentence) == [(1, "unknown")]
