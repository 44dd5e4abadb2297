"""The trade named before a generic head decides the target type, and a district compound is
the district administration (GTD Government (General)): a telecom operator's
"company" is telecommunication, a charity's "worker" is the charity's (GTD NGO), a phone mast
in any wording is telecommunication. A company of no such trade stays a business. Each text
is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _target_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["target_type"]


TRADES = [
    (
        "03/14/2015: Gunmen shot at a pickup carrying staff of the Afghan Telecom company near "
        "Ghazni city, Ghazni province, Afghanistan, wounding two of them.",
        "Telecommunication",
    ),
    (
        "03/14/2015: Gunmen killed a charity worker outside a clinic in Faizabad, Badakhshan "
        "province, Afghanistan.",
        "NGO",
    ),
    (
        "03/14/2015: Militants blew up a telephone mast on a hill in Sayedabad district, Wardak "
        "province, Afghanistan. Nobody was hurt.",
        "Telecommunication",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRADES, ids=[c[0][20:40] for c in TRADES])
def test_trade_word_decides_target_type(text: str, expected: str) -> None:
    assert _target_type(text) == expected


def test_company_of_no_special_trade_stays_business() -> None:
    text = (
        "03/14/2015: Gunmen attacked the office of a construction company in Herat city, Herat "
        "province, Afghanistan, killing a guard."
    )
    assert _target_type(text) == "Business"


def test_district_compound_is_the_administration() -> None:
    text = (
        "06/02/2011: Two rockets hit the district compound in Sayed Karam district, Paktia "
        "province, Afghanistan, wounding a clerk."
    )
    assert _target_type(text) == "Government (General)"


def test_police_post_beside_district_compound_stays_police() -> None:
    text = (
        "06/02/2011: A roadside bomb struck a police post outside the district compound in "
        "Sayed Karam district, Paktia province, Afghanistan, killing two policemen."
    )
    assert _target_type(text) == "Police"
