"""GTD attack types in incident summaries: a bus driven off with its passengers is a
hijacking; shots aimed at a named official whose role follows his name are an
assassination. The texts are invented."""

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
