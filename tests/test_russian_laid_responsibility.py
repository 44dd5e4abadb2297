"""Russian "возложил ответственность за взрыв на X" lays the responsibility on X: blame, not a
claim; "X взял на себя ответственность" stays a claim. Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_DAY = dt.date(2012, 5, 4)


def test_responsibility_laid_on_a_group_is_blame() -> None:
    text = (
        "Кабул, 4 мая. В пятницу в городе Кундуз у здания полиции взорвалась бомба, погибли "
        "три человека. Губернатор провинции возложил ответственность за взрыв на движение "
        "«Талибан»."
    )
    events = extract_text(text, published=_DAY, language="ru").events
    assert events
    assert events[0].claimed_by is None
    assert events[0].actor1 == "TALIBAN"


def test_responsibility_taken_is_a_claim() -> None:
    text = (
        "Кабул, 4 мая. В пятницу в городе Кундуз у здания полиции взорвалась бомба, погибли "
        "три человека. Ответственность за взрыв взяло на себя движение «Талибан»."
    )
    events = extract_text(text, published=_DAY, language="ru").events
    assert events
    assert events[0].claimed_by == "TALIBAN"
