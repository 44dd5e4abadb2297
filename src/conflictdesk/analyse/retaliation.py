"""Retaliation: does B's violence rise in the days after A's actions?

Daily counts of A's and B's violent, day-precise events over the data range (or
``since``..``until``). Two count regressions (statsmodels GLM, log link) on the same days:

- baseline ("persistence"): B_t on an intercept and ``log(1 + B_{t-l})`` for l = 1..own_lags,
  B's own recent history only;
- model at lag k: the baseline plus ``A_{t-k}``, A's events k days earlier.

Every lag k = 1..max_lag is fitted; the reported lag is the one with the lowest AIC.
``effect = exp(coefficient)`` is the multiplier of B's daily rate per A event k days before, with
a Wald interval. ``p_value`` is the likelihood-ratio test of the chosen model against the
baseline, multiplied by the number of lags tried (Bonferroni), since the lag was chosen by
looking. The family is Poisson unless the baseline's Pearson dispersion exceeds
``OVERDISPERSION_LIMIT``; then negative binomial with the method-of-moments ``alpha``.
"""

from __future__ import annotations

import datetime as dt
import math
import warnings
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from scipy import stats as scipy_stats

from conflictdesk.analyse.frame import EventFrame, FloatArray, IntArray
from conflictdesk.analyse.results import (
    DECLINE,
    INCREASE,
    NO_CHANGE,
    NOT_ENOUGH_DATA,
    JsonRecord,
)
from conflictdesk.analyse.stats import LEVEL
from conflictdesk.errors import AnalysisError

DEFAULT_MAX_LAG: Final[int] = 7
DEFAULT_OWN_LAGS: Final[int] = 7
# Below this many events of either side the regression has too little to say.
MIN_SIDE_EVENTS: Final[int] = 20
# Pearson chi2 / df of the Poisson baseline above this: switch to negative binomial. Poisson data
# of the synthetic generator gives 0.9-1.1; real event counts are usually 2 or more.
OVERDISPERSION_LIMIT: Final[float] = 1.5
ALPHA: Final[float] = 0.05


@dataclass(frozen=True, slots=True)
class LagFit(JsonRecord):
    lag_days: int
    effect: float | None
    ci_low: float | None
    ci_high: float | None
    deviance: float
    aic: float


@dataclass(frozen=True, slots=True)
class RetaliationResult(JsonRecord):
    source: str
    target: str
    verdict: str
    lag_days: int | None
    effect: float | None
    ci_low: float | None
    ci_high: float | None
    p_value: float | None
    baseline_deviance: float | None
    model_deviance: float | None
    family: str
    nb_alpha: float | None
    source_events: int
    target_events: int
    days: int
    own_lags: int
    lags: tuple[LagFit, ...]


def daily_series(frame: EventFrame, actor: str, first: int, last: int) -> IntArray:
    """Violent, day-precise events of ``actor`` per day from ordinal ``first`` to ``last``."""
    mask = frame.select(actor=actor, violent_only=True) & frame.dated_mask("day")
    days = frame.day[mask]
    days = days[(days >= first) & (days <= last)]
    return np.bincount(days - first, minlength=last - first + 1).astype(np.int64)


