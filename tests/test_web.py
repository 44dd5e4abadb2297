"""The web dashboard: pages, filters, the JSON API and its one error shape, review writes and
the same-origin rule, all through the WSGI app on a SQLite file filled from the samples."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

from conflictdesk import api
from conflictdesk.demo import samples_dir
from conflictdesk.model import EVENT_KEYS
from conflictdesk.report.exports import CSV_COLUMNS
from conflictdesk.web import make_app
from conflictdesk.web.app import WebApp
from conflictdesk.web.evidence import mark_evidence

HOST = "127.0.0.1:8765"
SAMPLES = (
    "wire-2023-03-27-mofa.md",
    "wire-tr-2023-03-27-disisleri.md",
    "wire-2022-09-30-kaaj-a.md",
    "wire-2022-09-30-kaaj-b.md",
    "wire-2022-12-12-kabul-hotel.md",
    "sum-2021-07-10-andar-ied.txt",
    "analysis-iskp-embassies.md",
)
# A report whose metadata tries markup and a script URL: shown as text, never a link.
HOSTILE_DOC = """---
id: hostile-link-doc
title: <b>Bold</b> & "quoted" title
publisher: Test <i>Press</i>
url: javascript:alert(1)
published: 2023-05-02
accessed: 2024-01-01
language: en
---
KABUL, May 2 — A suicide bomber killed five people at a checkpoint in Kabul city on Tuesday,
police said. The Islamic State Khorasan Province claimed responsibility.
"""


@dataclass(frozen=True)
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    app: WebApp,
    path: str,
    query: dict[str, str] | None = None,
    *,
    method: str = "GET",
    form: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> Answer:
    body = urlencode(form or {}).encode()
    environ: dict[str, Any] = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": urlencode(query or {}),
        "HTTP_HOST": HOST,
        "wsgi.input": io.BytesIO(body),
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/x-www-form-urlencoded",
    }
    for name, value in (headers or {}).items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    setup_testing_defaults(environ)
    seen: dict[str, Any] = {}

    def start_response(status: str, head: list[tuple[str, str]]) -> None:
        seen["status"], seen["headers"] = int(status.split()[0]), dict(head)

    out = b"".join(app(environ, start_response))
    return Answer(seen["status"], seen["headers"], out)


def post_review(app: WebApp, event_id: str, origin: str | None = None, **form: str) -> Answer:
    headers = {"Origin": origin} if origin is not None else {}
    return call(app, f"/events/{event_id}/review", method="POST", form=form, headers=headers)


SAME_ORIGIN = f"http://{HOST}"


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("web")
    docs = samples_dir() / "docs"
    (folder / "hostile.md").write_text(HOSTILE_DOC, encoding="utf-8")
    db = folder / "web.db"
    summary = api.ingest([*(docs / name for name in SAMPLES), folder / "hostile.md"], db=str(db))
    assert summary.ok
    assert summary.events_added > 5
    return db


@pytest.fixture(scope="module")
def app(filled_db: Path) -> WebApp:
    """Read-only tests share this app; tests that write use ``fresh_app``."""
    return make_app(str(filled_db))


@pytest.fixture
def fresh_app(filled_db: Path, tmp_path: Path) -> WebApp:
    copy = tmp_path / "copy.db"
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(filled_db) + suffix)
        if source.exists():
            shutil.copy(source, str(copy) + suffix)
    return make_app(str(copy))


def db_of(app: WebApp) -> str:
    assert app.db is not None
    return app.db


def an_event_id(app: WebApp, **filters: Any) -> str:
    return api.events(db=db_of(app), **filters)[0].event_id


# -- pages ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "path",
    ["/events", "/review", "/people", "/actors", "/assess", "/static/style.css"],
)
def test_every_page_answers(app: WebApp, path: str) -> None:
    answer = call(app, path)
    assert answer.status == 200
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert "Content-Security-Policy" in answer.headers


def test_dashboard_panels_count_the_same_filtered_events(app: WebApp) -> None:
    unfiltered = call(app, "/")
    assert unfiltered.status == 200
    assert "Content-Security-Policy" in unfiltered.headers
    everything = unfiltered.text
    iskp = call(app, "/", {"actor": "ISKP"}).text
    expected = api.events(db=db_of(app), actor="ISKP")
    assert re.search(rf"<b>{len(expected)}</b>events", iskp)
    dated = sum(1 for e in expected if e.event_date is not None)
    # the chart's caption counts the filtered events too, not the whole database
    assert f"{dated} events (" in iskp
    assert f"{dated} events (" not in everything
    assert "<svg" in iskp
    assert "Events per province" in iskp


def test_dashboard_with_no_matching_event_still_renders(app: WebApp) -> None:
    answer = call(app, "/", {"province": "Nowhere"})
    assert answer.status == 200
    assert "<b>0</b>events" in answer.text
    assert "nothing to chart" in answer.text


def test_events_page_filters_and_download_links(app: WebApp) -> None:
    query = {"actor": "ISKP", "since": "2023-01-01"}
    page = call(app, "/events", query).text
    expected = api.events(db=db_of(app), actor="ISKP", since=dt.date(2023, 1, 1))
    assert f"{len(expected)} events" in page
    assert 'href="/events.csv?actor=ISKP&amp;since=2023-01-01"' in page
    for e in expected:
        assert f"/events/{e.event_id}" in page


def test_csv_and_jsonl_downloads_follow_the_filters(app: WebApp) -> None:
    expected = api.events(db=db_of(app), event_type="Explosions/Remote violence")
    query = {"type": "Explosions/Remote violence"}
    csv_answer = call(app, "/events.csv", query)
    assert csv_answer.headers["Content-Disposition"].startswith("attachment")
    lines = csv_answer.text.splitlines()
    assert lines[0].split(",") == list(CSV_COLUMNS)
    jsonl = call(app, "/events.jsonl", query).text.splitlines()
    assert [json.loads(x)["event_id"] for x in jsonl] == [e.event_id for e in expected]


def test_event_page_shows_sources_and_marked_evidence(app: WebApp) -> None:
    event = next(e for e in api.events(db=db_of(app)) if e.field_spans and e.sources[0].url)
    page = call(app, f"/events/{event.event_id}").text
    source = event.sources[0]
    assert f'href="{source.url}"' in page
    assert source.publisher is not None
    assert source.publisher in page
    assert "<mark title=" in page
    assert 'name="action" value="reject"' in page


def test_marked_evidence_cuts_overlapping_spans() -> None:
    from conflictdesk.model import FieldSpan, Source

    source = Source("d", "Gunmen stormed the hotel", start=100, end=124)
    spans = (
        FieldSpan("target", "d", 119, 124, "hotel"),
        FieldSpan("event_type", "d", 100, 106, "Gunmen"),
        FieldSpan("attack_type", "d", 100, 114, "Gunmen stormed"),
        FieldSpan("location", "other-doc", 100, 106, "Gunmen"),
    )
    marked = mark_evidence(source, spans)
    assert "".join(p.text for p in marked.pieces) == source.evidence
    assert [(p.text, p.fields) for p in marked.pieces if p.fields] == [
        ("Gunmen", ("event_type", "attack_type")),
        (" stormed", ("attack_type",)),
        ("hotel", ("target",)),
    ]


def test_hostile_metadata_is_escaped_and_never_a_link(app: WebApp) -> None:
    event = next(
        e for e in api.events(db=db_of(app)) if e.sources[0].document_id == "hostile-link-doc"
    )
    page = call(app, f"/events/{event.event_id}").text
    assert "javascript:alert(1)" in page  # shown as text
    assert 'href="javascript:' not in page
    assert "<b>Bold</b>" not in page
    assert "&lt;b&gt;Bold&lt;/b&gt;" in page
    assert "<i>Press</i>" not in page


def test_merged_or_unknown_event_ids(app: WebApp) -> None:
    missing = call(app, "/events/ev-000000000000")
    assert missing.status == 404
    assert "E301" in missing.text


def test_people_person_actors_assess(app: WebApp) -> None:
    person = api.people(db=db_of(app))[0]
    answer = call(app, f"/people/{person.person_id}")
    assert answer.status == 200
    assert person.name.split()[0] in answer.text
    assert call(app, "/people/nobody-here").status == 404
    assert "ISKP" in call(app, "/actors").text
    assessed = call(app, "/assess", {"actor": "ISKP", "question": "influence"}).text
    assert "Verdict:" in assessed
    assert "Caveats" in assessed


# -- JSON API ------------------------------------------------------------------------------------
def test_api_events_are_design_records(app: WebApp) -> None:
    data = call(app, "/api/events", {"actor": "ISKP"}).json()
    expected = api.events(db=db_of(app), actor="ISKP")
    assert data["count"] == len(expected) == len(data["events"])
    assert data["filters"]["actor"] == "ISKP"
    for record in data["events"]:
        assert set(EVENT_KEYS) <= set(record)
        assert "ISKP" in (record["actor1"], record["actor2"], record["claimed_by"])


def test_api_event_history_people_analysis(app: WebApp) -> None:
    event_id = an_event_id(app)
    assert call(app, f"/api/events/{event_id}").json()["event_id"] == event_id
    assert call(app, f"/api/events/{event_id}/history").json()["history"] == []
    people = call(app, "/api/people").json()
    assert people["count"] == len(people["people"]) > 0
    tempo = call(app, "/api/analyse/tempo", {"actor": "ISKP", "freq": "month"}).json()
    expected = api.analyse("tempo", db=db_of(app), actor="ISKP", freq="month").to_dict()
    assert tempo == {"analysis": "tempo", "result": expected}
    assert "verdict" in call(app, "/api/assess", {"actor": "ISKP"}).json()
    assert "queue" in call(app, "/api/review").json()
    assert call(app, "/api/actors").json()["actors"]


def assert_error(answer: Answer, status: int, code: str) -> None:
    assert answer.status == status
    assert answer.headers["Content-Type"].startswith("application/json")
    body = answer.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "remedy"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


@pytest.mark.parametrize(
    ("path", "query", "status", "code"),
    [
        ("/api/events/ev-000000000000", {}, 404, "E301"),
        ("/api/people/nobody-here", {}, 404, "E305"),
        ("/api/nothing", {}, 404, "E702"),
        ("/api/events", {"since": "2023-13-45"}, 400, "E701"),
        ("/api/events", {"since": "2024-01-01", "until": "2023-01-01"}, 400, "E701"),
        ("/api/events", {"actr": "ISKP"}, 400, "E701"),
        ("/api/analyse/horoscope", {}, 400, "E701"),
        ("/api/analyse/tempo", {"window": "30"}, 400, "E701"),
        ("/api/analyse/decapitation", {"actor": "ISKP", "window": "soon"}, 400, "E701"),
        ("/api/assess", {}, 400, "E701"),
        ("/api/assess", {"actor": "ISKP", "question": "weather"}, 400, "E500"),
    ],
)
def test_api_errors_have_one_shape(
    app: WebApp, path: str, query: dict[str, str], status: int, code: str
) -> None:
    assert_error(call(app, path, query), status, code)


def test_unexpected_failure_is_a_500_without_internals(
    app: WebApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(**_: Any) -> None:
        raise RuntimeError("secret detail at /home/analyst/cases.db")

    monkeypatch.setattr(api, "events", broken)
    answer = call(app, "/api/events")
    assert_error(answer, 500, "E799")
    page = call(app, "/events")
    assert page.status == 500
    for body in (answer.text, page.text):
        assert "secret" not in body
        assert "Traceback" not in body


def test_wrong_method_and_wrong_host(app: WebApp) -> None:
    assert call(app, "/events", method="POST", headers={"Origin": SAME_ORIGIN}).status == 405
    event_id = an_event_id(app)
    assert call(app, f"/events/{event_id}/review").status == 405
    # a page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) gets nothing
    rebound = call(app, "/api/events", headers={"Host": "attacker.example:8765"})
    assert_error(rebound, 403, "E704")
    assert call(app, "/events", method="HEAD").body == b""


# -- review --------------------------------------------------------------------------------------
def test_review_post_sets_a_field_and_writes_history(fresh_app: WebApp) -> None:
    db = db_of(fresh_app)
    event_id = an_event_id(fresh_app)
    answer = post_review(
        fresh_app,
        event_id,
        SAME_ORIGIN,
        action="set",
        field="target",
        value="checkpoint <gate>",
        who="analyst-a",
        note="ministry figure",
    )
    assert answer.status == 303
    assert answer.headers["Location"] == f"/events/{event_id}#review"
    assert api.show(event_id, db=db).event.target == "checkpoint <gate>"
    [record] = [r for r in api.history(event_id, db=db) if r.field == "target"]
    assert (record.who, record.field, record.new, record.note) == (
        "analyst-a",
        "target",
        "checkpoint <gate>",
        "ministry figure",
    )
    page = call(fresh_app, f"/events/{event_id}").text
    assert "analyst-a" in page
    assert "ministry figure" in page
    assert "checkpoint &lt;gate&gt;" in page
    assert "<gate>" not in page
    history = call(fresh_app, f"/api/events/{event_id}/history").json()["history"]
    assert history[0]["who"] == "analyst-a"


def test_review_accept_and_reject(fresh_app: WebApp) -> None:
    db = db_of(fresh_app)
    first, second = (e.event_id for e in api.events(db=db)[:2])
    assert post_review(fresh_app, first, SAME_ORIGIN, action="accept", who="a").status == 303
    assert api.show(first, db=db).event.review_status == "reviewed"
    assert post_review(fresh_app, second, SAME_ORIGIN, action="reject", who="a").status == 303
    assert api.show(second, db=db).event.review_status == "rejected"
    listed = call(fresh_app, "/api/events").json()["events"]
    assert second not in {e["event_id"] for e in listed}


def test_review_with_a_bad_value_shows_the_error_and_changes_nothing(
    fresh_app: WebApp,
) -> None:
    db = db_of(fresh_app)
    event_id = an_event_id(fresh_app)
    before = api.show(event_id, db=db).event
    answer = post_review(
        fresh_app, event_id, SAME_ORIGIN, action="set", field="event_type", value="Picnic", who="a"
    )
    assert answer.status == 400
    assert "E304" in answer.text
    assert "Picnic" in answer.text
    assert api.show(event_id, db=db).event == before
    no_name = post_review(fresh_app, event_id, SAME_ORIGIN, action="accept", who=" ")
    assert no_name.status == 400
    assert "E701" in no_name.text
    assert api.history(event_id, db=db) == []


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "http://attacker.example"},
        {"Origin": "http://127.0.0.1:9999"},  # another local service is another origin
        {"Referer": "http://attacker.example/page"},
        {},  # no Origin, no Referer: cannot be told from a cross-site form
    ],
)
def test_cross_site_review_is_refused(fresh_app: WebApp, headers: dict[str, str]) -> None:
    db = db_of(fresh_app)
    event_id = an_event_id(fresh_app)
    answer = call(
        fresh_app,
        f"/events/{event_id}/review",
        method="POST",
        form={"action": "reject", "who": "mallory"},
        headers=headers,
    )
    assert answer.status == 403
    assert "E704" in answer.text
    assert api.show(event_id, db=db).event.review_status == "machine"
    assert api.history(event_id, db=db) == []


def test_same_origin_referer_is_enough_without_origin(fresh_app: WebApp) -> None:
    event_id = an_event_id(fresh_app)
    answer = call(
        fresh_app,
        f"/events/{event_id}/review",
        method="POST",
        form={"action": "accept", "who": "a"},
        headers={"Referer": f"{SAME_ORIGIN}/events/{event_id}"},
    )
    assert answer.status == 303
