"""Whom an attack was aimed at, on invented incident summaries (GTD codebook).

- A bomb that killed a prominent person named first, the others counted after him, is coded by
  him, not by the place where he died (a mosque, a compound).
- A checkpoint outside a place is where a bomber was stopped on his way to it: the place it
  guards is the target; so is the official whose rally or meeting it guards.
- Whoever a passive names after "by" acted ("was shot by an armed guard"): no target.
- A crowd waiting for visas is the queue of the embassy or consulate that issues them: the
  mission is the target.
- "Home" after a target word is an adverb: "a van taking staff of a radio station home" is an
  attack on the radio station's staff.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "11/12/2012: A suicide bomber set off his vest inside a crowded mosque in Pul-e Alam"
        " city, Logar province, Afghanistan, killing the deputy governor, Abdul Ghafar Sahil, and"
        " eight other worshippers. No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "04/05/2014: A car bomb exploded at a checkpoint outside the provincial council in"
        " Kandahar city, Kandahar province, Afghanistan. Two guards were wounded. No group"
        " claimed responsibility.",
        "Government (General)",
    ),
    (
        "08/17/2015: A roadside bomb struck a van taking staff of the Killid radio station home"
        " from work in Herat city, Herat province, Afghanistan, wounding four of them. No group"
        " claimed responsibility.",
        "Journalists & Media",
    ),
    (
        "10/03/2014: A suicide bomber blew himself up at a checkpoint outside a campaign rally for"
        " the provincial governor in Gardez city, Paktiya province, Afghanistan, killing five"
        " people. No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "03/21/2016: A man wearing explosives was stopped at a checkpoint outside a tribal"
        " gathering addressed by the district governor in Khost city, Khost province, Afghanistan,"
        " and detonated his vest, wounding two guards. No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "07/14/2015: A suicide bomber was shot by an armed guard as he ran towards the gate of"
        " the Indian consulate in Mazar-e Sharif city, Balkh province, Afghanistan, and set off"
        " his vest. Three people were wounded. No group claimed responsibility.",
        "Government (Diplomatic)",
    ),
    (
        "11/02/2013: A gunman was wounded by a police officer as he tried to enter the offices"
        " of the provincial education department in Farah city, Farah province, Afghanistan."
        " No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "02/08/2016: Outside the Pakistani consulate in Jalalabad city, Ningarhar province,"
        " Afghanistan, a gunman opened fire on a crowd of Afghans waiting for visas, killing"
        " three of them. No group claimed responsibility.",
        "Government (Diplomatic)",
    ),
    (
        "03/04/2018: Gunmen fired on the crowd of men who had been waiting for visas since dawn"
        " outside the Indian consulate in Kandahar city, Kandahar province, Afghanistan, killing"
        " two. No group claimed responsibility.",
        "Government (Diplomatic)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected


# Where captives were held after they were seized is no target: the captives are.
LOCKUP_CASES: list[tuple[str, str]] = [
    (
        "03/11/2022: Taliban intelligence agents detained a cameraman of a local radio station"
        " in Mazar-e Sharif city, Balkh province, Afghanistan, and beat him for hours at a police"
        " station before releasing him.",
        "Journalists & Media",
    ),
    (
        "06/02/2023: Armed men arrested three journalists in Herat city, Herat province,"
        " Afghanistan, took them to a prison and flogged them.",
        "Journalists & Media",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOCKUP_CASES)
def test_lockup_is_no_target(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected


# A body's car is the body's target ("a provincial council car"); what a suicide car bomber
# rammed is what he struck, not a building named along the road.
OWNER_CASES: list[tuple[str, str]] = [
    (
        "02/09/2020: Gunmen shot at a provincial council car near Maidan Shahr city, Wardak"
        " province, Afghanistan, wounding the driver. No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "07/30/2018: A suicide car bomber rammed a convoy of NATO forces on the road between"
        " the British embassy and the stadium in Mazar-e Sharif city, Balkh province,"
        " Afghanistan. No group claimed responsibility.",
        "Military",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNER_CASES)
def test_owner_and_rammed(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
