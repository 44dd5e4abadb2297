"""Food or Water Supply on invented incident summaries (GTD codebook: attacks on food or water
supplies or reserves, their infrastructure included), and where it must not fire.

- An irrigation canal and a pipeline that carries water are the water supply; a gas pipeline
  stays Utilities.
- A warehouse or depot storing grain is the food supply, whoever owns it.
- Poison put into a well or reservoir attacked the water supply, not the villagers who drank.
- Food carried for a trader is his stock in trade (Business); food carried for an aid agency,
  named before or after the food, is the food supply.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "04/12/2016: Unknown men blew up a sluice of the Sardeh irrigation canal in Andar"
        " district, Ghazni province, Afghanistan, cutting water to farms. No one was hurt.",
        "Food or Water Supply",
    ),
    (
        "08/03/2015: A bomb damaged the pipeline that brings drinking water to Gardez city,"
        " Paktia province, Afghanistan. No group claimed responsibility.",
        "Food or Water Supply",
    ),
    (
        "08/03/2015: A bomb damaged the pipeline that brings natural gas to Mazar-e Sharif city,"
        " Balkh province, Afghanistan. No group claimed responsibility.",
        "Utilities",
    ),
    (
        "11/20/2012: Gunmen set fire to a provincial government depot holding rice for flood"
        " victims in Taloqan city, Takhar province, Afghanistan. No one was hurt.",
        "Food or Water Supply",
    ),
    (
        "11/20/2012: Gunmen set fire to a government warehouse holding ballot boxes in Taloqan"
        " city, Takhar province, Afghanistan. No one was hurt.",
        "Government (General)",
    ),
    (
        "03/09/2018: Forty villagers fell ill after drinking from a spring into which unknown"
        " men had emptied a bottle of pesticide in Khwaja Ghar district, Takhar province,"
        " Afghanistan. None died.",
        "Food or Water Supply",
    ),
    (
        "03/09/2018: Forty villagers fell ill after eating poisoned bread at a wedding in Khwaja"
        " Ghar district, Takhar province, Afghanistan. None died.",
        "Private Citizens & Property",
    ),
    (
        "09/14/2019: Gunmen stopped a lorry carrying food supplies for a local shopkeeper in"
        " Kahmard district, Bamyan province, Afghanistan, and shot the driver dead.",
        "Business",
    ),
    (
        "09/14/2019: Gunmen hijacked a lorry carrying WFP wheat near Chaghcharan city, Ghor"
        " province, Afghanistan, and drove it away. The driver was freed the next day.",
        "Food or Water Supply",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
