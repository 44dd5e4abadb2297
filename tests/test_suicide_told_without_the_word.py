"""Suicide attacks told without the word "suicide" (``extract.suicide_told``), and the near
misses that stay bombings of another kind.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.suicide_told import suicide_told
from conflictdesk.extract.triggers import TriggerHit
from conflictdesk.model import Event


def _main(text: str) -> Event:
    found = extract_text(
        text,
        document_id="t-hS-suicide",
        published=dt.date(2016, 3, 9),
        genre="summary",
        language="en",
    )
    assert found.events
    return found.events[0]


def _blast(text: str = "exploded") -> list[TriggerHit]:
    return [TriggerHit(0, len(text), text, "explosion")]


@pytest.mark.parametrize(
    "text",
    [
        # a bomber named with no "suicide"
        "03/09/2016: A bomber on foot set off his charge outside a bank in Kunduz city, "
        "killing nine soldiers queueing for their pay. The Taliban claimed it.",
        # the charge hidden on the body
        "03/09/2016: A man with explosives sewn into his coat approached a police post in "
        "Ghazni city and they went off, killing four officers. No group claimed it.",
        # a vehicle laden with explosives driven into its target
        "03/09/2016: A lorry loaded with explosives was driven into the wall of a district "
        "police headquarters in Helmand. Seven police officers were killed.",
        # the attacker among his own dead
        "03/09/2016: An explosion tore through a wedding hall in Kabul, killing 31 guests "
        "as well as himself, police said of the attacker.",
    ],
)
def test_a_suicide_bombing_told_without_the_word_is_one(text: str) -> None:
    event = _main(text)
    assert event.suicide
    assert event.sub_event_type == "Suicide bomb"
    assert event.event_type == "Explosions/Remote violence"


@pytest.mark.parametrize(
    "text",
    [
        # a bomb set off from afar
        "03/09/2016: A bomb detonated by remote control struck a police pickup in Kandahar "
        "city, killing three officers. The driver of the pickup also died.",
        # a car bomb parked and left
        "03/09/2016: A car packed with explosives parked near a market in Khost city "
        "exploded, killing eleven shoppers.",
        # a grenade thrown by an attacker who got away
        "03/09/2016: An attacker threw a grenade into a shop in Jalalabad, wounding five "
        "people. The attacker escaped.",
        # a bomb stuck on a car
        "03/09/2016: A bomb attached to the car of a judge exploded in Kabul, killing him.",
    ],
)
def test_a_bomb_set_off_from_afar_is_no_suicide_bombing(text: str) -> None:
    event = _main(text)
    assert not event.suicide
    assert event.sub_event_type != "Suicide bomb"


def test_a_victim_driver_makes_no_suicide_bombing() -> None:
    # the car bomb's own driver would be its bomber; the bus driver was its victim
    hits = [TriggerHit(2, 10, "car bomb", "vbied")]
    text = "A car bomb hit a bus in Herat; the driver of the bus was killed."
    assert not suicide_told(text, hits)
    assert suicide_told("A car bomb hit a bus in Herat; the driver of the car was killed.", hits)


def test_the_man_behind_the_wheel_of_a_bomb_vehicle_died_with_it() -> None:
    hits = [TriggerHit(2, 10, "van bomb", "vbied")]
    assert suicide_told(
        "A van bomb hit a convoy; twelve died, as did the man behind the wheel.", hits
    )
    assert not suicide_told("A van bomb hit a convoy; the man behind the wheel was unhurt.", [])


def test_an_attacker_who_only_died_in_a_blast_is_no_bomber_told() -> None:
    # he may have been carrying or laying the bomb; only his own act tells a suicide
    text = "A blast struck a shrine in Balkh. Six worshippers died; the attacker died too."
    assert not suicide_told(text, _blast())
    own = "A blast struck a shrine in Balkh, killing six worshippers and himself."
    assert suicide_told(own, _blast())


def test_attackers_killed_in_a_shootout_make_no_suicide_attack() -> None:
    text = (
        "03/09/2016: Three gunmen attacked a checkpoint in Logar. Police killed all three "
        "attackers after an hour-long gunfight; two officers died."
    )
    assert not _main(text).suicide


def test_himself_among_the_dead_of_a_shooting_is_no_suicide_bombing() -> None:
    # a gunman who took his own life after shooting people set off no blast
    hits = [TriggerHit(0, 4, "shot", "firearm")]
    assert not suicide_told("A guard shot five colleagues, then killing himself.", hits)
    assert suicide_told("A blast killed five colleagues, including himself.", _blast())


def test_a_bomber_in_a_fight_told_after_the_bombing_is_not_the_fight() -> None:
    # the fight names the bomber of the attack it followed, and no blast of its own
    hits = [TriggerHit(0, 8, "fighting", "clash")]
    text = "Two guards died in the fighting; neither they nor the bomber were counted."
    assert not suicide_told(text, hits)
    assert suicide_told("A bomber struck the gate; two guards died.", [])


def test_an_aircraft_bomber_is_no_attacker() -> None:
    assert not suicide_told("Bomber jets struck a ridge held by militants.", _blast())
    assert suicide_told("The bomber struck a ridge held by soldiers.", _blast())


def test_a_suicide_attack_denied_is_none() -> None:
    text = (
        "03/09/2016: A truck bomb exploded outside a hotel in Kabul, killing six guests; "
        "officials said it was not a suicide attack."
    )
    event = _main(text)
    assert not event.suicide
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_charge_that_failed_stays_a_disrupted_bombing() -> None:
    text = (
        "03/09/2016: Police shot a man wearing explosives under his shirt before he could "
        "detonate them near a mosque in Herat city. No one else was hurt."
    )
    event = _main(text)
    assert event.suicide
    assert event.sub_event_type == "Disrupted weapons use"


def test_gunmen_whose_vest_was_set_off_carried_out_a_suicide_bombing() -> None:
    text = (
        "03/09/2016: Three gunmen wearing suicide vests stormed a guesthouse in Herat city. "
        "One vest was set off at the door and the others shot at the guards. Five guards died."
    )
    event = _main(text)
    assert event.suicide
    assert event.sub_event_type == "Suicide bomb"


def test_gunmen_in_vests_that_never_went_off_stay_an_armed_assault() -> None:
    text = (
        "03/09/2016: Three gunmen wearing suicide vests stormed a guesthouse in Herat city "
        "and shot at the guards. Five guards died."
    )
    event = _main(text)
    assert event.suicide
    assert event.sub_event_type != "Suicide bomb"


def test_a_worn_charge_that_did_not_go_off_is_a_disrupted_bombing() -> None:
    text = (
        "03/09/2016: A girl with explosives strapped to her chest walked up to a police post "
        "in Kunduz city, but the charge did not go off. Officers detained her."
    )
    event = _main(text)
    assert event.suicide
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.attack_type == "Bombing/Explosion"


def test_one_charge_failing_beside_one_that_went_off_is_a_suicide_bombing() -> None:
    text = (
        "03/09/2016: Two bombers walked into a crowd of mourners in Kabul; one charge did not "
        "go off, but the other exploded, killing twelve mourners."
    )
    event = _main(text)
    assert event.suicide
    assert event.sub_event_type == "Suicide bomb"


def test_a_vehicle_bomb_driven_into_its_target_is_a_suicide_bombing() -> None:
    assert suicide_told("Fighters drove a lorry bomb into the gate of a jail.", _blast())
    # a vehicle bomb that only went off tells no driver
    assert not suicide_told("A lorry bomb went off at the gate of a jail.", _blast())


def test_one_of_the_attackers_setting_off_explosives_is_a_suicide_bomber() -> None:
    text = "Gunmen stormed a clinic after one of them detonated explosives at the gate."
    assert suicide_told(text, _blast())
    assert not suicide_told("Gunmen stormed a clinic after explosives went off at the gate.", [])


def test_a_vehicle_bomb_whose_driver_was_caught_is_a_disrupted_suicide_bombing() -> None:
    event = _main(
        "03/09/2016: Border police in Spin Boldak stopped a vehicle-borne bomb at a gate "
        "and detained its driver before it could explode. Nobody was hurt."
    )
    assert event.suicide
    assert event.sub_event_type == "Disrupted weapons use"


def test_a_parked_vehicle_bomb_whose_driver_was_caught_is_no_suicide_bombing() -> None:
    hits = [TriggerHit(0, 9, "car bomb", "vbied")]
    assert not suicide_told(
        "Police said the car bomb had been parked by the market and its driver was arrested.",
        hits,
    )
    assert suicide_told("The car bomb was stopped and the driver was arrested.", hits)


def test_a_vehicle_borne_bomb_is_a_vehicle_bomb() -> None:
    event = _main(
        "03/09/2016: A vehicle-borne bomb went off outside a police headquarters in "
        "Khost city, killing three officers. No group claimed it."
    )
    assert event.weapon_type == "Explosives"
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_would_be_bomber_arrested_is_a_disrupted_bombing_without_a_perpetrator() -> None:
    event = _main(
        "03/09/2016: Taliban intelligence officials said they intercepted a pickup carrying "
        "explosives near a Herat market. Its driver, a would-be bomber, was detained. "
        "There were no casualties."
    )
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1 is None


def test_a_bomber_who_got_his_way_is_no_would_be_bomber() -> None:
    event = _main(
        "03/09/2016: A suicide bomber blew himself up outside a Herat market, killing "
        "five shoppers. No group claimed it."
    )
    assert event.sub_event_type == "Suicide bomb"
