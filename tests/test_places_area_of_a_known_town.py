"""The area of a town the gazetteer holds, named before its own district ("in Marjah area, Nad
Ali district"), is in that town; an area the gazetteer lacks stays as the writer put it."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_SUMMARY = {"published": dt.date(2031, 1, 4), "genre": "summary", "language": "en"}


def test_the_area_of_a_known_town_is_the_town(first_event: FirstEvent) -> None:
    text = (
        "01/03/2031: An explosive device detonated near a police patrol in Marjah area, Nad Ali "
        "district, Helmand province, Afghanistan."
    )
    assert first_event(text, **_SUMMARY).location == "Marjah"


def test_a_named_place_of_another_province_is_not_taken_for_the_area(
    first_event: FirstEvent,
) -> None:
    # near miss: the area is named after a town of another province, so the district stands
    text = (
        "01/03/2031: An explosive device detonated near a police patrol in Kandahar area, Nad "
        "Ali district, Helmand province, Afghanistan."
    )
    assert first_event(text, **_SUMMARY).location != "Kandahar"
