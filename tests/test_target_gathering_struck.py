"""A protest or rally word names the gathering an attack struck when it follows "at", "on" or
a verb of striking: a party's rally is Government (General) for GTD, yet no state's own, so
actor2 stays null. Protesters who attack, or reporters covering a protest, are no gathering
struck. Each text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2019, 9, 17)

STRUCK = [
    "KABUL, Sept 17 (Desk) - A suicide bomber blew himself up at an election rally in Charikar "
    "city, Parwan province, on Tuesday, killing 26 people, officials said.",
    "KABUL, Sept 17 (Desk) - A roadside bomb struck a campaign rally outside Ghazni city on "
    "Tuesday, killing eight people, police said.",
]


@pytest.mark.parametrize("text", STRUCK, ids=[t[30:50] for t in STRUCK])
def test_bomb_at_a_rally_struck_the_rally(text: str) -> None:
    events = extract_text(text, published=_DAY, language="en").events
    assert events
    assert events[0].target_type == "Government (General)"
    assert events[0].actor2 is None


def test_reporters_covering_a_protest_are_the_target() -> None:
    text = (
        "09/17/2019: Gunmen beat two reporters who were covering a protest in Herat city, "
        "Herat province, Afghanistan. Both men were injured."
    )
    events = extract_text(text, published=_DAY, language="en").events
    assert events
    assert events[0].target_type == "Journalists & Media"
