"""Where an event happened, in a Turkish, Russian, Arabic, Dari or Pashto sentence.

These languages mark what kind of place a name is with their own words and word order:
Turkish puts the word after the name ("Nangarhar vilayetine bağlı Nazyan ilçesinde",
"Cevizcan vilayetinin merkezi Şibirgan'da"), Russian and Arabic before it ("в уезде
Нахри-Шахи провинции Балх", "مديرية سركاني بولاية كنر"). Each name is read with that word
(province, district, settlement, area) and resolved in the gazetteer: by any alias, else, for
a name the text marks as a place, by its consonant skeleton (``resolve.spelling``) among the
places of that kind, inside the province the sentence names. The event's place is the most
specific one inside that province; ``location`` follows docs/gold-format.md with the
gazetteer's spelling ("Nazyan district", "Sheberghan"), or the name as written for a Latin
village the gazetteer does not hold ("Samti köyünde" gives "Samti").
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from conflictdesk.extract import phrases
from conflictdesk.extract.caseless import Gated
from conflictdesk.extract.places import PlaceFix, city_of, lookup, shifted
from conflictdesk.resolve.gazetteer import Gazetteer, get_gazetteer
from conflictdesk.resolve.registry import Place, Registry
from conflictdesk.resolve.spelling import NEWSPAPER_LATIN, skeleton

_TR_AFTER: Final = (
    ("province", r"vilayet\w*|eyalet\w*|il(?:i|inde|ine|inin|indeki)"),
    ("district", r"ilçe\w*"),
    # a river or border port is a town: "Şirhan Bender limanını" (as "порт" in Russian)
    ("settlement", r"köy\w*|kent\w*|şehr\w*|şehir\w*|kasaba\w*|liman\w*"),
    ("area", r"mahalle\w*|semt\w*"),
)
_RU_BEFORE: Final = (
    ("province", r"провинци\w*|вилайят\w*|вилоят\w*|остан\w*"),
    ("district", r"уезд\w*"),
    (
        "settlement",
        # "от пограничного порта Хайратан": a river port is a town
        r"город\w*|порт[аеу]?|кишлак\w*|сел[оеау]|селени[еяюи]|деревн\w*|пос[её]лк\w*"
        r"|окрестност\w*",
    ),
    ("area", r"квартал\w*|микрорайон\w*|район\w*"),
)
_AR_PREFIX = r"(?:[وبلف]?)"
_AR_BEFORE: Final = (
    ("province", rf"{_AR_PREFIX}(?:ولاية|محافظة|إقليم|اقليم|ولایت)"),
    ("district", rf"{_AR_PREFIX}(?:مديرية|مقاطعة|ولسوالية|ولسوالي|ولسوالی|ولسوالۍ)"),
    ("settlement", rf"{_AR_PREFIX}(?:مدينة|قرية|بلدة|شهر|قریه|ښار|کلی)"),
    ("area", rf"{_AR_PREFIX}(?:حي|ناحية|ناحیه)"),
)
# A Turkish name marked as a place by the locative case after an apostrophe ("Şibirgan'da").
# Not the ablative or dative: "İslamabad'dan ... giden konvoy", "Kabil'e sevk edildi" name
# where someone came from or went to, not where the event happened.
_TR_CASE: Final = re.compile(r"['’](?:da|de|ta|te|daki|deki|taki|teki|nda|nde)\b")
# "vilayetinin merkezi Şibirgan'da": the centre of a province or district is a settlement.
_TR_CENTRE: Final = re.compile(r"\bmerkezi\s+$")
_RU_LOCATIVE: Final = re.compile(
    r"(?:^|\s)(?:в|во|под|около|близ|возле|у)\s+$"
    # a part of a place, with the place in the genitive: "в центре Кабула", "на западной
    # окраине Газни", "в старой части города", "на юге Нангархара"
    r"|(?:^|\s)(?:в|на)\s+(?:[а-яё-]+(?:ой|ей|ом|ем)\s+)?(?:част[иь]|окраин[еах]\w*|центре"
    r"|пригород[еах]\w*|север[еу]|юг[еу]|восток[еу]|запад[еу])\s+$",
    re.IGNORECASE,
)
_AR_LOCATIVE: Final = re.compile(r"(?:^|\s)(?:في|قرب|بالقرب من|داخل|در|په)\s+$")

_TR_NAME: Final = re.compile(
    r"(?<![\w'’-])[A-ZÇĞİÖŞÜ][\w]*(?:(?:-|\s)(?:[a-zçğıiöşü]{1,2}-?\s?)?[A-ZÇĞİÖŞÜ][\w]*){0,2}"
)
# "Хост-о-Феринг": a short lowercase connector between hyphens stays inside the name.
_RU_NAME: Final = re.compile(r"(?<![\w-])[А-ЯЁ][\w]*(?:(?:-(?:[а-яё]{1,2}-)?|\s)[А-ЯЁ][\w]*){0,2}")
_LATIN: Final = re.compile(r"[A-Za-zÇĞİÖŞÜçğıöşüÂâÎîÛû' -]+")
# Arabic-script letters and their marks, not the script's own punctuation and digits: "كابل،"
# is the name "كابل" before an Arabic comma (U+060C), "٢٠٢١" no name.
_AR_WORD: Final = re.compile(
    r"[\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06ef\u06fa-\u06ff]+"
)

# A name marked only by a case ending or preposition ("Leşkergah'ta", "в Кабуле") is looked
# up by skeleton only when it has this many consonants: shorter ones match too much.
_BARE_SKELETON: Final = 4
# With a word that says what kind of place it is ("Sarıyer ilçesi"), three.
_MARKED_SKELETON: Final = 3
# With a place word and inside a province the sentence names ("مديرية دره بولاية بنجشير",
# Dara district of Panjshir), two: a province holds few districts of two consonants.
_INSIDE_SKELETON: Final = 2
# A capitalised word this short is an office's initials: "ГУР" (intelligence) is no "Гур".
_INITIALS: Final = 3
FOREIGN_LANGUAGES: Final = frozenset({"tr", "ru", "ar", "fa", "ps"})
_LEVEL: Final = {"town": 0, "area": 0, "landmark": 0, "district": 1, "province": 2}
_KINDS: Final[dict[str | None, tuple[str, ...]]] = {
    "province": ("province",),
    "district": ("district",),
    "settlement": ("town", "district"),
    "area": ("area", "landmark", "town"),
    None: ("town", "area", "landmark", "district", "province"),
    "plural": (),
}


@dataclass(frozen=True, slots=True)
class _Named:
    """A name in the sentence, the kind of place its words say it is, and what it may be."""

    start: int
    end: int
    text: str
    generic: str | None
    located: bool
    places: tuple[Place, ...]


def foreign_place(
    text: str, registry: Registry, language: str, *, offset: int = 0
) -> PlaceFix | None:
    """The place of one sentence in ``language`` ("tr", "ru", "ar", "fa", "ps"), or ``None``
    when no name in it is marked as a place (offsets into the document)."""
    fix = _place(text, registry, language)
    return shifted(fix, offset) if fix is not None else None


def _place(text: str, registry: Registry, language: str) -> PlaceFix | None:
    named = _named(text, registry, language)
    if any(n.generic == "plural" and not _an_adjective(n.text) for n in named):
        # a list of places is not where one event happened; but the plural word before an
        # adjective names no place: "عدد من الولايات الشمالية" (several northern provinces)
        return None
    routes = _route_ends(text, named, language)
    located = [n for n in named if n.located and n.places and n.start not in routes]
    # "у селения X в уезде Y, в семи километрах от города Кундуз": the town a distance is
    # measured from is not where it happened, unless it is the only place named
    located = [n for n in located if not _distance_from(text, n, language)] or located
    if language in ("ar", "fa", "ps"):
        # "قتل ... في مديرية غوزره، ونفذ هجمات في كابل وقندوز": the place apart from the list
        listed = _listed(text, named)
        located = [n for n in located if n.start not in listed] or located
    located = _without_office_province(text, located, language)
    village = _arabic_village(text, named) if language in ("ar", "fa", "ps") else None
    if village is not None:
        # the village's name is no district its consonants happen to spell ("بقرية جار بولاق
        # في مديرية جاركنت" is a village of Chahar Kint, not Chahar Bolak district)
        located = [n for n in located if not (n.start < village[1] and village[0] < n.end)]
    if not located:
        return (
            _village(text, named, _one_province(named))
            or _lone_village(text, named)
            or _lone_arabic_village(village, named)
            or _unknown_district(named, None, registry)
        )
    province = (
        _province_of_the_place(located)
        or next((_first(n, ("province",)) for n in located if n.generic == "province"), None)
        or next((_first(n, ("province",)) for n in located if n.generic is None), None)
    )
    admin1 = province.admin1 if province is not None else None
    best: tuple[int, int, _Named, Place] | None = None
    for n in located:
        place = _choose(n, admin1)
        if place is None or place.kind == "country":
            continue
        rank = (_LEVEL.get(place.kind, 3), n.start)
        if best is None or rank < best[:2]:
            best = (*rank, n, place)
    if best is None:
        return None
    _, _, n, place = best
    if place.kind in ("province", "district"):
        found = _village(text, named, place)
        if found is None and village is not None:
            found = _as_written(village, place)
        if found is None and place.kind == "province":
            found = _unknown_district(named, place, registry)
        if found is not None:
            return found
    if place.kind in ("area", "landmark"):
        n, place = _town_named(named, n, place)
    return _fix(n, place, registry)


# An office and the province it governs, before the name in Russian and Arabic ("губернатора
# соседней провинции Кундуз", "والي ولاية قندوز"), after it in Turkish ("Kunduz vilayeti
# valisi"): the province of the office, not necessarily of the event.
_OFFICE_BEFORE: Final = {
    "ru": re.compile(
        r"(?:губернатор\w*|начальник\w*\s+полиции|глав[аеуы]\w*)\s+(?:[а-яё]+\s+)?"
        r"провинци\w*\s+$",
        re.IGNORECASE,
    ),
    "ar": re.compile(r"(?:^|\s)(?:والي|حاكم|محافظ)\s+(?:ولاية|إقليم|محافظة)\s+$"),
}
_OFFICE_AFTER: Final = re.compile(
    r"(?:['’]\w*)?\s+(?:(?:vilayeti|ili|eyaleti)\s+)?(?:valisi|vali\s+yardımcısı)\b",
    re.IGNORECASE,
)


def _an_office(text: str, named: _Named, language: str) -> bool:
    if language == "tr":
        return bool(_OFFICE_AFTER.match(text, named.end))
    before = _OFFICE_BEFORE.get("ar" if language in ("fa", "ps") else language)
    return before is not None and bool(before.search(text, max(0, named.start - 50), named.start))


def _without_office_province(text: str, located: list[_Named], language: str) -> list[_Named]:
    """Without a province named only for its governor when the sentence marks a town or
    district of another province: "В Талокане ... взрыв в мечети убил губернатора соседней
    провинции Кундуз" happened in Taloqan (Takhar), not in Kunduz."""
    finer = {
        p.admin1
        for n in located
        if n.generic != "province"
        for p in n.places
        if p.kind in ("town", "district")
    }
    if not finer:
        return located
    return [
        n
        for n in located
        if n.generic != "province"
        or not _an_office(text, n, language)
        or any(p.admin1 in finer for p in n.places)
    ]


