"""Rich renderables for the terminal: event tables, one event with marked evidence, scores."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from conflictdesk.doctor import Check
from conflictdesk.evaluate import EvaluationReport
from conflictdesk.model import Casualties, Document, Event, FieldSpan, Source
from conflictdesk.resolve.people import PersonRecord
from conflictdesk.resolve.registry import Actor
from conflictdesk.resolve.suggest import Suggestion
from conflictdesk.store.audit import AuditRecord

UNKNOWN = "–"


def casualty_text(c: Casualties) -> str:
    if c.best is None and c.low is None and c.high is None:
        return UNKNOWN
    best = UNKNOWN if c.best is None else str(c.best)
    if c.low is not None and c.high is not None and (c.low != c.best or c.high != c.best):
        return f"{best} ({c.low}–{c.high})"
    return best


def place_text(event: Event) -> str:
    parts = [p for p in (event.location, event.admin1) if p]
    if event.location and event.admin1 and event.location == event.admin1:
        parts = [event.location]
    return ", ".join(parts) or event.country or UNKNOWN


def actors_text(event: Event) -> str:
    a1, a2 = event.actor1 or "unknown", event.actor2
    return f"{a1} → {a2}" if a2 else a1


def source_text(event: Event) -> str:
    publishers = list(dict.fromkeys(s.publisher or s.document_id for s in event.sources))
    if not publishers:
        return UNKNOWN
    more = f" +{len(publishers) - 1}" if len(publishers) > 1 else ""
    return f"{publishers[0]}{more}"


def events_table(events: Sequence[Event], *, title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in ("date", "place", "actors", "type", "deaths", "injured", "source", "id"):
        table.add_column(column, overflow="fold")
    for e in events:
        table.add_row(
            e.event_date.isoformat() if e.event_date else UNKNOWN,
            place_text(e),
            actors_text(e),
            e.sub_event_type or e.event_type or UNKNOWN,
            casualty_text(e.fatalities),
            casualty_text(e.injuries),
            source_text(e),
            e.event_id,
        )
    return table


def marked_evidence(source: Source, spans: Sequence[FieldSpan]) -> Text:
    """The evidence sentence with each extracted field's words highlighted and labelled."""
    text = Text(source.evidence)
    labels: list[str] = []
    for span in spans:
        if span.document_id != source.document_id:
            continue
        start, end = span.start - source.start, span.end - source.start
        if 0 <= start < end <= len(source.evidence):
            text.stylize("bold reverse", start, end)
            labels.append(f"{span.field}=“{source.evidence[start:end]}”")
    if labels:
        text.append("\n  " + "; ".join(labels), style="dim")
    return text


def event_detail(event: Event, documents: Sequence[Document]) -> RenderableType:
    fields = Table.grid(padding=(0, 2))
    fields.add_column(style="bold")
    fields.add_column()
    rows = [
        ("event", event.event_id),
        ("date", f"{event.event_date or UNKNOWN} ({event.date_precision})"),
        ("type", f"{event.event_type or UNKNOWN} / {event.sub_event_type or UNKNOWN}"),
        ("attack", f"{event.attack_type or UNKNOWN}; weapon {event.weapon_type or UNKNOWN}"),
        ("suicide", "yes" if event.suicide else "no"),
        ("actors", actors_text(event)),
        ("claimed by", event.claimed_by or UNKNOWN),
        ("target", f"{event.target or UNKNOWN} ({event.target_type or UNKNOWN})"),
        (
            "place",
            f"{place_text(event)}; {event.country or UNKNOWN}; precision "
            f"{event.geo_precision or UNKNOWN}",
        ),
        ("deaths", casualty_text(event.fatalities)),
        ("injured", casualty_text(event.injuries)),
        ("tags", ", ".join(event.tags) or UNKNOWN),
        (
            "persons",
            "; ".join(
                f"{p.name} ({p.role or 'no role'}, {p.outcome or 'no outcome'})"
                for p in event.persons
            )
            or UNKNOWN,
        ),
        ("confidence", f"{event.confidence:.2f} ({event.review_status})"),
    ]
    for name, value in rows:
        fields.add_row(name, value)
    by_id = {d.id: d for d in documents}
    evidence: list[RenderableType] = [fields, Text("\nEvidence", style="bold underline")]
    for n, source in enumerate(event.sources, start=1):
        doc = by_id.get(source.document_id)
        head = Text(f"[{n}] ", style="bold")
        head.append(doc.title if doc and doc.title else source.document_id)
        meta = " · ".join(
            x
            for x in (
                source.publisher,
                source.published,
                source.url,
                f"accessed {source.accessed}" if source.accessed else None,
            )
            if x
        )
        if meta:
            head.append(f"\n    {meta}", style="dim")
        head.append(f"\n    chars {source.start}–{source.end}\n    ", style="dim")
        head.append_text(marked_evidence(source, event.field_spans))
        evidence.append(head)
    return Group(*evidence)


def evaluation_table(report: EvaluationReport) -> RenderableType:
    summary = Table(title="Events", header_style="bold")
    for column in ("gold", "predicted", "matched", "precision", "recall", "F1"):
        summary.add_column(column, justify="right")
    summary.add_row(
        str(report.gold_events),
        str(report.predicted_events),
        str(report.matched),
        f"{report.precision:.3f}",
        f"{report.recall:.3f}",
        f"{report.f1:.3f}",
    )
    fields = Table(title="Per-field accuracy on matched events", header_style="bold")
    for column in ("field", "scored", "correct", "accuracy"):
        fields.add_column(column, justify="right" if column != "field" else "left")
    for s in report.fields:
        acc = UNKNOWN if s.accuracy is None else f"{s.accuracy:.3f}"
        fields.add_row(s.field, str(s.scored), str(s.correct), acc)
    parts: list[RenderableType] = [summary, fields]
    if report.fusion is not None:
        f = report.fusion
        fusion = Table(title="Fusion (pairs of gold events across documents)", header_style="bold")
        for column in ("pairs", "precision", "recall"):
            fusion.add_column(column, justify="right")
        fusion.add_row(
            str(f.pairs),
            UNKNOWN if f.precision is None else f"{f.precision:.3f}",
            UNKNOWN if f.recall is None else f"{f.recall:.3f}",
        )
        parts.append(fusion)
    return Group(*parts)


