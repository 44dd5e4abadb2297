"""A toll told as "the N dead" that leaves the attacker out ("the five dead did not include
the bomber"): the attacker is one more death. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.group) for m in find_casualties(sentence) if m.outcome == "killed"]


def test_dead_do_not_include_the_bomber() -> None:
    sentence = "A police spokesman said the five dead did not include the bomber."
    assert _killed(sentence) == [(5, "unknown"), (1, "attackers")]


def test_dead_include_the_attacker_adds_nobody() -> None:
    assert _killed("Officials said the nine dead include the attacker.") == [(9, "unknown")]