# An Arabic village word and its name, one or two words up to a preposition, a place word
# or punctuation: "بقرية سرخ مرغاب في مديرية ده راود", "قرب قرية شيوان، واستمر".
_AR_LETTERS: Final = r"[\u0621-\u064a\u0671-\u06d3]+"
_AR_STOP: Final = (
    # prepositions, conjunctions and times that follow a village's name, not a second word of it
    r"(?:في|من|على|عن|إلى|قرب|بين|مع|حيث|التي|الذي|شمال\w*|جنوب\w*|شرق\w*|غرب\w*"
    r"|عندما|حين|بعد|قبل|خلال|أثناء|لدى|عند|ضد|نحو|إثر|يوم|صباح|مساء|ليلة|كما|ثم"
    # "قرية X إنهم ..." (said that they), "قرية X كان يختبئ فيه" (where he hid): a particle
    # or a verb of being opens a clause after the name
    r"|[إأا]ن(?:ه|ها|هم)?|كان(?:ت|وا)?"
    r"|[وبل]?(?:مديرية|ولاية|مدينة|منطقة|إقليم|محافظة|ولسوالية)|ال\w*)(?![\u0621-\u064a])"
)
_AR_VILLAGE: Final = re.compile(
    rf"(?:^|\s)[وب]?(?:قرية|بلدة)\s+(?P<name>(?!{_AR_STOP}){_AR_LETTERS}"
    rf"(?:\s+(?!{_AR_STOP})(?!و){_AR_LETTERS})?)(?=[\s،,.]|$)"
)


