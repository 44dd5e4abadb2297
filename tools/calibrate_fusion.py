"""Pairwise fusion precision and recall on the gold clusters, over a range of thresholds.

Run: ``.venv/bin/python tools/calibrate_fusion.py`` (one row per threshold, figures per gold
set and combined). Options:

``--all``             also score dev/articles and dev/wire (for information; calibration uses
                      the samples and dev/clusters, which hold the multi-report clusters and the
                      look-alike distinct events)
``--set NAME=VALUE``  override a constant of ``fuse/similarity.py`` first (repeatable), e.g.
                      ``--set SAME_KIND_OTHER_WORDS=0.4``
``--explain``         list the gold pairs fused wrongly or missed at ``FUSE_THRESHOLD``

The chosen ``FUSE_THRESHOLD`` is the middle of the widest run of thresholds whose combined
precision is >= 0.95 at the best recall; docs/fusion.md records the table.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from conflictdesk.evaluate import read_gold, score
from conflictdesk.evaluate.gold import GoldEvent
from conflictdesk.evaluate.scoring import FusionScore, match_document
from conflictdesk.extract import extract_document
from conflictdesk.fuse import cluster, similarity
from conflictdesk.ingest import ingest_paths
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src/conflictdesk/packs/afghanistan/samples"
CALIBRATION = {
    "samples": (SAMPLES / "gold.jsonl", SAMPLES / "docs"),
    "dev/clusters": (ROOT / "corpora/dev/clusters/gold.jsonl", ROOT / "corpora/dev/clusters/docs"),
}
INFORMATION = {
    "dev/articles": (ROOT / "corpora/dev/articles/gold.jsonl", ROOT / "corpora/dev/articles/docs"),
    "dev/wire": (ROOT / "corpora/dev/wire/gold.jsonl", ROOT / "corpora/dev/wire/docs"),
}
THRESHOLDS = tuple(round(0.5 + 0.025 * i, 3) for i in range(13))


@dataclass(frozen=True)
class GoldSet:
    name: str
    gold: list[GoldEvent]
    reports: list[Event]


def load(sets: dict[str, tuple[Path, Path]]) -> list[GoldSet]:
    registry = load_registry()
    out = []
    for name, (gold, docs) in sets.items():
        documents = ingest_paths([docs]).documents
        reports = [e for d in documents for e in extract_document(d, registry).events]
        out.append(GoldSet(name, read_gold(gold), reports))
    return out


def fusion(gold_set: GoldSet) -> FusionScore:
    found = score(gold_set.gold, cluster.fuse(gold_set.reports)).fusion
    return found if found is not None else FusionScore(0, 0, 0, 0)


def ratio(x: int, y: int) -> str:
    return f"{x / (x + y):.3f}" if x + y else "  -  "


def table(sets: Sequence[GoldSet], calibrated: Sequence[str]) -> None:
    print("threshold  " + "  ".join(f"{s.name:>17}" for s in sets) + "   calibration P/R")
    for threshold in THRESHOLDS:
        similarity.FUSE_THRESHOLD = threshold
        cells, tp, fp, fn = [], 0, 0, 0
        for s in sets:
            f = fusion(s)
            precision = ratio(f.true_positive, f.false_positive)
            cells.append(f"{precision:>8} {ratio(f.true_positive, f.false_negative):>8}")
            if s.name in calibrated:
                tp, fp, fn = tp + f.true_positive, fp + f.false_positive, fn + f.false_negative
        print(
            f"{threshold:9.3f}  " + "  ".join(cells) + f"   {ratio(tp, fp)} {ratio(tp, fn)}"
            f"  (tp {tp}, fp {fp}, fn {fn})"
        )


def explain(gold_set: GoldSet) -> None:
    """Gold pairs of different documents that fusion got wrong, with the reports' comparison."""
    clusters = cluster.assign((), gold_set.reports)
    owner = cluster.membership(clusters)
    pairs = _gold_reports(gold_set)
    for i, (g1, r1) in enumerate(pairs):
        for g2, r2 in pairs[i + 1 :]:
            if g1.document_id == g2.document_id:
                continue
            gold_same, fused = g1.cluster == g2.cluster, owner[r1.event_id] == owner[r2.event_id]
            if gold_same != fused:
                kind = "missed" if gold_same else "wrongly fused"
                c = similarity.compare(r1, r2)
                print(f"{gold_set.name}: {kind} {g1.cluster} / {g2.cluster}")
                print(f"    {r1.event_id} vs {r2.event_id}: score {c.score:.2f} {c.blocked or ''}")


def _gold_reports(gold_set: GoldSet) -> list[tuple[GoldEvent, Event]]:
    """Each clustered gold event with the unfused report the scorer pairs it with."""
    by_doc: dict[str, list[Event]] = {}
    for r in gold_set.reports:
        for doc in dict.fromkeys(s.document_id for s in r.sources):
            by_doc.setdefault(doc, []).append(r)
    gold_by_doc: dict[str, list[GoldEvent]] = {}
    for g in gold_set.gold:
        gold_by_doc.setdefault(g.document_id, []).append(g)
    return [
        (g, r)
        for doc, golds in gold_by_doc.items()
        for g, r in match_document(golds, by_doc.get(doc, []))
        if g.cluster
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        if not hasattr(similarity, name):
            parser.error(f"fuse/similarity.py has no constant {name}")
        setattr(similarity, name, float(value))
    chosen = similarity.FUSE_THRESHOLD
    sets = load({**CALIBRATION, **(INFORMATION if args.all else {})})
    table(sets, tuple(CALIBRATION))
    similarity.FUSE_THRESHOLD = chosen
    if args.explain:
        for s in sets:
            explain(s)


if __name__ == "__main__":
    main()
