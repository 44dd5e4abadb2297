"""A toll's last count told as "the final figure / count / tally was N" revises the first
figure given; a final count of anything else is no toll."""

from __future__ import annotations

import pytest

from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import totals_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Police first said three people had died; the final figure from the clinic was 11.",
        "Three people died, officials said, and the final count was 11.",
        "Officials first said three people had died; the final tally given by the hospital was 11.",
    ],
)
def test_a_final_figure_revises_the_toll(sentence: str) -> None:
    fatalities = totals_of([sentence]).fatalities
    assert (fatalities.low, fatalities.best, fatalities.high) == (3, 11, 11)


def test_a_final_count_of_votes_is_no_toll() -> None:
    # near miss: "final count" of something other than the dead
    assert find_casualties("The final count of the ballots gave the mayor a narrow win.") == []
