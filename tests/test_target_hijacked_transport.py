"""A passenger vehicle hijacked is a Transportation target (GTD codebook: the vehicle itself
was seized), while a bomb on a bus, or passengers taken off it, keeps the passengers' type.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str, str]] = [
    (
        "06/14/2016: Gunmen stopped a passenger bus on the Kunduz-Takhar highway in Ali Abad"
        " district, Kunduz province, Afghanistan, and forced the driver to take it to a"
        " village under their control. The passengers were freed two days later. No group"
        " claimed responsibility.",
        "Hijacking",
        "Transportation",
    ),
    (
        "06/14/2016: An explosive device attached to a passenger bus detonated in Ali Abad"
        " district, Kunduz province, Afghanistan. Four passengers were killed. No group"
        " claimed responsibility.",
        "Bombing/Explosion",
        "Private Citizens & Property",
    ),
]


@pytest.mark.parametrize(("text", "attack", "target"), CASES)
def test_hijacked_bus(text: str, attack: str, target: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert (events[0].attack_type, events[0].target_type) == (attack, target)
