"""Whom an attack was aimed at, when the summary tells it in a roundabout way: a long subject
before its passive verb, a role in apposition to a name, a religious title before the name,
people gathered at a place, the victim's own shop, where the attackers fled, a kinship that is
no owner.

The summaries are invented for these tests.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

# (summary, target_type, attack_type or None when not asserted)
CASES: list[tuple[str, str, str | None]] = [
    (
        "05/14/2023: A teacher walking home from the girls' school near the main bazaar of"
        " Gardez city, Paktia province, Afghanistan, was shot dead by two men on a motorcycle.",
        "Educational Institution",
        None,
    ),
    (
        "03/02/2023: Gunmen shot and killed Faizullah Khan, a Taliban district governor, outside"
        " a mosque in Khost city, Khost province, Afghanistan.",
        "Government (General)",
        "Assassination",
    ),
    (
        "10/09/2022: Unidentified men shot dead Mawlawi Sher Ali, a judge of the provincial"
        " court, in Ghazni city, Ghazni province, Afghanistan.",
        "Government (General)",
        "Assassination",
    ),
    (
        "01/19/2024: A bomb exploded in a house where police officers were meeting elders in"
        " Lashkar Gah city, Helmand province, Afghanistan, killing four.",
        "Police",
        None,
    ),
    (
        "06/30/2022: Gunmen shot a shopkeeper outside his shop in Jalalabad city, Nangarhar"
        " province, Afghanistan, and escaped into the crowded market.",
        "Business",
        None,
    ),
    (
        "12/12/2021: The provincial police chief was killed when a suicide bomber threw himself"
        " at him at a checkpoint in Faizabad city, Badakhshan province, Afghanistan.",
        "Police",
        "Assassination",
    ),
    (
        "04/04/2023: Gunmen killed a tribal leader at his guest house in Spin Boldak district,"
        " Kandahar province, Afghanistan.",
        "Private Citizens & Property",
        None,
    ),
]


@pytest.mark.parametrize(("text", "target_type", "attack_type"), CASES)
def test_target_roles(text: str, target_type: str, attack_type: str | None) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    assert events[0].target_type == target_type
    if attack_type is not None:
        assert events[0].attack_type == attack_type
