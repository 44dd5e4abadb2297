"""Long-form analysis told as a narrative: days counted from the event told before, in
English, Turkish and Russian; an event sentence with no date of its own dated by the remark
just before it, by "the same morning", or by the heading of its own section; and remarks
that are not events.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.frames import later_days
from conflictdesk.extract.places import place_of
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry

PUBLISHED = dt.date(2024, 6, 30)


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text, document_id="lf-n", published=PUBLISHED, genre="analysis", language=language
    )
    return list(found.events)


def _told(events: list[Event], words: str) -> Event:
    found = [e for e in events if any(words in s.evidence for s in e.sources)]
    assert len(found) == 1, [e.sources[0].evidence for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("opening", "days"),
    [
        ("Eleven days later a bomb went off", 11),
        ("Exactly two weeks later, gunmen", 14),
        ("The following night the police", 1),
        ("That night the militia", 0),
        ("Dört gün sonra bir bomba", 4),
        ("Tam iki hafta sonra", 14),
        ("Ertesi sabah", 1),
        ("Через пять дней смертник", 5),
        ("Спустя неделю", 7),
        ("На следующий день", 1),
        ("Hours later the army", None),
        ("Nine days after the raid on the school", None),
        ("The same morning, a bomber", 0),
        ("That afternoon gunmen", 0),
        ("Aynı sabah bir bomba", 0),
        ("Тем же утром смертник", 0),
    ],
)
def test_later_days_counts_an_opening_in_three_languages(opening: str, days: int | None) -> None:
    assert later_days(opening) == days


def test_count_of_days_dates_an_event_told_after_a_remark() -> None:
    # a remark stands between the two events: the second is still dated from the first
    text = (
        "On 3 May 2023 a bomb exploded at a bus station in Kunduz city, killing six people. "
        "The station had been searched the week before. "
        "Guards were few. "
        "Eleven days later a bomb hidden in a cart killed four people at a bazaar in Taloqan."
    )
    assert _told(_events(text), "Taloqan").event_date == dt.date(2023, 5, 14)


def test_turkish_count_of_days_dates_the_next_event() -> None:
    text = (
        "Batıda saldırılar sürdü. 12 Mart 2023'te Herat'ta bir camide bomba patladı ve dokuz "
        "kişi öldü. "
        "Dört gün sonra Kandahar'da bir pazarda bomba patladı ve beş kişi öldü."
    )
    assert _told(_events(text, "tr"), "pazarda").event_date == dt.date(2023, 3, 16)


def test_lead_in_with_a_count_of_days_dates_the_event_after_it() -> None:
    # "Beş gün sonra sıra Gazne'ye geldi.": no event word of its own; it dates the next one
    text = (
        "Batıda saldırılar sürdü. 12 Mart 2023'te Herat'ta bir camide bomba patladı ve dokuz "
        "kişi öldü. "
        "Saldırıyı kimse üstlenmedi. "
        "Bu ayrıntı önemliydi. "
        "Beş gün sonra sıra Gazne'ye geldi. "
        "Kentin merkezindeki bir okulda bir intihar saldırganı kendini patlattı ve 12 kişi öldü."
    )
    assert _told(_events(text, "tr"), "okulda").event_date == dt.date(2023, 3, 17)


def test_russian_count_of_days_dates_the_next_event() -> None:
    text = (
        "На западе нападения продолжались. 12 марта 2023 года в Герате взорвалась бомба у "
        "мечети; погибли девять человек. "
        "Через четыре дня взрыв на рынке в Кандагаре унёс жизни пяти человек."
    )
    assert _told(_events(text, "ru"), "рынке").event_date == dt.date(2023, 3, 16)


def test_warning_of_possible_attacks_is_no_event() -> None:
    text = (
        "Security in the capital worsened. On 5 May 2023 the British embassy warned its "
        "citizens of possible attacks on hotels in Kabul."
    )
    assert _events(text) == []


def test_russian_warning_of_possible_attacks_is_no_event() -> None:
    text = (
        "Обстановка в столице ухудшилась. 5 мая 2023 года посольство Франции предупредило "
        "своих граждан о возможных терактах в гостиницах Кабула."
    )
    assert _events(text, "ru") == []


def test_among_the_dead_with_a_province_in_a_title_adds_to_the_event() -> None:
    # the province in the dead man's title is not the place of another incident
    text = (
        "Северо-восток оставался неспокойным. 8 июня 2023 года в мечети Файзабада взорвалась "
        "бомба; погибли девять человек. Среди погибших был бывший начальник полиции провинции "
        "Кундуз."
    )
    assert len(_events(text, "ru")) == 1


# a state's raids on an armed group, told in analysis prose


def test_its_forces_raiding_a_house_is_the_states_armed_clash_with_the_group() -> None:
    text = (
        "ISKP lost ground in the east. The Taliban intelligence service kept up the pressure. "
        "On 3 May 2024 its forces raided a house near Asadabad, and officials said five "
        "militants were killed."
    )
    event = _told(_events(text), "its forces")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert (event.actor1, event.actor2) == ("TALIBAN", "ISKP")


def test_blamed_for_attacks_on_an_embassy_does_not_blame_its_state() -> None:
    text = (
        "ISKP lost a planner. On 9 April 2023 the GDI raided a flat in Kabul and killed a "
        "commander whom the Taliban blamed for the attacks on the Chinese embassy."
    )
    event = _told(_events(text), "raided a flat")
    assert event.actor1 == "TALIBAN"


def test_raid_on_a_house_that_killed_militants_is_an_armed_clash() -> None:
    # the house is where the militants were, not civilians attacked
    text = (
        "ISKP lost ground in the east. On 3 May 2024 Taliban special forces raided a house on "
        "the edge of Asadabad; they first reported four militants killed and later six."
    )
    event = _told(_events(text), "raided a house")
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


def test_a_groups_external_operations_such_as_bombings_are_no_raid() -> None:
    text = (
        "ISKP kept its reach abroad. Its external operations, such as the suicide bombings in "
        "Kerman in January 2024, were planned from outside Afghanistan."
    )
    assert all(e.event_type != "Battles" for e in _events(text))


def test_a_year_in_a_remark_does_not_pull_back_the_running_date() -> None:
    # "in 2022" in a remark after a December day: the next "3 January" is January 2023
    text = (
        "The capital was struck twice. On 20 December 2022 gunmen attacked a guesthouse in "
        "Kabul, killing two guards. Each attack on foreigners in 2022 was meant to raise the "
        "cost of engaging the Taliban. On 3 January a suicide bomber killed five people at a "
        "checkpoint near Kabul airport."
    )
    assert _told(_events(text), "checkpoint").event_date == dt.date(2023, 1, 3)


def test_a_person_named_before_a_countrys_title_is_no_place() -> None:
    # "at Karim Shah, Iran's consul": the man shot at, the country owns his title
    text = "On 4 March gunmen fired at Karim Shah, Iran's consul, as he left his office."
    assert place_of(text, load_registry()) is None


def test_days_after_a_named_death_date_the_event_from_that_death() -> None:
    # the event told just before is another one; the count runs from the death it names
    text = (
        "The raids went on. On 2 March 2023 Taliban forces killed Maulvi Zarif Khan, ISKP's "
        "finance chief, in a raid in Kabul. On 5 March 2023 a bomb wounded three guards at a "
        "checkpoint in Herat. Nine days after Zarif Khan's death, a suicide bomber killed the "
        "head of a madrasa in Kunduz city. He had preached against the group in late 2021, "
        "and the killing was meant as a warning to other clerics."
    )
    assert _told(_events(text), "madrasa in Kunduz").event_date == dt.date(2023, 3, 11)


def test_the_province_of_an_office_gives_way_to_the_town_after_it() -> None:
    text = "A bomber reached the governor of Balkh, in Mazar-i-Sharif, on Monday."
    place = place_of(text, load_registry())
    assert place is not None
    assert place.location == "Mazar-i-Sharif"


def test_a_groups_own_claim_as_a_possessive_is_a_claim() -> None:
    text = (
        "The north was hit. On 9 March 2023 a suicide bomber killed the governor of Samangan "
        "in Aybak. ISKP's claim presented the killing as revenge for the crackdown."
    )
    event = _told(_events(text), "Samangan")
    assert event.claimed_by == "ISKP"
    assert "claim" in event.tags


def test_that_night_counts_from_the_day_a_remark_gave() -> None:
    text = (
        "## Background\n\n"
        "The group's ambitions in the region are old. "
        "Our account of them begins on 14 March 2019 in Herat. "
        "That night a gunman opened fire on worshippers at a shrine in Herat, killing nine "
        "people. The group claimed the attack.\n"
    )
    event = _told(_events(text), "opened fire")
    assert event.event_date == dt.date(2019, 3, 14)


def test_a_remark_giving_the_day_and_place_dates_the_event_after_it() -> None:
    text = (
        "## Iran\n\n"
        "Kerman'da örgütün en kanlı eylemi 9 Mart 2021'de Kerman'daki bir türbede yaşandı. "
        "Türbeye giren bir silahlı saldırgan ziyaretçilere ateş açarak 11 kişiyi öldürdü. "
        "Saldırıyı DEAŞ üstlendi.\n"
    )
    event = _told(_events(text, "tr"), "ateş açarak")
    assert event.event_date == dt.date(2021, 3, 9)


def test_the_heading_of_its_own_section_dates_an_event_told_right_after_another() -> None:
    text = (
        "## The pattern\n\n"
        "### Herat, 2 May 2022\n\n"
        "A bomb hidden in a cart exploded at a bus station in Herat, killing six passengers. "
        "The group claimed the attack. The station had been bombed once before.\n\n"
        "### Kunduz, 19 May 2022\n\n"
        "An explosion at a wrestling club in Kunduz killed three young men and wounded five "
        "others during an evening session. The group claimed the attack.\n"
    )
    event = _told(_events(text), "wrestling club")
    assert event.event_date == dt.date(2022, 5, 19)
