"""The people registry: who each named militant or official is, across spellings.

Records are derived from two things only: the packs' known people (names, aliases, roles,
relations) and the persons named in stored events (with their role and outcome, and the
sources). Deriving them on demand keeps every status tied to the reports behind it.

Name keys fold case, accents, transliteration connectors and honorific variants
(Qari = Kari, Maulvi = Mawlawi), and join tokens so "Zia ud-Din" meets "Ziauddin".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from conflictdesk.model import Document, Event, PersonRef, Source, iso
from conflictdesk.resolve.matcher import PhraseMatcher, normalise_token, tokens
from conflictdesk.resolve.people_text import read_people_text
from conflictdesk.resolve.registry import KnownPerson, Registry

# Honorifics and titles, with their spelling variants folded to one form.
TITLES: dict[str, str] = {
    "qari": "qari",
    "kari": "qari",
    "maulvi": "maulvi",
    "mawlawi": "maulvi",
    "mawlavi": "maulvi",
    "molvi": "maulvi",
    "maulana": "maulana",
    "sheikh": "sheikh",
    "shaikh": "sheikh",
    "shaykh": "sheikh",
    "mullah": "mullah",
    "mulla": "mullah",
    "mufti": "mufti",
    "hafiz": "hafiz",
    "haji": "haji",
    "hajji": "haji",
    "commander": "",
    "dr": "",
    "general": "",
    "gen": "",
}

# Two unregistered names of one organisation are one person at this rapidfuzz ratio (0..100);
# set so "Abu Umar al-Khorasani" meets "Abu Omar Khorasani" but "Abu Omar" does not meet
# "Abu Osman".
SAME_PERSON_RATIO = 90.0

# Names shorter than this (without titles) are too ambiguous to look for in free text.
MIN_NAME_LETTERS = 6

STATUS_WORDS: dict[str, str] = {
    "killed": "reported killed",
    "captured": "reported captured",
    "injured": "reported injured",
    "surrendered": "reported surrendered",
}


def name_key(name: str) -> str:
    """A spelling-insensitive key: titles folded, connectors kept, tokens joined."""
    parts = []
    for _, _, token in tokens(name):
        key = normalise_token(token)
        parts.append(TITLES.get(key, key))
    return "".join(p for p in parts if p)


def bare_key(name: str) -> str:
    """The key without any title, for matching "Qari Fateh" to "Fateh"."""
    return "".join(
        k
        for k in (normalise_token(t) for _, _, t in tokens(name))
        if k not in TITLES and k not in ("abu", "ibn", "bin")
    )


@dataclass(frozen=True, slots=True)
class RoleRecord:
    title: str
    actor: str | None = None
    since: str | None = None
    until: str | None = None
    event_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "actor": self.actor,
            "since": self.since,
            "until": self.until,
            "event_id": self.event_id,
        }


@dataclass(frozen=True, slots=True)
class StatusEntry:
    """One step of a person's status history, with the event and sources behind it."""

    status: str
    date: str | None
    event_id: str | None  # None for statements not tied to one event (a denial)
    sources: tuple[Source, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "date": self.date,
            "event_id": self.event_id,
            "sources": [s.to_dict() for s in self.sources],
        }


@dataclass(frozen=True, slots=True)
class PersonRecord:
    person_id: str
    name: str
    aliases: tuple[str, ...]
    actor: str | None
    roles: tuple[RoleRecord, ...]
    relations: tuple[tuple[str, str], ...]
    status: str | None
    status_date: str | None
    history: tuple[StatusEntry, ...]
    leader: bool = False

    @property
    def sources(self) -> tuple[Source, ...]:
        seen: dict[tuple[str, int], Source] = {}
        for entry in self.history:
            for s in entry.sources:
                seen.setdefault((s.document_id, s.start), s)
        return tuple(seen.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.name,
            "aliases": list(self.aliases),
            "actor": self.actor,
            "roles": [r.to_dict() for r in self.roles],
            "relations": [{"relation": r, "person_id": p} for r, p in self.relations],
            "status": self.status,
            "status_date": self.status_date,
            "history": [h.to_dict() for h in self.history],
            "sources": [s.to_dict() for s in self.sources],
            "leader": self.leader,
        }


@dataclass
class _Builder:
    person_id: str
    name: str
    actor: str | None = None
    leader: bool = False
    aliases: dict[str, str] = field(default_factory=dict)
    roles: list[RoleRecord] = field(default_factory=list)
    relations: list[tuple[str, str]] = field(default_factory=list)
    mentions: list[tuple[Event, PersonRef]] = field(default_factory=list)
    denials: list[StatusEntry] = field(default_factory=list)

    def add_alias(self, alias: str) -> None:
        if name_key(alias) != name_key(self.name):
            self.aliases.setdefault(name_key(alias), alias)

    def name_keys(self) -> set[str]:
        return {name_key(self.name), *self.aliases}


def slug(name: str) -> str:
    return "person:" + re.sub(r"[^a-z0-9]+", "-", name_key_ascii(name)).strip("-")


def name_key_ascii(name: str) -> str:
    return "-".join(normalise_token(t) for _, _, t in tokens(name)) or "unnamed"


