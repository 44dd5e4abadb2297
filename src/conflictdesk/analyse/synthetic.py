"""Synthetic event histories with planted effects, from a fixed seed, for tests and benchmarks.

Every history is a Poisson process in days with a known rate, so the analyses can be checked
against the truth:

- ``decapitation_history``: an actor's attack rate is multiplied by ``effect`` for
  ``effect_days`` after each leader loss (``effect=1.0`` is the no-change null).
- ``retaliation_history``: B's daily rate is ``base_b + boost * A's events lag days earlier``.
- ``trend_history``: a rate that moves geometrically from ``start_rate`` to ``end_rate`` per day
  (equal rates: no trend), optionally with a step on ``step_day``.
- ``targets_history``: the share of high-profile targets changes on a given day.
- ``benchmark_history``: a large multi-actor history built directly as arrays (no Event objects).

Names are invented or generic; no row comes from a real data set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

import numpy as np
import numpy.typing as npt

from conflictdesk.analyse.frame import (
    MISSING_CODE,
    TAG_BITS,
    Column,
    EventFrame,
    FloatArray,
    IntArray,
)
from conflictdesk.model import Casualties, Event, PersonRef
from conflictdesk.vocab import HIGH_PROFILE_TARGETS, TAGS, TARGET_TYPES

SYNTHETIC_START: Final[dt.date] = dt.date(2019, 1, 1)
ACTORS: Final[tuple[str, ...]] = ("ISKP", "TALIBAN", "TTP", "NRF", "AQ", "IS")
PROVINCES: Final[tuple[str, ...]] = (
    "Kabul",
    "Nangarhar",
    "Kunar",
    "Balkh",
    "Kandahar",
    "Herat",
    "Kunduz",
    "Helmand",
    "Paktia",
    "Logar",
    "Badakhshan",
    "Takhar",
)
DISTRICTS_PER_PROVINCE: Final[int] = 5
DISTRICTS: Final[tuple[str, ...]] = tuple(
    f"{p} district {k + 1}" for p in PROVINCES for k in range(DISTRICTS_PER_PROVINCE)
)
EVENT_TYPES: Final[tuple[str, ...]] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
)
SUB_EVENT_TYPES: Final[tuple[str, ...]] = (
    "Armed clash",
    "Suicide bomb",
    "Attack",
    "Other",
)
TYPE_WEIGHTS: Final[tuple[float, ...]] = (0.35, 0.35, 0.3, 0.0)
REVIEW: Final[tuple[str, ...]] = ("machine", "reviewed")
HIGH_PROFILE_CODES: Final[tuple[int, ...]] = tuple(
    i for i, t in enumerate(TARGET_TYPES) if t in HIGH_PROFILE_TARGETS
)
# Ordinary targets, drawn evenly when an attack is not high profile.
ORDINARY_CODES: Final[tuple[int, ...]] = tuple(
    TARGET_TYPES.index(t)
    for t in ("Military", "Police", "Private Citizens & Property", "Business", "Transportation")
)
UNKNOWN_DEATHS_SHARE: Final[float] = 0.15


@dataclass(frozen=True, slots=True, eq=False)
class SyntheticHistory:
    """A generated history: the frame, its day range, and the truth that was planted."""

    frame: EventFrame
    start: dt.date
    end: dt.date
    loss_dates: tuple[dt.date, ...] = ()
    truth: tuple[tuple[str, float], ...] = field(default=())

    def events(self) -> tuple[Event, ...]:
        """The history as ``model.Event`` records (slow; for small histories)."""
        return frame_to_events(self.frame)


@dataclass(slots=True)
class _Builder:
    """Accumulates event rows as codes into this module's fixed category tuples."""

    rng: np.random.Generator
    start: int
    parts: list[dict[str, npt.NDArray[np.generic]]] = field(default_factory=list)
    persons: list[tuple[int, PersonRef]] = field(default_factory=list)

    @property
    def size(self) -> int:
        return sum(len(p["day"]) for p in self.parts)

    def attacks(
        self,
        rates: FloatArray,
        actor: str,
        *,
        high_profile: FloatArray | float = 0.15,
        provinces: int = len(PROVINCES),
        counts: IntArray | None = None,
    ) -> None:
        """Poisson(rates[d]) violent events by ``actor`` on day ``start + d`` (or exactly
        ``counts[d]`` when given)."""
        per_day = self.rng.poisson(rates) if counts is None else counts
        day_offset = np.repeat(np.arange(rates.size), per_day)
        n = day_offset.size
        share = np.broadcast_to(np.asarray(high_profile, dtype=np.float64), rates.shape)
        kind = self.rng.choice(len(TYPE_WEIGHTS), size=n, p=TYPE_WEIGHTS)
        is_high = self.rng.random(n) < share[day_offset]
        targets = np.where(
            is_high,
            self.rng.choice(HIGH_PROFILE_CODES, size=n),
            self.rng.choice(ORDINARY_CODES, size=n),
        )
        province = np.minimum(self.rng.geometric(0.25, size=n) - 1, provinces - 1)
        deaths = self.rng.negative_binomial(1, 0.3, size=n).astype(np.float64)
        deaths[self.rng.random(n) < UNKNOWN_DEATHS_SHARE] = np.nan
        self.parts.append(
            {
                "day": day_offset + self.start,
                "actor1": np.full(n, ACTORS.index(actor)),
                "actor2": np.full(n, MISSING_CODE),
                "event_type": kind,
                "sub_event_type": kind,
                "target_type": targets,
                "admin1": province,
                "admin2": province * DISTRICTS_PER_PROVINCE
                + self.rng.integers(0, DISTRICTS_PER_PROVINCE, size=n),
                "review_status": (self.rng.random(n) < 0.5).astype(np.int64),
                "fatalities": deaths,
                "tags": np.zeros(n, dtype=np.int64),
            }
        )

    def leader_loss(self, day: int, actor: str, by: str, number: int) -> None:
        row = self.size
        self.persons.append(
            (row, PersonRef(name=f"Leader {number}", role="emir", outcome="killed"))
        )
        self.parts.append(
            {
                "day": np.array([self.start + day]),
                "actor1": np.array([ACTORS.index(by)]),
                "actor2": np.array([ACTORS.index(actor)]),
                "event_type": np.array([0]),
                "sub_event_type": np.array([0]),
                "target_type": np.array([TARGET_TYPES.index("Terrorists/Non-State Militia")]),
                "admin1": np.array([0]),
                "admin2": np.array([0]),
                "review_status": np.array([1]),
                "fatalities": np.array([1.0]),
                "tags": np.array([TAG_BITS["leader_killed"]]),
            }
        )

    def frame(self, seed: int) -> EventFrame:
        joined = {key: np.concatenate([p[key] for p in self.parts]) for key in self.parts[0]}
        order = np.argsort(joined["day"], kind="stable")
        position = np.empty_like(order)
        position[order] = np.arange(order.size)
        persons = tuple(sorted(((int(position[r]), p) for r, p in self.persons), key=_first))

        def column(key: str, categories: tuple[str, ...]) -> Column:
            return Column(joined[key][order].astype(np.int32), categories)

        return EventFrame.from_arrays(
            day=joined["day"][order].astype(np.int64),
            fatalities=joined["fatalities"][order].astype(np.float64),
            tags=joined["tags"][order].astype(np.int32),
            event_id=np.char.add(f"syn{seed}-", np.arange(order.size).astype(np.str_)),
            persons=persons,
            actor1=column("actor1", ACTORS),
            actor2=column("actor2", ACTORS),
            event_type=column("event_type", EVENT_TYPES),
            sub_event_type=column("sub_event_type", SUB_EVENT_TYPES),
            target_type=column("target_type", TARGET_TYPES),
            admin1=column("admin1", PROVINCES),
            admin2=column("admin2", DISTRICTS),
            review_status=column("review_status", REVIEW),
        )


