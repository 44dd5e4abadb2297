"""Typed, frozen records passed between the pipeline's stages.

``Document`` (ingest) -> ``Mention`` (extract) -> ``Event`` (resolve/fuse) -> store -> analyse.
Nothing between stages is a bare dict. ``Event.to_dict`` produces the JSON record of DESIGN
section 3, the contract that tools outside the code rely on; ``Event.from_dict`` reads it back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
ReviewStatus = Literal["machine", "reviewed", "rejected"]
MentionKind = Literal["actor", "person", "place", "date", "number", "trigger", "target", "weapon"]


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_iso_date(value: object) -> dt.date | None:
    """Read ``YYYY-MM-DD`` (or a longer ISO timestamp) into a date; ``None`` stays ``None``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


@dataclass(frozen=True, slots=True)
class Document:
    """One report as ingested, with its metadata. ``id`` is the document_id cited by events."""

    id: str
    text: str
    content_hash: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    accessed: dt.date | None = None
    language: str | None = None
    path: str | None = None
    genre: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "publisher": self.publisher,
            "published": iso(self.published),
            "accessed": iso(self.accessed),
            "language": self.language,
            "path": self.path,
            "genre": self.genre,
            "content_hash": self.content_hash,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A character span ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")


@dataclass(frozen=True, slots=True)
class Mention:
    """Something the extractor found in a text: an actor, person, place, date, number, trigger.

    ``value`` is the resolved value (registry id, ISO date, integer as text, type name) or
    ``None`` when the mention could not be resolved.
    """

    kind: MentionKind
    text: str
    start: int
    end: int
    value: str | None = None
    sentence: int = 0


@dataclass(frozen=True, slots=True)
class Casualties:
    """A casualty figure as an honest range. Unknown is ``None``, never 0."""

    low: int | None = None
    best: int | None = None
    high: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {"low": self.low, "best": self.best, "high": self.high}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Casualties:
        data = data or {}
        return cls(low=data.get("low"), best=data.get("best"), high=data.get("high"))

    @classmethod
    def exactly(cls, n: int | None) -> Casualties:
        return cls(n, n, n)

    @property
    def known(self) -> bool:
        return self.best is not None or self.low is not None or self.high is not None


