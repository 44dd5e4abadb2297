"""The registry: theatre knowledge (actors, places, targets, people) loaded from data packs.

The core code knows nothing about Afghanistan; everything theatre-specific is a JSON file in
``packs/<name>/``. A new theatre is a new folder of data. File formats are documented in
``packs/README.md``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any

import platformdirs

from conflictdesk.errors import PackError
from conflictdesk.resolve.matcher import Match, PhraseMatcher
from conflictdesk.vocab import TARGET_TYPES

PACKS_PACKAGE = "conflictdesk.packs"
DEFAULT_PACKS: tuple[str, ...] = ("afghanistan",)


@dataclass(frozen=True, slots=True)
class Alias:
    text: str
    language: str = "en"
    case_sensitive: bool = False


@dataclass(frozen=True, slots=True)
class Actor:
    """An organisation or state. ``kind``: militant, state_forces, state, organisation."""

    id: str
    name: str
    kind: str
    aliases: tuple[Alias, ...] = ()
    parent: str | None = None
    country: str | None = None
    description: str | None = None
    # An armed group that became the state (the Taliban from 2021-08-15): from this date its
    # forces and officials are the government's, and it is the side a state target belongs to.
    governs_since: dt.date | None = None
    # What its members and premises are coded when attacked, where that is not
    # Terrorists/Non-State Militia: a party with an armed wing is a Violent Political Party.
    target_type: str | None = None

    def names(self) -> tuple[str, ...]:
        return (self.name, *(a.text for a in self.aliases))


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry. ``kind``: country, province, district, town, landmark, area.

    ``geo_precision`` follows DESIGN section 3: 1 town/point, 2 near or part of, 3 province.
    """

    id: str
    name: str
    kind: str
    country: str
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    aliases: tuple[str, ...] = ()
    population: int | None = None


