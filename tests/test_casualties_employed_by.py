"""A short "employed by ..." modifier between a subject and its verb ("a guard employed by the
embassy was killed") is stepped over, and bodies found keep the side their noun names. The
texts are invented."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    return [(m.quantity.best, m.group) for m in find_casualties(sentence) if m.outcome == "killed"]


def test_two_victims_with_an_employed_by_modifier() -> None:
    sentence = "A soldier and a guard employed by the embassy were killed."
    assert sum(n or 0 for n, _ in _killed(sentence)) == 2


def test_bodies_of_labourers_are_civilians() -> None:
    sentence = "The bodies of four labourers hired by a mining firm were found on the road."
    assert _killed(sentence) == [(4, "civilians")]
