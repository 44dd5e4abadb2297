"""English: "women" or "men" before a compound noun tells the people's sex ("two women
polling staff"), and the figure counts the later noun's phrase. Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _dead(sentence: str) -> list[tuple[int, str]]:
    found = find_casualties(sentence, offset=0, language="en")
    return sorted((m.quantity.best or 0, m.group) for m in found if m.outcome == "killed")


def test_women_before_a_compound_noun() -> None:
    assert _dead("Four women aid workers were shot dead on the way to the clinic.") == [
        (4, "civilians")
    ]


def test_men_before_a_compound_noun_and_a_companion() -> None:
    told = "Two men health workers and their driver died when the car was hit."
    assert _dead(told) == [(1, "civilians"), (2, "civilians")]


def test_women_alone_stay_the_head() -> None:
    # near miss: "women" followed by a verb or nothing else is the head itself
    assert _dead("Three women were killed in the crossfire.") == [(3, "civilians")]
