"""A city that is a province of its own and the province around it named after it ("Moscow"
and "Moscow Oblast") do not keep two reports of one attack apart; other provinces do.

Every event here is invented for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.fuse import compare
from conflictdesk.fuse.similarity import city_and_its_province
from conflictdesk.model import Casualties, Event, Source


def _report(rid: str, admin1: str, location: str) -> Event:
    return Event(
        event_id=rid,
        event_date=dt.date(2023, 5, 14),
        date_precision="day",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        attack_type="Armed Assault",
        actor1="IS",
        claimed_by="IS",
        target="audience at a stadium",
        target_type="Private Citizens & Property",
        country="Russia",
        admin1=admin1,
        location=location,
        geo_precision=1,
        fatalities=Casualties(61, 61, 61),
        sources=(Source(rid + "-doc", f"report {rid}", 0, 10, publisher=rid),),
        confidence=0.6,
    )


def test_a_city_and_the_province_named_after_it_may_be_one_place() -> None:
    assert city_and_its_province("Moscow", "Moscow Oblast")
    in_city = _report("ev-city", "Moscow", "Moscow")
    in_suburb = _report("ev-suburb", "Moscow Oblast", "Khimki")
    assert compare(in_city, in_suburb).blocked is None


def test_two_provinces_of_other_names_stay_apart() -> None:
    assert not city_and_its_province("Moscow", "Tver Oblast")
    assert not city_and_its_province("Kabul", "Kabulistan")
    in_city = _report("ev-city", "Moscow", "Moscow")
    elsewhere = _report("ev-tver", "Tver Oblast", "Tver")
    assert compare(in_city, elsewhere).blocked == "different provinces"
