"""A bomb set for one prominent person at a place he was at is coded by the person (GTD: an
assassination's target is whom it was aimed at); a prominent person merely among the dead
at the place leaves the place the target."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.targets import choose
from conflictdesk.resolve.registry import load_registry


def _type(text: str) -> str | None:
    found = choose(
        text,
        load_registry(),
        offset=0,
        trigger_at=text.index("exploded"),
        exclude=[],
        date=dt.date(2014, 3, 1),
    )
    return found.target_type if found is not None else None


def test_a_bomb_timed_for_the_governor_at_a_mosque_is_his() -> None:
    text = (
        "A device hidden under the pulpit exploded as Nasir Ahmad Wardak, the governor of "
        "Wardak province, addressed elders at the Friday mosque in the town."
    )
    assert _type(text) == "Government (General)"


def test_a_cleric_among_worshippers_leaves_the_mosque() -> None:
    text = "A bomb exploded inside a mosque in the town, killing 11 worshippers and the imam."
    assert _type(text) == "Religious Figures/Institutions"
