"""Officials who name the dead in a relative clause ("three men whom local officials described
as Taliban fighters") are a source, not the target; a noun described by a participle with no
relative word ("two officials described as ...") stays the target. Invented summaries."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "06/02/2016: Gunmen shot dead two men whom provincial officials described as members of"
        " the Islamic State Khorasan Province in Achin district, Nangarhar province, Afghanistan.",
        "Terrorists/Non-State Militia",
    ),
    (
        "06/02/2016: Gunmen shot dead two district officials in Achin district, Nangarhar"
        " province, Afghanistan, as they left their office.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
