"""Where an attack happened is not whom it was aimed at: roads named as the way the victims
were on, and the thing a bomb was hidden under. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _target_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].target_type


def test_buses_stopped_on_a_highway_carry_the_target() -> None:
    assert (
        _target_type(
            "07/03/2016: Gunmen stopped three buses on the Herat-Kandahar highway in Delaram "
            "district, Nimroz province, Afghanistan, and abducted 20 passengers."
        )
        == "Private Citizens & Property"
    )


def test_bomb_hidden_under_a_culvert_hit_the_minibus() -> None:
    assert (
        _target_type(
            "05/19/2008: A bomb hidden under a culvert exploded beneath a minibus on the road "
            "to Khost city, Khost province, Afghanistan. Nine passengers were killed."
        )
        == "Private Citizens & Property"
    )


def test_bridge_blown_up_is_still_transportation() -> None:
    assert (
        _target_type(
            "03/02/2010: Insurgents blew up a bridge in Arghandab district, Zabul province, "
            "Afghanistan. No one was hurt."
        )
        == "Transportation"
    )


def test_communication_mast_is_telecommunication() -> None:
    assert (
        _target_type(
            "05/12/2011: Insurgents set fire to a communication mast of a private company in "
            "Maiwand district, Kandahar province, Afghanistan. No one was hurt."
        )
        == "Telecommunication"
    )
