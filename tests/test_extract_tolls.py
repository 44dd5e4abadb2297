"""Tolls told across the sentences of a news report (extract.tolls), on reports written for
these tests."""

from __future__ import annotations

import re

import pytest

from conflictdesk.extract.casualties import (
    CasualtyMention,
    CasualtyTotals,
    find_casualties,
    ordered_range,
)
from conflictdesk.extract.tolls import aggregate_report
from conflictdesk.model import Casualties

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"])")


def _report(text: str) -> CasualtyTotals:
    mentions: list[CasualtyMention] = []
    starts: list[int] = []
    position = 0
    for part in _SENTENCE_END.split(text):
        offset = text.index(part, position)
        starts.append(offset)
        mentions.extend(find_casualties(part, offset=offset))
        position = offset + len(part)
    return aggregate_report(mentions, starts)


# (report, fatalities low/best/high); None is "not stated".
REPORTS: list[tuple[str, tuple[int | None, int | None, int | None]]] = [
    (  # a later overall figure replaces the first one
        "A car bomb hit a checkpoint on Sunday, killing at least four soldiers, a spokesman "
        "said. Hospital staff later said nine people had died.",
        (4, 9, 9),
    ),
    (  # the toll word far from its figure
        "The death toll from Tuesday's car bomb outside the governor's office in Herat rose to "
        "eleven, officials said on Wednesday.",
        (11, 11, 11),
    ),
    (  # a figure the text marks as superseded only widens the range
        "Officials initially put the dead at five. The health ministry said on Friday that 14 "
        "people were killed.",
        (5, 14, 14),
    ),
    (  # "up from" names the earlier figure
        "The number of people killed in the market bombing has risen to 17, up from 12 given on "
        "the day.",
        (12, 17, 17),
    ),
    (  # the attacker left out of the figures is counted on top of them
        "Gunmen stormed a hotel, killing seven guests. The toll does not include the attacker, "
        "who was shot dead by guards.",
        (8, 8, 8),
    ),
    (  # a named part of an overall figure is not added to it
        "A bomb killed six people at a bus stop. Two police officers were among the dead.",
        (6, 6, 6),
    ),
    (  # a figure marked as more adds
        "Two soldiers were killed at the post. Three civilians were also killed nearby.",
        (5, 5, 5),
    ),
    (  # a zero for the others never replaces a figure
        "A sticky bomb exploded under a police car, killing one policeman. No one else was hurt.",
        (1, 1, 1),
    ),
    (  # a perfect tense is active: the figure is the object
        "Hours earlier, a bombing at a funeral in the city had killed at least 11 people.",
        (11, 11, 11),
    ),
    (  # "N of them" after a toll is part of it, not a figure of the next clause
        "Twelve people were killed at the market, five of them children, and 20 were wounded.",
        (12, 12, 12),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_report_tolls(text: str, expected: tuple[int | None, int | None, int | None]) -> None:
    totals = _report(text)
    fatalities = totals.fatalities
    assert (fatalities.low, fatalities.best, fatalities.high) == expected


def test_the_wounded_of_an_apposition_stay_apart() -> None:
    totals = _report(
        "Twelve people were killed at the market, five of them children, and 20 were wounded."
    )
    assert totals.injuries.best == 20


def test_a_question_is_not_a_figure() -> None:
    totals = _report(
        "Four people were killed in the blast. A police spokesman did not say how many people "
        "were wounded."
    )
    assert totals.injuries.best is None
    assert totals.fatalities.best == 4


def test_a_hedged_death_is_not_counted() -> None:
    totals = _report(
        "A bomb exploded in a mosque, killing 12 worshippers. The group said one of its men had "
        "planted it; it did not say the attacker died."
    )
    assert totals.fatalities.best == 12


def test_attackers_left_out_of_the_toll_take_their_side() -> None:
    totals = _report(
        "A suicide bomber struck a bank, killing 21 people. The figures do not include the bomber."
    )
    assert totals.fatalities.best == 22
    assert totals.deaths_by_side.actor1 == 1
    assert totals.deaths_by_side.unknown == 21


def test_a_revised_toll_of_one_group_keeps_that_group() -> None:
    totals = _report(
        "An explosion tore through a mosque, killing at least 12 worshippers. Later the health "
        "department said 31 people had been killed."
    )
    assert totals.fatalities == Casualties(12, 31, 31)
    assert totals.deaths_by_side.civilians == 31


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (Casualties(15, 15, None), Casualties(15, 15, 15)),
        (Casualties(3, 1, 3), Casualties(1, 1, 3)),
        (Casualties(None, 4, 9), Casualties(4, 4, 9)),
        (Casualties(None, None, 30), Casualties(None, None, 30)),
    ],
)
def test_ranges_are_ordered(given: Casualties, expected: Casualties) -> None:
    assert ordered_range(given) == expected


def test_a_possibility_is_not_a_toll() -> None:
    totals = _report(
        "The group's preachers taught that Sufis may be killed as apostates. A bomb at a Sufi "
        "shrine killed three pilgrims."
    )
    assert totals.fatalities.best == 3
