"""A role completed by an "of"/"for" phrase before the person's name in apposition is still one
person in a list of the dead (invented summaries)."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, int]] = [
    (
        "11/12/2012: A gunman opened fire inside a mosque in Pul-e Alam city, Logar province,"
        " Afghanistan, killing the governor of neighbouring Wardak province, Abdul Ghafar Sahil,"
        " and at least eight other worshippers.",
        9,
    ),
    (
        "05/04/2023: A gunman opened fire inside a compound in Pul-e Alam city, Logar province,"
        " Afghanistan, killing the minister for refugees, Khalil Haqqani, and two of his guards.",
        3,
    ),
    (
        "03/14/2013: A gunman opened fire inside a district compound in Sheberghan city,"
        " Jowzjan province, Afghanistan, killing Colonel Abdul Wahid Khan, the border police"
        " commander for the northern zone, the district governor and three other people.",
        5,
    ),
]


@pytest.mark.parametrize(("text", "dead"), CASES)
def test_role_complement_then_name(text: str, dead: int) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].fatalities.best == dead
