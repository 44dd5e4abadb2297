"""The model's answer, validated with pydantic one field at a time.

The answer is ``{"events": [ {FIELD: {"value": ..., "quote": "..."}, ...}, ... ]}``; ``persons``
and ``tags`` are lists of such objects (a person is ``{"name", "role", "outcome", "quote"}``).
Each field is checked on its own, so one bad field (a value outside the vocabulary, an
unknown actor id, a negative count) is dropped with its reason and the rest of the event stays.
Only an answer that is not JSON, or has no list of events, is refused as a whole.

What leaves this module is frozen dataclasses (``ParsedEvent`` of ``Claim``), never pydantic
objects or dicts: a ``Claim`` still has to pass ``verify`` before it reaches an event.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from conflictdesk import vocab
from conflictdesk.llm.client import LlmBadAnswer
from conflictdesk.model import Casualties, DatePrecision, DeathsBySide, PersonRef
from conflictdesk.resolve.registry import Registry

# A name, a target or a role longer than this is a sentence, not a value.
MAX_VALUE_CHARS = 200

# Tags the pipeline sets about itself, never from a text.
_INTERNAL_TAGS = frozenset({"needs_translation"})
# Closed vocabularies per field, with the name used in a drop reason.
CHOICES: dict[str, tuple[str, tuple[str, ...]]] = {
    "event_type": ("ACLED event types", tuple(vocab.ACLED_TYPES)),
    "sub_event_type": ("ACLED sub-event types", tuple(sorted(vocab.SUB_EVENT_TYPES))),
    "attack_type": ("GTD attack types", vocab.ATTACK_TYPES),
    "weapon_type": ("GTD weapon types", vocab.WEAPON_TYPES),
    "target_type": ("GTD target types", vocab.TARGET_TYPES),
    "tags": ("tags", tuple(t for t in vocab.TAGS if t not in _INTERNAL_TAGS)),
}
ACTOR_FIELDS = ("actor1", "actor2", "claimed_by")
PLACE_FIELDS = ("location", "admin1", "country")
COUNT_FIELDS = ("fatalities", "injuries")
LIST_FIELDS = ("persons", "tags")
# Every field the model may fill, in the order they are applied to an event.
FIELDS: tuple[str, ...] = (
    "event_type",
    "sub_event_type",
    "attack_type",
    "weapon_type",
    "suicide",
    "event_date",
    "actor1",
    "actor2",
    "claimed_by",
    "target_type",
    "target",
    *PLACE_FIELDS,
    *COUNT_FIELDS,
    "deaths_by_side",
    "persons",
    "tags",
)


# -- records leaving this module -----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DateValue:
    date: dt.date
    precision: DatePrecision


ClaimValue = str | bool | DateValue | Casualties | DeathsBySide | PersonRef


@dataclass(frozen=True, slots=True)
class Claim:
    """One field as the model stated it, with the words it quoted for it (not yet verified)."""

    field: str
    value: ClaimValue
    quote: str


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    claims: tuple[Claim, ...]


@dataclass(frozen=True, slots=True)
class DroppedField:
    """A field the model gave that did not survive validation or verification, and why."""

    field: str
    reason: str
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedAnswer:
    events: tuple[ParsedEvent, ...]
    dropped: tuple[DroppedField, ...]


# -- pydantic models for the untrusted answer ----------------------------------------------------
class _Quoted(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True)

    quote: str = Field(min_length=1)


def _context(info: ValidationInfo, key: str) -> Any:
    if not isinstance(info.context, dict) or key not in info.context:
        raise ValueError(f"validation needs {key!r} in its context")
    return info.context[key]


class ChoiceAnswer(_Quoted):
    """A value from a closed vocabulary; case differences are forgiven."""

    value: str

    @field_validator("value")
    @classmethod
    def _in_vocabulary(cls, value: str, info: ValidationInfo) -> str:
        label, choices = _context(info, "choices")
        for choice in choices:
            if choice.casefold() == value.casefold():
                return str(choice)
        raise ValueError(f"{value!r} is not one of the {label}")


class ActorAnswer(_Quoted):
    """A registry id; an exact actor name or alias is accepted and turned into its id."""

    value: str

    @field_validator("value")
    @classmethod
    def _registry_id(cls, value: str, info: ValidationInfo) -> str:
        registry: Registry = _context(info, "registry")
        by_id = {actor_id.casefold(): actor_id for actor_id in registry.actors}
        if value.casefold() in by_id:
            return by_id[value.casefold()]
        matches = registry.find_actors(value)
        if len(matches) == 1 and matches[0].text == value:
            return matches[0].value
        raise ValueError(f"{value!r} is not an actor id of the loaded packs")


class TextAnswer(_Quoted):
    value: str = Field(min_length=2, max_length=MAX_VALUE_CHARS)


class FlagAnswer(_Quoted):
    value: bool


_DATE_FORMS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "day"),
    (re.compile(r"\d{4}-\d{2}"), "month"),
    (re.compile(r"\d{4}"), "year"),
)


class DateAnswer(_Quoted):
    """``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when the text gives only the month or year."""

    value: str

    @field_validator("value")
    @classmethod
    def _iso(cls, value: str) -> str:
        cls.parse(value)
        return value

    @staticmethod
    def parse(value: str) -> DateValue:
        for pattern, precision in _DATE_FORMS:
            if pattern.fullmatch(value):
                padded = (value + "-01-01")[:10] if precision != "day" else value
                try:
                    return DateValue(dt.date.fromisoformat(padded), precision)
                except ValueError:
                    break
        raise ValueError(f"{value!r} is not a date as YYYY-MM-DD, YYYY-MM or YYYY")

    def date_value(self) -> DateValue:
        return self.parse(self.value)


class RangeModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    low: NonNegativeInt | None = None
    best: NonNegativeInt | None = None
    high: NonNegativeInt | None = None

    @model_validator(mode="after")
    def _honest(self) -> RangeModel:
        known = [n for n in (self.low, self.best, self.high) if n is not None]
        if not known:
            raise ValueError("a count needs at least one of low, best, high")
        if known != sorted(known):
            raise ValueError("a count needs low <= best <= high")
        return self


class CountAnswer(_Quoted):
    """A number of people: a bare integer, or ``{"low", "best", "high"}``."""

    value: RangeModel

    @field_validator("value", mode="before")
    @classmethod
    def _bare_number(cls, value: object) -> object:
        if isinstance(value, int | str) and not isinstance(value, bool):
            return {"low": value, "best": value, "high": value}
        return value

    def casualties(self) -> Casualties:
        return Casualties(self.value.low, self.value.best, self.value.high)


class SidesModel(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    actor1: NonNegativeInt | None = None
    actor2: NonNegativeInt | None = None
    civilians: NonNegativeInt | None = None
    unknown: NonNegativeInt | None = None

    @model_validator(mode="after")
    def _some(self) -> SidesModel:
        if all(n is None for n in (self.actor1, self.actor2, self.civilians, self.unknown)):
            raise ValueError("deaths_by_side needs at least one count")
        return self


class SidesAnswer(_Quoted):
    value: SidesModel

    def deaths(self) -> DeathsBySide:
        v = self.value
        return DeathsBySide(v.actor1, v.actor2, v.civilians, v.unknown)


class PersonAnswer(_Quoted):
    name: str = Field(min_length=2, max_length=MAX_VALUE_CHARS)
    role: str | None = Field(default=None, max_length=MAX_VALUE_CHARS)
    outcome: str | None = None

    @field_validator("outcome")
    @classmethod
    def _known_outcome(cls, value: str | None) -> str | None:
        if value is None or value.casefold() in ("", "null", "none"):
            return None
        if value.casefold() in vocab.PERSON_OUTCOMES:
            return value.casefold()
        raise ValueError(f"outcome {value!r} is not one of {', '.join(vocab.PERSON_OUTCOMES)}")


class AnswerEnvelope(BaseModel):
    model_config = ConfigDict(extra="ignore")

    events: list[Any]


# -- parsing -------------------------------------------------------------------------------------
_FENCE = re.compile(r"^```[a-zA-Z]*\s*\n?(.*?)\n?```\s*$", re.DOTALL)


def _load_json(content: str) -> Any:
    """JSON from the model's text; a Markdown code fence or chatter around one object is shed."""
    text = content.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        pass
    first, last = text.find("{"), text.rfind("}")
    if 0 <= first < last:
        try:
            return json.loads(text[first : last + 1])
        except json.JSONDecodeError:
            pass
    raise LlmBadAnswer(
        f"the model's answer is not valid JSON (starts {text[:60]!r})",
        remedy="use a model or server that supports JSON output (response_format json_object)",
    )


