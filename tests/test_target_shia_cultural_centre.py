"""A Shia cultural centre is an institution of a religious community (GTD codebook: Religious
Figures/Institutions, an affiliated institution), and where the reading must not fire.

- "struck a Shiite cultural center", "the Shia cultural centres of the city": religious.
- A cultural centre named with no faith keeps whatever else the sentence makes of it.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text
from conftest import FirstEvent

RELIGIOUS = "Religious Figures/Institutions"

CASES: list[tuple[str, str]] = [
    (
        "11/04/2018: A suicide bomber struck a Shiite cultural center in Herat city, Herat"
        " province, Afghanistan, during a lecture. Twelve people were killed.",
        RELIGIOUS,
    ),
    (
        "03/02/2020: Gunmen set fire to a Shia cultural centre in Mazar-e Sharif city, Balkh"
        " province, Afghanistan, at night. No one was hurt.",
        RELIGIOUS,
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str, first_event: FirstEvent) -> None:
    assert first_event(text).target_type == expected


def test_cultural_centre_without_a_faith_is_not_religious() -> None:
    text = (
        "11/04/2018: A suicide bomber struck a cultural center in Herat city, Herat province,"
        " Afghanistan, during a lecture. Twelve people were killed."
    )
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type != RELIGIOUS