@dataclass(frozen=True, slots=True)
class TargetTerm:
    """A named target: "Ministry of Foreign Affairs", "Russian embassy", a shrine, an airport."""

    pattern: str
    target_type: str
    label: str | None = None
    actor: str | None = None
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    actor: str | None = None
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class KnownPerson:
    person_id: str
    name: str
    aliases: tuple[str, ...] = ()
    actor: str | None = None
    roles: tuple[Role, ...] = ()
    relations: tuple[tuple[str, str], ...] = ()
    leader: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase in some language signalling an event, mapped to an ACLED sub-type."""

    pattern: str
    language: str
    sub_event_type: str
    attack_type: str | None = None
    weapon_type: str | None = None
    suicide: bool = False
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class Pack:
    name: str
    country: str
    languages: tuple[str, ...] = ("en",)
    attribution: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    places: tuple[Place, ...] = ()
    targets: tuple[TargetTerm, ...] = ()
    people: tuple[KnownPerson, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    path: str | None = None


@dataclass
class Registry:
    """All loaded packs, with matchers over their aliases. Build once, share across documents."""

    packs: tuple[Pack, ...]
    actors: dict[str, Actor] = field(init=False)
    places: dict[str, Place] = field(init=False)

    def __post_init__(self) -> None:
        self.actors = {}
        for pack in self.packs:
            for a in pack.actors:
                old = self.actors.get(a.id)
                # a later pack (the analyst's local pack) adds aliases to a known actor
                self.actors[a.id] = (
                    a if old is None else replace(old, aliases=old.aliases + a.aliases)
                )
        self.places = {pl.id: pl for p in self.packs for pl in p.places}

    # -- lookups --------------------------------------------------------------------------------
    def actor(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise PackError(
                f"unknown actor id {actor_id!r}",
                remedy="run `conflictdesk actors` for the ids the loaded packs define",
            ) from None

    def governs(self, actor_id: str | None, date: dt.date | None) -> bool:
        """Whether ``actor_id`` is an armed group that was the state on ``date``."""
        actor = self.actors.get(actor_id or "")
        since = actor.governs_since if actor is not None else None
        return since is not None and date is not None and date >= since

    def ever_governs(self, actor_id: str | None) -> bool:
        actor = self.actors.get(actor_id or "")
        return actor is not None and actor.governs_since is not None

    def government_on(self, date: dt.date | None) -> str | None:
        """The armed group governing on ``date``, if a pack names one (the latest to take over)."""
        if date is None:
            return None
        ruling = [a for a in self.actors.values() if a.governs_since and a.governs_since <= date]
        return max(ruling, key=lambda a: (a.governs_since, a.id)).id if ruling else None

    def place(self, place_id: str) -> Place:
        try:
            return self.places[place_id]
        except KeyError:
            raise PackError(f"unknown place id {place_id!r}") from None

    @property
    def targets(self) -> tuple[TargetTerm, ...]:
        return tuple(t for p in self.packs for t in p.targets)

    @property
    def people(self) -> tuple[KnownPerson, ...]:
        return tuple(k for p in self.packs for k in p.people)

    @property
    def triggers(self) -> tuple[Trigger, ...]:
        return tuple(t for p in self.packs for t in p.triggers)

    @property
    def attribution(self) -> tuple[str, ...]:
        return tuple(a for p in self.packs for a in p.attribution)

    def provinces(self) -> list[Place]:
        return [p for p in self.places.values() if p.kind == "province"]

    # -- matchers -------------------------------------------------------------------------------
    @cached_property
    def actor_matcher(self) -> PhraseMatcher:
        entries: list[tuple[str, str, bool]] = []
        for actor in self.actors.values():
            entries.append((actor.name, actor.id, False))
            entries.extend((a.text, actor.id, a.case_sensitive) for a in actor.aliases)
        return PhraseMatcher(entries)

    @cached_property
    def place_matcher(self) -> PhraseMatcher:
        """Places by name and alias; on a tie the larger unit, then the more populous wins.

        A town outranks a district of the same name ("Jalalabad" is the city, not the district),
        a province outranks both ("Kandahar" alone is the province). Aliases written with a
        leading ``=``, and one-word names of four letters or fewer ("Reg", "Arg"), match only
        with the gazetteer's capitalisation, so ordinary words do not become places.
        """
        rank = {"country": 0, "province": 1, "town": 2, "area": 3, "landmark": 4, "district": 5}
        ordered = sorted(
            self.places.values(),
            key=lambda p: (rank.get(p.kind, 9), -(p.population or 0), p.id),
        )
        entries: list[tuple[str, str, bool]] = []
        for place in ordered:
            for name in (place.name, *place.aliases):
                entries.append(_place_entry(name, place.id))
        return PhraseMatcher(entries)

    @cached_property
    def target_matcher(self) -> PhraseMatcher:
        return PhraseMatcher((t.pattern, str(i), False) for i, t in enumerate(self.targets))

    @cached_property
    def person_matcher(self) -> PhraseMatcher:
        entries: list[tuple[str, str, bool]] = []
        for person in self.people:
            entries.append((person.name, person.person_id, False))
            entries.extend((alias, person.person_id, False) for alias in person.aliases)
        return PhraseMatcher(entries)

    def find_actors(self, text: str, offset: int = 0) -> list[Match]:
        return self.actor_matcher.find(text, offset)

    def find_places(self, text: str, offset: int = 0) -> list[Match]:
        return self.place_matcher.find(text, offset)

    def find_targets(self, text: str, offset: int = 0) -> list[tuple[Match, TargetTerm]]:
        terms = self.targets
        return [(m, terms[int(m.value)]) for m in self.target_matcher.find(text, offset)]

    def find_people(self, text: str, offset: int = 0) -> list[Match]:
        return self.person_matcher.find(text, offset)


# One-word place names this short are matched case-sensitively (they collide with words).
SHORT_PLACE_NAME = 4


def _place_entry(name: str, place_id: str) -> tuple[str, str, bool]:
    if name.startswith("="):
        return (name[1:], place_id, True)
    exact = " " not in name and "-" not in name and len(name) <= SHORT_PLACE_NAME
    return (name, place_id, exact)


# -- loading -----------------------------------------------------------------------------------
def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise PackError(
            f"cannot read pack file: {exc}", path=str(path), remedy="fix or restore the file"
        ) from exc


def _aliases(raw: Any) -> tuple[Alias, ...]:
    """Aliases come as ``{"en": [...], "ru": [...]}``; a leading ``=`` marks case-sensitive."""
    out: list[Alias] = []
    for language, names in (raw or {}).items():
        for name in names:
            exact = name.startswith("=")
            out.append(Alias(name[1:] if exact else name, language, exact))
    return tuple(out)


def _target_type(value: Any) -> str | None:
    if value is None:
        return None
    if value in TARGET_TYPES:
        return str(value)
    raise ValueError(f"target_type {value!r} is not one of DESIGN section 4's target types")


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def load_pack(path: Path) -> Pack:
    meta = _read_json(path / "pack.json")
    if not isinstance(meta, dict) or "name" not in meta:
        raise PackError(
            "not a pack: pack.json is missing or has no name",
            path=str(path),
            remedy="a pack folder needs pack.json with at least name and country",
        )
    try:
        actors = tuple(
            Actor(
                id=a["id"],
                name=a["name"],
                kind=a.get("kind", "organisation"),
                aliases=_aliases(a.get("aliases")),
                parent=a.get("parent"),
                country=a.get("country"),
                description=a.get("description"),
                governs_since=_date(a.get("governs_since")),
                target_type=_target_type(a.get("target_type")),
            )
            for a in _read_json(path / "actors.json") or ()
        )
        places = tuple(
            Place(
                id=p["id"],
                name=p["name"],
                kind=p["kind"],
                country=p.get("country", meta.get("country", "")),
                admin1=p.get("admin1"),
                admin2=p.get("admin2"),
                latitude=p.get("latitude"),
                longitude=p.get("longitude"),
                geo_precision=int(p.get("geo_precision", 1)),
                aliases=tuple(p.get("aliases") or ()),
                population=p.get("population"),
            )
            for p in _read_json(path / "places.json") or ()
        )
        targets = tuple(
            TargetTerm(
                pattern=t["pattern"],
                target_type=t["target_type"],
                label=t.get("label"),
                actor=t.get("actor"),
                place=t.get("place"),
            )
            for t in _read_json(path / "targets.json") or ()
        )
        people = tuple(
            KnownPerson(
                person_id=k["person_id"],
                name=k["name"],
                aliases=tuple(k.get("aliases") or ()),
                actor=k.get("actor"),
                roles=tuple(Role(**r) for r in k.get("roles") or ()),
                relations=tuple((r["relation"], r["person_id"]) for r in k.get("relations") or ()),
                leader=bool(k.get("leader", False)),
            )
            for k in _read_json(path / "people.json") or ()
        )
        triggers = tuple(Trigger(**t) for t in _read_json(path / "triggers.json") or ())
    except (KeyError, TypeError, ValueError) as exc:
        raise PackError(
            f"malformed pack entry: {exc}", path=str(path), remedy="see packs/README.md"
        ) from exc
    return Pack(
        name=meta["name"],
        country=meta.get("country", ""),
        languages=tuple(meta.get("languages") or ("en",)),
        attribution=tuple(meta.get("attribution") or ()),
        actors=actors,
        places=places,
        targets=targets,
        people=people,
        triggers=triggers,
        path=str(path),
    )


def pack_path(name: str) -> Path:
    candidate = Path(name)
    if candidate.is_dir():
        return candidate
    root = Path(str(resources.files(PACKS_PACKAGE)))
    path = root / name
    if not path.is_dir():
        known = sorted(p.name for p in root.iterdir() if (p / "pack.json").exists())
        raise PackError(
            f"no pack named {name!r}", remedy=f"use one of {', '.join(known)} or a pack folder"
        )
    return path


_CACHE: dict[tuple[str, ...], Registry] = {}


def local_pack_dir() -> Path:
    """The analyst's own pack (accepted aliases): $CONFLICTDESK_LOCAL_PACK or the data dir."""
    env = os.environ.get("CONFLICTDESK_LOCAL_PACK")
    return (
        Path(env) if env else Path(platformdirs.user_data_dir("conflictdesk")) / "packs" / "local"
    )


def load_registry(packs: Sequence[str] | None = None) -> Registry:
    """Load (once per process) the registry for the named packs or pack folders.

    Without names: the default packs plus the analyst's local pack when it exists.
    """
    names = tuple(packs or DEFAULT_PACKS)
    local = local_pack_dir()
    if not packs and (local / "pack.json").exists():
        names = (*names, str(local))
    if names not in _CACHE:
        _CACHE[names] = Registry(tuple(load_pack(pack_path(n)) for n in names))
    return _CACHE[names]


def registry_from(packs: Iterable[Pack]) -> Registry:
    return Registry(tuple(packs))
