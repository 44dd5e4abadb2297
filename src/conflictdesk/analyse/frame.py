"""A columnar view of events for vectorised analysis.

``EventFrame`` holds one numpy array per field the analyses read. Text fields are stored as
categorical ``Column``s (integer codes into a tuple of labels, ``-1`` for unknown), dates as
proleptic Gregorian ordinals (``date.toordinal()``, ``MISSING_DAY`` when unknown), deaths as
floats with ``NaN`` for unknown (never 0), tags as a bit mask over ``vocab.TAGS``.

Build it with ``EventFrame.from_events`` (any sequence of ``model.Event``; rejected events are
left out and counted) or, for large synthetic histories, with ``EventFrame.from_arrays``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from conflictdesk.errors import AnalysisError
from conflictdesk.model import Event, PersonRef
from conflictdesk.vocab import DATE_PRECISIONS, TAGS

IntArray = npt.NDArray[np.int64]
CodeArray = npt.NDArray[np.int32]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

MISSING_DAY: Final[int] = -1
MISSING_CODE: Final[int] = -1
ABSENT_CODE: Final[int] = -2  # code of a label the column does not hold: matches nothing
PRECISION_CODES: Final[dict[str, int]] = {p: i for i, p in enumerate(DATE_PRECISIONS)}
TAG_BITS: Final[dict[str, int]] = {t: 1 << i for i, t in enumerate(TAGS)}

# ACLED types that count as violence (attacks, clashes, strikes) in every analysis.
VIOLENT_TYPES: Final[tuple[str, ...]] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
)
# An event belongs to actor A when A initiated it or claimed it; one rule for every analysis so
# that `events --actor A` and `analyse … --actor A` count the same rows.
ACTOR_FIELDS: Final[tuple[str, ...]] = ("actor1", "claimed_by")
CATEGORICAL_FIELDS: Final[tuple[str, ...]] = (
    "actor1",
    "actor2",
    "claimed_by",
    "event_type",
    "sub_event_type",
    "target_type",
    "admin1",
    "admin2",
    "location",
    "review_status",
)


@dataclass(frozen=True, slots=True, eq=False)
class Column:
    """A categorical column: ``codes[i]`` indexes ``categories``; ``-1`` is unknown."""

    codes: CodeArray
    categories: tuple[str, ...]

    @classmethod
    def from_values(cls, values: Iterable[str | None]) -> Column:
        lookup: dict[str | None, int] = {None: MISSING_CODE, "": MISSING_CODE}
        categories: list[str] = []
        codes: list[int] = []
        for value in values:
            code = lookup.get(value)
            if code is None:
                code = len(categories)
                categories.append(str(value))
                lookup[value] = code
            codes.append(code)
        return cls(np.asarray(codes, dtype=np.int32), tuple(categories))

    @classmethod
    def missing(cls, n: int) -> Column:
        return cls(np.full(n, MISSING_CODE, dtype=np.int32), ())

    def code_of(self, label: str) -> int:
        try:
            return self.categories.index(label)
        except ValueError:
            return ABSENT_CODE

    def equals(self, label: str) -> BoolArray:
        return np.asarray(self.codes == self.code_of(label))

    def isin(self, labels: Iterable[str]) -> BoolArray:
        wanted = [c for c in (self.code_of(lab) for lab in labels) if c != ABSENT_CODE]
        return np.isin(self.codes, np.asarray(wanted, dtype=np.int32))

    def known(self) -> BoolArray:
        return np.asarray(self.codes != MISSING_CODE)

    def label(self, code: int) -> str | None:
        return None if code < 0 else self.categories[code]

    def take(self, rows: IntArray) -> Column:
        return Column(self.codes[rows], self.categories)

    def __len__(self) -> int:
        return int(self.codes.shape[0])


@dataclass(frozen=True, slots=True, eq=False)
class EventFrame:
    """Events as columns. Row ``i`` of every array describes the same event."""

    event_id: npt.NDArray[np.str_]
    day: IntArray
    precision: npt.NDArray[np.int8]
    fatalities: FloatArray
    tags: CodeArray
    actor1: Column
    actor2: Column
    claimed_by: Column
    event_type: Column
    sub_event_type: Column
    target_type: Column
    admin1: Column
    admin2: Column
    location: Column
    review_status: Column
    persons: tuple[tuple[int, PersonRef], ...] = ()
    n_rejected: int = 0

    def __post_init__(self) -> None:
        n = len(self.day)
        sizes = {len(self.event_id), len(self.precision), len(self.fatalities), len(self.tags)}
        sizes |= {len(self.column(name)) for name in CATEGORICAL_FIELDS}
        if sizes != {n}:
            raise AnalysisError(
                f"EventFrame columns have different lengths {sorted(sizes)}",
                remedy="build every column from the same events",
            )

    def __len__(self) -> int:
        return int(self.day.shape[0])

    def column(self, name: str) -> Column:
        if name not in CATEGORICAL_FIELDS:
            raise AnalysisError(
                f"unknown field {name!r}",
                remedy=f"use one of {', '.join(CATEGORICAL_FIELDS)}",
            )
        value: Column = getattr(self, name)
        return value

    # -- construction ---------------------------------------------------------------------------
    @classmethod
    def from_events(cls, events: Sequence[Event]) -> EventFrame:
        """Columns from event records; rejected events are dropped and counted, and so are
        documents still waiting for translation (records with no event type)."""
        kept = [
            e
            for e in events
            if e.review_status != "rejected"
            and not ("needs_translation" in e.tags and e.event_type is None)
        ]
        persons = tuple((i, p) for i, e in enumerate(kept) for p in e.persons)
        columns: dict[str, Any] = {
            name: Column.from_values(getattr(e, name) for e in kept) for name in CATEGORICAL_FIELDS
        }
        return cls(
            event_id=np.asarray([e.event_id for e in kept], dtype=np.str_),
            day=np.asarray([_ordinal(e.event_date) for e in kept], dtype=np.int64),
            precision=np.asarray(
                [PRECISION_CODES.get(e.date_precision, 4) for e in kept], dtype=np.int8
            ),
            fatalities=np.asarray([_deaths(e) for e in kept], dtype=np.float64),
            tags=np.asarray([tag_mask(e.tags) for e in kept], dtype=np.int32),
            persons=persons,
            n_rejected=len(events) - len(kept),
            **columns,
        )

    @classmethod
    def from_arrays(
        cls,
        *,
        day: IntArray,
        fatalities: FloatArray | None = None,
        event_id: npt.NDArray[np.str_] | None = None,
        precision: npt.NDArray[np.int8] | None = None,
        tags: CodeArray | None = None,
        persons: tuple[tuple[int, PersonRef], ...] = (),
        **columns: Column,
    ) -> EventFrame:
        """A frame from ready arrays (fast path); absent columns are all unknown."""
        n = len(day)
        unknown = set(columns) - set(CATEGORICAL_FIELDS)
        if unknown:
            raise AnalysisError(
                f"from_arrays got unknown columns {sorted(unknown)}",
                remedy=f"use only {', '.join(CATEGORICAL_FIELDS)}",
            )
        full: dict[str, Any] = {
            name: columns.get(name, Column.missing(n)) for name in CATEGORICAL_FIELDS
        }
        return cls(
            event_id=event_id if event_id is not None else _numbered_ids(n),
            day=np.asarray(day, dtype=np.int64),
            precision=precision
            if precision is not None
            else np.full(n, PRECISION_CODES["day"], dtype=np.int8),
            fatalities=fatalities if fatalities is not None else np.full(n, np.nan),
            tags=tags if tags is not None else np.zeros(n, dtype=np.int32),
            persons=persons,
            **full,
        )

    # -- selection ------------------------------------------------------------------------------
    def take(self, rows: IntArray | BoolArray) -> EventFrame:
        """The frame restricted to ``rows`` (indices or a boolean mask), persons re-indexed."""
        index: IntArray = (
            np.flatnonzero(rows) if rows.dtype == np.bool_ else np.asarray(rows, dtype=np.int64)
        )
        position = np.full(len(self), -1, dtype=np.int64)
        position[index] = np.arange(index.size)
        persons = tuple((int(position[i]), p) for i, p in self.persons if position[i] >= 0)
        columns: dict[str, Any] = {
            name: self.column(name).take(index) for name in CATEGORICAL_FIELDS
        }
        return EventFrame(
            event_id=self.event_id[index],
            day=self.day[index],
            precision=self.precision[index],
            fatalities=self.fatalities[index],
            tags=self.tags[index],
            persons=persons,
            n_rejected=self.n_rejected,
            **columns,
        )

    def actor_mask(self, actor: str) -> BoolArray:
        """Rows that belong to ``actor`` under ``ACTOR_FIELDS`` (initiator or claimant)."""
        mask = np.zeros(len(self), dtype=np.bool_)
        for name in ACTOR_FIELDS:
            mask |= self.column(name).equals(actor)
        return mask

    def violent_mask(self) -> BoolArray:
        return self.event_type.isin(VIOLENT_TYPES)

    def dated_mask(self, coarsest: str = "year") -> BoolArray:
        """Rows with a date at least as precise as ``coarsest`` (day < week < month < year)."""
        limit = PRECISION_CODES[coarsest]
        return np.asarray((self.day != MISSING_DAY) & (self.precision <= limit))

    def tag_mask(self, *tags: str) -> BoolArray:
        return np.asarray((self.tags & tag_mask(tags)) != 0)

    def select(
        self,
        *,
        actor: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        violent_only: bool = False,
    ) -> BoolArray:
        """The shared filter of every analysis: actor, inclusive date range, type."""
        mask = np.ones(len(self), dtype=np.bool_)
        if actor is not None:
            mask &= self.actor_mask(actor)
        if since is not None or until is not None:
            mask &= self.day != MISSING_DAY
        if since is not None:
            mask &= self.day >= since.toordinal()
        if until is not None:
            mask &= self.day <= until.toordinal()
        if event_type is not None:
            mask &= self.event_type.equals(event_type)
        if violent_only:
            mask &= self.violent_mask()
        return mask

    def day_range(self) -> tuple[int, int] | None:
        """First and last known day (ordinals) over the whole frame, or ``None``."""
        known = self.day[self.day != MISSING_DAY]
        if known.size == 0:
            return None
        return int(known.min()), int(known.max())


def tag_mask(tags: Iterable[str]) -> int:
    """The bit mask of the known tags among ``tags`` (unknown tags are ignored)."""
    mask = 0
    for tag in tags:
        mask |= TAG_BITS.get(tag, 0)
    return mask


def _ordinal(value: dt.date | None) -> int:
    return MISSING_DAY if value is None else value.toordinal()


def _deaths(event: Event) -> float:
    best = event.fatalities.best
    return float("nan") if best is None else float(best)


def _numbered_ids(n: int) -> npt.NDArray[np.str_]:
    return np.char.add("row-", np.arange(n).astype(np.str_))
