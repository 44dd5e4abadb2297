"""Are two reports about the same event? Blocking, then a weighted similarity score.

Blocking keeps comparisons cheap and rules out the impossible: reports more than
``DATE_WINDOW_DAYS`` apart, in different provinces, or of different event families never fuse.
Inside a block the score weighs date closeness, place, target, actors, type, persons and
tolls. Two bombings in Kabul on the same day at different targets stay two: place and target
disagree, and they weigh more than the shared day and city.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from conflictdesk.model import Casualties, Event
from conflictdesk.resolve.matcher import phrase_key

# Reports of one event are dated within this many days of each other (wire reports revise
# tolls over two or three days; calibrated on the fusion gold clusters).
DATE_WINDOW_DAYS = 3

# Event families that may describe the same event in different reports: one outlet's
# "explosion" is another's "attack on civilians".
FAMILIES: dict[str, str] = {
    "Battles": "violent",
    "Explosions/Remote violence": "violent",
    "Violence against civilians": "violent",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}

WEIGHTS: dict[str, float] = {
    "date": 2.0,
    "place": 2.0,
    # the most telling field between two attacks in one city on one day
    "target": 3.0,
    "type": 1.0,
    "actor": 1.0,
    "persons": 1.5,
    "tolls": 1.0,
}

# Two reports fuse when their weighted agreement reaches this share of the weights that both
# reports inform. Calibrated with tools/calibrate_fusion.py on the sample and dev cluster gold:
# the lowest threshold with pairwise precision >= 0.95 (0.975 at 0.65, recall 0.46).
FUSE_THRESHOLD = 0.65

# Strings at least this similar (rapidfuzz token-set ratio, 0..100) count as the same name.
NAME_SIMILAR = 85.0


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    blocked: str | None = None

    @property
    def same(self) -> bool:
        return self.blocked is None and self.score >= FUSE_THRESHOLD


def family(event: Event) -> str:
    return FAMILIES.get(event.event_type or "", "unknown")


def blocked(a: Event, b: Event) -> str | None:
    """Why two reports cannot be the same event, or ``None`` when they may be."""
    if a.event_date and b.event_date and abs((a.event_date - b.event_date).days) > DATE_WINDOW_DAYS:
        return "dates too far apart"
    if a.admin1 and b.admin1 and a.admin1 != b.admin1:
        return "different provinces"
    if a.country and b.country and a.country != b.country:
        return "different countries"
    fa, fb = family(a), family(b)
    if "unknown" not in (fa, fb) and fa != fb:
        return "different event families"
    if _different_targets(a, b):
        return "different targets"
    if _far_apart(a, b):
        return "different places"
    if "threat" in a.tags or "threat" in b.tags:
        return None if ("threat" in a.tags) == ("threat" in b.tags) else "threat vs act"
    return None


# Point locations (geo_precision 1) further apart than this are different places.
MAX_POINT_DISTANCE_KM = 3.0


def _target_type(event: Event) -> str | None:
    return None if event.target_type in (None, "Unknown") else event.target_type


def _target_words(a: Event, b: Event) -> float | None:
    """Target words agree? Only comparable between reports in one language."""
    if (a.language or "en") != (b.language or "en"):
        return None
    return _names_agree(a.target, b.target)


def _different_targets(a: Event, b: Event) -> bool:
    ta, tb = _target_type(a), _target_type(b)
    if not (ta and tb and ta != tb):
        return False
    return _target_words(a, b) == 0.0


def _far_apart(a: Event, b: Event) -> bool:
    if a.geo_precision != 1 or b.geo_precision != 1:
        return False
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return _km(a, b) > MAX_POINT_DISTANCE_KM


def _km(a: Event, b: Event) -> float:
    lat1, lon1 = math.radians(a.latitude or 0.0), math.radians(a.longitude or 0.0)
    lat2, lon2 = math.radians(b.latitude or 0.0), math.radians(b.longitude or 0.0)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _names_agree(x: str | None, y: str | None) -> float | None:
    if not x or not y:
        return None
    if phrase_key(x) == phrase_key(y):
        return 1.0
    return 1.0 if fuzz.token_set_ratio(x.casefold(), y.casefold()) >= NAME_SIMILAR else 0.0


def _date(a: Event, b: Event) -> float | None:
    if not a.event_date or not b.event_date:
        return None
    days = abs((a.event_date - b.event_date).days)
    return {0: 1.0, 1: 0.7, 2: 0.4}.get(days, 0.2)


def _place(a: Event, b: Event) -> float | None:
    return _names_agree(a.location, b.location)


def _target(a: Event, b: Event) -> float | None:
    text = _target_words(a, b)
    ta, tb = _target_type(a), _target_type(b)
    if ta and tb:
        kind = 1.0 if ta == tb else 0.0
        return kind if text is None else (kind + text) / 2
    return text


def _type(a: Event, b: Event) -> float | None:
    if not a.sub_event_type or not b.sub_event_type:
        return None
    return 1.0 if a.sub_event_type == b.sub_event_type else 0.3


def _actor(a: Event, b: Event) -> float | None:
    x, y = a.claimed_by or a.actor1, b.claimed_by or b.actor1
    if not x or not y:
        return None
    return 1.0 if x == y else 0.0


def _persons(a: Event, b: Event) -> float | None:
    if not a.persons or not b.persons:
        return None
    keys_a = {p.person_id or " ".join(phrase_key(p.name)) for p in a.persons}
    keys_b = {p.person_id or " ".join(phrase_key(p.name)) for p in b.persons}
    return 1.0 if keys_a & keys_b else 0.0


def _tolls(a: Event, b: Event) -> float | None:
    return _range_agreement(a.fatalities, b.fatalities)


def _range_agreement(x: Casualties, y: Casualties) -> float | None:
    if x.best is None or y.best is None:
        return None
    small, large = sorted((x.best, y.best))
    if large == 0 or small == large:
        return 1.0
    # tolls are revised upwards over days: a 3x rise is common, 10x rare
    return 1.0 if large <= 3 * max(small, 1) else 0.5 if large <= 10 * max(small, 1) else 0.0


COMPONENTS: dict[str, Callable[[Event, Event], float | None]] = {
    "date": _date,
    "place": _place,
    "target": _target,
    "type": _type,
    "actor": _actor,
    "persons": _persons,
    "tolls": _tolls,
}


def compare(a: Event, b: Event) -> Comparison:
    reason = blocked(a, b)
    if reason:
        return Comparison(0.0, reason)
    total = agree = 0.0
    for name, component in COMPONENTS.items():
        value = component(a, b)
        if value is None:
            continue
        total += WEIGHTS[name]
        agree += WEIGHTS[name] * value
    # Too little known about either report to say they are the same event.
    if total < WEIGHTS["date"] + WEIGHTS["type"]:
        return Comparison(0.0, "too little information")
    return Comparison(agree / total)
