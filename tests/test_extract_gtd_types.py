"""GTD attack and target types on incident summaries: hijackings, sieges, unknown means,
unarmed assaults, infrastructure typed by what it is, and targets the account says are unknown.

The summaries are invented for these tests; each states one incident the way the codebook's
hard cases are told (who was hit, not where; what was taken; how the attack was carried out).
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

# (summary, target_type or None when not asserted, attack_type or None when not asserted)
CASES: list[tuple[str, str | None, str | None]] = [
    (
        "04/02/2016: Armed men stopped a water tanker near Khost city, Khost province,"
        " Afghanistan, pulled the driver out and drove off with the truck. No one was hurt.",
        None,
        "Hijacking",
    ),
    (
        "05/12/2019: Fighters halted a passenger bus in Maidan Shahr, Wardak province,"
        " Afghanistan, and made the driver take it to a nearby village.",
        None,
        "Hijacking",
    ),
    (
        "03/03/2017: Gunmen entered a wedding hall in Kunduz city, Kunduz province, Afghanistan,"
        " and held the guests inside until police arrived the next morning.",
        None,
        "Hostage Taking (Barricade Incident)",
    ),
    (
        "08/08/2014: Assailants attacked an army outpost in Gelan district, Ghazni province,"
        " Afghanistan, killing two soldiers. The method of attack was not reported.",
        "Military",
        "Unknown",
    ),
    (
        "11/11/2022: Men in plain clothes punched and kicked a radio presenter outside his"
        " studio in Herat city, Herat province, Afghanistan. He was badly beaten and needed"
        " treatment.",
        None,
        "Unarmed Assault",
    ),
    (
        "02/02/2012: Two rockets struck the river port of Torghundi on the border, Herat"
        " province, Afghanistan, damaging a barge. No one was hurt.",
        "Maritime",
        None,
    ),
    (
        "07/07/2015: Unknown men burned a diesel generator and equipment of a mobile phone mast"
        " owned by a private company in Andar district, Ghazni province, Afghanistan.",
        "Telecommunication",
        None,
    ),
    (
        "09/09/2018: A roadside bomb went off on a dirt road in Arghandab district, Kandahar"
        " province, Afghanistan. It was not known whom the bomb was meant for.",
        "Unknown",
        None,
    ),
    (
        "03/14/2021: Two days after a roadside bomb killed a police commander, a bomb exploded"
        " among mourners at his memorial service in a mosque in Pul-e Khumri city, Baghlan"
        " province, Afghanistan, killing five people.",
        "Religious Figures/Institutions",
        "Bombing/Explosion",
    ),
]


@pytest.mark.parametrize(("text", "target_type", "attack_type"), CASES)
def test_gtd_types(text: str, target_type: str | None, attack_type: str | None) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    event = events[0]
    if target_type is not None:
        assert event.target_type == target_type
    if attack_type is not None:
        assert event.attack_type == attack_type


def test_beating_is_melee_and_ramming_a_vehicle() -> None:
    beaten = extract_text(CASES[4][0], document_id="beaten").events[0]
    assert beaten.weapon_type == "Melee"
    rammed = extract_text(
        "06/06/2024: A man drove a van into shoppers at a bazaar in Mazar-e Sharif city, Balkh"
        " province, Afghanistan, wounding six people.",
        document_id="rammed",
    ).events[0]
    assert rammed.attack_type == "Unarmed Assault"
    assert (rammed.weapon_type or "").startswith("Vehicle")
