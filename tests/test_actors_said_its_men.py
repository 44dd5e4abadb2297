"""A group that says some of its own men carried out the attack claims it."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    "text",
    [
        "ISKP said on its Telegram channel that two of its fighters had stormed the compound.",
        "The Taliban said in a statement posted on the Amaq website that one of their men had "
        "blown himself up at the gate.",
        "Hours later ISKP said through the Amaq news agency that one of its members blew himself "
        "up inside the hall.",
    ],
)
def test_a_group_speaking_of_its_own_men_claims(text: str) -> None:
    roles = {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}
    claimants = [a for a, role in roles.items() if role == "claim"]
    assert claimants
    assert claimants[0] in ("ISKP", "TALIBAN")


def test_a_claimed_figure_told_through_a_statement_only_widens_the_toll() -> None:
    text = (
        "TALOQAN, May 3 (Agency) - Gunmen attacked a Taliban checkpoint in Takhar on Friday, "
        "killing two guards, local officials said.\n\n"
        "The Afghanistan Freedom Front, a group led by former army officers, said in a "
        "statement on Telegram that its fighters had killed six Taliban members."
    )
    events = extract_text(text, published=dt.date(2024, 5, 3)).events
    assert [(e.fatalities.best, e.fatalities.high, e.claimed_by) for e in events][:1] == [
        (2, 6, "AFF")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a claim made for a group named after the verb
        "A man who called himself a commander claimed the ambush for the Taliban and said "
        "eight guards had died.",
        "The spokesman claimed the raid for the Taliban, saying the post had harassed villagers.",
        # a commander speaking of his own men
        "A Taliban commander in the district told a radio station that his fighters had burned "
        "the trucks.",
        # the attacker owned as one of the group's men
        "A Taliban spokesman told journalists that the soldier had joined the group's ranks a "
        "year earlier.",
        "The Taliban said the guard was one of its fighters.",
        # the group's reason for a killing
        "A Taliban spokesman said the two engineers had been killed because they built roads "
        "for the army.",
    ],
)
def test_a_speaker_owning_the_act_for_the_group_claims(text: str) -> None:
    roles = {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}
    assert roles.get("TALIBAN") == "claim"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the pack's spokesman stands for his group when he claims or owns the act
        ("Zabihullah Mujahid claimed the rocket attack on the airfield.", "claim"),
        ("Zabihullah Mujahid said the Taliban had ambushed the convoy.", "claim"),
        ("Zabihullah Mujahid announced the capture of the district centre.", "claim"),
        # not when he only speaks, nor for another group's act
        ("Zabihullah Mujahid said the new school would open in spring.", None),
        ("Zabihullah Mujahid said ISKP had attacked the mosque.", None),
    ],
)
def test_a_known_spokesman_claims_for_his_group(text: str, role: str | None) -> None:
    hits = find_actors(text, load_registry(), language="en")
    assert ("TALIBAN", "claim") in {(h.actor_id, h.role) for h in hits} or role is None
    if role is None:
        assert all(h.role != "claim" for h in hits)


@pytest.mark.parametrize(
    "text",
    [
        # the name qualifies the act claimed, it is not the group claimed for
        "ISKP claimed responsibility for the Taliban checkpoint attack.",
        # officials telling a motive own nothing
        "Police officials said the driver was killed because he worked for a foreign company.",
    ],
)
def test_no_claim_for_a_group_named_otherwise(text: str) -> None:
    roles = {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}
    assert roles.get("TALIBAN") != "claim"
    assert roles.get("ANDSF") != "claim"


def test_the_group_a_faction_broke_from_is_no_claimant() -> None:
    text = "Jaish al-Fath, a splinter Taliban group, claimed the grenade attack."
    roles = {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}
    assert roles.get("TALIBAN") == "mention"
