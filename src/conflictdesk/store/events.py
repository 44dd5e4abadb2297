"""Events in the database: rows from records and back, filters, lookups, tombstones."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from conflictdesk.errors import EventNotFound
from conflictdesk.model import Event
from conflictdesk.store.schema import event_documents, event_sources, events, merges, splits
from conflictdesk.store.sqlutil import chunks, dump_json

LIST_REMEDY = "list ids with `conflictdesk events`"


@dataclass(frozen=True, slots=True)
class EventFilter:
    """The filters of ``conflictdesk events``; ``None`` means no filter."""

    actor: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    admin1: str | None = None
    include_rejected: bool = False


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as stored, with its review status read from the row."""

    event: Event
    status: str


# -- writing ------------------------------------------------------------------------------------
def event_row(event: Event, at: dt.datetime) -> dict[str, Any]:
    return {
        "event_id": event.event_id,
        "record": dump_json(event.to_dict()),
        "event_date": event.event_date,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1,
        "actor2": event.actor2,
        "claimed_by": event.claimed_by,
        "country": event.country,
        "admin1": event.admin1,
        "review_status": event.review_status,
        "confidence": event.confidence,
        "fatalities_low": event.fatalities.low,
        "fatalities_best": event.fatalities.best,
        "fatalities_high": event.fatalities.high,
        "needs_translation": "needs_translation" in event.tags,
        "updated_at": at,
    }


def source_rows(event: Event) -> list[dict[str, Any]]:
    return [
        {
            "event_id": event.event_id,
            "position": i,
            "document_id": s.document_id,
            "evidence": s.evidence,
            "start_offset": s.start,
            "end_offset": s.end,
        }
        for i, s in enumerate(event.sources)
    ]


def insert_events(conn: Connection, batch: Sequence[Event], at: dt.datetime) -> None:
    if not batch:
        return
    conn.execute(events.insert(), [event_row(e, at) for e in batch])
    _insert_sources(conn, batch)


def update_events(conn: Connection, batch: Sequence[Event], at: dt.datetime) -> None:
    """Rewrite stored events (same ids) with their source rows; document links are kept.

    Delete and re-insert: bulk inserts are much faster than row-by-row updates on
    PostgreSQL, and the cascade clears the old source rows in the same statement.
    """
    if not batch:
        return
    ids = [e.event_id for e in batch]
    links = [(e, d) for e, docs in owners(conn, ids).items() for d in docs]
    delete_events(conn, ids)
    insert_events(conn, batch, at)
    link_documents(conn, links)


def _insert_sources(conn: Connection, batch: Iterable[Event]) -> None:
    rows = [row for e in batch for row in source_rows(e)]
    if rows:
        conn.execute(event_sources.insert(), rows)


def delete_events(conn: Connection, ids: Sequence[str]) -> None:
    for part in chunks(ids):
        conn.execute(events.delete().where(events.c.event_id.in_(part)))


def link_documents(conn: Connection, pairs: Iterable[tuple[str, str]]) -> None:
    """Record that ``document_id``'s extraction produced ``event_id`` (idempotent)."""
    wanted = sorted(set(pairs))
    if not wanted:
        return
    have: set[tuple[str, str]] = set()
    for part in chunks(sorted({e for e, _ in wanted})):
        query = sa.select(event_documents).where(event_documents.c.event_id.in_(part))
        have.update((r.event_id, r.document_id) for r in conn.execute(query))
    rows = [{"event_id": e, "document_id": d} for e, d in wanted if (e, d) not in have]
    if rows:
        conn.execute(event_documents.insert(), rows)


def unlink_document(conn: Connection, event_ids: Sequence[str], document_id: str) -> None:
    c = event_documents.c
    for part in chunks(event_ids):
        conn.execute(
            event_documents.delete().where(c.document_id == document_id, c.event_id.in_(part))
        )


# -- reading ------------------------------------------------------------------------------------
def decode(record: str) -> Event:
    return Event.from_dict(json.loads(record))


def load_events(conn: Connection, ids: Iterable[str]) -> dict[str, Event]:
    found: dict[str, Event] = {}
    for part in chunks(sorted(set(ids))):
        query = sa.select(events.c.event_id, events.c.record).where(events.c.event_id.in_(part))
        found.update({i: decode(r) for i, r in conn.execute(query)})
    return found


