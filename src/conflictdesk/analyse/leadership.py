"""Leadership losses: leaders killed or captured, by month and by rank.

A loss is a person named in an event tagged ``leader_killed`` or ``leader_captured``; an event
with the tag but no named person is one unnamed loss. The losing group is the event's
``actor2`` (the side acted upon), or else the person's group from ``person_actors`` (person_id
to registry id, e.g. from the people registry). Several events naming the same person on the
same day count once.

Rank comes from the words of the person's role, checked in this order (first match wins):

| rank      | role words                                                         |
|-----------|--------------------------------------------------------------------|
| deputy    | deputy, second-in-command, second in command, naib, vice           |
| leader    | emir, amir, leader, chief, head of the group, founder              |
| commander | commander, governor, wali, military chief, operations chief        |
| other     | anything else, or no role                                          |

"deputy" is checked first so that "deputy leader" is a deputy; "military chief" and
"operations chief" are commanders, checked before the bare word "chief".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

import numpy as np

from conflictdesk.analyse.frame import TAG_BITS, EventFrame
from conflictdesk.analyse.results import JsonRecord
from conflictdesk.model import PersonRef
from conflictdesk.vocab import DATE_PRECISIONS

LOSS_TAGS: Final[tuple[str, ...]] = ("leader_killed", "leader_captured")
RANKS: Final[tuple[str, ...]] = ("leader", "deputy", "commander", "other")
_RANK_RULES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("deputy", re.compile(r"\b(deputy|second[- ]in[- ]command|naib|vice)\b")),
    ("commander", re.compile(r"\b(military chief|operations chief)\b")),
    ("leader", re.compile(r"\b(emir|amir|leader|chief|head of the group|founder)\b")),
    ("commander", re.compile(r"\b(commander|governor|wali)\b")),
)


def rank_of(role: str | None) -> str:
    """The rank of a role description under the table in this module's docstring."""
    text = (role or "").lower()
    for rank, pattern in _RANK_RULES:
        if pattern.search(text):
            return rank
    return "other"


@dataclass(frozen=True, slots=True)
class LeaderLoss(JsonRecord):
    event_id: str
    date: dt.date | None
    date_precision: str
    actor: str | None
    name: str | None
    role: str | None
    rank: str
    outcome: str


@dataclass(frozen=True, slots=True)
class Count(JsonRecord):
    key: str
    count: int


@dataclass(frozen=True, slots=True)
class LeadershipResult(JsonRecord):
    actor: str | None
    losses: tuple[LeaderLoss, ...]
    by_month: tuple[Count, ...]
    by_rank: tuple[Count, ...]
    undated: int


def leader_losses(
    frame: EventFrame,
    *,
    actor: str | None = None,
    person_actors: Mapping[str, str] | None = None,
) -> tuple[LeaderLoss, ...]:
    """Every loss in the frame (of ``actor`` when given), in date order, one per person-day."""
    rows = np.flatnonzero(frame.tag_mask(*LOSS_TAGS))
    people: dict[int, list[PersonRef]] = {}
    for row, person in frame.persons:
        people.setdefault(row, []).append(person)
    seen: set[tuple[str, int]] = set()
    losses: list[LeaderLoss] = []
    for row in rows.tolist():
        for loss in _losses_of_row(frame, row, people.get(row, []), person_actors or {}):
            key = (loss.name or loss.event_id, int(frame.day[row]))
            if (actor is None or loss.actor == actor) and key not in seen:
                seen.add(key)
                losses.append(loss)
    return tuple(sorted(losses, key=lambda x: (x.date or dt.date.max, x.event_id)))


def _losses_of_row(
    frame: EventFrame, row: int, persons: list[PersonRef], person_actors: Mapping[str, str]
) -> list[LeaderLoss]:
    event_id = str(frame.event_id[row])
    day = int(frame.day[row])
    date = dt.date.fromordinal(day) if day > 0 else None
    precision = DATE_PRECISIONS[int(frame.precision[row])]
    side = frame.actor2.label(int(frame.actor2.codes[row]))
    captured = int(frame.tags[row]) & TAG_BITS["leader_captured"]
    default_outcome = "captured" if captured else "killed"
    lost = [p for p in persons if p.outcome in ("killed", "captured")]
    if not lost:
        return [LeaderLoss(event_id, date, precision, side, None, None, "other", default_outcome)]
    return [
        LeaderLoss(
            event_id=event_id,
            date=date,
            date_precision=precision,
            actor=side or person_actors.get(p.person_id or ""),
            name=p.name or None,
            role=p.role,
            rank=rank_of(p.role),
            outcome=p.outcome or default_outcome,
        )
        for p in lost
    ]


def leadership(
    frame: EventFrame,
    *,
    actor: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    person_actors: Mapping[str, str] | None = None,
) -> LeadershipResult:
    """Losses (of ``actor`` when given) grouped by month (YYYY-MM) and by rank."""
    losses = tuple(
        loss
        for loss in leader_losses(frame, actor=actor, person_actors=person_actors)
        if _within(loss.date, since, until)
    )
    months = Counter(loss.date.strftime("%Y-%m") for loss in losses if loss.date is not None)
    ranks = Counter(loss.rank for loss in losses)
    return LeadershipResult(
        actor=actor,
        losses=losses,
        by_month=tuple(Count(m, months[m]) for m in sorted(months)),
        by_rank=tuple(Count(r, ranks[r]) for r in RANKS if ranks[r]),
        undated=sum(1 for loss in losses if loss.date is None),
    )


def _within(date: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    if date is None:
        return since is None and until is None
    return (since is None or date >= since) and (until is None or date <= until)
