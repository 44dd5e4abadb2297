"""Perpetrators, claims, territory and event boundaries in wire reports, third round.

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import GROUP_ANAPHOR, ActorHit, acting_groups, find_actors
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


def _roles(text: str, language: str = "en") -> dict[str, str]:
    found = find_actors(text, load_registry(), language=language)
    return {hit.actor_id: hit.role for hit in found}


def _means(text: str, language: str) -> list[str]:
    return [h.means for h in find_triggers(text, language=language, registry=load_registry())]


def test_defenders_who_held_out_are_no_hostages_and_the_district_centre_was_taken() -> None:
    text = (
        "KUNDUZ - Taliban fighters overran the centre of Dasht-e Archi district in Kunduz "
        "province on Monday after a three-day siege, killing six policemen, officials said.\n\n"
        "The police held out for three days before they ran out of ammunition."
    )
    events = extract_text(text, published=dt.date(2019, 5, 14), language="en").events
    assert len(events) == 1
    assert events[0].attack_type == "Armed Assault"
    assert events[0].sub_event_type == "Non-state actor overtakes territory"
    # a post overrun inside a district is a clash, not the district taken
    text = (
        "KUNDUZ - Taliban fighters overran an army post in Dasht-e Archi district of Kunduz "
        "province on Monday, killing four soldiers, officials said."
    )
    events = extract_text(text, published=dt.date(2019, 5, 14), language="en").events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_spokesman_saying_the_group_took_a_place_claims_it() -> None:
    roles = _roles("A Taliban spokesman said on Telegram that the group had captured the post.")
    assert roles["TALIBAN"] == "claim"
    # another group named as the doer is its act, not the speaker's claim
    roles = _roles("A Taliban spokesman said on Telegram that ISKP had killed three guards.")
    assert roles["TALIBAN"] != "claim"


def test_russian_shelling_that_did_not_happen_is_no_trigger() -> None:
    assert _means("По данным пограничников, обстрелов приграничных сёл не было.", "ru") == []


def test_a_russian_spokesman_saying_the_fighters_took_the_centre_claims_it() -> None:
    text = "Представитель «Талибана» заявил, что боевики «освободили» центр уезда."
    assert _roles(text, "ru")["TALIBAN"] == "claim"


def test_arabic_words_with_the_doubling_mark_are_still_trigger_words() -> None:
    assert "explosion" in _means("فجّر مجهولون عبوة قرب الجسر.", "ar")
    assert "air" in _means("قصفت طائرة مسيّرة سيارة على الطريق.", "ar")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("قُتل مدنيان في غارة شنتها طائرة أمريكية مسيرة على قرية.", "US"),
        ("قالت السلطات إن القوات الباكستانية شنته على قرى حدودية.", "PAKISTAN"),
    ],
)
def test_an_arabic_state_that_launched_a_strike_is_its_agent(text: str, state: str) -> None:
    assert _roles(text, "ar")[state] == "agent"


def test_an_arabic_group_announcing_what_its_forces_did_is_the_agent() -> None:
    text = "أعلنت حكومة طالبان أن قواتها قتلت ثلاثة مسلحين في عملية ليلية."
    assert _roles(text, "ar")["TALIBAN"] == "agent"


def test_the_arabic_front_is_a_known_group() -> None:
    assert _roles("وتبنت جبهة الحرية الأفغانية العملية في بيان.", "ar")["AFF"] == "claim"


def test_arabic_the_organisation_refers_to_the_group_named_an_organisation() -> None:
    named = ActorHit(0, 10, "تنظيم داعش", "IS", "patient")
    hunter = ActorHit(20, 26, "طالبان", "TALIBAN", "agent")
    anaphor = ActorHit(40, 47, "التنظيم", GROUP_ANAPHOR, "claim")
    assert acting_groups([(named, hunter), (anaphor,)], load_registry()) == [None, "IS"]


def test_a_bombing_it_claimed_is_claimed_by_the_group_the_sentence_before_names() -> None:
    text = (
        "KUNDUZ - A bomb killed a teacher in Kunduz city on Tuesday, police said.\n\n"
        "Islamic State Khorasan Province has often attacked schools. In May 2021, a bombing it "
        "claimed at a school in Khost province killed four people."
    )
    events = extract_text(text, published=dt.date(2023, 3, 8), language="en").events
    side = [e for e in events if e.admin1 == "Khost"]
    assert len(side) == 1
    assert side[0].claimed_by == "ISKP"


def test_the_fighting_already_told_opens_no_event_where_the_wounded_were_flown() -> None:
    text = (
        "TALOQAN - Taliban fighters attacked a police post in Takhar province on Tuesday, "
        "officials said.\n\n"
        "Ten policemen were wounded in the fighting and flown to Kabul by helicopter."
    )
    events = extract_text(text, published=dt.date(2018, 7, 4), language="en").events
    assert len(events) == 1


def test_the_insurgents_attacking_two_days_earlier_is_the_same_siege() -> None:
    text = (
        "TALOQAN - Taliban fighters overran a police post in Takhar province on Tuesday after a "
        "two-day siege, killing five policemen, officials said.\n\n"
        "The insurgents attacked the post from three sides on Sunday night."
    )
    events = extract_text(text, published=dt.date(2018, 7, 4), language="en").events
    assert len(events) == 1


def test_arabic_the_blast_already_told_is_not_another_incident_where_it_is_reported() -> None:
    text = (
        "كابول - المشرق: انفجرت عبوة ناسفة عند برج لخط الكهرباء في ولاية بروان ليل الثلاثاء.\n\n"
        "وقال متحدث باسم الشرطة في هرات إن التفجير لم يسفر عن إصابات."
    )
    events = extract_text(text, published=dt.date(2026, 6, 10), language="ar").events
    assert len(events) == 1


def test_a_side_incident_under_a_foreign_dateline_takes_the_province_told_before() -> None:
    text = (
        "ДУШАНБЕ, 19 июня — Боевики «Талибана» в четверг атаковали полицейский участок в "
        "провинции Кундуз.\n\n"
        "Провинция Бадахшан граничит с Таджикистаном. В апреле талибы "
        "атаковали армейские посты в соседнем уезде, убив не менее 18 военнослужащих."
    )
    events = extract_text(text, published=dt.date(2015, 6, 19), language="ru").events
    april = [e for e in events if e.event_date is not None and e.event_date.month == 4]
    assert len(april) == 1
    assert april[0].admin1 == "Badakhshan"


def test_an_arabic_raid_that_ended_in_a_clash_is_an_armed_assault() -> None:
    text = (
        "جلال آباد - أعلنت حكومة طالبان أن قواتها قتلت ثلاثة من عناصر تنظيم داعش أمس الثلاثاء "
        "في مديرية جبرهار بولاية ننغرهار.\n\n"
        "وقال متحدث إن القوات داهمت مخبأ للتنظيم، واستمر الاشتباك نحو ساعتين."
    )
    events = extract_text(text, published=dt.date(2023, 4, 12), language="ar").events
    assert events[0].actor1 == "TALIBAN"
    assert events[0].attack_type == "Armed Assault"


def test_firing_in_an_attempt_to_kill_an_envoy_is_an_assassination() -> None:
    text = (
        "KABUL - A gunman fired on the embassy compound on Friday in an attempt to kill the "
        "head of mission, who was unhurt, officials said."
    )
    events = extract_text(text, published=dt.date(2022, 12, 3), language="en").events
    assert [e.attack_type for e in events] == ["Assassination"]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("In April 2017 the US military dropped its largest bomb on caves in Achin.", "US"),
        ("The Taliban said their forces had killed four militants in a raid.", "TALIBAN"),
    ],
)
def test_who_dropped_a_bomb_or_whose_forces_killed_acted(text: str, actor: str) -> None:
    assert _roles(text)[actor] == "agent"


def test_an_arabic_sticky_bomb_on_a_clerics_car_is_an_assassination() -> None:
    text = (
        "قندوز - لقي رجل دين بارز حتفه مساء الاثنين في انفجار عبوة لاصقة استهدفت سيارته في "
        "مدينة قندوز."
    )
    events = extract_text(text, published=dt.date(2026, 1, 20), language="ar").events
    assert [e.attack_type for e in events] == ["Assassination"]