def _envelope(content: str) -> AnswerEnvelope:
    data = _load_json(content)
    if isinstance(data, list):
        data = {"events": data}
    try:
        return AnswerEnvelope.model_validate(data)
    except ValidationError as exc:
        raise LlmBadAnswer(
            'the model\'s answer has no list "events"',
            remedy="use a model that follows JSON instructions, or a larger one",
        ) from exc


def _reason(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "value")
    message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


def _quote_of(raw: object) -> str | None:
    if isinstance(raw, dict) and isinstance(raw.get("quote"), str):
        return str(raw["quote"])
    return None


def _claim(field: str, raw: object, registry: Registry) -> Claim:
    """One field's raw answer as a ``Claim``; pydantic's ``ValidationError`` if it is unusable."""
    if field in CHOICES:
        choice = ChoiceAnswer.model_validate(raw, context={"choices": CHOICES[field]})
        return Claim(field, choice.value, choice.quote)
    if field in ACTOR_FIELDS:
        actor = ActorAnswer.model_validate(raw, context={"registry": registry})
        return Claim(field, actor.value, actor.quote)
    if field in (*PLACE_FIELDS, "target"):
        text = TextAnswer.model_validate(raw)
        return Claim(field, text.value, text.quote)
    if field == "suicide":
        flag = FlagAnswer.model_validate(raw)
        return Claim(field, flag.value, flag.quote)
    if field == "event_date":
        date = DateAnswer.model_validate(raw)
        return Claim(field, date.date_value(), date.quote)
    if field in COUNT_FIELDS:
        count = CountAnswer.model_validate(raw)
        return Claim(field, count.casualties(), count.quote)
    if field == "deaths_by_side":
        sides = SidesAnswer.model_validate(raw)
        return Claim(field, sides.deaths(), sides.quote)
    person = PersonAnswer.model_validate(raw)
    return Claim(
        field, PersonRef(person.name, role=person.role, outcome=person.outcome), person.quote
    )


