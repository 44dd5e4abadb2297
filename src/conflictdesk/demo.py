"""``conflictdesk demo``: the bundled sample corpus end to end."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from conflictdesk import api
from conflictdesk.evaluate import EvaluationReport, score
from conflictdesk.evaluate.gold import read_gold
from conflictdesk.model import Event
from conflictdesk.report.summary_html import render_summary
from conflictdesk.resolve.registry import load_registry, pack_path
from conflictdesk.store import open_store

DEMO_PACK = "afghanistan"


@dataclass(frozen=True, slots=True)
class DemoResult:
    ingest: api.IngestSummary
    events: list[Event]
    evaluation: EvaluationReport | None
    html: Path
    db_path: Path


def samples_dir(pack: str = DEMO_PACK) -> Path:
    return pack_path(pack) / "samples"


def run_demo(out_dir: Path, pack: str = DEMO_PACK) -> DemoResult:
    """Ingest the pack's samples into ``out_dir/demo.db`` (recreated each run), write HTML."""
    out_dir.mkdir(parents=True, exist_ok=True)
    db_path = out_dir / "demo.db"
    for leftover in out_dir.glob("demo.db*"):
        leftover.unlink()
    samples = samples_dir(pack)
    summary = api.ingest([samples / "docs"], db=str(db_path), packs=[pack])
    events = api.events(db=str(db_path))
    gold_file = samples / "gold.jsonl"
    evaluation = score(read_gold(gold_file), events) if gold_file.exists() else None
    with open_store(str(db_path)) as store:
        documents = store.count_documents()
    html_path = out_dir / "summary.html"
    html_path.write_text(
        render_summary(
            events,
            title="conflictdesk demo: Afghanistan sample corpus",
            documents=documents,
            db=str(db_path),
            attribution=load_registry([pack]).attribution,
        ),
        encoding="utf-8",
    )
    return DemoResult(summary, events, evaluation, html_path, db_path)
