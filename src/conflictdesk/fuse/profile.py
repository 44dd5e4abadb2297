"""What fusion compares about a report: its fields, normalised, plus what its evidence names.

A ``Profile`` is derived from one event (a report, or a cluster's fused event) and the
registry. Besides the event's own fields it records what the evidence sentences name in any
language (provinces, through the gazetteer), whether the target is a place or institution
rather than one of the sides ("Taliban's intelligence directorate" names an actor), and the
date as an interval that follows the date's precision.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from conflictdesk.fuse.names import latin, name_words
from conflictdesk.model import Event
from conflictdesk.resolve.matcher import phrase_key, tokens
from conflictdesk.resolve.people import bare_key, name_key
from conflictdesk.resolve.registry import Registry, load_registry

# Dates this precise place a report in time; coarser ones (year, none) are vague.
EXACT_PRECISIONS = ("day", "week", "month")
# Dates this precise tell one event from another of its kind in the same month.
DAY_PRECISIONS = ("day", "week")

# Words of a target text too common to show that another report names the same target.
# (shorter words never count: see ``MIN_TARGET_WORD``).
_MINOR_WORDS = frozenset({"near", "outside", "inside", "with", "from", "their", "about"})
# Place kinds whose names in a target say where, not what ("New Kabul Bank" in Kandahar);
# landmarks and areas are what was attacked.
_SETTLEMENTS = frozenset({"country", "province", "district", "town"})

# Target words shorter than this say nothing on their own ("men", "car").
MIN_TARGET_WORD = 4


@dataclass(frozen=True, slots=True)
class Profile:
    """One event as fusion sees it."""

    event: Event
    interval: tuple[dt.date, dt.date] | None
    documents: frozenset[str]
    language: str
    provinces_named: frozenset[str]
    location_key: str | None
    target_key: str | None
    target_words: frozenset[str]
    target_head: str | None
    target_specific: bool
    target_names: frozenset[str]
    evidence_words: frozenset[str]
    person_keys: frozenset[str]

    @property
    def vague(self) -> bool:
        """The date is missing or known only to the year (passing mentions)."""
        return is_vague(self.event)

    @property
    def imprecise(self) -> bool:
        """The date is vague or known only to the month: the report may fit several events."""
        return self.vague or self.event.date_precision not in DAY_PRECISIONS

    @property
    def grounded(self) -> bool:
        """Nothing in the evidence contradicts the event's province: the evidence names it
        (directly or through a place in it), or names no province at all."""
        admin1 = self.event.admin1
        return admin1 is not None and (admin1 in self.provinces_named or not self.provinces_named)

    @property
    def place_is_province(self) -> bool:
        """The location is written like its province ("Baghlan" in Baghlan): the name may
        mean the province, so its point coordinates prove nothing."""
        admin1 = self.event.admin1
        return admin1 is not None and self.location_key == compact(admin1)


def compact(text: str) -> str:
    """A spelling key that ignores spaces and hyphens: "Asad Abad" meets "Asadabad"."""
    return "".join(phrase_key(text))


def date_interval(event: Event) -> tuple[dt.date, dt.date] | None:
    """The days the event's date may mean: one day, a week either side, its month or year."""
    day = event.event_date
    if day is None:
        return None
    if event.date_precision == "day":
        return (day, day)
    if event.date_precision == "week":
        return (day - dt.timedelta(days=6), day + dt.timedelta(days=6))
    if event.date_precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return (day.replace(day=1), day.replace(day=last))
    if event.date_precision == "year":
        return (day.replace(month=1, day=1), day.replace(month=12, day=31))
    return None


def is_vague(event: Event) -> bool:
    """The event's date is missing or known only to the year."""
    return event.event_date is None or event.date_precision not in EXACT_PRECISIONS


