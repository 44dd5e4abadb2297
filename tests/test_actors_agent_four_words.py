"""A group four words before its act is still the one acting: "Taliban gunmen and suicide
bombers stormed". Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _actor1(text: str) -> list[str | None]:
    events = extract_text(text, published=dt.date(2015, 4, 2), language="en").events
    return [e.actor1 for e in events]


def test_group_with_four_words_before_the_verb_is_the_agent() -> None:
    text = (
        "JALALABAD, April 2 (Wire) - Taliban gunmen and suicide bombers stormed a district "
        "police headquarters in Nangarhar province on Thursday, killing five policemen, "
        "officials said."
    )
    assert "TALIBAN" in _actor1(text)


def test_group_whose_men_were_shot_is_not_the_agent() -> None:
    text = (
        "JALALABAD, April 2 (Wire) - A Taliban commander and his two guards were shot dead "
        "by unknown gunmen in Nangarhar province on Thursday, officials said."
    )
    assert "TALIBAN" not in _actor1(text)
