"""English: what a perpetrator's spokesman "claimed" ("A Taliban spokesman told reporters
that its fighters carried out the raid and claimed that 20 soldiers had been killed") is the
group's claim, not an official figure, though "spokesman" also names who speaks for
officials; what officials claimed stays theirs."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _relations(text: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.relation) for m in find_casualties(text) if m.outcome == "killed"]


def test_the_group_spokesman_claimed_that() -> None:
    text = (
        "A Taliban spokesman told reporters by phone that the insurgents carried out the raid "
        "and claimed that 20 soldiers had been killed."
    )
    assert _relations(text) == [(20, "claim")]


def test_officials_who_claimed_are_no_claim_of_the_group() -> None:
    # near miss: the government's spokesman "claimed" the Taliban's dead
    text = (
        "A government spokesman told reporters that the army repelled the Taliban and "
        "claimed that 20 insurgents had been killed."
    )
    assert all(relation != "claim" for _, relation in _relations(text))


def test_a_claimed_attack_in_which_people_died_is_no_claim_of_the_figure() -> None:
    # near miss: "claimed" takes the attack; the figure is told apart from it
    text = (
        "The deadliest attack, on the hospital in Kabul on 2 November, which ISKP claimed "
        "and in which at least 19 people died, was not tracked."
    )
    assert _relations(text) == [(19, "count")]
