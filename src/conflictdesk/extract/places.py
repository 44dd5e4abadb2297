"""Where an event happened: country, province (admin1), district and named settlement.

Incident summaries give a chain, most specific first: "in Nawabad village, Khanabad district,
Kunduz province, Afghanistan", "in the Dasht-e-Barchi area of Kabul city". Each link is read
with its generic word (village, district, province); names are resolved in the registry's
gazetteer when it knows them. The rules for ``location`` follow docs/gold-format.md:

- the most specific named settlement, without its generic word ("Nawabad", "Kabul");
- an area or neighbourhood of a named city gives the city;
- with no settlement, the district as written with its generic word ("Sangin district");
- only a province: no location.

Coordinates come from the most specific place the gazetteer knows (town 1, district 2,
province 3), even when the named settlement itself is unknown.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Final

from conflictdesk.extract import phrases
from conflictdesk.extract.cache import per_registry
from conflictdesk.extract.caseless import Gated
from conflictdesk.resolve.gazetteer import get_gazetteer
from conflictdesk.resolve.matcher import phrase_key
from conflictdesk.resolve.registry import Place, Registry
from conflictdesk.resolve.spelling import skeleton

SETTLEMENT_WORDS = (
    "city",
    "town",
    "village",
    "hamlet",
    "township",
    "settlement",
    "capital",
    "port",
)
AREA_WORDS = (
    "area",
    "neighborhood",
    "neighbourhood",
    "locality",
    "suburb",
    "quarter",
    "valley",
    "bazaar",
    "region",
    "zone",
)
DISTRICT_WORDS = ("district", "sub-district", "subdistrict", "county", "municipality")
PROVINCE_WORDS = ("province", "provinces")  # "provinces" only closes a chain
# A street or a building named in a chain is no place of its own: "on Darulaman road, Kabul",
# "attacked Kabul University, Kabul", "in the Dubai City hall, western Kabul"; the place is
# the settlement after it.
LANDMARK = "landmark"
_LANDMARK_WORDS = (
    "road",
    "highway",
    "street",
    "avenue",
    "square",
    "university",
    "hall",
    "hotel",
    "hospital",
    "mosque",
    "stadium",
    "academy",
    "school",
    "college",
)
_LANDMARK_AFTER = re.compile(r"\s+(?i:" + "|".join(_LANDMARK_WORDS) + r")\b")
_GENERIC = "(?i:" + "|".join(SETTLEMENT_WORDS + AREA_WORDS + DISTRICT_WORDS + PROVINCE_WORDS) + ")"
# Not a word joined to a lower-case participle: "a Taliban-appointed village council", "a
# Pakistan-based group" name who runs or hosts something, no place.
# "in Jalalabad PD 4": a city's numbered police district ("PD") is no word of its name
_NAME_WORD = (
    rf"(?!{_GENERIC}\b)(?!PD\b)(?![A-Z][\w'’]*-(?:[a-z]{{1,3}}-)?[a-z]+ed\b)"
    r"[A-Z](?:\w|['’](?!s\b))*(?:-(?:[a-z]{1,3}-)?[\w'’]+)*"
)
_CONNECTOR = r"(?:e|i|al|ul|ud|el|de|da|wa|-e|-i|bin)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_CONNECTOR}\s+)?{_NAME_WORD}){{0,3}}"
# "western Kabul", "central Kabul": a direction before a name is not part of it.
_DIRECTION = (
    r"(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central|downtown"
    r"|north-(?:east|west)(?:ern)?|south-(?:east|west)(?:ern)?)\s+"
)
_SEGMENT = (
    rf"(?:(?:the\s+)?(?P<gen_before>{_GENERIC})\s+of\s+(?:{_DIRECTION})?(?P<name_after>{_NAME})"
    # "a village of Bati Kot district": the name's own generic word says what it names
    rf"(?:\s+(?P<own_generic>{_GENERIC})\b(?!\s+\d))?"
    rf"|(?:the\s+)?(?:{_DIRECTION})?(?P<name>{_NAME})(?:\s+(?P<generic>{_GENERIC})\b(?!\s+\d))?)"
)
_SEGMENT_RE = re.compile(_SEGMENT)
_POSSESSIVE_PLACE = re.compile(
    # "Pakistan's northwestern Chitral district": a direction may stand before the part
    rf"(?P<city>{_NAME_WORD})(?:\s+(?P<province>province))?['’]s\s+(?:{_DIRECTION})?"
    rf"(?P<part>{_NAME})\s+"
    rf"(?P<generic>{_GENERIC})\b"
)
# Every possessive place starts "'s" and a capital (the part's name): a cheap test first.
_POSSESSIVE_HINT = re.compile(r"['’]s\s+[A-Z]")
_LINK_RE = re.compile(
    r"\s+of\s+(?:the\s+)?" + _DIRECTION + r"(?=[A-Z])|"
    r"\s*,\s*in\s+(?:the\s+)?(?:" + _DIRECTION + r")?(?=[A-Z])|"
    # "Gambir, a village in Watapur district"
    r"\s*,\s*an?\s+(?:small\s+|remote\s+|mountain\s+)?(?:village|hamlet|settlement)\s+"
    r"(?:in|of|near)\s+(?:the\s+)?(?:" + _DIRECTION + r")?(?=[A-Z])|"
    r"\s*,\s*(?:the\s+)?(?:provincial\s+|district\s+)?(?:capital|centre|center)\s+of\s+"
    r"(?:the\s+)?(?:" + _DIRECTION + r")?"
    # "in Qala-e Nazir, west Kabul": a direction before the next name
    r"|\s*,\s*(?:and\s+)?(?:" + _DIRECTION + r"(?=[A-Z]))?|\s+of\s+(?:the\s+)?"
    # "Rustaq in northern Takhar province"
    r"|\s+in\s+(?:the\s+)?(?:" + _DIRECTION + r")?(?=[A-Z])|\s+in\s+(?:the\s+)?"
)
_CALLED_A_VILLAGE = re.compile(r"\s*,\s*an?\s+(?:\w+\s+)?(?:village|hamlet|settlement)\b")
# Every branch opens at a word boundary, which is tested once; the branches opening with a
# lower-case word and those opening with a capital are tried only where that kind of letter
# stands (none of them could match elsewhere, so the matches are the same).
_CHAIN_START = re.compile(
    r"\b(?:(?=[a-z])(?:"
    # "in the southern city of Shiraz", "in the northern Afghan city of Kunduz" (first, so the
    # demonym is not read as the place)
    # ("on the outskirts of the southwestern Pakistani city of Quetta" too)
    r"(?:in|at|near|outside|of|on\s+the\s+outskirts\s+of)\s+the\s+(?:"
    + _DIRECTION
    + r")?(?:[A-Z][a-z]+\s+)?"
    r"(?:city|town|village)\s+of\s+(?=[A-Z])"
    r"|(?:in|at|near|outside|from|inside|across|of|on the outskirts of|on the outskirts|through"
    r"|beside|to|into|toward|towards)\s+(?=(?:the\s+)?(?:" + _DIRECTION + r")?[A-Z])"
    # "struck the river port of Hairatan": the generic word opens the chain
    r"|(?=(?:port|village)\s+of\s+[A-Z])"
    # what a strike or an attack fell on: "air strikes on the Barmal district of Paktika"
    r"|(?:strikes?|attacks?|raids?|assaults?|bombardment|shelling)\s+on\s+"
    r"(?=(?:the\s+)?[A-Z])"
    r")|(?=[A-Z])(?:"
    r"(?:In|At|Near|Outside|Through)\s+(?=(?:the\s+)?[A-Z])"
    # a name with its generic word needs no preposition: "stormed Ghazni city"; not the
    # demonym of "the Afghan city of Kunduz"; nor the owner of "Farkhar's district governor"
    r"|(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?<!['’]s)\s+(?:city|district|province|village)\b"
    r"(?!\s+\d)(?!\s+of\b))"
    # "seized Spin Boldak, Kandahar province": a town and its province need no preposition
    # (kept only when the gazetteer holds the town in that province, _town_of_its_province)
    r"|(?P<town_first>)(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+province\b)"
    # "on Darulaman road, Kabul", "attacked Kabul University, Kabul": a street or building and
    # the place it lies in
    r"|(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?i:"
    + "|".join(_LANDMARK_WORDS)
    + r")\s*,\s*(?:"
    + _DIRECTION
    + r")?[A-Z])"
    r"))",
)
# Capitalised words that start sentences or name times, not places.
_NOT_PLACES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "ramadan",
        "eid",
        "muharram",
        "ashura",
        "islamic",
    ]
)
_PLACE_RANK = {"town": 0, "area": 1, "landmark": 2, "district": 3, "province": 4, "country": 5}


@dataclass(frozen=True, slots=True)
class Segment:
    """One link of a place chain: a name, its generic word, and where it is."""

    name: str
    generic: str | None
    start: int
    end: int
    places: tuple[Place, ...] = ()
    comma_after: bool = False
    # the generic word came from the words that opened the chain ("the town of Rustaq"):
    # it says what the name is, but does not make the chain more of a place than another
    opened: bool = False


@dataclass(frozen=True, slots=True)
class PlaceFix:
    """The place of an event and the words each part was read from."""

    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    admin1_span: tuple[int, int] | None = None
    location_span: tuple[int, int] | None = None

    @property
    def known(self) -> bool:
        return self.admin1 is not None or self.location is not None or self.country is not None


def _index(registry: Registry) -> dict[tuple[str, ...], tuple[Place, ...]]:
    table: dict[tuple[str, ...], list[Place]] = {}
    for place in registry.places.values():
        for name in (place.name, *place.aliases):
            key = phrase_key(name)
            if key and place not in table.setdefault(key, []):
                table[key].append(place)
    return {k: tuple(sorted(v, key=lambda p: _PLACE_RANK.get(p.kind, 9))) for k, v in table.items()}


def lookup(name: str, registry: Registry) -> tuple[Place, ...]:
    """Every place the registry knows by this name or alias, towns first, countries last."""
    return per_registry(registry, "place-index", _index).get(phrase_key(name), ())


def _resolve(name: str, generic: str | None, registry: Registry) -> tuple[Place, ...]:
    """Exact look-up; for a name marked as a province or district, the gazetteer's fuzzy
    match as a fallback ("Ningarhar province", "Paktiya province")."""
    found = lookup(name, registry)
    if generic in ("province", "district"):
        # "Achin district": the district, though a town is called "Achin" too
        marked = [p for p in (*lookup(f"{name} {generic}", registry), *found) if p.kind == generic]
        if marked:
            return tuple(dict.fromkeys(marked)) + tuple(p for p in found if p.kind != generic)
        own = _own_district(found, registry) if generic == "district" else ()
        if own:
            return own + found
    if found or generic not in ("province", "district"):
        return found
    fuzzy = get_gazetteer(registry).lookup(name, kinds=(generic,))
    return tuple(fuzzy[:1])


def _own_district(towns: tuple[Place, ...], registry: Registry) -> tuple[Place, ...]:
    """The district of a town a report names as a district, when the district is the town's
    own name spelled another way: "Qaisar district" (the gazetteer holds the town Qaisar and
    its district as "Qaysar")."""
    out: list[Place] = []
    for town in towns:
        if town.kind != "town" or not town.admin2:
            continue
        sound = skeleton(town.name)
        for place in lookup(town.admin2, registry):
            same = place.kind == "district" and place.admin1 == town.admin1
            if same and skeleton(place.name) == sound and place not in out:
                out.append(place)
    return tuple(out)


def _segments(text: str, position: int, registry: Registry) -> list[Segment]:
    segments: list[Segment] = []
    bare_comma = False
    while True:
        match = _SEGMENT_RE.match(text, position)
        if match is None:
            break
        name_group = "name_after" if match.group("name_after") else "name"
        name = match.group(name_group)
        generic = (
            match.group("own_generic") or match.group("gen_before") or match.group("generic") or ""
        ).lower() or None
        if name.split()[0].lower() in _NOT_PLACES:
            break
        start, end = match.start(name_group), match.end(name_group)
        if segments and text[end : end + 2] in ("'s", "’s"):
            break  # "at Ahmad Khan, Pakistan's consul": the country owns the title, not a place
        landmark_end = _landmark_end(text, name, match.end())
        link = _LINK_RE.match(text, landmark_end or match.end())
        comma = link is not None and "," in link.group()
        if generic is None and link is not None and _CALLED_A_VILLAGE.match(link.group()):
            generic = "village"  # "Gambir, a village in Watapur district"
        places = _resolve(name, generic, registry)
        if segments and _apposition_after_province(segments[-1], bare_comma, generic, places):
            break
        if landmark_end is not None and not _named_for_its_place(
            places, landmark_end == match.end(), comma
        ):
            known = lookup(text[start:landmark_end], registry)  # "Kabul University"
            landmarks = tuple(p for p in known if p.kind in ("landmark", "area"))
            segment = Segment(name, LANDMARK, start, landmark_end, landmarks, comma)
        else:
            # "at the Dasht-e-Barchi hospital": a building named for a known place lies there
            segment = Segment(name, generic, start, end, places, comma)
        if segments and _country_only(segments[-1]) and not segments[-1].comma_after:
            # "the embassy of China in Kabul": the country owns the mission, it holds no city
            segments.clear()
        segments.append(segment)
        if link is None or not text[link.end() : link.end() + 1].isupper():
            break
        bare_comma = link.group().strip() == ","
        position = link.end()
    return segments


def _apposition_after_province(
    province: Segment, bare_comma: bool, generic: str | None, places: tuple[Place, ...]
) -> bool:
    """ "the governor of Balkh province, Mohammad Dawood Muzammil, in ...": a name the
    gazetteer does not know, with no generic word, after a province and a bare comma, is said
    of someone, not a place inside the province (a chain goes from small to large)."""
    return province.generic == "province" and bare_comma and generic is None and not places


def _named_for_its_place(places: tuple[Place, ...], word_in_name: bool, comma: bool) -> bool:
    """A building named for a known place lies there ("at the Dasht-e-Barchi hospital"), unless
    a place written after it says otherwise ("the Herat City hall, western Kabul"; a
    neighbourhood's name is still its place)."""
    if word_in_name or not places:
        return False
    return not comma or all(p.kind in ("area", "landmark") for p in places)


def _landmark_end(text: str, name: str, end: int) -> int | None:
    """Where a street or a building named by ``name`` ends ("Chicken Street", "Darulaman
    road", "Dubai City hall"), or ``None`` when the name names no such thing."""
    if name.rsplit(None, 1)[-1].lower() in _LANDMARK_WORDS:
        return end
    after = _LANDMARK_AFTER.match(text, end)
    return after.end() if after is not None else None


def _province_after_district(chain: list[Segment]) -> list[Segment]:
    """ "Dawlatabad district, Faryab, Afghanistan", "Pul-e Khumri district, Baghlan": a bare
    name after a district and a comma, when it can name a province, is the province (not the
    town of that name); it decides which district of a shared name is meant."""
    out = list(chain)
    for index in range(1, len(out)):
        before, segment = out[index - 1], out[index]
        if before.generic not in DISTRICT_WORDS or not before.comma_after:
            continue
        if segment.generic is None and any(p.kind == "province" for p in segment.places):
            out[index] = dataclasses.replace(segment, generic="province")
        break
    return out


def _country_only(segment: Segment) -> bool:
    return bool(segment.places) and all(p.kind == "country" for p in segment.places)


def _possessive_chains(text: str, registry: Registry) -> list[list[Segment]]:
    """ "Kabul's Darulaman area" is the Darulaman area of Kabul."""
    chains = []
    for match in _POSSESSIVE_PLACE.finditer(text):
        city, part = match.group("city"), match.group("part")
        city_places = lookup(city, registry)
        if not city_places:
            continue
        generic = match.group("generic").lower()
        # "Ghazni's Qarabagh district": what owns a district is its province, not the town
        part_places = lookup(part, registry)
        owner = (
            "province"
            if match.group("province") or _district_of_province(generic, part_places, city_places)
            else None
        )
        chains.append(
            [
                Segment(part, generic, match.start("part"), match.end("part"), part_places),
                Segment(
                    city,
                    owner,
                    match.start("city"),
                    match.end("city"),
                    city_places,
                ),
            ]
        )
    return chains


def _district_of_province(generic: str, part: tuple[Place, ...], owner: tuple[Place, ...]) -> bool:
    """A district the gazetteer holds in the province the owner names ("Ghazni's Qarabagh
    district"), not a city's quarter called a district ("Kabul's Shahr-e Naw district")."""
    if generic not in DISTRICT_WORDS:
        return False
    provinces = {p.name for p in owner if p.kind == "province"}
    return any(p.kind == "district" and p.admin1 in provinces for p in part)


# "the districts around Kandahar city": places around a town lie outside it; the chain's
# larger places (the province) still hold them.
_AROUND_A_TOWN = re.compile(
    r"\b(?:districts|villages|areas)\s+(?:around|surrounding)\s+(?:the\s+)?$", re.IGNORECASE
)


def find_chains(text: str, registry: Registry) -> list[list[Segment]]:
    """Place chains after a locative word, in text order; unknown lone names are dropped."""
    possessive = ("'s " in text or "’s " in text) and _POSSESSIVE_HINT.search(text)
    chains = _possessive_chains(text, registry) if possessive else []
    offices: list[list[Segment]] = []
    governed: list[list[Segment]] = []  # "the governor of Balkh": kept if no town is named
    names_read: list[tuple[int, int]] = []
    for start in _CHAIN_START.finditer(text):
        if _ROUTE_BETWEEN.search(text, max(0, start.start() - 12), start.start()):
            continue  # "on the highway between Kunduz city and Khanabad": neither end is where
        if _ROUTE_TO.search(text, max(0, start.start() - 10), start.end()):
            continue
        second_end = _ROUTE_SECOND_END.search(text, max(0, start.start() - 50), start.start())
        if any(left < start.end() < right for left, right in names_read):
            continue  # "Pachir wa Agam district": "Agam district" is the tail of a name read
        if _GROUP_NAMED_IN.search(text, max(0, start.start() - 8), start.start() + 3):
            continue  # "the Islamic State in Khorasan Province": a group's name, no place
        segments = _segments(text, start.end(), registry)
        names_read.extend((s.start, s.end) for s in segments)
        chain = _unknown_elsewhere(
            _inside_province(
                _spelled(_named_as(text, start, _province_after_district(segments)), registry)
            )
        )
        if start.group("town_first") is not None and not _town_of_its_province(chain):
            continue
        if second_end is not None:
            chain = _from_province(chain)  # "between Kandahar and Tirin Kot, Uruzgan province"
        if len(chain) > 1 and _AROUND_A_TOWN.search(text, max(0, start.end() - 40), start.end()):
            chain = chain[1:]  # "in the districts around Kandahar city, Kandahar province"
        office_of = _OFFICE_OF.search(text, 0, start.end()) is not None
        if _office_province(chain) and office_of:
            chain = chain[1:]  # "the governor of Balkh, in Mazar-i-Sharif": the office's province
        elif _province_first(text, chain):
            chain = chain[1:]  # "Balkh, Mazar-e Sharif, Monday": the town in the province
        if chain and _GOVERNMENT_AFTER.match(text, chain[-1].end):
            continue  # "a crime of the Kabul administration": the government, no place
        if any(s.places or s.generic for s in chain):
            if office_of and (_a_province(chain) or _a_district(chain)):
                governed.append(chain)
            else:
                (offices if _OFFICE_AFTER.match(text, chain[-1].end) else chains).append(chain)
    if governed and not any(_names_a_district_or_town(c) for c in chains):
        chains = sorted(chains + governed, key=lambda c: c[0].start)  # no town is named
    if len(chains) > 1:
        # "in Dangam district, which lies across the border from Pakistan's Bajaur district":
        # a place a distance or a border is measured from is not where, if another is named
        # ("about 15 km from Kunduz city, Kunduz province" alone stays Kunduz)
        apart = [c for c in chains if not _reference_point(text, c)]
        if any(_names_a_district_or_town(c) for c in apart):
            chains = apart
    return chains or offices


def _town_of_its_province(chain: list[Segment]) -> bool:
    """Whether a chain no locative word opens is a town the gazetteer holds, then its own
    province ("serving Lashkar Gah, Helmand province"); not "the Taliban, Helmand province"."""
    if len(chain) < 2 or chain[0].generic is not None or chain[1].generic != "province":
        return False
    province = _of_kind(chain[1], ("province",))
    return province is not None and any(
        p.kind == "town" and p.admin1 == province.admin1 for p in chain[0].places
    )


_MEASURED_FROM = Gated(
    re.compile(
        r"\b(?:border|frontier|kilometres|kilometers|km|miles|metres|meters|away|opposite)"
        r"\s+(?:\w+\s+)?from\s+(?:the\s+)?(?:" + _DIRECTION + r")?$",
        re.IGNORECASE,
    )
)


# "in Paghman district, west of Kabul city": a place another lies in a direction of is only a
# reference point; not "in the west of Kabul city", which is inside it.
_DIRECTION_OF = Gated(
    re.compile(
        r"(?<!\bthe )\b(?:north|south|east|west|(?:north|south)-?(?:east|west))\s+of\s+"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )
)


def _names_a_district_or_town(chain: list[Segment]) -> bool:
    return any(
        p.kind in ("district", "town")
        for s in chain
        if s.generic not in PROVINCE_WORDS
        for p in s.places
    )


def _reference_point(text: str, chain: list[Segment]) -> bool:
    start = min(s.start for s in chain)  # a possessive chain lists its owner last
    before = max(0, start - 60)
    return (
        _MEASURED_FROM.search(text, before, start) is not None
        or _DIRECTION_OF.search(text, before, start) is not None
    )


# A name before an office ("the office of the Balkh governor in Mazar-i-Sharif") names the
# area the office governs; the event's place is another chain, when the sentence has one.
_OFFICE_AFTER = Gated(
    re.compile(r"\s+(?:deputy\s+|acting\s+)?(?:governor|police\s+chief|mayor)\b", re.IGNORECASE)
)


# A city named for the government seated there: "the Kabul administration", "the Islamabad
# government", "the Tehran regime".
_GOVERNMENT_AFTER = Gated(re.compile(r"\s+(?:government|administration|regime)\b", re.IGNORECASE))


_ROUTE_BETWEEN = Gated(re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE))
# "on the road between Kandahar and Tirin Kot, Uruzgan province": the route's second end is no
# more where the event was than its first; the province named after it still holds the road
_ROUTE_SECOND_END = Gated(
    re.compile(
        r"\bbetween\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+and\s+(?:the\s+)?$"
    )
)


