"""Assessments rendered as Markdown, HTML and JSON: numbers, caveats and footnotes.

A small hand-made set with sources checks the footnotes; every number read back from the
rendered text is compared with a count made here directly on the events and with
``analyse.assess`` for the same filters.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from conflictdesk.analyse.assess import assess
from conflictdesk.analyse.frame import EventFrame
from conflictdesk.errors import ReportError
from conflictdesk.model import Casualties, Event, Source
from conflictdesk.report.assessment import (
    CitedAssessment,
    assess_events,
    cite,
    render_assessment,
)

SINCE, UNTIL = dt.date(2023, 1, 1), dt.date(2023, 12, 31)
DOCUMENTS: dict[str, dict[str, str | None]] = {
    "d1": {
        "publisher": "Kabul Wire",
        "url": "https://kabulwire.example/a1",
        "accessed": "2024-02-01",
    },
    "d2": {
        "publisher": "Frontier Desk",
        "url": "https://frontier.example/x",
        "accessed": "2024-02-03",
    },
    "d3": {"publisher": "Analysis Centre", "url": "https://centre.example/brief", "accessed": None},
    "d4": {"publisher": "Bad Link Daily", "url": "javascript:alert(1)", "accessed": "2024-01-09"},
}
TARGETS = ("Police", "Military", "Government (Diplomatic)", "Private Citizens & Property")


def _source(document_id: str, sentence: str) -> Source:
    meta = DOCUMENTS[document_id]
    return Source(
        document_id=document_id,
        evidence=sentence,
        start=0,
        end=len(sentence),
        title=f"Report {document_id}",
        publisher=meta["publisher"],
        url=meta["url"],
        published="2023-12-30",
        accessed=meta["accessed"],
    )


def _events() -> list[Event]:
    """30 ISKP events in 2023 (some only claimed), other actors, and events left out."""
    events: list[Event] = []
    for k in range(30):
        day = SINCE + dt.timedelta(days=5 + k * 12)
        docs = ("d1", "d2") if k % 4 == 0 else (("d3",) if k % 4 == 1 else ("d4",))
        events.append(
            Event(
                event_id=f"h{k:02d}",
                event_date=day,
                date_precision="day",
                event_type="Explosions/Remote violence",
                sub_event_type="Suicide bomb",
                actor1="ISKP" if k % 5 else None,
                claimed_by="ISKP" if k % 5 == 0 else None,
                target_type=TARGETS[k % len(TARGETS)],
                admin1=("Kabul", "Nangarhar", "Kunar")[k % 3],
                fatalities=Casualties() if k % 7 == 0 else Casualties.exactly(k % 6 + 1),
                review_status="machine" if k % 3 == 0 else "reviewed",
                sources=tuple(_source(d, f"Attack number {k}.") for d in docs),
                language="en" if k % 2 else "ru",
            )
        )
    events += [
        Event(event_id="t1", event_date=dt.date(2023, 6, 1), date_precision="day",
              event_type="Battles", actor1="TALIBAN", admin1="Kabul"),
        Event(event_id="r1", event_date=dt.date(2023, 6, 2), date_precision="day",
              event_type="Battles", actor1="ISKP", review_status="rejected"),
        Event(event_id="y1", event_date=dt.date(2023, 1, 1), date_precision="year",
              event_type="Battles", actor1="ISKP"),
        Event(event_id="o1", event_date=dt.date(2022, 6, 1), date_precision="day",
              event_type="Battles", actor1="ISKP"),
    ]  # fmt: skip
    return events


@pytest.fixture(scope="module")
def events() -> list[Event]:
    return _events()


@pytest.fixture(scope="module")
def cited(events: list[Event]) -> CitedAssessment:
    return assess_events(events, actor="ISKP", since=SINCE, until=UNTIL)


def _selected(events: list[Event], since: dt.date, until: dt.date) -> list[Event]:
    """The events-level filter: actor1 or claimant ISKP, not rejected, dated within range."""
    return [
        e
        for e in events
        if "ISKP" in (e.actor1, e.claimed_by)
        and e.review_status != "rejected"
        and e.event_date is not None
        and since <= e.event_date <= until
    ]


def _relied_on(events: list[Event], since: dt.date, until: dt.date) -> list[Event]:
    """Selected events dated to the month or better: what tempo and the indicators count."""
    return [e for e in _selected(events, since, until) if e.date_precision != "year"]


def test_json_numbers_equal_event_counts_and_assess(
    events: list[Event], cited: CitedAssessment
) -> None:
    data: dict[str, Any] = json.loads(render_assessment(cited, "json"))
    direct = assess(EventFrame.from_events(events), actor="ISKP", since=SINCE, until=UNTIL)
    middle = dt.date.fromisoformat(data["recent_start"])
    baseline = _relied_on(events, SINCE, middle - dt.timedelta(days=1))
    recent = _relied_on(events, middle, UNTIL)
    assert data["events_baseline"] == len(baseline) == direct.events_baseline
    assert data["events_recent"] == len(recent) == direct.events_recent
    assert data["indicators"] == [i.to_dict() for i in direct.indicators]
    assert data["verdict"] == direct.verdict
    tempo_row = data["indicators"][0]
    assert tempo_row["value"] == pytest.approx(len(recent) * 30 / ((UNTIL - middle).days + 1))
    known = [e.fatalities.best for e in recent if e.fatalities.best is not None]
    assert data["indicators"][1]["value"] == pytest.approx(sum(known) / len(known))


def test_markdown_indicators_show_value_interval_and_baseline(cited: CitedAssessment) -> None:
    text = render_assessment(cited, "md")
    rows = {
        cells[0]: cells
        for line in text.splitlines()
        if line.startswith("| ") and (cells := [c.strip() for c in line.strip("|").split("|")])
    }
    for indicator in cited.assessment.indicators:
        value, interval, baseline = rows[indicator.name][1:4]
        shown = float(value.rstrip("%"))
        scale = 100 if value.endswith("%") else 1
        assert indicator.value is not None
        assert shown == pytest.approx(indicator.value * scale, abs=0.051)
        assert " to " in interval or interval == "n/a"
        assert baseline != ""
    assert f"**Verdict: {cited.assessment.verdict}.**" in text


def test_caveats_count_unreviewed_and_unknown_tolls(
    events: list[Event], cited: CitedAssessment
) -> None:
    # assess counts unreviewed events among all selected ones, vague dates included
    selected = _selected(events, SINCE, UNTIL)
    machine = sum(1 for e in selected if e.review_status == "machine")
    used = _relied_on(events, SINCE, UNTIL)
    unknown = sum(1 for e in used if e.fatalities.best is None)
    vague = len(selected) - len(used)
    text = render_assessment(cited, "md")
    assert f"{machine} of {len(selected)} events relied on are still unreviewed" in text
    assert f"{vague} events with a date vaguer than a month are left out" in text
    assert f"{unknown} events have an unknown death toll" in text
    assert "reported more often" in text  # reporting bias
    assert "languages the loaded packs read" in text
    assert "Languages of the cited events: en " in text


def test_footnotes_give_publisher_url_and_access_date(cited: CitedAssessment) -> None:
    text = render_assessment(cited, "md")
    notes = dict(re.findall(r"^\[\^(\d+)\]: (.+)$", text, flags=re.MULTILINE))
    refs = {int(n) for n in re.findall(r"\[\^(\d+)\](?!:)", text)}
    assert refs == {int(n) for n in notes}
    assert sorted(int(n) for n in notes) == list(range(1, len(notes) + 1))
    by_publisher = {note.split(",")[0]: note for note in notes.values()}
    cited_docs = {
        s.document_id
        for e in _events()
        if e.event_id in cited.assessment.cited_event_ids
        for s in e.sources
    }
    assert len(notes) == len(cited_docs)
    for doc in cited_docs:
        meta = DOCUMENTS[doc]
        note = by_publisher[str(meta["publisher"])]
        assert f"“Report {doc}”" in note
        assert str(meta["url"]) in note
        assert "published 2023-12-30" in note
        if meta["accessed"]:
            assert f"accessed {meta['accessed']}" in note
        else:
            assert "access date not recorded" in note


def test_notes_are_numbered_in_order_of_first_use(events: list[Event]) -> None:
    by_id = {e.event_id: e for e in events}
    result = cite(["h01", "h00", "h04", "h01", "missing"], by_id)
    assert [e.event_id for e in result.events] == ["h01", "h00", "h04", "missing"]
    assert [n.document_id for n in result.notes] == ["d3", "d1", "d2"]
    assert result.events[0].notes == (1,)
    assert result.events[1].notes == (2, 3)
    assert result.events[1].actors == "unknown (claimed by ISKP)"
    assert result.events[2].notes == (2, 3)  # a shared document keeps its number
    assert not result.events[3].found
    assert result.events[3].kind == "event not found"


def test_html_is_self_contained_and_links_only_web_addresses(cited: CitedAssessment) -> None:
    page = render_assessment(cited, "html")
    for forbidden in ("<script", "<link", "src=", "@import", "url(http", 'javascript:alert(1)"'):
        assert forbidden not in page
    hrefs = re.findall(r'href="([^"]+)"', page)
    assert hrefs
    assert all(h.startswith(("#note-", "https://")) for h in hrefs)
    assert "javascript:alert(1)" in page  # shown as text, never as a link
    for n in range(1, len(cited.citations.notes) + 1):
        assert f'id="note-{n}"' in page


def test_unknown_format_is_an_error(cited: CitedAssessment) -> None:
    with pytest.raises(ReportError, match="unknown assessment format"):
        render_assessment(cited, "docx")
