"""A group without a figure counted in an aside between commas ("the gunmen, thought to
number five, were killed"): the group takes the aside's figure. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.group) for m in find_casualties(sentence) if m.outcome == "killed"]


def test_believed_to_number() -> None:
    sentence = "All of the assailants, believed to number five, were killed by commandos."
    assert _killed(sentence) == [(5, "attackers")]


def test_numbering() -> None:
    assert _killed("The gunmen, numbering three, were shot dead.") == [(3, "attackers")]


def test_aside_without_casualty_word_adds_nobody() -> None:
    assert _killed("Officials said the attackers, numbering about ten, escaped.") == []
