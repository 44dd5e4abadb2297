"""The attackers' own dead told as left behind on the field ("fled, leaving behind 15 of
their dead"): a death count of the attackers; "left 20 dead" stays the victims' toll. The
texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.group) for m in find_casualties(sentence) if m.outcome == "killed"]


def test_insurgents_left_behind_their_dead() -> None:
    sentence = "Two soldiers died and the insurgents left behind nine of their dead."
    assert (9, "attackers") in _killed(sentence)
    assert sum(n or 0 for n, _ in _killed(sentence)) == 11


def test_leaving_behind_their_own_bodies() -> None:
    sentence = "The fighters withdrew at dawn, leaving behind 14 of their own bodies."
    assert _killed(sentence) == [(14, "attackers")]


def test_blast_left_dead_is_not_the_attackers() -> None:
    assert _killed("The blast left 20 dead in the market.") == [(20, "unknown")]