def _from_province(chain: list[Segment]) -> list[Segment]:
    """The chain from its last segment that names a province ("Kandahar, Kandahar province":
    the province, not the city of its name); empty when none does."""
    for index in range(len(chain) - 1, -1, -1):
        if _names_a_province(chain[index]):
            return chain[index:]
    return []


# "killed on the road to Nahrin, Baghlan province": a route's end is where it leads, not
# where the event was; the province after it still holds the road
_ROUTE_TO = Gated(re.compile(r"\b(?:road|highway|route)\s+(?:to|towards?)\s+$", re.IGNORECASE))

# "Islamic State in Khorasan Province", "IS in Iraq": the "in" of a group's own name.
_GROUP_NAMED_IN = re.compile(r"\b(?:State|IS|ISIS|ISIL)\s+in\s+$")


# The words that open a chain say what its first name is: "in the town of Rustaq"; "the
# district governor of Farkhar", "the district headquarters of Ghormach" (a district's office
# names the district).
# Not "the main town of Bajaur" (a district) nor "the holy city of Karbala" (a description).
_OPENED_BY_GENERIC = Gated(
    re.compile(
        r"\b(?:(?:[Tt]he|a)\s+(?:" + _DIRECTION + r")?(?:[A-Z][a-z]+\s+)?"
        r"(?P<settlement>city|town|village)"
        r"|(?P<district>district)\s+(?:governor|chief|police\s+chief|administrator|headquarters))"
        r"\s+of\s+$"
    )
)


