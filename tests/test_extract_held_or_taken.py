"""GTD attack types in incident summaries: people held hostage where they were found are a
barricade incident, people seized and taken away a kidnapping even if a standoff follows.
The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_people_held_hostage_inside_a_shop_are_a_barricade() -> None:
    assert (
        _attack_type(
            "05/02/2019: A gunman held four customers of a mobile-phone repair shop hostage "
            "inside the shop in Taloqan city, Takhar province, Afghanistan, until police "
            "stormed it and shot him dead."
        )
        == "Hostage Taking (Barricade Incident)"
    )


def test_guests_held_hostage_room_by_room_are_a_barricade() -> None:
    assert (
        _attack_type(
            "08/21/2016: Gunmen stormed a guesthouse in Jalalabad city, Nangarhar province, "
            "Afghanistan, and held guests hostage room by room until dawn. Nine people were "
            "killed."
        )
        == "Hostage Taking (Barricade Incident)"
    )


def test_people_abducted_from_a_road_are_a_kidnapping_despite_a_standoff() -> None:
    assert (
        _attack_type(
            "09/12/2010: Militants abducted 11 road workers on the highway in Maidan Shahr "
            "district, Wardak province, Afghanistan. Three of them were killed during a "
            "standoff with the authorities; the rest were freed after a month."
        )
        == "Hostage Taking (Kidnapping)"
    )
