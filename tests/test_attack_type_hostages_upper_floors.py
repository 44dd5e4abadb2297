"""Attackers who take people hostage inside the building they stormed and hold out there are
a barricade incident (GTD), not a kidnapping; people led off to a village stay a kidnapping.
The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_guests_taken_hostage_on_the_upper_floors_are_a_barricade() -> None:
    text = (
        "03/09/2013: Five gunmen stormed a guesthouse in Herat city, Herat province, "
        "Afghanistan, and took guests hostage on the top floors, holding out for six hours "
        "against special forces. Seven people were killed."
    )
    assert _attack_type(text) == "Hostage Taking (Barricade Incident)"


def test_holding_out_for_hours_alone_is_no_hostage_taking() -> None:
    text = (
        "03/09/2013: Five gunmen stormed a police compound in Herat city, Herat province, "
        "Afghanistan, holding out for six hours against special forces. Seven policemen "
        "were killed."
    )
    assert _attack_type(text) == "Armed Assault"


def test_workers_taken_to_a_village_stay_a_kidnapping() -> None:
    text = (
        "03/09/2013: Gunmen took four engineers hostage on the road in Shindand district, "
        "Herat province, Afghanistan, and led them to a nearby village."
    )
    assert _attack_type(text) == "Hostage Taking (Kidnapping)"