def _named_as(text: str, start: re.Match[str], chain: list[Segment]) -> list[Segment]:
    if not chain or chain[0].generic is not None:
        return chain
    opened = _OPENED_BY_GENERIC.search(text, max(0, start.end() - 40), start.end())
    if opened is None:
        return chain
    generic = (opened.group("settlement") or opened.group("district")).lower()
    return [dataclasses.replace(chain[0], generic=generic, opened=True), *chain[1:]]


def _office_province(chain: list[Segment]) -> bool:
    """A province named first and a town after it: "Balkh, in Mazar-i-Sharif" (not "Chahar
    Dara, in Kunduz province", a district in its province)."""
    if len(chain) < 2:
        return False
    head, then = chain[0], chain[1]
    province = head.generic == "province" or any(p.kind == "province" for p in head.places)
    town = then.generic is None and any(p.kind == "town" for p in then.places)
    return province and town


# An office and the area it governs ("the Taliban governor of Balkh", "police chief of
# Kunduz"): that area is the office's, the place of the event follows it.
_OFFICE_OF = Gated(
    re.compile(
        r"\b(?:governor|governors|chief|commander|mayor|head|minister|director)\s+of\s+$", re.I
    )
)


def _province_first(text: str, chain: list[Segment]) -> bool:
    """A chain written from the province down, as a report's heading writes it: "Balkh,
    Mazar-e Sharif", "Baghlan, Andarab district"; the bare name first is the province (not
    the town of that name) when the next is a town or district the gazetteer holds in it.
    Not a list of places ("in Kunduz, Khanabad and Imam Sahib")."""
    if len(chain) != 2 or chain[0].generic is not None or not chain[0].comma_after:
        return False
    if _LIST_GOES_ON.match(text, chain[1].end):
        return False
    provinces = {p.name for p in chain[0].places if p.kind == "province"}
    then = chain[1]
    if not provinces or then.generic not in (None, *DISTRICT_WORDS):
        return False
    kinds = ("town",) if then.generic is None else ("district",)
    return any(p.kind in kinds and p.admin1 in provinces for p in then.places)


