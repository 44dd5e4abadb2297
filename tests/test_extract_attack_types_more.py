"""GTD attack types in incident summaries, by the codebook's hierarchy: a bus driven off with
its passengers is a hijacking; shots aimed at a named official whose role follows his name
are an assassination; a named head or chief of an office killed, and a bomber who blew
himself up beside one named prominent person, are assassinations; hostages held where they
were found are a barricade, people taken away or freed days later a kidnapping. The texts
are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_bus_driven_off_with_its_passengers_is_a_hijacking() -> None:
    assert (
        _attack_type(
            "04/18/2018: Gunmen stopped a minibus travelling from Kunduz to Baghlan in Khanabad "
            "district, Kunduz province, Afghanistan, and drove it with its 14 passengers to a "
            "nearby village. The passengers were freed two days later."
        )
        == "Hijacking"
    )


def test_targeting_a_named_head_of_mission_is_an_assassination() -> None:
    assert (
        _attack_type(
            "10/10/2023: A gunman on a rooftop targeted Karim Hassanov, Uzbekistan's head of "
            "mission, as he left the consulate in Mazar-i-Sharif city, Balkh province, "
            "Afghanistan. He was unhurt, but a guard was wounded."
        )
        == "Assassination"
    )


def test_named_judge_in_apposition_after_targeted() -> None:
    assert (
        _attack_type(
            "03/30/2015: Gunmen targeted Sayed Habib, a judge of the provincial court, as he "
            "drove to work in Gardez city, Paktia province, Afghanistan. He was wounded."
        )
        == "Assassination"
    )


def test_bus_stopped_and_driven_into_the_desert_is_a_hijacking() -> None:
    assert (
        _attack_type(
            "06/03/2013: Armed men stopped a minibus on the highway in Bala Buluk district, "
            "Farah province, Afghanistan, drove it into the hills and let the passengers go "
            "the next morning."
        )
        == "Hijacking"
    )


def test_car_stopped_and_searched_is_no_hijacking() -> None:
    assert (
        _attack_type(
            "06/03/2013: Gunmen stopped a car on the highway in Bala Buluk district, Farah "
            "province, Afghanistan, and shot dead its driver."
        )
        != "Hijacking"
    )


def test_named_head_of_a_department_shot_dead_is_an_assassination() -> None:
    assert (
        _attack_type(
            "04/14/2014: Gunmen on a motorbike shot dead Gul Rahim Nazari, head of the "
            "province's refugees and returnees department, near the bazaar in Charikar "
            "city, Parwan province, Afghanistan."
        )
        == "Assassination"
    )


def test_named_acting_director_of_an_office_killed_is_an_assassination() -> None:
    assert (
        _attack_type(
            "02/03/2016: Unknown gunmen killed Sharifa Amini, the acting director of the "
            "government's culture and information centre, in Pul-e Khumri city, Baghlan province, "
            "Afghanistan."
        )
        == "Assassination"
    )


def test_head_of_a_family_is_no_office() -> None:
    assert (
        _attack_type(
            "06/09/2017: Gunmen shot dead Abdul Wali, a shopkeeper and head of a family of "
            "six, outside his shop in Ghazni city, Ghazni province, Afghanistan."
        )
        == "Armed Assault"
    )


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


def test_bomber_beside_a_named_governor_is_an_assassination() -> None:
    assert (
        _attack_type(
            "03/17/2015: A suicide bomber who had joined a crowd of petitioners blew himself "
            "up next to the provincial governor, Abdul Karim Sadiq, in Maimana city, Faryab "
            "province, Afghanistan. The governor and four of his guards were killed."
        )
        == "Assassination"
    )


def test_bomber_beside_a_group_of_soldiers_is_a_bombing() -> None:
    assert (
        _attack_type(
            "07/02/2011: A suicide bomber blew himself up beside a group of soldiers buying "
            "bread in a market in Khost city, Khost province, Afghanistan, killing three."
        )
        == "Bombing/Explosion"
    )


def test_pulled_from_a_car_and_freed_weeks_later_is_a_kidnapping() -> None:
    assert (
        _attack_type(
            "03/08/2009: Three armed men pulled a French engineer out of his car in the "
            "Karte Char area of Kabul city, Kabul province, Afghanistan. He was released "
            "unharmed three weeks later."
        )
        == "Hostage Taking (Kidnapping)"
    )


def test_freed_the_same_day_is_no_kidnapping_of_itself() -> None:
    assert (
        _attack_type(
            "06/14/2012: Gunmen shot and wounded a shopkeeper in Ghazni city, Ghazni province, "
            "Afghanistan. He was released from hospital later that day."
        )
        == "Armed Assault"
    )
