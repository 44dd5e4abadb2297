"""An assessment rendered for readers: verdict, indicators, caveats, footnoted citations.

Every number shown comes from the ``Assessment`` record that ``analyse.assess`` returned; this
module only formats it. Citations follow the demo summary's rule (``summary_html.citations``):
one numbered note per source document, numbered in order of first use, and each cited event
lists the notes of its sources, as analysts' own pieces footnote publisher, title, URL and access
date.

    cited = assess_events(events, actor="ISKP", question="influence")
    text = render_assessment(cited, "md")        # or "html", "json"
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal

from jinja2 import Environment, PackageLoader, select_autoescape

from conflictdesk.analyse.assess import Assessment, Indicator, assess
from conflictdesk.analyse.frame import EventFrame
from conflictdesk.analyse.stats import LEVEL
from conflictdesk.errors import ReportError
from conflictdesk.model import Event
from conflictdesk.report.summary_html import Citation, citations
from conflictdesk.report.terminal import actors_text, casualty_text, place_text

AssessmentFormat = Literal["md", "html", "json"]
ASSESSMENT_FORMATS: Final[tuple[str, ...]] = ("md", "html", "json")
EventLookup = Mapping[str, Event] | Callable[[str], Event | None]

# Indicators whose change is a ratio (no change = 1); every other change is a difference
# (no change = 0). Mirrors the table in ``analyse.assess``'s docstring.
RATIO_INDICATORS: Final[frozenset[str]] = frozenset({"tempo", "lethality"})
SHARE_UNIT: Final[str] = "share of attacks"
NOT_AVAILABLE: Final[str] = "n/a"
VALUE_DECIMALS: Final[int] = 2
PERCENT_DECIMALS: Final[int] = 1
LANGUAGE_COVERAGE: Final[str] = (
    "Only reports in the languages the loaded packs read ({languages}) were coded; events "
    "reported only in other languages are missing, and local-language reporting is thinner "
    "than wire reporting in English."
)
INDICATOR_HEADER: Final[tuple[str, ...]] = (
    "indicator",
    "recent",
    f"{LEVEL * 100:.0f}% interval",
    "baseline",
    "unit",
    "change",
    "change interval",
    "direction",
)
RELIED_ON_ORDER: Final[str] = (
    "As the assessment picks them: recent half first; within each half, high-profile targets "
    "first, then the deadliest."
)
LINK_SCHEMES: Final[tuple[str, ...]] = ("http://", "https://")
DEFAULT_LANGUAGES: Final[tuple[str, ...]] = ("en", "tr", "ru", "ar", "fa", "ps")


@dataclass(frozen=True, slots=True)
class CitedEvent:
    """One event an assessment relies on, as shown in the "events relied on" table."""

    event_id: str
    date: str
    place: str
    actors: str
    kind: str
    deaths: str
    notes: tuple[int, ...]
    found: bool = True


@dataclass(frozen=True, slots=True)
class Citations:
    """Cited events in citation order and the numbered notes (one per source document)."""

    events: tuple[CitedEvent, ...]
    notes: tuple[Citation, ...]
    languages: tuple[tuple[str, int], ...] = ()

    def of(self, event_id: str) -> CitedEvent | None:
        return next((e for e in self.events if e.event_id == event_id), None)


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    """An indicator's numbers as display text (value, interval, baseline, change)."""

    name: str
    value: str
    interval: str
    baseline: str
    unit: str
    change: str
    change_interval: str
    direction: str
    explanation: str


@dataclass(frozen=True, slots=True)
class CitedAssessment:
    """An assessment with its citations and the caveats a reader needs beside it."""

    assessment: Assessment
    citations: Citations
    caveats: tuple[str, ...]
    generated: dt.date


# -- building ------------------------------------------------------------------------------------
def assess_events(
    events: Sequence[Event],
    *,
    actor: str,
    question: str = "influence",
    since: dt.date | None = None,
    until: dt.date | None = None,
    languages: Sequence[str] | None = None,
) -> CitedAssessment:
    """Run ``analyse.assess`` on ``events`` and attach citations of the events it relied on.

    ``languages`` (for the coverage caveat) defaults to those of the loaded packs."""
    frame = EventFrame.from_events(events)
    result = assess(frame, actor=actor, question=question, since=since, until=until)
    by_id = {e.event_id: e for e in events}
    return cite_assessment(result, by_id, languages=pack_defaults((), languages)[1])