def _first(item: tuple[int, PersonRef]) -> int:
    return item[0]


def _history(
    builder: _Builder,
    seed: int,
    days: int,
    losses: tuple[dt.date, ...] = (),
    truth: tuple[tuple[str, float], ...] = (),
) -> SyntheticHistory:
    start = dt.date.fromordinal(builder.start)
    end = dt.date.fromordinal(builder.start + days - 1)
    return SyntheticHistory(builder.frame(seed), start, end, losses, truth)


def _loss_days(rng: np.random.Generator, days: int, n_losses: int, margin: int) -> IntArray:
    """``n_losses`` days spread evenly over ``[margin, days - margin)``, jittered a little."""
    slots = np.linspace(margin, days - margin, n_losses + 1)
    spacing = (days - 2 * margin) / max(n_losses, 1)
    jitter = rng.integers(0, max(int(spacing * 0.2), 1), size=n_losses)
    return (slots[:-1] + jitter).astype(np.int64)


def decapitation_history(
    seed: int = 0,
    *,
    actor: str = "ISKP",
    days: int = 1460,
    base_rate: float = 1.5,
    effect: float = 0.5,
    effect_days: int = 60,
    n_losses: int = 8,
    background_rate: float = 1.0,
    start: dt.date = SYNTHETIC_START,
) -> SyntheticHistory:
    """``actor`` attacks at ``base_rate``/day, times ``effect`` for ``effect_days`` after each
    of ``n_losses`` leader deaths; another actor attacks at ``background_rate`` throughout."""
    rng = np.random.default_rng(seed)
    builder = _Builder(rng, start.toordinal())
    loss_days = _loss_days(rng, days, n_losses, margin=90)
    rates = np.full(days, base_rate)
    for day in loss_days:
        rates[day + 1 : day + 1 + effect_days] *= effect
    builder.attacks(rates, actor)
    builder.attacks(np.full(days, background_rate), "TALIBAN")
    for number, day in enumerate(loss_days.tolist()):
        builder.leader_loss(day, actor, by="TALIBAN", number=number + 1)
    losses = tuple(dt.date.fromordinal(builder.start + d) for d in loss_days.tolist())
    truth = (("effect", effect), ("effect_days", float(effect_days)))
    return _history(builder, seed, days, losses, truth)


