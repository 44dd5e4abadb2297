"""Pure rules for folding events together (merge) and taking them apart (split)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from conflictdesk.model import Casualties, Event, PersonRef, Source

# Length of the hash suffix in ids of split parts: 8 hex digits, no collisions in practice
# among the handful of parts one event has.
PART_HASH_LENGTH = 8


def source_key(source: Source) -> tuple[str, int, int, str]:
    return (source.document_id, source.start, source.end, source.evidence)


def union_sources(*groups: Iterable[Source]) -> tuple[Source, ...]:
    """All sources once each, in first-seen order."""
    seen: dict[tuple[str, int, int, str], Source] = {}
    for group in groups:
        for source in group:
            seen.setdefault(source_key(source), source)
    return tuple(seen.values())


def replace_document_sources(
    stored: Event, document_id: str, fresh: Iterable[Source]
) -> tuple[Source, ...]:
    """``stored``'s sources with those from ``document_id`` replaced by ``fresh`` ones."""
    kept = [s for s in stored.sources if s.document_id != document_id]
    return union_sources(fresh, kept)


def _known(*values: int | None) -> list[int]:
    return [v for v in values if v is not None]


def widen(survivor: Casualties, other: Casualties, *, take_other_best: bool) -> Casualties:
    """low = the lower low, high = the higher high, best from the survivor (unless told)."""
    lows = _known(survivor.low, other.low)
    highs = _known(survivor.high, other.high)
    best = other.best if take_other_best or survivor.best is None else survivor.best
    return Casualties(
        low=min(lows) if lows else None, best=best, high=max(highs) if highs else None
    )


def _union_persons(a: Iterable[PersonRef], b: Iterable[PersonRef]) -> tuple[PersonRef, ...]:
    seen: dict[tuple[str | None, str], PersonRef] = {}
    for person in (*a, *b):
        seen.setdefault((person.person_id, person.name), person)
    return tuple(seen.values())


def merge_events(survivor: Event, other: Event, *, other_best_reviewed: frozenset[str]) -> Event:
    """``other`` folded into ``survivor``. ``other_best_reviewed`` names the casualty fields
    ("fatalities", "injuries") whose ``best`` an analyst set on ``other`` but not on the
    survivor: those take ``other``'s best."""
    return survivor.replace(
        sources=union_sources(survivor.sources, other.sources),
        fatalities=widen(
            survivor.fatalities,
            other.fatalities,
            take_other_best="fatalities" in other_best_reviewed,
        ),
        injuries=widen(
            survivor.injuries, other.injuries, take_other_best="injuries" in other_best_reviewed
        ),
        tags=tuple(dict.fromkeys((*survivor.tags, *other.tags))),
        persons=_union_persons(survivor.persons, other.persons),
        confidence=max(survivor.confidence, other.confidence),
        review_status="reviewed",
    )


def part_id(event_id: str, key: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:PART_HASH_LENGTH]
    return f"{event_id}~{digest}"


def split_event(event: Event, *, by_document: bool) -> list[Event]:
    """One part per source document (or per source); ids derive from the event id and key."""
    groups: dict[str, list[Source]] = {}
    for source in event.sources:
        key = source.document_id if by_document else "|".join(map(str, source_key(source)))
        groups.setdefault(key, []).append(source)
    return [
        event.replace(
            event_id=part_id(event.event_id, key), sources=tuple(sources), review_status="reviewed"
        )
        for key, sources in groups.items()
    ]
