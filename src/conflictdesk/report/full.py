"""The full report: the assessment plus activity, targets, geography and leadership sections,
charts on one time axis, a province map and footnoted citations, as HTML, Markdown, PDF or JSON.

    report = build_report(events, actor="ISKP", since=None, until=None)
    render_report(report, "html", Path("iskp.html"))

``build_report_from_frame`` is the fast path for large stores: analyses run on an
``EventFrame`` and only the cited events are looked up as ``Event`` records.

Every number shown is read from an analysis result held in ``Report.analyses`` (or from the
``Assessment``), computed once with the report's filters (actor as initiator or claimant,
``since``..``until`` inclusive); the renderers only format them. Without ``since``/``until`` the
sections cover all the data while the assessment covers its own default period (the last 365
days of data), and the report says so.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from conflictdesk.analyse.assess import Assessment, assess
from conflictdesk.analyse.decapitation import DecapitationResult, decapitation
from conflictdesk.analyse.frame import EventFrame
from conflictdesk.analyse.geography import GeographyResult, geography
from conflictdesk.analyse.leadership import LeadershipResult, leadership
from conflictdesk.analyse.results import JsonRecord
from conflictdesk.analyse.targets import ShareChange, TargetsResult, targets
from conflictdesk.analyse.tempo import Period, TempoResult, tempo
from conflictdesk.analyse.trend import TrendResult, trend
from conflictdesk.errors import ReportError
from conflictdesk.model import Event
from conflictdesk.report.assessment import (
    NOT_AVAILABLE,
    Citations,
    CitedAssessment,
    EventLookup,
    assessment_context,
    assessment_dict,
    assessment_markdown_body,
    citations_dict,
    cite,
    language_caveat,
    linkable,
    md_refs,
    md_table,
    notes_markdown,
    number,
    pack_defaults,
    percent,
    relied_on_markdown,
    signed,
    template_environment,
)
from conflictdesk.report.charts import Chart, timeline_chart
from conflictdesk.report.maps import (
    ProvinceMap,
    default_provinces_path,
    load_provinces,
    province_counts,
    province_map,
)

REPORT_FORMATS: Final[tuple[str, ...]] = ("html", "md", "pdf", "json")
SUFFIX_FORMATS: Final[dict[str, str]] = {
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".pdf": "pdf",
    ".json": "json",
}
HIGH_PROFILE_LABEL: Final[str] = "all high-profile types (diplomatic, government, religious)"
MONTHS: Final[tuple[str, ...]] = tuple(dt.date(2000, m, 1).strftime("%b") for m in range(1, 13))
REPORT_FREQ: Final[str] = "month"
Cell = str | tuple[int, ...]  # a tuple of ints is a list of footnote references


class NothingToReport(ReportError):
    code = "E515"


@dataclass(frozen=True, slots=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    numeric: tuple[bool, ...]  # right-aligned columns
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Section:
    """One part of the report: paragraphs, figures and tables, in that order."""

    key: str
    title: str
    paragraphs: tuple[str, ...] = ()
    figures: tuple[Chart, ...] = ()
    tables: tuple[Table, ...] = ()


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a report shows, computed once; renderers only format it."""

    title: str
    actor: str | None
    question: str
    since: dt.date | None
    until: dt.date | None
    assessment: CitedAssessment | None
    analyses: Mapping[str, JsonRecord]
    charts: tuple[Chart, ...]
    map_svg: str
    province_map: ProvinceMap
    citations: Citations
    attribution: tuple[str, ...]
    generated: dt.date


# -- building ------------------------------------------------------------------------------------
def build_report(
    events: Sequence[Event],
    *,
    actor: str | None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    question: str = "influence",
    attribution: Sequence[str] | None = None,
    languages: Sequence[str] | None = None,
    provinces: Path | None = None,
    title: str | None = None,
) -> Report:
    """The report on ``events`` (rejected ones are left out, as in every analysis)."""
    by_id = {e.event_id: e for e in events}
    return build_report_from_frame(
        EventFrame.from_events(events),
        by_id,
        actor=actor,
        since=since,
        until=until,
        question=question,
        attribution=attribution,
        languages=languages,
        provinces=provinces,
        title=title,
    )