def _arabic_village(text: str, named: list[_Named]) -> tuple[int, int, str] | None:
    """A village an Arabic sentence names that the gazetteer holds no town for: the start, end
    and name as written (a village the gazetteer lacks stays as the report writes it, see
    docs/gold-format.md)."""
    match = _AR_VILLAGE.search(text)
    if match is None:
        return None
    start, end = match.span("name")
    for n in named:
        if n.start < end and start < n.end and any(p.kind == "town" for p in n.places):
            return None  # a town the gazetteer knows is read as that town
    return start, end, match.group("name")


def _as_written(village: tuple[int, int, str], within: Place) -> PlaceFix:
    """A village the gazetteer lacks, kept as the report writes it (or romanised), placed
    inside the district or province that holds it."""
    start, end, name = village
    return PlaceFix(
        country=within.country,
        admin1=within.admin1,
        admin2=within.admin2 if within.kind == "district" else None,
        location=name,
        latitude=within.latitude,
        longitude=within.longitude,
        geo_precision=2 if within.kind == "district" else 3,
        location_span=(start, end),
    )


def _one_province(named: list[_Named]) -> Place | None:
    """The province of the towns and districts a sentence names without marking them as
    where, when they all lie in one: "Mezar-ı Şerif'in 12 kilometre güneyindeki Şadyan
    köyünde" (a village measured from a town) is in Balkh. A province named alone does not
    count: "начальник полиции Кунара" names an office, not where the village lies."""
    towns = [p for n in named for p in n.places[:1] if p.kind in ("town", "district")]
    if len({p.admin1 for p in towns}) != 1:
        return None
    admin1 = towns[0].admin1
    province = next((p for n in named for p in n.places if p.kind == "province"), None)
    return province if province is not None and province.admin1 == admin1 else towns[0]


