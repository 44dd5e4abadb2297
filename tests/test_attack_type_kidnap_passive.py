"""Kidnappings told in the passive ("were taken from their guesthouse", "were seized at
gunpoint"): a hostage taking, not an armed assault. Invented sentences."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

KIDNAP = "Hostage Taking (Kidnapping)"


def _attack_type(text: str) -> str | None:
    day = dt.datetime.strptime(text[:10], "%m/%d/%Y").date()
    events = extract_text(text, published=day, language="en", genre="summary").events
    assert events
    return events[0].attack_type


def test_taken_from_where_they_live_or_work() -> None:
    text = (
        "04/11/2014: Three engineers were taken from their guesthouse in Gardez, Paktia province."
    )
    assert _attack_type(text) == KIDNAP
    text = "04/11/2014: A teacher was taken from his home in Kunduz by armed men. He was freed."
    assert _attack_type(text) == KIDNAP


def test_dragged_out_and_killed_on_the_spot_is_no_kidnapping() -> None:
    text = "04/11/2014: A teacher was dragged from his house in Kunduz and shot dead."
    assert _attack_type(text) != KIDNAP


def test_seized_at_gunpoint() -> None:
    text = "04/11/2014: Two doctors were seized at gunpoint near Gardez, Paktia province."
    assert _attack_type(text) == KIDNAP


def test_goods_seized_or_taken_are_no_kidnapping() -> None:
    text = "04/11/2014: Police said weapons were seized in a raid in Gardez, Paktia province."
    assert _attack_type(text) != KIDNAP
    text = "04/11/2014: Gunmen shot dead a shopkeeper in Gardez and took off with his money."
    assert _attack_type(text) != KIDNAP
