"""Small interval estimators shared by the analyses (all exact or closed form, no simulation).

- ``rate_ratio``: ratio of two Poisson rates with exposures. The interval is the exact
  conditional one: given ``a + b`` events, ``a`` is binomial with ``p = ea*RR / (ea*RR + eb)``;
  a Clopper-Pearson interval on ``p`` maps to one on ``RR``. It is conservative, never too narrow.
- ``poisson_interval``: Garwood's exact interval for a Poisson count.
- ``wilson``: Wilson score interval for a proportion.
- ``newcombe``: Newcombe's hybrid score interval (method 10) for a difference of proportions.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from scipy import stats

LEVEL: Final[float] = 0.95


@dataclass(frozen=True, slots=True)
class Estimate:
    """A point value with its interval; ``None`` where the data cannot say (0/0, unbounded)."""

    value: float | None
    low: float | None
    high: float | None

    def excludes(self, reference: float) -> bool:
        """True when the whole interval lies on one side of ``reference``."""
        if self.low is not None and self.low > reference:
            return True
        return self.high is not None and self.high < reference


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _z(level: float) -> float:
    return float(stats.norm.ppf(0.5 + level / 2))


def rate_ratio(
    after: int, after_exposure: float, before: int, before_exposure: float, level: float = LEVEL
) -> Estimate:
    """(after / after_exposure) / (before / before_exposure) with the exact conditional CI."""
    if after_exposure <= 0 or before_exposure <= 0 or after + before == 0:
        return Estimate(None, None, None)
    alpha = 1 - level
    scale = before_exposure / after_exposure
    p_low = float(stats.beta.ppf(alpha / 2, after, before + 1)) if after > 0 else 0.0
    p_high = float(stats.beta.ppf(1 - alpha / 2, after + 1, before)) if before > 0 else 1.0
    value = after / before * scale if before > 0 else math.inf
    low = p_low / (1 - p_low) * scale
    high = p_high / (1 - p_high) * scale if p_high < 1 else math.inf
    return Estimate(finite(value), finite(low), finite(high))


def poisson_interval(count: int, level: float = LEVEL) -> Estimate:
    alpha = 1 - level
    low = float(stats.chi2.ppf(alpha / 2, 2 * count)) / 2 if count > 0 else 0.0
    high = float(stats.chi2.ppf(1 - alpha / 2, 2 * count + 2)) / 2
    return Estimate(float(count), low, high)


def wilson(successes: int, trials: int, level: float = LEVEL) -> Estimate:
    if trials <= 0:
        return Estimate(None, None, None)
    z = _z(level)
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return Estimate(p, max(0.0, centre - half), min(1.0, centre + half))


def newcombe(
    successes_1: int, trials_1: int, successes_2: int, trials_2: int, level: float = LEVEL
) -> Estimate:
    """Difference ``p2 - p1`` with Newcombe's hybrid Wilson interval."""
    first, second = wilson(successes_1, trials_1, level), wilson(successes_2, trials_2, level)
    if first.value is None or second.value is None:
        return Estimate(None, None, None)
    assert first.low is not None
    assert first.high is not None
    assert second.low is not None
    assert second.high is not None
    diff = second.value - first.value
    low = diff - math.sqrt((second.value - second.low) ** 2 + (first.high - first.value) ** 2)
    high = diff + math.sqrt((second.high - second.value) ** 2 + (first.value - first.low) ** 2)
    return Estimate(diff, low, high)
