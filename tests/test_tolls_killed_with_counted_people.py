"""People counted with a victim after "killed with" are more dead, whatever their noun.

"He was shot dead with three Afghans" and "was killed with his four guards" add the figure
to the victim. Every sentence here was written for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[int | None]:
    return [
        m.quantity.best for m in find_casualties(sentence, language="en") if m.outcome == "killed"
    ]


def test_killed_with_people_of_a_nationality() -> None:
    assert sum(x or 0 for x in _killed("The engineer was shot dead with three Afghans.")) == 4


def test_killed_with_counted_men() -> None:
    assert sum(x or 0 for x in _killed("The elder was killed with two men of his village.")) == 3


def test_killed_with_a_weapon_adds_no_one() -> None:
    # near miss: "with" and a figure of things, not people
    assert _killed("The elder was killed with two bullets to the head.") == [1]
