"""A flagged record for a document the packs cannot read for events (DESIGN: never dropped).

A report in a language the packs have no trigger words for yields no events, but its actors,
places and dates were still found. They are kept as one record tagged ``needs_translation``:
it cites the document, carries what was found, has no event type, and waits in the review
queue; analyses leave it out of every count.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from conflictdesk.model import Event, Extraction, FieldSpan, Mention, Source
from conflictdesk.resolve.registry import Registry

TAG = "needs_translation"
# Confidence of a record that is not yet an event: below the review queue's threshold.
UNTRANSLATED_CONFIDENCE = 0.1
# Characters of the document quoted as the record's evidence.
EVIDENCE_CHARS = 300


def is_placeholder(event: Event) -> bool:
    return TAG in event.tags and event.event_type is None


def placeholder(extraction: Extraction, registry: Registry) -> Event | None:
    """The flagged record of an untranslated document, or ``None`` when events were found."""
    if not extraction.needs_translation or extraction.events:
        return None
    doc = extraction.document
    first = {kind: _first(extraction.mentions, kind) for kind in ("place", "date")}
    place = registry.places.get(first["place"].value or "") if first["place"] else None
    date_mention = first["date"]
    date = _date(date_mention.value) if date_mention else None
    # Who did what is unknown until translated: every actor found is kept as a mention span,
    # none is asserted as actor1.
    actors = tuple(
        FieldSpan("actor_mention", doc.id, m.start, m.end, m.text)
        for m in extraction.mentions
        if m.kind == "actor" and m.value
    )
    found = (("location", first["place"]), ("event_date", date_mention))
    spans = actors + tuple(
        FieldSpan(field, doc.id, m.start, m.end, m.text) for field, m in found if m is not None
    )
    end = min(len(doc.text), EVIDENCE_CHARS)
    return Event(
        event_id="ev-" + hashlib.sha1(f"{doc.id}|{TAG}".encode()).hexdigest()[:12],
        event_date=date,
        date_precision="day" if date else "unknown",
        country=place.country if place else None,
        admin1=place.admin1 if place else None,
        location=place.name if place and place.kind not in ("province", "country") else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None,
        tags=(TAG,),
        sources=(
            Source(
                document_id=doc.id,
                evidence=doc.text[:end],
                start=0,
                end=end,
                title=doc.title,
                publisher=doc.publisher,
                url=doc.url,
                published=doc.published.isoformat() if doc.published else None,
                accessed=doc.accessed.isoformat() if doc.accessed else None,
            ),
        ),
        confidence=UNTRANSLATED_CONFIDENCE,
        language=doc.language,
        field_spans=spans,
    )


def _first(mentions: tuple[Mention, ...], kind: str) -> Mention | None:
    return next((m for m in mentions if m.kind == kind and m.value), None)


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
