"""An attack the text says nobody claimed has no perpetrator, though the analysis is about
one group: "a bomb went off near the funeral ...; nobody claimed it"."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_LEAD = (
    "The Islamic State Khorasan Province has targeted Hindus and Sikhs in Kabul for years. "
    "On 3 May 2023 a gunman shot dead four worshippers at a temple in Kabul, and the Islamic "
    "State Khorasan Province claimed the attack. "
)


def _second(text: str) -> str | None:
    events = extract_text(
        _LEAD + text, genre="analysis", language="en", title="ISKP and the minorities"
    ).events
    later = [e for e in events if e.event_date == dt.date(2023, 5, 4)]
    assert len(later) == 1
    return later[0].actor1


def test_nobody_claimed_it_leaves_the_perpetrator_unknown() -> None:
    assert (
        _second(
            "The next day a small bomb exploded near the funeral, injuring two mourners; "
            "nobody claimed it."
        )
        is None
    )


def test_a_claim_in_the_same_words_keeps_the_group() -> None:
    assert (
        _second(
            "The next day a small bomb exploded near the funeral, injuring two mourners; "
            "the Islamic State Khorasan Province claimed it."
        )
        == "ISKP"
    )
