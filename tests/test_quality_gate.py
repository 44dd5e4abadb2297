"""Extraction quality on the gold corpora never falls below the recorded floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictdesk.evaluate.gate import Corpus, corpora, evaluate_corpus, scores

ROOT = Path(__file__).resolve().parents[1]
FLOORS: dict[str, dict[str, float]] = json.loads(
    (ROOT / "tests" / "quality_floors.json").read_text(encoding="utf-8")
)
CORPORA = {c.name: c for c in corpora(ROOT)}


def test_every_corpus_has_floors() -> None:
    assert set(CORPORA) == set(FLOORS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_scores_hold_their_floors(name: str) -> None:
    corpus: Corpus = CORPORA[name]
    measured = scores(evaluate_corpus(corpus))
    below = {
        key: (round(measured.get(key, 0.0), 3), floor)
        for key, floor in FLOORS[name].items()
        if measured.get(key, 0.0) < floor
    }
    assert not below, f"{name}: scores below their floors (measured, floor): {below}"


def test_a_fusion_precision_without_recall_is_still_scored() -> None:
    from conflictdesk.evaluate.scoring import EvaluationReport, FusionScore

    report = EvaluationReport(
        gold_events=2,
        predicted_events=2,
        matched=2,
        fields=(),
        mismatches=(),
        documents=2,
        fusion=FusionScore(pairs=1, true_positive=0, false_positive=1, false_negative=0),
    )
    found = scores(report)
    assert found["fusion_precision"] == 0.0
    assert "fusion_recall" not in found