def _lone_village(text: str, named: list[_Named]) -> PlaceFix | None:
    """A Latin village the gazetteer lacks, in a sentence that names no other place ("Pakistan
    sınırına yakın Kotkay köyünde"): its name alone, with no province, so that the report's
    district can take it as its settlement."""
    if any(p.kind != "country" for n in named for p in n.places):
        return None
    return _village(text, named, None, lone=True)


def _lone_arabic_village(
    village: tuple[int, int, str] | None, named: list[_Named]
) -> PlaceFix | None:
    """An Arabic village the gazetteer lacks, in a sentence that names no other place ("كانوا
    عائدين من توزيع المساعدات في قرية X"): its name as written, with no province, so that the
    district the report named before can take it as its settlement."""
    if village is None or any(p.kind != "country" for n in named for p in n.places):
        return None
    start, end, name = village
    return PlaceFix(location=name, location_span=(start, end))


def _province_of_the_place(located: list[_Named]) -> Place | None:
    """Of several provinces a sentence names, the one a town or district it marks lies in:
    "the governor of Kunduz province died in a blast in the town of Taloqan, centre of Takhar
    province" happened in Takhar; the other province names an office or a neighbour."""
    provinces = [p for n in located if n.generic == "province" for p in n.places[:1]]
    if len({p.admin1 for p in provinces}) < 2:
        return None
    marked = {
        p.admin1
        for n in located
        if n.generic in ("district", "settlement", "area")
        for p in n.places
        if p.kind != "province"
    }
    inside = [p for p in provinces if p.admin1 in marked]
    return inside[0] if len({p.admin1 for p in inside}) == 1 else None


def _an_adjective(word: str) -> bool:
    """An Arabic adjective of place with its article ("الشمالية", northern), no name."""
    return word.startswith("ال") and word.rstrip("،,").endswith(("ية", "ي"))


def _town_named(named: list[_Named], area: _Named, place: Place) -> tuple[_Named, Place]:
    """An area lies in the town the sentence names with it ("в районе Кала-и-Бахтияр на южной
    окраине Кабула"), not in its district's centre the gazetteer would give (Bagrami)."""
    for n in named:
        if n is area or n.generic not in (None, "settlement"):
            continue
        town = next((p for p in n.places if p.kind == "town" and p.admin1 == place.admin1), None)
        if town is not None:
            return n, town
    return area, place


# A road or border between two places ("الطريق بين غزني وولاية باكتيكا", "трасса между
# Кабулом и Джелалабадом", "Kabil ile Celalabad arasındaki yol"): neither end is where.
_AR_KIND: Final = r"(?:ولاية|مدينة|مديرية|محافظة|إقليم)\s+"
_RU_KIND: Final = r"(?:город\w*|провинци\w*|уезд\w*)\s+"
_ROUTE: Final = {
    "ar": (
        re.compile(rf"(?:^|\s)بين\s+(?:{_AR_KIND})?$"),
        re.compile(rf"\s+و(?:{_AR_KIND})?"),
        None,
    ),
    "ru": (
        re.compile(rf"(?:^|\s)между\s+(?:{_RU_KIND})?$", re.IGNORECASE),
        re.compile(rf"\s+и\s+(?:{_RU_KIND})?", re.IGNORECASE),
        None,
    ),
    "tr": (
        None,
        re.compile(r"(?:['’]\w+)?(?:\s+(?:vilayeti|ili|ilçesi|kenti|şehri))?\s+(?:ile|ve)\s+"),
        re.compile(r"(?:['’]\w*)?(?:\s+\w+)?\s+arasında\w*"),
    ),
}


def _route_ends(text: str, named: list[_Named], language: str) -> set[int]:
    """The starts of two names a route or border runs between: Arabic and Russian put the
    word for "between" before them, Turkish "arasında" after."""
    patterns = _ROUTE.get("ar" if language in ("fa", "ps") else language)
    if patterns is None:
        return set()
    before, gap, after = patterns
    out: set[int] = set()
    for a, b in pairwise(named):
        if not gap.fullmatch(text, a.end, b.start):
            continue
        opened = before is None or before.search(text, max(0, a.start - 30), a.start)
        closed = after is None or after.match(text, b.end)
        if opened and closed:
            out.update((a.start, b.start))
    return out


# A distance measured from a place: "в 10 км к северу от города Кундуз", "على بعد سبعة
# كيلومترات من مدينة قندوز" before the name; "Kunduz'a 7 kilometre uzaklıkta" after it.
_DISTANCE_BEFORE: Final = {
    "ru": re.compile(
        r"(?:километр\w*|км\.?)\s+(?:[а-яё]+\s+){0,2}от\s+(?:(?:город|центр|провинци|уезд)\w*\s+)?$"
    ),
    "ar": re.compile(r"(?:كيلومتر\w*|كم)\s+(?:من|عن)\s+(?:(?:مدينة|مركز|ولاية)\s+)?$"),
}
_DISTANCE_AFTER: Final = re.compile(
    r"['’]\w*\s+(?:\d+|[a-zçğıöşü]+)\s*(?:km|kilometre)\b"
    # a side of a place in the genitive: "Zerenc'in güneyindeki Kang ilçesinde"
    r"|['’]n?[iıuü]n\s+(?:kuzey|güney|doğu|batı)\w*(?:ndeki|nda|nde)\b"
)


