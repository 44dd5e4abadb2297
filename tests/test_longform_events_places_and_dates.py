"""Long-form articles and English wire reports: the places and dates of the events they
tell (an office's province is not where the event was, when a town is named), and remarks
on attacks in general that are no event."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.places import place_of
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry


def _location(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_the_province_a_governor_governs_gives_way_to_the_town_named() -> None:
    text = "Gunmen shot the police chief of Kunduz, at his home in Khanabad, on Sunday night."
    assert _location(text) == ("Kunduz", "Khanabad")


def test_the_province_a_governor_governs_stays_when_no_town_is_named() -> None:
    text = "A bomb in a crowded hall wounded the deputy governor of Takhar on Friday."
    assert _location(text)[0] == "Takhar"


def test_the_district_a_strike_fell_on_is_where() -> None:
    text = "Drone strikes on the Dand Patan district of eastern Paktia province killed nine."
    assert _location(text) == ("Paktia", "Dand Patan district")


def test_a_day_after_strikes_on_is_no_place() -> None:
    text = "Air strikes on Friday killed six people in Kunar province."
    assert _location(text) == ("Kunar", None)


def test_the_in_of_a_groups_name_opens_no_place() -> None:
    text = "A statement by the Islamic State in Khorasan Province praised the bombers."
    assert place_of(text, load_registry()) is None


def test_a_place_after_a_groups_name_is_still_read() -> None:
    text = "The Islamic State in Khorasan Province said it had bombed a bus in Herat."
    assert _location(text) == ("Herat", "Herat")


def test_a_province_written_before_its_district_is_the_province() -> None:
    text = "Gunmen killed two guards in Baghlan, Nahrin district, Sunday 5 October."
    assert _location(text) == ("Baghlan", "Nahrin district")


def test_a_list_of_places_after_a_town_keeps_the_town_first() -> None:
    text = "Clashes in Kunduz, Khanabad and Chahar Dara killed eleven fighters."
    assert _location(text) == ("Kunduz", "Kunduz")


def _events(text: str) -> list[Event]:
    found = extract_text(
        text, document_id="lf-h", published=dt.date(2025, 3, 1), genre="analysis", language="en"
    )
    return list(found.events)


_TOLD = (
    "On 4 February 2025 gunmen abducted two engineers of a road company near Khost city, "
    "and the Taliban later freed them."
)


@pytest.mark.parametrize(
    "remark",
    [
        "Every drone strike, moreover, kills villagers in Kunar and turns them against Kabul.",
        "Ministers cannot afford to look weak when their foreign guests are killed in Kabul.",
        "Targeted killings of tribal elders in Zabul are rare but not new.",
        "The real question is whether Pakistan strikes again: a raid on a TTP leader in Kabul "
        "would signal a wider war.",
    ],
)
def test_a_remark_on_attacks_in_general_is_no_event(remark: str) -> None:
    events = _events(f"{_TOLD}\n\nThe group's aims are regional.\n\n{remark}")
    assert len(events) == 1


def test_a_trend_right_after_an_event_is_no_event() -> None:
    text = (
        "In March 2025 the Taliban said they had detained 12 ISKP members in Kunar in a single "
        "week.\n\nBy the autumn of 2025, the group's claimed bombings in Kunar had dropped "
        "sharply."
    )
    assert len(_events(f"{_TOLD}\n\n{text}")) == 2


@pytest.mark.parametrize(
    "told",
    [
        "Each strike killed four fighters in a compound near Asadabad on 2 March 2025.",
        "On 2 March 2025 a bombing of a Shia shrine in Herat killed six worshippers.",
        "On 2 March 2025 raids on two police posts in Kunar killed five officers.",
    ],
)
def test_one_attack_told_with_its_toll_is_an_event(told: str) -> None:
    events = _events(f"{_TOLD}\n\nThe group's aims are regional.\n\n{told}")
    assert len(events) == 2


_BEFORE_THE_WEST = (
    "On 2 January 2024 a bomb killed three police officers in Kandahar city.\n\n"
    "## The west\n\n"
    "The violence then moved to the western city of Herat, home to many returnees.\n\n"
)


def test_there_takes_the_place_of_the_lead_in_before_it() -> None:
    text = "In March 2024 a gunman shot dead six worshippers at a mosque there during prayers."
    events = _events(_BEFORE_THE_WEST + text)
    assert [(e.admin1, e.location) for e in events][1] == ("Herat", "Herat")


def test_there_after_a_place_of_its_own_keeps_its_own() -> None:
    text = "In March 2024 a gunman shot dead six men in Lashkar Gah and wounded two there."
    events = _events(_BEFORE_THE_WEST + text)
    assert [(e.admin1, e.location) for e in events][1] == ("Helmand", "Lashkar Gah")


def test_a_claim_after_an_arrest_at_the_scene_is_the_attacks() -> None:
    events = _events(
        "Attacks on foreign missions in Kabul have grown since 2021. On 2 December 2022 a "
        "gunman fired on the compound of the Pakistani embassy in Kabul, wounding a guard. "
        "Taliban forces said they arrested a suspect at the scene. The Khorasan branch claimed "
        "the attempt. Islamabad recalled its envoy."
    )
    told = sorted((e.sub_event_type, e.claimed_by) for e in events)
    assert told == [("Arrests", None), ("Attack", "ISKP")]