@dataclass(frozen=True, slots=True)
class DeathsBySide:
    actor1: int | None = None
    actor2: int | None = None
    civilians: int | None = None
    unknown: int | None = None

    def to_dict(self) -> dict[str, int | None]:
        return {
            "actor1": self.actor1,
            "actor2": self.actor2,
            "civilians": self.civilians,
            "unknown": self.unknown,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> DeathsBySide:
        data = data or {}
        return cls(
            actor1=data.get("actor1"),
            actor2=data.get("actor2"),
            civilians=data.get("civilians"),
            unknown=data.get("unknown"),
        )


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A named person in an event, with role and what happened to them.

    ``actor`` (the person's organisation) and ``aliases`` (other names the text gives, as in
    "Ahmad Ahangar, or the person known as Abu Usman al-Kashmiri") extend DESIGN section 3.
    """

    name: str
    person_id: str | None = None
    role: str | None = None
    outcome: str | None = None
    actor: str | None = None
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "role": self.role,
            "outcome": self.outcome,
            "actor": self.actor,
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PersonRef:
        return cls(
            name=str(data.get("name") or ""),
            person_id=data.get("person_id"),
            role=data.get("role"),
            outcome=data.get("outcome"),
            actor=data.get("actor"),
            aliases=tuple(data.get("aliases") or ()),
        )


@dataclass(frozen=True, slots=True)
class Source:
    """One report of an event: the document and the evidence sentence with its offsets."""

    document_id: str
    evidence: str
    start: int
    end: int
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: str | None = None
    accessed: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "title": self.title,
            "publisher": self.publisher,
            "url": self.url,
            "published": self.published,
            "accessed": self.accessed,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            document_id=str(data["document_id"]),
            evidence=str(data.get("evidence") or ""),
            start=int(data.get("start") or 0),
            end=int(data.get("end") or 0),
            title=data.get("title"),
            publisher=data.get("publisher"),
            url=data.get("url"),
            published=data.get("published"),
            accessed=data.get("accessed"),
        )


@dataclass(frozen=True, slots=True)
class FieldSpan:
    """Where one field's value came from: the exact words in a document (an extension of §3)."""

    field: str
    document_id: str
    start: int
    end: int
    text: str
    method: str = "rules"

    def to_dict(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "document_id": self.document_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "method": self.method,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FieldSpan:
        return cls(
            field=str(data["field"]),
            document_id=str(data["document_id"]),
            start=int(data["start"]),
            end=int(data["end"]),
            text=str(data.get("text") or ""),
            method=str(data.get("method") or "rules"),
        )


@dataclass(frozen=True, slots=True)
class Event:
    """The event record of DESIGN section 3 (plus ``language`` and ``field_spans``)."""

    event_id: str
    event_date: dt.date | None = None
    date_precision: DatePrecision = "unknown"
    event_type: str | None = None
    sub_event_type: str | None = None
    attack_type: str | None = None
    weapon_type: str | None = None
    suicide: bool = False
    actor1: str | None = None
    actor2: str | None = None
    target_type: str | None = None
    target: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: Casualties = field(default_factory=Casualties)
    injuries: Casualties = field(default_factory=Casualties)
    deaths_by_side: DeathsBySide = field(default_factory=DeathsBySide)
    claimed_by: str | None = None
    tags: tuple[str, ...] = ()
    persons: tuple[PersonRef, ...] = ()
    sources: tuple[Source, ...] = ()
    confidence: float = 0.5
    review_status: ReviewStatus = "machine"
    language: str | None = None
    field_spans: tuple[FieldSpan, ...] = ()

    def replace(self, **changes: Any) -> Event:
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """The JSON record of DESIGN section 3; every key is present, unknown is ``None``."""
        return {
            "event_id": self.event_id,
            "event_date": iso(self.event_date),
            "date_precision": self.date_precision,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "attack_type": self.attack_type,
            "weapon_type": self.weapon_type,
            "suicide": self.suicide,
            "actor1": self.actor1,
            "actor2": self.actor2,
            "target_type": self.target_type,
            "target": self.target,
            "country": self.country,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "location": self.location,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "fatalities": self.fatalities.to_dict(),
            "injuries": self.injuries.to_dict(),
            "deaths_by_side": self.deaths_by_side.to_dict(),
            "claimed_by": self.claimed_by,
            "tags": list(self.tags),
            "persons": [p.to_dict() for p in self.persons],
            "sources": [s.to_dict() for s in self.sources],
            "confidence": self.confidence,
            "review_status": self.review_status,
            "language": self.language,
            "field_spans": [f.to_dict() for f in self.field_spans],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        lat, lon = data.get("latitude"), data.get("longitude")
        return cls(
            event_id=str(data["event_id"]),
            event_date=parse_iso_date(data.get("event_date")),
            date_precision=data.get("date_precision") or "unknown",
            event_type=data.get("event_type"),
            sub_event_type=data.get("sub_event_type"),
            attack_type=data.get("attack_type"),
            weapon_type=data.get("weapon_type"),
            suicide=bool(data.get("suicide", False)),
            actor1=data.get("actor1"),
            actor2=data.get("actor2"),
            target_type=data.get("target_type"),
            target=data.get("target"),
            country=data.get("country"),
            admin1=data.get("admin1"),
            admin2=data.get("admin2"),
            location=data.get("location"),
            latitude=float(lat) if lat is not None else None,
            longitude=float(lon) if lon is not None else None,
            geo_precision=data.get("geo_precision"),
            fatalities=Casualties.from_dict(data.get("fatalities")),
            injuries=Casualties.from_dict(data.get("injuries")),
            deaths_by_side=DeathsBySide.from_dict(data.get("deaths_by_side")),
            claimed_by=data.get("claimed_by"),
            tags=tuple(data.get("tags") or ()),
            persons=tuple(PersonRef.from_dict(p) for p in data.get("persons") or ()),
            sources=tuple(Source.from_dict(s) for s in data.get("sources") or ()),
            confidence=float(data.get("confidence", 0.5)),
            review_status=data.get("review_status") or "machine",
            language=data.get("language"),
            field_spans=tuple(FieldSpan.from_dict(f) for f in data.get("field_spans") or ()),
        )


# The keys of DESIGN section 3, in order: a test checks every exported record has all of them.
EVENT_KEYS: tuple[str, ...] = (
    "event_id",
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "attack_type",
    "weapon_type",
    "suicide",
    "actor1",
    "actor2",
    "target_type",
    "target",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities",
    "injuries",
    "deaths_by_side",
    "claimed_by",
    "tags",
    "persons",
    "sources",
    "confidence",
    "review_status",
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extraction made of one document: its events, all mentions, and flags."""

    document: Document
    events: tuple[Event, ...]
    mentions: tuple[Mention, ...] = ()
    needs_translation: bool = False
