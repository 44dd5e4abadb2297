"""Target types on wire reports: a force's supply convoy, de-miners, power-line pylons and
foreign cycle tourists in Russian, a source named with a second one, and the Russian subject
that died or was hurt. The sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

PUBLISHED = dt.date(2019, 6, 4)


def _target(text: str, language: str = "en") -> tuple[str | None, str | None]:
    events = extract_text(text, published=PUBLISHED, language=language).events
    assert events, text
    return events[0].target_type, events[0].actor2


CASES = [
    (
        "Insurgents ambushed an Afghan National Army supply convoy on the Herat-Farah highway"
        " in Shindand district on Sunday, killing two drivers, officials said.",
        "en",
        "Military",
    ),
    (
        "The bodies of three de-miners abducted on Friday in Farah province were found on"
        " Sunday, district officials and relatives said.",
        "en",
        "NGO",
    ),
    (
        "Двое иностранных велотуристов погибли в субботу в провинции Бадахшан, когда их"
        " обстреляли неизвестные.",
        "ru",
        "Tourists",
    ),
    (
        "Не менее шести полицейских погибли в пятницу при нападении боевиков на колонну,"
        " сопровождавшую грузовики с топливом, на трассе Кабул — Джалалабад.",
        "ru",
        "Police",
    ),
    (
        "Gunmen set fire to the equipment of two mobile phone operators in Shah Joy district"
        " on Tuesday, officials said.",
        "en",
        "Telecommunication",
    ),
    (
        "Armed men attacked a demining camp in Baghlan province on Monday, officials said.",
        "en",
        "NGO",
    ),
    (
        "A bomb hit a bus carrying Chinese engineers in Shangla district on Tuesday, police said.",
        "en",
        "Business",
    ),
    (  # "polis devriye aracı": a police patrol vehicle, not an army patrol
        "Nangarhar'da cumartesi günü bir polis devriye aracını hedef alan bombalı saldırıda"
        " 2 kişi öldü.",
        "tr",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "language", "target_type"), CASES)
def test_wire_target_types(text: str, language: str, target_type: str) -> None:
    assert _target(text, language)[0] == target_type


def test_force_convoy_keeps_the_force_as_actor2() -> None:
    assert _target(CASES[0][0]) == ("Military", "ANDSF")


def test_a_traders_supply_convoy_stays_business() -> None:
    text = (
        "Gunmen attacked a supply convoy of a private trucking company on the Kabul-Jalalabad"
        " highway on Monday, burning six trucks, police said."
    )
    assert _target(text)[0] == "Business"


def test_russian_pylon_is_the_whole_pylon() -> None:
    text = "Бомба взорвалась в понедельник у опоры высоковольтной линии в провинции Парван."
    event = extract_text(text, published=PUBLISHED, language="ru").events[0]
    assert (event.target_type, event.target) == ("Utilities", "опоры высоковольтной линии")


def test_a_second_source_named_with_the_first_is_no_target() -> None:
    text = "Two vaccinators were shot dead in Kunar province on Monday, police and residents said."
    assert _target(text)[0] != "Police"