def _distance_from(text: str, named: _Named, language: str) -> bool:
    """Whether ``named`` is the point a distance is measured from."""
    if language == "tr":
        return bool(_DISTANCE_AFTER.match(text, named.end))
    before = _DISTANCE_BEFORE.get("ar" if language in ("fa", "ps") else language)
    return before is not None and bool(before.search(text, max(0, named.start - 60), named.start))


# Between two names of a list: "كابل وقندوز" (the conjunction glued to the next name),
# "كابل، قندوز".
_AR_LIST_GAP: Final = re.compile(r"\s*[،,]?\s*و?")


def _listed(text: str, named: list[_Named]) -> set[int]:
    """The starts of names that stand in a list ("في كابل وقندوز وقندهار"): several cities
    are not where one event happened."""
    out: set[int] = set()
    for a, b in pairwise(named):
        gap = text[a.end : b.start]
        joined = text[b.start : b.start + 1] == "و" or "و" in gap or "،" in gap or "," in gap
        if joined and _AR_LIST_GAP.fullmatch(gap):
            out.update((a.start, b.start))
    return out


def _named(text: str, registry: Registry, language: str) -> list[_Named]:
    out: list[_Named] = []
    # a group's name is not a place ("«Вилаят Хорасан»", "ولاية خراسان")
    taken = [(a.start, a.end) for a in phrases.find_actors(registry, text)]
    gazetteer = get_gazetteer(registry)
    candidates = _names(text, language)
    for m in phrases.find_places(registry, text):
        if any(s < m.end and m.start < e for s, e in taken):
            continue
        if m.text.isupper() and len(m.text) <= _INITIALS:
            continue  # "В ГУР утверждают": an office's initials, not Ghor ("Гур")
        if _HYPHEN_GOES_ON.match(text, m.end) or text[m.start - 1 : m.start] == "-":
            continue  # "Хост-о-Феринг" is not Khost: the hyphen makes one longer name
        longer = _longer_name(text, m.start, m.end, candidates, language, gazetteer)
        if longer is not None:
            out.append(longer)
            taken.append((longer.start, longer.end))
            continue
        generic = _generic(text, m.start, m.end, language)
        known = lookup(m.text, registry)
        places = tuple(p for p in known if p.kind in _KINDS[generic])
        if not places and generic is not None:
            # "Bakva ilçesinde": the alias names a town, the word says district; the district
            # is sought by skeleton in the province of the town
            places = _seat_first(_marked_by_skeleton(m.text, generic, known, gazetteer), known)
        elif generic == "settlement" and places and all(p.kind == "district" for p in places):
            places = _town_of_district(m.text, places, gazetteer) or places
        located = generic is not None or _locative(text, m.start, m.end, language)
        out.append(_Named(m.start, m.end, m.text, generic, located, places))
        taken.append((m.start, m.end))
    # each span's place word, read once for both passes (an Arabic sentence has a candidate
    # at every word, and the place words are a dozen patterns)
    generics: dict[tuple[int, int], str | None] = {}
    # provinces first, so that a district named before its province is sought inside it
    for wanted in (True, False):
        province = next((_first(n, ("province",)) for n in out if n.generic == "province"), None)
        admin1 = province.admin1 if province is not None else None
        named = _provinces_named(out)
        for spans in candidates:
            for start, end in spans:  # longest first: "مدينة بل خمري", then "بل"
                if any(s < end and start < e for s, e in taken):
                    continue
                generic = generics.get((start, end), "")
                if generic == "":
                    generic = generics[start, end] = _generic(text, start, end, language)
                if (generic == "province") is not wanted:
                    continue
                found = _spelled(text, start, end, language, generic, admin1, gazetteer)
                if found is None and not admin1 and len(named) == 1 and generic != "plural":
                    # "Serpul emniyet sözcüsü ... Seyyad ilçesindeki": a name too short to
                    # seek everywhere, sought in the one province the sentence names
                    found = _spelled(text, start, end, language, generic, min(named), gazetteer)
                if found is not None and not found.places and named and not admin1:
                    found = _in_a_province_named(found, named, gazetteer)
                if found is not None and found.generic == "settlement" and named and not admin1:
                    inside = tuple(p for p in found.places if p.admin1 in named)
                    found = dataclasses.replace(found, places=inside)
                elif found is not None and found.generic == "settlement" and not admin1:
                    found = _near_the_districts_named(found, out)
                if found is not None and (found.places or (start, end) == spans[-1]):
                    out.append(found)
                    taken.append((start, end))
                    break
    return sorted(out, key=lambda n: n.start)


