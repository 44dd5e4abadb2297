"""Gazetteer look-ups over the registry's places: by name in any script, by kind, by the chain of
names in a place phrase ("Nawabad, Khanabad district, Kunduz province, Afghanistan").

Names are compared by :func:`conflictdesk.resolve.matcher.phrase_key`, the same key the
extractor's matcher uses, so "Mazar-i-Sharif" and "Mazar-e Sharif" meet. Misspellings fall
back to fuzzy matching (rapidfuzz) for names of at least ``FUZZY_MIN_LETTERS`` letters.

Ranking of several places with one name (documented choice):

1. a place in the requested ``admin1`` first (when one is given);
2. countries and provinces before anything smaller, whether matched by name or by alias, so
   the bare name "Kabul" or "Hirat" means the province, as in the registry's place matcher;
   ask for the town with ``town("Kabul")`` or the phrase "Kabul city";
3. then larger population (only towns have one: "Faizabad" is the city in Badakhshan, not
   the village of that name in Jowzjan);
4. then a match on a place's main name before a match on an alias ("Kohistanat" is the
   district, not a village that GeoNames also calls Kohistanat);
5. then towns, areas and landmarks before districts: a town named like its district is
   usually the district centre, a point (geo_precision 1) rather than a district (2);
6. then id, a stable order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from conflictdesk.resolve.matcher import normalise_token, phrase_key
from conflictdesk.resolve.registry import Place, Registry, load_registry
from conflictdesk.resolve.spelling import skeleton

Key = tuple[str, ...]

# Fuzzy fallback, used only when no name matches exactly. ``fuzz.ratio`` on the joined
# matching key; 85 accepts one wrong or missing letter in a name of 7 or more letters
# ("Jalalbad" 94, "Helmund" 86). Measured on the Afghanistan pack: 267 pairs of keys of
# different places score 85 or more, most of them spellings of a district and its centre town;
# the unrelated ones (Baharak/Bazarak 86, Kohistan/Kohsan 86, Raghistan/Arghistan 89) are
# reached only by a misspelt query, and resolve() then keeps the one inside the named province.
FUZZY_MIN_SCORE = 85.0
# Shorter names are too easily confused ("Nari" / "Nawa" / "Nika"): exact matches only.
FUZZY_MIN_LETTERS = 5
# How many fuzzy candidates to consider before ranking.
FUZZY_LIMIT = 10

TOWNLIKE = frozenset({"town", "area", "landmark"})
_KIND_ORDER = {"country": 0, "province": 1, "town": 2, "area": 3, "landmark": 4, "district": 5}
# Nesting level: in a chain of names, a more specific place may not be a larger unit.
_LEVEL = {"country": 0, "province": 1, "district": 2, "town": 3, "area": 4, "landmark": 4}

# Generic words that say what kind of place a name is, in the pack's languages. They are
# stripped before look-up (at the start or end of a phrase) and restrict the kinds.
_GENERIC_SURFACES: dict[str, tuple[str, ...]] = {
    "province": (
        "province",
        "provinces",
        "wilayat",
        "velayat",
        "vilayet",
        "vilayeti",
        "ili",
        "провинция",
        "провинции",
        "провинцию",
        "провинцией",
        "ولایت",
        "ولايت",
        "ولاية",
        "ولایات",
    ),
    "district": (
        "district",
        "districts",
        "woleswali",
        "uluswali",
        "wuleswali",
        "ilçesi",
        "ilçe",
        "район",
        "районе",
        "района",
        "уезд",
        "уезде",
        "ولسوالی",
        "ولسوالي",
        "مديرية",
    ),
    "town": (
        "city",
        "town",
        "village",
        "şehri",
        "kenti",
        "köyü",
        "город",
        "городе",
        "города",
        "село",
        "деревня",
        "شهر",
        "مدينة",
        "قریه",
        "روستای",
    ),
    "area": ("area", "neighbourhood", "neighborhood", "locality", "quarter", "mahallesi"),
    "country": ("country",),
}
_GENERIC: dict[str, str] = {
    normalise_token(surface): kind
    for kind, surfaces in _GENERIC_SURFACES.items()
    for surface in surfaces
}
_HINT_KINDS = {"town": frozenset({"town"}), "area": frozenset({"area", "landmark"})}
_CONNECTOR = normalise_token("of")
# Turkish case endings after an apostrophe: "Kabil'de", "Nangarhar'ın".
_TURKISH_SUFFIX = re.compile(r"['’][^\W\d_]{1,5}$")


@dataclass(frozen=True, slots=True)
class PlaceQuery:
    """A place phrase parsed for look-up: its full key, the key without generic words, and
    the kinds those words allow (empty: any kind)."""

    full: Key
    bare: Key
    kinds: frozenset[str]

    @classmethod
    def parse(cls, phrase: str) -> PlaceQuery:
        full = phrase_key(_TURKISH_SUFFIX.sub("", phrase.strip()))
        tokens = list(full)
        kinds: set[str] = set()
        while len(tokens) > 1 and tokens[-1] in _GENERIC:
            kinds.add(_GENERIC[tokens.pop()])
        while len(tokens) > 1 and tokens[0] in _GENERIC:
            kinds.add(_GENERIC[tokens.pop(0)])
            if len(tokens) > 1 and tokens[0] == _CONNECTOR:
                tokens.pop(0)
        allowed: set[str] = set()
        for kind in kinds:
            allowed |= _HINT_KINDS.get(kind, {kind})
        return cls(full, tuple(tokens), frozenset(allowed))


@dataclass(frozen=True, slots=True)
class _Hit:
    place: Place
    by_main_name: bool
    score: float = 100.0


class Gazetteer:
    """Look-ups over one registry's places. Build once per registry (see get_gazetteer)."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        index: dict[Key, list[_Hit]] = defaultdict(list)
        for place in sorted(registry.places.values(), key=lambda p: p.id):
            _add(index, phrase_key(place.name), _Hit(place, True))
            for alias in place.aliases:
                _add(index, phrase_key(alias), _Hit(place, False))
        self._index = dict(index)
        self._districts: dict[tuple[str | None, str | None], Place] = {
            (p.admin1, p.name): p for p in registry.places.values() if p.kind == "district"
        }
        self._fuzzy_keys = list(self._index)
        self._fuzzy_choices = [" ".join(key) for key in self._fuzzy_keys]
        sounds: dict[str, list[Place]] = defaultdict(list)
        for place in sorted(registry.places.values(), key=lambda p: p.id):
            for name in (place.name, *place.aliases):
                key = skeleton(name)
                if key and place not in sounds[key]:
                    sounds[key].append(place)
        self._skeletons = dict(sounds)

    # -- look-ups ----------------------------------------------------------------------------
    def lookup(
        self,
        name: str,
        *,
        admin1: str | None = None,
        kinds: Collection[str] | None = None,
    ) -> list[Place]:
        """Places called ``name``, best first (see the module docstring for the order).

        Exact matches on the normalised key first, then, only if there are none, fuzzy
        matches for names of at least ``FUZZY_MIN_LETTERS`` letters.
        """
        query = PlaceQuery.parse(name)
        wanted = frozenset(kinds) if kinds is not None else None
        hits = self._exact(query, wanted)
        if not hits:
            hits = self._fuzzy(query, wanted)
        province = self._province_name(admin1)
        ranked = sorted(hits, key=lambda h: _rank(h, province))
        return _distinct(h.place for h in ranked)

    def by_skeleton(
        self, name: str, *, kinds: Collection[str], admin1: str | None = None
    ) -> list[Place]:
        """Places of ``kinds`` whose name or an alias has the consonant skeleton of ``name``
        (``spelling.skeleton``: "Şibirgan" finds Sheberghan), inside ``admin1`` when given.
        Empty when the places found lie in more than one province: a skeleton is too short
        to choose between them."""
        found = [p for p in self._skeletons.get(skeleton(name), ()) if p.kind in kinds]
        if admin1 is not None:
            found = [p for p in found if p.admin1 == admin1]
        if len({p.admin1 for p in found}) != 1:
            return []
        return sorted(found, key=lambda p: (_KIND_ORDER.get(p.kind, 9), p.id))

    def province(self, name: str) -> Place | None:
        """A province by any name or alias, also "X province" and "Province of X"."""
        return _first(self.lookup(name, kinds=("province",)))

    def town(self, name: str) -> Place | None:
        """A town or city, never the province or district of the same name."""
        return _first(self.lookup(name, kinds=("town",)))

    def district(self, name: str, admin1: str | None = None) -> Place | None:
        """A district; with ``admin1`` (a province name or alias) only one in that province.

        A name that only a town has ("Achin", the district centre of Acheen) gives the
        district the town lies in.
        """
        province = self._province_name(admin1)
        found = self.lookup(name, admin1=admin1, kinds=("district",))
        if not found:
            towns = self.lookup(name, admin1=admin1, kinds=("town",))
            found = [d for t in towns if (d := self._districts.get((t.admin1, t.admin2)))]
        if province is not None:
            found = [p for p in found if p.admin1 == province]
        return _first(found)

    def country(self, name: str) -> Place | None:
        return _first(self.lookup(name, kinds=("country",)))

    def resolve(self, names: Sequence[str]) -> Place | None:
        """The most specific place consistent with the larger units named after it.

        ``names`` run from most to least specific, e.g. ``["Nawabad", "Khanabad district",
        "Kunduz province", "Afghanistan"]``. Names are read from the largest unit down; a
        name with no place that fits inside the units already found is skipped, so an
        unknown village gives the district it lies in.
        """
        context: list[Place] = []
        for name in reversed(names):
            fitting = [p for p in self.lookup(name) if _fits(p, context)]
            if fitting:
                context.append(fitting[0])
        return context[-1] if context else None

    # -- internals ---------------------------------------------------------------------------
    def _exact(self, query: PlaceQuery, wanted: frozenset[str] | None) -> list[_Hit]:
        hits = _of_kinds(self._index.get(query.full, []), wanted)
        if hits:
            return hits
        hits = _of_kinds(self._index.get(query.bare, []), wanted)
        hinted = _of_kinds(hits, query.kinds or None)
        return hinted or hits

    def _fuzzy(self, query: PlaceQuery, wanted: frozenset[str] | None) -> list[_Hit]:
        text = " ".join(query.bare)
        if sum(c.isalpha() for c in text) < FUZZY_MIN_LETTERS:
            return []
        found = process.extract(
            text,
            self._fuzzy_choices,
            scorer=fuzz.ratio,
            score_cutoff=FUZZY_MIN_SCORE,
            limit=FUZZY_LIMIT,
        )
        hits = [
            _Hit(hit.place, hit.by_main_name, score)
            for _, score, position in found
            for hit in self._index[self._fuzzy_keys[position]]
        ]
        hits = _of_kinds(hits, wanted)
        return _of_kinds(hits, query.kinds or None) or hits

    def _province_name(self, admin1: str | None) -> str | None:
        if admin1 is None:
            return None
        hits = _of_kinds(self._index.get(PlaceQuery.parse(admin1).bare, []), {"province"})
        return hits[0].place.name if hits else admin1


