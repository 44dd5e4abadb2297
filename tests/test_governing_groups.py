"""A group that became the state is pack data (``governs_since``), not code."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from conflictdesk.extract.targets import NON_STATE, dated_type
from conflictdesk.resolve.registry import Actor, Pack, load_registry, registry_from

TAKEOVER = dt.date(2021, 8, 15)


def test_the_afghanistan_pack_says_when_the_taliban_became_the_state() -> None:
    registry = load_registry()
    assert registry.actors["TALIBAN"].governs_since == TAKEOVER
    assert registry.governs("TALIBAN", TAKEOVER)
    assert not registry.governs("TALIBAN", TAKEOVER - dt.timedelta(days=1))
    assert registry.government_on(dt.date(2024, 1, 1)) == "TALIBAN"
    assert registry.government_on(dt.date(2019, 1, 1)) is None


def test_target_types_follow_the_pack_data() -> None:
    group = Actor(id="G", name="Group", kind="militant", governs_since=dt.date(2030, 1, 1))
    registry = registry_from([Pack(name="t", country="X", actors=(group,))])
    police = "Police"
    assert dated_type(police, "G", dt.date(2029, 12, 31), registry) == NON_STATE
    assert dated_type(police, "G", dt.date(2030, 1, 1), registry) == police
    never = registry_from(
        [Pack(name="t", country="X", actors=(replace(group, governs_since=None),))]
    )
    assert dated_type(police, "G", dt.date(2029, 12, 31), never) == police
    assert never.government_on(dt.date(2031, 1, 1)) is None