def _longer_name(
    text: str,
    start: int,
    end: int,
    candidates: list[list[tuple[int, int]]],
    language: str,
    gazetteer: Gazetteer,
) -> _Named | None:
    """A longer capitalised name, marked as a place, that ends with a known one and that its
    consonants resolve: "Peştun Kot ilçesinde" is Pashtun Kot district, not Kot district of
    another province; "в уезде Назиан Кала" likewise. Turkish and Russian only, where names
    are capitalised."""
    if language not in ("tr", "ru"):
        return None
    for spans in candidates:
        s, e = spans[0]
        if s >= start:
            break
        if e < end:
            continue
        generic = _generic(text, s, e, language)
        if generic is None or generic == "plural":
            return None
        found = _spelled(text, s, e, language, generic, None, gazetteer)
        return found if found is not None and found.places else None
    return None


def _marked_by_skeleton(
    name: str, generic: str, known: tuple[Place, ...], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """Places of the kind the text's word says, sought by skeleton in the provinces of the
    towns the alias names, each province on its own: "Devletabad ilçesi" is a town's alias in
    Balkh and in Faryab, and each has its Dawlatabad district (the sentence's province
    chooses later)."""
    provinces: list[str | None] = [*sorted({p.admin1 for p in known if p.admin1})] or [None]
    return tuple(
        p
        for admin1 in provinces
        for p in gazetteer.by_skeleton(name, kinds=_KINDS[generic], admin1=admin1)
    )


def _seat_first(found: tuple[Place, ...], known: tuple[Place, ...]) -> tuple[Place, ...]:
    """Districts a town's name fits by its consonants, only the town's own when it is one of
    them: "مديرية سبيره" is Spera district, where the town of Sperah lies, not Sabri, whose
    consonants are the same once Arabic writes the "p" as "b"."""
    seats = {(p.admin1, p.admin2) for p in known if p.kind == "town"}
    own = tuple(p for p in found if (p.admin1, p.name) in seats)
    return own or tuple(found)


def _town_of_district(
    name: str, districts: tuple[Place, ...], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """The town a name spells inside the district that name also spells, when the text calls
    it a town or village: "İşkaşim kasabası" is the town of Ashkasham, not Ishkashim district
    (a district and its seat often share a name in different spellings)."""
    seats = {(d.admin1, d.name) for d in districts}
    towns = gazetteer.by_skeleton(name, kinds=("town",), admin1=None)
    return tuple(t for t in towns if (t.admin1, t.admin2) in seats)


def _in_a_province_named(found: _Named, provinces: set[str], gazetteer: Gazetteer) -> _Named:
    """A marked name whose consonants fit places in several provinces, sought in the ones
    the sentence names: "Bağlan Emniyet Müdürlüğü sözcüsü ... Dahana-i Gori ilçesinden" is
    Dahana-i-Ghuri district of Baghlan; kept unresolved unless exactly one of them holds it."""
    if found.generic in (None, "plural"):
        return found
    inside = [
        p
        for province in sorted(provinces)
        for p in gazetteer.by_skeleton(found.text, kinds=_KINDS[found.generic], admin1=province)
    ]
    if len({p.admin1 for p in inside}) != 1:
        return found
    return dataclasses.replace(found, places=tuple(inside))


def _near_the_districts_named(found: _Named, named: list[_Named]) -> _Named:
    """A village only its consonants resolve, in a sentence that names towns or districts
    by name but no province: sought in their provinces ("у въезда в селение Кала-и-Шахр на
    дороге ... Пагмана" is no namesake in another province)."""
    provinces = {p.admin1 for n in named for p in n.places[:1] if p.kind in ("district", "town")}
    if not provinces:
        return found
    inside = tuple(p for p in found.places if p.admin1 in provinces)
    return dataclasses.replace(found, places=inside)


def _provinces_named(named: list[_Named]) -> set[str]:
    """The provinces the sentence names, with a place word or without ("Nangarhar Valiliği
    sözcüsü", the governor's spokesman of Nangarhar). A village or town only its consonants
    resolve is sought inside them: "Asadkhel köyünde" is no Sayd Khel, a district of Parwan."""
    return {p.admin1 for n in named for p in n.places if p.kind == "province" and p.admin1}


def _spelled(
    text: str,
    start: int,
    end: int,
    language: str,
    generic: str | None,
    admin1: str | None,
    gazetteer: Gazetteer,
) -> _Named | None:
    """A name the text marks as a place (``generic``: its place word, see ``_generic``),
    looked up by its skeleton; ``None`` when unmarked."""
    if generic is None and not (language in ("tr", "ru") and _locative(text, start, end, language)):
        return None  # unmarked, whatever its skeleton: most candidates, so none is computed
    name = text[start:end]
    sound = len(skeleton(name))
    shortest = _MARKED_SKELETON if admin1 is None or generic is None else _INSIDE_SKELETON
    if sound < shortest or (generic is None and sound < _BARE_SKELETON):
        return None
    places = tuple(gazetteer.by_skeleton(name, kinds=_KINDS[generic], admin1=admin1))
    if not places and generic is not None and "ك" in name:
        # Arabic has no "g" and writes the Dari "گ" as "ك": "مديرية كذره" is Guzara district
        places = _with_gaf(name, generic, admin1, gazetteer)
    return _Named(start, end, name, generic, True, places)


def _with_gaf(
    name: str, generic: str, admin1: str | None, gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """Places an Arabic name fits once its "ك" are read as the Dari "گ": all of them ("كذره",
    Guzara), else one at a time, since a name may have both letters ("لشكركاه", Lashkargah)."""
    kafs = [i for i, c in enumerate(name) if c == "ك"]
    variants = [name.replace("ك", "گ")]
    if len(kafs) > 1:
        variants += [name[:i] + "گ" + name[i + 1 :] for i in kafs]
    for variant in variants:
        found = tuple(gazetteer.by_skeleton(variant, kinds=_KINDS[generic], admin1=admin1))
        if found:
            return found
    return ()


def _names(text: str, language: str) -> list[list[tuple[int, int]]]:
    """Candidate names, each as its spans to try, longest first."""
    if language == "tr":
        return [[m.span()] for m in _TR_NAME.finditer(text)]
    if language == "ru":
        return [[m.span()] for m in _RU_NAME.finditer(text)]
    if language in ("ar", "fa", "ps"):
        words = list(_AR_WORD.finditer(text))
        out: list[list[tuple[int, int]]] = []
        for here, after in zip(words, [*words[1:], None], strict=True):
            spans = [here.span()]
            if after is not None and text[here.end() : after.start()].isspace():
                spans.insert(0, (here.start(), after.end()))
            out.append(spans)
        return out
    return []


# The place words, compiled once: after the name in Turkish, before it in the others.
_TR_PLURAL: Final = re.compile(r"(?:['’]\w*)?\s+(?:vilayet|il|ilçe|köy|kent|eyalet)(?:ler|lar)")
_TR_GENERIC: Final = tuple(
    (generic, re.compile(rf"(?:['’]\w*)?\s+(?:{words})\b")) for generic, words in _TR_AFTER
)
_PLURAL_BEFORE: Final = Gated(
    re.compile(r"(?:провинциях|провинций|уездах|уездов|ولايات|مديريات)\s+$")
)
_GENERIC_BEFORE: Final = {
    language: tuple(
        (generic, re.compile(rf"(?:^|[\s(«\"])(?:{words})\s+$", re.IGNORECASE))
        for generic, words in table
    )
    for language, table in (("ru", _RU_BEFORE), ("ar", _AR_BEFORE))
}


# A hyphen and a letter after a known name: the name is the first part of a longer one.
_HYPHEN_GOES_ON: Final = re.compile(r"-\w")


# A name in apposition with the centre or capital of a province is a town, in whatever case
# it stands: "мечети Талукана, административного центра провинции Тахар", "مدينة تالقان،
# مركز ولاية تخار".
_CENTRE_AFTER: Final = re.compile(
    r"\s*[,،]\s*(?:(?:административн\w+|главн\w+)\s+)?(?:центр[аеуо]?м?|столиц\w+)\s"
    r"|\s*[,،]?\s*(?:مركز|عاصمة)\s+(?:ولاية|إقليم|اقليم|محافظة|مديرية)",
    re.IGNORECASE,
)


def _generic(text: str, start: int, end: int, language: str) -> str | None:
    if language == "tr":
        after = text[end : end + 30]
        if _TR_PLURAL.match(after):
            return "plural"  # "Cevizcan, Faryab ve Belh vilayetlerinde": several places
        for generic, pattern in _TR_GENERIC:
            if pattern.match(after):
                return generic
        if _TR_CENTRE.search(text[max(0, start - 12) : start]):
            return "settlement"
        return None
    before = text[max(0, start - 30) : start]
    if _PLURAL_BEFORE.search(before):
        return "plural"
    if _CENTRE_AFTER.match(text, end):
        return "settlement"
    table = _GENERIC_BEFORE.get("ar" if language in ("fa", "ps") else language, ())
    for generic, pattern in table:
        if pattern.search(before):
            return generic
    return None


def _locative(text: str, start: int, end: int, language: str) -> bool:
    if language == "tr":
        return bool(_TR_CASE.match(text, end))
    if language == "ru":
        # room for "на северо-западной окраине " before the name
        return bool(_RU_LOCATIVE.search(text[max(0, start - 32) : start]))
    before = text[max(0, start - 20) : start]
    return bool(_AR_LOCATIVE.search(before))


def _first(named: _Named, kinds: tuple[str, ...]) -> Place | None:
    return next((p for p in named.places if p.kind in kinds), None)


def _choose(named: _Named, admin1: str | None) -> Place | None:
    """The place a name stands for: inside the named province when one is named; a bare
    name is the province (as in the registry's matcher) unless a smaller place is marked."""
    places = [p for p in named.places if p.kind != "country"]
    if admin1 is not None:
        inside = [p for p in places if p.admin1 == admin1]
        if not inside:
            return None
        places = inside
    if not places:
        return None
    kinds = _KINDS[named.generic]
    return min(places, key=lambda p: (kinds.index(p.kind) if p.kind in kinds else 9, p.id))


# "после встречи со старейшинами кишлака Гундай", "жители села X": a village named for the
# people who live there (elders, residents, natives) says where they are from, not where the
# event happened.
_PEOPLE_OF_THE_VILLAGE: Final = re.compile(
    r"(?:старейшин|жител|уроженц|выходц)\w*\s+(?:[а-яё]+\s+)?"
    r"(?:кишлак|сел[оеау]|селени|деревн|пос[её]лк)\w*\s+$",
    re.IGNORECASE,
)


def _whose_people(text: str, start: int) -> bool:
    return bool(_PEOPLE_OF_THE_VILLAGE.search(text[max(0, start - 50) : start]))


def _village(
    text: str, named: list[_Named], within: Place | None = None, *, lone: bool = False
) -> PlaceFix | None:
    """A settlement the gazetteer does not hold, in the named province or district ("Tahar
    vilayetine bağlı Çahab ilçesinin Samti köyünde"; "селение Шальтан в уезде Дангам", in
    Latin letters): Arabic script gives no vowels to write it with, so it is left out."""
    if within is None and not lone:
        return None
    for n in named:
        if n.generic != "settlement" or n.places or _whose_people(text, n.start):
            continue
        written = _in_latin(n.text)
        if written is None:
            continue
        if within is None:
            return PlaceFix(location=written, location_span=(n.start, n.end))
        return _as_written((n.start, n.end, written), within)
    return None


def _spells_a_district(name: str, registry: Registry) -> bool:
    """Whether the consonants of ``name`` fit a district of some province (the gazetteer's
    skeleton search gives nothing when they fit districts of several)."""
    gazetteer = get_gazetteer(registry)
    return any(
        gazetteer.by_skeleton(name, kinds=("district",), admin1=p.admin1 or p.name)
        for p in registry.provinces()
    )


def _in_latin(name: str) -> str | None:
    return name if _LATIN.fullmatch(name) else _russian_in_latin(name)


def _unknown_district(
    named: list[_Named], within: Place | None, registry: Registry
) -> PlaceFix | None:
    """A district the gazetteer lacks, marked by its place word ("в уезде Баглани-Марказий",
    a district of the older division), when no village is named: as written with its word,
    as docs/gold-format.md has a district with no settlement ("Baglani-Markaziy district").
    Not a name whose consonants fit districts the sentence cannot choose between."""
    if within is None and any(p.kind != "country" for n in named for p in n.places):
        return None
    for n in named:
        if n.generic != "district" or n.places:
            continue
        if _spells_a_district(n.text, registry):
            continue
        written = _in_latin(n.text)
        if written is None:
            continue
        if within is None:
            return PlaceFix(location=f"{written} district", location_span=(n.start, n.end))
        fix = _as_written((n.start, n.end, f"{written} district"), within)
        return dataclasses.replace(fix, admin2=None)
    return None


# Russian letters in Latin as Afghan place names are written in English: "в" stands for the
# Dari and Pashto "w" ("Вазир-Танги", Wazir Tangi; "Вардак", Wardak), "Хейль" for "Khel".
_CYRILLIC_NAME: Final = re.compile(r"[А-ЯЁа-яё]+(?:[- ][А-ЯЁа-яё]+)*")
_RUSSIAN_LETTERS: Final = str.maketrans({**NEWSPAPER_LATIN, "в": "w", "ё": "yo"})
# "ей" before a consonant is a long e: "Омар-Хейль" is Omar Khel.
_LONG_E: Final = re.compile(r"ей(?=[бвгджзклмнпрстфхцчшщь])")
# "х" before a consonant or at the end is an "h": "Шахран" is Shahran, "Салах" Salah.
_SOFT_H: Final = re.compile(r"х(?![аеёиоуыэюя])")


def _russian_in_latin(name: str) -> str | None:
    """A Russian village name in the Latin letters of an English report ("Шальтан", Shaltan;
    "Омар-Хейль", Omar Khel), hyphens read as spaces; ``None`` for any other script."""
    if not _CYRILLIC_NAME.fullmatch(name):
        return None
    words = re.split(r"[- ]", name.lower())
    return " ".join(
        _SOFT_H.sub("h", _LONG_E.sub("е", w)).translate(_RUSSIAN_LETTERS).capitalize()
        for w in words
    )


def _fix(named: _Named, place: Place, registry: Registry) -> PlaceFix:
    location: str | None = None
    if place.kind == "town":
        location = place.name
    elif place.kind in ("area", "landmark"):
        city = city_of(place, registry)
        location = city.name if city is not None else None
    elif place.kind == "district":
        location = f"{place.name} district"
    precision = {"town": 1, "area": 1, "landmark": 1, "district": 2, "province": 3}
    span = (named.start, named.end)
    return PlaceFix(
        country=place.country,
        admin1=place.admin1 or (place.name if place.kind == "province" else None),
        admin2=place.admin2 if place.kind != "province" else None,
        location=location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=precision.get(place.kind),
        admin1_span=span if place.kind == "province" else None,
        location_span=span if location is not None else None,
    )
