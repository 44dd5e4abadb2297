"""Analysis articles: the title's group ambushing another side stays the actor when a sentence
joined to the event counts the group's own dead (the other side's answer); the texts are
invented for these tests."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

TITLE = "Abu Jandal: the ISKP planner who moved to the cities"


def _first(text: str) -> Event:
    found = extract_text(
        text, document_id="amb-1", published=dt.date(2031, 3, 1), genre="analysis", title=TITLE
    )
    return found.events[0]


def test_an_ambush_on_a_named_side_answered_by_killings_stays_the_groups() -> None:
    text = (
        "In October 2030 his men ambushed a Taliban pickup in Surkh Rod district, outside "
        "Jalalabad, and killed four fighters. Bodies of suspected ISKP members began to appear "
        "on the roadsides around the city in the same weeks."
    )
    event = _first(text)
    assert event.actor1 == "ISKP"
    assert event.actor2 == "TALIBAN"


def test_both_sides_counted_still_reads_as_the_state_fighting_the_group() -> None:
    # near miss: the other side is only counted among the casualties, not acted upon
    text = (
        "In an operation on 28 July 2030 in Chawkay district of Kunar, the provincial spokesman "
        "said, five ISKP fighters were killed and two Taliban fighters were wounded."
    )
    event = _first(text)
    assert event.actor1 == "TALIBAN"
    assert event.actor2 == "ISKP"
