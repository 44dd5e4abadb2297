"""Keep only what the model can show: every value's quote is found in the text and backs it.

A quote must occur verbatim in one of the passages sent, allowing only different whitespace
(a line break where the model wrote a space). Its offsets in the document become the field's
``FieldSpan`` (method ``"llm"``). Where the value can be checked against its quote it is:

- counts: every number given must be written in the quote, as digits or English words;
- actors: the quote names the actor (an alias of it, its parent or its branch);
- places: the value is a gazetteer name of the right kind and the quote names that place;
- target and persons: the quote contains the name (spelling-insensitive, as the registry
  matches names);
- dates: a year, month, or day written in the quote agrees with the date given.

Anything else is dropped with its reason. Finally the fields of one event must agree with each
other (a sub-event type under its event type, a town in its province).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from conflictdesk import vocab
from conflictdesk.llm.passages import Batch, Passage
from conflictdesk.llm.schema import (
    ACTOR_FIELDS,
    Claim,
    ClaimValue,
    DateValue,
    DroppedField,
    ParsedEvent,
)
from conflictdesk.model import Casualties, DeathsBySide, Document, FieldSpan, PersonRef
from conflictdesk.resolve.matcher import phrase_key
from conflictdesk.resolve.registry import Place, Registry

# A quote of one or two characters ("6", "a") proves nothing; one longer than about two
# sentences would let any value "appear" in it.
MIN_QUOTE_CHARS = 3
MAX_QUOTE_CHARS = 400

# Which gazetteer kinds may fill a place field, most specific first. A province alone is
# admin1 with no location (docs/gold-format.md).
PLACE_KINDS: dict[str, tuple[str, ...]] = {
    "location": ("town", "landmark", "area", "district"),
    "admin1": ("province",),
    "country": ("country",),
}

FieldValue = ClaimValue | Place
# Generic words around a place name ("Achin district", "Kunar province", "Kabul city").
GENERIC_PLACE_WORDS = re.compile(
    r"^\s*(?:the\s+)?|\s+(?:district|province|city|town|village|area)\s*$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class VerifiedField:
    field: str
    value: FieldValue
    span: FieldSpan


@dataclass(frozen=True, slots=True)
class VerifiedEvent:
    """The model's event reduced to fields with verified quotes; ``passage`` holds most quotes."""

    fields: tuple[VerifiedField, ...]
    passage: Passage

    def first(self, name: str) -> VerifiedField | None:
        return next((f for f in self.fields if f.field == name), None)


class Unsupported(Exception):
    """Internal: a value its quote does not back; the message is the drop reason."""


# -- quotes --------------------------------------------------------------------------------------
def quote_regex(quote: str) -> re.Pattern[str] | None:
    """The quote with any run of whitespace matching any other run of whitespace."""
    words = quote.split()
    return re.compile(r"\s+".join(re.escape(w) for w in words)) if words else None


def find_quote(quote: str, passages: Sequence[Passage]) -> list[tuple[Passage, int, int]]:
    """First occurrence of the quote in each passage, as document offsets."""
    pattern = quote_regex(quote)
    if pattern is None:
        return []
    found = []
    for passage in passages:
        match = pattern.search(passage.text)
        if match is not None:
            found.append((passage, passage.start + match.start(), passage.start + match.end()))
    return found


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


# -- numbers -------------------------------------------------------------------------------------
_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
NUMBER_WORDS: dict[str, int] = {
    **{w: i for i, w in enumerate(_UNITS)},
    **_TENS,
    "no": 0,
    "none": 0,
    "nobody": 0,
    "dozen": 12,
    "dozens": 12,
    "hundred": 100,
    "hundreds": 100,
}
# Words that state exactly one: "a policeman was killed", "the lone attacker died".
SINGULAR_WORDS = frozenset({"a", "an", "one", "single", "lone", "another"})
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?!\d)|\d+")
_WORD = re.compile(r"[a-z]+")


def number_mentions(text: str) -> list[int]:
    """Each number written in the text, in order: digits, English words ("twenty-five" is one
    number), and 1 for a singular word ("a policeman")."""
    found = [int(m.group().replace(",", "")) for m in _DIGITS.finditer(text)]
    words = _WORD.findall(text.casefold())
    skip = False
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if skip:
            skip = False
        elif word in _TENS and nxt in _UNITS[1:10]:
            found.append(_TENS[word] + _UNITS.index(nxt))
            skip = True
        elif word in NUMBER_WORDS:
            found.append(NUMBER_WORDS[word])
        elif word in SINGULAR_WORDS:
            found.append(1)
    return found


def numbers_in(text: str) -> set[int]:
    return set(number_mentions(text))


def _is_year(n: int) -> bool:
    return 1900 <= n <= 2099


