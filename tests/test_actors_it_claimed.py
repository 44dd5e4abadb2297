"""A sentence opening "It claimed ..." after one about a group: "it" is that group. Each text
is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def test_it_claimed_an_earlier_bombing_is_the_group_just_named() -> None:
    text = (
        "HERAT, June 12 (Wire) - A bomb hidden in a cart killed four shoppers at a market in "
        "Herat city on Tuesday, police said. No group claimed the blast. Islamic State Khorasan "
        "Province has widened its campaign this year. It claimed the suicide bombing of a "
        "bus in Mazar-i-Sharif on April 20 that killed nine passengers."
    )
    events = extract_text(text, published=dt.date(2024, 6, 12), language="en").events
    earlier = [e for e in events if e.admin1 == "Balkh"]
    assert earlier, [(e.event_date, e.admin1) for e in events]
    assert earlier[0].claimed_by == "ISKP"


def test_it_claimed_the_lives_is_the_blast() -> None:
    text = (
        "HERAT, June 12 (Wire) - A bomb exploded at a market in Herat city on Tuesday, police "
        "said. Islamic State Khorasan Province has widened its campaign this year. It claimed "
        "the lives of four shoppers."
    )
    events = extract_text(text, published=dt.date(2024, 6, 12), language="en").events
    assert all(e.claimed_by is None for e in events)
