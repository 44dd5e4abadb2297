"""Pairwise fusion precision and recall over the gold clusters, for a range of thresholds.

Run: ``.venv/bin/python tools/calibrate_fusion.py`` (prints one row per threshold). The chosen
``FUSE_THRESHOLD`` in ``fuse/similarity.py`` is the lowest with precision >= 0.95.
"""

from __future__ import annotations

from pathlib import Path

from conflictdesk import api
from conflictdesk.evaluate import read_gold, score
from conflictdesk.fuse import cluster, similarity

SETS = (
    (
        "src/conflictdesk/packs/afghanistan/samples/gold.jsonl",
        "src/conflictdesk/packs/afghanistan/samples/docs",
    ),
    ("corpora/dev/clusters/gold.jsonl", "corpora/dev/clusters/docs"),
)


def main() -> None:
    reports = {}
    for gold, docs in SETS:
        extractions, _, _ = api.extract([docs])
        reports[gold] = [e for x in extractions for e in x.events]
    for threshold in (0.5, 0.55, 0.6, 0.65, 0.7, 0.72, 0.75, 0.8):
        similarity.FUSE_THRESHOLD = threshold
        tp = fp = fn = 0
        for gold, _ in SETS:
            fusion = score(read_gold(Path(gold)), cluster.fuse(reports[gold])).fusion
            assert fusion is not None
            tp, fp, fn = (
                tp + fusion.true_positive,
                fp + fusion.false_positive,
                fn + fusion.false_negative,
            )
        p = tp / (tp + fp) if tp + fp else float("nan")
        r = tp / (tp + fn) if tp + fn else float("nan")
        print(
            f"threshold {threshold:.2f}  precision {p:.3f}  recall {r:.3f}"
            f"  (tp {tp}, fp {fp}, fn {fn})"
        )


if __name__ == "__main__":
    main()