_LIST_GOES_ON = re.compile(r"(?:\s+district)?\s*(?:,\s*[A-Z][\w'’-]+\s+(?:and|or)\b|(?:and|or)\b)")


def _a_province(chain: list[Segment]) -> bool:
    """A lone name that can be a province: after "the governor of" it is the area the office
    governs ("the governor of Balkh, in his office in Mazar-i-Sharif"), not a town of that
    name; another chain of the sentence is where, when it has one."""
    if len(chain) != 1:
        return False
    return chain[0].generic in PROVINCE_WORDS or _names_a_province(chain[0])


def _a_district(chain: list[Segment]) -> bool:
    """A lone district after an office ("a former police chief of Khogyani district, as he left
    his home in Jalalabad"): the area the office governs, where the event was only when the
    sentence names no other town or district."""
    return len(chain) == 1 and chain[0].generic in DISTRICT_WORDS


def _inside_province(chain: list[Segment]) -> list[Segment]:
    """A chain from the first name that can lie in the province it names: "the power line to
    Kabul in the Dand-e Ghori area of Puli Khumri district, Baghlan province" is about
    Baghlan; Kabul only ended the clause before."""
    province, _ = _province(chain)
    if province is None:
        return chain
    for index, segment in enumerate(chain):
        known = [p for p in segment.places if p.kind != "country"]
        if segment.generic is not None or not known:
            return chain[index:]
        if any(p.admin1 in (province.admin1, province.name) for p in known):
            return chain[index:]
    return chain


def _provinces_holding(segment: Segment) -> frozenset[str]:
    """The provinces a segment marked as a province or a district names, else none."""
    if segment.generic in PROVINCE_WORDS:
        kinds: tuple[str, ...] = ("province",)
    elif segment.generic in DISTRICT_WORDS:
        kinds = ("district",)
    else:
        return frozenset()
    return frozenset(p.admin1 or p.name for p in segment.places if p.kind in kinds)


def _unknown_elsewhere(chain: list[Segment]) -> list[Segment]:
    """A village or town the report places in a district or province, where the gazetteer
    holds its name only in other provinces ("the village of Qala-e Naw in Achin district"):
    a namesake elsewhere, so the name is a settlement the gazetteer lacks, not that place."""
    out = list(chain)
    for index in range(len(out) - 1, 0, -1):
        holding = _provinces_holding(out[index])
        if not holding:
            continue
        for before in range(index):
            segment = out[before]
            if segment.generic is not None and segment.generic not in SETTLEMENT_WORDS:
                continue
            known = [p for p in segment.places if p.kind in ("town", "district")]
            if known and not any(p.admin1 in holding for p in segment.places):
                out[before] = dataclasses.replace(segment, places=())
        break
    return out


def _spelled(chain: list[Segment], registry: Registry) -> list[Segment]:
    """Unknown bare names read as a town or district spelled another way, within the
    province the chain names ("Feyzabad, in northern Badakhshan province")."""
    if all(s.places or s.generic for s in chain):
        return chain
    chain = _province_respelled(chain, registry)
    province, _ = _province(chain)
    out = []
    for segment in chain:
        if not segment.places and segment.generic is None:
            segment = _respelled(segment, province, registry)
        out.append(segment)
    return out


def _province_respelled(chain: list[Segment], registry: Registry) -> list[Segment]:
    """An unknown bare name closing a chain is its province spelled another way, as local
    papers and hurried coders write them ("Nawa district, Helmund", "Torkham, Nangrahar",
    "Ghormach district, Faryaab"): a fuzzy or same-consonant match among the provinces only,
    kept when the places named before it, if any is known, lie in that province."""
    last = chain[-1]
    if len(chain) < 2 or last.places or last.generic is not None:
        return chain
    gazetteer = get_gazetteer(registry)
    found = gazetteer.lookup(last.name, kinds=("province",)) or gazetteer.by_skeleton(
        last.name, kinds=("province",)
    )
    if not found:
        return chain
    province = found[0]
    held = [p for segment in chain[:-1] for p in segment.places]
    if held and not any(p.admin1 == province.name or p is province for p in held):
        return chain  # the places named before it lie elsewhere: some other name
    return [*chain[:-1], dataclasses.replace(last, places=(province,), generic="province")]


def _respelled(segment: Segment, province: Place | None, registry: Registry) -> Segment:
    gazetteer = get_gazetteer(registry)
    if province is not None:
        found = gazetteer.lookup(segment.name, admin1=province.name, kinds=("town", "district"))
        found = [p for p in found if p.admin1 == province.name]
    else:
        found = []
    return dataclasses.replace(segment, places=tuple(found[:1])) if found else segment


def _of_kind(segment: Segment, kinds: Iterable[str]) -> Place | None:
    wanted = tuple(kinds)
    return next((p for p in segment.places if p.kind in wanted), None)


def _province(chain: list[Segment]) -> tuple[Place | None, Segment | None]:
    for segment in chain:
        if segment.generic == "province":
            return _of_kind(segment, ("province",)), segment
    return None, None


def _most_specific_known(chain: list[Segment], province: Place | None) -> Place | None:
    best: Place | None = None
    for index, segment in enumerate(chain):
        kinds = _kinds_for(segment.generic)
        place = _of_kind(segment, kinds)
        if place is None:
            continue
        if province is not None and place.admin1 not in (None, province.admin1, province.name):
            continue
        if _named_for_another_province(segment, place, chain[index + 1 :]):
            continue
        if best is None or _PLACE_RANK.get(place.kind, 9) < _PLACE_RANK.get(best.kind, 9):
            best = place
    return best


def _named_for_another_province(segment: Segment, place: Place, after: list[Segment]) -> bool:
    """ "the Herat bazaar in Kabul": a bazaar or quarter named after a city, told inside a
    place of another province, is in that place; the city it is named for is elsewhere."""
    if segment.generic not in AREA_WORDS or place.kind != "town":
        return False
    holding = {
        p.admin1 for s in after for p in s.places if p.kind in ("town", "district", "province")
    }
    return bool(holding) and place.admin1 not in holding


def _kinds_for(generic: str | None) -> tuple[str, ...]:
    if generic in PROVINCE_WORDS:
        return ("province",)
    if generic in DISTRICT_WORDS:
        return ("district",)
    if generic in SETTLEMENT_WORDS:
        return ("town", "district")
    if generic in AREA_WORDS:
        return ("area", "landmark", "town")
    return ("town", "area", "landmark", "district", "province", "country")


