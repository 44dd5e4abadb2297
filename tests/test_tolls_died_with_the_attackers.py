"""Attackers told after a plain "with" right after the death verb died too.

"Four soldiers died with the bomber" is five dead; "two guards were killed in a clash with
the attackers" names whom they fought, not more dead. Every sentence here was written for
these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [
        (m.quantity.best, m.group)
        for m in find_casualties(sentence, language="en")
        if m.outcome == "killed"
    ]


def test_died_with_the_bomber_counts_the_bomber() -> None:
    assert _killed("Four soldiers died with the bomber.") == [(4, "security"), (1, "attackers")]


def test_died_with_all_the_attackers_counts_them() -> None:
    found = _killed("Two guards and a cook died, with all four attackers; nine were hurt.")
    assert (4, "attackers") in found


def test_killed_in_a_clash_with_the_attackers_adds_no_dead() -> None:
    # near miss: after a place, "with" names whom they fought
    found = _killed("Two guards were killed in a clash with the attackers.")
    assert [group for _, group in found] == ["security"]


def test_killed_with_the_help_of_gunmen_adds_no_dead() -> None:
    # near miss: the attackers follow "of", not "with"
    found = _killed("Two guards were killed with the help of hired gunmen.")
    assert [group for _, group in found] == ["security"]
