"""More means words of the English lexicon: a mast pulled down and a hut burned (a facility
attack), a farm chemical in drinking water (poison, an unarmed assault), blunt weapons only,
"raiding", a roadside mine, and "fired for hours on". Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def _means(text: str) -> list[str]:
    return [h.means for h in find_triggers(text)]


def test_mast_pulled_down_and_hut_burned_is_a_facility_attack() -> None:
    record = _main(
        "05/00/2009: Militants pulled down a radio mast with a truck in Nad Ali district, "
        "Helmand province, Afghanistan, and burned the watchman's hut next to it. Nobody was hurt."
    )
    assert record["attack_type"] == "Facility/Infrastructure Attack"
    assert record["weapon_type"] == "Incendiary"


def test_pulled_down_needs_a_structure() -> None:
    assert "destroy" in _means("They tore down and burned two phone antennas.")
    assert "destroy" not in _means("He pulled down the shutters of his shop and left.")


def test_pesticide_in_a_well_is_poison() -> None:
    record = _main(
        "06/00/2014: Unknown men poured insecticide into the drinking-water tank of a girls' "
        "school in Takhar province, Afghanistan. Twenty pupils fell ill and were taken to hospital."
    )
    assert record["attack_type"] == "Unarmed Assault"
    assert record["weapon_type"] == "Chemical"
    assert "unarmed" not in _means("Farmers put fertiliser into the fields before spring.")


def test_clubs_and_raiding_make_an_unarmed_assault() -> None:
    record = _main(
        "04/00/2016: Youths armed with clubs and stones injured two teachers after raiding a "
        "village school in Logar province, Afghanistan. No one died."
    )
    assert record["attack_type"] == "Unarmed Assault"
    assert record["weapon_type"] == "Melee"
    assert "assault" in _means("Soldiers were raiding a compound.")


def test_roadside_mine_is_a_bomb() -> None:
    record = _main(
        "09/00/2012: A roadside mine wrecked a minibus in Zhari district, Kandahar province, "
        "Afghanistan. Five passengers died."
    )
    assert record["attack_type"] == "Bombing/Explosion"
    assert "ied" in _means("Two roadside mines were cleared.")


def test_fired_for_hours_on_a_building_is_firing() -> None:
    assert "firearm" in _means("Gunmen fired for three hours on the police headquarters.")
    assert "firearm" not in _means("The governor fired for incompetence on Monday two aides.")


def test_unidentified_gas_in_classrooms_is_an_unarmed_assault() -> None:
    record = _main(
        "11/00/2015: Some 40 pupils fainted after a mysterious gas spread through a girls' "
        "school in Herat city, Herat province, Afghanistan. None died."
    )
    assert record["attack_type"] == "Unarmed Assault"
    assert "unarmed" not in _means("A mysterious man was seen near the school.")
