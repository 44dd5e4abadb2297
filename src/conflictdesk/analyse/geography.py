"""Geography: how many provinces and districts an actor reaches per period, and how concentrated.

Per period: provinces (admin1) and districts (admin2) with at least one event, the Herfindahl
index of events over provinces (sum of squared shares: 1 = all in one province, 1/k = spread
evenly over k), the busiest province and its share, and provinces reached for the first time in
the selected range. The baseline of each period is the one before it (``*_baseline``). Events
without a province are counted apart and left out of spread and concentration.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from conflictdesk.analyse.frame import MISSING_CODE, EventFrame, IntArray
from conflictdesk.analyse.periods import check_freq, period_start
from conflictdesk.analyse.results import JsonRecord
from conflictdesk.analyse.tempo import bin_events


@dataclass(frozen=True, slots=True)
class GeoPeriod(JsonRecord):
    period: dt.date
    events: int
    located: int
    provinces: int
    provinces_baseline: int | None
    new_provinces: int
    districts: int
    districts_baseline: int | None
    concentration: float | None
    concentration_baseline: float | None
    top_province: str | None
    top_share: float | None


@dataclass(frozen=True, slots=True)
class GeographyResult(JsonRecord):
    actor: str | None
    freq: str
    series: tuple[GeoPeriod, ...]
    provinces_total: int
    districts_total: int
    unlocated: int


def geography(
    frame: EventFrame,
    *,
    actor: str | None = None,
    freq: str = "month",
    since: dt.date | None = None,
    until: dt.date | None = None,
    violent_only: bool = True,
) -> GeographyResult:
    """Spread (provinces, districts reached) and concentration per period."""
    period_freq = check_freq(freq)
    mask = frame.select(actor=actor, since=since, until=until, violent_only=violent_only)
    binned = bin_events(frame, mask, period_freq, since, until)
    province = frame.admin1.codes[binned.rows].astype(np.int64)
    district = frame.admin2.codes[binned.rows].astype(np.int64)
    located = province != MISSING_CODE
    count = binned.count
    n_prov = len(frame.admin1.categories)
    grid = np.bincount(
        binned.offset[located] * n_prov + province[located], minlength=count * n_prov
    ).reshape(count, n_prov)
    events = np.bincount(binned.offset, minlength=count)
    districts = _distinct_per_period(binned.offset, district, count)
    new = _first_appearances(binned.offset[located], province[located], count)
    series = _series(grid, events, districts, new, binned.first, period_freq, frame)
    return GeographyResult(
        actor=actor,
        freq=period_freq,
        series=series,
        provinces_total=int(np.count_nonzero(grid.sum(axis=0))),
        districts_total=int(np.unique(district[district != MISSING_CODE]).size),
        unlocated=int(np.count_nonzero(~located)),
    )


def _distinct_per_period(offset: IntArray, codes: IntArray, count: int) -> IntArray:
    keep = codes != MISSING_CODE
    width = int(codes.max()) + 1 if codes.size else 1
    pairs = np.unique(offset[keep] * width + codes[keep])
    return np.bincount(pairs // width, minlength=count).astype(np.int64)


def _first_appearances(offset: IntArray, codes: IntArray, count: int) -> IntArray:
    if codes.size == 0:
        return np.zeros(count, dtype=np.int64)
    first = np.full(int(codes.max()) + 1, np.iinfo(np.int64).max)
    np.minimum.at(first, codes, offset)
    seen = first[first != np.iinfo(np.int64).max]
    return np.bincount(seen, minlength=count).astype(np.int64)


def _series(
    grid: IntArray,
    events: IntArray,
    districts: IntArray,
    new: IntArray,
    first: int,
    freq: str,
    frame: EventFrame,
) -> tuple[GeoPeriod, ...]:
    located = grid.sum(axis=1)
    provinces = np.count_nonzero(grid, axis=1)
    shares = grid / np.maximum(located, 1)[:, None]
    hhi = np.sum(shares**2, axis=1)
    top = np.argmax(grid, axis=1)
    out: list[GeoPeriod] = []
    for i in range(grid.shape[0]):
        has = bool(located[i])
        previous = i - 1
        out.append(
            GeoPeriod(
                period=period_start(first + i, check_freq(freq)),
                events=int(events[i]),
                located=int(located[i]),
                provinces=int(provinces[i]),
                provinces_baseline=int(provinces[previous]) if i else None,
                new_provinces=int(new[i]),
                districts=int(districts[i]),
                districts_baseline=int(districts[previous]) if i else None,
                concentration=float(hhi[i]) if has else None,
                concentration_baseline=float(hhi[previous]) if i and located[previous] else None,
                top_province=frame.admin1.label(int(top[i])) if has else None,
                top_share=float(shares[i, top[i]]) if has else None,
            )
        )
    return tuple(out)
