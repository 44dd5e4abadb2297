"""Vehicles stopped and driven off with are hijacked (GTD), also several of them ("stopped
three trucks ... and drove off with them"); people stopped and led away are not. Each text is
invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def test_trucks_stopped_and_driven_off_with_are_hijacked() -> None:
    events = extract_text(
        "02/11/2009: Armed men stopped three supply trucks of a construction firm on the "
        "Kandahar-Herat highway in Delaram district, Nimroz province, Afghanistan, and drove "
        "off with them. The drivers were let go.",
        document_id="case",
    ).events
    assert events
    assert events[0].to_dict()["attack_type"] == "Hijacking"


def test_people_stopped_and_driven_off_with_are_no_hijacking() -> None:
    hits = find_triggers("Gunmen stopped two farmers on the road and drove off with them.")
    assert "hijack" not in [h.means for h in hits]
