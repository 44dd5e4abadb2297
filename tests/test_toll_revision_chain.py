"""A toll revised twice in one breath ("rose to 15 and then to 18") is read at its last
figure; a figure after "then" that starts its own clause is not a revision. The texts are
invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.model import Casualties

_LEAD = (
    "03/09/2016: A car bomb went off near a market in Ghazni city, Ghazni province, Afghanistan. "
)


def _tolls(text: str) -> tuple[Casualties, Casualties]:
    events = extract_text(_LEAD + text, document_id="case").events
    assert events, text
    return events[0].fatalities, events[0].injuries


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "Medics first counted six dead; by evening the toll had climbed to 11 and then to 14.",
            14,
        ),
        ("The death toll rose to 9, later 13, as bodies were pulled from the rubble.", 13),
        ("The death toll reached 22 and finally 27 on the third day.", 27),
    ],
)
def test_the_last_revision_in_a_chain_is_the_toll(text: str, best: int) -> None:
    killed, _ = _tolls(text)
    assert killed.best == best


def test_a_plain_and_does_not_chain() -> None:
    killed, hurt = _tolls("The death toll rose to 12 and 25 people were hurt.")
    assert killed.best == 12
    assert hurt.best == 25


def test_a_figure_opening_a_new_clause_after_then_is_not_a_revision() -> None:
    killed, hurt = _tolls("The death toll rose to 12, then 31 were reported wounded.")
    assert killed.best == 12
    assert hurt.best == 31
