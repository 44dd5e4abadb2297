"""Target and attack types of incident summaries, on invented sentences (GTD codebook,
docs/gold-format.md target_type and attack_type).

- "Taliban employees" after 2021-08-15 are the state's employees (Government (General)), not
  its fighters; Taliban fighters stay Military.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

TARGET_TYPES: list[tuple[str, str]] = [
    (
        "05/14/2023: A bomb left on a handcart went off outside the provincial pension office in"
        " Pul-e Khumri city, Baghlan province, Afghanistan, as Taliban employees waited to"
        " collect their pay. Four people were killed. No group claimed responsibility.",
        "Government (General)",
    ),
    (
        "05/14/2023: A bomb left on a handcart went off beside a pickup of Taliban fighters in"
        " Pul-e Khumri city, Baghlan province, Afghanistan. Four people were killed. No group"
        " claimed responsibility.",
        "Military",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_TYPES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
