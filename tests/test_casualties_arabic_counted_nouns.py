"""Arabic counts the dead and wounded with a noun after the number ("أسفر الهجوم عن 64 قتيلاً
و347 جريحاً"): the noun is its figure's, not a word reaching for the next figure; a verb
("قتل 5 أشخاص") still takes the figure after it."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _by_outcome(text: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for m in find_casualties(text, language="ar"):
        found[m.outcome] = found.get(m.outcome, 0) + (m.quantity.best or 0)
    return found


def test_the_dead_and_wounded_each_counted_by_the_number_before_them() -> None:
    text = "وأسفر التفجير عن 18 قتيلاً و40 جريحاً في سوق المدينة."
    assert _by_outcome(text) == {"killed": 18, "injured": 40}


def test_a_verb_of_killing_still_takes_the_figure_after_it() -> None:
    # near miss: "قتل" is the verb, its figure follows it
    text = "قتل 7 أشخاص وأصيب 11 آخرون في التفجير."
    assert _by_outcome(text) == {"killed": 7, "injured": 11}
