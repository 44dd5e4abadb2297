"""One attack per mission: "the group had earlier attacked the embassies of Russia and
Pakistan in Kabul, in September and December 2022 respectively" tells two attacks.

An event whose target is several diplomatic missions, in a sentence naming two or more
states, becomes one event per state (``actor2`` that state). A threat whose sentence names
two or more missions one by one ("named the embassy of Turkey ... and the embassy of India",
"the embassy of Iran in Kabul and the Iranian consulate in Herat") is one threat per mission,
each placed in the city its words give. With "respectively" and as many
dates as states, each takes its date; otherwise all keep the event's date. A figure given for
all of them together belongs to none: the split events' tolls are unknown, unless the next
sentence gives the toll of one of them by name ("The attack on the Russian embassy killed
two").
"""

from __future__ import annotations

import hashlib
import re

from conflictdesk.extract.actors import ActorHit, is_state
from conflictdesk.extract.facts import Facts
from conflictdesk.extract.places import PlaceFix, place_of
from conflictdesk.model import Casualties, DeathsBySide, Event
from conflictdesk.resolve.registry import Registry

_DIPLOMATIC = "Government (Diplomatic)"
_PLURAL_MISSIONS = re.compile(r"\b(?:embassies|consulates|missions|legations)\b", re.IGNORECASE)
_SINGULAR = {"embassies": "embassy", "consulates": "consulate", "missions": "mission"}
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
# One mission named on its own: "the embassy of Iran", "the Iranian consulate".
_ONE_MISSION = re.compile(r"\b(?:embassy|consulate)\b", re.IGNORECASE)
# A state's name right before its mission ("the Chinese embassy", "Pakistan's Kabul
# embassy") or right after it ("the embassy of Turkey", "the consulate general of Iran").
_MISSION_AFTER_STATE = re.compile(
    r"(?:['’]s)?\s+(?:[A-Z][\w-]+\s+)?(?:embassy|consulate(?:[- ]general)?)\b", re.IGNORECASE
)
_MISSION_BEFORE_STATE = re.compile(
    r"\b(?:embassy|consulate(?:[- ]general)?)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
# The city a mission is in, right after its words: "... in Herat".
_IN_CITY = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?")
# One mission's words: its state, its place (None: the event's).
Mission = tuple[str, str, int, PlaceFix | None]


def per_mission(events: list[Event], facts: list[Facts], registry: Registry) -> list[Event]:
    by_start = {f.sentence.start: f for f in facts}
    out: list[Event] = []
    for event in events:
        item = by_start.get(event.sources[0].start) if event.sources else None
        states = _states(event, item, registry) if item is not None else []
        if item is not None and len(states) < 2:
            states = _threatened_missions(event, item, registry)
        if item is None or len(states) < 2:
            out.append(event)
            continue
        owner = _toll_owner(item, facts, {s[0] for s in states})
        out.extend(_split(event, item, states, owner))
    return out


def _threatened_missions(event: Event, item: Facts, registry: Registry) -> list[Mission]:
    """The missions a threat names one by one, each with its state and the city its words
    give; none unless the sentence names two or more."""
    text = item.sentence.text
    if "threat" not in event.tags or event.target_type != _DIPLOMATIC:
        return []
    if len(_ONE_MISSION.findall(text)) < 2:
        return []
    found: dict[tuple[str, str | None], Mission] = {}
    for hit in item.actors:
        if hit.actor_id == event.actor1 or not _a_state(hit, registry):
            continue
        end = _mission_end(text, hit.start - item.sentence.start, hit.end - item.sentence.start)
        if end is None:
            continue
        place = _city_after(text, end, item.sentence.start, registry)
        key = (hit.actor_id, place.location if place is not None else None)
        found.setdefault(key, (hit.actor_id, hit.text, hit.start, place))
    return list(found.values())


def _a_state(hit: ActorHit, registry: Registry) -> bool:
    actor = registry.actors.get(hit.actor_id)
    return actor is not None and actor.kind != "organisation" and is_state(hit.actor_id, registry)


def _mission_end(text: str, start: int, end: int) -> int | None:
    """Where the words of the mission a state's name belongs to end, or None when the name
    is not a mission's ("accusing Dushanbe of ...")."""
    after = _MISSION_AFTER_STATE.match(text, end)
    if after is not None:
        return after.end()
    if _MISSION_BEFORE_STATE.search(text[max(0, start - 40) : start]):
        return end
    return None


def _city_after(text: str, end: int, offset: int, registry: Registry) -> PlaceFix | None:
    found = _IN_CITY.match(text, end)
    if found is None:
        return None
    place = place_of(found.group(0), registry, offset=offset + end)
    return place if place is not None and place.location is not None else None


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


def _states(event: Event, item: Facts, registry: Registry) -> list[Mission]:
    if event.target_type != _DIPLOMATIC or not _PLURAL_MISSIONS.search(event.target or ""):
        return []
    found: dict[str, Mission] = {}
    for hit in item.actors:
        actor = registry.actors.get(hit.actor_id)
        if actor is not None and actor.kind == "organisation":
            continue  # "a report by the UN": no embassy of its own
        if hit.actor_id != event.actor1 and is_state(hit.actor_id, registry):
            found.setdefault(hit.actor_id, (hit.actor_id, hit.text, hit.start, None))
    return list(found.values())


def _split(event: Event, item: Facts, states: list[Mission], owner: str | None) -> list[Event]:
    dated = [d for d in item.dates if d.date is not None and not d.relative]
    respective = _RESPECTIVELY.search(item.sentence.text) and len(dated) == len(states)
    noun = _PLURAL_MISSIONS.search(event.target or "")
    one = _ONE_MISSION.search(event.target or "")  # a threat's list: "the embassy of X, ..."
    plural = _SINGULAR.get(noun.group(0).lower(), "mission") if noun else None
    mission = plural or (one.group(0).lower() if one else "mission")
    out = []
    for index, (actor_id, name, start, place) in enumerate(states):
        date = dated[index] if respective else None
        digest = hashlib.sha1(f"{event.event_id}|{actor_id}|{start}".encode()).hexdigest()
        placed = event if place is None else _placed(event, place)
        out.append(
            placed.replace(
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


def _placed(event: Event, place: PlaceFix) -> Event:
    return event.replace(
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
    )
