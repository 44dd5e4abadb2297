"""The HTML pages: each handler reads its parameters, calls ``conflictdesk.api`` and renders.

Handlers take the database (``None``: the default one), the request and the path's parameters,
and return a ``Response``. Nothing here computes a figure: panels come from ``web.panels``,
which calls the same analyses and renderers as the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from markupsafe import Markup

from conflictdesk import api, vocab
from conflictdesk.errors import ConflictdeskError, PersonNotFound
from conflictdesk.model import Event
from conflictdesk.report import exports
from conflictdesk.resolve.people import PersonRecord
from conflictdesk.store.fields import all_paths
from conflictdesk.web import panels
from conflictdesk.web.errors import BadParameter, status_of
from conflictdesk.web.evidence import mark_evidence
from conflictdesk.web.http import Request, Response, download, html, redirect
from conflictdesk.web.params import (
    FILTER_NAMES,
    Filters,
    check_known,
    date,
    page_number,
    read_filters,
    text,
)
from conflictdesk.web.render import event_url, render, trusted

if TYPE_CHECKING:
    from conflictdesk.report.assessment import CitedAssessment

PAGE_SIZE: Final[int] = 100
QUEUE_LENGTH: Final[int] = 200
REVIEW_ACTIONS: Final[tuple[str, ...]] = ("set", "accept", "reject")
ASSESS_PARAMS: Final[frozenset[str]] = frozenset({"actor", "question", "since", "until"})
ASSESSMENT_BLOCKS: Final[tuple[str, ...]] = ("assessment", "notes")
DOWNLOADS: Final[dict[str, tuple[str, str]]] = {
    "csv": ("text/csv; charset=utf-8", "events.csv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "events.jsonl"),
}


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What the filter form offers: registry actor ids, provinces, ACLED types."""

    actors: tuple[str, ...]
    provinces: tuple[str, ...]
    types: dict[str, tuple[str, ...]]


def filter_choices() -> FilterChoices:
    registry = api.registry()
    provinces = sorted({p.name for p in registry.places.values() if p.kind == "province"})
    return FilterChoices(tuple(sorted(registry.actors)), tuple(provinces), vocab.ACLED_TYPES)


def _filters(request: Request, *extra: str) -> Filters:
    check_known(request.query, {*FILTER_NAMES, *extra}, request.path)
    return read_filters(request.query)


def _page(template: str, **context: Any) -> Response:
    return html(render(template, **context))


# -- dashboard and events --------------------------------------------------------------------------
def dashboard(db: str | None, request: Request) -> Response:
    filters = _filters(request)
    board = panels.dashboard(db, filters)
    return _page(
        "dashboard.html",
        title="Dashboard",
        board=board,
        filters=filters,
        choices=filter_choices(),
        chart_svg=trusted(board.chart.svg) if board.chart else None,
        map_svg=trusted(board.province_map.svg) if board.province_map else None,
    )


