"""The people a gathering was held for are the target, more than a guard at its door."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "HERAT (Agency) - Herat'ta öğretmenler için düzenlenen bir mezuniyet töreninde "
            "meydana gelen patlamada bir polis memuru hayatını kaybetti.",
            "tr",
        ),
        (
            "HERAT, May 4 (Agency) - A bomb exploded at a ceremony held for teachers in Herat "
            "on Saturday, killing a police officer who guarded the hall.",
            "en",
        ),
    ],
)
def test_the_people_a_gathering_was_held_for(text: str, language: str) -> None:
    events = extract_text(text, published=dt.date(2024, 5, 4), language=language).events
    assert [e.target_type for e in events][:1] == ["Educational Institution"]