def build_report_from_frame(
    frame: EventFrame,
    lookup: EventLookup,
    *,
    actor: str | None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    question: str = "influence",
    attribution: Sequence[str] | None = None,
    languages: Sequence[str] | None = None,
    provinces: Path | None = None,
    title: str | None = None,
) -> Report:
    """The report from a frame; ``lookup`` gives the ``Event`` of each cited event id."""
    if frame.day_range() is None:
        raise NothingToReport(
            "no dated events to report on",
            remedy="ingest documents first (conflictdesk ingest PATH), or check --db",
        )
    credits, langs = pack_defaults(attribution, languages)
    analyses = run_analyses(frame, actor=actor, since=since, until=until)
    result = (
        assess(frame, actor=actor, question=question, since=since, until=until) if actor else None
    )
    losses = _leadership(analyses).losses
    cited = cite(
        [*(result.cited_event_ids if result else ()), *(x.event_id for x in losses)], lookup
    )
    shapes = load_provinces(provinces or default_provinces_path())
    provinces_map = province_map(
        province_counts(_tempo(analyses, "provinces")), shapes, attribution=credits
    )
    generated = dt.date.today()
    return Report(
        title=title or _title(actor, question),
        actor=actor,
        question=question,
        since=since,
        until=until,
        assessment=_cited_assessment(result, cited, langs, generated),
        analyses=MappingProxyType(analyses),
        charts=(timeline_chart(_tempo(analyses, "tempo"), _targets(analyses), losses),),
        map_svg=provinces_map.svg,
        province_map=provinces_map,
        citations=cited,
        attribution=credits,
        generated=generated,
    )


def run_analyses(
    frame: EventFrame, *, actor: str | None, since: dt.date | None, until: dt.date | None
) -> dict[str, JsonRecord]:
    """Every analysis the report shows, with the report's filters."""
    a, s, u = actor, since, until
    activity = tempo(frame, freq=REPORT_FREQ, actor=a, since=s, until=u)
    results: dict[str, JsonRecord] = {
        "tempo": activity,
        "provinces": _by_province(frame, activity),
        "targets": targets(frame, freq=REPORT_FREQ, actor=a, since=s, until=u),
        "geography": geography(frame, freq=REPORT_FREQ, actor=a, since=s, until=u),
        "leadership": leadership(frame, actor=a, since=s, until=u),
    }
    if actor is not None:
        results["trend"] = trend(frame, freq=REPORT_FREQ, actor=a, since=s, until=u)
        span = frame.day_range()
        if span is not None:
            first, last = (dt.date.fromordinal(d) for d in span)
            coverage = (since or first, until or last)
            results["decapitation"] = decapitation(frame, actor=actor, coverage=coverage)
    return results


def _by_province(frame: EventFrame, activity: TempoResult) -> TempoResult:
    """``tempo`` by province with the same filters; no rows gives an empty series (``tempo``
    with ``by`` cannot reshape an empty selection)."""
    if activity.total_events == 0:
        return dataclasses.replace(activity, by="admin1", series=())
    return tempo(
        frame,
        freq=activity.freq,
        by="admin1",
        actor=activity.actor,
        since=activity.since,
        until=activity.until,
        rolling=activity.rolling,
    )


def _cited_assessment(
    result: Assessment | None, cited: Citations, languages: Sequence[str], generated: dt.date
) -> CitedAssessment | None:
    if result is None:
        return None
    own = tuple(e for i in result.cited_event_ids if (e := cited.of(i)) is not None)
    return CitedAssessment(
        assessment=result,
        citations=Citations(own, cited.notes, cited.languages),
        caveats=(*result.caveats, language_caveat(languages, cited.languages)),
        generated=generated,
    )


def _title(actor: str | None, question: str) -> str:
    who = actor or "All actors"
    about = f"{question} report" if actor else "activity report"
    return f"{who}: {about}"


def _range(since: dt.date | None, until: dt.date | None) -> str:
    if since is None and until is None:
        return "all dates"
    return f"{since or 'start'} to {until or 'latest'}"


