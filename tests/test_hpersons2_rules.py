"""Rules on the people an event concerns, each read from a general way reports are written.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, language: str) -> set[str]:
    found = extract_text(
        text,
        document_id="t-hpersons2",
        published=dt.date(2024, 5, 8),
        genre="wire",
        language=language,
    )
    return {p.name for e in found.events for p in e.persons}


def test_russian_drivers_driven_off_by_their_captors() -> None:
    # "увезли их в неизвестном направлении": a kidnapping, its hostages named by their role
    text = (
        "КАБУЛ, 8 мая. В провинции Баглан вооружённые люди во вторник остановили грузовик и "
        "вывели из кабины водителей Рустама Каримова и Бахрома Олимова, после чего увезли их "
        "в неизвестном направлении, сообщила полиция."
    )
    assert "Рустама Каримова" in _names(text, "ru")


def test_russian_blast_that_took_a_presenters_life() -> None:
    # "унёс жизнь телеведущего X": the role "телеведущий" and the death told by "унёс жизнь"
    text = (
        "КАБУЛ, 8 мая. Взрыв бомбы в автобусе в западной части Кабула во вторник унёс жизнь "
        "популярного телеведущего Джавида Амири."
    )
    assert "Джавида Амири" in _names(text, "ru")


def test_russian_trader_who_died() -> None:
    # "торговца скотом X, который погиб": a trader named by his trade
    text = (
        "ХОСТ, 8 мая. Ночью беспилотник нанёс удар по дому торговца скотом Шамсуллы Вазири в "
        "провинции Хост, который погиб вместе с братом, сообщили местные жители."
    )
    assert "Шамсуллы Вазири" in _names(text, "ru")