def history_table(event_id: str, records: Sequence[AuditRecord]) -> Table:
    table = Table(title=f"History of {event_id}", header_style="bold")
    for column in ("when", "who", "action", "field", "old", "new", "note"):
        table.add_column(column, overflow="fold")
    for r in records:
        table.add_row(
            r.at.strftime("%Y-%m-%d %H:%M:%S"),
            r.who,
            r.action,
            r.field or "",
            _short(r.old),
            _short(r.new),
            r.note or "",
        )
    return table


def _short(value: Any, limit: int = 60) -> str:
    text = "–" if value is None else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def people_table(records: Sequence[PersonRecord]) -> Table:
    table = Table(title="People", header_style="bold")
    for column in ("name", "aliases", "actor", "roles", "status", "since", "id"):
        table.add_column(column, overflow="fold")
    for r in records:
        table.add_row(
            r.name,
            "; ".join(r.aliases[:4]) + (" …" if len(r.aliases) > 4 else ""),
            r.actor or UNKNOWN,
            "; ".join(x.title for x in r.roles) or UNKNOWN,
            r.status or UNKNOWN,
            r.status_date or UNKNOWN,
            r.person_id,
        )
    return table


def person_detail(r: PersonRecord) -> RenderableType:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("name", r.name)
    grid.add_row("id", r.person_id)
    grid.add_row("aliases", "; ".join(r.aliases) or UNKNOWN)
    grid.add_row("organisation", r.actor or UNKNOWN)
    roles = [
        f"{x.title}"
        + (f" ({x.actor})" if x.actor else "")
        + (f", from {x.since}" if x.since else "")
        + (f" until {x.until}" if x.until else "")
        for x in r.roles
    ]
    grid.add_row("roles", "; ".join(roles) or UNKNOWN)
    grid.add_row("relations", "; ".join(f"{rel} {pid}" for rel, pid in r.relations) or UNKNOWN)
    grid.add_row("status", f"{r.status or UNKNOWN} ({r.status_date or 'no date'})")
    history = Table(title="Status history", header_style="bold")
    for column in ("date", "status", "event", "sources"):
        history.add_column(column, overflow="fold")
    for h in r.history:
        sources = "; ".join(
            dict.fromkeys(
                f"{s.publisher or s.document_id} {s.url or ''}".strip() for s in h.sources
            )
        )
        history.add_row(h.date or UNKNOWN, h.status, h.event_id, sources or UNKNOWN)
    return Group(grid, history)


def actors_table(actors: Sequence[Actor], counts: dict[str, int]) -> Table:
    table = Table(title="Actors", header_style="bold")
    for column in ("id", "name", "kind", "parent", "aliases", "events"):
        table.add_column(column, overflow="fold")
    for a in actors:
        languages = sorted({x.language for x in a.aliases})
        table.add_row(
            a.id,
            a.name,
            a.kind,
            a.parent or "",
            f"{len(a.aliases)} ({', '.join(languages)})",
            str(counts.get(a.id, 0)),
        )
    return table


def suggestions_table(suggestions: Sequence[Suggestion]) -> Table:
    table = Table(
        title="Names that look like groups but are in no pack "
        "(accept with: conflictdesk actors --accept NAME --as ID)",
        header_style="bold",
    )
    for column in ("name", "mentions", "documents"):
        table.add_column(column, overflow="fold")
    for s in suggestions[:30]:
        table.add_row(s.name, str(s.mentions), ", ".join(s.documents[:3]))
    return table


# At most this many rows of a series are printed; JSON output has them all.
MAX_SERIES_ROWS = 60


def analysis_view(name: str, data: dict[str, Any]) -> RenderableType:
    """A generic view of an analysis result: its scalar figures, then each list as a table."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    parts: list[RenderableType] = [Text(f"Analysis: {name}", style="bold underline"), grid]
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            parts.append(_rows_table(key, value))
        elif not isinstance(value, (list, dict)):
            grid.add_row(key, _short(value, 100) if not isinstance(value, str) else value)
        elif isinstance(value, dict):
            grid.add_row(key, _short(value, 100))
    return Group(*parts)


def _rows_table(title: str, rows: list[dict[str, Any]]) -> Table:
    columns = [k for k, v in rows[0].items() if not isinstance(v, (list, dict))]
    table = Table(title=title, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows[:MAX_SERIES_ROWS]:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    if len(rows) > MAX_SERIES_ROWS:
        table.caption = f"{len(rows) - MAX_SERIES_ROWS} more rows in --format json"
    return table


def _cell(value: Any) -> str:
    if value is None:
        return UNKNOWN
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def doctor_table(checks: Sequence[Check]) -> Table:
    table = Table(title="conflictdesk doctor", header_style="bold")
    for column in ("check", "status", "detail", "fix"):
        table.add_column(column, overflow="fold")
    for c in checks:
        status = "ok" if c.ok else ("missing (optional)" if c.optional else "FAIL")
        table.add_row(c.name, status, c.detail, c.fix or "")
    return table
