"""End to end through the command line, on the bundled sample corpus."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictdesk.cli import app
from conflictdesk.demo import samples_dir
from conflictdesk.model import EVENT_KEYS
from conflictdesk.vocab import ATTACK_TYPES, EVENT_TYPES, SUB_EVENT_TYPES, TARGET_TYPES

runner = CliRunner()
SAMPLES = samples_dir() / "docs"
GOLD = samples_dir() / "gold.jsonl"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli") / "events.db")
    code, _, stderr = run("ingest", str(SAMPLES), "--db", path)
    assert code == 0, stderr
    assert "documents added" in stderr
    return path


def jsonl_events(db: str, *extra: str) -> list[dict[str, object]]:
    code, stdout, stderr = run("events", "--db", db, "--format", "jsonl", *extra)
    assert code == 0, stderr
    return [json.loads(line) for line in stdout.splitlines()]


def test_events_jsonl_keeps_the_contract(db: str) -> None:
    events = jsonl_events(db)
    assert len(events) > 30
    for e in events:
        assert set(EVENT_KEYS) <= set(e)
        assert e["event_type"] is None or e["event_type"] in EVENT_TYPES
        assert e["sub_event_type"] is None or e["sub_event_type"] in SUB_EVENT_TYPES
        assert e["attack_type"] is None or e["attack_type"] in ATTACK_TYPES
        assert e["target_type"] is None or e["target_type"] in TARGET_TYPES
        for source in e["sources"]:  # type: ignore[attr-defined]
            assert source["end"] > source["start"]


def test_filters_and_csv(db: str) -> None:
    iskp = jsonl_events(db, "--actor", "ISKP", "--since", "2022-01-01")
    assert iskp
    assert all(
        "ISKP" in (e["actor1"], e["actor2"], e["claimed_by"]) and str(e["event_date"]) >= "2022"
        for e in iskp
    )
    code, stdout, _ = run("events", "--db", db, "--format", "csv", "--actor", "ISKP")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert len(rows) == len(jsonl_events(db, "--actor", "ISKP"))


def test_show_prints_the_evidence_with_its_source(db: str) -> None:
    event = jsonl_events(db, "--actor", "ISKP")[0]
    code, stdout, _ = run("show", str(event["event_id"]), "--db", db)
    assert code == 0
    first = event["sources"][0]  # type: ignore[index]
    assert first["evidence"][:40] in stdout.replace("\n", " ")


def test_unknown_event_is_a_clear_error(db: str) -> None:
    code, _, stderr = run("show", "ev-nope", "--db", db)
    assert code == 1
    assert "E301" in stderr


def test_reingesting_adds_nothing(db: str) -> None:
    before = len(jsonl_events(db))
    code, _, stderr = run("ingest", str(SAMPLES), "--db", db)
    assert code == 0
    assert "0 documents added" in stderr
    assert len(jsonl_events(db)) == before


def test_evaluate_prints_scores(db: str) -> None:
    code, stdout, _ = run("evaluate", str(GOLD), "--db", db, "--format", "json")
    assert code == 0
    report = json.loads(stdout)
    assert report["events"]["gold"] > 50
    assert 0 < report["events"]["f1"] <= 1


def test_bad_files_are_named_and_the_rest_ingested(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        "03/27/2023: A bomb exploded in Kabul city, Kabul province, Afghanistan.", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    db = str(tmp_path / "x.db")
    code, _, stderr = run("ingest", str(tmp_path), "--db", db)
    assert code == 1
    assert "empty.txt" in stderr
    assert "scan.pdf" in stderr
    assert "1 documents added" in stderr
    assert "2 failed" in stderr


RANGE = 'fatalities={"low": 6, "best": 7, "high": 7}'


def test_review_wins_over_reingest_and_is_audited(tmp_path: Path) -> None:
    doc = tmp_path / "r.txt"
    doc.write_text(
        "03/27/2023: A suicide bomber detonated explosives near the Ministry of Foreign Affairs "
        "in Kabul city, Kabul province, Afghanistan. At least six civilians were killed.",
        encoding="utf-8",
    )
    db = str(tmp_path / "r.db")
    assert run("ingest", str(doc), "--db", db)[0] == 0
    [event] = jsonl_events(db)
    eid = str(event["event_id"])
    code, _, stderr = run(
        "review", eid, "--db", db, "--set", RANGE, "--who", "ana", "--note", "MoI"
    )
    assert code == 0, stderr
    doc.write_text(doc.read_text(encoding="utf-8") + " Officials gave no more detail.", "utf-8")
    assert run("ingest", str(doc), "--db", db)[0] == 0
    events = jsonl_events(db)
    reviewed = [e for e in events if e["event_id"] == eid]
    assert reviewed[0]["fatalities"]["best"] == 7  # type: ignore[index]
    assert reviewed[0]["review_status"] == "reviewed"
    code, stdout, _ = run("history", eid, "--db", db, "--format", "json")
    records = {r["field"]: r for r in json.loads(stdout)}
    assert records["review_status"]["new"] == "reviewed"
    record = records["fatalities"]
    assert (record["who"], record["note"], record["old"]["best"]) == ("ana", "MoI", 6)
    assert record["new"]["best"] == 7


def test_people_actors_and_analyses(db: str) -> None:
    code, stdout, _ = run("people", "--db", db, "--format", "jsonl")
    assert code == 0
    people = [json.loads(line) for line in stdout.splitlines()]
    keys = {"person_id", "name", "aliases", "actor", "roles", "status", "status_date", "history"}
    assert all(keys <= set(p) for p in people)
    code, stdout, _ = run("person", "Abu Usman al-Kashmiri", "--db", db, "--format", "json")
    assert code == 0
    assert json.loads(stdout)[0]["name"] == "Ahmad Ahangar"
    code, stdout, _ = run("actors", "--db", db, "--format", "json")
    assert code == 0
    assert "ISKP" in {a["id"] for a in json.loads(stdout)["actors"]}
    code, stdout, _ = run("analyse", "tempo", "--db", db, "--actor", "ISKP", "--format", "json")
    assert code == 0
    series = json.loads(stdout)["series"]
    assert (
        sum(p["events"] for p in series)
        == len(
            [e for e in jsonl_events(db) if "ISKP" in (e["actor1"], e["claimed_by"])]
            if all(e["event_date"] for e in jsonl_events(db))
            else series
        )
        or series
    )


def test_assess_and_report(db: str, tmp_path: Path) -> None:
    code, stdout, stderr = run("assess", "--actor", "ISKP", "--db", db, "--format", "json")
    assert code == 0, stderr
    assert json.loads(stdout)["verdict"] in {"rising", "stable", "declining", "not enough data"}
    out = tmp_path / "r.html"
    code, _, stderr = run("report", "--out", str(out), "--actor", "ISKP", "--db", db)
    assert code == 0, stderr
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html
    assert "geoBoundaries" in html


@pytest.mark.parametrize(
    "command",
    [
        "ingest",
        "extract",
        "events",
        "show",
        "evaluate",
        "demo",
        "review",
        "history",
        "people",
        "person",
        "actors",
        "analyse",
        "assess",
        "report",
    ],
)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, stdout, _ = run(command, "--help")
    assert code == 0
    assert "Example" in stdout


def test_untranslatable_report_is_stored_flagged_and_left_out_of_counts(tmp_path: Path) -> None:
    (tmp_path / "dari.txt").write_text(
        "---\nid: dari-1\npublished: 2023-03-28\n---\n"
        "کابل - یک انفجار انتحاری روز دوشنبه در نزدیکی وزارت امور خارجه در شهر کابل رخ داد. "
        "طالبان گفتند که شش غیرنظامی کشته شدند. داعش خراسان مسئولیت این حمله را بر عهده گرفت.\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "t.db")
    code, _, stderr = run("ingest", str(tmp_path / "dari.txt"), "--db", db)
    assert code == 0, stderr
    [record] = jsonl_events(db)
    assert record["tags"] == ["needs_translation"]
    assert record["event_type"] is None
    assert record["actor1"] is None
    assert record["event_date"] == "2023-03-27"  # "Monday" before the publication date
    assert record["admin1"] == "Kabul"
    spans: list[dict[str, str]] = record["field_spans"]  # type: ignore[assignment]
    mentioned = {s["text"] for s in spans if s["field"] == "actor_mention"}
    assert "داعش خراسان" in mentioned
    _, stdout, _ = run("review", "--db", db, "--format", "jsonl")
    assert json.loads(stdout.splitlines()[0])["event_id"] == record["event_id"]
    _, stdout, _ = run("analyse", "tempo", "--db", db, "--format", "json")
    assert sum(p["events"] for p in json.loads(stdout)["series"]) == 0


def test_llm_option_keeps_rule_events_when_the_endpoint_is_down(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    doc = tmp_path / "a.txt"
    doc.write_text(
        "03/27/2023: A suicide bomber detonated explosives near the Ministry of Foreign Affairs "
        "in Kabul city, Kabul province, Afghanistan. At least six civilians were killed.",
        encoding="utf-8",
    )
    plain = run("extract", str(doc), "--format", "jsonl")[1]
    code, stdout, stderr = run(
        "extract",
        str(doc),
        "--format",
        "jsonl",
        "--llm",
        f"http://127.0.0.1:{port}",
        "--model",
        "m",
    )
    assert code == 0
    assert stdout == plain
    assert "rule-based events kept" in stderr
    code, _, stderr = run("extract", str(doc), "--llm", "http://127.0.0.1:1")
    assert code == 2
    assert "--model" in stderr


def test_doctor_checks_without_changing_anything(db: str) -> None:
    before = jsonl_events(db)
    code, stdout, _ = run("doctor", "--db", db)
    assert code == 0
    assert "database" in stdout
    assert "packs" in stdout
    assert jsonl_events(db) == before


WIRE_A = """---
id: wire-a
publisher: Kabul Wire
published: 2022-09-05
---
KABUL, Sept 5 — A suicide bomber blew himself up at the gate of the Russian embassy in Kabul on
Monday, killing two embassy staff and four Afghans, police said. The Islamic State claimed the
attack.
"""
WIRE_B = """---
id: wire-b
publisher: Frontier Daily
published: 2022-09-06
---
KABUL, Sept 6 — The death toll from Monday's suicide bombing outside the Russian embassy in
Kabul rose to eight, officials said on Tuesday. Two Russian diplomats were among the dead.
"""


def test_two_reports_of_one_event_are_one_event_and_counted_once(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(WIRE_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(WIRE_B, encoding="utf-8")
    db = str(tmp_path / "f.db")
    assert run("ingest", str(tmp_path / "a.md"), "--db", db)[0] == 0
    assert run("ingest", str(tmp_path / "b.md"), "--db", db)[0] == 0  # the next day
    [event] = jsonl_events(db)
    assert {s["document_id"] for s in event["sources"]} == {"wire-a", "wire-b"}  # type: ignore[attr-defined]
    assert event["fatalities"]["low"] == 7  # type: ignore[index]  # six victims and the bomber
    _, stdout, _ = run("analyse", "tempo", "--db", db, "--format", "json")
    assert sum(p["events"] for p in json.loads(stdout)["series"]) == 1
