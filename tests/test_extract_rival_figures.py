"""Two speakers set against each other in one sentence give one toll twice: the first-stated
figure is best, the rival only raises ``high`` ("police said four died, while doctors said
eleven" is 4 / 4 / 11, not 15); a figure told as newer still revises, and a figure for another
group still adds.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.model import Casualties

OPENING = "On 9 April 2020 a car bomb exploded outside a district office in Ghazni city."


def _tolls(sentence: str) -> tuple[Casualties, Casualties]:
    (event,) = extract_text(f"{OPENING} {sentence}", published=dt.date(2020, 4, 20)).events
    return event.fatalities, event.injuries


@pytest.mark.parametrize(
    "sentence",
    [
        "Provincial police said four people were killed, while doctors at the city hospital"
        " said eleven people had died.",
        "The governor's office said four people were killed; a clinic worker told reporters"
        " that eleven people had died.",
        "The interior ministry acknowledged four dead, but an official speaking on condition of"
        " anonymity said eleven people were killed.",
    ],
)
def test_a_rival_speakers_figure_only_raises_high(sentence: str) -> None:
    killed, _ = _tolls(sentence)
    assert (killed.low, killed.best, killed.high) == (4, 4, 11)


def test_rival_wounded_figures_follow_the_same_rule() -> None:
    _, injured = _tolls(
        "Officials said six people were wounded, whereas staff at the hospital said they had"
        " treated 19 wounded."
    )
    assert (injured.best, injured.high) == (6, 19)


def test_a_figure_told_as_newer_still_revises() -> None:
    killed, _ = _tolls(
        "Police said four people were killed; the health department later said eleven people"
        " had died."
    )
    assert killed.best == 11


def test_a_second_group_still_adds() -> None:
    killed, _ = _tolls(
        "Police said two guards were killed, while the ministry said three civilians also died."
    )
    assert killed.best == 5


def test_a_clause_about_another_place_is_not_a_rival() -> None:
    sentence = (
        "Officials said 20 people were wounded in the capital, while in Kunduz police said"
        " 35 people were wounded."
    )
    assert {m.quantity.best: m.relation for m in find_casualties(sentence)} == {
        20: "count",
        35: "count",
    }
