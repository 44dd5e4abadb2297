"""Target Unknown when the account leaves the aim open (GTD codebook), on invented summaries:
"it was not known for whom the bomb had been meant", "police did not say what it was aimed
at", and bomb makers killed while assembling their devices. A bomb whose aim is told, or a
bomb that went off among people with nothing said of its aim, keeps its target.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "04/11/2011: A bomb hidden in a cart exploded in a crowded market in Qalat city, Zabul"
        " province, Afghanistan, killing two boys. It was not known for whom the bomb had been"
        " meant.",
        "Unknown",
    ),
    (
        "04/11/2011: Three men died when a bomb went off in a rented room in Jalalabad city,"
        " Nangarhar province, Afghanistan. Police did not say what it was aimed at.",
        "Unknown",
    ),
    (
        "04/11/2011: A blast destroyed a house in Jalalabad city, Nangarhar province, Afghanistan."
        " Police said two men were building bombs inside when one exploded.",
        "Unknown",
    ),
    (
        "04/11/2011: A bomb hidden in a cart exploded in a crowded market in Qalat city, Zabul"
        " province, Afghanistan, killing two boys. No group claimed responsibility.",
        "Private Citizens & Property",
    ),
    (
        "04/11/2011: Two policemen were killed when a bomb they were defusing at a checkpoint"
        " exploded in Jalalabad city, Nangarhar province, Afghanistan.",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
