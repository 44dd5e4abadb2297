"""Time bins shared by every analysis: days, ISO weeks (Monday start) and calendar months.

Days are proleptic Gregorian ordinals (``date.toordinal()``); ordinal 1 (0001-01-01) is a
Monday, so ``(day - 1) // 7`` numbers Monday-start weeks. Months are counted from 1970-01.
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

import numpy as np
import numpy.typing as npt

from conflictdesk.errors import AnalysisError

Freq = Literal["day", "week", "month"]
FREQS: Final[tuple[str, ...]] = ("day", "week", "month")
IntArray = npt.NDArray[np.int64]

EPOCH_ORDINAL: Final[int] = dt.date(1970, 1, 1).toordinal()
# The coarsest date precision an event may have and still be placed in a bin of this width.
COARSEST_PRECISION: Final[dict[str, str]] = {"day": "day", "week": "week", "month": "month"}


def check_freq(freq: str) -> Freq:
    if freq == "day":
        return "day"
    if freq == "week":
        return "week"
    if freq == "month":
        return "month"
    raise AnalysisError(f"unknown period {freq!r}", remedy="use day, week or month")


def period_index(days: IntArray, freq: Freq) -> IntArray:
    """The bin number of each day ordinal (monotone in time)."""
    days = np.asarray(days, dtype=np.int64)
    if freq == "day":
        return days
    if freq == "week":
        return (days - 1) // 7
    since_epoch = (days - EPOCH_ORDINAL).astype("datetime64[D]")
    return since_epoch.astype("datetime64[M]").astype(np.int64)


def period_start(index: int, freq: Freq) -> dt.date:
    if freq == "day":
        return dt.date.fromordinal(index)
    if freq == "week":
        return dt.date.fromordinal(index * 7 + 1)
    year, month = divmod(index, 12)
    return dt.date(1970 + year, month + 1, 1)


def period_end(index: int, freq: Freq) -> dt.date:
    """The last day of bin ``index``."""
    return dt.date.fromordinal(period_start(index + 1, freq).toordinal() - 1)


def period_days(index: int, freq: Freq) -> int:
    return period_end(index, freq).toordinal() - period_start(index, freq).toordinal() + 1