def retaliation_history(
    seed: int = 0,
    *,
    actor_a: str = "TALIBAN",
    actor_b: str = "ISKP",
    days: int = 730,
    rate_a: float = 0.4,
    base_b: float = 0.5,
    lag: int = 3,
    boost: float = 1.0,
    start: dt.date = SYNTHETIC_START,
) -> SyntheticHistory:
    """B's rate on day t is ``base_b + boost * (A's events on day t - lag)``."""
    rng = np.random.default_rng(seed)
    builder = _Builder(rng, start.toordinal())
    a_counts = rng.poisson(rate_a, size=days)
    builder.attacks(np.full(days, rate_a), actor_a, counts=a_counts)
    shifted = np.zeros(days)
    shifted[lag:] = a_counts[: days - lag]
    builder.attacks(base_b + boost * shifted, actor_b)
    truth = (("lag", float(lag)), ("boost", boost))
    return _history(builder, seed, days, (), truth)


def trend_history(
    seed: int = 0,
    *,
    actor: str = "ISKP",
    days: int = 1460,
    start_rate: float = 1.0,
    end_rate: float = 1.0,
    step_day: int | None = None,
    step_factor: float = 1.0,
    start: dt.date = SYNTHETIC_START,
) -> SyntheticHistory:
    """A geometric drift from ``start_rate`` to ``end_rate`` per day, and an optional step."""
    rng = np.random.default_rng(seed)
    builder = _Builder(rng, start.toordinal())
    rates = start_rate * (end_rate / start_rate) ** (np.arange(days) / max(days - 1, 1))
    if step_day is not None:
        rates[step_day:] *= step_factor
    builder.attacks(rates, actor)
    truth = (("start_rate", start_rate), ("end_rate", end_rate), ("step_factor", step_factor))
    return _history(builder, seed, days, (), truth)


def targets_history(
    seed: int = 0,
    *,
    actor: str = "ISKP",
    days: int = 730,
    rate: float = 1.0,
    share_before: float = 0.1,
    share_after: float = 0.1,
    change_day: int = 365,
    start: dt.date = SYNTHETIC_START,
) -> SyntheticHistory:
    """The high-profile share of targets moves from ``share_before`` to ``share_after``."""
    rng = np.random.default_rng(seed)
    builder = _Builder(rng, start.toordinal())
    share = np.where(np.arange(days) < change_day, share_before, share_after)
    builder.attacks(np.full(days, rate), actor, high_profile=share)
    truth = (("share_before", share_before), ("share_after", share_after))
    return _history(builder, seed, days, (), truth)


def benchmark_history(
    n_events: int = 1_000_000, seed: int = 0, *, days: int = 3650
) -> SyntheticHistory:
    """About ``n_events`` events over ``days`` by six actors, with leader losses of ISKP."""
    rng = np.random.default_rng(seed)
    builder = _Builder(rng, SYNTHETIC_START.toordinal())
    per_actor = n_events / len(ACTORS) / days
    for actor in ACTORS:
        builder.attacks(np.full(days, per_actor), actor)
    loss_days = _loss_days(rng, days, 40, margin=60)
    for number, day in enumerate(loss_days.tolist()):
        builder.leader_loss(day, "ISKP", by="TALIBAN", number=number + 1)
    losses = tuple(dt.date.fromordinal(builder.start + d) for d in loss_days.tolist())
    return _history(builder, seed, days, losses)


def frame_to_events(frame: EventFrame) -> tuple[Event, ...]:
    """Rows of a frame as event records (slow: for small frames and round-trip tests)."""
    people: dict[int, list[PersonRef]] = {}
    for row, person in frame.persons:
        people.setdefault(row, []).append(person)
    out: list[Event] = []
    for row in range(len(frame)):
        deaths = frame.fatalities[row]
        out.append(
            Event(
                event_id=str(frame.event_id[row]),
                event_date=dt.date.fromordinal(int(frame.day[row])),
                date_precision="day",
                event_type=_label(frame.event_type, row),
                sub_event_type=_label(frame.sub_event_type, row),
                actor1=_label(frame.actor1, row),
                actor2=_label(frame.actor2, row),
                target_type=_label(frame.target_type, row),
                country="Afghanistan",
                admin1=_label(frame.admin1, row),
                admin2=_label(frame.admin2, row),
                fatalities=Casualties() if np.isnan(deaths) else Casualties.exactly(int(deaths)),
                tags=tuple(t for t in TAGS if int(frame.tags[row]) & TAG_BITS[t]),
                persons=tuple(people.get(row, ())),
                review_status="reviewed"
                if _label(frame.review_status, row) == "reviewed"
                else "machine",
            )
        )
    return tuple(out)


def _label(column: Column, row: int) -> str | None:
    return column.label(int(column.codes[row]))