def _location(chain: list[Segment]) -> tuple[str | None, Segment | None]:
    """The location text per the gold rules, and the segment it came from."""
    for index, segment in enumerate(chain):
        city = _city_around(segment, chain[index + 1 : index + 2])
        if city is not None:
            return _display_name(city), city
        if index + 1 < len(chain) and chain[index + 1].generic is None:
            # "in Qala-e Zal, Kunduz": the district before its province, not the city named
            # like the province after it
            district = _bare_district(segment, chain[index + 1])
            if district is not None:
                return district, segment
        if segment.generic == LANDMARK:
            city = _following_settlement(chain[index + 1 :])
            if city is not None:
                return _display_name(city), city
            continue
        if segment.generic in AREA_WORDS or _known_area(segment):
            if _bazaar_of_a_town(segment, chain[index + 1 :]):
                return _display_name(segment), segment  # "the Spin Boldak bazaar in Kandahar"
            city = _following_settlement(chain[index + 1 :])
            if city is not None:
                return _display_name(city), city
            if _area_of_district(segment, chain[index + 1 : index + 2]):
                return segment.name, segment
            continue
        if _is_settlement(segment, index, chain):
            return _display_name(segment), segment
    for segment in chain:
        if segment.generic in DISTRICT_WORDS:
            return f"{segment.name} {segment.generic}", segment
    for segment, after in pairwise(chain):
        district = _bare_district(segment, after)
        if district is not None:
            return district, segment
    return None, None


def _bare_district(segment: Segment, after: Segment) -> str | None:
    """ "near Shahjoy, Zabul province": a bare name the gazetteer holds only as a district,
    named before its own province, is where the report says, written as it writes it (the
    district's seat of the same name, as gold lines read it); a name in another script is
    the district in its English spelling."""
    if segment.generic is not None or not segment.places or not _names_a_province(after):
        return None
    if any(p.kind != "district" for p in segment.places):
        return None
    province = _of_kind(after, ("province",))
    if province is None or any(p.admin1 != province.admin1 for p in segment.places):
        return None
    return segment.name if segment.name.isascii() else f"{segment.places[0].name} district"


def _names_a_province(segment: Segment) -> bool:
    """A province named as such ("Zabul province"), or by a bare name the gazetteer holds as
    a province ("near Kang in Nimroz", "in Qala-e Zal, Kunduz": the district's own province,
    not the city of that name, which has no districts around it)."""
    if segment.generic == "province":
        return True
    return segment.generic is None and any(p.kind == "province" for p in segment.places)


def _city_around(segment: Segment, after: list[Segment]) -> Segment | None:
    """ "in Qala-e Najara, Kabul, Afghanistan", "in Sherpur, Kabul": a bare name the gazetteer
    does not hold, or holds as a small town of the city's own district, written before a city
    large enough to have districts of its own, is a part of that city; the city is the place."""
    if segment.generic is not None or not segment.comma_after or not after:
        return None
    city = after[0]
    big = [
        p
        for p in city.places[:1]
        if p.kind == "town" and (p.population or 0) >= CITY_WITH_DISTRICTS
    ]
    if city.generic is not None or not big:
        return None
    own_town = all(
        p.kind == "town" and p.admin2 == big[0].admin2 and (p.population or 0) < CITY_WITH_DISTRICTS
        for p in segment.places
    )
    return city if own_town else None


# Words for a part of a district where people live (not a valley or a region).
_SETTLED_AREA_WORDS = ("area", "locality", "neighborhood", "neighbourhood", "quarter", "bazaar")
_SETTLED_OR_VILLAGE = frozenset((*_SETTLED_AREA_WORDS, "village", "hamlet"))


def unknown_settlement(text: str, registry: Registry) -> Segment | None:
    """A settlement or bazaar the gazetteer does not hold, named alone ("stopped near the Salar
    bazaar"): it can make a district told in another sentence more specific."""
    if not any(word in text for word in ("bazaar", "village", "area", "locality")):
        return None  # a cheap gate: most sentences name no such place
    for chain in find_chains(text, registry):
        head = chain[0]
        settled = head.generic in _SETTLED_OR_VILLAGE
        if len(chain) == 1 and settled and not head.places and not head.opened:
            return head
    return None


def _area_of_district(segment: Segment, after: list[Segment]) -> bool:
    """ "the Dand-e Ghori area of Puli Khumri district": an area the gazetteer does not hold,
    named as part of a district, not of a city, is the most specific place named."""
    return (
        segment.generic in _SETTLED_AREA_WORDS
        and not segment.places
        and bool(after)
        and after[0].generic in DISTRICT_WORDS
    )


def _bazaar_of_a_town(segment: Segment, after: list[Segment]) -> bool:
    """ "in Sang-e Masha bazaar, Jaghori district", "in Marjah area, Nad Ali district": the
    bazaar or area of a town the gazetteer holds, named before the town's own district or
    province, is in that town, the most specific place named (not "the Herat Bazaar" of
    another city, named alone)."""
    if segment.generic not in ("bazaar", "area"):
        return False
    provinces = {p.admin1 for s in after for p in s.places}
    return any(p.kind == "town" and p.admin1 in provinces for p in segment.places)


def _known_area(segment: Segment) -> bool:
    """A bare name the gazetteer knows only as a neighbourhood or landmark ("Dasht-e-Barchi,
    in western Kabul": the place is Kabul)."""
    kinds = {p.kind for p in segment.places}
    return segment.generic is None and bool(kinds) and kinds <= {"area", "landmark"}


def _following_settlement(rest: list[Segment]) -> Segment | None:
    for position, segment in enumerate(rest):
        if segment.generic in DISTRICT_WORDS + PROVINCE_WORDS:
            return None
        if _is_settlement(segment, position, rest):
            return segment
    return None


def _city_for_its_province(segment: Segment, before: list[Segment]) -> bool:
    """ "in Dand district, Kandhar": a town named after a district of its province that it
    does not lie in stands for the province, written by its city's name; the district is where.
    """
    districts = [p for s in before if s.generic in DISTRICT_WORDS for p in s.places]
    towns = [p for p in segment.places if p.kind == "town"]
    return bool(districts and towns) and all(
        any(t.admin1 == d.admin1 and t.admin2 not in (d.admin2, d.name) for d in districts)
        for t in towns
    )


def _is_settlement(segment: Segment, index: int, chain: list[Segment]) -> bool:
    if segment.generic in SETTLEMENT_WORDS:
        return True
    if segment.generic is not None:
        return False
    kinds = {p.kind for p in segment.places}
    if "town" in kinds:
        return not _city_for_its_province(segment, chain[:index])
    if kinds & {"country", "province", "district"}:
        return False
    if kinds and kinds <= {"area", "landmark"}:
        return False  # "the Qala-e Nazer area of Dasht-e Barchi, Kabul city": a part of Kabul
    # an unknown bare name is a settlement when a comma and a district or province follow it
    later = chain[index + 1 : index + 2]
    return segment.comma_after and any(
        s.generic in DISTRICT_WORDS + PROVINCE_WORDS or s.places for s in later
    )


def _display_name(segment: Segment) -> str:
    town = _of_kind(segment, ("town",))
    return town.name if town is not None else segment.name


def _country(chain: list[Segment], known: Place | None, default: str | None) -> str | None:
    for segment in reversed(chain):
        country = _of_kind(segment, ("country",))
        if country is not None and segment.generic is None:
            return country.name
    if known is not None:
        return known.country
    return default


def fix_from_chain(
    chain: list[Segment], default_country: str | None, registry: Registry | None = None
) -> PlaceFix:
    """Read one chain into a ``PlaceFix``."""
    province, province_segment = _province(chain)
    known = _most_specific_known(chain, province)
    location, location_segment = _location(chain)
    if location is None and known is not None and registry is not None:
        city = city_of(known, registry)
        if city is not None:
            location = city.name
            location_segment = next((s for s in chain if known in s.places), None)
    admin1 = province.name if province is not None else None
    if admin1 is None and (known is None or known.kind == "country"):
        known = _town_of_district_named(chain) or known
    if admin1 is None and known is not None:
        admin1 = known.admin1 or (known.name if known.kind == "province" else None)
    if admin1 is None and province_segment is not None:
        admin1 = province_segment.name
    geo = known or province
    # the province read from a named place ("governor of Nangarhar", a district) is read there
    admin1_segment = province_segment or next((s for s in chain if known in s.places), None)
    admin1_span = (admin1_segment.start, admin1_segment.end) if admin1_segment else None
    return PlaceFix(
        country=_country(chain, known or province, default_country),
        admin1=admin1,
        admin2=known.admin2 if known is not None and known.kind != "province" else None,
        location=location,
        latitude=geo.latitude if geo else None,
        longitude=geo.longitude if geo else None,
        geo_precision=_precision(geo),
        admin1_span=admin1_span,
        location_span=(location_segment.start, location_segment.end) if location_segment else None,
    )


