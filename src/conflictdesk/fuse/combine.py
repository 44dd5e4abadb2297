"""Combine the reports of one event into the fused event, keeping every source.

Rules (docs/fusion.md):
- fatalities and injuries: ``low`` is the smallest credible report (the least of the reports'
  low or best figures), ``high`` the largest (their high or best), ``best`` the best figure of
  the latest report, ties broken by the most specific report (finest place, most fields known);
  ``extract.casualties.ordered_range`` then keeps ``low <= best <= high``.
- date: from the most precise report (day over month over year); ties go to the
  earliest-published report.
- place: the province most reports give (a dateline or a bank's name misleads one report, not
  all); the town, coordinates and precision from the most specific report in that province.
- target and target type: from one report, so they agree: a named place or institution
  ("Ministry of Foreign Affairs") before the victims ("civilians"), then the most common type.
- actor1 follows a claim when any report carries one; otherwise the most common actor.
- categorical fields: the most common value among reports that state one; ties go to the
  most specific report.
- tags, persons and sources: the union, sources ordered by publication.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from conflictdesk.extract.casualties import ordered_range
from conflictdesk.model import Casualties, DeathsBySide, Event, PersonRef, Source, parse_iso_date
from conflictdesk.resolve.matcher import phrase_key, tokens

T = TypeVar("T")
_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


def published(event: Event) -> dt.date:
    dates = [parse_iso_date(s.published) for s in event.sources if s.published]
    known = [d for d in dates if d is not None]
    return min(known) if known else dt.date.max


def specificity(event: Event) -> tuple[int, int]:
    """Smaller is more specific: place precision first, then fewer unknown fields."""
    filled = sum(
        v is not None
        for v in (event.event_date, event.location, event.target, event.actor1, event.attack_type)
    )
    return (event.geo_precision or 4, -filled)


def fused_id(reports: Sequence[Event]) -> str:
    """The id of a fused event: the smallest report id, so the same reports give the same id."""
    return min(r.event_id for r in reports)


def _vote(reports: Sequence[Event], get: Callable[[Event], T | None]) -> T | None:
    values = [v for r in reports if (v := get(r)) is not None]
    if not values:
        return None
    counts = Counter(values)
    top = max(counts.values())
    for r in sorted(reports, key=specificity):
        value = get(r)
        if value is not None and counts[value] == top:
            return value
    return values[0]


def _range(reports: Sequence[Event], get: Callable[[Event], Casualties]) -> Casualties:
    known = [r for r in reports if get(r).best is not None or get(r).low is not None]
    if not known:
        return Casualties()
    lows = [c.low if c.low is not None else c.best for c in map(get, known)]
    highs = [c.high if c.high is not None else c.best for c in map(get, known)]
    latest = max(known, key=lambda r: (published(r), tuple(-x for x in specificity(r))))
    best = get(latest).best
    low = min(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = max(x for x in highs if x is not None) if any(x is not None for x in highs) else None
    return ordered_range(Casualties(low, best, high))


def _persons(reports: Sequence[Event]) -> tuple[PersonRef, ...]:
    merged: dict[str, PersonRef] = {}
    for r in reports:
        for p in r.persons:
            key = p.person_id or " ".join(phrase_key(p.name))
            old = merged.get(key)
            merged[key] = (
                p
                if old is None
                else PersonRef(
                    name=old.name,
                    person_id=old.person_id or p.person_id,
                    role=old.role or p.role,
                    outcome=old.outcome or p.outcome,
                    actor=old.actor or p.actor,
                    aliases=tuple(dict.fromkeys((*old.aliases, *p.aliases))),
                )
            )
    return tuple(merged.values())


def _sources(reports: Sequence[Event]) -> tuple[Source, ...]:
    seen: dict[tuple[str, int, int], Source] = {}
    for r in reports:
        for s in r.sources:
            seen.setdefault((s.document_id, s.start, s.end), s)
    return tuple(sorted(seen.values(), key=lambda s: (s.published or "", s.document_id, s.start)))


def combine(reports: Sequence[Event]) -> Event:
    """The fused event of one cluster of reports (a single report comes back unchanged)."""
    if len(reports) == 1:
        return reports[0]
    ordered = sorted(reports, key=lambda r: (published(r), r.event_id))
    dated = min(
        ordered, key=lambda r: (_PRECISION_RANK.get(r.date_precision, 4), r.event_date is None)
    )
    admin1 = _vote(ordered, lambda r: r.admin1)
    placed = min((r for r in ordered if r.admin1 == admin1), key=specificity)
    aimed = _target_report(ordered)
    claimed = _vote(ordered, lambda r: r.claimed_by)
    fields: dict[str, Any] = {
        name: _vote(ordered, _getter(name))
        for name in (
            "event_type",
            "sub_event_type",
            "attack_type",
            "weapon_type",
            "actor2",
            "language",
        )
    }
    return Event(
        event_id=fused_id(reports),
        event_date=dated.event_date,
        date_precision=dated.date_precision,
        suicide=any(r.suicide for r in ordered),
        actor1=claimed or _vote(ordered, lambda r: r.actor1),
        claimed_by=claimed,
        target=aimed.target if aimed else None,
        target_type=aimed.target_type if aimed else _vote(ordered, lambda r: r.target_type),
        country=placed.country,
        admin1=admin1,
        admin2=placed.admin2,
        location=placed.location,
        latitude=placed.latitude,
        longitude=placed.longitude,
        geo_precision=placed.geo_precision,
        fatalities=_range(ordered, lambda r: r.fatalities),
        injuries=_range(ordered, lambda r: r.injuries),
        deaths_by_side=_vote(
            ordered, lambda r: r.deaths_by_side if _any(r.deaths_by_side) else None
        )
        or DeathsBySide(),
        tags=tuple(dict.fromkeys(t for r in ordered for t in r.tags)),
        persons=_persons(ordered),
        sources=_sources(ordered),
        confidence=round(1 - _product(1 - r.confidence for r in ordered), 3),
        review_status="machine",
        field_spans=tuple(dict.fromkeys(f for r in ordered for f in r.field_spans)),
        **fields,
    )


def _known_type(event: Event) -> str | None:
    return None if event.target_type in (None, "Unknown") else event.target_type


def _named(target: str | None) -> bool:
    """A target written with a capitalised word names a place or institution."""
    return bool(target) and any(t[:1].isupper() for _, _, t in tokens(target or ""))


def _target_report(reports: Sequence[Event]) -> Event | None:
    """The report whose target the fused event takes (see the module's rules)."""
    aimed = [r for r in reports if r.target and _known_type(r)]
    if not aimed:
        return None
    kinds = Counter(_known_type(r) for r in aimed)
    return min(aimed, key=lambda r: (not _named(r.target), -kinds[_known_type(r)], specificity(r)))


def _getter(name: str) -> Callable[[Event], Any]:
    def get(event: Event) -> Any:
        return getattr(event, name)

    return get


def _any(d: DeathsBySide) -> bool:
    return any(v is not None for v in (d.actor1, d.actor2, d.civilians, d.unknown))


def _product(values: Any) -> float:
    out = 1.0
    for v in values:
        out *= v
    return out
