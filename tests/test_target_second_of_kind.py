"""An ordinal that counts on from a target already named ("passed one police checkpoint and
blew up at a second near the ministry") points the blast at that kind of target, not at the
building it went off near; with no such ordinal, the building near the blast is the target.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "05/02/2016: A truck bomb rolled through one police checkpoint and exploded at a second"
        " outside the Ministry of Justice in Kabul city, Kabul province, Afghanistan, killing 30"
        " people.",
        "Police",
    ),
    (
        "05/02/2016: A suicide bomber walked past an army checkpoint near the Ministry of Justice"
        " in Kabul city, Kabul province, Afghanistan, and blew himself up at a second checkpoint,"
        " killing 30 people.",
        "Military",
    ),
    (
        "05/02/2016: A truck bomb exploded near the Ministry of Justice in Kabul city, Kabul"
        " province, Afghanistan, killing 30 people.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