def _town_of_district_named(chain: list[Segment]) -> Place | None:
    """The town a district the gazetteer lacks is named after ("Chitral district" where it
    holds only the town of Chitral): the district lies in the town's province."""
    for segment in chain:
        if segment.generic in DISTRICT_WORDS:
            town = _of_kind(segment, ("town",))
            if town is not None:
                return town
    return None


def city_of(place: Place, registry: Registry) -> Place | None:
    """The city a neighbourhood or landmark lies in ("Shahr-e Naw" -> Kabul)."""
    if place.kind not in ("area", "landmark") or not place.admin2:
        return None
    return next(
        (
            p
            for p in lookup(place.admin2, registry)
            if p.kind == "town" and p.admin1 == place.admin1
        ),
        None,
    )


# A town this large is a city divided into districts of its own (Kabul's police districts,
# Jalalabad's and Kandahar's nahias): "in the same district" there is a part of the city.
# Calibrated on the gazetteer: every provincial capital with numbered city districts is
# above it, district seats such as Muhmand Dara (about 7,000) far below.
CITY_WITH_DISTRICTS: Final = 100_000


def district_of(location: str, admin1: str | None, admin2: str, registry: Registry) -> str:
    """The location "in the same district" names, after an event at ``location``: that
    district as a gold line writes it ("Zhari district"); the location itself when it is a
    district already or a city with districts of its own."""
    if location.endswith(DISTRICT_WORDS):
        return location
    towns = [p for p in lookup(location, registry) if p.kind == "town" and p.admin1 == admin1]
    if any((p.population or 0) >= CITY_WITH_DISTRICTS for p in towns):
        return location
    district = next(
        (p for p in lookup(admin2, registry) if p.kind == "district" and p.admin1 == admin1),
        None,
    )
    return f"{district.name if district is not None else admin2} district"


# The words a report calls a name a district with, around the name as written: "Achin
# district", "the district of Achin", "Açin ilçesinde", "в уезде Ачин", "مديرية أتشين";
# and a town: "Spin Boldak kasabası", "the town of Achin", "город Ачин", "ilçesinin merkezi".
# "the Khanabad district centre", "ilçe merkezi", "центр уезда", "مركز مديرية" name the town.
_CALLED_AFTER: Final = (
    r"(?:['’]\w*)?\s+(?:(?P<district>district|ilçe\w*)(?!\s+(?:centre|center|headquarters|seat"
    r"|merkez))|city|town|kasaba|kent|şehr)"
)
_CALLED_BEFORE: Final = (
    r"(?:\b(?P<district_of>district)\s+of\s+"
    r"|(?<!\w)(?<!центр )(?<!مركز )(?P<uezd>уезд\w*|مديرية|ولسوالية|بمديرية)\s+"
    r"|\b(?:city|town)\s+of\s+|(?<!\w)(?:город\w*|مدينة|بمدينة|بلدة|merkezi)\s+)"
)


def called_a_district(fix: PlaceFix, text: str, registry: Registry) -> str | None:
    """The district a bare town name stands for ("Açin ilçesinde ... Ekim ayında da Açin'de",
    "in Achin district ... Later, in Achin"): when the report calls the same written name a
    district, and never a town, the name is the district, not its seat. Not a city large
    enough to have districts of its own: "Kunduz" alone is the city."""
    if fix.location_span is None or fix.admin2 is None or fix.location is None:
        return None
    start, end = fix.location_span
    written = text[start:end]
    towns = [p for p in lookup(written, registry) if p.kind == "town" and p.admin1 == fix.admin1]
    if not towns or any((p.population or 0) >= CITY_WITH_DISTRICTS for p in towns):
        return None
    district = next(
        (
            p
            for p in lookup(fix.admin2, registry)
            if p.kind == "district" and p.admin1 == fix.admin1
        ),
        None,
    )
    if district is None:
        return None
    if not _only_called_a_district(written, text):
        return None
    return f"{written if written.isascii() else district.name} district"


@lru_cache(maxsize=64)
def _only_called_a_district(written: str, text: str) -> bool:
    """Whether every time the report names ``written`` with a kind of place, the kind is a
    district. Remembered: a report's events ask about the same name again and again, and the
    search reads the whole report."""
    name = re.escape(written)
    said = re.compile(rf"(?<!\w){name}{_CALLED_AFTER}|{_CALLED_BEFORE}{name}(?!\w)", re.I)
    kinds = [
        bool(m.group("district") or m.group("district_of") or m.group("uezd"))
        for m in said.finditer(text)
    ]
    return bool(kinds) and all(kinds)


def _precision(place: Place | None) -> int | None:
    if place is None:
        return None
    return {"town": 1, "area": 1, "landmark": 1, "district": 2, "province": 3}.get(place.kind)


def _with_settlement(fix: PlaceFix, chains: list[list[Segment]], best: list[Segment]) -> PlaceFix:
    """ "struck the river port of Hairatan on the Amu Darya, Balkh province": a settlement the
    gazetteer does not hold, named as one in a chain of its own, is where in the province
    (or district) the best chain names."""
    for chain in chains:
        if chain is best or _province(chain)[0] is not None:
            continue
        head = chain[0]
        if head.generic in SETTLEMENT_WORDS and not head.places and head.generic != "capital":
            return dataclasses.replace(
                fix, location=head.name, location_span=(head.start, head.end)
            )
    return fix


def _town_named(fix: PlaceFix, chains: list[list[Segment]], best: list[Segment]) -> PlaceFix:
    """An area's city taken from the gazetteer is its district's centre ("Qala-e Bakhtiar" lies
    in Bagrami district); when the sentence names the town itself ("the Qala-e Bakhtiar area
    on the southern edge of Kabul"), the town as written wins."""
    for chain in chains:
        if chain is best:
            continue
        for index, segment in enumerate(chain):
            town = _of_kind(segment, ("town",))
            if town is None or town.admin1 != fix.admin1:
                continue
            if _is_settlement(segment, index, chain):
                return dataclasses.replace(
                    fix, location=town.name, location_span=(segment.start, segment.end)
                )
    return fix


def _chain_score(chain: list[Segment]) -> int:
    generics = sum(1 for s in chain if s.generic and not s.opened and s.generic != LANDMARK)
    known = sum(1 for s in chain if s.places)
    unknown_bare = sum(1 for s in chain if not s.generic and not s.places)
    town = any(  # a town named as such wins over a province named for a role
        p.kind == "town"
        for s in chain
        if s.generic is None or s.generic in SETTLEMENT_WORDS
        for p in s.places
    )
    # "near the town of Ahmad Wal" names no place the gazetteer holds: a chain that does
    # ("through Balochistan") says where, and the town is read into it (_with_settlement)
    unknown = 3 if known == 0 and len(chain) == 1 else 0
    return 2 * generics + known - 2 * unknown_bare + int(town) - unknown


# A route is named for where it leads ("on the Kabul-Jalalabad highway"), not where it is.
_ROUTE_WORDS = frozenset(("road", "highway", "street", "avenue"))


def _landmark_town(fix: PlaceFix, text: str, chain: list[Segment], registry: Registry) -> PlaceFix:
    """ "a bus carrying staff of Kabul Polytechnic University": a building named for a town,
    with no other place in its chain, lies in that town; so does one named for a town of the
    province that follows it ("in the Maimana Eid Gah mosque, Faryab province")."""
    if not chain or chain[0].generic != LANDMARK:
        return fix
    if any(not _names_a_province(segment) for segment in chain[1:]):
        return fix
    head = chain[0]
    if text[head.start : head.end].rsplit(None, 1)[-1].lower() in _ROUTE_WORDS:
        return fix
    town = _town_at_start(head.name, head.start, registry)
    if town is None:
        return fix
    if fix.admin1 is not None:
        town = dataclasses.replace(
            town, places=tuple(p for p in town.places if p.admin1 == fix.admin1)
        )
        if not town.places:
            return fix  # "the Kabul Bank branch in Herat province": the bank's name only
        return fix_from_chain([town, *chain[1:]], _default_country(registry), registry)
    return fix_from_chain([town], _default_country(registry), registry)


