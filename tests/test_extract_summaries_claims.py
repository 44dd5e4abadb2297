"""Incident summaries: how a group's claim is worded, blame by the sender, and a would-be
suicide bomber stopped before he could set off his vest. The texts are invented."""

from __future__ import annotations

from typing import Any

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        # a commander "told" reporters, and "the group" did it
        "04/11/2006: Gunmen ambushed a truck of a Swedish relief agency near Qalat city, Zabul "
        "province, Afghanistan, killing two drivers. A Taliban commander told a news agency by "
        "phone that the group had carried out the ambush.",
        {"actor1": "TALIBAN", "claimed_by": "TALIBAN"},
    ),
    (
        # the doer is one of the group's men
        "07/19/2009: A suicide bomber blew himself up beside an army patrol in Khost city, Khost "
        "province, Afghanistan, killing three soldiers. Taliban spokesman Zabiullah Mujahid "
        "said a fighter of the group had set off the explosives.",
        {"actor1": "TALIBAN", "claimed_by": "TALIBAN"},
    ),
    (
        # a seizure claimed is the attack claimed
        "06/02/2015: Taliban fighters overran the district centre of Yamgan district, "
        "Badakhshan province, Afghanistan, after two days of fighting. Taliban spokesman "
        "Zabiullah Mujahid claimed the seizure of the district.",
        {"actor1": "TALIBAN", "claimed_by": "TALIBAN"},
    ),
    (
        # "one of its fighters" did it
        "10/21/2020: A suicide bomber blew himself up outside an education centre in Kabul "
        "city, Kabul province, Afghanistan, killing 18 students. The Islamic State said one of "
        "its fighters had carried out the bombing.",
        {"actor1": "ISKP", "claimed_by": "ISKP"},
    ),
    (
        # the group "had fired on" the target
        "07/25/2021: Two rockets landed near Lashkar Gah airport in Lashkar Gah city, Helmand "
        "province, Afghanistan. No one was hurt. A Taliban spokesman said the group had fired "
        "on the airport because aircraft flew raids from it.",
        {"actor1": "TALIBAN", "claimed_by": "TALIBAN"},
    ),
    (
        # the group claims the toll of its own ambush
        "10/03/2021: Fighters of the National Resistance Front ambushed a Taliban convoy in "
        "Shutul district, Panjshir province, Afghanistan. The NRF claimed that 15 Taliban "
        "fighters were killed; the Taliban gave no figure.",
        {"actor1": "NRF", "claimed_by": "NRF"},
    ),
    (
        # two groups claimed: the first named is the claimant coded
        "06/06/2018: A suicide bomber blew himself up at a police post in Kama district, "
        "Nangarhar province, Afghanistan, killing two policemen. Both the Islamic State "
        "Khorasan Province and the Taliban claimed responsibility.",
        {"actor1": "ISKP", "claimed_by": "ISKP"},
    ),
    (
        # officials blame the sender: an attribution, not a claim
        "03/03/2012: Police arrested a youth wearing a vest filled with explosives near the "
        "governor's office in Ghazni city, Ghazni province, Afghanistan, before he could set "
        "it off. No one was hurt. Officials said the youth had been sent by the Taliban.",
        {
            "actor1": "TALIBAN",
            "claimed_by": None,
            "attack_type": "Bombing/Explosion",
            "sub_event_type": "Disrupted weapons use",
            "suicide": True,
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:10] for c in CASES])
def test_claims_and_stopped_bombers(text: str, expected: dict[str, Any]) -> None:
    events = extract_text(text, document_id="case").events
    assert events, text
    record = events[0].to_dict()
    for key, value in expected.items():
        assert record[key] == value, (key, record[key], value)


def test_other_group_named_by_spokesman_is_no_claim() -> None:
    """ "Ⓐ's spokesman said members of Ⓑ had carried out the attack" blames Ⓑ; Ⓐ claims
    nothing."""
    text = (
        "05/05/2019: A bomb exploded at a bus stop in Jalalabad city, Nangarhar province, "
        "Afghanistan, killing four civilians. Taliban spokesman Zabiullah Mujahid said members "
        "of the Islamic State had carried out the attack."
    )
    record = extract_text(text, document_id="case").events[0].to_dict()
    assert record["claimed_by"] != "TALIBAN"
