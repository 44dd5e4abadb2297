"""Unarmed assaults (GTD codebook: harm by means other than explosives, firearms, incendiaries
or sharp instruments: beatings, poison, chemical sprays).

- Attackers called "gunmen" who beat their victims used no arms: an unarmed assault; if they
  also shot someone, it stays an armed assault.
- A beating of people detained is the attack, not an arrest.
- An unknown substance sprayed where the victims were is a chemical, unarmed assault.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str | None]] = [
    (
        "10/12/2018: Gunmen dragged a shopkeeper from his shop in Chak district, Wardak"
        " province, Afghanistan, and beat him with rifle butts. He was badly hurt. No group"
        " claimed responsibility.",
        "Unarmed Assault",
    ),
    (
        "10/12/2018: Gunmen dragged a shopkeeper from his shop in Chak district, Wardak"
        " province, Afghanistan, beat him and then shot him in the leg. No group claimed"
        " responsibility.",
        "Armed Assault",
    ),
    (
        "03/05/2022: Taliban fighters detained a cameraman covering a protest in Herat city,"
        " Herat province, Afghanistan, and beat him with sticks for an hour before releasing"
        " him.",
        "Unarmed Assault",
    ),
    (
        # an arrest with no harm done stays an arrest (no attack type)
        "03/05/2022: Taliban fighters detained a cameraman covering a protest in Herat city,"
        " Herat province, Afghanistan, and released him the next day.",
        None,
    ),
    (
        "05/09/2013: Forty schoolgirls fell ill after an unknown substance was sprayed into"
        " their classrooms at a girls' school in Taloqan city, Takhar province, Afghanistan."
        " No group claimed responsibility.",
        "Unarmed Assault",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_attack_type(text: str, expected: str | None) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].attack_type == expected
