"""An insider who turns on his colleagues attacks his own force (GTD codebook: the victims'
type), on invented incident summaries."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "09/03/2015: A policeman shot dead four of his colleagues as they ate dinner at their"
        " post in Nawa district, Helmand province, Afghanistan, and fled. The Taliban claimed"
        " responsibility.",
        "Police",
    ),
    (
        "12/11/2017: A soldier turned his rifle on his comrades at a base in Shindand district,"
        " Herat province, Afghanistan, killing three of them before he was shot dead. No group"
        " claimed responsibility.",
        "Military",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_insider_attack(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
