"""A definite figure of all the attackers after one of them was told dead (invented
sentences): "A gunman was shot dead ... All four attackers died" is four, not five."""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _summary_killed(text: str) -> tuple[int | None, int | None]:
    totals = aggregate(find_casualties(text, language="en"), closed_world=True)
    return totals.fatalities.low, totals.fatalities.best


def test_all_the_attackers_include_the_one_told_before() -> None:
    text = (
        "A suicide bomber was shot dead by police at the gate; three gunmen then held the "
        "court for hours. Six clerks were killed. All four attackers died."
    )
    assert _summary_killed(text) == (10, 10)


def test_the_bombers_include_the_one_the_police_shot() -> None:
    text = (
        "Two suicide bombers struck a wedding; one set off his belt, the other's did not "
        "explode before police shot him dead. "
        "Thirty guests were killed, not counting the two bombers."
    )
    assert _summary_killed(text) == (32, 32)


def test_another_kind_of_attacker_still_adds() -> None:
    text = "The car bomber died in the blast. The three gunmen were shot dead. Two guards died."
    assert _summary_killed(text)[1] == 6
