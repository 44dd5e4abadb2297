"""English: an ", including ..." aside that names a person with words the chunk reader does
not take ("the group's pastor NAME") stays part of the counted group before it, which is the
subject. Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _dead(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, offset=0, language="en")
    return sorted((m.quantity.best, m.relation) for m in found if m.outcome == "killed")


def test_named_part_leaves_the_group_as_subject() -> None:
    told = "Three engineers, including the project's surveyor Anwar Gul, were gunned down."
    assert _dead(told) == [(3, "count")]


def test_counted_part_in_the_aside_is_still_a_subset() -> None:
    # near miss: a counted part is read as before (a subset of the group)
    told = "Three soldiers, including a commander, were killed at the post."
    assert _dead(told) == [(1, "subset"), (3, "count")]


def test_an_attacker_in_the_aside_is_still_read() -> None:
    # near miss: an attacker in the aside is read as before (his own side), not stepped over
    told = "Four men, including the gunman himself, were killed in the shootout."
    assert _dead(told) == [(1, "subset"), (4, "count")]
