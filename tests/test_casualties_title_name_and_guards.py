"""A role followed directly by the person's name and then "and N of his guards": the name is
the same person, and the guards count on top. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[int | None]:
    return [m.quantity.best for m in find_casualties(sentence) if m.outcome == "killed"]


def test_titled_name_then_guards_counts_both() -> None:
    sentence = (
        "A roadside bomb struck the convoy, killing district governor Gul Agha Noorzai "
        "and three of his bodyguards."
    )
    assert sorted(n or 0 for n in _killed(sentence)) == [1, 3]


def test_titled_name_alone_is_one_person() -> None:
    sentence = "Gunmen shot dead district governor Gul Agha Noorzai outside his office."
    assert _killed(sentence) == [1]
