"""Round 2 of claims and blame: each sentence is invented for the rule it tests, with a near
miss beside it that must not trigger the rule."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry())]


def test_a_spokesman_telling_reporters_what_the_fighters_struck_claims_it() -> None:
    text = (
        "Rockets hit a fuel depot in Paktia. A Taliban spokesman, Qari Ahmad, told reporters the "
        "fighters had targeted the depot guards."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_officials_telling_reporters_about_fighters_claim_nothing() -> None:
    text = "Rockets hit a fuel depot in Paktia. Police told journalists the Taliban were nearby."
    assert ("TALIBAN", "claim") not in _roles(text)


def test_a_target_told_with_another_name_in_it_is_still_the_group_s_target() -> None:
    text = (
        "Gunmen stormed a compound in Kabul. The Taliban said the embassy and the NATO "
        "depot beside it had been the targets."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_the_group_saying_its_attacks_were_aimed_at_the_police_claims_them() -> None:
    text = (
        "Three bombs went off in Lashkar Gah. The Taliban said the bombings were aimed at "
        "the police."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_a_target_struck_by_another_group_is_no_claim() -> None:
    text = (
        "Three bombs went off in Lashkar Gah. The Taliban said the mosque had been attacked "
        "by Islamic State."
    )
    assert ("TALIBAN", "claim") not in _roles(text)


def _claims(text: str) -> list[str | None]:
    events = extract_text(text, published=dt.date(2016, 3, 2), language="en").events
    return [e.claimed_by for e in events]


def test_groups_named_after_neither_and_nor_claimed_nothing() -> None:
    text = (
        "A bomb killed six worshippers at a mosque in Jalalabad, Afghanistan. Neither the "
        "Taliban nor the Islamic State claimed the attack."
    )
    claims = _claims(text)
    assert claims
    assert not any(claims)


def test_a_group_named_after_a_sentence_opening_negation_still_claims() -> None:
    text = (
        "A bomb killed six worshippers at a mosque in Jalalabad, Afghanistan. No one was "
        "arrested; the Islamic State claimed the attack."
    )
    assert "ISKP" in _claims(text)


def test_an_attack_planned_from_a_country_by_a_group_blames_the_group() -> None:
    text = (
        "A truck bomb hit a base in Logar. Officials said the bombing was organised from "
        "Pakistan by the Haqqani network."
    )
    roles = _roles(text)
    assert ("HAQQANI", "attribution") in roles
    assert ("PAKISTAN", "attribution") not in roles


def test_an_attack_planned_from_a_country_with_no_group_blames_no_one() -> None:
    text = (
        "A truck bomb hit a base in Logar. Officials said the bombing was organised from Pakistan."
    )
    assert not [role for _, role in _roles(text) if role == "attribution"]


def test_the_owner_of_a_vehicle_a_grenade_was_thrown_at_is_no_agent() -> None:
    text = "A grenade hurled at a NATO truck killed a Turkish engineer in Kabul."
    assert ("NATO", "agent") not in _roles(text)


def test_a_group_that_threw_the_grenade_is_still_the_agent() -> None:
    text = "Taliban fighters hurled a grenade at a truck and killed a Turkish engineer in Kabul."
    assert ("TALIBAN", "agent") in _roles(text)


def test_the_group_owning_one_of_its_martyrdom_seekers_as_the_doer_claims() -> None:
    text = (
        "A bomber struck a checkpoint in Uruzgan. The Taliban said two of their martyrdom "
        "seekers had stormed the checkpoint."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_the_group_telling_its_martyrdom_seeker_was_arrested_claims_nothing() -> None:
    text = (
        "Police raided a house in Uruzgan. The Taliban said one of their martyrdom seekers "
        "had been arrested."
    )
    assert ("TALIBAN", "claim") not in _roles(text)


def test_according_to_the_group_its_men_did_it_is_a_claim() -> None:
    text = (
        "A mine hit a police truck in Zabul. According to the Taliban, their mujahideen had "
        "placed the mine."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_according_to_the_group_its_men_were_killed_is_no_claim() -> None:
    text = (
        "Soldiers raided a compound in Zabul. According to the Taliban, their fighters were "
        "killed in the raid."
    )
    assert ("TALIBAN", "claim") not in _roles(text)


def test_the_group_saying_one_of_its_named_fighters_did_it_claims() -> None:
    text = (
        "A blast hit a bus in Kunduz. A Taliban statement said that a Taliban fighter had "
        "detonated the charge."
    )
    assert ("TALIBAN", "claim") in _roles(text)


def test_one_group_naming_another_group_s_bomber_claims_nothing() -> None:
    text = (
        "A blast hit a mosque in Kunduz. A Taliban spokesman said that an Islamic State "
        "bomber had detonated the charge."
    )
    assert ("TALIBAN", "claim") not in _roles(text)
