"""English: a witness or mourner told by the relatives he lost ("said a shopkeeper, who lost
two brothers") names some of the dead already counted, not a toll of their own; a side that
lost its men ("the army lost three soldiers") still tells a toll."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(text: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.relation) for m in find_casualties(text) if m.outcome == "killed"]


def test_a_witness_who_lost_two_brothers_names_some_of_the_dead() -> None:
    text = '"The roof fell on us," said a shopkeeper, who lost two brothers.'
    assert _killed(text) == [(2, "subset")]


def test_a_mourner_who_had_lost_relatives() -> None:
    text = "Among the mourners was a farmer who had lost three relatives in the blast."
    assert all(relation == "subset" for _, relation in _killed(text))


def test_a_side_that_lost_its_men_tells_a_toll() -> None:
    # near miss: no relative pronoun, and soldiers are no kin
    assert _killed("The army lost three soldiers in the ambush.") == [(3, "count")]
