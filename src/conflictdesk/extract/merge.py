"""One incident told twice in a document is one event.

Two events merge when they are of the same family (explosions, fighting, violence against
civilians, strategic developments), their dates do not contradict, and they share a place
or a target while neither contradicts the other's. The first telling is kept; the second
only fills fields the first left unknown.
"""

from __future__ import annotations

import dataclasses

from conflictdesk.model import Event


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def _same_month(a: Event, b: Event) -> bool:
    if a.event_date is None or b.event_date is None:
        return True
    if a.event_date == b.event_date:
        return True
    coarse = {"month", "year"}
    if a.date_precision in coarse or b.date_precision in coarse:
        return (a.event_date.year, a.event_date.month) == (b.event_date.year, b.event_date.month)
    return False


def _person_keys(event: Event) -> set[str]:
    return {p.person_id or p.name.lower() for p in event.persons}


def _bare(event: Event) -> bool:
    """An event told without date or place: a re-mention ("The killing of X showed ...")."""
    return event.event_date is None and event.admin1 is None


def same_incident(a: Event, b: Event) -> bool:
    if not _same_month(a, b):
        return False
    if (_bare(a) or _bare(b)) and _person_keys(a) & _person_keys(b):
        return True  # "The killing of Khalil Haqqani showed ..." after the attack that killed him
    if a.event_type != b.event_type:
        return False
    if not (_compatible(a.admin1, b.admin1) and _compatible(a.target_type, b.target_type)):
        return False
    if not _compatible(a.actor1, b.actor1):
        return False
    if a.target_type == "Government (Diplomatic)" and not _compatible(a.actor2, b.actor2):
        return False  # attacks on the missions of two states are two attacks
    if _different_targets(a.target, b.target):
        return False  # two bombings in one city on one day at different targets stay two
    shared_place = a.admin1 is not None and a.admin1 == b.admin1
    shared_target = a.target is not None and a.target == b.target
    return shared_place or shared_target


_FILLER = frozenset({"the", "a", "an", "of", "in", "at", "on", "and", "for", "to"})


def _content_words(text: str) -> set[str]:
    return {w for w in text.lower().replace("'s", "").split() if w not in _FILLER}


def _different_targets(a: str | None, b: str | None) -> bool:
    """Both events name a target and the names share no word."""
    if not a or not b:
        return False
    return not (_content_words(a) & _content_words(b))


def _filled(first: Event, second: Event) -> Event:
    changes = {}
    for field in dataclasses.fields(Event):
        name = field.name
        mine, theirs = getattr(first, name), getattr(second, name)
        if mine is None and theirs is not None:
            changes[name] = theirs
    if not first.fatalities.known and second.fatalities.known:
        changes["fatalities"] = second.fatalities
    if not first.injuries.known and second.injuries.known:
        changes["injuries"] = second.injuries
    if second.claimed_by and not first.claimed_by:
        changes["tags"] = tuple(dict.fromkeys((*first.tags, *second.tags)))
    persons = {p.name: p for p in (*first.persons, *second.persons)}
    changes["persons"] = tuple(persons.values())
    return first.replace(**changes)


def merge_duplicates(events: list[Event]) -> list[Event]:
    kept: list[Event] = []
    for event in events:
        for index, earlier in enumerate(kept):
            if same_incident(earlier, event):
                kept[index] = _filled(earlier, event)
                break
        else:
            kept.append(event)
    return kept
