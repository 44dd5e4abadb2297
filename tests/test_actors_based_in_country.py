"""A place named only to say where a group is based ("a Pakistan-based group") is no actor."""

from __future__ import annotations

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _actors(text: str) -> list[str]:
    return [h.actor_id for h in find_actors(text, load_registry(), language="en")]


def test_a_country_naming_where_a_group_is_based_is_not_an_actor() -> None:
    text = "An Iran-based faction was said to have claimed the bombing of the bus."
    assert "IRAN" not in _actors(text)


def test_a_country_acting_is_still_an_actor() -> None:
    text = "Iran said its border guards had fired on the smugglers."
    assert "IRAN" in _actors(text)
