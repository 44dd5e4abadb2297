"""A party's rally or convention is a political target (GTD: Government (General), the
subtype 'political party meeting or rally'); a convention hall let for a wedding is not."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _type(text: str) -> str | None:
    found = choose(
        text,
        load_registry(),
        offset=0,
        trigger_at=text.index("exploded"),
        exclude=[],
        date=dt.date(2019, 5, 1),
    )
    return found.target_type if found is not None else None


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a convention of a religious party in the town.",
        "A bomb exploded at a political rally in the provincial capital.",
    ],
)
def test_a_party_gathering_is_a_political_target(text: str) -> None:
    assert _type(text) == "Government (General)"


def test_a_convention_hall_is_no_party_gathering() -> None:
    assert _type("A bomb exploded at a convention hall during a wedding.") != (
        "Government (General)"
    )
