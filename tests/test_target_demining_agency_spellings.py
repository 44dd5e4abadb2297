"""A de-mining agency, written with or without its hyphen, is an NGO (GTD codebook: mine
clearance organisations are coded NGO), and where the reading must not fire.

- "a vehicle of a local de-mining agency": NGO, as "demining agency" already was.
- A mine that struck a farmer's car says nothing of de-miners: private citizens.
"""

from __future__ import annotations

import pytest

from conftest import FirstEvent

CASES: list[tuple[str, str]] = [
    (
        "04/09/2008: Gunmen stopped a car of a local de-mining agency near Chak district, Wardak"
        " province, Afghanistan, and opened fire. One passenger was wounded.",
        "NGO",
    ),
    (
        "04/09/2008: Gunmen set fire to the office of two de-mining organisations in Chak"
        " district, Wardak province, Afghanistan. No one was hurt.",
        "NGO",
    ),
    (
        "04/09/2008: Gunmen stopped a farmer's car near Chak district, Wardak province,"
        " Afghanistan, and opened fire. One passenger was wounded.",
        "Private Citizens & Property",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str, first_event: FirstEvent) -> None:
    assert first_event(text).target_type == expected
