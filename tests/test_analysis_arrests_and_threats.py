"""Analysis articles: an arrest told "the next day" after an attack is an event of its own,
made by the state where it happened, not by the detainees' country; a group naming an embassy
as a target is a threat against that mission. The texts are invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 5, 1)


def _events(text: str, language: str = "en") -> list[Event]:
    return list(extract_text(text, published=PUBLISHED, language=language, genre="analysis").events)


ATTACK_EN = (
    "On 14 June 2023 three gunmen opened fire on a wedding party in Istanbul, killing nine"
    " guests, and the Islamic State claimed the attack."
)


def test_an_arrest_the_next_morning_is_its_own_event_by_the_state_where_it_happened() -> None:
    text = (
        ATTACK_EN + " The next morning three Uzbek nationals were detained near the border;"
        " they were later charged as the gunmen."
    )
    arrests = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1
    assert arrests[0].event_date == dt.date(2023, 6, 15)
    assert arrests[0].actor1 == "TURKEY"


def test_a_remark_the_next_morning_without_an_arrest_is_no_event() -> None:
    text = ATTACK_EN + " The next morning the city's markets opened as usual."
    assert [e.event_date for e in _events(text)] == [dt.date(2023, 6, 14)]


def test_a_russian_arrest_the_next_day_is_told_apart_from_the_attack() -> None:
    text = (
        "Свадьбы стали мишенью. 14 июня 2023 года трое вооружённых людей открыли огонь по"
        " гостям свадьбы в Стамбуле. Погибли девять человек. На следующий день были задержаны"
        " трое граждан Узбекистана, которых"
        " следствие считает исполнителями теракта."
    )
    found = {(e.event_date, e.sub_event_type, e.actor1) for e in _events(text, "ru")}
    assert (dt.date(2023, 6, 15), "Arrests", "TURKEY") in found


def test_an_embassy_named_as_a_legitimate_target_is_a_threat_against_it() -> None:
    text = (
        "In March 2025 a video released by ISKP named the Chinese embassy in Kabul as a"
        " legitimate target."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Other"
    assert event.target_type == "Government (Diplomatic)"
    assert event.actor2 == "CHINA"


def test_a_person_named_as_a_suspect_is_no_threat() -> None:
    text = "In March 2025 officials in Kabul named a former guard as a suspect in the case."
    assert not [e for e in _events(text) if e.sub_event_type == "Other"]


def test_an_arrest_that_same_night_takes_the_attacks_day() -> None:
    text = ATTACK_EN + " That same night Turkish police detained two suspects."
    arrests = [e for e in _events(text) if e.sub_event_type == "Arrests"]
    assert [(e.event_date, e.actor1) for e in arrests] == [(dt.date(2023, 6, 14), "TURKEY")]


def test_an_embassy_of_a_state_in_a_city_lies_in_the_citys_country() -> None:
    text = (
        "In March 2025 a video released by ISKP named the embassy of China in Kabul as a"
        " legitimate target."
    )
    (event,) = _events(text)
    assert (event.country, event.admin1) == ("Afghanistan", "Kabul")


def test_a_threat_told_without_its_speaker_is_the_main_groups() -> None:
    text = (
        "ISKP claimed the attack on the Russian embassy in Kabul. More recently its threats"
        " have become specific: in June 2024 a video named the embassy of Turkey in Kabul as a"
        " legitimate target."
    )
    threats = [e for e in _events(text) if e.sub_event_type == "Other"]
    assert [(e.actor1, e.actor2) for e in threats] == [("ISKP", "TURKEY")]


def test_a_group_seen_as_a_threat_made_none() -> None:
    text = "В 2020 году ИГ-Хорасан воспринимался в Кабуле как угроза прежде всего для Афганистана."
    assert _events(text, "ru") == []
