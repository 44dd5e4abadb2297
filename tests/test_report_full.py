"""Full reports: every number read back from Markdown and JSON equals a count made here on the
events and the analysis results for the same filters; HTML is one self-contained page."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from conflictdesk.analyse.assess import assess
from conflictdesk.analyse.frame import VIOLENT_TYPES, EventFrame
from conflictdesk.analyse.synthetic import decapitation_history
from conflictdesk.errors import ReportError
from conflictdesk.model import Event, Source
from conflictdesk.report.assessment import cite
from conflictdesk.report.full import (
    NothingToReport,
    Report,
    build_report,
    build_report_from_frame,
    render_report,
    report_dict,
    report_format,
    report_html,
    report_markdown,
    run_analyses,
)

SINCE, UNTIL = dt.date(2019, 7, 1), dt.date(2020, 12, 31)
CREDITS = ("Boundaries: test shapes", "Places: test gazetteer")


def _events() -> list[Event]:
    """A synthetic history (fixed seed), with claimed-only events, vague dates and sources."""
    events = list(decapitation_history(3, days=730, base_rate=1.0, background_rate=0.5).events())
    for i, event in enumerate(events):
        if event.actor1 == "TALIBAN" and i % 9 == 0:
            events[i] = event.replace(claimed_by="ISKP")
        elif event.actor1 == "ISKP" and i % 50 == 0:
            events[i] = event.replace(date_precision="year")
        elif event.actor1 == "ISKP" and i % 41 == 0:
            events[i] = event.replace(review_status="rejected")
        if i % 4 == 0:
            events[i] = events[i].replace(sources=(_source(i % 25),))
    return events


def _source(n: int) -> Source:
    return Source(
        document_id=f"doc{n}",
        evidence="An attack was reported.",
        start=0,
        end=23,
        title=f"Dispatch {n}",
        publisher="Test Wire",
        url=f"https://wire.example/{n}",
        published="2020-01-01",
        accessed="2024-03-01",
    )


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return _events()


@pytest.fixture(scope="module")
def report(events: list[Event]) -> Report:
    return build_report(
        events, actor="ISKP", since=SINCE, until=UNTIL, attribution=CREDITS, languages=("en",)
    )


@pytest.fixture(scope="module")
def markdown(report: Report) -> str:
    return report_markdown(report)


def _counted(events: list[Event]) -> list[Event]:
    """Events-level filter: actor1 or claimant ISKP, not rejected, in range, dated to a month."""
    return [
        e
        for e in events
        if "ISKP" in (e.actor1, e.claimed_by)
        and e.review_status != "rejected"
        and e.date_precision in ("day", "week", "month")
        and e.event_date is not None
        and SINCE <= e.event_date <= UNTIL
    ]


def _table_after(text: str, heading: str) -> list[list[str]]:
    """Body rows of the first Markdown table after ``heading``."""
    rest = text[text.index(heading) :]
    rows: list[list[str]] = []
    for line in rest.splitlines()[1:]:
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif rows:
            break
    return rows[2:]  # skip header and rule


def _months(rows: list[list[str]]) -> dict[str, int]:
    """A year-by-month matrix as {"YYYY-MM": value}; blank cells are outside the range."""
    out: dict[str, int] = {}
    for year, *cells, total in rows:
        shown = [int(c) if c != "n/a" else 0 for c in cells if c]
        assert sum(shown) == (int(total) if total != "n/a" else 0)
        for month, cell in enumerate(cells, start=1):
            if cell:
                out[f"{year}-{month:02d}"] = int(cell) if cell != "n/a" else 0
    return out


def test_monthly_events_and_deaths_equal_event_counts(events: list[Event], markdown: str) -> None:
    counted = _counted(events)
    per_month = Counter(e.event_date.strftime("%Y-%m") for e in counted if e.event_date)
    deaths: Counter[str] = Counter()
    for e in counted:
        if e.event_date and e.fatalities.best is not None:
            deaths[e.event_date.strftime("%Y-%m")] += e.fatalities.best
    shown_events = _months(_table_after(markdown, "**Events per month**"))
    shown_deaths = _months(_table_after(markdown, "**Deaths per month"))
    assert len(shown_events) == 18  # every month of the range, empty ones included
    assert shown_events == {month: per_month[month] for month in shown_events}
    assert shown_deaths == {month: deaths[month] for month in shown_deaths}
    total = sum(e.fatalities.best or 0 for e in counted)
    known = sum(1 for e in counted if e.fatalities.best is not None)
    assert f"{len(counted)} events dated to the month or better; {total} deaths in the {known}" in (
        markdown
    )


def test_target_shares_equal_event_counts(events: list[Event], markdown: str) -> None:
    split = dt.date.fromisoformat(
        re.search(r"with a known target, before (\d{4}-\d\d-\d\d)", markdown).group(1)  # type: ignore[union-attr]
    )
    attacks = [e for e in _counted(events) if e.event_type in VIOLENT_TYPES and e.target_type]
    before = Counter(e.target_type for e in attacks if e.event_date and e.event_date < split)
    after = Counter(e.target_type for e in attacks if e.event_date and e.event_date >= split)
    rows = {row[0]: row for row in _table_after(markdown, "## Targets")}
    for kind in {str(k) for k in (*before, *after)}:
        _, n_before, share_before, n_after, share_after, *_ = rows[kind]
        assert int(n_before) == before[kind]
        assert int(n_after) == after[kind]
        expected = before[kind] / sum(before.values()) * 100
        assert float(share_before.rstrip("%")) == pytest.approx(expected, abs=0.051)
        expected = after[kind] / sum(after.values()) * 100
        assert float(share_after.rstrip("%")) == pytest.approx(expected, abs=0.051)


def test_province_counts_equal_event_counts(events: list[Event], markdown: str) -> None:
    per_province = Counter(e.admin1 for e in _counted(events) if e.admin1)
    rows = _table_after(markdown, "## Geography")
    assert {name: int(n) for name, n in rows} == dict(per_province)


def test_json_holds_the_analyses_and_the_assessment(events: list[Event], report: Report) -> None:
    data: dict[str, Any] = json.loads(json.dumps(report_dict(report), allow_nan=False))
    frame = EventFrame.from_events(events)
    direct = assess(frame, actor="ISKP", since=SINCE, until=UNTIL)
    assert data["assessment"]["indicators"] == [i.to_dict() for i in direct.indicators]
    assert data["assessment"]["verdict"] == direct.verdict
    tempo = data["analyses"]["tempo"]
    assert tempo["total_events"] == len(_counted(events))
    assert data["province_counts"] == dict(Counter(e.admin1 for e in _counted(events)))
    loss_events = [
        e
        for e in events
        if "leader_killed" in e.tags
        and e.actor2 == "ISKP"
        and e.event_date is not None
        and SINCE <= e.event_date <= UNTIL
    ]
    assert loss_events
    assert len(data["analyses"]["leadership"]["losses"]) == len(loss_events)
    assert data["attribution"] == list(CREDITS)


def test_analyses_and_citations_are_those_of_the_frame(events: list[Event], report: Report) -> None:
    frame = EventFrame.from_events(events)
    direct = run_analyses(frame, actor="ISKP", since=SINCE, until=UNTIL)
    assert {k: v.to_dict() for k, v in direct.items()} == {
        k: v.to_dict() for k, v in report.analyses.items()
    }
    by_id = {e.event_id: e for e in events}
    assert report.assessment is not None
    ids = [*report.assessment.assessment.cited_event_ids]
    ids += [loss.event_id for loss in report.analyses["leadership"].losses]  # type: ignore[attr-defined]
    assert cite(ids, by_id.get) == report.citations


def test_leadership_losses_cite_their_sources(events: list[Event], markdown: str) -> None:
    rows = _table_after(markdown, "## Leadership losses")
    assert rows
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.+)$", markdown, flags=re.MULTILINE))
    for row in rows:
        for ref in re.findall(r"\[\^(\d+)\]", row[-1]):
            assert "Test Wire" in notes[ref]
            assert "accessed 2024-03-01" in notes[ref]


def test_html_is_one_self_contained_page(report: Report) -> None:
    page = report_html(report)
    for forbidden in ("<script", "<link", "src=", "@import", "url(http"):
        assert forbidden not in page
    assert page.count("<svg") == 2  # timeline and map
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))
    assert all(ref in ids for ref in re.findall(r'url\(#([^)"]+)\)', page))
    for line in CREDITS:
        assert line in page


def test_markdown_file_has_its_figures_beside_it(report: Report, tmp_path: Path) -> None:
    out = render_report(report, "md", tmp_path / "iskp.md")
    text = out.read_text(encoding="utf-8")
    for name in ("timeline", "map"):
        figure = tmp_path / "iskp_files" / f"{name}.svg"
        assert figure.read_text(encoding="utf-8").startswith("<svg")
        assert f"(iskp_files/{name}.svg)" in text


def test_report_without_actor_has_no_assessment(events: list[Event]) -> None:
    small = [e for e in events if e.event_date and e.event_date < dt.date(2019, 4, 1)]
    report = build_report(small, actor=None, attribution=CREDITS, languages=("en",))
    assert report.assessment is None
    assert "no assessment" in report_markdown(report)
    assert "Verdict" not in report_html(report)
    assert report_dict(report)["analyses"]["tempo"]["total_events"] == sum(
        1 for e in small if e.review_status != "rejected" and e.date_precision != "year"
    )


def test_no_dated_events_is_a_clear_error() -> None:
    with pytest.raises(NothingToReport, match="no dated events") as error:
        build_report([Event(event_id="u1", actor1="ISKP")], actor="ISKP", attribution=CREDITS)
    assert error.value.remedy is not None


def test_formats_follow_the_file_suffix() -> None:
    assert report_format(Path("a.HTML")) == "html"
    assert report_format(Path("a.md")) == "md"
    assert report_format(Path("a.pdf")) == "pdf"
    with pytest.raises(ReportError, match="name the file"):
        report_format(Path("a.docx"))


def test_unknown_render_format_is_an_error(report: Report, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="unknown report format"):
        render_report(report, "odt", tmp_path / "a.odt")


def test_frame_without_events_objects(tmp_path: Path) -> None:
    """The big-store path: arrays only, cited events looked up one by one."""
    history = decapitation_history(5, days=200)
    frame = history.frame
    asked: list[str] = []

    def lookup(event_id: str) -> Event | None:
        asked.append(event_id)
        return None

    report = build_report_from_frame(
        frame, lookup, actor="ISKP", attribution=CREDITS, languages=("en",)
    )
    assert report.assessment is not None
    assert set(report.assessment.assessment.cited_event_ids) <= set(asked)
    assert all(not e.found for e in report.citations.events)
    assert (
        int(np.count_nonzero(frame.actor_mask("ISKP")))
        == report_dict(report)["analyses"]["tempo"]["total_events"]
    )
