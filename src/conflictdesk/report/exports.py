"""Machine formats for events: JSONL (the DESIGN section 3 record) and flat CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from conflictdesk.model import Event
from conflictdesk.resolve.people import PersonRecord

CSV_COLUMNS: tuple[str, ...] = (
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
    "claimed_by",
    "target_type",
    "target",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "fatalities_low",
    "fatalities_best",
    "fatalities_high",
    "injuries_low",
    "injuries_best",
    "injuries_high",
    "deaths_actor1",
    "deaths_actor2",
    "deaths_civilians",
    "deaths_unknown",
    "tags",
    "persons",
    "sources",
    "source_urls",
    "confidence",
    "review_status",
)


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)


def flat_row(event: Event) -> dict[str, Any]:
    r = event.to_dict()
    return {
        **{k: r[k] for k in CSV_COLUMNS if k in r},
        "fatalities_low": event.fatalities.low,
        "fatalities_best": event.fatalities.best,
        "fatalities_high": event.fatalities.high,
        "injuries_low": event.injuries.low,
        "injuries_best": event.injuries.best,
        "injuries_high": event.injuries.high,
        "deaths_actor1": event.deaths_by_side.actor1,
        "deaths_actor2": event.deaths_by_side.actor2,
        "deaths_civilians": event.deaths_by_side.civilians,
        "deaths_unknown": event.deaths_by_side.unknown,
        "tags": ";".join(event.tags),
        "persons": ";".join(
            f"{p.name} ({p.outcome})" if p.outcome else p.name for p in event.persons
        ),
        "sources": ";".join(dict.fromkeys(s.document_id for s in event.sources)),
        "source_urls": ";".join(dict.fromkeys(s.url for s in event.sources if s.url)),
    }


def to_csv(events: Iterable[Event]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow({k: "" if v is None else v for k, v in flat_row(event).items()})
    return out.getvalue()


PEOPLE_COLUMNS = (
    "person_id",
    "name",
    "aliases",
    "actor",
    "roles",
    "status",
    "status_date",
    "history",
    "sources",
)


def people_csv(records: Iterable[PersonRecord]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PEOPLE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in records:
        writer.writerow(
            {
                "person_id": r.person_id,
                "name": r.name,
                "aliases": ";".join(r.aliases),
                "actor": r.actor or "",
                "roles": ";".join(x.title for x in r.roles),
                "status": r.status or "",
                "status_date": r.status_date or "",
                "history": ";".join(f"{h.date or ''} {h.status}".strip() for h in r.history),
                "sources": ";".join(dict.fromkeys(s.url or s.document_id for s in r.sources)),
            }
        )
    return out.getvalue()
