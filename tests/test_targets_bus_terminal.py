"""Passengers and buses at a bus station or terminal are public transport (GTD: Transportation)."""

from __future__ import annotations

from conflictdesk.extract.target_rules import refine
from conflictdesk.extract.targets import TargetChoice

PCP = "Private Citizens & Property"


def _refined(target: str, text: str) -> str | None:
    chosen = refine(TargetChoice(target, PCP), text)
    return chosen.target_type if chosen is not None else None


def test_passengers_boarding_at_a_bus_terminal_are_transportation() -> None:
    text = "A bomb went off at the city's bus terminal as passengers were boarding, killing six."
    assert _refined("passengers", text) == "Transportation"


def test_a_terminal_for_buses_is_a_bus_terminal() -> None:
    text = "A bomb exploded at the terminal for Herat-bound buses, killing travellers."
    assert _refined("travellers", text) == "Transportation"


def test_passengers_away_from_any_bus_station_stay_private_citizens() -> None:
    text = "A bomb exploded in a crowded market as passengers got off a rickshaw, killing six."
    assert _refined("passengers", text) == PCP
