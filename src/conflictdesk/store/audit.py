"""The audit log: who changed what, when, from what to what, and why."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from conflictdesk.store.schema import audit_log
from conflictdesk.store.sqlutil import as_utc, dump_json, load_json


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One change to an event. ``old`` and ``new`` are JSON values (``None`` when absent);
    ``field`` is ``None`` for whole-event actions such as ``merge``."""

    at: dt.datetime
    who: str
    action: str
    field: str | None
    old: Any
    new: Any
    note: str | None


@dataclass(frozen=True, slots=True)
class Change:
    """An audit record about to be written for ``event_id``."""

    event_id: str
    action: str
    field: str | None = None
    old: Any = None
    new: Any = None


def write_audit(
    conn: Connection,
    changes: Sequence[Change],
    *,
    who: str,
    at: dt.datetime,
    note: str | None,
) -> None:
    rows = [
        {
            "event_id": c.event_id,
            "at": at,
            "who": who,
            "action": c.action,
            "field": c.field,
            "old": dump_json(c.old),
            "new": dump_json(c.new),
            "note": note,
        }
        for c in changes
    ]
    if rows:
        conn.execute(audit_log.insert(), rows)


def history(conn: Connection, event_id: str) -> list[AuditRecord]:
    c = audit_log.c
    query = sa.select(audit_log).where(c.event_id == event_id).order_by(c.seq)
    return [
        AuditRecord(
            at=as_utc(row.at),
            who=row.who,
            action=row.action,
            field=row.field,
            old=load_json(row.old),
            new=load_json(row.new),
            note=row.note,
        )
        for row in conn.execute(query)
    ]
