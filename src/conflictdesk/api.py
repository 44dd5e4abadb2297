"""The Python API: one function per CLI command, returning typed records.

The CLI and the web app only format what these return. Example::

    from conflictdesk import api
    summary = api.ingest(["reports/"], db="events.db")
    for event in api.events(db="events.db", actor="ISKP"):
        print(event.event_date, event.location, event.fatalities.best)
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictdesk.errors import (
    AnalysisError,
    ConflictdeskError,
    GoldError,
    PersonNotFound,
    ReviewError,
)
from conflictdesk.evaluate import EvaluationReport, read_gold, score
from conflictdesk.evaluate.gate import score_extraction_and_fusion
from conflictdesk.extract import extract_document
from conflictdesk.extract.untranslated import placeholder
from conflictdesk.fuse import Cluster, combine
from conflictdesk.fuse.cluster import best_match
from conflictdesk.fuse.similarity import DATE_WINDOW_DAYS
from conflictdesk.ingest import DEFAULT_MAX_BYTES, IngestFailure, ingest_paths
from conflictdesk.model import Document, Event, Extraction
from conflictdesk.resolve.people import PersonRecord, build_people, find_person
from conflictdesk.resolve.registry import Actor, Registry, load_registry, local_pack_dir
from conflictdesk.resolve.suggest import Suggestion, accept_alias, suggest_actors
from conflictdesk.store import AuditRecord, Store, open_store, review_reasons

if TYPE_CHECKING:  # scipy and matplotlib load only when an analysis or report runs
    from conflictdesk.analyse import EventFrame
    from conflictdesk.report.assessment import CitedAssessment

Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class LlmOptions:
    """An OpenAI-compatible endpoint that fills gaps the rules left (off unless given)."""

    url: str
    model: str
    timeout: float = 120.0


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one ``ingest`` call did."""

    db: str
    files_read: int
    documents_added: tuple[str, ...]
    documents_existing: tuple[str, ...]
    events_added: int
    events_updated: int
    kept_reviewed: int
    failures: tuple[IngestFailure, ...]
    llm_errors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass(frozen=True, slots=True)
class EventView:
    """One event with the documents it cites, for ``show``."""

    event: Event
    documents: tuple[Document, ...]


def ingest(
    paths: Sequence[str | Path],
    *,
    db: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    packs: Sequence[str] | None = None,
    progress: Progress | None = None,
    llm: LlmOptions | None = None,
) -> IngestSummary:
    """Read documents, store the new ones, extract their events and store those.

    Documents already stored (same content) are not extracted again. Bad files become
    failures in the summary; the rest are stored.
    """
    registry = load_registry(packs)
    result = ingest_paths(paths, max_bytes=max_bytes, published=published, progress=progress)
    with open_store(db) as store:
        added = store.add_documents(result.documents)
        new_ids = set(added.added)
        events_added = events_updated = kept = 0
        llm_errors: list[str] = []
        for document in result.documents:
            if document.id not in new_ids:
                continue
            extraction, errors = _extract_one(document, registry, llm)
            llm_errors.extend(errors)
            flagged = placeholder(extraction, registry)
            fused = [flagged] if flagged else fuse_with_stored(store, extraction.events)
            saved = store.save_extraction(document.id, fused)
            events_added += len(saved.added)
            events_updated += len(saved.updated)
            kept += len(saved.kept_reviewed)
        return IngestSummary(
            db=store.url,
            files_read=result.files_read,
            documents_added=added.added,
            documents_existing=added.existing,
            events_added=events_added,
            events_updated=events_updated,
            kept_reviewed=kept,
            failures=result.failures,
            llm_errors=tuple(llm_errors),
        )


def _extract_one(
    document: Document, registry: Registry, llm: LlmOptions | None
) -> tuple[Extraction, tuple[str, ...]]:
    """Rule extraction, then (when asked) the model filling gaps; model errors never lose it."""
    extraction = extract_document(document, registry)
    if llm is None:
        return extraction, ()
    from conflictdesk.llm import llm_extract

    result = llm_extract(
        document,
        extraction,
        url=llm.url,
        model=llm.model,
        timeout=llm.timeout,
        registry=registry,
    )
    errors = tuple(f"{document.id}: {e}" for e in result.errors)
    return replace(extraction, events=result.events), errors


def fuse_with_stored(
    store: Store, reports: Sequence[Event], registry: Registry | None = None
) -> list[Event]:
    """Each report joined to the stored event it reports, if any (incremental fusion).

    The same decision as batch fusion (``fuse.assign``): a report joins the stored event whose
    fused record it most resembles, if the similarity reaches ``FUSE_THRESHOLD``, the event
    does not already cite the report's document, and (for a report dated only to the month or
    year, or not at all) no other stored event fits too. The report is then saved under that
    event's id, combined with it; otherwise it is a new event. Reports are taken in the batch
    order. Two reports of one document never join one event. The store keeps every source and
    re-applies reviewed values.
    """
    from conflictdesk.fuse.cluster import order

    out: list[Event] = []
    taken: set[str] = set()
    for report in sorted(reports, key=order):
        match = _stored_match(store, report, taken, registry)
        if match is None:
            out.append(report)
            continue
        taken.add(match.event_id)
        out.append(combine([match, report]).replace(event_id=match.event_id))
    return out