def pack_defaults(
    attribution: Sequence[str] | None, languages: Sequence[str] | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Attribution lines and languages of the loaded packs, unless given."""
    if attribution is not None and languages is not None:
        return tuple(attribution), tuple(languages)
    from conflictdesk.resolve.registry import load_registry

    registry = load_registry()
    langs = tuple(dict.fromkeys(lang for p in registry.packs for lang in p.languages))
    return (
        tuple(registry.attribution if attribution is None else attribution),
        tuple(languages if languages is not None else langs or DEFAULT_LANGUAGES),
    )


def cite_assessment(
    assessment: Assessment,
    lookup: EventLookup,
    *,
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    generated: dt.date | None = None,
) -> CitedAssessment:
    """Attach citations (events found through ``lookup``) and the language-coverage caveat."""
    cited = cite(assessment.cited_event_ids, lookup)
    return CitedAssessment(
        assessment=assessment,
        citations=cited,
        caveats=(*assessment.caveats, language_caveat(languages, cited.languages)),
        generated=generated or dt.date.today(),
    )


def cite(event_ids: Iterable[str], lookup: EventLookup) -> Citations:
    """Numbered notes for the sources of ``event_ids``, in order of first use."""
    find = _finder(lookup)
    ids = list(dict.fromkeys(event_ids))
    found = {i: e for i in ids if (e := find(i)) is not None}
    numbered = citations([found[i] for i in ids if i in found])
    rows = tuple(_cited_event(i, found.get(i), numbered) for i in ids)
    languages = Counter(e.language for e in found.values() if e.language)
    return Citations(rows, tuple(numbered.values()), tuple(sorted(languages.items())))


def _finder(lookup: EventLookup) -> Callable[[str], Event | None]:
    if isinstance(lookup, Mapping):
        return lookup.get
    return lookup


def _cited_event(event_id: str, event: Event | None, numbered: dict[str, Citation]) -> CitedEvent:
    if event is None:
        return CitedEvent(event_id, NOT_AVAILABLE, "", "", "event not found", "", (), False)
    notes = tuple(dict.fromkeys(numbered[s.document_id].n for s in event.sources))
    return CitedEvent(
        event_id=event_id,
        date=event.event_date.isoformat() if event.event_date else "undated",
        place=place_text(event),
        actors=actors_of(event),
        kind=event.sub_event_type or event.event_type or "unknown",
        deaths=casualty_text(event.fatalities),
        notes=notes,
    )


def actors_of(event: Event) -> str:
    """Initiator and side acted upon, and the claimant when it is someone else."""
    text = actors_text(event)
    if event.claimed_by and event.claimed_by != event.actor1:
        text += f" (claimed by {event.claimed_by})"
    return text


def language_caveat(languages: Sequence[str], seen: Sequence[tuple[str, int]] = ()) -> str:
    text = LANGUAGE_COVERAGE.format(languages=", ".join(languages) or "none")
    if seen:
        parts = ", ".join(f"{lang} {n}" for lang, n in seen)
        text += f" Languages of the cited events: {parts}."
    return text


# -- formatting ----------------------------------------------------------------------------------
def number(value: float | None, decimals: int = VALUE_DECIMALS) -> str:
    return NOT_AVAILABLE if value is None else f"{value:.{decimals}f}"


def percent(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{value * 100:.{PERCENT_DECIMALS}f}%"


def _span(low: str, high: str) -> str:
    return NOT_AVAILABLE if NOT_AVAILABLE in (low, high) else f"{low} to {high}"


def level_text() -> str:
    return f"{LEVEL * 100:.0f}% interval"


def indicator_row(indicator: Indicator) -> IndicatorRow:
    share = indicator.unit == SHARE_UNIT
    show: Callable[[float | None], str] = percent if share else number
    return IndicatorRow(
        name=indicator.name,
        value=show(indicator.value),
        interval=_span(show(indicator.ci_low), show(indicator.ci_high)),
        baseline=show(indicator.baseline),
        unit=indicator.unit,
        change=_change(indicator.name, indicator.change, share),
        change_interval=_span(
            _change(indicator.name, indicator.change_ci_low, share),
            _change(indicator.name, indicator.change_ci_high, share),
        ),
        direction=indicator.direction,
        explanation=indicator.explanation,
    )


def _change(name: str, value: float | None, share: bool) -> str:
    if value is None:
        return NOT_AVAILABLE
    if name in RATIO_INDICATORS:
        return f"×{value:.{VALUE_DECIMALS}f}"
    if share:
        return f"{signed(value * 100, PERCENT_DECIMALS)} pp"
    return signed(value, VALUE_DECIMALS)


def signed(value: float, decimals: int) -> str:
    """``+1.2`` / ``-1.2``, and a plain ``0.0`` where rounding leaves nothing (never ``-0.0``)."""
    text = f"{value:+.{decimals}f}"
    return text[1:] if float(text) == 0 else text


def title_of(assessment: Assessment) -> str:
    return f"{assessment.actor}: {assessment.question} assessment"


def note_text(note: Citation) -> str:
    """One footnote: publisher, "title", published date, URL, access date."""
    parts = [note.publisher or "unknown publisher", f"“{note.title or note.document_id}”"]
    if note.published:
        parts.append(f"published {note.published}")
    if note.url:
        parts.append(note.url)
    parts.append(f"accessed {note.accessed}" if note.accessed else "access date not recorded")
    return ", ".join(parts) + "."


def linkable(url: str) -> bool:
    """Only web addresses become links in HTML (never ``javascript:`` or ``file:``)."""
    return url.lower().startswith(LINK_SCHEMES)


# -- Markdown ------------------------------------------------------------------------------------
def md_cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return lines


def md_refs(notes: Sequence[int]) -> str:
    return " ".join(f"[^{n}]" for n in notes) or "no source on record"


def assessment_markdown_body(cited: CitedAssessment) -> list[str]:
    """The assessment's sections (no title, no notes): verdict, indicators, caveats."""
    a = cited.assessment
    lines = [
        f"**Verdict: {a.verdict}.** Question: {a.question}. Baseline {a.since} to "
        f"{a.recent_start - dt.timedelta(days=1)} ({a.events_baseline} events); recent "
        f"{a.recent_start} to {a.until} ({a.events_recent} events).",
        "",
        "### Indicators",
        "",
    ]
    rows = [indicator_row(i) for i in a.indicators]
    lines += md_table(INDICATOR_HEADER, (_indicator_cells(r) for r in rows))
    lines += ["", *(f"- *{r.name}*: {r.explanation}." for r in rows), "", "### Caveats", ""]
    lines += [f"- {c}" for c in cited.caveats]
    return lines


def _indicator_cells(r: IndicatorRow) -> tuple[str, ...]:
    return (
        r.name,
        r.value,
        r.interval,
        r.baseline,
        r.unit,
        r.change,
        r.change_interval,
        r.direction,
    )


def relied_on_markdown(cited: Citations) -> list[str]:
    lines = ["### Events relied on", "", RELIED_ON_ORDER, ""]
    if not cited.events:
        return [*lines, "No events cited.", ""]
    header = ("date", "place", "actors", "type", "deaths", "sources", "event id")
    rows = (
        (e.date, e.place, e.actors, e.kind, e.deaths, md_refs(e.notes), e.event_id)
        for e in cited.events
    )
    return [*lines, *md_table(header, rows), ""]


def notes_markdown(cited: Citations) -> list[str]:
    return [f"[^{n.n}]: {note_text(n)}" for n in cited.notes]


def assessment_markdown(cited: CitedAssessment) -> str:
    a = cited.assessment
    lines = [f"# {title_of(a)}", "", f"Period {a.since} to {a.until}.", ""]
    lines += assessment_markdown_body(cited)
    lines += ["", *relied_on_markdown(cited.citations), *notes_markdown(cited.citations), ""]
    lines.append(f"_Generated {cited.generated.isoformat()} by conflictdesk._")
    return "\n".join(lines) + "\n"


# -- JSON and HTML -------------------------------------------------------------------------------
def citations_dict(cited: Citations) -> dict[str, Any]:
    return {
        "cited_events": [
            {"event_id": e.event_id, "found": e.found, "notes": list(e.notes)} for e in cited.events
        ],
        "notes": [
            {
                "n": n.n,
                "document_id": n.document_id,
                "publisher": n.publisher,
                "title": n.title,
                "url": n.url,
                "published": n.published,
                "accessed": n.accessed,
            }
            for n in cited.notes
        ],
    }


def assessment_dict(cited: CitedAssessment) -> dict[str, Any]:
    """``Assessment.to_dict()`` with every caveat shown and the citations."""
    data = cited.assessment.to_dict()
    data["caveats"] = list(cited.caveats)
    return {**data, **citations_dict(cited.citations)}


def template_environment() -> Environment:
    return Environment(
        loader=PackageLoader("conflictdesk.report", "templates"),
        autoescape=select_autoescape(["html", "j2"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def assessment_context(cited: CitedAssessment) -> dict[str, Any]:
    a = cited.assessment
    return {
        "a": a,
        "baseline_end": a.recent_start - dt.timedelta(days=1),
        "rows": [indicator_row(i) for i in a.indicators],
        "level": level_text(),
        "caveats": cited.caveats,
        "relied": cited.citations.events,
        "relied_order": RELIED_ON_ORDER,
        "notes": cited.citations.notes,
        "linkable": linkable,
        "generated": cited.generated.isoformat(),
    }


def assessment_html(cited: CitedAssessment) -> str:
    template = template_environment().get_template("assessment.html.j2")
    return template.render(title=title_of(cited.assessment), **assessment_context(cited))


def render_assessment(cited: CitedAssessment, fmt: str) -> str:
    """The assessment as Markdown (``md``), one self-contained HTML page or JSON."""
    if fmt == "md":
        return assessment_markdown(cited)
    if fmt == "html":
        return assessment_html(cited)
    if fmt == "json":
        return json.dumps(assessment_dict(cited), indent=2, ensure_ascii=False, allow_nan=False)
    raise ReportError(
        f"unknown assessment format {fmt!r}", remedy=f"use one of {', '.join(ASSESSMENT_FORMATS)}"
    )