class PeopleIndex:
    """Resolves person mentions to records; build with :func:`build_people`."""

    def __init__(self, known: Iterable[KnownPerson]) -> None:
        self.people: dict[str, _Builder] = {}
        self._by_key: dict[str, str] = {}
        for k in known:
            b = _Builder(k.person_id, k.name, k.actor, k.leader)
            for alias in k.aliases:
                b.add_alias(alias)
            b.roles.extend(
                RoleRecord(r.title, r.actor or k.actor, r.since, r.until) for r in k.roles
            )
            b.relations.extend(k.relations)
            self._register(b)

    def _register(self, b: _Builder) -> None:
        self.people[b.person_id] = b
        self.remember(b)

    def remember(self, b: _Builder) -> None:
        """Index every name key of ``b`` (call after adding aliases)."""
        for key in b.name_keys():
            self._by_key.setdefault(key, b.person_id)

    def resolve(self, ref: PersonRef, actor: str | None) -> _Builder:
        if ref.person_id and ref.person_id in self.people:
            return self.people[ref.person_id]
        for candidate in (ref.name, *ref.aliases):
            pid = self._by_key.get(name_key(candidate))
            if pid:
                return self.people[pid]
        fuzzy = self._fuzzy(ref.name, ref.actor or actor)
        if fuzzy is not None:
            return fuzzy
        b = _Builder(ref.person_id or slug(ref.name), ref.name, ref.actor or actor)
        self._register(b)
        return b

    def _fuzzy(self, name: str, actor: str | None) -> _Builder | None:
        bare = bare_key(name)
        if len(bare) < 5:
            return None
        for b in self.people.values():
            if actor and b.actor and actor != b.actor:
                continue
            names = (b.name, *b.aliases.values())
            if any(fuzz.ratio(bare, bare_key(n)) >= SAME_PERSON_RATIO for n in names):
                return b
        return None


def _side_of(event: Event, ref: PersonRef) -> str | None:
    """The person's organisation: given, or the side that lost them (actor2) for losses."""
    if ref.actor:
        return ref.actor
    if ref.outcome in ("killed", "captured", "injured", "surrendered"):
        return event.actor2
    return None


def build_people(
    registry: Registry,
    events: Sequence[Event],
    documents: Iterable[Document] | None = None,
) -> list[PersonRecord]:
    """People from the packs and the events; with ``documents``, also the denials and family
    ties those reports state (``people_text``)."""
    index = PeopleIndex(registry.people)
    for event in sorted(events, key=lambda e: (e.event_date or dt.date.min, e.event_id)):
        if event.review_status == "rejected":
            continue
        for ref in event.persons:
            b = index.resolve(ref, _side_of(event, ref))
            for alias in (ref.name, *ref.aliases):
                b.add_alias(alias)
            index.remember(b)
            b.actor = b.actor or _side_of(event, ref)
            b.mentions.append((event, ref))
            if ref.role and all(r.title.casefold() != ref.role.casefold() for r in b.roles):
                b.roles.append(
                    RoleRecord(ref.role, b.actor, iso(event.event_date), None, event.event_id)
                )
    if documents is not None:
        _read_documents(index, documents)
    return sorted((_finish(b) for b in index.people.values()), key=lambda r: r.name.casefold())


def _read_documents(index: PeopleIndex, documents: Iterable[Document]) -> None:
    names = PhraseMatcher(
        (name, b.person_id, False)
        for b in index.people.values()
        for name in (b.name, *b.aliases.values())
        if len(bare_key(name)) >= MIN_NAME_LETTERS
    )
    denials, ties = read_people_text(documents, names)
    for person_id, found in denials.items():
        index.people[person_id].denials.extend(
            StatusEntry("denied by the group", d.date, None, (d.source,)) for d in found
        )
    for tie in ties:
        relation = (tie.relation, tie.other_id)
        if relation not in index.people[tie.person_id].relations:
            index.people[tie.person_id].relations.append(relation)


def _history(
    mentions: Sequence[tuple[Event, PersonRef]], denials: Sequence[StatusEntry] = ()
) -> list[StatusEntry]:
    entries: list[StatusEntry] = []
    outcomes: dict[str, set[str]] = defaultdict(set)
    for event, ref in mentions:
        if "denied" in event.tags:
            entries.append(
                StatusEntry(
                    "denied by the group", iso(event.event_date), event.event_id, event.sources
                )
            )
            continue
        if not ref.outcome:
            continue
        publishers = {s.publisher or s.document_id for s in event.sources}
        word = STATUS_WORDS.get(ref.outcome, ref.outcome)
        if len(publishers) >= 2 or event.review_status == "reviewed":
            word = word.replace("reported", "confirmed")
        entries.append(StatusEntry(word, iso(event.event_date), event.event_id, event.sources))
        outcomes[ref.outcome].add(event.event_id)
    entries = sorted([*entries, *denials], key=lambda e: e.date or "")
    if {"killed", "captured"} <= set(outcomes) or (
        "killed" in outcomes and any(e.status == "denied by the group" for e in entries)
    ):
        last = entries[-1]
        entries.append(StatusEntry("disputed", last.date, last.event_id, ()))
    return entries


def _finish(b: _Builder) -> PersonRecord:
    history = _history(b.mentions, b.denials)
    last = history[-1] if history else None
    return PersonRecord(
        person_id=b.person_id,
        name=b.name,
        aliases=tuple(sorted(b.aliases.values(), key=str.casefold)),
        actor=b.actor,
        roles=tuple(b.roles),
        relations=tuple(b.relations),
        status=last.status if last else None,
        status_date=last.date if last else None,
        history=tuple(history),
        leader=b.leader,
    )


def find_person(records: Sequence[PersonRecord], name: str) -> list[PersonRecord]:
    """Records whose name or alias matches ``name`` (exactly by key first, then fuzzily)."""
    key = name_key(name)
    exact = [
        r
        for r in records
        if key in {name_key(n) for n in (r.name, *r.aliases)} or r.person_id == name
    ]
    if exact:
        return exact
    bare = bare_key(name)
    return [
        r
        for r in records
        if any(
            fuzz.partial_ratio(bare, bare_key(n)) >= SAME_PERSON_RATIO for n in (r.name, *r.aliases)
        )
    ]
