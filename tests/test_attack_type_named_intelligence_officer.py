"""A named officer of an intelligence service shot or killed ("shot dead Qari Rahim, an officer
of the provincial intelligence directorate", "killed an intelligence official, Mullah Nasir,")
was singled out by name: the attack was aimed at him (GTD: an assassination). An unnamed
intelligence officer, or a named police officer of no rank, stays an armed assault. Each text
is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["attack_type"]


@pytest.mark.parametrize(
    "text",
    [
        "06/14/2023: Two gunmen shot dead Qari Abdul Rahim, an officer of the provincial "
        "intelligence directorate, outside a bakery in Taloqan, Takhar province, Afghanistan.",
        "03/02/2024: Unknown men killed a Taliban intelligence official, Mullah Nasir Ahmad, in "
        "Chaharbolak district, Balkh province, Afghanistan.",
    ],
)
def test_named_intelligence_officer_is_assassination(text: str) -> None:
    assert _attack_type(text) == "Assassination"


@pytest.mark.parametrize(
    "text",
    [
        "06/14/2023: Two gunmen shot dead an intelligence officer at a checkpoint in Taloqan, "
        "Takhar province, Afghanistan.",
        "06/14/2023: Two gunmen shot dead Abdul Rahim, a police officer, at a checkpoint in "
        "Taloqan, Takhar province, Afghanistan.",
    ],
)
def test_unnamed_or_rank_and_file_officer_is_armed_assault(text: str) -> None:
    assert _attack_type(text) == "Armed Assault"