class Profiler:
    """Builds profiles with one registry, remembering what it found in each text."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self._provinces = lru_cache(maxsize=20_000)(self._provinces_in)
        self._target = lru_cache(maxsize=20_000)(self._target_without_sides)
        self.profile = lru_cache(maxsize=20_000)(self._profile)

    def _profile(self, event: Event) -> Profile:
        evidence = tuple(dict.fromkeys(s.evidence for s in event.sources))
        target = self._target(event.target) if event.target else None
        named: frozenset[str] = frozenset().union(*(self._provinces(t) for t in evidence))
        return Profile(
            event=event,
            interval=date_interval(event),
            documents=frozenset(s.document_id for s in event.sources),
            language=event.language or "en",
            provinces_named=named,
            location_key=compact(event.location) if event.location else None,
            target_key=target.key if target else None,
            target_words=target.words if target else frozenset(),
            target_head=target.head if target else None,
            target_specific=target.specific if target else False,
            target_names=self._target_names(event),
            evidence_words=frozenset(latin(w) for t in evidence for _, _, w in tokens(t)),
            person_keys=_person_keys(event),
        )

    def _target_names(self, event: Event) -> frozenset[str]:
        """Names in the target of every report behind the event (fused events keep each
        report's target words in ``field_spans``)."""
        texts = {f.text for f in event.field_spans if f.field == "target"}
        texts.update([event.target] if event.target else [])
        found = (self._target(t) for t in sorted(texts))
        return frozenset().union(*(t.names for t in found if t is not None))

    def _provinces_in(self, text: str) -> frozenset[str]:
        places = self.registry.places
        found = (places.get(m.value) for m in self.registry.find_places(text))
        return frozenset(p.admin1 for p in found if p is not None and p.admin1)

    def _target_without_sides(self, target: str) -> _Target | None:
        """The target once actor names are removed; ``None`` if nothing telling is left."""
        kept = list(target)
        for match in self.registry.find_actors(target):
            kept[match.start : match.end] = " " * (match.end - match.start)
        rest = [t for _, _, t in tokens("".join(kept))]
        words = [latin(t) for t in rest]
        for match in self.registry.find_places("".join(kept)):
            place = self.registry.places.get(match.value)
            if place is not None and place.kind in _SETTLEMENTS:
                kept[match.start : match.end] = " " * (match.end - match.start)
        telling = [w for w in words if len(w) >= MIN_TARGET_WORD and w not in _MINOR_WORDS]
        if not telling:
            return None
        before_of = words[: words.index("of")] if "of" in words else words
        heads = [w for w in before_of if w in telling] or telling
        named = [t for _, _, t in tokens("".join(kept))]
        return _Target(
            key=" ".join(words),
            words=frozenset(telling),
            head=heads[-1],
            specific=any(t[:1].isupper() for t in named),
            names=name_words(named),
        )


@dataclass(frozen=True, slots=True)
class _Target:
    """What a target says once actor names are removed.

    ``key``: its words as one string; ``words``: those of four letters or more; ``head``: its
    head word ("ministry" in "Ministry of Foreign Affairs", "department" in "provincial
    department"); ``specific``: a capitalised word other than a town or province remains (a
    named place or institution: "Kaaj education centre", "Sikh temple", not "Kabul police");
    ``names``: those capitalised words in Latin letters ("sardar", "mohammad", "daud").
    """

    key: str
    words: frozenset[str]
    head: str
    specific: bool
    names: frozenset[str]


_PROFILERS: dict[int, Profiler] = {}


def profiler_for(registry: Registry | None = None) -> Profiler:
    """The profiler of ``registry`` (default: the default packs), built once per registry."""
    reg = registry if registry is not None else load_registry()
    found = _PROFILERS.get(id(reg))
    if found is None or found.registry is not reg:
        found = _PROFILERS[id(reg)] = Profiler(reg)
    return found


def _person_keys(event: Event) -> frozenset[str]:
    keys: set[str] = set()
    for person in event.persons:
        if person.person_id:
            keys.add(person.person_id)
        for name in (person.name, *person.aliases):
            keys.update(k for k in (name_key(name), bare_key(name)) if len(k) >= MIN_TARGET_WORD)
    return frozenset(keys)
