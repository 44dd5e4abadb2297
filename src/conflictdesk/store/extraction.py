"""Saving one document's extraction: machine events replaced, analyst decisions kept.

Rules, applied to every incoming event id:
- an id merged into another resolves to the surviving event (a merge is never undone); an id
  that was split resolves to the part holding this document's sources, if exactly one does;
- a rejected id is skipped (never resurrected);
- a reviewed event takes the new machine version with the analyst's pinned values re-applied;
- sources from this document are replaced by the new ones; other documents' sources stay.
Machine events this document produced before but not now are removed, unless another
document's extraction also produced them. Reviewed and rejected ones are always kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, fields

from sqlalchemy.engine import Connection

from conflictdesk.model import Event
from conflictdesk.store import events as ev
from conflictdesk.store.combine import replace_document_sources, union_sources
from conflictdesk.store.overrides import Edit, apply_overrides, load_overrides
from conflictdesk.store.sqlutil import distinct, now

# Merge and split tombstones followed before giving up (chains are compressed, so 1-2 hops).
MAX_HOPS = 20


@dataclass(frozen=True, slots=True)
class SaveResult:
    """Event ids by what happened to them. ``redirected``: incoming ids that resolved to a
    merge survivor or split part; ``removed``: machine events the document no longer yields."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    kept_reviewed: tuple[str, ...] = ()
    skipped_rejected: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    redirected: tuple[str, ...] = ()


@dataclass(slots=True)
class _Plan:
    inserts: list[Event] = field(default_factory=list)
    updates: list[Event] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    deletes: list[str] = field(default_factory=list)
    unlinks: list[str] = field(default_factory=list)
    result: dict[str, list[str]] = field(default_factory=dict)

    def note(self, outcome: str, *ids: str) -> None:
        self.result.setdefault(outcome, []).extend(ids)


def save_extraction(conn: Connection, document_id: str, incoming: Sequence[Event]) -> SaveResult:
    plan = _Plan()
    groups, status = _group_by_target(conn, document_id, incoming, plan)
    stored = ev.load_events(conn, [t for t, s in status.items() if s != "rejected"])
    pins = load_overrides(conn, [t for t, s in status.items() if s == "reviewed"])
    for target, members in groups.items():
        _plan_target(plan, document_id, target, members, status.get(target), stored, pins)
    _plan_gone(conn, plan, document_id, set(groups))
    _write(conn, plan, document_id, now())
    found = {f.name: tuple(distinct(plan.result.get(f.name, []))) for f in fields(SaveResult)}
    return SaveResult(**found)


def _group_by_target(
    conn: Connection, document_id: str, incoming: Sequence[Event], plan: _Plan
) -> tuple[dict[str, list[Event]], dict[str, str]]:
    """Incoming events grouped by the event id they update, and those ids' review status."""
    ids = distinct([e.event_id for e in incoming])
    live = ev.status_of(conn, ids)
    targets = _resolve_tombstones(conn, document_id, [i for i in ids if i not in live])
    groups: dict[str, list[Event]] = {}
    for event in incoming:
        target: str | None = event.event_id
        if event.event_id in targets:
            target = targets[event.event_id]
            plan.note("redirected", event.event_id)
        if target is not None:
            groups.setdefault(target, []).append(event)
    redirect_targets = [t for t in groups if t not in live]
    return groups, {**live, **ev.status_of(conn, redirect_targets)}


def _resolve_tombstones(
    conn: Connection, document_id: str, ids: list[str]
) -> dict[str, str | None]:
    """For ids that are merge or split tombstones: the live event they lead to, or None."""
    merged = ev.merged_into(conn, ids)
    split = ev.split_parts(conn, ids)
    resolved: dict[str, str | None] = {}
    for event_id in ids:
        if event_id in merged or event_id in split:
            resolved[event_id] = _follow(conn, document_id, event_id, merged, split)
    return resolved


def _follow(
    conn: Connection,
    document_id: str,
    event_id: str,
    merged: dict[str, str],
    split: dict[str, dict[str, list[str]]],
) -> str | None:
    current: str | None = event_id
    for _ in range(MAX_HOPS):
        if current is None:
            return None
        if current in merged:
            current = merged[current]
        elif current in split:
            parts = split[current].get(document_id, [])
            current = parts[0] if len(parts) == 1 else None
        else:
            return current if ev.status_of(conn, [current]) else None
        merged.update(ev.merged_into(conn, [current] if current else []))
        split.update(ev.split_parts(conn, [current] if current else []))
    return None


def _plan_target(
    plan: _Plan,
    document_id: str,
    target: str,
    members: list[Event],
    status: str | None,
    stored: dict[str, Event],
    pins: dict[str, list[Edit]],
) -> None:
    ids = [m.event_id for m in members]
    if status == "rejected":
        plan.note("skipped_rejected", *ids)
        return
    primary = next((m for m in members if m.event_id == target), None)
    fresh = union_sources(*(m.sources for m in members))
    plan.links.append((target, document_id))
    if status is None:
        assert primary is not None  # only existing events are redirect targets
        plan.inserts.append(primary.replace(sources=fresh, review_status="machine"))
        plan.note("added", target)
        return
    old = stored[target]
    base = primary if primary is not None else old
    event = base.replace(
        event_id=target,
        sources=replace_document_sources(old, document_id, fresh),
        review_status=status,
    )
    if status == "reviewed":
        event = apply_overrides(event, pins.get(target, []))
        plan.note("kept_reviewed", target)
    else:
        plan.note("updated", target)
    plan.updates.append(event)


def _plan_gone(conn: Connection, plan: _Plan, document_id: str, produced: set[str]) -> None:
    gone = [i for i in ev.owned_by(conn, document_id) if i not in produced]
    status = ev.status_of(conn, gone)
    plan.note("kept_reviewed", *(i for i in gone if status.get(i) == "reviewed"))
    machine = [i for i in gone if status.get(i) == "machine"]
    owners = ev.owners(conn, machine)
    shared = [i for i in machine if owners.get(i, set()) - {document_id}]
    plan.deletes.extend(i for i in machine if i not in shared)
    plan.note("removed", *plan.deletes)
    plan.unlinks.extend(shared)
    for event in ev.load_events(conn, shared).values():
        plan.updates.append(event.replace(sources=replace_document_sources(event, document_id, ())))


def _write(conn: Connection, plan: _Plan, document_id: str, at: dt.datetime) -> None:
    ev.delete_events(conn, plan.deletes)
    ev.unlink_document(conn, plan.unlinks, document_id)
    ev.insert_events(conn, plan.inserts, at)
    ev.update_events(conn, plan.updates, at)
    ev.link_documents(conn, plan.links)
