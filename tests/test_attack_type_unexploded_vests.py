"""Attackers in suicide vests that the account never says went off make an armed assault
(GTD, with ``suicide`` true); a vest that went off makes a bombing. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.classify import unexploded_vests
from conflictdesk.extract.triggers import find_triggers


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_gunmen_in_vests_make_an_armed_assault() -> None:
    record = _main(
        "05/03/2014: Four gunmen wearing explosive vests stormed a wedding hall in Herat "
        "city, Herat province, Afghanistan. Nine guests were killed, as were all four "
        "attackers."
    )
    assert record["attack_type"] == "Armed Assault"
    assert record["weapon_type"] == "Firearms"
    assert record["suicide"] is True


def test_attackers_some_in_vests_storming_make_an_armed_assault() -> None:
    record = _main(
        "07/14/2015: Five attackers, three of them in suicide belts, stormed a hotel in "
        "Mazar-i-Sharif city, Balkh province, Afghanistan. Six guests were killed."
    )
    assert record["attack_type"] == "Armed Assault"
    assert record["suicide"] is True


def test_vest_set_off_makes_a_bombing() -> None:
    record = _main(
        "05/03/2014: Four gunmen wearing explosive vests stormed a wedding hall in Herat "
        "city, Herat province, Afghanistan. Nine guests were killed; one attacker set off "
        "his vest in the kitchen."
    )
    assert record["attack_type"] == "Bombing/Explosion"


def test_attackers_blowing_themselves_up_make_a_bombing() -> None:
    record = _main(
        "07/14/2015: Five attackers, three of them in suicide belts, stormed a hotel in "
        "Mazar-i-Sharif city, Balkh province, Afghanistan. Six guests were killed and the "
        "attackers all died, two by blowing themselves up."
    )
    assert record["attack_type"] == "Bombing/Explosion"


def test_which_vests_went_off() -> None:
    assert unexploded_vests(find_triggers("Three gunmen in suicide vests opened fire."))
    for went_off in (
        "Three gunmen in suicide vests opened fire and one blew himself up.",
        "Three gunmen in suicide vests opened fire; a vest went off at the gate.",
        "Three gunmen in suicide vests opened fire before an explosion at the gate.",
        "A gunman in a suicide vest was shot before he could detonate it.",
        "A suicide bomber and two gunmen attacked the gate.",
        "Gunmen opened fire at the gate.",
    ):
        assert not unexploded_vests(find_triggers(went_off)), went_off
