"""Cheap pre-tests that skip a pattern where it cannot match: they never say no where the
pattern would find something."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.sentences import may_break_after_abbreviation, split_sentences


def test_abbreviation_break_is_looked_for_where_an_abbreviation_stands() -> None:
    text = "Troops left at 6 a.m. The convoy was hit near the bridge."
    assert may_break_after_abbreviation(text, 0, len(text))
    assert split_sentences(text)[0].text == "Troops left at 6 a.m."


def test_abbreviation_just_before_the_range_counts() -> None:
    text = "aid from the U.N. The camp"
    start = text.index(" The")
    assert may_break_after_abbreviation(text, start, len(text))


def test_no_abbreviation_no_break() -> None:
    # near miss: "US" and "UN" without their dots are no abbreviation the splitter breaks after
    text = "The US envoy met UN staff on Monday. The talks ended."
    assert not may_break_after_abbreviation(text, 0, len(text))
    assert [s.text for s in split_sentences(text)] == [
        "The US envoy met UN staff on Monday.",
        "The talks ended.",
    ]


def test_iso_and_numeric_dates_still_read() -> None:
    reference = dt.date(2024, 5, 1)
    iso = find_dates("The raid on 2024-04-27 left two dead.", reference=reference)
    assert [m.date for m in iso] == [dt.date(2024, 4, 27)]
    numeric = find_dates("The raid on 04/27/2024 left two dead.", reference=reference)
    assert [m.date for m in numeric] == [dt.date(2024, 4, 27)]


def test_hyphens_and_dots_without_dates() -> None:
    # near miss: a hyphen and a dot before digits that are no date
    found = find_dates("A 25-year-old man was hit by 3.5 kg of explosives.", reference=None)
    assert [m.date for m in found if m.date is not None] == []
