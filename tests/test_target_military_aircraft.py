"""Aircraft of the armed forces are Military, whichever service flies them (GTD codebook); a
civil airliner or an airport terminal stays Airports & Aircraft. Invented summaries."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "03/05/2013: Gunmen stormed the airfield at Shindand in Herat province, Afghanistan, and"
        " destroyed three US Marine Corps jets. No one was hurt.",
        "Military",
    ),
    (
        "03/05/2013: Insurgents fired rockets at the airfield in Herat city, Herat province,"
        " Afghanistan, damaging two airliners. No one was hurt.",
        "Airports & Aircraft",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
