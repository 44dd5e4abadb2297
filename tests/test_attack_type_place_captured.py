""" "Captured" with a place after it is a town or post overrun, not an arrest; with people
after it, it stays an arrest. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def _means(text: str) -> list[str]:
    return [h.means for h in find_triggers(text)]


def test_town_captured_is_overrun() -> None:
    assert _means("Militants captured Sangin town, Helmand province, at dawn.") == ["overrun"]
    assert _means("Militants captured an army outpost in Zabul.") == ["overrun"]
    assert _means("Militants captured the district centre of Nawa.") == ["overrun"]


def test_people_captured_stay_an_arrest() -> None:
    assert _means("Police captured the district police chief's killer in Zabul.") == ["arrest"]
    assert _means("Police captured three suspects at a checkpoint in Zabul.") == ["arrest"]
    assert _means("Militants captured the district governor of Nawa.") == ["arrest"]


def test_city_captured_is_no_kidnapping() -> None:
    events = extract_text(
        "06/02/2016: Taliban fighters captured Farah city, Farah province, Afghanistan, after "
        "an assault from three sides, freeing prisoners and burning offices.",
        document_id="case",
    ).events
    assert events
    record = events[0].to_dict()
    assert record["attack_type"] == "Armed Assault"
    assert record["sub_event_type"] == "Non-state actor overtakes territory"


def test_guard_beaten_beside_arson_is_an_unarmed_assault() -> None:
    events = extract_text(
        "03/11/2012: Unknown men tied up and beat the watchman of a school in Andar district, "
        "Ghazni province, Afghanistan, and set the classrooms on fire. The watchman was "
        "badly beaten but survived.",
        document_id="case",
    ).events
    assert events
    assert events[0].to_dict()["attack_type"] == "Unarmed Assault"


def test_empty_building_burned_stays_a_facility_attack() -> None:
    events = extract_text(
        "03/11/2012: Unknown men set fire to a girls' school in Andar district, Ghazni "
        "province, Afghanistan, at night. No one was hurt.",
        document_id="case",
    ).events
    assert events
    assert events[0].to_dict()["attack_type"] == "Facility/Infrastructure Attack"
