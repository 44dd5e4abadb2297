"""Russian: people hospitalised or burned are hurt ("пятеро госпитализированы", "девять
человек с ожогами доставлены в больницу"), a sentence that says so alone reaches the
casualty reader, and a figure told "of them" ("30 из них госпитализированы") is a part of
the count before it, not more.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.relation) for m in find_casualties(text, language="ru")]


def test_people_hospitalised_are_hurt() -> None:
    assert _read("Пятеро рабочих госпитализированы.") == [("injured", 5, "count")]


def test_people_with_burns_are_hurt() -> None:
    assert _read("Девять человек с ожогами доставлены в больницу.") == [("injured", 9, "count")]


def test_those_of_them_hospitalised_are_a_part() -> None:
    text = "Ранения получили 70 человек, 30 из них госпитализированы."
    assert _read(text) == [("injured", 70, "count"), ("injured", 30, "subset")]


def test_those_of_them_who_died_are_no_part_of_the_wounded() -> None:
    text = "Ранения получили 70 человек, трое из них скончались."
    assert ("killed", 3, "count") in _read(text)


def test_a_report_counts_the_burned() -> None:
    text = (
        "КУНДУЗ, 9 мая. Взрыв бензовоза прогремел в понедельник в городе Кундуз. "
        "Ещё девять человек с ожогами доставлены в больницу."
    )
    extraction = extract_text(
        text, document_id="ru-burns", published=dt.date(2023, 5, 9), language="ru", genre="wire"
    )
    assert [e.injuries.best for e in extraction.events] == [9]
