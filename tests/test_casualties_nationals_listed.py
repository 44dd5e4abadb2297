"""English: a group broken down into peoples ("twelve Nepalese and two Indians", "a Swiss and
a Dutchman") counts each people named after a figure or "a"; the list is a subset of the
group before it. Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _dead(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, offset=0, language="en")
    return sorted((m.quantity.best, m.relation) for m in found if m.outcome == "killed")


def test_figures_before_peoples_break_the_subject_down() -> None:
    told = "Nine cooks, seven Nepalese and two Filipinos, died in the blast at the camp."
    assert _dead(told) == [(2, "subset"), (7, "subset"), (9, "count")]


def test_an_article_before_a_people_counts_one() -> None:
    told = "Three hikers, a Swiss, a Frenchman and an Italian, were shot dead on the trail."
    assert _dead(told) == [(1, "subset"), (1, "subset"), (1, "subset"), (3, "count")]


def test_the_list_after_an_object_is_a_subset() -> None:
    told = "Gunmen killed eight staff of the clinic, five Pakistanis, two Afghans and a Briton."
    assert _dead(told) == [(1, "subset"), (2, "subset"), (5, "subset"), (8, "count")]


def test_two_people_named_with_an_article_are_two() -> None:
    assert _dead("An American and a German were killed in the ambush.") == [
        (1, "count"),
        (1, "count"),
    ]


def test_a_people_before_a_noun_is_an_adjective() -> None:
    # near miss: "a Swiss engineer" is one engineer, "Sultan" is a name, not a people
    assert _dead("A Swiss engineer was killed near the dam.") == [(1, "count")]
    assert _dead("Two Nepalese guards were killed at the gate.") == [(2, "count")]