def retaliation(
    frame: EventFrame,
    *,
    source: str,
    target: str,
    max_lag: int = DEFAULT_MAX_LAG,
    own_lags: int = DEFAULT_OWN_LAGS,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> RetaliationResult:
    """Lagged count regression of ``target``'s daily events on ``source``'s, vs persistence."""
    if max_lag < 1 or own_lags < 0:
        raise AnalysisError(
            f"max_lag={max_lag}, own_lags={own_lags}", remedy="use max_lag >= 1, own_lags >= 0"
        )
    first, last = _span(frame, since, until)
    a = daily_series(frame, source, first, last)
    b = daily_series(frame, target, first, last)
    skip = max(max_lag, own_lags)
    empty = _empty(source, target, a, b, own_lags)
    if min(int(a.sum()), int(b.sum())) < MIN_SIDE_EVENTS or b.size - skip < 10 * (own_lags + 2):
        return empty
    y = b[skip:].astype(np.float64)
    base_x = _design(b, a, skip, own_lags, None)
    family, nb_alpha, poisson_fit = _family(y, base_x)
    baseline = poisson_fit if nb_alpha is None else _fit(y, base_x, family)
    start = np.append(np.asarray(baseline.params, dtype=np.float64), 0.0)
    fits = [
        (k, _fit(y, _design(b, a, skip, own_lags, k), family, start)) for k in range(1, max_lag + 1)
    ]
    lags = tuple(_lag_fit(k, fit) for k, fit in fits)
    best_k, best = min(fits, key=lambda item: float(item[1].aic))
    chosen = lags[best_k - 1]
    stat = max(float(baseline.deviance) - float(best.deviance), 0.0)
    p_value = min(1.0, float(scipy_stats.chi2.sf(stat, 1)) * max_lag)
    return RetaliationResult(
        source=source,
        target=target,
        verdict=_verdict(chosen, p_value),
        lag_days=best_k,
        effect=chosen.effect,
        ci_low=chosen.ci_low,
        ci_high=chosen.ci_high,
        p_value=p_value,
        baseline_deviance=float(baseline.deviance),
        model_deviance=float(best.deviance),
        family="negative binomial" if nb_alpha is not None else "poisson",
        nb_alpha=nb_alpha,
        source_events=int(a.sum()),
        target_events=int(b.sum()),
        days=int(y.size),
        own_lags=own_lags,
        lags=lags,
    )


def _span(frame: EventFrame, since: dt.date | None, until: dt.date | None) -> tuple[int, int]:
    span = frame.day_range()
    if span is None:
        raise AnalysisError("no dated events", remedy="load events with dates first")
    first = since.toordinal() if since else span[0]
    last = until.toordinal() if until else span[1]
    if last < first:
        raise AnalysisError(f"empty date range {since}..{until}", remedy="check --since/--until")
    return first, last


def _design(b: IntArray, a: IntArray, skip: int, own_lags: int, lag: int | None) -> FloatArray:
    n = b.size - skip
    columns = [np.ones(n)]
    columns += [np.log1p(b[skip - j : b.size - j]) for j in range(1, own_lags + 1)]
    if lag is not None:
        columns.append(a[skip - lag : a.size - lag].astype(np.float64))
    return np.column_stack(columns)


def _family(y: FloatArray, x: FloatArray) -> tuple[Any, float | None, Any]:
    """The family to use, its negative-binomial alpha (None: Poisson), and the Poisson fit."""
    import statsmodels.api as sm  # 1.7 s to import: only when a regression runs

    poisson = _fit(y, x, sm.families.Poisson())
    dispersion = float(poisson.pearson_chi2) / max(float(poisson.df_resid), 1.0)
    if dispersion <= OVERDISPERSION_LIMIT:
        return sm.families.Poisson(), None, poisson
    mu = np.asarray(poisson.mu)
    alpha = float(np.sum(((y - mu) ** 2 - y) / mu**2) / max(float(poisson.df_resid), 1.0))
    alpha = max(alpha, 1e-3)
    return sm.families.NegativeBinomial(alpha=alpha), alpha, poisson


def _fit(y: FloatArray, x: FloatArray, family: Any, start: FloatArray | None = None) -> Any:
    import statsmodels.api as sm

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # Newton from the baseline's estimates: same result as IRLS without a least-squares
        # solve per iteration, several times faster on these tall, thin designs.
        return sm.GLM(y, x, family=family).fit(method="newton", maxiter=100, start_params=start)


def _lag_fit(lag: int, fit: Any) -> LagFit:
    coef = float(fit.params[-1])
    se = float(fit.bse[-1])
    z = float(scipy_stats.norm.ppf(0.5 + LEVEL / 2))
    return LagFit(
        lag_days=lag,
        effect=_exp(coef),
        ci_low=_exp(coef - z * se),
        ci_high=_exp(coef + z * se),
        deviance=float(fit.deviance),
        aic=float(fit.aic),
    )


def _exp(value: float) -> float | None:
    if not math.isfinite(value) or value > 700:
        return None
    return math.exp(value)


def _verdict(chosen: LagFit, p_value: float) -> str:
    if p_value > ALPHA:
        return NO_CHANGE
    if chosen.ci_low is not None and chosen.ci_low > 1:
        return INCREASE
    if chosen.ci_high is not None and chosen.ci_high < 1:
        return DECLINE
    return NO_CHANGE


def _empty(source: str, target: str, a: IntArray, b: IntArray, own_lags: int) -> RetaliationResult:
    return RetaliationResult(
        source=source,
        target=target,
        verdict=NOT_ENOUGH_DATA,
        lag_days=None,
        effect=None,
        ci_low=None,
        ci_high=None,
        p_value=None,
        baseline_deviance=None,
        model_deviance=None,
        family="poisson",
        nb_alpha=None,
        source_events=int(a.sum()),
        target_events=int(b.sum()),
        days=int(b.size),
        own_lags=own_lags,
        lags=(),
    )
