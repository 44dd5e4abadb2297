"""The counted people a participle phrase describes are the subject, not people inside it.

"Five women working at the market as cleaners were shot dead": "cleaners" sits inside the
phrase that describes the five women; the five are the dead. Every sentence here was written
for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[int | None]:
    return [
        m.quantity.best for m in find_casualties(sentence, language="en") if m.outcome == "killed"
    ]


def test_people_working_as_something_are_counted_by_their_figure() -> None:
    assert _killed("Four women working at the market as cleaners were shot dead.") == [4]


def test_people_employed_as_guards_at_a_place() -> None:
    assert _killed("Three teachers employed as guards at the school were killed.") == [3]


def test_people_working_at_a_place_keep_their_figure() -> None:
    # already read before the rule: a place only, no people inside the phrase
    assert _killed("Four women working at the market were shot dead.") == [4]


def test_two_groups_joined_by_and_both_count() -> None:
    # near miss: "and" joins two groups, the second is no part of a participle phrase
    assert sorted(
        x or 0 for x in _killed("Two soldiers and three civilians were killed in the blast.")
    ) == [2, 3]
