"""Rules of the hta round: target and attack types read from constructions of the language."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _type(text: str, verb: str, date: dt.date = dt.date(2012, 5, 1)) -> str | None:
    found = choose(
        text,
        load_registry(),
        offset=0,
        trigger_at=text.index(verb),
        exclude=[],
        date=date,
    )
    return found.target_type if found is not None else None


def test_people_owning_a_thing_by_plural_possessive_are_not_the_target() -> None:
    text = (
        "Armed men searched the passengers' bags and then shot dead three men who worked "
        "for the provincial education department."
    )
    assert _type(text, "Armed") == "Government (General)"


def test_travellers_shot_after_a_plural_possessive_stay_the_target() -> None:
    text = "Armed men stopped the passengers' car and shot dead the passengers on the road."
    assert _type(text, "Armed") == "Private Citizens & Property"
