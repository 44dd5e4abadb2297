"""A superseded figure told after the current one is the first figure, never the best.

"At least 31 people were killed. Early reports had put the dead at 24" is 24 / 31 / 31 in an
incident summary: the figure told later is the older one, as its words say. Every sentence
here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Casualties


def _fatalities(text: str) -> Casualties:
    events = extract_text(
        text, published=dt.date(2022, 6, 1), language="en", genre="summary"
    ).events
    return events[0].fatalities


def test_an_initial_figure_told_after_the_toll_is_its_first_figure() -> None:
    text = (
        "04/09/2019: A suicide bomber struck a cricket match in Khost city, Khost. At least 31 "
        "people were killed and 40 hurt. Initial reports had put the dead at 24."
    )
    assert _fatalities(text) == Casualties(24, 31, 31)


def test_a_later_figure_told_after_the_toll_still_revises_it() -> None:
    # near miss: no word of a superseded figure, the later figure is the newer one
    text = (
        "04/09/2019: A suicide bomber struck a cricket match in Khost city, Khost. At least 24 "
        "people were killed and 40 hurt. The next day officials said 31 people had died."
    )
    assert _fatalities(text).best == 31