# -- typed access to the analyses ----------------------------------------------------------------
def _tempo(analyses: Mapping[str, JsonRecord], key: str) -> TempoResult:
    value = analyses[key]
    assert isinstance(value, TempoResult)
    return value


def _targets(analyses: Mapping[str, JsonRecord]) -> TargetsResult:
    value = analyses["targets"]
    assert isinstance(value, TargetsResult)
    return value


def _geography(analyses: Mapping[str, JsonRecord]) -> GeographyResult:
    value = analyses["geography"]
    assert isinstance(value, GeographyResult)
    return value


def _leadership(analyses: Mapping[str, JsonRecord]) -> LeadershipResult:
    value = analyses["leadership"]
    assert isinstance(value, LeadershipResult)
    return value


def _optional(analyses: Mapping[str, JsonRecord], key: str, kind: type[Any]) -> Any:
    value = analyses.get(key)
    return value if isinstance(value, kind) else None


# -- sections ------------------------------------------------------------------------------------
def report_sections(report: Report) -> tuple[Section, ...]:
    """The report's sections after the assessment, shared by the HTML and Markdown renderers."""
    a = report.analyses
    return (
        _activity_section(_tempo(a, "tempo"), _optional(a, "trend", TrendResult), report.charts),
        _targets_section(_targets(a)),
        _geography_section(_geography(a), report.province_map),
        _leadership_section(
            _leadership(a), _optional(a, "decapitation", DecapitationResult), report.citations
        ),
    )


def _int(value: int | None) -> str:
    return NOT_AVAILABLE if value is None else str(value)


def _activity_section(
    activity: TempoResult, trend_result: TrendResult | None, charts: tuple[Chart, ...]
) -> Section:
    paragraphs = [
        f"{activity.total_events} events dated to the {activity.freq} or better; "
        f"{activity.total_fatalities} deaths in the {activity.fatalities_known} events with a "
        f"known toll (sum of best estimates); {activity.excluded_imprecise} events with a vaguer "
        "date left out."
    ]
    if trend_result is not None:
        paragraphs.append(_trend_text(trend_result))
    tables = (
        _month_matrix("Events per month", activity, lambda p: p.events),
        _month_matrix("Deaths per month (sum of known tolls)", activity, lambda p: p.fatalities),
    )
    return Section("activity", "Activity", tuple(paragraphs), charts, tables)


def _month_matrix(
    caption: str, activity: TempoResult, value: Callable[[Period], int | None]
) -> Table:
    """Years as rows, months as columns, and the year's total; blank outside the range."""
    years: dict[int, list[str]] = {}
    totals: dict[int, list[int | None]] = {}
    for p in activity.series:
        years.setdefault(p.period.year, [""] * 12)[p.period.month - 1] = _int(value(p))
        totals.setdefault(p.period.year, []).append(value(p))
    rows = tuple(
        (str(year), *cells, _int(_known_sum(totals[year]))) for year, cells in years.items()
    )
    return Table(("year", *MONTHS, "total"), rows, (False, *(True,) * 13), caption)


def _known_sum(values: Sequence[int | None]) -> int | None:
    known = [v for v in values if v is not None]
    return sum(known) if known else None


def _trend_text(result: TrendResult) -> str:
    text = (
        f"Trend of violent events ({result.periods} {result.freq}s, {result.events} events): "
        f"{result.verdict}; rate multiplier per year {number(result.trend_per_year, 3)} "
        f"({number(result.ci_low, 3)} to {number(result.ci_high, 3)}), Mann-Kendall "
        f"p = {number(result.mann_kendall_p, 3)}."
    )
    if result.change_points:
        points = ", ".join(
            f"{c.period} ({number(c.rate_before)} to {number(c.rate_after)} per {result.freq})"
            for c in result.change_points
        )
        text += f" Change points: {points}."
    return text