def _add(index: dict[Key, list[_Hit]], key: Key, hit: _Hit) -> None:
    if key and all(h.place.id != hit.place.id for h in index[key]):
        index[key].append(hit)


def _of_kinds(hits: list[_Hit], kinds: Collection[str] | None) -> list[_Hit]:
    if kinds is None:
        return hits
    return [h for h in hits if h.place.kind in kinds]


def _rank(hit: _Hit, admin1: str | None) -> tuple[bool, float, int, int, bool, int, str]:
    place = hit.place
    return (
        admin1 is not None and place.admin1 != admin1,
        -hit.score,
        0 if place.kind in ("country", "province") else 1,
        -(place.population or 0),
        not hit.by_main_name,
        _KIND_ORDER.get(place.kind, 9),
        place.id,
    )


def _fits(place: Place, context: Sequence[Place]) -> bool:
    """Whether ``place`` lies inside every larger unit already found."""
    return all(_inside(place, parent) for parent in context)


def _inside(place: Place, parent: Place) -> bool:
    if place.id == parent.id or _LEVEL.get(place.kind, 4) < _LEVEL.get(parent.kind, 4):
        return False
    if place.country != parent.country:
        return False
    if parent.kind == "country":
        return True
    if place.admin1 != parent.admin1:
        return False
    if parent.kind == "district":
        return place.admin2 in (None, parent.admin2)
    return True


def _distinct(places: Iterable[Place]) -> list[Place]:
    seen: set[str] = set()
    out: list[Place] = []
    for place in places:
        if place.id not in seen:
            seen.add(place.id)
            out.append(place)
    return out


def _first(places: list[Place]) -> Place | None:
    return places[0] if places else None


_CACHE: dict[int, tuple[Registry, Gazetteer]] = {}


def get_gazetteer(registry: Registry | None = None) -> Gazetteer:
    """The gazetteer of ``registry`` (default: the default packs), built once per registry."""
    registry = registry if registry is not None else load_registry()
    cached = _CACHE.get(id(registry))
    if cached is None or cached[0] is not registry:
        cached = (registry, Gazetteer(registry))
        _CACHE[id(registry)] = cached
    return cached[1]
