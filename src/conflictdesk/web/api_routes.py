"""The JSON API, mirroring the pages: the same ``conflictdesk.api`` calls, as JSON.

Events are DESIGN section 3 records (``Event.to_dict``); analyses are their ``to_dict``; errors
are ``{"error": {"code", "message", "remedy"}}`` (translated in ``web.app``).
"""

from __future__ import annotations

from typing import Any, Final

from conflictdesk import api
from conflictdesk.store import AuditRecord
from conflictdesk.web.http import Request, Response, json_response
from conflictdesk.web.pages import ASSESS_PARAMS, QUEUE_LENGTH, find_person
from conflictdesk.web.params import (
    FILTER_NAMES,
    analysis_options,
    check_known,
    date,
    integer,
    read_filters,
    text,
)

EVENTS_PARAMS: Final[frozenset[str]] = frozenset({*FILTER_NAMES, "limit"})


def events(db: str | None, request: Request) -> Response:
    check_known(request.query, EVENTS_PARAMS, request.path)
    filters = read_filters(request.query)
    limit = integer(request.query, "limit", minimum=1)
    found = api.events(db=db, limit=limit, **filters.api_options())
    return json_response(
        {
            "filters": {k: v or None for k, v in filters.as_params().items()},
            "count": len(found),
            "events": [e.to_dict() for e in found],
        }
    )


def event(db: str | None, request: Request, event_id: str) -> Response:
    check_known(request.query, set(), request.path)
    return json_response(api.show(event_id, db=db).event.to_dict())


def history(db: str | None, request: Request, event_id: str) -> Response:
    check_known(request.query, set(), request.path)
    event_id = api.show(event_id, db=db).event.event_id  # 404 for an unknown id
    records = api.history(event_id, db=db)
    return json_response({"event_id": event_id, "history": [audit_dict(r) for r in records]})


def audit_dict(record: AuditRecord) -> dict[str, Any]:
    return {
        "at": record.at.isoformat(),
        "who": record.who,
        "action": record.action,
        "field": record.field,
        "old": record.old,
        "new": record.new,
        "note": record.note,
    }


def analyse(db: str | None, request: Request, name: str) -> Response:
    options = analysis_options(name, request.query)
    result = api.analyse(name, db=db, **options)
    return json_response({"analysis": name, "result": result.to_dict()})


def people(db: str | None, request: Request) -> Response:
    check_known(request.query, {"actor"}, request.path)
    records = api.people(db=db, actor=text(request.query, "actor"))
    return json_response({"count": len(records), "people": [r.to_dict() for r in records]})


def person(db: str | None, request: Request, person_id: str) -> Response:
    check_known(request.query, set(), request.path)
    return json_response(find_person(api.people(db=db), person_id).to_dict())


def actors(db: str | None, request: Request) -> Response:
    check_known(request.query, set(), request.path)
    view = api.actors(db=db)
    return json_response(
        {
            "actors": [
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind,
                    "parent": a.parent,
                    "country": a.country,
                    "aliases": [{"text": x.text, "language": x.language} for x in a.aliases],
                    "events": view.event_counts.get(a.id, 0),
                }
                for a in view.actors
            ],
            "suggestions": [
                {"name": s.name, "mentions": s.mentions, "documents": list(s.documents)}
                for s in view.suggestions
            ],
        }
    )


def review_queue(db: str | None, request: Request) -> Response:
    check_known(request.query, set(), request.path)
    items = api.review_queue(db=db, limit=QUEUE_LENGTH)
    return json_response(
        {
            "count": len(items),
            "queue": [{"reasons": list(i.reasons), "event": i.event.to_dict()} for i in items],
        }
    )


def assess(db: str | None, request: Request) -> Response:
    from conflictdesk.report.assessment import assessment_dict
    from conflictdesk.web.errors import BadParameter

    check_known(request.query, ASSESS_PARAMS, request.path)
    actor = text(request.query, "actor")
    if actor is None:
        raise BadParameter("an assessment needs an actor", remedy="add ?actor=ISKP")
    cited = api.assess(
        actor=actor,
        question=text(request.query, "question") or "influence",
        since=date(request.query, "since"),
        until=date(request.query, "until"),
        db=db,
    )
    return json_response(assessment_dict(cited))
