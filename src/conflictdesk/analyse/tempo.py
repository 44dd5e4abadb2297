"""Tempo: events and deaths per week or month, optionally per actor, type or province.

Every period between the first and last (or ``since``/``until``) appears, empty ones as 0, so a
quiet month is visible rather than missing. Deaths are the sum of known ``fatalities.best``;
``fatalities_known`` says how many events that sum rests on, and a period whose events all have
unknown deaths has ``fatalities = None``, not 0. Events whose date is too coarse for the bin
(a month-precise date in a weekly series, an undated event) are left out and counted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from conflictdesk.analyse.frame import MISSING_CODE, EventFrame, FloatArray, IntArray
from conflictdesk.analyse.periods import (
    COARSEST_PRECISION,
    Freq,
    check_freq,
    period_index,
    period_start,
)
from conflictdesk.analyse.results import JsonRecord
from conflictdesk.errors import AnalysisError

UNKNOWN_GROUP = "unknown"


@dataclass(frozen=True, slots=True)
class Period(JsonRecord):
    """One bin of one series. ``period`` is the first day of the bin."""

    period: dt.date
    events: int
    fatalities: int | None
    fatalities_known: int
    rolling_events: float | None
    group: str | None = None


@dataclass(frozen=True, slots=True)
class TempoResult(JsonRecord):
    freq: str
    by: str | None
    actor: str | None
    since: dt.date | None
    until: dt.date | None
    rolling: int
    series: tuple[Period, ...]
    total_events: int
    total_fatalities: int
    fatalities_known: int
    excluded_imprecise: int


@dataclass(frozen=True, slots=True)
class Binned:
    """Selected events placed in bins: ``offset[i]`` is event i's bin counted from ``first``."""

    rows: IntArray
    offset: IntArray
    first: int
    count: int
    excluded: int


def bin_events(
    frame: EventFrame,
    mask: np.ndarray,
    freq: Freq,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Binned:
    """Place the rows of ``mask`` in bins; the bin range spans since..until or the data."""
    usable = mask & frame.dated_mask(COARSEST_PRECISION[freq])
    rows = np.flatnonzero(usable)
    index = period_index(frame.day[rows], freq)
    low = [int(period_index(np.array([since.toordinal()]), freq)[0])] if since else []
    high = [int(period_index(np.array([until.toordinal()]), freq)[0])] if until else []
    if not low and index.size:
        low = [int(index.min())]
    if not high and index.size:
        high = [int(index.max())]
    excluded = int(np.count_nonzero(mask)) - rows.size
    if not low or not high or high[0] < low[0]:
        return Binned(rows[:0], index[:0], 0, 0, excluded)
    return Binned(rows, index - low[0], low[0], high[0] - low[0] + 1, excluded)


def weighted_counts(key: IntArray, weights: FloatArray, size: int) -> FloatArray:
    """``np.bincount`` with weights, typed as the float array it returns."""
    return np.bincount(key, weights=weights, minlength=size).astype(np.float64)


def trailing_mean(values: FloatArray, width: int) -> FloatArray:
    """Mean of the last ``width`` values ending at each position (NaN before enough exist)."""
    out = np.full(values.shape, np.nan)
    if width < 1 or values.size < width:
        return out
    cum = np.concatenate(([0.0], np.cumsum(values)))
    out[width - 1 :] = (cum[width:] - cum[:-width]) / width
    return out


def tempo(
    frame: EventFrame,
    *,
    freq: str = "month",
    by: str | None = None,
    actor: str | None = None,
    event_type: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    rolling: int = 3,
) -> TempoResult:
    """Events and deaths per period (and per ``by`` group), with a trailing rolling mean."""
    period_freq = check_freq(freq)
    if rolling < 1:
        raise AnalysisError(f"rolling window {rolling} < 1", remedy="use --rolling 1 or more")
    mask = frame.select(actor=actor, since=since, until=until, event_type=event_type)
    binned = bin_events(frame, mask, period_freq, since, until)
    groups, group_of = _groups(frame, by, binned.rows)
    size = len(groups) * binned.count
    key = group_of * binned.count + binned.offset
    deaths = frame.fatalities[binned.rows]
    known = ~np.isnan(deaths)
    events = np.bincount(key, minlength=size).reshape(len(groups), -1)
    dead = weighted_counts(key, np.where(known, deaths, 0.0), size)
    counted = weighted_counts(key, known.astype(np.float64), size)
    series = _series(
        groups,
        events,
        dead.reshape(len(groups), -1),
        counted.reshape(len(groups), -1),
        binned.first,
        period_freq,
        rolling,
    )
    return TempoResult(
        freq=period_freq,
        by=by,
        actor=actor,
        since=since,
        until=until,
        rolling=rolling,
        series=series,
        total_events=int(binned.rows.size),
        total_fatalities=int(np.nansum(deaths)),
        fatalities_known=int(np.count_nonzero(known)),
        excluded_imprecise=binned.excluded,
    )


def _groups(frame: EventFrame, by: str | None, rows: IntArray) -> tuple[list[str | None], IntArray]:
    if by is None:
        return [None], np.zeros(rows.size, dtype=np.int64)
    column = frame.column(by)
    codes, group_of = np.unique(column.codes[rows], return_inverse=True)
    labels: list[str | None] = [
        UNKNOWN_GROUP if code == MISSING_CODE else column.label(int(code)) for code in codes
    ]
    return labels, group_of.astype(np.int64)


def _series(
    groups: list[str | None],
    events: npt.NDArray[np.integer[Any]],
    dead: FloatArray,
    counted: FloatArray,
    first: int,
    freq: Freq,
    rolling: int,
) -> tuple[Period, ...]:
    starts = [period_start(first + i, freq) for i in range(events.shape[1])]
    rows: list[Period] = []
    for g, group in enumerate(groups):
        means = trailing_mean(events[g].astype(np.float64), rolling)
        for i, start in enumerate(starts):
            n, k = int(events[g, i]), int(counted[g, i])
            rows.append(
                Period(
                    period=start,
                    events=n,
                    fatalities=int(dead[g, i]) if k > 0 or n == 0 else None,
                    fatalities_known=k,
                    rolling_events=None if np.isnan(means[i]) else round(float(means[i]), 6),
                    group=group,
                )
            )
    return tuple(rows)
