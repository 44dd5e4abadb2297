"""A group's arm named with the group is the group's target (GTD codebook, gold-format).

- "the headquarters of the International Security Assistance Force" is the force's own site
  (Military), though no pack word names it.
- "a car of the Taliban's intelligence agency" after 2021-08-15 is the state's intelligence
  (Government (General)); before that day the group's (Terrorists/Non-State Militia).
- Sites listed together keep the first: "fired at the US embassy and the ISAF headquarters" is
  the embassy's attack (Government (Diplomatic)).
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "06/03/2010: A suicide bomber blew himself up outside the headquarters of the"
        " International Security Assistance Force in Kabul city, Kabul province, Afghanistan."
        " Four people were killed. The Taliban claimed responsibility.",
        "Military",
    ),
    (
        "03/11/2024: A sticky bomb attached to a car of the Taliban's intelligence agency"
        " exploded in Jalalabad city, Nangarhar province, Afghanistan. Two people were wounded."
        " No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "03/11/2016: A sticky bomb attached to a car of the Taliban's intelligence agency"
        " exploded in Musa Qala district, Helmand province, Afghanistan. Two people were wounded."
        " No group claimed responsibility.",
        "Terrorists/Non-State Militia",
    ),
    (
        "05/20/2012: Gunmen in an empty building fired rockets at the US embassy and the ISAF"
        " headquarters in Kabul city, Kabul province, Afghanistan, for six hours. Three"
        " policemen were killed. The Taliban claimed responsibility.",
        "Government (Diplomatic)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
