"""Particles written apart inside South Asian and Arabic names ("Mujib ur Rahman Ansari",
"Osama bin Laden") belong to the name, which is not cut to the words after them."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _names(text: str) -> set[str]:
    return {p.name for e in extract_text(text, document_id="case").events for p in e.persons}


def test_a_particle_written_apart_stays_in_the_name() -> None:
    text = (
        "HERAT, Afghanistan, Sept 2 - A suicide bomber killed Mujib ur Rahman Ansari, a"
        " prominent cleric, and three of his guards at a checkpoint in Guzara district on"
        " Friday, officials said."
    )
    assert "Mujib ur Rahman Ansari" in _names(text)
    assert "Rahman Ansari" not in _names(text)
