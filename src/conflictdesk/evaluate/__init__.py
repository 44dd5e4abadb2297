"""Evaluation against gold annotations: ``conflictdesk evaluate``."""

from conflictdesk.evaluate.gold import GoldEvent, read_gold
from conflictdesk.evaluate.scoring import SCORED_FIELDS, EvaluationReport, FieldScore, score

__all__ = ["SCORED_FIELDS", "EvaluationReport", "FieldScore", "GoldEvent", "read_gold", "score"]
