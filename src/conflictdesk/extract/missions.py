"""One attack per mission: "the group had earlier attacked the embassies of Russia and
Pakistan in Kabul, in September and December 2022 respectively" tells two attacks.

An event whose target is several diplomatic missions, in a sentence naming two or more
states, becomes one event per state (``actor2`` that state). With "respectively" and as many
dates as states, each takes its date; otherwise all keep the event's date. A figure given for
all of them together belongs to none: the split events' tolls are unknown, unless the next
sentence gives the toll of one of them by name ("The attack on the Russian embassy killed
two").
"""

from __future__ import annotations

import hashlib
import re

from conflictdesk.extract.actors import is_state
from conflictdesk.extract.facts import Facts
from conflictdesk.model import Casualties, DeathsBySide, Event
from conflictdesk.resolve.registry import Registry

_DIPLOMATIC = "Government (Diplomatic)"
_PLURAL_MISSIONS = re.compile(r"\b(?:embassies|consulates|missions|legations)\b", re.IGNORECASE)
_SINGULAR = {"embassies": "embassy", "consulates": "consulate", "missions": "mission"}
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


def per_mission(events: list[Event], facts: list[Facts], registry: Registry) -> list[Event]:
    by_start = {f.sentence.start: f for f in facts}
    out: list[Event] = []
    for event in events:
        item = by_start.get(event.sources[0].start) if event.sources else None
        states = _states(event, item, registry) if item is not None else []
        if item is None or len(states) < 2:
            out.append(event)
            continue
        owner = _toll_owner(item, facts, {s[0] for s in states})
        out.extend(_split(event, item, states, owner))
    return out


# How many sentences after a split sentence may give the toll of one of its missions ("The
# attack on the Russian embassy killed two Russian diplomatic staff.").
_TOLL_REACH = 2


def _toll_owner(item: Facts, facts: list[Facts], states: set[str]) -> str | None:
    """The state whose mission a toll told just after the sentence belongs to."""
    if item.casualties:
        return None  # a figure for all the missions together belongs to none
    for later in facts[item.index + 1 : item.index + 1 + _TOLL_REACH]:
        named = {a.actor_id for a in later.actors} & states
        if later.casualties and len(named) == 1:
            return named.pop()
    return None


def _states(event: Event, item: Facts, registry: Registry) -> list[tuple[str, str, int]]:
    if event.target_type != _DIPLOMATIC or not _PLURAL_MISSIONS.search(event.target or ""):
        return []
    found: dict[str, tuple[str, str, int]] = {}
    for hit in item.actors:
        actor = registry.actors.get(hit.actor_id)
        if actor is not None and actor.kind == "organisation":
            continue  # "a report by the UN": no embassy of its own
        if hit.actor_id != event.actor1 and is_state(hit.actor_id, registry):
            found.setdefault(hit.actor_id, (hit.actor_id, hit.text, hit.start))
    return list(found.values())


def _split(
    event: Event, item: Facts, states: list[tuple[str, str, int]], owner: str | None
) -> list[Event]:
    dated = [d for d in item.dates if d.date is not None and not d.relative]
    respective = _RESPECTIVELY.search(item.sentence.text) and len(dated) == len(states)
    noun = _PLURAL_MISSIONS.search(event.target or "")
    mission = _SINGULAR.get(noun.group(0).lower(), "mission") if noun else "mission"
    out = []
    for index, (actor_id, name, start) in enumerate(states):
        date = dated[index] if respective else None
        digest = hashlib.sha1(f"{event.event_id}|{actor_id}|{start}".encode()).hexdigest()
        out.append(
            event.replace(
                event_id="ev-" + digest[:12],
                actor2=actor_id,
                target=f"{mission} of {name}",
                event_date=date.date if date is not None else event.event_date,
                date_precision=date.precision if date is not None else event.date_precision,
                fatalities=event.fatalities if actor_id == owner else Casualties(),
                injuries=event.injuries if actor_id == owner else Casualties(),
                deaths_by_side=event.deaths_by_side if actor_id == owner else DeathsBySide(),
            )
        )
    return out
