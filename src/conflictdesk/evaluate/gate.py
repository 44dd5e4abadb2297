"""The quality gate: extraction scored on the gold corpora against recorded floors.

``tests/quality_floors.json`` holds, per corpus, the event F1 and per-field accuracies last
measured, rounded down to two decimals. The test fails when any score falls below its floor;
floors are raised with ``tools/record_floors.py`` after a measured improvement and never
lowered quietly (a lower floor is a reviewed commit of its own).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from conflictdesk.evaluate.gold import GoldEvent, read_gold
from conflictdesk.evaluate.scoring import EvaluationReport, score
from conflictdesk.extract import extract_document
from conflictdesk.fuse import fuse
from conflictdesk.ingest import ingest_paths
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry, pack_path


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    docs: Path
    gold: Path


def corpora(root: Path) -> Iterator[Corpus]:
    """The bundled samples, every development corpus under ``root/corpora/dev``, and the
    held-out corpora under ``root/corpora/heldout`` (written without sight of the extractor;
    never used to tune it, only to measure and to guard)."""
    samples = pack_path("afghanistan") / "samples"
    yield Corpus("samples", samples / "docs", samples / "gold.jsonl")
    for kind in ("dev", "heldout"):
        base = root / "corpora" / kind
        for folder in sorted(p for p in base.iterdir() if (p / "gold.jsonl").exists()):
            # the documents only: a docs/ folder, else docs.jsonl, else the folder's own files
            # (never the README beside docs.jsonl, which would be read as one more report)
            docs = folder / "docs"
            if not docs.is_dir():
                docs = folder / "docs.jsonl" if (folder / "docs.jsonl").exists() else folder
            yield Corpus(f"{kind}/{folder.name}", docs, folder / "gold.jsonl")


def evaluate_corpus(corpus: Corpus) -> EvaluationReport:
    registry = load_registry()
    documents = ingest_paths([corpus.docs]).documents
    reports = [e for d in documents for e in extract_document(d, registry).events]
    return score_extraction_and_fusion(read_gold(corpus.gold), reports)


def score_extraction_and_fusion(
    gold: Sequence[GoldEvent], reports: Sequence[Event]
) -> EvaluationReport:
    """Fields and event P/R/F1 on each document's own reports (what extraction read), fusion
    P/R on the fused events (whether reports of one event became one): neither hides the other.
    """
    extraction = score(gold, reports)
    return replace(extraction, fusion=score(gold, fuse(reports)).fusion)


def scores(report: EvaluationReport) -> dict[str, float]:
    found = {"event_f1": report.f1}
    found.update({f"field:{s.field}": s.accuracy for s in report.fields if s.accuracy is not None})
    # each fusion figure on its own: a corpus without same-event pairs across documents has a
    # precision (any merge there is a false one) but no recall
    if report.fusion and report.fusion.precision is not None:
        found["fusion_precision"] = report.fusion.precision
    if report.fusion and report.fusion.recall is not None:
        found["fusion_recall"] = report.fusion.recall
    return found
