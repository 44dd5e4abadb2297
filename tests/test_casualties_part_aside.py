"""An aside naming part of a subject ("N of them X") may carry its own "including" list
before the verb; neither the part nor the list adds to the subject (invented sentences)."""

from __future__ import annotations

import pytest

from conflictdesk.extract.casualties import find_casualties


def _counted(sentence: str, outcome: str) -> list[int | None]:
    return [
        m.quantity.best
        for m in find_casualties(sentence, offset=0, language="en")
        if m.outcome == outcome and m.relation == "count"
    ]


@pytest.mark.parametrize(
    ("sentence", "dead"),
    [
        ("Eleven people, six of them pupils including a girl of nine, were killed.", [11]),
        ("Thirty people, 20 of them police including two commanders, died in the raid.", [30]),
        ("Forty people, five of them foreigners, were killed.", [40]),
    ],
)
def test_part_aside_with_its_own_list(sentence: str, dead: list[int]) -> None:
    assert _counted(sentence, "killed") == dead


def test_a_list_after_the_verb_is_not_an_aside() -> None:
    # near miss: the verb comes first, so the two clauses each count their own dead
    found = _counted("Two guards were killed, and three of them drivers were wounded.", "injured")
    assert found == [3]
