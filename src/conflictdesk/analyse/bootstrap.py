"""Percentile bootstrap of a mean over few-valued data (death tolls), fully vectorised.

Resampling n events with replacement from k distinct values is a multinomial draw over the k
values, so ``B`` resamples cost a ``B x k`` array instead of ``B x n``: fast for any n.
"""

from __future__ import annotations

from typing import Final

import numpy as np

from conflictdesk.analyse.frame import FloatArray
from conflictdesk.analyse.stats import LEVEL, Estimate

RESAMPLES: Final[int] = 2000
SEED: Final[int] = 2012


def _draws(weights: FloatArray, resamples: int, seed: int) -> FloatArray:
    n = int(weights.sum())
    rng = np.random.default_rng(seed)
    return rng.multinomial(n, weights / n, size=resamples).astype(np.float64)


def mean_draws(values: FloatArray, resamples: int = RESAMPLES, seed: int = SEED) -> FloatArray:
    """Bootstrap distribution of the mean of ``values`` (empty input: empty output)."""
    if values.size == 0:
        return np.empty(0)
    distinct, counts = np.unique(values, return_counts=True)
    return np.asarray(_draws(counts.astype(np.float64), resamples, seed) @ distinct / values.size)


def interval(draws: FloatArray, value: float | None, level: float = LEVEL) -> Estimate:
    """Percentile interval of ``draws`` around ``value`` (no draws: no interval)."""
    finite = draws[np.isfinite(draws)]
    if value is None or finite.size == 0:
        return Estimate(value, None, None)
    low, high = np.quantile(finite, [(1 - level) / 2, (1 + level) / 2])
    return Estimate(value, float(low), float(high))
