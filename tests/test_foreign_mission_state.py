"""The state whose embassy or consulate was attacked is actor2 when Turkish names it before
the mission ("Pakistan'ın Kabil Büyükelçiliği") and Russian or Arabic after it ("посольства
России", "سفارة إسبانيا"). Each text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2023, 11, 3)

CASES: list[tuple[str, str, str]] = [
    (
        "Кабул, 3 ноября. Два сотрудника посольства Японии в Кабуле погибли в пятницу в "
        "результате взрыва у консульского отдела дипмиссии, сообщил источник.",
        "ru",
        "JAPAN",
    ),
    (
        "KABİL (XHA) - Japonya'nın Kabil Büyükelçiliği'ne bugün düzenlenen bombalı saldırıda "
        "iki görevli hayatını kaybetti.",
        "tr",
        "JAPAN",
    ),
]


@pytest.mark.parametrize(("text", "language", "state"), CASES, ids=[c[1] for c in CASES])
def test_state_of_the_mission_is_actor2(text: str, language: str, state: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].target_type == "Government (Diplomatic)"
    assert events[0].actor2 == state


def test_state_named_away_from_a_mission_is_not_its_owner() -> None:
    text = (
        "Кабул, 3 ноября. В пятницу у консульского отдела дипмиссии в Кабуле взорвалась "
        "бомба, погибли два охранника; МИД Японии осудил нападение."
    )
    events = extract_text(text, published=_DAY, language="ru").events
    assert events
    assert events[0].actor2 != "JAPAN"
