"""Self-exciting (Hawkes) point processes with an exponential kernel, fitted by maximum likelihood.

Intensity of mark m (e.g. one actor's attacks) at time t:

    lambda_m(t) = mu_m + sum_n alpha[m][n] * beta * sum_{j: mark n, t_j < t} exp(-beta (t - t_j))

``alpha[m][n]`` is a branching ratio: the expected number of m-events that one n-event sets off;
``1 / beta`` is how long the excitement lasts (in the time unit of the input, days here). The
decay is shared by all pairs. For a fixed ``beta`` the negative log-likelihood is convex in
``mu`` and ``alpha``, so the fit profiles ``beta`` with a bounded scalar search and solves the
inner problem with L-BFGS-B and the exact gradient. The homogeneous Poisson fit (no excitation)
is reported beside it as the baseline.

``simulate_hawkes`` draws a history by Ogata's thinning, for tests with known parameters.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
from scipy import optimize

from conflictdesk.analyse.frame import EventFrame, FloatArray, IntArray
from conflictdesk.analyse.results import JsonRecord
from conflictdesk.errors import AnalysisError, NotEnoughData

# Decay search range, per time unit: excitement lasting from 20 minutes (beta=72/day) to 100 days.
MIN_DECAY: Final[float] = 0.01
MAX_DECAY: Final[float] = 72.0
MIN_EVENTS_PER_MARK: Final[int] = 10
JITTER_SEED: Final[int] = 7
# The decay is searched on a log scale; 0.01 there is a 1% precision on the decay itself.
DECAY_TOLERANCE: Final[float] = 0.01


@dataclass(frozen=True, slots=True)
class HawkesFit(JsonRecord):
    marks: tuple[str, ...]
    baseline: tuple[float, ...]
    excitation: tuple[tuple[float, ...], ...]
    decay: float
    branching_ratio: float
    log_likelihood: float
    poisson_log_likelihood: float
    n_events: tuple[int, ...]
    horizon: float


@dataclass(frozen=True, slots=True)
class _Data:
    times: FloatArray
    marks: IntArray
    horizon: float
    dims: int


def simulate_hawkes(
    baseline: Sequence[float],
    excitation: Sequence[Sequence[float]],
    decay: float,
    horizon: float,
    seed: int,
) -> tuple[FloatArray, ...]:
    """Event times of each mark on ``[0, horizon)`` by Ogata's thinning."""
    rng = np.random.default_rng(seed)
    mu = np.asarray(baseline, dtype=np.float64)
    alpha = np.asarray(excitation, dtype=np.float64)
    state = np.zeros(mu.size)  # sum of exp(-decay (t - t_j)) per source mark
    now = 0.0
    out: list[list[float]] = [[] for _ in range(mu.size)]
    while True:
        bound = float(np.sum(mu + decay * alpha @ state))
        step = rng.exponential(1.0 / bound)
        now += step
        if now >= horizon:
            break
        state *= math.exp(-decay * step)
        rates = mu + decay * alpha @ state
        draw = rng.random() * bound
        cumulative = np.cumsum(rates)
        if draw < cumulative[-1]:
            mark = int(np.searchsorted(cumulative, draw, side="right"))
            out[mark].append(now)
            state[mark] += 1.0
    return tuple(np.asarray(times) for times in out)


def fit_hawkes(
    times: Sequence[FloatArray], horizon: float, marks: Sequence[str] | None = None
) -> HawkesFit:
    """Maximum-likelihood fit of ``times`` (one sorted array per mark) on ``[0, horizon)``."""
    names = tuple(marks) if marks is not None else tuple(str(i) for i in range(len(times)))
    counts = tuple(len(t) for t in times)
    if min(counts, default=0) < MIN_EVENTS_PER_MARK:
        raise NotEnoughData(
            f"Hawkes fit needs {MIN_EVENTS_PER_MARK} events of each kind, got {counts}",
            remedy="widen the date range or use the count regression",
        )
    data = _merge(times, horizon)
    warm: dict[int, FloatArray] = {}
    result = optimize.minimize_scalar(
        lambda log_decay: _profile(data, math.exp(log_decay), warm)[0],
        bounds=(math.log(MIN_DECAY), math.log(MAX_DECAY)),
        method="bounded",
        options={"xatol": DECAY_TOLERANCE},
    )
    decay = math.exp(float(result.x))
    nll, mu, alpha = _profile(data, decay, warm)
    poisson = sum(n * math.log(n / horizon) - n for n in counts)
    return HawkesFit(
        marks=names,
        baseline=tuple(float(v) for v in mu),
        excitation=tuple(tuple(float(v) for v in row) for row in alpha),
        decay=decay,
        branching_ratio=float(np.max(np.abs(np.linalg.eigvals(alpha)))),
        log_likelihood=-nll,
        poisson_log_likelihood=poisson,
        n_events=counts,
        horizon=horizon,
    )


