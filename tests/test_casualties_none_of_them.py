"""English: "none of the N had been harmed" is a zero for both outcomes, "none of them were
wounded" for the wounded only (docs/quantities.md, explicit zeros)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _zeros(text: str) -> set[str]:
    found = find_casualties(text, offset=0, language="en")
    return {m.outcome for m in found if m.quantity.best == 0}


def test_none_of_them_harmed_is_a_zero_for_both() -> None:
    assert _zeros("A village elder said none of the three engineers had been harmed.") == {
        "killed",
        "injured",
    }


def test_none_of_them_hurt_is_a_zero_for_both() -> None:
    assert _zeros("Police said none of the passengers were hurt.") == {"killed", "injured"}


def test_none_of_them_wounded_is_a_zero_for_the_wounded_only() -> None:
    assert _zeros("The army said none of the soldiers were wounded.") == {"injured"}


def test_neither_died_is_a_zero_for_the_dead() -> None:
    assert _zeros("Both shopkeepers were beaten, but neither man died.") == {"killed"}


def test_neither_of_them_hurt_is_a_zero_for_both() -> None:
    assert _zeros("Neither of the two drivers was hurt.") == {"killed", "injured"}


def test_neither_nor_is_no_zero() -> None:
    # near miss: "neither ... nor" about who commented says nothing of casualties
    found = find_casualties(
        "Neither the army nor the insurgents commented, and five people were killed.",
        offset=0,
        language="en",
    )
    assert [(m.outcome, m.quantity.best) for m in found] == [("killed", 5)]
