"""Who the sources say did it, in incident summaries: the men "were members of" a group, they
"had been paid by" it, the attack "attributed to supporters of" it, and the group that
opens the account ("Taliban fighters drove a truck bomb ..."). The texts are invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "04/02/2016: Three men were killed when the bomb they were building exploded in a house "
        "in Achin district, Nangarhar province, Afghanistan. Police said the men were members "
        "of the Islamic State.",
        "ISKP",
    ),
    (
        "09/09/2009: Two men threw acid at schoolgirls in Pul-e Alam city, Logar province, "
        "Afghanistan, burning six of them. Police arrested two men who they said had been paid "
        "by the Taliban; the Taliban denied it.",
        "TALIBAN",
    ),
    (
        "11/11/2017: Unknown men smashed the tombstones of a shrine in Andar district, Ghazni "
        "province, Afghanistan. No one was hurt. Elders attributed the attack to supporters of "
        "the Islamic State; no group claimed responsibility.",
        "ISKP",
    ),
    (
        "06/20/2015: Taliban fighters drove a truck packed with explosives into the police "
        "headquarters of Chahar Dara district, Kunduz province, Afghanistan, and set it off. "
        "Nine policemen died.",
        "TALIBAN",
    ),
    (
        "05/05/2004: Two men on a motorcycle fired into a car of an aid agency in Gardez city, "
        "Paktia province, Afghanistan, killing its driver. Police caught one of the gunmen and "
        "said he was a Taliban member.",
        "TALIBAN",
    ),
    (
        "03/14/2010: A man set fire to a girls' school in Khost city, Khost province, "
        "Afghanistan, at night. Nobody was hurt. The governor's office said the Taliban had "
        "hired him; the Taliban denied any part in it.",
        "TALIBAN",
    ),
]


@pytest.mark.parametrize(("text", "actor1"), CASES, ids=[c[0][:10] for c in CASES])
def test_attributed_perpetrator(text: str, actor1: str) -> None:
    event = extract_text(text, document_id="case").events[0]
    assert event.actor1 == actor1
    assert event.claimed_by is None


def _actor1(text: str) -> str | None:
    return extract_text(text, document_id="case").events[0].actor1


def test_guards_who_shot_the_bomber_did_not_attack() -> None:
    assert (
        _actor1(
            "03/03/2024: Taliban guards shot a man wearing a suicide vest as he tried to enter "
            "a shrine in Mazar-i-Sharif city, Balkh province, Afghanistan; the vest exploded, "
            "killing only him. No group claimed responsibility."
        )
        is None
    )


def test_special_forces_who_ended_a_siege_did_not_attack() -> None:
    assert (
        _actor1(
            "07/07/2023: Three gunmen entered a bank in Kunduz city, Kunduz province, "
            "Afghanistan, and held 15 customers hostage before special forces stormed the "
            "building. One gunman was killed. No group claimed responsibility."
        )
        is None
    )


def test_forces_that_beat_reporters_are_the_perpetrators() -> None:
    assert (
        _actor1(
            "09/09/2022: Taliban fighters detained three reporters covering a protest in Herat "
            "city, Herat province, Afghanistan, and beat them with cables. No group claimed "
            "responsibility for the incident."
        )
        == "TALIBAN"
    )


def test_a_state_owning_its_strike_is_no_claimant() -> None:
    event = extract_text(
        "07/02/2023: Pakistani helicopters fired rockets at houses in Dand-e Patan district, "
        "Paktia province, Afghanistan. Local officials said three civilians were killed. "
        "Pakistan said it had targeted a hideout of the Pakistani Taliban.",
        document_id="case",
    ).events[0]
    assert event.claimed_by is None


def test_forces_that_later_arrested_suspects_did_not_attack() -> None:
    text = (
        "05/06/2024: Gunmen beat and robbed a group of pilgrims near a shrine in Chakhansur "
        "district, Nimroz province, Afghanistan. Four pilgrims were hurt. The Islamic "
        "Emirate's police later arrested two suspects. No group claimed responsibility."
    )
    assert _actor1(text) is None


def test_a_country_where_something_happened_is_not_the_subject() -> None:
    text = (
        "02/10/2012: A crowd angered by a film made in the United States stormed a government "
        "office in Taloqan city, Takhar province, Afghanistan. Two guards were killed."
    )
    assert _actor1(text) is None


def test_the_air_force_of_the_republic_struck() -> None:
    text = (
        "06/00/2019: An Afghan Air Force strike hit a compound in Chora district, Uruzgan "
        "province, Afghanistan. Officials said nine fighters were killed."
    )
    assert _actor1(text) == "ANDSF"