# "Rockets struck Kandahar airport", "the gate of Jalalabad airfield": an airport named for
# its city lies at that city.
_AIRPORT_OF: Final = re.compile(
    rf"(?<![\w'’-])(?P<town>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+(?:(?:international|military)\s+)?"
    r"(?:airport|airfield|air\s?base|air\s+field)\b",
    re.IGNORECASE,
)


def _airport_town(fix: PlaceFix, text: str, registry: Registry) -> PlaceFix:
    """A province's fix made precise by the town an airport in it is named for ("struck
    Kandahar airport in Kandahar province"): the town, when it lies in that province."""
    for match in _AIRPORT_OF.finditer(text):
        for start in (
            match.start("town"),
            match.end("town") - len(match.group("town").split()[-1]),
        ):
            name = text[start : match.end("town")]
            town = next(
                (p for p in lookup(name, registry) if p.kind == "town" and p.admin1 == fix.admin1),
                None,
            )
            if town is not None:
                return dataclasses.replace(
                    fix, location=town.name, location_span=(start, match.end("town"))
                )
    return fix


def _finer_within(
    fix: PlaceFix, chains: list[list[Segment]], best: list[Segment], registry: Registry
) -> PlaceFix:
    """A province's fix made precise by another chain of the sentence inside that province
    ("elders in southern Zabul province said that a NATO air strike in Shinkay district
    killed ..."): the district or town, not the province alone."""
    for chain in chains:
        if chain is best:
            continue
        other = fix_from_chain(chain, _default_country(registry), registry)
        if other.admin1 == fix.admin1 and other.location is not None:
            return other
    return fix


def place_of(
    text: str, registry: Registry, *, offset: int = 0, loose: bool = False
) -> PlaceFix | None:
    """The best place fix in one sentence (offsets into the document), or ``None``.

    Only a chain after a locative word counts ("in X district"); with ``loose`` any name the
    gazetteer knows does (for datelines: "KABUL, March 27 -").
    """
    chains = find_chains(text, registry)
    if chains:
        best = max(chains, key=_chain_score)
        fix = fix_from_chain(best, _default_country(registry), registry)
        if fix.location is None or fix.location.endswith(DISTRICT_WORDS):
            fix = _with_settlement(fix, chains, best)
        elif _location(best)[0] is None:
            fix = _town_named(fix, chains, best)
        if fix.location is None and fix.admin1 is not None and len(chains) > 1:
            fix = _finer_within(fix, chains, best, registry)
        if fix.location is None and fix.admin1 is not None and "air" in text:
            fix = _airport_town(fix, text, registry)
        if fix.location is None:
            fix = _landmark_town(fix, text, best, registry)
        if fix.known and (fix.admin1 is not None or fix.location is not None):
            return shifted(fix, offset)
    if not loose:
        city = _city_in_the_object(text, registry)
        if city is not None:
            return shifted(city, offset)
        patterns = (_BARE_CAPITAL[0],) if _told_before(text) else _IN_THE_CAPITAL
        return _the_capital(text, registry, offset, patterns)
    found = _loose(text, registry, offset)
    return found if found is not None else _the_capital(text, registry, offset, _BARE_CAPITAL[1:])


# A city named only as what was attacked ("attacked central Kabul", "stormed Kabul
# University") or as the seat of the office attacked ("the Kabul traffic police headquarters",
# "the Kabul office of an aid group"), with no locative word before it: the city is the place.
# Read only in a sentence with no place chain, and only for a name the gazetteer holds as a town.
_CITY_WORDS = r"(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_CITY_IN_THE_OBJECT = (
    Gated(
        re.compile(
            r"\b(?:attack(?:ed|s|ing)?|storm(?:ed|s|ing)?|raid(?:ed|s|ing)?|struck|strikes?"
            r"|hit|hits|bomb(?:ed|s|ing)?|shell(?:ed|s|ing)?)\s+(?:the\s+)?"
            # not two cities ("the bombers who struck Kunduz and Mazar"): a look back
            rf"(?:{_DIRECTION})?{_CITY_WORDS}(?![\w'’-])(?!\s+and\s+[A-Z])"
        )
    ),
    Gated(
        re.compile(
            rf"\bthe\s+{_CITY_WORDS}\s+(?:[a-z]+\s+){{0,3}}"
            r"(?:headquarters|office|offices|compound|branch|bureau|airport|university|campus"
            r"|prison|jail|garrison)\b"
        )
    ),
    # "killed in his Kabul home", "shot outside her Kandahar house": a person's house named
    # by its city lies in that city
    Gated(
        re.compile(
            rf"\b(?:in|at|outside|near)\s+(?:his|her|their)\s+{_CITY_WORDS}\s+"
            r"(?:home|house|residence|guesthouse)\b"
        )
    ),
)


def _city_in_the_object(text: str, registry: Registry) -> PlaceFix | None:
    for pattern in _CITY_IN_THE_OBJECT:
        for match in pattern.finditer(text):
            segment = _town_at_start(match.group("city"), match.start("city"), registry)
            if segment is not None:
                return fix_from_chain([segment], _default_country(registry), registry)
    return None


def _town_at_start(words: str, start: int, registry: Registry) -> Segment | None:
    """The longest leading run of ``words`` the gazetteer holds as a town ("Kabul" of
    "Kabul University")."""
    parts = words.split()
    for size in range(len(parts), 0, -1):
        name = " ".join(parts[:size])
        towns = tuple(p for p in lookup(name, registry) if p.kind == "town")
        if towns:
            return Segment(name, None, start, start + len(name), towns)
    return None


# "in the north of the capital", "в столице", "في العاصمة", "başkentte": the capital named by
# its role alone, with no name or country after it, is the capital of the pack's country, which
# the gazetteer names "capital of <country>". Read only in a sentence naming no other place.
_BARE_CAPITAL = (
    Gated(
        re.compile(
            r"\b(?:north|south|east|west|(?:north|south)-?(?:east|west)|centre|center|heart"
            r"|outskirts|edge|part|parts|suburbs?|neighbou?rhoods?)\s+of\s+the\s+(?:Afghan\s+)?"
            r"capital\b(?!\s+(?:of|city)\b)(?!,?\s+[A-Z])"
        )
    ),
    Gated(
        re.compile(
            # no IGNORECASE: a capital letter after it is a country's name ("столице Пакистана")
            r"(?<!\w)(?:[Вв]о?\s+(?:афганской\s+)?столице|(?:окраин\w*|центре|част[иь]|север[еу]"
            r"|юг[еу]|восток[еу]|запад[еу])\s+(?:афганской\s+)?столицы)(?!\w)(?!\s+[А-ЯЁ])"
        )
    ),
    Gated(re.compile(r"(?<!\w)başkent(?:te|teki|in)(?!\w)", re.IGNORECASE)),
    # not "العاصمة الباكستانية" (the Pakistani capital): an adjective of another country
    Gated(
        re.compile(
            r"(?<![\u0621-\u064a])[فبو]?(?:في\s+)?العاصمة(?![\u0621-\u064a])(?!\s+ال\w+ي[ةه])"
        )
    ),
)


# A foreign state's embassy with no city named ("the Russian embassy", "the embassy of
# China"): embassies are in the capital of the pack's country. Not its own country's embassy
# ("the Afghan embassy" is abroad); read only in a sentence naming no other place.
_FOREIGN_EMBASSY = Gated(
    re.compile(
        r"\b(?!Afghan(?:istan)?\b|(?:The|This|That|Its|Their|His|Her|Our|An?|One|Each)\b)"
        r"(?:[A-Z][a-z]+|U\.?S\.?|U\.?K\.?)\s+(?:embassy|Embassy)\b"
        r"|\b(?:embassy|Embassy)\s+of\s+(?:the\s+)?(?!Afghanistan\b)[A-Z]"
    )
)


