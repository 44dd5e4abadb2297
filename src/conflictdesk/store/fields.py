"""The fields an analyst may set, how their values are checked, and how edits are applied.

Values are normalised to their form in the JSON event record (dates as ISO text, casualty
ranges as dicts). Strings, as typed on a command line, are read into the field's type.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from conflictdesk import vocab
from conflictdesk.errors import ReviewError
from conflictdesk.model import EVENT_KEYS, Casualties, DeathsBySide, PersonRef

# Not settable: the id and sources are the event's identity and evidence; the status changes
# only through accept/reject/merge/split.
NOT_SETTABLE = frozenset({"event_id", "sources", "review_status"})
SETTABLE: tuple[str, ...] = tuple(k for k in EVENT_KEYS if k not in NOT_SETTABLE)
NESTED: dict[str, tuple[str, ...]] = {
    "fatalities": ("low", "best", "high"),
    "injuries": ("low", "best", "high"),
    "deaths_by_side": ("actor1", "actor2", "civilians", "unknown"),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "date_precision": vocab.DATE_PRECISIONS,
    "event_type": tuple(vocab.ACLED_TYPES),
    "sub_event_type": tuple(s for subs in vocab.ACLED_TYPES.values() for s in subs),
    "attack_type": vocab.ATTACK_TYPES,
    "weapon_type": vocab.WEAPON_TYPES,
    "target_type": vocab.TARGET_TYPES,
}
NOT_NULL = frozenset({"date_precision", "suicide", "confidence", "tags", "persons"})
BOUNDS: dict[str, tuple[float, float]] = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    "confidence": (0.0, 1.0),
}
# Words read as null from a command line ("Unknown" is a real GTD value, so not that).
NULL_WORDS = frozenset({"null", "none"})

Normaliser = Callable[[str, Any], Any]


def all_paths() -> tuple[str, ...]:
    nested = tuple(f"{f}.{k}" for f, keys in NESTED.items() for k in keys)
    return SETTABLE + nested


def check_path(path: str) -> None:
    if path == "review_status":
        raise ReviewError(
            "review_status changes only through review actions",
            remedy="use accept, reject, merge or split",
        )
    if path not in all_paths():
        raise ReviewError(
            f"{path!r} is not a field an analyst can set",
            remedy="use one of " + ", ".join(all_paths()),
        )


def normalise(path: str, value: Any) -> Any:
    """``value`` checked and converted to its JSON form for field ``path``."""
    check_path(path)
    field, _, sub = path.partition(".")
    if isinstance(value, str) and value.strip().lower() in NULL_WORDS and field not in NOT_NULL:
        return None
    if value is None and not sub and field in NOT_NULL:
        raise ReviewError(f"{field} cannot be null", remedy=_remedy(field))
    if sub:
        return _count(path, value)
    return _NORMALISERS.get(field, _text)(field, value)


def _remedy(field: str) -> str:
    if field in CHOICES:
        return "allowed values: " + "; ".join(CHOICES[field])
    if field == "tags":
        return "allowed tags: " + ", ".join(vocab.TAGS)
    if field == "geo_precision":
        return "allowed values: 1 (town), 2 (near/part of), 3 (province)"
    if field in BOUNDS:
        low, high = BOUNDS[field]
        return f"give a number from {low:g} to {high:g}"
    if field in NESTED:
        keys = ", ".join(NESTED[field])
        return f'give a JSON object with keys {keys}, e.g. {{"{NESTED[field][0]}": 3}}'
    return "see DESIGN section 3 for the field's format"


def _bad(field: str, value: Any) -> ReviewError:
    return ReviewError(f"{value!r} is not a valid {field}", remedy=_remedy(field))


def _text(field: str, value: Any) -> Any:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ReviewError(f"{field} must be non-empty text or null", remedy=_remedy(field))
    return value.strip()


def _choice(field: str, value: Any) -> Any:
    if value is None:
        return None
    if value not in CHOICES[field]:
        raise _bad(field, value)
    return value


def _date(field: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ReviewError(f"{value!r} is not a date", remedy="write it as YYYY-MM-DD") from None


def _bool(field: str, value: Any) -> Any:
    if isinstance(value, bool):
        return value
    words = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
    if isinstance(value, str) and value.strip().lower() in words:
        return words[value.strip().lower()]
    raise ReviewError(f"{value!r} is not true or false", remedy="give true or false")


def _number(field: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise _bad(field, value) from None
    low, high = BOUNDS[field]
    if isinstance(value, bool) or not low <= number <= high:
        raise _bad(field, value)
    return number


def _geo_precision(field: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise _bad(field, value) from None
    if number not in vocab.GEO_PRECISIONS:
        raise _bad(field, value)
    return number


def _count(path: str, value: Any) -> Any:
    if value is None:
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        number = -1
    if isinstance(value, bool) or (isinstance(value, float) and value != number) or number < 0:
        raise ReviewError(
            f"{value!r} is not a valid {path}", remedy="give a whole number >= 0, or null"
        )
    return number


def _counts(field: str, value: Any) -> Any:
    if isinstance(value, Casualties | DeathsBySide):
        value = value.to_dict()
    value = _json(field, value)
    if not isinstance(value, dict) or not set(value) <= set(NESTED[field]):
        raise _bad(field, value)
    return {k: _count(f"{field}.{k}", value.get(k)) for k in NESTED[field]}


def _tags(field: str, value: Any) -> Any:
    if isinstance(value, str):
        value = [t.strip() for t in value.split(",") if t.strip()]
    if not isinstance(value, list | tuple) or any(t not in vocab.TAGS for t in value):
        raise _bad(field, value)
    return list(dict.fromkeys(value))


def _persons(field: str, value: Any) -> Any:
    value = _json(field, value)
    if not isinstance(value, list | tuple):
        raise _bad(field, value)
    people = [p.to_dict() if isinstance(p, PersonRef) else p for p in value]
    for person in people:
        if not isinstance(person, dict) or not person.get("name"):
            raise ReviewError(f"{person!r} is not a person", remedy='give {"name": ..., ...}')
        if person.get("outcome") not in (None, *vocab.PERSON_OUTCOMES):
            raise ReviewError(
                f"{person.get('outcome')!r} is not a person outcome",
                remedy="allowed outcomes: " + ", ".join(vocab.PERSON_OUTCOMES),
            )
    return [PersonRef.from_dict(p).to_dict() for p in people]


def _json(field: str, value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except json.JSONDecodeError:
        raise _bad(field, value) from None


_NORMALISERS: dict[str, Normaliser] = {
    "event_date": _date,
    "suicide": _bool,
    "latitude": _number,
    "longitude": _number,
    "confidence": _number,
    "geo_precision": _geo_precision,
    "tags": _tags,
    "persons": _persons,
    **dict.fromkeys(CHOICES, _choice),
    **dict.fromkeys(NESTED, _counts),
}


# -- applying edits to a record -----------------------------------------------------------------
def get_path(record: dict[str, Any], path: str) -> Any:
    field, _, sub = path.partition(".")
    value = record.get(field)
    return value.get(sub) if sub and isinstance(value, dict) else value


def set_path(record: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of ``record`` with ``path`` set to ``value``."""
    out = copy.deepcopy(record)
    field, _, sub = path.partition(".")
    if sub:
        out[field] = {**(out.get(field) or {}), sub: value}
    else:
        out[field] = copy.deepcopy(value)
    return out


def apply_all(record: dict[str, Any], edits: Sequence[tuple[str, Any]]) -> dict[str, Any]:
    for path, value in edits:
        record = set_path(record, path, value)
    return record


def consequences(record: dict[str, Any], path: str, value: Any) -> list[tuple[str, Any]]:
    """Edits implied by setting ``path``: an ACLED sub-event type fixes its event type."""
    if path == "sub_event_type" and value is not None:
        parent = vocab.SUB_TO_TYPE[value]
        return [("event_type", parent)] if record.get("event_type") != parent else []
    sub = record.get("sub_event_type")
    if path == "event_type" and sub is not None and vocab.SUB_TO_TYPE.get(sub) != value:
        return [("sub_event_type", None)]
    return []


def check_ranges(record: dict[str, Any]) -> None:
    for field in ("fatalities", "injuries"):
        low, best, high = (record[field].get(k) for k in ("low", "best", "high"))
        known = [v for v in (low, best, high) if v is not None]
        if known != sorted(known):
            raise ReviewError(
                f"{field} would read low={low}, best={best}, high={high}: out of order",
                remedy=f'set the whole range at once, e.g. {field} \'{{"low": 6, "best": 6, '
                '"high": 20}\'',
            )
