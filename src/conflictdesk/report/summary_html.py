"""The HTML event summary written by ``demo``: events, evidence, footnoted sources."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from conflictdesk.model import Event, Source
from conflictdesk.report.terminal import actors_text, casualty_text, place_text


@dataclass(frozen=True, slots=True)
class Citation:
    n: int
    document_id: str
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    accessed: str | None


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("conflictdesk.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
    )


def citations(events: Sequence[Event]) -> dict[str, Citation]:
    """One numbered citation per document, in order of first use."""
    cited: dict[str, Citation] = {}
    for event in events:
        for s in event.sources:
            if s.document_id not in cited:
                cited[s.document_id] = _citation(len(cited) + 1, s)
    return cited


def _citation(n: int, s: Source) -> Citation:
    return Citation(n, s.document_id, s.title, s.publisher, s.published, s.url, s.accessed)


def render_summary(
    events: Sequence[Event],
    *,
    title: str,
    documents: int,
    db: str,
    attribution: Sequence[str] = (),
) -> str:
    cited = citations(events)
    by_province: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_province[e.admin1 or "unknown"].append(e)
    provinces = [
        {
            "name": name,
            "events": len(evs),
            "deaths": sum(e.fatalities.best or 0 for e in evs),
        }
        for name, evs in sorted(by_province.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]
    rows: list[dict[str, Any]] = [
        {
            "date": e.event_date.isoformat() if e.event_date else "unknown",
            "place": place_text(e),
            "actors": actors_text(e),
            "type": e.sub_event_type or e.event_type or "unknown",
            "deaths": casualty_text(e.fatalities),
            "injured": casualty_text(e.injuries),
            "sources": [{"evidence": s.evidence, "n": cited[s.document_id].n} for s in e.sources],
        }
        for e in events
    ]
    template = _environment().get_template("summary.html.j2")
    return template.render(
        title=title,
        generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        documents=documents,
        db=db,
        events=rows,
        deaths=sum(e.fatalities.best or 0 for e in events),
        deaths_known=sum(1 for e in events if e.fatalities.best is not None),
        provinces=provinces,
        sources=sum(len(e.sources) for e in events),
        citations=list(cited.values()),
        attribution=attribution,
    )
