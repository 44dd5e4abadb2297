"""The analyst's review: edits that always win over re-extraction, each one audited.

Every action runs inside the caller's write transaction and writes its audit records there,
so a change and its record commit together or not at all. Setting, accepting and merging
make an event "reviewed" and pin its values (``overrides``), which ``save_extraction``
re-applies over any re-extracted version; rejecting makes it "rejected" for good.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from conflictdesk.errors import ReviewError
from conflictdesk.model import Event
from conflictdesk.store import events as ev
from conflictdesk.store.audit import AuditRecord, Change, write_audit
from conflictdesk.store.audit import history as audit_history
from conflictdesk.store.combine import merge_events, split_event
from conflictdesk.store.fields import (
    SETTABLE,
    apply_all,
    check_ranges,
    consequences,
    get_path,
    normalise,
)
from conflictdesk.store.overrides import Edit, drop_pins, pin, pinned_paths
from conflictdesk.store.schema import events, merges, splits
from conflictdesk.store.sqlutil import now

# Below this confidence a machine event goes to the review queue. 0.5 is the extractor's
# neutral default (model.Event): anything it scored below its own default needs a person.
# Recalibrate against reviewed gold once analysts have reviewed a few hundred events.
LOW_CONFIDENCE = 0.5


def _check_who(who: str) -> str:
    if not who or not who.strip():
        raise ReviewError("every review change needs a name", remedy="pass who='your name'")
    return who.strip()


def _live(conn: Connection, event_id: str) -> Event:
    found = ev.load_events(conn, [event_id])
    if event_id in found:
        return found[event_id]
    target = ev.merged_into(conn, [event_id]).get(event_id)
    if target is not None:
        raise ReviewError(
            f"event {event_id!r} was merged into {target!r}", remedy=f"review {target} instead"
        )
    return ev.get_event(conn, event_id)  # raises EventNotFound with the right remedy


def _not_rejected(event: Event, action: str) -> None:
    if event.review_status == "rejected":
        raise ReviewError(
            f"event {event.event_id!r} is rejected; cannot {action} it",
            remedy=f"accept it first with `conflictdesk review accept {event.event_id}`",
        )


def _save(
    conn: Connection,
    event: Event,
    changes: list[Change],
    pins: list[Edit],
    *,
    who: str,
    note: str | None,
) -> Event:
    at = now()
    pin(conn, event.event_id, pins, who=who, at=at)
    write_audit(conn, changes, who=who, at=at, note=note)
    ev.update_events(conn, [event], at)
    return event


def _status_change(event: Event, action: str, status: str) -> list[Change]:
    if event.review_status == status and action == "set":
        return []
    return [Change(event.event_id, action, "review_status", event.review_status, status)]


def set_field(
    conn: Connection, event_id: str, field: str, value: Any, *, who: str, note: str | None
) -> Event:
    who = _check_who(who)
    value = normalise(field, value)
    event = _live(conn, event_id)
    _not_rejected(event, "edit")
    record = event.to_dict()
    edits: list[Edit] = [(field, value), *consequences(record, field, value)]
    updated = {**apply_all(record, edits), "review_status": "reviewed"}
    check_ranges(updated)
    changes = [Change(event_id, "set", p, get_path(record, p), v) for p, v in edits]
    changes += _status_change(event, "set", "reviewed")
    return _save(conn, Event.from_dict(updated), changes, edits, who=who, note=note)


def _pin_everything(conn: Connection, event: Event) -> list[Edit]:
    record = event.to_dict()
    pinned = pinned_paths(conn, event.event_id)
    return [(f, record[f]) for f in SETTABLE if f not in pinned]


def accept(conn: Connection, event_id: str, *, who: str, note: str | None) -> Event:
    who = _check_who(who)
    event = _live(conn, event_id)
    pins = _pin_everything(conn, event)
    changes = _status_change(event, "accept", "reviewed")
    return _save(conn, event.replace(review_status="reviewed"), changes, pins, who=who, note=note)


def reject(conn: Connection, event_id: str, *, who: str, note: str | None) -> Event:
    who = _check_who(who)
    event = _live(conn, event_id)
    changes = _status_change(event, "reject", "rejected")
    return _save(conn, event.replace(review_status="rejected"), changes, [], who=who, note=note)


def _best_pinned(paths: set[str], field: str) -> bool:
    return field in paths or f"{field}.best" in paths


def merge(conn: Connection, event_id: str, other_id: str, *, who: str, note: str | None) -> Event:
    who = _check_who(who)
    if event_id == other_id:
        raise ReviewError(f"cannot merge {event_id!r} into itself", remedy="name two events")
    survivor, other = _live(conn, event_id), _live(conn, other_id)
    _not_rejected(survivor, "merge")
    _not_rejected(other, "merge")
    mine, theirs = pinned_paths(conn, event_id), pinned_paths(conn, other_id)
    other_best = frozenset(
        f
        for f in ("fatalities", "injuries")
        if _best_pinned(theirs, f) and not _best_pinned(mine, f)
    )
    merged = merge_events(survivor, other, other_best_reviewed=other_best)
    _tombstone_merged(conn, other_id, event_id, who=who)
    before, after = survivor.to_dict(), merged.to_dict()
    changes = [Change(event_id, "merge", None, None, other_id)]
    changes += [
        Change(event_id, "merge", k, before[k], after[k]) for k in after if before[k] != after[k]
    ]
    changes.append(Change(other_id, "merged_into", None, other.to_dict(), event_id))
    pins = [(f, after[f]) for f in SETTABLE]
    return _save(conn, merged, changes, pins, who=who, note=note)


def _tombstone_merged(conn: Connection, other_id: str, into_id: str, *, who: str) -> None:
    owners = ev.owners(conn, [other_id]).get(other_id, set())
    ev.link_documents(conn, [(into_id, d) for d in owners])
    ev.delete_events(conn, [other_id])
    drop_pins(conn, other_id)
    conn.execute(
        merges.insert().values(event_id=other_id, into_event_id=into_id, who=who, at=now())
    )
    conn.execute(
        merges.update().where(merges.c.into_event_id == other_id).values(into_event_id=into_id)
    )


def split(
    conn: Connection, event_id: str, *, who: str, note: str | None, by_document: bool
) -> list[Event]:
    who = _check_who(who)
    event = _live(conn, event_id)
    _not_rejected(event, "split")
    parts = split_event(event, by_document=by_document)
    if len(parts) < 2:
        unit = "source document" if by_document else "source"
        raise ReviewError(
            f"event {event_id!r} has only one {unit}; nothing to split",
            remedy="edit its fields instead, or split by source with by_document=False",
        )
    taken = ev.status_of(conn, [p.event_id for p in parts])
    if taken:
        raise ReviewError(f"events {sorted(taken)} already exist", remedy="merge them instead")
    at = now()
    ev.insert_events(conn, parts, at)
    ev.link_documents(conn, [(p.event_id, s.document_id) for p in parts for s in p.sources])
    conn.execute(
        splits.insert(),
        [
            {
                "part_id": p.event_id,
                "event_id": event_id,
                "document_id": p.sources[0].document_id,
                "who": who,
                "at": at,
            }
            for p in parts
        ],
    )
    ev.delete_events(conn, [event_id])
    drop_pins(conn, event_id)
    ids = [p.event_id for p in parts]
    changes = [Change(event_id, "split", None, event.to_dict(), ids)]
    changes += [Change(p.event_id, "split_from", None, event_id, None) for p in parts]
    write_audit(conn, changes, who=who, at=at, note=note)
    for part in parts:
        pin(conn, part.event_id, [(f, part.to_dict()[f]) for f in SETTABLE], who=who, at=at)
    return parts


def history(conn: Connection, event_id: str) -> list[AuditRecord]:
    records = audit_history(conn, event_id)
    if not records:
        ev.get_event(conn, event_id)  # an unknown id is an error, not an empty history
    return records


# -- the review queue ---------------------------------------------------------------------------
def review_reasons(event: Event) -> tuple[str, ...]:
    """Why a machine event needs a person; empty when it does not."""
    if event.review_status != "machine":
        return ()
    reasons = []
    if event.confidence < LOW_CONFIDENCE:
        reasons.append("low confidence")
    low, high = event.fatalities.low, event.fatalities.high
    if low is not None and high is not None and low != high:
        reasons.append("sources disagree on the toll")
    if "needs_translation" in event.tags:
        reasons.append("needs translation")
    return tuple(reasons)


def needs_review(conn: Connection, *, limit: int | None) -> list[Event]:
    """Machine events with at least one reason, most reasons first, then least confident."""
    c = events.c
    low = c.confidence < LOW_CONFIDENCE
    conflict = sa.and_(
        c.fatalities_low.is_not(None),
        c.fatalities_high.is_not(None),
        c.fatalities_low != c.fatalities_high,
    )
    untranslated = c.needs_translation.is_(True)
    flags = [sa.case((cond, 1), else_=0) for cond in (low, conflict, untranslated)]
    score = flags[0] + flags[1] + flags[2]
    query = (
        sa.select(c.record)
        .where(c.review_status == "machine", sa.or_(low, conflict, untranslated))
        .order_by(sa.desc(score), c.confidence, c.event_id)
        .limit(limit)
    )
    return [ev.decode(r) for r in conn.execute(query).scalars()]
