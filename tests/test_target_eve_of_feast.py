"""The words "on the eve of" a day tell a time, not the target the pack's word "eve" (the
Turkish dative of "ev", a house) would give, and where the reading must not fire.

- "opened fire in a hotel's restaurant on the eve of Nowruz": the hotel (Business).
- A Turkish house ("eve girdi", entered the house) stays a private home.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text
from conftest import FirstEvent

CASES: list[tuple[str, str]] = [
    (
        "03/19/2016: Two gunmen opened fire in the lobby of the Park Star Hotel in Mazar-e Sharif"
        " city, Balkh province, Afghanistan, on the eve of Nowruz. Five guests were killed.",
        "Business",
    ),
    (
        "08/30/2019: Gunmen threw a grenade into a restaurant in Charikar city, Parwan province,"
        " Afghanistan, on the eve of Eid al-Adha, wounding three diners.",
        "Business",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str, first_event: FirstEvent) -> None:
    assert first_event(text).target_type == expected


def test_turkish_house_stays_a_home() -> None:
    text = (
        "Kabil, 3 Mart - Silahlı kişiler gece Nangarhar vilayetinde bir eve girerek iki"
        " kardeşi öldürdü."
    )
    events = extract_text(text, document_id="case", language="tr").events
    assert events
    assert events[0].target_type == "Private Citizens & Property"