def owners(conn: Connection, ids: Iterable[str]) -> dict[str, set[str]]:
    """Documents whose extraction produced each event."""
    found: dict[str, set[str]] = {}
    c = event_documents.c
    for part in chunks(sorted(set(ids))):
        for event_id, document_id in conn.execute(
            sa.select(c.event_id, c.document_id).where(c.event_id.in_(part))
        ):
            found.setdefault(event_id, set()).add(document_id)
    return found


def owned_by(conn: Connection, document_id: str) -> list[str]:
    c = event_documents.c
    query = sa.select(c.event_id).where(c.document_id == document_id).order_by(c.event_id)
    return list(conn.execute(query).scalars())


def ids_for_document(conn: Connection, document_id: str, *, include_rejected: bool) -> list[str]:
    """Live events extracted from the document or citing it as a source."""
    cited = sa.select(event_sources.c.event_id).where(event_sources.c.document_id == document_id)
    owned = sa.select(event_documents.c.event_id).where(
        event_documents.c.document_id == document_id
    )
    query = sa.select(events.c.event_id).where(
        sa.or_(events.c.event_id.in_(cited), events.c.event_id.in_(owned))
    )
    if not include_rejected:
        query = query.where(events.c.review_status != "rejected")
    return list(conn.execute(query.order_by(events.c.event_id)).scalars())


def _conditions(f: EventFilter) -> list[sa.ColumnElement[bool]]:
    c = events.c
    where: list[sa.ColumnElement[bool]] = []
    if not f.include_rejected:
        where.append(c.review_status != "rejected")
    if f.actor is not None:
        where.append(sa.or_(c.actor1 == f.actor, c.actor2 == f.actor, c.claimed_by == f.actor))
    if f.since is not None:
        where.append(c.event_date >= f.since)
    if f.until is not None:
        where.append(c.event_date <= f.until)
    if f.event_type is not None:
        where.append(sa.or_(c.event_type == f.event_type, c.sub_event_type == f.event_type))
    if f.admin1 is not None:
        where.append(c.admin1 == f.admin1)
    return where


def query_events(conn: Connection, f: EventFilter, limit: int | None) -> list[Event]:
    c = events.c
    undated_last = sa.case((c.event_date.is_(None), 1), else_=0)
    query = (
        sa.select(c.record)
        .where(*_conditions(f))
        .order_by(undated_last, c.event_date, c.event_id)
        .limit(limit)
    )
    return [decode(r) for r in conn.execute(query).scalars()]


def count_events(conn: Connection, f: EventFilter) -> int:
    query = sa.select(sa.func.count()).select_from(events).where(*_conditions(f))
    return int(conn.execute(query).scalar_one())


# -- tombstones ---------------------------------------------------------------------------------
def merged_into(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for part in chunks(sorted(set(ids))):
        query = sa.select(merges.c.event_id, merges.c.into_event_id).where(
            merges.c.event_id.in_(part)
        )
        found.update({str(a): str(b) for a, b in conn.execute(query)})
    return found


def split_parts(conn: Connection, ids: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """For each split event: document id -> the parts holding that document's sources."""
    found: dict[str, dict[str, list[str]]] = {}
    c = splits.c
    for part in chunks(sorted(set(ids))):
        query = sa.select(c.event_id, c.document_id, c.part_id).where(c.event_id.in_(part))
        for event_id, document_id, part_id in conn.execute(query.order_by(c.part_id)):
            found.setdefault(event_id, {}).setdefault(document_id, []).append(part_id)
    return found


def get_event(conn: Connection, event_id: str) -> Event:
    """The event, following merges to the surviving event."""
    seen: list[str] = []
    current = event_id
    while current not in seen:
        seen.append(current)
        found = load_events(conn, [current])
        if current in found:
            return found[current]
        target = merged_into(conn, [current]).get(current)
        if target is None:
            break
        current = target
    parts = split_parts(conn, [current]).get(current)
    if parts:
        names = ", ".join(sorted({p for ps in parts.values() for p in ps}))
        raise EventNotFound(
            f"event {event_id!r} was split into {names}",
            remedy=f"show a part with `conflictdesk show {names.split(', ')[0]}`",
        )
    raise EventNotFound(f"no event with id {event_id!r}", remedy=LIST_REMEDY)


def status_of(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    c = events.c
    for part in chunks(sorted(set(ids))):
        query = sa.select(c.event_id, c.review_status).where(c.event_id.in_(part))
        found.update({str(i): str(s) for i, s in conn.execute(query)})
    return found
