"""The attacker named after "by" in a relative clause that says he died ("the blast was set
off by a suicide bomber, who also died") is counted among the dead.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _dead(sentence: str) -> tuple[int | None, int | None]:
    totals = aggregate(find_casualties(sentence, offset=0, language="en"), closed_world=True)
    return totals.fatalities.best, totals.attackers_killed


def test_a_bomber_after_by_who_also_died_is_one_attacker_dead() -> None:
    assert _dead("The explosion was set off by a suicide bomber, who also died.") == (1, 1)


def test_attackers_counted_after_by_who_were_killed_are_that_many() -> None:
    assert _dead("The raid was carried out by three gunmen, who were also killed.") == (3, 3)


def test_the_victim_after_by_who_died_is_not_an_attacker() -> None:
    # near miss: the man after "by" is no attacker, so the rule leaves him alone
    _, attackers = _dead("The car was driven by a farmer, who also died.")
    assert not attackers