def _stored_match(
    store: Store, report: Event, taken: set[str], registry: Registry | None
) -> Event | None:
    """The stored event ``report`` joins: candidates in its date window (whole months, so
    events dated to a month are found), any province, or for a report without a usable date
    every event of its province."""
    from conflictdesk.fuse.profile import date_interval, is_vague

    interval = date_interval(report)
    if interval is not None and not is_vague(report):
        window = dt.timedelta(days=DATE_WINDOW_DAYS)
        candidates = store.events(
            since=(interval[0] - window).replace(day=1), until=interval[1] + window
        )
    elif report.admin1:
        candidates = store.events(admin1=report.admin1)
    else:
        return None
    others = [Cluster((c,)) for c in candidates if c.event_id not in taken]
    found = best_match(report, others, registry)
    return None if found is None else found.reports[0]


def extract(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    packs: Sequence[str] | None = None,
    llm: LlmOptions | None = None,
) -> tuple[list[Extraction], tuple[IngestFailure, ...], tuple[str, ...]]:
    """Extract events from files without storing anything.

    Returns the extractions, the files that failed, and any model errors (with ``llm``).
    """
    registry = load_registry(packs)
    result = ingest_paths(paths, max_bytes=max_bytes, published=published)
    done = [_extract_one(d, registry, llm) for d in result.documents]
    errors = tuple(e for _, errs in done for e in errs)
    return [x for x, _ in done], result.failures, errors


def events(
    *,
    db: str | None = None,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    event_type: str | None = None,
    admin1: str | None = None,
    limit: int | None = None,
) -> list[Event]:
    """Stored events matching the filters, oldest first (rejected events left out)."""
    with open_store(db) as store:
        return store.events(
            actor=actor,
            since=since,
            until=until,
            event_type=event_type,
            admin1=admin1,
            limit=limit,
        )


def show(event_id: str, *, db: str | None = None) -> EventView:
    with open_store(db) as store:
        event = store.event(event_id)
        docs = tuple(
            store.document(doc_id) for doc_id in dict.fromkeys(s.document_id for s in event.sources)
        )
        return EventView(event, docs)


def evaluate(
    gold: str | Path,
    *,
    db: str | None = None,
    docs: Sequence[str | Path] | None = None,
    packs: Sequence[str] | None = None,
) -> EvaluationReport:
    """Score events against gold: extracted afresh from ``docs``, or as stored in ``db``.

    With ``docs``, fields are scored on each document's own reports and fusion on the fused
    events; with ``db``, everything is scored on the stored (fused, reviewed) events.
    """
    gold_events = read_gold(Path(gold))
    if docs:
        extractions, _, _ = extract(docs, packs=packs)
        reports = [e for x in extractions for e in x.events]
        return score_extraction_and_fusion(gold_events, reports)
    with open_store(db) as store:
        predicted = store.events(include_rejected=False)
        stored_ids = {d for e in predicted for d in (s.document_id for s in e.sources)}
    missing = {g.document_id for g in gold_events} - stored_ids
    if len(missing) == len({g.document_id for g in gold_events}):
        raise GoldError(
            "none of the gold documents has events in this database",
            path=str(gold),
            remedy="ingest the documents first, or pass --docs FOLDER to extract them afresh",
        )
    return score(gold_events, predicted)


def registry(packs: Sequence[str] | None = None) -> Registry:
    return load_registry(packs)


__all__ = [
    "ConflictdeskError",
    "EventView",
    "IngestSummary",
    "evaluate",
    "events",
    "extract",
    "ingest",
    "registry",
    "show",
]


# -- review ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ReviewItem:
    event: Event
    reasons: tuple[str, ...]


def review_queue(*, db: str | None = None, limit: int | None = 50) -> list[ReviewItem]:
    """Events needing an analyst: low confidence, conflicting sources, untranslated."""
    with open_store(db) as store:
        return [ReviewItem(e, review_reasons(e)) for e in store.needs_review(limit=limit)]


def parse_assignment(text: str) -> tuple[str, Any]:
    """``field=value``: the value is read as JSON when it parses (numbers, null, true), else
    as text, so ``--set fatalities.best=12`` and ``--set target="Sikh gurdwara"`` both work."""
    field, sep, raw = text.partition("=")
    if not sep or not field.strip():
        raise ReviewError(
            f"cannot read {text!r}", remedy="write --set FIELD=VALUE, e.g. --set actor1=ISKP"
        )
    try:
        value: Any = json.loads(raw)
    except ValueError:
        value = raw
    return field.strip(), value


