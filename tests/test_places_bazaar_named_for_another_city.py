"""A bazaar named after a city ("the Herat bazaar in Kabul") is in the place it is told in, and
the event's province is that place's, not the province of the city it is named for."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _event(text: str) -> Event:
    found = extract_text(text, published=dt.date(2031, 3, 4), genre="wire", language="en")
    return found.events[0]


def test_the_herat_bazaar_in_kabul_is_in_kabul() -> None:
    event = _event("A bomb exploded in the Herat bazaar in Kabul on Monday, killing three people.")
    assert (event.location, event.admin1) == ("Kabul", "Kabul")


def test_a_town_bazaar_before_its_own_district_stays_the_town() -> None:
    # near miss: the bazaar's town lies in the province named after it
    event = _event(
        "A bomb exploded in Sang-e Masha bazaar, Jaghori district, Ghazni province on Monday, "
        "killing three people."
    )
    assert (event.location, event.admin1) == ("Sang-e Masha", "Ghazni")
