"""Whose checkpoint a Taliban checkpoint is after 2021-08-15: the force named with it decides
(gold-format: from the takeover the Taliban's police and forces are Police and Military).

- "a checkpoint of the Taliban's army" is Military, and so is one named with its soldiers.
- "a Taliban police checkpoint" is Police.
- A checkpoint no force is named with stays Police, the pack's word for checkpoints.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str]] = [
    (
        "02/09/2024: A roadside bomb struck a checkpoint of the Taliban's army in Nad Ali"
        " district, Helmand province, Afghanistan. No group claimed responsibility.",
        "Military",
    ),
    (
        "02/09/2024: A roadside bomb struck a Taliban police checkpoint near the army base in"
        " Nad Ali district, Helmand province, Afghanistan. No group claimed responsibility.",
        "Police",
    ),
    (
        "02/09/2024: Gunmen attacked a Taliban checkpoint in Nad Ali district, Helmand"
        " province, Afghanistan. No group claimed responsibility.",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_target_type(text: str, expected: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].target_type == expected
