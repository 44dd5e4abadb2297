"""Analyst field values (overrides): pinned per event and re-applied over machine versions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from conflictdesk.model import Event
from conflictdesk.store.fields import apply_all
from conflictdesk.store.schema import overrides
from conflictdesk.store.sqlutil import chunks, dump_json, load_json

Edit = tuple[str, Any]


def load_overrides(conn: Connection, ids: Iterable[str]) -> dict[str, list[Edit]]:
    """Each event's pinned (path, value) pairs, oldest first, so later edits win."""
    found: dict[str, list[Edit]] = {}
    c = overrides.c
    for part in chunks(sorted(set(ids))):
        query = sa.select(c.event_id, c.field, c.value).where(c.event_id.in_(part)).order_by(c.seq)
        for event_id, field, value in conn.execute(query):
            found.setdefault(event_id, []).append((field, load_json(value)))
    return found


def apply_overrides(event: Event, edits: Sequence[Edit]) -> Event:
    """``event`` with the pinned values on top. A pinned best outside a re-extracted range
    widens the range to contain it, so low <= best <= high always holds."""
    if not edits:
        return event
    record = apply_all(event.to_dict(), edits)
    for field in ("fatalities", "injuries"):
        record[field] = _contain_best(record[field])
    return Event.from_dict(record)


def _contain_best(figures: dict[str, Any]) -> dict[str, Any]:
    low, best, high = figures.get("low"), figures.get("best"), figures.get("high")
    if best is None:
        return figures
    return {
        "low": min(low, best) if low is not None else None,
        "best": best,
        "high": max(high, best) if high is not None else None,
    }


def pin(
    conn: Connection, event_id: str, edits: Sequence[Edit], *, who: str, at: dt.datetime
) -> None:
    """Pin values; a whole field replaces earlier pins of its parts ("fatalities.best")."""
    c = overrides.c
    for path, value in edits:
        stale = c.field == path
        if "." not in path:
            stale = sa.or_(stale, c.field.startswith(path + "."))
        conn.execute(overrides.delete().where(c.event_id == event_id, stale))
        conn.execute(
            overrides.insert().values(
                event_id=event_id, field=path, value=dump_json(value), who=who, at=at
            )
        )


def pinned_paths(conn: Connection, event_id: str) -> set[str]:
    c = overrides.c
    return set(conn.execute(sa.select(c.field).where(c.event_id == event_id)).scalars())


def drop_pins(conn: Connection, event_id: str) -> None:
    """Drop the pins of a tombstoned event (its audit records keep what they were)."""
    conn.execute(overrides.delete().where(overrides.c.event_id == event_id))
