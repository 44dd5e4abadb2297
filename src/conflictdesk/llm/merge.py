"""Merge the model's verified events into the rule extractor's events of the same document.

Each model event is matched to the rule event it most agrees with (same date, same place, same
type, quotes inside the rule event's evidence). When matched, the rule values stay: the model
only fills fields the rules left empty (``None``, an unknown count, ``"Unknown"`` GTD types,
no suicide flag), and adds persons and tags the rules did not have. Every field it fills gets a
``FieldSpan`` with method ``"llm"``; the rule fields keep theirs (method ``"rules"``).
A model event that matches nothing becomes a new event with a lower confidence, if it has at
least a verified event type; otherwise it is reported as dropped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from conflictdesk import vocab
from conflictdesk.llm.passages import Passage
from conflictdesk.llm.schema import FIELDS, DateValue, DroppedField
from conflictdesk.llm.verify import VerifiedEvent, VerifiedField
from conflictdesk.model import (
    Casualties,
    DeathsBySide,
    Document,
    Event,
    FieldSpan,
    PersonRef,
    Source,
    iso,
)
from conflictdesk.resolve.matcher import phrase_key
from conflictdesk.resolve.registry import Place

# An event only the model saw: its quotes are verified but nothing else confirms it. The rule
# extractor's events start at 0.1 and mostly land at 0.5-0.9 (assemble._confidence), so 0.3 puts
# model-only events below most rule events in review queues. Not calibrated against gold yet.
LLM_ONLY_CONFIDENCE = 0.3
# Agreement needed to treat a model event as a rule event: e.g. same date and same province,
# or quotes inside the rule event's evidence (worth 2 on its own).
MATCH_SCORE = 2
SPAN_OVERLAP_POINTS = 2
# Dates a day apart still agree: a dateline's "yesterday" against the report's own date.
DATE_TOLERANCE_DAYS = 1
# GTD's "Unknown" says the rules could not tell; the model may fill it.
_UNKNOWN = "Unknown"
_SENTENCE_END = re.compile(r"(?<=[.!?؟।。])[\"'”’)\]]*\s+")


@dataclass(frozen=True, slots=True)
class MergeResult:
    events: tuple[Event, ...]
    dropped: tuple[DroppedField, ...]


# -- filling gaps --------------------------------------------------------------------------------
def _place_changes(event: Event, field: str, place: Place) -> dict[str, Any]:
    where = {"country": place.country}
    if field == "country":
        return where if event.country is None else {}
    if event.country not in (None, place.country):
        return {}
    coordinates = {
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.geo_precision,
    }
    if field == "admin1":
        if event.admin1 is not None:
            return {}
        located = {} if event.latitude is not None else coordinates
        return {**where, "admin1": place.admin1 or place.name, **located}
    if event.location is not None or event.admin1 not in (None, place.admin1):
        return {}
    # A district stands as location with its generic word ("Sangin district"), as the rules
    # and the gold format write it.
    name = f"{place.name} district" if place.kind == "district" else place.name
    return {
        **where,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "location": name,
        **coordinates,
    }


def _person_known(event: Event, person: PersonRef) -> bool:
    key = phrase_key(person.name)
    return any(
        phrase_key(p.name) == key or (person.person_id and p.person_id == person.person_id)
        for p in event.persons
    )


def _type_changes(event: Event, field: str, value: str) -> dict[str, Any]:
    if field == "event_type":
        if event.event_type is not None:
            return {}
        keep_sub = event.sub_event_type and vocab.SUB_TO_TYPE[event.sub_event_type] == value
        return {"event_type": value, "sub_event_type": event.sub_event_type if keep_sub else None}
    parent = vocab.SUB_TO_TYPE[value]
    if event.sub_event_type is not None or event.event_type not in (None, parent):
        return {}
    return {"event_type": parent, "sub_event_type": value}


def _changes(event: Event, item: VerifiedField) -> dict[str, Any]:
    """What filling this field would change in the event; empty if the event already has it."""
    field, value = item.field, item.value
    if isinstance(value, Place):
        return _place_changes(event, field, value)
    if field == "location":  # a settlement the gazetteer lacks: its name, no coordinates
        return {"location": value} if event.location is None else {}
    if field in ("event_type", "sub_event_type"):
        return _type_changes(event, field, str(value))
    if field in ("attack_type", "weapon_type", "target_type"):
        return {field: value} if getattr(event, field) in (None, _UNKNOWN) else {}
    if field == "suicide":
        return {"suicide": True} if value is True and not event.suicide else {}
    if isinstance(value, DateValue):
        return (
            {}
            if event.event_date
            else {"event_date": value.date, "date_precision": value.precision}
        )
    if isinstance(value, Casualties):
        return {} if getattr(event, field).known else {field: value}
    if isinstance(value, DeathsBySide):
        return {} if any(event.deaths_by_side.to_dict().values()) else {field: value}
    if isinstance(value, PersonRef):
        return {} if _person_known(event, value) else {"persons": (*event.persons, value)}
    if field == "tags":
        return {} if value in event.tags else {"tags": (*event.tags, value)}
    other = {"actor1": event.actor2, "actor2": event.actor1}.get(field)
    return {field: value} if getattr(event, field) is None and value != other else {}


def fill_gaps(event: Event, verified: VerifiedEvent) -> Event:
    """The event with the model's verified fields filling what the rules left empty."""
    order = {name: i for i, name in enumerate(FIELDS)}
    for item in sorted(verified.fields, key=lambda f: order.get(f.field, len(order))):
        changes = _changes(event, item)
        changed = [k for k, v in changes.items() if getattr(event, k) != v and k in order]
        if not changed:
            continue
        spans = tuple(_span_as(item.span, name) for name in changed)
        event = event.replace(**changes, field_spans=(*event.field_spans, *spans))
    return event


