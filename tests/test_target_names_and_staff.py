"""Target words inside names and compounds, on invented incident summaries (GTD codebook).

- A capitalised target word that opens the name of the place named next ("the Garden Rose
  guesthouse") is part of that name: the guesthouse (Business) is the target, not a garden.
- An institution named before its staff owns them: "Supreme Court employees" are the court's
  (Government (General)), also when "home" follows them as an adverb.
- A wedding hall attacked during a wedding is the wedding party (Private Citizens & Property).
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "04/02/2016: Two gunmen forced their way into the Park Rose guesthouse in Kabul city,"
        " Kabul province, Afghanistan, during a dinner. Six guests were killed. No group claimed"
        " responsibility.",
        "Business",
    ),
    (
        # a park alone, no name running on to another target word, stays the park
        "04/02/2016: A bomb exploded in a park in Kabul city, Kabul province, Afghanistan,"
        " killing two men. No group claimed responsibility.",
        "Private Citizens & Property",
    ),
    (
        "08/09/2014: A roadside bomb struck a minibus carrying Supreme Court employees home from"
        " work in Kabul city, Kabul province, Afghanistan. Five people were killed. No group"
        " claimed responsibility.",
        "Government (General)",
    ),
    (
        # people who are no body's staff: the minibus of civilians stays private citizens
        "08/09/2014: A roadside bomb struck a minibus carrying farmers home from the fields in"
        " Nawa district, Helmand province, Afghanistan. Five people were killed. No group claimed"
        " responsibility.",
        "Private Citizens & Property",
    ),
    (
        "12/01/2018: A suicide bomber blew himself up in a crowded wedding hall in Herat city,"
        " Herat province, Afghanistan. Thirty guests were killed. No group claimed"
        " responsibility.",
        "Private Citizens & Property",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
