"""Decapitation: does an actor attack less (or more) after losing a leader?

For each leadership loss of actor A (see ``leadership``), count A's violent events with a
day-precise date in the ``window`` days before the loss, ``[t-W, t)``, and after it,
``(t, t+W]``; the loss day itself is in neither. Then:

- Losses less than ``W`` days apart form one episode (one leadership crisis): its before-window
  ends at the first loss, its after-window starts after the last, so no window straddles a loss.
- Where an episode's after-window and the next episode's before-window overlap, the days between
  the two are split at the midpoint, so no day is counted twice; rates use the days each window
  really has (exposure).
- Windows cut by the edges of the data (``coverage``, default the frame's first and last dated
  event) are dropped, and the losses in them are counted in ``n_losses_dropped``.
- Pooled rate ratio = (after events / after days) / (before events / before days), with the exact
  conditional (Clopper-Pearson) interval of ``stats.rate_ratio``.
- Placebo: ``PLACEBO_DRAWS`` sets of as many dates as there are episodes, drawn with a fixed seed
  from A's active history (first to last event of A) away from every real loss (no placebo window
  contains a loss day). The median of their pooled ratios is the "nothing happened" baseline, and
  the share whose log-ratio is at least as far from 0 as the real one is an empirical p-value.

A claim ("decline"/"increase") needs the interval to exclude 1 and, when placebo dates could be
drawn, the placebo p-value to be at most ``PLACEBO_ALPHA``. Fewer than ``MIN_WINDOW_EVENTS``
events in all windows together gives "not enough data" and no ratio.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Final

import numpy as np

from conflictdesk.analyse.frame import EventFrame, IntArray
from conflictdesk.analyse.leadership import leader_losses
from conflictdesk.analyse.results import (
    DECLINE,
    INCREASE,
    NO_CHANGE,
    NOT_ENOUGH_DATA,
    JsonRecord,
)
from conflictdesk.analyse.stats import Estimate, rate_ratio
from conflictdesk.errors import AnalysisError

DEFAULT_WINDOW_DAYS: Final[int] = 30
PLACEBO_DRAWS: Final[int] = 200
PLACEBO_SEED: Final[int] = 20170601
# Below this many events in all windows together a rate ratio swings by a factor of two from a
# handful of attacks; 20 keeps the exact interval's width under about a factor of 2.5 each way.
MIN_WINDOW_EVENTS: Final[int] = 20
PLACEBO_ALPHA: Final[float] = 0.05
# Placebo dates need room: fewer admissible days than this and no placebo is reported.
MIN_PLACEBO_DAYS: Final[int] = 30


@dataclass(frozen=True, slots=True)
class Episode(JsonRecord):
    """One loss or a run of losses less than a window apart, with its two windows."""

    first_loss: dt.date
    last_loss: dt.date
    n_losses: int
    before: int
    before_days: int
    after: int
    after_days: int


@dataclass(frozen=True, slots=True)
class DecapitationResult(JsonRecord):
    actor: str
    window_days: int
    verdict: str
    rate_ratio: float | None
    ci_low: float | None
    ci_high: float | None
    n_losses: int
    n_losses_dropped: int
    n_episodes: int
    before: int
    before_days: int
    after: int
    after_days: int
    placebo_rate_ratio: float | None
    placebo_p_value: float | None
    placebo_draws: int
    episodes: tuple[Episode, ...]


@dataclass(frozen=True, slots=True)
class DailyCounts:
    """Events per day from ``start`` (an ordinal); ``between`` sums an inclusive day range."""

    start: int
    cumulative: IntArray

    def between(self, first: IntArray, last: IntArray) -> IntArray:
        return np.asarray(
            self.cumulative[last - self.start + 1] - self.cumulative[first - self.start]
        )


def daily_counts(days: IntArray, start: int, end: int) -> DailyCounts:
    counts = np.bincount(days - start, minlength=end - start + 1)
    return DailyCounts(start, np.concatenate(([0], np.cumsum(counts))).astype(np.int64))


def decapitation(
    frame: EventFrame,
    *,
    actor: str,
    window: int = DEFAULT_WINDOW_DAYS,
    coverage: tuple[dt.date, dt.date] | None = None,
    placebo_draws: int = PLACEBO_DRAWS,
    seed: int = PLACEBO_SEED,
) -> DecapitationResult:
    """Pooled before/after attack-rate ratio around ``actor``'s leadership losses."""
    if window < 1:
        raise AnalysisError(f"window of {window} days", remedy="use --window 1 or more")
    start, end = _coverage(frame, coverage)
    attacks = frame.select(actor=actor, violent_only=True) & frame.dated_mask("day")
    days = frame.day[attacks]
    days = days[(days >= start) & (days <= end)]
    counts = daily_counts(days, start, end)
    loss_days = sorted({day.toordinal() for day in _loss_dates(frame, actor)})
    episodes, dropped = _episodes(loss_days, window, start, end, counts)
    before, after = sum(e.before for e in episodes), sum(e.after for e in episodes)
    before_days, after_days = (
        sum(e.before_days for e in episodes),
        sum(e.after_days for e in episodes),
    )
    estimate = rate_ratio(after, after_days, before, before_days)
    placebo = _placebo(counts, days, loss_days, window, len(episodes), placebo_draws, seed)
    enough = bool(episodes) and before + after >= MIN_WINDOW_EVENTS
    p_value = _p_value(placebo, estimate.value) if enough else None
    return DecapitationResult(
        actor=actor,
        window_days=window,
        verdict=_verdict(estimate, p_value) if enough else NOT_ENOUGH_DATA,
        rate_ratio=estimate.value if enough else None,
        ci_low=estimate.low if enough else None,
        ci_high=estimate.high if enough else None,
        n_losses=sum(e.n_losses for e in episodes),
        n_losses_dropped=dropped,
        n_episodes=len(episodes),
        before=before,
        before_days=before_days,
        after=after,
        after_days=after_days,
        placebo_rate_ratio=float(np.median(placebo)) if placebo.size and enough else None,
        placebo_p_value=p_value,
        placebo_draws=int(placebo.size),
        episodes=tuple(episodes),
    )