_IN_THE_CAPITAL = (_BARE_CAPITAL[0], _FOREIGN_EMBASSY)
# "the attack on the Russian embassy opens a new category of risk": an attack named with the
# definite article looks back at one told before, whose place was read where it was told.
_THE_ATTACK_ON = Gated(
    re.compile(r"\bthe\s+(?:attack|bombing|assault|strike)s?\s+(?:on|at|against)\s+the\b")
)


def _told_before(text: str) -> bool:
    return _THE_ATTACK_ON.search(text) is not None


def _the_capital(
    text: str, registry: Registry, offset: int, patterns: tuple[Gated, ...]
) -> PlaceFix | None:
    """The pack country's capital, for a sentence that names it only as "the capital" (in
    English, ``patterns[:1]``; in a report in another language, read loosely, the others)."""
    for pattern in patterns:
        match = pattern.search(text)
        if match is None:
            continue
        country = _default_country(registry)
        if country is None:
            return None
        capital = next(
            (p for p in lookup(f"capital of {country}", registry) if p.kind == "town"), None
        )
        if capital is None:
            return None
        fix = fix_from_chain(
            [Segment(capital.name, None, match.start(), match.end(), (capital,))],
            country,
            registry,
        )
        return shifted(fix, offset) if fix.admin1 is not None else None
    return None


# A place named with a locative word: "в городе Кундуз", "في مدينة قندهار", "Kunduz
# kentinde", "Kabil'de", "in Kunduz". Such a place wins over a name inside another name.
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:в|во|под|около|близ|городе|провинции|районе|уезде|in|at|near)|في|بمدينة|"
    r"بولاية|مدينة|ولاية|بإقليم|إقليم)\s+$",
    re.IGNORECASE,
)
_LOCATIVE_AFTER = re.compile(
    r"(?:['’](?:de|da|te|ta|deki|daki|teki|taki)\b|\s+(?:kentinde|kentindeki|ilinde|"
    r"vilayetinde|ilçesinde|bölgesinde|şehrinde|kentine|iline|vilayetine))",
    re.IGNORECASE,
)
# A capitalised Latin word after a place name makes it part of another name ("Kabul Bank").
_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z][a-z]")


def _loose(text: str, registry: Registry, offset: int) -> PlaceFix | None:
    """A place named without a locative chain (datelines: "KABUL, March 27 (Reuters) -"; a
    report in another language: "в городе Кундуз")."""
    # an office's initials are no place: "В ГУР утверждают" (not Ghor, "Гур")
    matches = [
        m
        for m in phrases.find_places(registry, text)
        if not _initials(m.text)
        and not _joined_to_a_word(text, m.start, m.end)
        and not _a_river(text, m.start, m.end)
        and not _a_road(text, m.start, m.end)
    ]
    located = [m for m in matches if _located(text, m.start, m.end) and not _in_a_name(text, m.end)]
    unmarked = [
        m for m in matches if m not in located and not _a_persons_name(text, m.start, m.end)
    ]
    fixes: list[tuple[bool, PlaceFix]] = []
    for match in located + unmarked:
        places = lookup(match.text, registry)
        if not places or places[0].kind == "country":
            continue
        segment = Segment(match.text, None, match.start, match.end, places)
        fix = fix_from_chain([segment], _default_country(registry), registry)
        if fix.admin1 is not None:
            fixes.append((match in located, fix))
    if not fixes:
        return None
    pool = [f for is_located, f in fixes if is_located] or [fixes[0][1]]
    first = pool[0]
    # "в провинции Тахар ... в Талукане": the town in the province named first is more precise.
    finer = next((f for f in pool if f.location is not None and f.admin1 == first.admin1), None)
    return shifted(finer if first.location is None and finer is not None else first, offset)


# A name a speaker frame opens ("по словам Задрана", "according to Zadran") or that follows a
# Russian given name ("Халид Задран") is a person's, whatever place shares it: a surname
# taken from a tribe or district is common in Afghan names. Only for unmarked names: "в
# Кабуле" stays a place. (An English capitalised word before a name is too often a group or
# an adjective, "Taliban Kandahar", to read as a given name.)
_SPEAKER_BEFORE = re.compile(
    r"(?:\bпо\s+(?:словам|данным|информации)|\baccording\s+to|(?:^|\s)(?:بحسب|حسب))\s+$",
    re.IGNORECASE,
)
_GIVEN_NAME_BEFORE = re.compile(r"[\s(«\"]([А-ЯЁ][а-яё]{2,}) $")
# Turkish marks its speaker after the name: "Zadran'a göre" (according to Zadran), or opens
# the sentence on the name and a comma and closes it on the verb of saying ("Zadran,
# saldırıda ölen olmadığını belirtti": Zadran said no one died in the attack).
_SPEAKER_AFTER_TR = re.compile(r"['’](?:[ae]|y[ae])\s+göre\b")
_SAYS_AT_END_TR = re.compile(
    r"(?:söyledi|belirtti|açıkladı|bildirdi|kaydetti|ifade etti|anlattı|ileri sürdü"
    r"|iddia etti|aktardı|vurguladı|duyurdu|doğruladı)[.!]?\s*$"
)


def _a_persons_name(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 24) : start]
    if _SPEAKER_BEFORE.search(before):
        return True
    if _SPEAKER_AFTER_TR.match(text, end):
        return True
    if not before.strip() and text.startswith(",", end) and _SAYS_AT_END_TR.search(text):
        return True
    # not the sentence's first word, which is capitalised anyway ("Губернатор Кундуза ...")
    return bool(_GIVEN_NAME_BEFORE.search(text, max(0, start - 24), start))


def _initials(name: str) -> bool:
    return name.isupper() and len(name) <= 3


def _joined_to_a_word(text: str, start: int, end: int) -> bool:
    """A name hyphenated to a word is part of a longer name or a compound ("«Кабул-банк»",
    "the Kabul-Jalalabad road"), never a place on its own."""
    return text[start - 1 : start] == "-" or bool(_HYPHEN_JOINS.match(text, end))


_HYPHEN_JOINS = re.compile(r"-\w")
# A river shares its name with a town or a province ("через реку Кундуз", "the Helmand
# River", "Kunduz Nehri", "نهر هلمند"): the river is no place of an event.
_RIVER_BEFORE = re.compile(r"(?:\b(?:рек[аеиуой]|river)|نهر)\s+$", re.IGNORECASE)
_RIVER_AFTER = re.compile(r"\s+(?:River|Nehri)\b")


def _a_river(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    return bool(_RIVER_BEFORE.search(before) or _RIVER_AFTER.match(text, end))


# A road named for the town it leads to ("على طريق جلال آباد", "по трассе на Джелалабад",
# "the road towards Parwan", "Celalabad yolunda"): the town is not where the road was hit.
_ROAD_BEFORE = re.compile(
    r"(?:\b(?:road|highway)\s+(?:to|towards?)|\bтрасс\w*\s+(?:на|до)|\bдорог\w*\s+(?:на|до)"
    r"|(?:^|\s)(?:ال)?طريق)\s+$",
    re.IGNORECASE,
)
_ROAD_AFTER = re.compile(r"(?:['’]\w*)?\s+(?:yolu|karayolu|otoyolu)\w*", re.IGNORECASE)


def _a_road(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start]
    return bool(_ROAD_BEFORE.search(before) or _ROAD_AFTER.match(text, end))


def _in_a_name(text: str, end: int) -> bool:
    return bool(_NAME_GOES_ON.match(text, end))


def _located(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 20) : start]
    return bool(_LOCATIVE_BEFORE.search(before) or _LOCATIVE_AFTER.match(text, end))


def shifted(fix: PlaceFix, offset: int) -> PlaceFix:
    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + offset, span[1] + offset)

    return PlaceFix(
        fix.country,
        fix.admin1,
        fix.admin2,
        fix.location,
        fix.latitude,
        fix.longitude,
        fix.geo_precision,
        move(fix.admin1_span),
        move(fix.location_span),
    )


def _default_country(registry: Registry) -> str | None:
    countries = {p.country for p in registry.packs if p.country}
    return next(iter(countries)) if len(countries) == 1 else None
