"""The role of a speaker named after "said" is the source of the report, not its target;
an official named as the one shot stays the target."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _choice(text: str, verb: str) -> tuple[str | None, str] | None:
    found = choose(
        text,
        load_registry(),
        offset=0,
        trigger_at=text.index(verb),
        exclude=[],
        date=dt.date(2012, 5, 1),
    )
    return (found.target, found.target_type) if found is not None else None


def test_a_spokesman_for_the_governor_who_said_it_is_no_target() -> None:
    text = (
        "Gunmen stopped two shepherds on the road and led them away, said Karim Nazari, "
        "a spokesman for the district governor."
    )
    found = _choice(text, "stopped")
    assert found is None or found[1] != "Government (General)"


def test_a_spokesman_shot_dead_is_the_target() -> None:
    text = "Gunmen shot dead Karim Nazari, a spokesman for the district governor, on Monday."
    found = _choice(text, "shot")
    assert found is not None
    assert found[1] == "Government (General)"
