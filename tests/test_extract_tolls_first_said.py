"""A toll first given and later raised: "officials first said 12 had died and later raised
the figure to 30" is 12 / 30 / 30, not 42 (the first figure is superseded, not added).

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties


@pytest.mark.parametrize(
    "cue",
    ["first said", "first reported", "at first said", "had first counted"],
)
def test_a_figure_first_given_is_superseded(cue: str) -> None:
    sentence = (
        f"Local officials {cue} 12 militants had died and later raised the figure to 30;"
        " nobody could check it."
    )
    found = {m.quantity.best: m.earlier for m in find_casualties(sentence)}
    assert found == {12: True, 30: False}


def test_a_raised_toll_is_not_added_to_the_first() -> None:
    text = (
        "On 3 May 2019 an air strike hit a training camp in Kunar. Provincial officials "
        "first said 12 militants had died and later raised the figure to 30; nobody could check it."
    )
    (event,) = extract_text(text, published=dt.date(2019, 6, 1)).events
    assert (event.fatalities.low, event.fatalities.best, event.fatalities.high) == (12, 30, 30)


def _fatalities(told: str) -> int | None:
    text = (
        "05/01/2012: A bomb exploded in a wedding hall in Aybak city, Samangan province, "
        f"Afghanistan. {told}"
    )
    events = extract_text(text, published=dt.date(2012, 5, 1)).events
    assert len(events) == 1
    return events[0].fatalities.best


@pytest.mark.parametrize(
    "told",
    [
        "Police first said 12 people died; the count later reached 30.",
        "Officials first put the toll at 12; the figure rose to 30 by evening.",
    ],
)
def test_a_later_count_revises_a_first_toll(told: str) -> None:
    assert _fatalities(told) == 30
