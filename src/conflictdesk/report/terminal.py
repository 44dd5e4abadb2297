"""Rich renderables for the terminal: event tables, one event with marked evidence, scores."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from conflictdesk.evaluate import EvaluationReport
from conflictdesk.model import Casualties, Document, Event, FieldSpan, Source

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