def _says_unknown(value: object) -> bool:
    """``null``, ``""`` or a count whose parts are all ``null``."""
    if isinstance(value, dict):
        return bool(value) and all(v is None for v in value.values())
    return value is None or value == ""


def _raw_items(field: str, raw: object) -> Iterator[object]:
    """A list field yields its items; any other field yields its one answer."""
    if field in LIST_FIELDS and isinstance(raw, list):
        yield from raw
    else:
        yield raw


def parse_event(
    raw_event: dict[str, Any], registry: Registry
) -> tuple[ParsedEvent, list[DroppedField]]:
    claims: list[Claim] = []
    dropped: list[DroppedField] = []
    for field, raw in raw_event.items():
        if raw is None or raw == []:
            continue
        if field not in FIELDS:
            dropped.append(DroppedField(field, "not a field the model may fill", _quote_of(raw)))
            continue
        for item in _raw_items(field, raw):
            if not isinstance(item, dict):
                dropped.append(DroppedField(field, "not a {value, quote} object", None))
                continue
            if "value" in item and _says_unknown(item["value"]):
                continue  # the model says it does not know: nothing to drop
            try:
                claims.append(_claim(field, item, registry))
            except ValidationError as exc:
                dropped.append(DroppedField(field, _reason(exc), _quote_of(item)))
    return ParsedEvent(tuple(claims)), dropped


def parse_answer(content: str, registry: Registry) -> ParsedAnswer:
    """The events in the model's text. ``LlmBadAnswer`` if it is not JSON with a list of events."""
    envelope = _envelope(content)
    events: list[ParsedEvent] = []
    dropped: list[DroppedField] = []
    for raw_event in envelope.events:
        if not isinstance(raw_event, dict):
            dropped.append(DroppedField("event", "an event is not a JSON object", None))
            continue
        event, lost = parse_event(raw_event, registry)
        dropped.extend(lost)
        if event.claims:
            events.append(event)
    return ParsedAnswer(tuple(events), tuple(dropped))