def review(
    event_id: str,
    *,
    db: str | None = None,
    set_fields: Sequence[str] = (),
    accept: bool = False,
    reject: bool = False,
    merge: str | None = None,
    split: bool = False,
    who: str | None = None,
    note: str | None = None,
) -> list[Event]:
    """Apply an analyst's decision; every change writes an audit record. Returns the events."""
    who = who or analyst_name()
    actions = sum([bool(set_fields), accept, reject, merge is not None, split])
    if actions != 1:
        raise ReviewError(
            "give exactly one of --set, --accept, --reject, --merge, --split",
            remedy="several --set options may be given together",
        )
    with open_store(db) as store:
        if set_fields:
            event = store.event(event_id)
            for assignment in set_fields:
                field, value = parse_assignment(assignment)
                event = store.set_field(event_id, field, value, who=who, note=note)
            return [event]
        if accept:
            return [store.accept(event_id, who=who, note=note)]
        if reject:
            return [store.reject(event_id, who=who, note=note)]
        if merge is not None:
            return [store.merge(event_id, merge, who=who, note=note)]
        return store.split(event_id, who=who, note=note)


def analyst_name() -> str:
    return os.environ.get("CONFLICTDESK_ANALYST") or getpass.getuser()


def history(event_id: str, *, db: str | None = None) -> list[AuditRecord]:
    with open_store(db) as store:
        return store.history(event_id)


# -- people and actors -------------------------------------------------------------------------
def people(
    *, db: str | None = None, actor: str | None = None, packs: Sequence[str] | None = None
) -> list[PersonRecord]:
    """Everyone named in stored events or known to the packs, with status history."""
    with open_store(db) as store:
        stored = store.events()
        records = build_people(load_registry(packs), stored, store.documents())
    return [p for p in records if actor is None or p.actor == actor]


def person(
    name: str, *, db: str | None = None, packs: Sequence[str] | None = None
) -> list[PersonRecord]:
    found = find_person(people(db=db, packs=packs), name)
    if not found:
        raise PersonNotFound(
            f"nobody called {name!r} in the packs or stored events",
            remedy="list names with `conflictdesk people`",
        )
    return found


@dataclass(frozen=True, slots=True)
class ActorsView:
    actors: tuple[Actor, ...]
    suggestions: tuple[Suggestion, ...]
    event_counts: dict[str, int]


def actors(*, db: str | None = None, packs: Sequence[str] | None = None) -> ActorsView:
    reg = load_registry(packs)
    with open_store(db) as store:
        docs = list(store.documents())
        stored = store.events()
    counts: dict[str, int] = {}
    for e in stored:
        for a in {e.actor1, e.actor2, e.claimed_by} - {None}:
            assert a is not None
            counts[a] = counts.get(a, 0) + 1
    return ActorsView(tuple(reg.actors.values()), tuple(suggest_actors(reg, docs)), counts)


def accept_actor_alias(actor_id: str, alias: str, *, name: str | None = None) -> Path:
    """Add an alias (or a new actor) to the analyst's local pack, loaded with the defaults."""
    return accept_alias(local_pack_dir(), actor_id, alias, name=name)


# -- analyses, assessments, reports ------------------------------------------------------------
ANALYSES = ("tempo", "targets", "geography", "leadership", "decapitation", "retaliation", "trend")


def frame(*, db: str | None = None) -> EventFrame:
    from conflictdesk.analyse import EventFrame

    with open_store(db) as store:
        return EventFrame.from_events(store.events())


def analyse(name: str, *, db: str | None = None, **options: Any) -> Any:
    """Run one analysis on the stored events; options are the analysis' keyword arguments."""
    from conflictdesk import analyse as lib

    if name not in ANALYSES:
        raise AnalysisError(
            f"no analysis named {name!r}", remedy=f"use one of {', '.join(ANALYSES)}"
        )
    function = getattr(lib, name)
    return function(frame(db=db), **{k: v for k, v in options.items() if v is not None})


def assess(
    *,
    actor: str,
    question: str = "influence",
    since: dt.date | None = None,
    until: dt.date | None = None,
    db: str | None = None,
) -> CitedAssessment:
    from conflictdesk.report.assessment import assess_events

    with open_store(db) as store:
        stored = store.events()
    return assess_events(stored, actor=actor, question=question, since=since, until=until)


def report(
    out: Path,
    *,
    actor: str | None = None,
    question: str = "influence",
    since: dt.date | None = None,
    until: dt.date | None = None,
    db: str | None = None,
    packs: Sequence[str] | None = None,
) -> Path:
    """Write the full report (assessment, charts, map, citations) as .html, .pdf, .md or .json."""
    from conflictdesk.report.full import build_report, render_report, report_format

    fmt = report_format(out)
    with open_store(db) as store:
        stored = store.events()
    built = build_report(
        stored,
        actor=actor,
        since=since,
        until=until,
        question=question,
        attribution=load_registry(packs).attribution,
    )
    return render_report(built, fmt, out)