def check_numbers(value: Casualties | DeathsBySide, quote: str) -> None:
    """Each number must be written in the quote, or be the sum of the quote's numbers (the
    gold rule adds up "two soldiers and three attackers were killed" to 5)."""
    mentions = number_mentions(quote)
    total = sum(n for n in mentions if not _is_year(n))
    wanted = {n for n in value.to_dict().values() if n is not None}
    missing = sorted(n for n in wanted if n not in mentions and n != total)
    if missing:
        raise Unsupported(f"number {', '.join(map(str, missing))} is not written in the quote")


# -- dates ---------------------------------------------------------------------------------------
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        )
    )
    for name in names
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})\b\.?", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.?\s+(\d{{1,2}})(?!\d)", re.IGNORECASE)
_DAY_MONTH = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b", re.IGNORECASE
)
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})(?!\d)")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")


def _stated_days(quote: str) -> set[tuple[int, int]]:
    """(month, day) pairs the quote writes out; numeric dates count either way round."""
    days = {(_MONTHS[m.casefold()], int(d)) for m, d in _MONTH_DAY.findall(quote)}
    days |= {(_MONTHS[m.casefold()], int(d)) for d, m in _DAY_MONTH.findall(quote)}
    for a, b, _ in _NUMERIC.findall(quote):
        days |= {(int(a), int(b)), (int(b), int(a))}
    days |= {(int(m), int(d)) for _, m, d in _ISO.findall(quote)}
    return days


def check_date(value: DateValue, quote: str) -> None:
    years = {int(y) for y in _YEAR.findall(quote)}
    if years and value.date.year not in years:
        raise Unsupported(f"the quote gives the year {min(years)}, not {value.date.year}")
    if value.precision not in ("day", "month"):
        return
    months = {_MONTHS[m.casefold().rstrip(".")] for m in _MONTH_WORD.findall(quote)}
    if months and value.date.month not in months:
        raise Unsupported(f"the quote gives another month than {value.date:%B}")
    days = _stated_days(quote)
    if value.precision == "day" and days and (value.date.month, value.date.day) not in days:
        raise Unsupported(f"the quote gives another day than {value.date.isoformat()}")


# -- the verifier --------------------------------------------------------------------------------
class Verifier:
    """Checks the model's events for one document against its text and the registry."""

    def __init__(self, document: Document, registry: Registry) -> None:
        self.document = document
        self.registry = registry
        self._places: dict[tuple[str, ...], list[Place]] = {}
        for place in registry.places.values():
            for name in (place.name, *place.aliases):
                self._places.setdefault(phrase_key(name), []).append(place)

    def verify(
        self, event: ParsedEvent, batch: Batch
    ) -> tuple[VerifiedEvent | None, list[DroppedField]]:
        dropped: list[DroppedField] = []
        located: list[tuple[Claim, list[tuple[Passage, int, int]]]] = []
        for claim in event.claims:
            reason = self._quote_problem(claim.quote)
            hits = [] if reason else find_quote(claim.quote, batch.passages)
            if reason or not hits:
                dropped.append(
                    DroppedField(claim.field, reason or "quote not found in the text", claim.quote)
                )
            else:
                located.append((claim, hits))
        if not located:
            return None, dropped
        home = _home_passage(located)
        fields = self._supported(located, home, dropped)
        fields = _coherent(fields, dropped)
        if not fields:
            return None, dropped
        return VerifiedEvent(tuple(fields), home), dropped

    def _quote_problem(self, quote: str) -> str | None:
        size = len("".join(quote.split()))
        if size < MIN_QUOTE_CHARS:
            return f"quote shorter than {MIN_QUOTE_CHARS} characters"
        if len(quote) > MAX_QUOTE_CHARS:
            return f"quote longer than {MAX_QUOTE_CHARS} characters"
        return None

    def _supported(
        self,
        located: list[tuple[Claim, list[tuple[Passage, int, int]]]],
        home: Passage,
        dropped: list[DroppedField],
    ) -> list[VerifiedField]:
        fields: list[VerifiedField] = []
        for claim, hits in located:
            _, start, end = next((h for h in hits if h[0] == home), hits[0])
            quote_text = self.document.text[start:end]
            try:
                value = self._backed_value(claim, quote_text)
            except Unsupported as exc:
                dropped.append(DroppedField(claim.field, str(exc), claim.quote))
                continue
            span = FieldSpan(claim.field, self.document.id, start, end, quote_text, method="llm")
            fields.append(VerifiedField(claim.field, value, span))
        return fields

    def _backed_value(self, claim: Claim, quote: str) -> FieldValue:
        """The value if the quote backs it (a place: its gazetteer entry); else ``Unsupported``."""
        field, value = claim.field, claim.value
        if field in PLACE_KINDS:
            return self._place(field, str(value), quote)
        if field in ACTOR_FIELDS:
            return self._check_actor(str(value), quote)
        if isinstance(value, Casualties | DeathsBySide):
            check_numbers(value, quote)
        elif isinstance(value, DateValue):
            check_date(value, quote)
        elif isinstance(value, PersonRef):
            return self._check_person(value, quote)
        elif field == "target":
            self._check_target(str(value), quote)
        return value

    def _check_actor(self, value: str, quote: str) -> str:
        named = {m.value for m in self.registry.find_actors(quote)}
        if not any(self._related(value, other) for other in named):
            raise Unsupported(f"the quote does not name {value}")
        return value

    def _related(self, a: str, b: str) -> bool:
        actors = self.registry.actors
        parent_a = actors[a].parent if a in actors else None
        parent_b = actors[b].parent if b in actors else None
        return a == b or parent_a == b or parent_b == a

    def _check_target(self, value: str, quote: str) -> None:
        if not _contains(phrase_key(quote), phrase_key(value)):
            raise Unsupported("the quote does not contain the target")

    def _check_person(self, value: PersonRef, quote: str) -> PersonRef:
        whole = [m for m in self.registry.find_people(value.name) if m.text == value.name.strip()]
        person_id = whole[0].value if whole else None
        in_quote = {m.value for m in self.registry.find_people(quote)}
        if not (_contains(phrase_key(quote), phrase_key(value.name)) or person_id in in_quote):
            raise Unsupported(f"the quote does not name {value.name}")
        return PersonRef(value.name, person_id, value.role, value.outcome)

    def _place(self, field: str, value: str, quote: str) -> Place | str:
        """The gazetteer place the quote names; for ``location`` also a settlement it lacks."""
        kinds = PLACE_KINDS[field]
        name = GENERIC_PLACE_WORDS.sub("", value).strip() or value
        key, quote_key = phrase_key(name), phrase_key(quote)
        candidates = [p for p in self._places.get(key, []) if p.kind in kinds]
        if not candidates:
            if field == "location" and _contains(quote_key, key):
                return name  # a village the gazetteer does not know, named in the quote
            raise Unsupported(f"{value!r} is not a {'/'.join(kinds)} in the gazetteer")
        candidates.sort(key=lambda p: kinds.index(p.kind))
        for place in candidates:
            if any(_contains(quote_key, phrase_key(n)) for n in (place.name, *place.aliases)):
                return place
        raise Unsupported(f"the quote does not name {value}")


