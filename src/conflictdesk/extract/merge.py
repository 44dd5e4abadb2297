"""One incident told twice in a document is one event.

Two events merge when they are of the same family (explosions, fighting, violence against
civilians, strategic developments), their dates do not contradict, and they share a place
or a target while neither contradicts the other's. The first telling is kept; the second
only fills fields the first left unknown.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from conflictdesk.extract.caseless import Gated
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


# A claim of the incident just told names it with a definite article or a demonstrative:
# "claimed responsibility for the attack", "carried out the raid", "saldırıyı üstlendi",
# "взяло на себя ответственность за нападение", "تبنى الهجوم". "claimed an attack on ...",
# "saldırıyı da üstlenmişti" (had also claimed the attack) tell another incident.
_CLAIM_OF_TOLD = Gated(
    re.compile(
        r"\b(?:claimed|claiming|claims)\s+(?:responsibility\s+for\s+)?(?:the|this|that|Monday's"
        r"|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+)?"
        r"(?:attack|bombing|blast|explosion|raid|assault|ambush|killing|shooting|strike)s?\b"
        r"|\b(?:carried|had carried)\s+out\s+the\s+(?:attack|bombing|raid|assault|ambush)\b"
        r"|(?<!\w)(?<!iki )(?<!üç )(?:saldırıyı|eylemi|patlamayı|baskını)\s+üstlen\w*"
        r"|(?<!\w)ответственность\s+за\s+(?:это\s+|этот\s+|эту\s+)?"
        r"(?:нападение|теракт|взрыв|атаку|подрыв|обстрел)(?!\w)"
        r"|(?<!\w)و?(?:تبنى|تبنّى|تبنت|تبنّت)\s+(?:\S+\s+){0,3}?(?:الهجوم|التفجير|العملية)(?!\w)",
        re.IGNORECASE,
    )
)
_CLAIM_LAG = dt.timedelta(days=7)


def _claim_of_told(event: Event) -> bool:
    """An event whose evidence only claims the incident told just before it."""
    if not event.claimed_by or not event.sources:
        return False
    if event.fatalities.known or event.injuries.known:
        return False  # a toll of its own tells an incident of its own
    return _CLAIM_OF_TOLD.search(event.sources[0].evidence) is not None


def _claim_fits(told: Event, claim: Event) -> bool:
    if told.claimed_by not in (None, claim.claimed_by):
        return False
    if claim.event_date is None:
        return True
    if told.event_date is None:
        return False  # a dated claim after an undated telling tells its own incident
    # a claim comes on the day or within days after; an earlier date tells an earlier incident
    lag = claim.event_date - told.event_date
    return dt.timedelta(0) <= lag <= _CLAIM_LAG


def _with_claim(told: Event, claim: Event) -> Event:
    claimer = claim.claimed_by
    actor1 = told.actor1 if told.claimed_by else claimer
    tags = tuple(dict.fromkeys((*told.tags, "claim")))
    return told.replace(claimed_by=claimer, actor1=actor1, tags=tags)


def fold_claims(events: list[Event]) -> list[Event]:
    """ "ISKP claimed the attack through its Amaq outlet on Friday": a sentence that claims
    the incident just told is that incident's claim, not an incident of its own."""
    kept: list[Event] = []
    for event in events:
        if kept and _claim_of_told(event) and _claim_fits(kept[-1], event):
            kept[-1] = _with_claim(kept[-1], event)
        else:
            kept.append(event)
    return kept
