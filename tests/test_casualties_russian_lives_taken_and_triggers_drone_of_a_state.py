"""Russian: a toll told as lives taken ("унёс жизни шести человек") or as people shot dead
("расстрелял") reaches the casualty reader of a report; a strike of a drone named by its
owner's adjective ("удар турецкого беспилотника") is a drone strike.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from conflictdesk.extract import extract_document
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.model import Document
from conflictdesk.resolve.registry import load_registry


def _fatalities(body: str) -> list[int | None]:
    text = "МОСКВА, 9 мая. " + body
    document = Document(
        id="ru-lives",
        text=text,
        content_hash=hashlib.sha1(text.encode()).hexdigest(),
        language="ru",
        genre="wire",
        published=dt.date(2023, 5, 9),
    )
    return [e.fatalities.best for e in extract_document(document, load_registry()).events]


def test_lives_taken_count_the_dead() -> None:
    body = "Взрыв на рынке в городе Кундуз в понедельник унёс жизни шести человек."
    assert _fatalities(body) == [6]


def test_people_shot_dead_count_the_dead() -> None:
    body = "В понедельник в городе Кундуз боевики расстреляли трёх полицейских."
    assert _fatalities(body) == [3]


def _air(text: str) -> list[str]:
    hits = find_triggers(text, language="ru", registry=load_registry())
    return [h.text for h in hits if h.means == "air"]


def test_a_strike_of_a_states_drone_is_an_air_strike() -> None:
    assert _air("Удар турецкого беспилотника по колонне в горах.") == [
        "Удар турецкого беспилотника"
    ]


def test_a_strike_and_a_drone_in_two_clauses_are_not() -> None:
    assert _air("Нанесён удар по складу, где хранились беспилотники.") == []