def _merge(times: Sequence[FloatArray], horizon: float) -> _Data:
    all_times = np.concatenate([np.asarray(t, dtype=np.float64) for t in times])
    all_marks = np.concatenate([np.full(len(t), m, dtype=np.int64) for m, t in enumerate(times)])
    order = np.argsort(all_times, kind="stable")
    return _Data(all_times[order], all_marks[order], horizon, len(times))


def _excitation_state(data: _Data, decay: float) -> FloatArray:
    """Row i: sum over earlier events j of each mark of exp(-decay (t_i - t_j)).

    A plain recursion over events: a blockwise numpy version was measured no faster.
    """
    state = [0.0] * data.dims
    rows: list[list[float]] = []
    previous = 0.0
    exp = math.exp
    for t, mark in zip(data.times.tolist(), data.marks.tolist(), strict=True):
        factor = exp(-decay * (t - previous))
        state = [s * factor for s in state]
        rows.append(state.copy())
        state[mark] += 1.0
        previous = t
    return np.asarray(rows, dtype=np.float64).reshape(-1, data.dims)


def _profile(
    data: _Data, decay: float, warm: dict[int, FloatArray] | None = None
) -> tuple[float, FloatArray, FloatArray]:
    """Minimum negative log-likelihood over baseline and excitation for this decay.

    The likelihood separates by the mark of the excited events, so each mark's baseline and
    row of ``alpha`` is fitted on its own; ``warm`` carries the last solutions as start points.
    """
    state = decay * _excitation_state(data, decay)
    tail = 1.0 - np.exp(-decay * (data.horizon - data.times))
    compensator = np.bincount(data.marks, weights=tail, minlength=data.dims).astype(np.float64)
    total = 0.0
    mu = np.empty(data.dims)
    alpha = np.empty((data.dims, data.dims))
    cache = warm if warm is not None else {}
    for mark in range(data.dims):
        rows = state[data.marks == mark]
        value, theta = _fit_mark(rows, compensator, data.horizon, cache.get(mark))
        cache[mark] = theta
        total += value
        mu[mark], alpha[mark] = theta[0], theta[1:]
    return total, mu, alpha


def _fit_mark(
    rows: FloatArray, compensator: FloatArray, horizon: float, start: FloatArray | None
) -> tuple[float, FloatArray]:
    """Baseline and excitation row of one mark, given the excitation felt at its events."""

    def objective(theta: FloatArray) -> tuple[float, FloatArray]:
        rate = np.maximum(theta[0] + rows @ theta[1:], 1e-300)
        inverse = 1.0 / rate
        value = -np.sum(np.log(rate)) + theta[0] * horizon + float(theta[1:] @ compensator)
        grad = np.concatenate(([horizon - inverse.sum()], compensator - rows.T @ inverse))
        return float(value), grad

    if start is None:
        start = np.concatenate(([0.5 * rows.shape[0] / horizon], np.full(rows.shape[1], 0.1)))
    bounds = [(1e-9, None)] + [(0.0, None)] * rows.shape[1]
    fit = optimize.minimize(objective, start, jac=True, method="L-BFGS-B", bounds=bounds)
    return float(fit.fun), np.asarray(fit.x)


def fit_actor_hawkes(
    frame: EventFrame,
    actors: Sequence[str],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    seed: int = JITTER_SEED,
) -> HawkesFit:
    """Hawkes fit of the actors' violent, day-precise events, time in days.

    Dates are known to the day only, so each event is placed uniformly at random inside its day
    (fixed ``seed``); without this, same-day events would be simultaneous, which the model
    excludes.
    """
    span = frame.day_range()
    if span is None:
        raise AnalysisError("no dated events", remedy="load events with dates first")
    first = since.toordinal() if since else span[0]
    last = until.toordinal() if until else span[1]
    rng = np.random.default_rng(seed)
    times: list[FloatArray] = []
    for actor in actors:
        mask = frame.select(actor=actor, violent_only=True) & frame.dated_mask("day")
        days = frame.day[mask]
        days = days[(days >= first) & (days <= last)] - first
        times.append(np.sort(days + rng.random(days.size)))
    return fit_hawkes(times, float(last - first + 1), marks=actors)
