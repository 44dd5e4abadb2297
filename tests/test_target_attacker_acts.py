"""The subject of an act only an attacker performs is no target: whoever cut off fingers or
stopped a bus did the attacking. Voters are private citizens. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _target(text: str) -> tuple[object, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    event = events[0].to_dict()
    return event["target_type"], event["target"]


def test_insurgents_who_mutilated_voters_are_not_the_target() -> None:
    text = (
        "08/00/2009: Insurgents cut off the ears of six voters in Kajaki district, Helmand "
        "province, Afghanistan, after the presidential election."
    )
    assert _target(text)[0] == "Private Citizens & Property"


def test_militants_who_stopped_a_bus_are_not_the_target() -> None:
    text = (
        "05/00/2015: Militants stopped a minibus in Zabul province, Afghanistan, took nine "
        "travellers off it and shot them dead."
    )
    assert _target(text)[0] != "Terrorists/Non-State Militia"


def test_a_convoy_that_stopped_stays_the_target() -> None:
    text = (
        "05/00/2015: Gunmen opened fire on a police convoy that stopped at a fuel station in "
        "Qalat city, Zabul province, Afghanistan, killing two policemen."
    )
    assert _target(text)[0] == "Police"
