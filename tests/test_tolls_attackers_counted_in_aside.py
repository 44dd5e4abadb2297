"""Attackers whose number is told in an aside after them: "the gunmen, of whom there were
five," or "the attackers, whom officials put at six,". The aside's figure is theirs."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def killed(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.group) for m in find_casualties(sentence) if m.outcome == "killed"]


def test_of_whom_there_were() -> None:
    assert (6, "attackers") in killed("The assailants, of whom there were six, were shot dead.")


def test_of_whom_there_were_closing_the_sentence() -> None:
    found = killed("Twelve villagers were killed, besides the gunmen, of whom there were three.")
    assert (3, "attackers") in found


def test_whom_someone_put_at() -> None:
    found = killed("The gunmen, whom officials put at nine, were all killed by troops.")
    assert (9, "attackers") in found


def test_aside_without_a_figure_counts_nothing() -> None:
    """Near miss: "whom police put at ease" gives no number to the group."""
    found = killed("The gunmen, whom police put at ease, were shot dead.")
    assert all(best is None for best, _ in found)
