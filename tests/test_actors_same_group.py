"""A background attack "the same group claimed" is the claim of the group named before it.
Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def test_the_same_group_claimed_an_earlier_bombing() -> None:
    text = (
        "KABUL, May 9 (Wire) - A suicide bomber killed seven worshippers at a mosque in "
        "Pul-i-Khumri on Friday, officials said. Islamic State Khorasan Province claimed "
        "responsibility. The same group claimed the suicide bombing at a market in Jalalabad "
        "on March 3 that killed 12 people."
    )
    events = extract_text(text, published=dt.date(2024, 5, 10), language="en").events
    earlier = [e for e in events if e.event_date == dt.date(2024, 3, 3)]
    assert earlier, [e.event_date for e in events]
    assert earlier[0].actor1 == "ISKP"
    assert earlier[0].claimed_by == "ISKP"
