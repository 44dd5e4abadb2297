"""Attackers a sentence puts inside the toll ("the gunman is included in the nine dead") are a
subset of it; a possessive exclusion ("the attacker's own death is not counted") leaves them
out, to be counted on top. Sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _attackers(sentence: str) -> list[tuple[int | None, str]]:
    return [
        (m.quantity.best, m.relation)
        for m in find_casualties(sentence, offset=0, language="en")
        if m.group == "attackers" and m.outcome == "killed"
    ]


def test_the_attacker_included_in_the_dead_is_a_subset() -> None:
    assert _attackers("The gunman is included in the nine dead.") == [(1, "subset")]


def test_the_attacker_included_in_the_figure_after_a_toll() -> None:
    found = _attackers("Twelve villagers died; the attacker is included in the figure.")
    assert found == [(1, "subset")]


def test_the_figure_includes_the_two_attackers() -> None:
    assert _attackers("The count also includes the two attackers.") == [(2, "subset")]


def test_not_included_stays_out_of_the_toll() -> None:
    assert _attackers("The gunman is not included in the nine dead.") == [(1, "count")]


def test_neither_figure_includes_is_not_an_inclusion() -> None:
    assert (1, "subset") not in _attackers("Neither figure includes the attacker.")


def test_a_possessive_exclusion_counts_the_attacker_on_top() -> None:
    found = _attackers("Nine guards died; the attacker's own death is not included.")
    assert found == [(1, "count")]


def test_the_deaths_of_two_bombers_in_addition() -> None:
    assert _attackers("The three bombers' deaths are in addition to these.") == [(3, "count")]
