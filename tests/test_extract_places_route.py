"""A place that only ends a route ("on the highway between Kunduz city and Khanabad") is not
where the event happened; the place the report names for it, later, is."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def test_route_end_after_between_is_no_place() -> None:
    text = "Gunmen ambushed a convoy on the road between Ghazni city and Qarabagh on Monday."
    assert place_of(text, load_registry()) is None


def test_place_after_a_clash_between_sides_still_counts() -> None:
    text = "Fighting between the Taliban and police broke out in Ghazni city on Monday."
    fix = place_of(text, load_registry())
    assert fix is not None
    assert fix.location == "Ghazni"


def test_report_takes_the_district_named_after_the_route() -> None:
    text = (
        "KUNDUZ, April 8 (Test Wire) - Gunmen attacked a police checkpoint on the highway "
        "between Kunduz city and Khanabad on Tuesday, killing two policemen, officials said.\n\n"
        "The gunmen fired from a field beside the road in Khanabad district and fled."
    )
    events = extract_text(text, published=dt.date(2026, 4, 8), language="en").events
    assert events
    assert events[0].location == "Khanabad district"
