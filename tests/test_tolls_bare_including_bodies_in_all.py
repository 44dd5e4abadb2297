"""Tolls told without the punctuation or word order the chunk reader expects: a total before a
comma-less "including" list, bodies counted before "bodies" and found, and a count opening a
sentence after "In all". Invented summaries, read as the extractor reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties


def fatalities(text: str) -> int | None:
    events = extract_text(text, published=dt.date(2015, 4, 1)).events
    assert len(events) == 1
    return events[0].fatalities.best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "04/01/2015: Gunmen stormed a wedding hall in Herat city, Afghanistan. Eleven guests "
            "including the groom's uncle, a teacher and three girls were killed.",
            11,
        ),
        (
            "04/01/2015: Twelve bodies of kidnapped farm workers were found dumped near a canal in "
            "Zhari district, Kandahar province, Afghanistan, a week after gunmen seized them.",
            12,
        ),
        (
            "04/01/2015: A suicide bomber struck a police checkpoint in Kunduz city, Afghanistan. "
            "In all five died including the bomber and nine others were wounded.",
            5,
        ),
    ],
)
def test_tolls_read(text: str, expected: int) -> None:
    assert fatalities(text) == expected


def test_bare_including_total_is_the_toll() -> None:
    found = find_casualties("Six people including a foreman and his son were killed.")
    assert [(m.quantity.best, m.relation) for m in found if m.relation == "count"] == [(6, "count")]


def test_figure_already_read_before_including_is_not_doubled() -> None:
    """Near miss: the figure is the object of "killed"; a later verb is not its own."""
    found = find_casualties("Rebels killed seven herders including two boys who were hurt earlier.")
    assert [m.quantity.best for m in found if m.outcome == "killed"] == [7]
    assert not [m for m in found if m.outcome == "injured" and m.quantity.best == 7]


def test_counted_bodies_found() -> None:
    found = find_casualties("Police recovered 14 bodies of young shepherds from a well.")
    assert [m.quantity.best for m in found if m.outcome == "killed"] == [14]


def test_bodies_not_found_are_no_deaths() -> None:
    """Near miss: bodies counted but never found ("bodies" of a vehicle, a figure of parts)."""
    assert find_casualties("Three bodies of armoured cars were painted green.") == []


def test_in_all_opening_counts() -> None:
    found = find_casualties("In all eight died in the blast.")
    assert [m.quantity.best for m in found if m.outcome == "killed"] == [8]


def test_in_all_places_is_no_subject() -> None:
    """Near miss: "in all three districts" is a place, not the dead."""
    found = find_casualties("In all three districts schools were closed.")
    assert found == []
