"""Acts the terse summaries tell with plain verbs: people taken off a bus (a kidnapping, unless
shot where they stood), a person taken from home, a hostage freed after so many days, people
held for hours in a stormed building (a siege), a vehicle stopped and driven away (a
hijacking), one truck or classrooms burned (arson: a facility attack when no one was shot),
"beat up" (an unarmed assault) and "blew apart" (a bombing). Invented sentences."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

KIDNAP = "Hostage Taking (Kidnapping)"
BARRICADE = "Hostage Taking (Barricade Incident)"
FACILITY = "Facility/Infrastructure Attack"


def _attack_type(text: str) -> str | None:
    day = dt.datetime.strptime(text[:10], "%m/%d/%Y").date()
    events = extract_text(text, published=day, language="en", genre="summary").events
    assert events
    return events[0].attack_type


def test_passengers_taken_off_a_bus() -> None:
    text = "05/02/2015: Militants stopped a minibus near Gardez and took off twelve passengers."
    assert _attack_type(text) == KIDNAP
    text = "05/02/2015: Militants stopped a coach near Gardez and pulled nine travellers off."
    assert _attack_type(text) == KIDNAP
    text = (
        "05/02/2015: The bodies of four farmers were found near Gardez, a week after gunmen"
        " pulled them off a minibus."
    )
    assert _attack_type(text) == KIDNAP


def test_passengers_shot_where_they_were_taken_off_are_no_kidnapping() -> None:
    text = (
        "05/02/2015: Gunmen stopped a minibus near Gardez, pulled off four passengers and shot"
        " them dead by the road."
    )
    assert _attack_type(text) != KIDNAP


def test_the_plane_took_off_is_no_kidnapping() -> None:
    text = "05/02/2015: Gunmen fired at a helicopter as it took off from the base in Gardez."
    assert _attack_type(text) != KIDNAP


def test_taken_from_home_with_an_apposition_or_no_possessive() -> None:
    text = (
        "05/02/2015: Armed men took Gul Agha, a retired teacher, from his house in Gardez."
        " His body was found three days later."
    )
    assert _attack_type(text) == KIDNAP
    text = "05/02/2015: Masked men took two brothers from home in Gardez at night."
    assert _attack_type(text) == KIDNAP


def test_freed_after_so_many_days() -> None:
    text = (
        "05/02/2015: A trader was dragged from his shop in Gardez by men with pistols."
        " He was released unharmed after 15 days."
    )
    assert _attack_type(text) == KIDNAP


def test_people_held_for_hours_in_a_stormed_building() -> None:
    text = (
        "05/02/2015: Gunmen stormed a wedding hall in Gardez, killing six guests and holding"
        " others for hours until police killed them."
    )
    assert _attack_type(text) == BARRICADE


def test_a_stopped_vehicle_driven_away_is_hijacked() -> None:
    text = (
        "05/02/2015: A lorry carrying cement was stopped near Gardez by gunmen who drove it away."
    )
    assert _attack_type(text) == "Hijacking"


def test_one_truck_or_classrooms_burned_with_no_one_hurt() -> None:
    text = "05/02/2015: Militants burned a truck of the water company near Gardez."
    assert _attack_type(text) == FACILITY
    text = (
        "05/02/2015: Militants raided a girls' school in Gardez at night and burned its classrooms."
    )
    assert _attack_type(text) == FACILITY


def test_a_driver_shot_before_his_truck_was_burned_is_no_facility_attack() -> None:
    text = "05/02/2015: Gunmen stopped a tanker near Gardez, shot the driver and burned the truck."
    assert _attack_type(text) != FACILITY


def test_a_burned_out_car_is_no_act() -> None:
    text = "05/02/2015: A roadside bomb hit a police car near Gardez, leaving a burnt-out car."
    assert _attack_type(text) != FACILITY


def test_beat_up() -> None:
    text = "05/02/2015: Youths with sticks beat up a group of singers near Gardez."
    assert _attack_type(text) == "Unarmed Assault"


def test_blew_apart() -> None:
    text = "05/02/2015: Unknown men blew apart a water tower outside Gardez overnight."
    assert _attack_type(text) == "Bombing/Explosion"
