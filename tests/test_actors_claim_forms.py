"""Claims and blame in forms the role patterns used to miss: a group saying one of its men
placed the bomb, a branch claiming after its parent's name, a faction of a group blamed."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry())]


def test_a_group_saying_its_member_placed_the_bomb_claims_it() -> None:
    text = (
        "The Taliban said in a statement on their website that one of their fighters had "
        "placed a mine under the convoy."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_placing_told_by_officials_is_no_claim() -> None:
    text = "Police said the Taliban had placed checkpoints along the highway."
    assert ("TALIBAN", "claim") not in _roles(text)


def test_a_faction_of_a_group_blamed_is_the_group_blamed() -> None:
    text = "Officials blamed a faction of the Pakistani Taliban for the ambush."
    assert ("TTP", "attribution") in _roles(text)


def test_blaming_an_official_for_an_attack_on_a_group_blames_no_group() -> None:
    text = "Residents blamed the governor for the Taliban attack on the market."
    assert ("TALIBAN", "attribution") not in _roles(text)


def test_the_branch_named_claiming_is_the_claimant_abroad() -> None:
    text = (
        "QUETTA, Pakistan, May 3 (Agency) - A suicide bomber killed 12 people at a rally in "
        "Quetta on Friday, officials said, after the Islamic State group claimed "
        "responsibility.\n\n"
        "In a statement, Islamic State Khorasan Province said one of its fighters had carried "
        "out the attack."
    )
    events = extract_text(text, published=dt.date(2024, 5, 3), language="en", genre="wire").events
    assert events
    assert (events[0].actor1, events[0].claimed_by) == ("ISKP", "ISKP")


def test_the_parent_claiming_alone_abroad_stays_the_parent() -> None:
    text = (
        "QUETTA, Pakistan, May 3 (Agency) - A suicide bomber killed 12 people at a rally in "
        "Quetta on Friday, officials said, after the Islamic State group claimed "
        "responsibility."
    )
    events = extract_text(text, published=dt.date(2024, 5, 3), language="en", genre="wire").events
    assert events
    assert events[0].claimed_by == "IS"