def _coverage(frame: EventFrame, coverage: tuple[dt.date, dt.date] | None) -> tuple[int, int]:
    if coverage is not None:
        return coverage[0].toordinal(), coverage[1].toordinal()
    span = frame.day_range()
    if span is None:
        raise AnalysisError("no dated events", remedy="load events with dates first")
    return span


def _loss_dates(frame: EventFrame, actor: str) -> list[dt.date]:
    """Days of ``actor``'s losses known to the day (a month-precise loss cannot be placed)."""
    return [
        loss.date
        for loss in leader_losses(frame, actor=actor)
        if loss.date is not None and loss.date_precision == "day"
    ]


def _episodes(
    loss_days: list[int], window: int, start: int, end: int, counts: DailyCounts
) -> tuple[list[Episode], int]:
    runs: list[list[int]] = []
    for day in loss_days:
        if runs and day - runs[-1][-1] < window:
            runs[-1].append(day)
        else:
            runs.append([day])
    bounds = [[run[0] - window, run[0] - 1, run[-1] + 1, run[-1] + window] for run in runs]
    for left, right, run_left, run_right in zip(bounds, bounds[1:], runs, runs[1:], strict=False):
        if left[3] >= right[0]:  # after-window meets the next before-window: split the gap
            middle = (run_left[-1] + run_right[0]) // 2
            left[3], right[0] = middle, middle + 1
    episodes: list[Episode] = []
    dropped = 0
    for run, (b0, b1, a0, a1) in zip(runs, bounds, strict=True):
        if b0 < start or a1 > end:
            dropped += len(run)
            continue
        before, after = counts.between(np.array([b0, a0]), np.array([b1, a1])).tolist()
        first, last = dt.date.fromordinal(run[0]), dt.date.fromordinal(run[-1])
        episodes.append(Episode(first, last, len(run), before, b1 - b0 + 1, after, a1 - a0 + 1))
    return episodes, dropped


def _placebo(
    counts: DailyCounts,
    days: IntArray,
    loss_days: list[int],
    window: int,
    n_episodes: int,
    draws: int,
    seed: int,
) -> np.ndarray:
    """Pooled log-free ratios of ``draws`` sets of placebo dates (empty when none possible)."""
    if n_episodes == 0 or days.size == 0 or draws < 1:
        return np.empty(0)
    first = max(int(days.min()), counts.start) + window
    last = min(int(days.max()), counts.start + counts.cumulative.size - 2) - window
    if last < first:
        return np.empty(0)
    candidates = np.arange(first, last + 1)
    if loss_days:
        losses = np.asarray(loss_days)
        nearest = np.abs(candidates[:, None] - losses[None, :]).min(axis=1)
        candidates = candidates[nearest > window]
    if candidates.size < MIN_PLACEBO_DAYS:
        return np.empty(0)
    rng = np.random.default_rng(seed)
    dates = rng.choice(candidates, size=(draws, n_episodes))
    before = counts.between(dates - window, dates - 1).sum(axis=1)
    after = counts.between(dates + 1, dates + window).sum(axis=1)
    return np.asarray((after + 0.5) / (before + 0.5))


def _p_value(placebo: np.ndarray, observed: float | None) -> float | None:
    if placebo.size == 0 or observed is None:
        return None
    distance = abs(math.log(observed)) if observed > 0 else math.inf
    extreme = np.count_nonzero(np.abs(np.log(placebo)) >= distance)
    return float((1 + extreme) / (1 + placebo.size))


def _verdict(estimate: Estimate, p_value: float | None) -> str:
    placebo_agrees = p_value is None or p_value <= PLACEBO_ALPHA
    if estimate.high is not None and estimate.high < 1 and placebo_agrees:
        return DECLINE
    if estimate.low is not None and estimate.low > 1 and placebo_agrees:
        return INCREASE
    return NO_CHANGE
