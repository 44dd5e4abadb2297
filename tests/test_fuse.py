from __future__ import annotations

import datetime as dt

from conflictdesk.fuse import assign, combine, compare, fuse
from conflictdesk.model import Casualties, Event, Source


def report(
    rid: str,
    day: int,
    published: str,
    *,
    deaths: int | None,
    location: str = "Kabul",
    target: str = "Ministry of Foreign Affairs",
    target_type: str = "Government (General)",
    claimed_by: str | None = None,
    geo_precision: int = 1,
) -> Event:
    return Event(
        event_id=rid,
        event_date=dt.date(2023, 3, day),
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        attack_type="Bombing/Explosion",
        suicide=True,
        actor1=claimed_by,
        claimed_by=claimed_by,
        target=target,
        target_type=target_type,
        country="Afghanistan",
        admin1="Kabul",
        location=location,
        geo_precision=geo_precision,
        fatalities=Casualties(deaths, deaths, deaths),
        sources=(Source(rid + "-doc", f"report {rid}", 0, 10, publisher=rid, published=published),),
        confidence=0.6,
    )


FIRST = report("ev-a", 27, "2023-03-27", deaths=6, geo_precision=2)
SECOND = report("ev-b", 27, "2023-03-28", deaths=20, location="Kabul city")
THIRD = report("ev-c", 28, "2023-03-29", deaths=10, target="foreign ministry", claimed_by="ISKP")
OTHER = report(
    "ev-x",
    27,
    "2023-03-27",
    deaths=3,
    target="Shia mosque in Dasht-e Barchi",
    target_type="Religious Figures/Institutions",
)


def test_three_reports_of_one_bombing_fuse_with_an_honest_range() -> None:
    [event] = fuse([THIRD, FIRST, SECOND])
    assert event.event_id == "ev-a"
    assert len(event.sources) == 3
    assert event.fatalities == Casualties(low=6, best=10, high=20)  # best: latest report
    assert event.claimed_by == "ISKP"
    assert event.actor1 == "ISKP"
    assert event.event_date == dt.date(2023, 3, 27)


def test_two_bombings_in_kabul_on_one_day_at_different_targets_stay_two() -> None:
    events = fuse([FIRST, OTHER, SECOND])
    assert len(events) == 2
    assert compare(FIRST, OTHER).blocked == "different targets"


def test_fusion_is_deterministic_and_incremental_equals_batch() -> None:
    batch = fuse([FIRST, SECOND, THIRD, OTHER])
    assert fuse([OTHER, THIRD, SECOND, FIRST]) == batch
    yesterday = assign((), [FIRST, OTHER])
    today = assign(yesterday, [SECOND, THIRD])
    assert sorted(c.event.event_id for c in today) == sorted(e.event_id for e in batch)
    assert sorted(len(c.reports) for c in today) == [1, 3]


def test_reports_far_apart_in_time_or_place_never_fuse() -> None:
    later = report("ev-z", 27, "2023-03-27", deaths=6).replace(event_date=dt.date(2023, 4, 20))
    elsewhere = report("ev-y", 27, "2023-03-27", deaths=6).replace(admin1="Balkh")
    assert compare(FIRST, later).blocked == "dates too far apart"
    assert compare(FIRST, elsewhere).blocked == "different provinces"
    assert len(fuse([FIRST, later, elsewhere])) == 3


def test_single_report_is_unchanged_and_unknown_tolls_stay_unknown() -> None:
    assert combine([FIRST]) == FIRST
    a = FIRST.replace(fatalities=Casualties())
    b = SECOND.replace(fatalities=Casualties())
    assert combine([a, b]).fatalities == Casualties()