def _span_as(span: FieldSpan, field: str) -> FieldSpan:
    return FieldSpan(field, span.document_id, span.start, span.end, span.text, method="llm")


# -- events only the model saw -------------------------------------------------------------------
def _evidence(passage: Passage, verified: VerifiedEvent) -> tuple[int, int]:
    """The whole sentences of the passage that hold the event's quotes."""
    inside = [f.span for f in verified.fields if passage.start <= f.span.start < passage.end]
    if not inside:
        return passage.start, passage.end
    first, last = min(s.start for s in inside), max(s.end for s in inside)
    start, end = passage.start, passage.end
    for match in _SENTENCE_END.finditer(passage.text):
        cut_start, cut_end = passage.start + match.start(), passage.start + match.end()
        if cut_end <= first:
            start = cut_end
        elif cut_start >= last:
            end = cut_start
            break
    return start, end


def _source(document: Document, verified: VerifiedEvent) -> Source:
    start, end = _evidence(verified.passage, verified)
    return Source(
        document_id=document.id,
        evidence=document.text[start:end],
        start=start,
        end=end,
        title=document.title,
        publisher=document.publisher,
        url=document.url,
        published=iso(document.published),
        accessed=iso(document.accessed),
    )


def llm_event(verified: VerifiedEvent, document: Document) -> Event:
    """A new event from the model's fields alone (its ``event_id`` is set by ``merge_events``)."""
    source = _source(document, verified)
    empty = Event(
        event_id="",
        sources=(source,),
        confidence=LLM_ONLY_CONFIDENCE,
        language=document.language,
    )
    return fill_gaps(empty, verified)


def _event_id(event: Event, taken: set[str]) -> str:
    source = event.sources[0]
    seed = f"llm|{source.document_id}|{source.start}|{source.end}|{event.event_type}"
    base = "ev-" + hashlib.sha1(seed.encode()).hexdigest()[:12]
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# -- matching ------------------------------------------------------------------------------------
def _dates_agree(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return True
    precisions = {a.date_precision, b.date_precision}
    if "year" in precisions or "unknown" in precisions:
        return a.event_date.year == b.event_date.year
    if "month" in precisions:
        return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
    tolerance = 7 if "week" in precisions else DATE_TOLERANCE_DAYS
    return abs(a.event_date - b.event_date) <= dt.timedelta(days=tolerance)


def _overlaps(event: Event, spans: Sequence[FieldSpan]) -> bool:
    ranges = [(s.document_id, s.start, s.end) for s in event.sources]
    ranges += [(f.document_id, f.start, f.end) for f in event.field_spans if f.method != "llm"]
    return any(
        doc == s.document_id and start < s.end and s.start < end
        for doc, start, end in ranges
        for s in spans
    )


def match_score(known: Event, candidate: Event, spans: Sequence[FieldSpan]) -> int | None:
    """How much two events agree; ``None`` when their date or province contradict."""
    score = 0
    if known.event_date and candidate.event_date:
        if not _dates_agree(known, candidate):
            return None
        score += 1
    if known.admin1 and candidate.admin1:
        if known.admin1 != candidate.admin1:
            return None
        score += 1
    if known.event_type and candidate.event_type:
        score += 1 if known.event_type == candidate.event_type else -1
    if _overlaps(known, spans):
        score += SPAN_OVERLAP_POINTS
    return score


def _best_match(events: Sequence[Event], candidate: Event, verified: VerifiedEvent) -> int | None:
    spans = [f.span for f in verified.fields]
    best: tuple[int, int] | None = None
    for index, known in enumerate(events):
        score = match_score(known, candidate, spans)
        if score is not None and score >= MATCH_SCORE and (best is None or score > best[0]):
            best = (score, index)
    return best[1] if best is not None else None


def merge_events(
    rule_events: Sequence[Event], verified: Sequence[VerifiedEvent], document: Document
) -> MergeResult:
    """Rule events with gaps filled, then the model's unmatched events, in the model's order."""
    events = list(rule_events)
    dropped: list[DroppedField] = []
    taken = {e.event_id for e in events}
    for item in verified:
        candidate = llm_event(item, document)
        index = _best_match(events, candidate, item)
        if index is not None:
            events[index] = fill_gaps(events[index], item)
        elif candidate.event_type is None:
            reason = "the event has no verified event type and matches no rule-based event"
            dropped.append(DroppedField("event", reason, candidate.sources[0].evidence))
        else:
            event_id = _event_id(candidate, taken)
            taken.add(event_id)
            events.append(candidate.replace(event_id=event_id))
    return MergeResult(tuple(events), tuple(dropped))
