"""Target types the victims or the cargo decide, on invented incident summaries (GTD codebook).

- A bomb that went off while its makers loaded or carried it struck no target of theirs: the
  target type is Unknown, not the bomb makers as private citizens or militants.
- Food aid carried by a truck is the target of the hijacking (Food or Water Supply), not the
  aid agency named on the flour sacks.
- A mobile phone company's staff are a telecommunication target.
- "the Taliban's shadow chief" is the group's man (Terrorists/Non-State Militia before
  2021-08-15), even when a religious title opens his name.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "03/02/2013: Four insurgents died when the explosives they were packing into a van went"
        " off in a courtyard in Gereshk city, Helmand province, Afghanistan. No group claimed"
        " responsibility.",
        "Unknown",
    ),
    (
        "07/19/2014: A young man riding a bicycle loaded with explosives was killed when the bomb"
        " exploded prematurely on a track in Zurmat district, Paktia province, Afghanistan. No"
        " group claimed responsibility.",
        "Unknown",
    ),
    (
        "10/03/2015: Armed men halted a lorry carrying sacks of flour for the Red Crescent near"
        " Jurm, Badakhshan province, Afghanistan, and drove it off. The driver was unhurt. No"
        " group claimed responsibility.",
        "Food or Water Supply",
    ),
    (
        "02/14/2016: Gunmen abducted three engineers of a telephone company near Sharana city,"
        " Paktika province, Afghanistan. No group claimed responsibility.",
        "Telecommunication",
    ),
    (
        "06/21/2017: Unknown gunmen shot dead Mawlawi Rahmatullah, the Taliban's shadow chief"
        " for Andar district, as he walked home from a mosque in Ghazni province, Afghanistan."
        " No group claimed responsibility.",
        "Terrorists/Non-State Militia",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
