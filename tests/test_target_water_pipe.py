"""A water pipe blown up is the water supply (GTD: Food or Water Supply), as a water pipeline
already was; a pipe bomb is a weapon, never a target. The sentences are invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "03/14/2016: Unknown men blew up the water pipe serving Chaharbagh village, Ghazni"
        " province. No one was hurt.",
        "07/02/2019: Assailants set off explosives under the water pipes that feed the district"
        " centre of Khost province. There were no casualties.",
    ],
)
def test_a_water_pipe_attacked_is_the_water_supply(text: str) -> None:
    event = extract_text(text, language="en", genre="summary").events[0]
    assert event.target_type == "Food or Water Supply"


def test_a_pipe_bomb_is_no_water_supply() -> None:
    # near miss: the pipe is the weapon; the shop is what was hit
    text = (
        "03/14/2016: A pipe bomb exploded outside a shop in Ghazni city, Ghazni province,"
        " wounding two people."
    )
    event = extract_text(text, language="en", genre="summary").events[0]
    assert event.target_type != "Food or Water Supply"
