"""Targets: what an actor attacks, how the mix changes, and the share of high-profile targets.

- The mix: per period, events per GTD target type. Events whose target type is unknown are
  counted apart and left out of every share (a share of known targets, stated as such).
- Change before/after ``split`` (default: the middle day of the selected events): Pearson's
  chi-square on the 2 x K table (scipy), with Cramér's V as the size of the change. Target types
  whose expected count is under ``MIN_EXPECTED`` in either half are pooled first, so the
  chi-square approximation holds; the pooled types are listed.
- High-profile share (``vocab.HIGH_PROFILE_TARGETS``: diplomatic, government, religious) per
  period with a Wilson interval, and after minus before with Newcombe's interval. Every other
  target type's share difference is given the same way.

The verdict is about the high-profile share: increase / decline when the difference's interval
excludes 0, otherwise no detectable change.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Final

import numpy as np
from scipy import stats as scipy_stats

from conflictdesk.analyse.frame import MISSING_CODE, EventFrame, IntArray
from conflictdesk.analyse.periods import check_freq, period_start
from conflictdesk.analyse.results import (
    DECLINE,
    INCREASE,
    NO_CHANGE,
    NOT_ENOUGH_DATA,
    JsonRecord,
)
from conflictdesk.analyse.stats import newcombe, wilson
from conflictdesk.analyse.tempo import bin_events
from conflictdesk.vocab import HIGH_PROFILE_TARGETS

MIN_EXPECTED: Final[float] = 5.0
# Each side of the split needs this many events with a known target for any comparison.
MIN_SIDE_EVENTS: Final[int] = 20
POOLED: Final[str] = "pooled (rare types)"


@dataclass(frozen=True, slots=True)
class TargetCount(JsonRecord):
    target_type: str
    count: int


@dataclass(frozen=True, slots=True)
class TargetPeriod(JsonRecord):
    period: dt.date
    events: int
    unknown_target: int
    high_profile: int
    high_profile_share: float | None
    ci_low: float | None
    ci_high: float | None
    counts: tuple[TargetCount, ...]


@dataclass(frozen=True, slots=True)
class ShareChange(JsonRecord):
    target_type: str
    before: int
    after: int
    n_before: int
    n_after: int
    share_before: float | None
    share_after: float | None
    difference: float | None
    ci_low: float | None
    ci_high: float | None


@dataclass(frozen=True, slots=True)
class TargetsResult(JsonRecord):
    actor: str | None
    freq: str
    split: dt.date | None
    verdict: str
    periods: tuple[TargetPeriod, ...]
    before_known: int
    after_known: int
    unknown_target: int
    chi_square: float | None
    degrees_of_freedom: int | None
    p_value: float | None
    cramers_v: float | None
    pooled_types: tuple[str, ...]
    high_profile: ShareChange
    shares: tuple[ShareChange, ...]


def targets(
    frame: EventFrame,
    *,
    actor: str | None = None,
    freq: str = "month",
    split: dt.date | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> TargetsResult:
    """Target mix per period and its change before/after ``split``."""
    period_freq = check_freq(freq)
    mask = frame.select(actor=actor, since=since, until=until, violent_only=True)
    binned = bin_events(frame, mask, period_freq, since, until)
    codes = frame.target_type.codes[binned.rows].astype(np.int64)
    labels = frame.target_type.categories
    high = _high_profile_codes(labels)
    periods = _periods(binned.offset, binned.count, binned.first, codes, labels, high, period_freq)
    days = frame.day[binned.rows]
    cut = split or (dt.date.fromordinal(int(np.median(days))) if days.size else None)
    after = days >= cut.toordinal() if cut else np.zeros(days.size, dtype=np.bool_)
    known = codes != MISSING_CODE
    table = _table(codes[known], after[known], len(labels))
    high_change = _share_change("high profile", table, high)
    shares = tuple(
        _share_change(labels[k], table, np.array([k]))
        for k in range(len(labels))
        if table[:, k].sum() > 0
    )
    test = _chi_square(table, labels)
    enough = table[0].sum() >= MIN_SIDE_EVENTS and table[1].sum() >= MIN_SIDE_EVENTS
    return TargetsResult(
        actor=actor,
        freq=period_freq,
        split=cut,
        verdict=_verdict(high_change) if enough else NOT_ENOUGH_DATA,
        periods=periods,
        before_known=int(table[0].sum()),
        after_known=int(table[1].sum()),
        unknown_target=int(np.count_nonzero(~known)),
        chi_square=test[0],
        degrees_of_freedom=test[1],
        p_value=test[2],
        cramers_v=test[3],
        pooled_types=test[4],
        high_profile=high_change,
        shares=shares,
    )


def _high_profile_codes(labels: tuple[str, ...]) -> IntArray:
    return np.array([k for k, t in enumerate(labels) if t in HIGH_PROFILE_TARGETS], dtype=np.int64)


def _table(codes: IntArray, after: np.ndarray, n_types: int) -> IntArray:
    """2 x K counts: row 0 before the split, row 1 from the split on."""
    key = after.astype(np.int64) * n_types + codes
    return np.bincount(key, minlength=2 * n_types).reshape(2, n_types).astype(np.int64)


def _periods(
    offset: IntArray,
    count: int,
    first: int,
    codes: IntArray,
    labels: tuple[str, ...],
    high: IntArray,
    freq: str,
) -> tuple[TargetPeriod, ...]:
    width = len(labels) + 1  # last column: unknown target
    column = np.where(codes == MISSING_CODE, len(labels), codes)
    grid = np.bincount(offset * width + column, minlength=count * width).reshape(count, width)
    out: list[TargetPeriod] = []
    for i in range(count):
        row = grid[i]
        known = int(row[:-1].sum())
        high_profile = int(row[high].sum())
        share = wilson(high_profile, known)
        out.append(
            TargetPeriod(
                period=period_start(first + i, check_freq(freq)),
                events=int(row.sum()),
                unknown_target=int(row[-1]),
                high_profile=high_profile,
                high_profile_share=share.value,
                ci_low=share.low,
                ci_high=share.high,
                counts=tuple(
                    TargetCount(labels[k], int(row[k])) for k in range(len(labels)) if row[k]
                ),
            )
        )
    return tuple(out)


def _share_change(name: str, table: IntArray, columns: IntArray) -> ShareChange:
    before, after = int(table[0, columns].sum()), int(table[1, columns].sum())
    n_before, n_after = int(table[0].sum()), int(table[1].sum())
    change = newcombe(before, n_before, after, n_after)
    return ShareChange(
        target_type=name,
        before=before,
        after=after,
        n_before=n_before,
        n_after=n_after,
        share_before=before / n_before if n_before else None,
        share_after=after / n_after if n_after else None,
        difference=change.value,
        ci_low=change.low,
        ci_high=change.high,
    )


def _chi_square(
    table: IntArray, labels: tuple[str, ...]
) -> tuple[float | None, int | None, float | None, float | None, tuple[str, ...]]:
    total = table.sum()
    present = np.flatnonzero(table.sum(axis=0) > 0)
    if total == 0 or table[0].sum() == 0 or table[1].sum() == 0 or present.size < 2:
        return None, None, None, None, ()
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / total
    rare = [k for k in present if expected[:, k].min() < MIN_EXPECTED]
    common = [k for k in present if k not in rare]
    columns = [table[:, k] for k in common]
    if rare:
        columns.append(table[:, rare].sum(axis=1))
    pooled_table = np.column_stack(columns)
    if pooled_table.shape[1] < 2:
        return None, None, None, None, tuple(labels[k] for k in rare)
    statistic, p_value, dof, _ = scipy_stats.chi2_contingency(pooled_table, correction=False)
    v = math.sqrt(float(statistic) / (total * (min(pooled_table.shape) - 1)))
    return float(statistic), int(dof), float(p_value), v, tuple(labels[k] for k in rare)


def _verdict(change: ShareChange) -> str:
    if change.ci_low is not None and change.ci_low > 0:
        return INCREASE
    if change.ci_high is not None and change.ci_high < 0:
        return DECLINE
    return NO_CHANGE