def events_list(db: str | None, request: Request) -> Response:
    filters = _filters(request, "page")
    page = page_number(request.query)
    found = api.events(db=db, **filters.api_options())
    first = (page - 1) * PAGE_SIZE
    return _page(
        "events.html",
        title="Events",
        filters=filters,
        choices=filter_choices(),
        events=found[first : first + PAGE_SIZE],
        total=len(found),
        first=first,
        page=page,
        pages=max(1, -(-len(found) // PAGE_SIZE)),
    )


def events_download(db: str | None, request: Request, fmt: str) -> Response:
    filters = _filters(request)
    found = api.events(db=db, **filters.api_options())
    content_type, filename = DOWNLOADS[fmt]
    body = exports.to_csv(found) if fmt == "csv" else exports.to_jsonl(found)
    return download(body, content_type, filename)


def event_detail(db: str | None, request: Request, event_id: str) -> Response:
    check_known(request.query, set(), request.path)
    view = api.show(event_id, db=db)
    if view.event.event_id != event_id:  # a merged id: show the event it was merged into
        return redirect(event_url(view.event.event_id))
    return _detail_page(db, view, {})


def _detail_page(
    db: str | None,
    view: api.EventView,
    form: dict[str, Any],
    error: ConflictdeskError | None = None,
) -> Response:
    event = view.event
    page = render(
        "event.html",
        title=f"Event {event.event_id}",
        event=event,
        record=_record_rows(event),
        documents={d.id: d for d in view.documents},
        evidence=[(s, mark_evidence(s, event.field_spans)) for s in event.sources],
        history=api.history(event.event_id, db=db),
        settable=all_paths(),
        form={"who": api.analyst_name(), **form},
        error=error,
    )
    return html(page) if error is None else html(page, status_of(error))


def _record_rows(event: Event) -> list[tuple[str, Any, tuple[str, ...]]]:
    """Every key of the record (sources, persons and spans shown apart), with the words each
    value was read from."""
    words: dict[str, list[str]] = {}
    for span in event.field_spans:
        words.setdefault(span.field.split(".")[0], []).append(span.text)
    record = event.to_dict()
    apart = {"sources", "field_spans", "persons"}
    return [
        (k, v, tuple(dict.fromkeys(words.get(k, ())))) for k, v in record.items() if k not in apart
    ]


def review_post(db: str | None, request: Request, event_id: str) -> Response:
    """Set a field, accept or reject, as ``who``; back to the event page, or the page with the
    error beside the form."""
    form = dict(request.form)
    try:
        changed = _apply_review(db, event_id, form)
    except ConflictdeskError as error:
        view = api.show(event_id, db=db)  # EventNotFound here is a 404, as it should be
        return _detail_page(db, view, form, error)
    return redirect(event_url(changed[0].event_id) + "#review")


def _apply_review(db: str | None, event_id: str, form: dict[str, str]) -> list[Event]:
    action = text(form, "action")
    who = text(form, "who")
    if action not in REVIEW_ACTIONS:
        raise BadParameter(
            f"unknown review action {action!r}", remedy=f"use one of {', '.join(REVIEW_ACTIONS)}"
        )
    if who is None:
        raise BadParameter("say who is reviewing", remedy="fill in the analyst field")
    note = text(form, "note")
    if action == "set":
        field = text(form, "field")
        if field is None:
            raise BadParameter("choose the field to set", remedy="pick a field from the list")
        value = form.get("value", "").strip()
        return api.review(event_id, db=db, set_fields=[f"{field}={value}"], who=who, note=note)
    return api.review(
        event_id, db=db, accept=action == "accept", reject=action == "reject", who=who, note=note
    )


# -- review queue, people, actors --------------------------------------------------------------
def review_queue(db: str | None, request: Request) -> Response:
    check_known(request.query, set(), request.path)
    items = api.review_queue(db=db, limit=QUEUE_LENGTH)
    return _page("review.html", title="Review queue", items=items, limit=QUEUE_LENGTH)


def people_list(db: str | None, request: Request) -> Response:
    check_known(request.query, {"actor"}, request.path)
    actor = text(request.query, "actor")
    records = api.people(db=db, actor=actor)
    return _page("people.html", title="People", people=records, actor=actor)


def find_person(records: Sequence[PersonRecord], person_id: str) -> PersonRecord:
    found = next((r for r in records if r.person_id == person_id), None)
    if found is None:
        raise PersonNotFound(
            f"no person with id {person_id!r}", remedy="pick a name from the people list"
        )
    return found


def person_detail(db: str | None, request: Request, person_id: str) -> Response:
    check_known(request.query, set(), request.path)
    person = find_person(api.people(db=db), person_id)
    return _page("person.html", title=person.name, person=person)


def actors_page(db: str | None, request: Request) -> Response:
    check_known(request.query, set(), request.path)
    view = api.actors(db=db)
    ordered = sorted(view.actors, key=lambda a: (-view.event_counts.get(a.id, 0), a.id))
    return _page("actors.html", title="Actors", view=view, actors=ordered)


# -- assessment ----------------------------------------------------------------------------------
def assess_page(db: str | None, request: Request) -> Response:
    from conflictdesk.analyse.assess import QUESTIONS

    check_known(request.query, ASSESS_PARAMS, request.path)
    actor = text(request.query, "actor")
    question = text(request.query, "question") or QUESTIONS[0]
    since, until = date(request.query, "since"), date(request.query, "until")
    blocks: dict[str, Markup] = {}
    cited = None
    if actor is not None:
        cited = api.assess(actor=actor, question=question, since=since, until=until, db=db)
        blocks = assessment_blocks(cited)
    return _page(
        "assess.html",
        title=f"{actor}: {question}" if actor else "Assess",
        actor=actor or "",
        question=question,
        questions=QUESTIONS,
        since=since,
        until=until,
        actors=filter_choices().actors,
        cited=cited,
        blocks=blocks,
    )


def assessment_blocks(cited: CitedAssessment) -> dict[str, Markup]:
    """The report's assessment (verdict, indicators, caveats) and its notes without the page
    around them: blocks of the template ``render_assessment`` fills, so both read the same.
    The page puts its own "events relied on" table, with links, between the two."""
    from conflictdesk.report.assessment import assessment_context, template_environment

    template = template_environment().get_template("assessment.html.j2")
    context = template.new_context(assessment_context(cited))
    return {name: Markup("".join(template.blocks[name](context))) for name in ASSESSMENT_BLOCKS}