def _home_passage(located: Iterable[tuple[Claim, list[tuple[Passage, int, int]]]]) -> Passage:
    """The passage holding the most of an event's quotes (the first such, in document order)."""
    counts: dict[Passage, int] = {}
    for _, hits in located:
        for passage, _, _ in hits:
            counts[passage] = counts.get(passage, 0) + 1
    return max(sorted(counts, key=lambda p: p.start), key=lambda p: counts[p])


def _drop(
    fields: list[VerifiedField], field: VerifiedField, reason: str, dropped: list[DroppedField]
) -> None:
    fields.remove(field)
    dropped.append(DroppedField(field.field, reason, field.span.text))


def _placed(first: dict[str, VerifiedField], name: str) -> tuple[VerifiedField, Place] | None:
    item = first.get(name)
    return (item, item.value) if item is not None and isinstance(item.value, Place) else None


def _coherent_places(
    fields: list[VerifiedField], first: dict[str, VerifiedField], dropped: list[DroppedField]
) -> None:
    location, admin1 = _placed(first, "location"), _placed(first, "admin1")
    if location is not None and admin1 is not None and location[1].admin1 != admin1[1].admin1:
        _drop(fields, location[0], f"{location[1].name} is not in {admin1[1].name}", dropped)
        location = None
    country = _placed(first, "country")
    if country is None:
        return
    for other in (location, admin1):
        if other is not None and other[1].country != country[1].country:
            _drop(fields, country[0], f"{country[1].name} contradicts {other[1].name}", dropped)
            return


def _coherent(fields: list[VerifiedField], dropped: list[DroppedField]) -> list[VerifiedField]:
    """Drop fields that contradict another field of the same event."""
    fields = list(fields)
    first = {f.field: f for f in reversed(fields)}
    kind, sub = first.get("event_type"), first.get("sub_event_type")
    if kind is not None and sub is not None and vocab.SUB_TO_TYPE[str(sub.value)] != kind.value:
        _drop(fields, sub, f"{sub.value!r} is not a sub-event type of {kind.value!r}", dropped)
    _coherent_places(fields, first, dropped)
    actor1, actor2 = first.get("actor1"), first.get("actor2")
    if actor1 is not None and actor2 is not None and actor1.value == actor2.value:
        _drop(fields, actor2, "actor2 is the same as actor1", dropped)
    return fields
