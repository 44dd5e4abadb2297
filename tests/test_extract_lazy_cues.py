"""A sentence's general, separate and not-an-event cues are searched when first asked, and
answer as the cue patterns do, also after ``dataclasses.replace``."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conflictdesk.extract import facts
from conflictdesk.extract.facts import read_sentence
from conflictdesk.extract.sentences import Sentence
from conflictdesk.resolve.registry import load_registry

CASES = [
    # (sentence, general, separate, not_event)
    ("The insurgents usually strike convoys at dusk.", True, False, False),
    ("In a separate incident, a teacher was shot in the market.", False, True, False),
    ("Nobody was arrested after the blast at the bazaar.", False, False, True),
    ("Two farmers were killed when a mine exploded near their field.", False, False, False),
]


@pytest.mark.parametrize(("text", "general", "separate", "not_event"), CASES)
def test_cues_answer_as_the_patterns(
    text: str, general: bool, separate: bool, not_event: bool
) -> None:
    item = read_sentence(
        Sentence(0, 0, len(text), text),
        load_registry(),
        language="en",
        reference=dt.date(2024, 5, 1),
    )
    assert item._cues == [None, None, None]  # nothing searched yet
    assert (item.general, item.separate, item.not_event) == (general, separate, not_event)
    assert item.general == bool(facts._GENERAL.search(text))
    copy = dataclasses.replace(item, triggers=())
    assert (copy.general, copy.separate, copy.not_event) == (general, separate, not_event)
