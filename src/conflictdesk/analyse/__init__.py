"""Analyses of the event database, each a pure function of an ``EventFrame`` returning a frozen
record with ``to_dict()``, and a baseline beside every result.

    frame = EventFrame.from_events(events)
    tempo(frame, freq="month", actor="ISKP").to_dict()
    decapitation(frame, actor="ISKP", window=30).verdict
    assess(frame, actor="ISKP", question="influence").verdict

statsmodels is imported only when a regression runs (``retaliation``, ``trend``).
"""

from __future__ import annotations

from conflictdesk.analyse.assess import Assessment, Indicator, assess
from conflictdesk.analyse.decapitation import DecapitationResult, decapitation
from conflictdesk.analyse.frame import EventFrame
from conflictdesk.analyse.geography import GeographyResult, geography
from conflictdesk.analyse.hawkes import HawkesFit, fit_actor_hawkes, fit_hawkes
from conflictdesk.analyse.leadership import LeadershipResult, leader_losses, leadership
from conflictdesk.analyse.retaliation import RetaliationResult, retaliation
from conflictdesk.analyse.targets import TargetsResult, targets
from conflictdesk.analyse.tempo import TempoResult, tempo
from conflictdesk.analyse.trend import TrendResult, trend

__all__ = [
    "Assessment",
    "DecapitationResult",
    "EventFrame",
    "GeographyResult",
    "HawkesFit",
    "Indicator",
    "LeadershipResult",
    "RetaliationResult",
    "TargetsResult",
    "TempoResult",
    "TrendResult",
    "assess",
    "decapitation",
    "fit_actor_hawkes",
    "fit_hawkes",
    "geography",
    "leader_losses",
    "leadership",
    "retaliation",
    "targets",
    "tempo",
    "trend",
]
