"""English wire reports: where the main event happened and who is said to have done it, as
reporters write them (a village named like a place elsewhere, blame told in later
paragraphs)."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.places import place_of
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry


def _place(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_a_village_named_like_a_town_elsewhere_lies_in_the_district_named() -> None:
    text = "Two farmers were shot dead in the village of Qala-e Naw in Achin district."
    assert _place(text) == ("Nangarhar", "Qala-e Naw")


def test_a_village_called_so_after_a_comma_lies_in_the_district_named() -> None:
    text = "A mine killed a shepherd near Qala-e Naw, a village in Achin district, on Friday."
    assert _place(text) == ("Nangarhar", "Qala-e Naw")


def test_a_town_of_the_district_named_stays_the_gazetteers_town() -> None:
    text = "A bomb went off in the town of Rustaq in Rustaq district on Friday."
    assert _place(text) == ("Takhar", "Rustaq")


def _roles(sentence: str) -> list[tuple[str, str]]:
    return [(a.actor_id, a.role) for a in find_actors(sentence, load_registry())]


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("Police said the mine had been planted by the Taliban near the culvert.", "TALIBAN"),
        ("The district chief said the explosives were hidden by Taliban fighters.", "TALIBAN"),
        ("Provincial officials suspect the Haqqani network.", "HAQQANI"),
        ("The governor said Taliban insurgents were to blame for the ambush.", "TALIBAN"),
        (
            "The governor's office said in a statement that Daesh fighters had carried out "
            "the raid.",
            "IS",
        ),
        ("Officials said the Taliban, who hold the valley, had planted the device.", "TALIBAN"),
        ("According to local police, Taliban fighters planted the bomb at dawn.", "TALIBAN"),
    ],
)
def test_blame_told_in_a_later_paragraph(sentence: str, group: str) -> None:
    assert (group, "attribution") in _roles(sentence)


def test_a_claim_by_part_of_a_group_is_the_groups_claim() -> None:
    sentence = (
        "A bomber killed six soldiers, an attack claimed by a faction of the Pakistani Taliban."
    )
    assert ("TTP", "claim") in _roles(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the group's own device defused by others is no blame of another group
        "Police said the mine had been defused by the army.",
        # a habit, not this attack
        "Afghan officials often blame the Taliban for such attacks.",
        # the group suspected of nothing: the word is a noun
        "Police detained a suspect, a Taliban member, at the scene.",
    ],
)
def test_no_blame_without_the_act_laid_on_the_group(sentence: str) -> None:
    assert all(role != "attribution" for _, role in _roles(sentence))


def _events(text: str) -> list[Event]:
    return list(extract_text(text, published=dt.date(2023, 3, 9), genre="wire").events)


def test_an_earlier_attack_on_a_building_named_by_its_city_is_in_that_city() -> None:
    text = (
        "FAIZABAD, Afghanistan (Oxus Line) - Gunmen shot dead two Uzbek traders outside a "
        "market in Faizabad, the capital of Badakhshan province, on Wednesday, police said.\n\n"
        "No group claimed the killing. In May 2022, Islamic State gunmen attacked a Mazar-i-Sharif "
        "guesthouse used by foreign traders."
    )
    events = _events(text)
    assert [e.location for e in events] == ["Faizabad", "Mazar-i-Sharif"]


def test_an_earlier_event_with_its_town_as_subject_is_in_that_town() -> None:
    text = (
        "KABUL, March 9 (Pamir Wire) - A suicide bomber killed four guards at the gate of a "
        "ministry in Kabul on Thursday, officials said.\n\n"
        "Kunduz, overrun by the Taliban last September, saw heavy fighting for weeks."
    )
    events = _events(text)
    assert [e.location for e in events] == ["Kabul", "Kunduz"]


def test_an_earlier_event_named_nowhere_keeps_the_datelines_place() -> None:
    text = (
        "KANDAHAR, Afghanistan (Pamir Wire) - A roadside bomb killed three soldiers on a patrol "
        "in Zhari district on Thursday, officials said.\n\n"
        "Last month, a suicide bomber killed five police officers at a checkpoint."
    )
    events = _events(text)
    assert [e.location for e in events] == ["Zhari district", "Kandahar"]


def test_a_reaction_to_the_attack_spoken_elsewhere_is_no_new_incident() -> None:
    text = (
        "KUNDUZ, Afghanistan (Pamir Wire) - A car bomb exploded outside the provincial "
        "police headquarters in Kunduz city on Thursday, killing nine officers, officials said."
        "\n\nThe interior minister condemned the bombing and, speaking in Herat, said the "
        "Taliban had claimed it."
    )
    events = _events(text)
    assert [(e.location, e.claimed_by) for e in events] == [("Kunduz", "TALIBAN")]


def test_a_condemned_attack_of_another_day_is_still_another_incident() -> None:
    text = (
        "KUNDUZ, Afghanistan (Pamir Wire) - A car bomb exploded outside the provincial "
        "police headquarters in Kunduz city on Thursday, killing nine officers, officials said."
        "\n\nThe governor also condemned the bombing of a girls' school in Herat, which "
        "killed four pupils."
    )
    assert len(_events(text)) == 2


def test_a_district_named_after_a_town_abroad_lies_in_the_towns_province() -> None:
    fix = place_of("Gunmen raided a border post in Chitral district at dawn.", load_registry())
    assert fix is not None
    assert (fix.country, fix.admin1, fix.location) == (
        "Pakistan",
        "Khyber Pakhtunkhwa",
        "Chitral district",
    )


def test_a_direction_between_owner_and_district_keeps_the_owner() -> None:
    text = "A bomb hit a police van in Kandahar's southern Zhari district on Friday."
    assert _place(text) == ("Kandahar", "Zhari district")
    abroad = place_of(
        "Militants attacked posts in Pakistan's northern Chitral district.", load_registry()
    )
    assert abroad is not None
    assert (abroad.country, abroad.admin1) == ("Pakistan", "Khyber Pakhtunkhwa")


def test_a_city_named_for_its_government_is_no_place() -> None:
    registry = load_registry()
    assert place_of("He called the shelling a crime of the Kabul administration.", registry) is None
    assert place_of("The envoy handed a protest to the Islamabad government.", registry) is None
    # near miss: the city itself
    assert _place("Officials met at a government office in Kabul on Monday.") == ("Kabul", "Kabul")