def _targets_section(mix: TargetsResult) -> Section:
    paragraphs = (
        f"Attacks (battles, explosions, violence against civilians) with a known target, before "
        f"{mix.split} ({mix.before_known}) and from it on ({mix.after_known}); "
        f"{mix.unknown_target} attacks with an unknown target are left out of the shares. "
        f"High-profile share {percent(mix.high_profile.share_before)} before, "
        f"{percent(mix.high_profile.share_after)} after: {mix.verdict}.",
        f"Change of the whole mix: Cramér's V {number(mix.cramers_v)}, chi-square "
        f"p = {number(mix.p_value, 3)}"
        + (f" (rare types pooled: {', '.join(mix.pooled_types)})." if mix.pooled_types else "."),
    )
    rows = tuple(
        (
            s.target_type,
            str(s.before),
            percent(s.share_before),
            str(s.after),
            percent(s.share_after),
            _pp(s.difference),
            f"{_pp(s.ci_low)} to {_pp(s.ci_high)}",
        )
        for s in (*sorted(mix.shares, key=lambda s: -(s.before + s.after)), _total(mix))
    )
    header = ("target type", "before", "share", "after", "share", "change", "95% interval")
    table = Table(header, rows, (False, True, True, True, True, True, True))
    return Section("targets", "Targets", paragraphs, (), (table,))


def _total(mix: TargetsResult) -> ShareChange:
    """The high-profile row, labelled as the total it is."""
    return dataclasses.replace(mix.high_profile, target_type=HIGH_PROFILE_LABEL)


def _pp(value: float | None) -> str:
    return NOT_AVAILABLE if value is None else f"{signed(value * 100, 1)} pp"


def _geography_section(geo: GeographyResult, pmap: ProvinceMap) -> Section:
    paragraphs = [
        f"Violent events reached {geo.provinces_total} provinces and {geo.districts_total} "
        f"districts; {geo.unlocated} violent events have no province. The map counts events of "
        "every type by province."
    ]
    if pmap.unmatched:
        missing = ", ".join(f"{name} ({n})" for name, n in pmap.unmatched)
        paragraphs.append(f"Not on the map (name not in the boundaries file): {missing}.")
    caption = "Events of every type per province in range; grey: none. Sources under the map."
    figure = Chart("map", "Events per province", pmap.svg, caption)
    table = Table(("province", "events"), tuple((n, str(c)) for n, c in pmap.counts), (False, True))
    return Section("geography", "Geography", tuple(paragraphs), (figure,), (table,))


def _leadership_section(
    result: LeadershipResult, decap: DecapitationResult | None, cited: Citations
) -> Section:
    paragraphs = [
        f"{len(result.losses)} leadership losses (killed or captured) in range, "
        f"{result.undated} of them undated; by rank: "
        + (", ".join(f"{c.key} {c.count}" for c in result.by_rank) or "none")
        + "."
    ]
    if decap is not None:
        paragraphs.append(_decapitation_text(decap))
    rows = tuple(
        (
            loss.date.isoformat() if loss.date else "undated",
            loss.name or "unnamed",
            loss.role or NOT_AVAILABLE,
            loss.rank,
            loss.outcome,
            loss.actor or "unknown",
            found.notes if (found := cited.of(loss.event_id)) else (),
        )
        for loss in result.losses
    )
    header = ("date", "name", "role", "rank", "outcome", "group", "sources")
    table = Table(header, rows, (False,) * 7)
    return Section(
        "leadership", "Leadership losses", tuple(paragraphs), (), (table,) if rows else ()
    )


def _decapitation_text(d: DecapitationResult) -> str:
    return (
        f"Attacks in the {d.window_days} days after a loss against the {d.window_days} days "
        f"before ({d.n_episodes} episodes, {d.n_losses} losses, {d.n_losses_dropped} dropped at "
        f"the edges): {d.before} events in {d.before_days} days before, {d.after} in "
        f"{d.after_days} days after; rate ratio {number(d.rate_ratio)} "
        f"({number(d.ci_low)} to {number(d.ci_high)}), placebo median "
        f"{number(d.placebo_rate_ratio)} (p = {number(d.placebo_p_value, 3)}): {d.verdict}."
    )


# -- rendering -----------------------------------------------------------------------------------
def report_format(path: Path) -> str:
    """The format implied by a file name's suffix."""
    fmt = SUFFIX_FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise ReportError(
            f"cannot tell the report format from {path.name!r}",
            remedy="name the file .html, .md, .pdf or .json",
            path=str(path),
        )
    return fmt


