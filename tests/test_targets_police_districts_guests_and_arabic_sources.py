"""Target and attack-type readings: police districts, patrol vehicles, bombs timed for an
official, Arabic verb-first sources. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_numbered_police_district_is_a_place_not_the_police() -> None:
    record = _main(
        "03/14/2016: A sticky bomb attached to a rickshaw went off in Police District 11 of "
        "Kabul city, Kabul province, Afghanistan, wounding the driver."
    )
    assert record["target_type"] != "Police"


def test_group_patrol_vehicles_belong_to_the_group() -> None:
    record = _main(
        "04/02/2023: A roadside bomb struck Taliban patrol vehicles near Sheberghan city, "
        "Jowzjan province, Afghanistan. No one was hurt."
    )
    assert record["actor2"] == "TALIBAN"
    assert record["target_type"] != "Private Citizens & Property"


def _target_type(text: str) -> str | None:
    found = choose(text, load_registry(), offset=0, trigger_at=None, exclude=[], date=None)
    return None if found is None else found.target_type


def test_arabic_body_after_a_verb_of_saying_is_the_source() -> None:
    # "The Ministry of Defence announced that a raid struck a market in the city."
    assert _target_type("أعلنت وزارة الدفاع أن غارة أصابت سوقا في المدينة.") == (
        "Private Citizens & Property"
    )


def test_arabic_noun_after_a_verb_of_launching_acted() -> None:
    # "Helicopters launched a raid on a religious school in the village."
    assert _target_type("شنت مروحيات غارة على مدرسة دينية في القرية.") != ("Airports & Aircraft")


def test_british_council_is_a_diplomatic_target() -> None:
    assert _target_type("Gunmen stormed the British Council office in Herat city.") == (
        "Government (Diplomatic)"
    )


def test_french_cultural_centre_is_a_diplomatic_target() -> None:
    assert _target_type("A bomb went off at the French Cultural Centre in Kabul.") == (
        "Government (Diplomatic)"
    )


def test_photographer_is_a_journalist() -> None:
    assert _target_type("Armed men seized a German photographer near Ghazni city.") == (
        "Journalists & Media"
    )


def test_vehicles_driven_off_with_drivers_left_behind_are_looted() -> None:
    record = _main(
        "07/19/2014: Armed men stopped three supply trucks on the highway in Delaram district, "
        "Nimroz province, Afghanistan, and drove off with them. The drivers were left at the "
        "roadside."
    )
    assert record["attack_type"] == "Hijacking"
    assert record["sub_event_type"] == "Looting/property destruction"


def test_vehicles_driven_off_with_some_people_held_stay_an_abduction() -> None:
    record = _main(
        "07/19/2014: Armed men stopped three supply trucks on the highway in Delaram district, "
        "Nimroz province, Afghanistan, and drove off with them. Two drivers were left at the "
        "roadside and the third was held for a week."
    )
    assert record["sub_event_type"] != "Looting/property destruction"


def test_bomb_timed_as_a_named_official_spoke_is_an_assassination() -> None:
    record = _main(
        "04/03/2015: A bomb hidden under the stage exploded as Abdul Satar Mirzakwal, governor "
        "of Kapisa, addressed elders in Mahmud Raqi city, Kapisa province, Afghanistan. The "
        "governor was killed."
    )
    assert record["attack_type"] == "Assassination"


def test_bomber_who_detonated_himself_next_to_an_official_is_an_assassination() -> None:
    record = _main(
        "04/03/2015: A suicide bomber detonated himself next to Deputy Governor Abdul Rashid "
        "Nuri outside his office in Mahmud Raqi city, Kapisa province, Afghanistan. The deputy "
        "governor and two guards were killed."
    )
    assert record["attack_type"] == "Assassination"


def test_turkish_maternity_ward_is_a_civilian_target() -> None:
    # "Two people died in an armed attack on a maternity ward in Herat."
    assert _target_type("Herat'ta bir doğumevine düzenlenen silahlı saldırıda iki kişi öldü.") == (
        "Private Citizens & Property"
    )