def render_report(report: Report, fmt: str, out: Path, *, browser: str | None = None) -> Path:
    """Write the report as ``html``, ``md`` (with SVGs beside it), ``pdf`` or ``json``."""
    if fmt == "html":
        out.write_text(report_html(report), encoding="utf-8")
    elif fmt == "md":
        out.write_text(report_markdown(report, _write_figures(report, out)), encoding="utf-8")
    elif fmt == "json":
        out.write_text(json.dumps(report_dict(report), indent=2, ensure_ascii=False), "utf-8")
    elif fmt == "pdf":
        from conflictdesk.report.pdf import html_to_pdf

        html_to_pdf(report_html(report), out, browser=browser)
    else:
        raise ReportError(
            f"unknown report format {fmt!r}", remedy=f"use one of {', '.join(REPORT_FORMATS)}"
        )
    return out


def report_dict(report: Report) -> dict[str, Any]:
    """The report's numbers as JSON types (no SVG)."""
    return {
        "title": report.title,
        "actor": report.actor,
        "question": report.question,
        "since": report.since.isoformat() if report.since else None,
        "until": report.until.isoformat() if report.until else None,
        "generated": report.generated.isoformat(),
        "assessment": assessment_dict(report.assessment) if report.assessment else None,
        "analyses": {key: value.to_dict() for key, value in report.analyses.items()},
        "province_counts": dict(report.province_map.counts),
        "provinces_not_on_map": dict(report.province_map.unmatched),
        **citations_dict(report.citations),
        "attribution": list(report.attribution),
    }


def report_html(report: Report) -> str:
    """One self-contained HTML page: inline CSS and SVG, no scripts, nothing fetched."""
    context: dict[str, Any] = {"notes": report.citations.notes, "linkable": linkable}
    if report.assessment is not None:
        context = assessment_context(report.assessment)
    context.update(
        title=report.title,
        report=report,
        sections=report_sections(report),
        period=_range(report.since, report.until),
        generated=report.generated.isoformat(),
    )
    return template_environment().get_template("report.html.j2").render(**context)


def _write_figures(report: Report, out: Path) -> dict[str, str]:
    """Each figure as an SVG file in ``<name>_files/``; returns figure name -> relative path."""
    folder = out.with_name(f"{out.stem}_files")
    folder.mkdir(parents=True, exist_ok=True)
    paths: dict[str, str] = {}
    for section in report_sections(report):
        for figure in section.figures:
            (folder / f"{figure.name}.svg").write_text(figure.svg, encoding="utf-8")
            paths[figure.name] = f"{folder.name}/{figure.name}.svg"
    return paths


def report_markdown(report: Report, figure_paths: Mapping[str, str] | None = None) -> str:
    period = _range(report.since, report.until)
    generated = report.generated.isoformat()
    lines = [f"# {report.title}", "", f"Period: {period}. Generated {generated}.", ""]
    if report.assessment is not None:
        lines += ["## Assessment", "", *assessment_markdown_body(report.assessment), ""]
        lines += relied_on_markdown(report.assessment.citations)
    else:
        lines += ["No actor chosen, so no assessment: the sections below cover every actor.", ""]
    for section in report_sections(report):
        lines += _section_markdown(section, figure_paths or {})
    lines += ["## Notes", "", *notes_markdown(report.citations), ""]
    for line in report.attribution:
        lines += [f"_{line}_", ""]
    return "\n".join(lines) + "\n"


def _section_markdown(section: Section, figure_paths: Mapping[str, str]) -> list[str]:
    lines = [f"## {section.title}", "", *(p + "\n" for p in section.paragraphs)]
    for figure in section.figures:
        if figure.name in figure_paths:
            lines += [f"![{figure.title}]({figure_paths[figure.name]})", ""]
        lines += [f"*{figure.caption}*", ""]
    for table in section.tables:
        lines += [f"**{table.caption}**", ""] if table.caption else []
        rows = ((md_refs(c) if isinstance(c, tuple) else c for c in row) for row in table.rows)
        lines += [*md_table(table.header, [list(r) for r in rows]), ""]
    return lines
