"""Everything the extractor reads from one sentence, before sentences are grouped into events."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from conflictdesk.extract import casualties, dates
from conflictdesk.extract.actors import ActorHit, find_actors
from conflictdesk.extract.caseless import Caseless
from conflictdesk.extract.casualties import CasualtyMention
from conflictdesk.extract.casualties_other import strip_marks
from conflictdesk.extract.classify import ATTACK_MEANS
from conflictdesk.extract.dates import DateMention
from conflictdesk.extract.lexicon_en import GENERAL_CUES, NOT_AN_EVENT_CUES, SEPARATE_CUES
from conflictdesk.extract.places import PlaceFix, place_of
from conflictdesk.extract.places_foreign import FOREIGN_LANGUAGES, foreign_place
from conflictdesk.extract.sentences import Sentence
from conflictdesk.extract.triggers import TriggerHit, find_triggers
from conflictdesk.resolve.registry import Registry

_GENERAL = Caseless(GENERAL_CUES)
_SEPARATE = Caseless(SEPARATE_CUES)
_NOT_AN_EVENT = Caseless(NOT_AN_EVENT_CUES)
# Means that make a sentence an event candidate on their own.
EVENT_MEANS = ATTACK_MEANS | {"arrest", "threat", "surrender", "failed"}
# Cheap test before the casualty reader runs: a sentence without any of these words has no
# casualty figure. It covers the stems of the English death and injury triggers of
# ``casualties._TRIGGER_LIST`` (arrests and releases are read as events by the trigger
# words, not as tolls), and the other languages' words.
_CASUALTY_HINT = Caseless(
    r"kill|dead|death|die|wound|injur|hurt|abduct|kidnap|hostage|casualt|toll|lost their lives"
    r"|dying|perish|slain|martyr|includ|counting|counted|behead|execut|murder|assassinat|slaughter"
    r"|shot|gunned|stab|beaten|burn|hack|tortur|strangl|lynch|maim|harm|hospital|bod(?:y|ies)"
    r"|fatalit|victim|poison|captiv|unscathed|lives|blew (?:him|her|them)sel|leaves? out"
    r"|left out|counts?\b|seiz|hit in the|beat|fell ill|became ill|cut off|mutilat"
    # wounds told without a casualty word: "lost a hand", "hit by shrapnel", "was grazed"
    r"|lost (?:a|an|one|both|his|her|their) |shrapnel|grazed|escaped with"
    r"|öl|yaral|kaçır|hayatını|etkisiz|can kaybı|şehit|hariç|dahil"
    r"|уби|погиб|ранен|ранил|ранив|пострада|похищ|жертв|ликвид|уничтож|застрел|скончал|травм"
    r"|госпитализ|ожог"
    # "унёс жизни восьми человек" (took eight lives), "расстрелял" (shot dead)
    r"|унёс|унес|расстрел"
    # a sentence of its own that leaves the attacker out: "Данные не включают смертника."
    r"|включа|учитыва|считая"
    # a bomber who blew himself up, counted dead with no casualty word ("Смертник подорвал
    # себя у ворот")
    r"|подорвал|взорвал\w*\s+себя"
    r"|قتل|مقتل|جرح|إصاب|اختطاف|قتيل|أصيب|اصيب|حصيل|حتف|مصرع|وفاة|ضحايا|جريح|مصاب"
    r"|تشمل|احتساب|باستثناء|يصب|أذى|يسفر|تسفر|بحياة|جثث|جثة|استشهد|شهداء|لقي"
)


@dataclass(frozen=True, slots=True)
class Facts:
    """The triggers, actors, dates, casualties and place of one sentence."""

    sentence: Sentence
    triggers: tuple[TriggerHit, ...]
    actors: tuple[ActorHit, ...]
    dates: tuple[DateMention, ...]
    casualties: tuple[CasualtyMention, ...]
    # Where the place is read from, read when first asked (``place``): the frames and events
    # ask it of fewer sentences than a document has, and reading it is a tenth of a sentence.
    place_source: PlaceSource
    _place: list[PlaceFix | None] = field(
        default_factory=list, init=False, compare=False, repr=False
    )
    # ``general``, ``separate`` and ``not_event``, each searched when first asked: the frames
    # ask them of the sentences with an event word, not of the others.
    _cues: list[bool | None] = field(
        default_factory=lambda: [None, None, None], init=False, compare=False, repr=False
    )

    @property
    def general(self) -> bool:
        """A sentence about what usually happens ("the group often attacks ...")."""
        return self._cue(0, _GENERAL)

    @property
    def separate(self) -> bool:
        """A sentence that opens another incident ("In a separate attack ...")."""
        return self._cue(1, _SEPARATE)

    @property
    def not_event(self) -> bool:
        """A sentence saying something did not happen or is no event ("nobody was arrested")."""
        return self._cue(2, _NOT_AN_EVENT)

    def _cue(self, slot: int, cue: Caseless) -> bool:
        found = self._cues[slot]
        if found is None:
            found = self._cues[slot] = bool(cue.search(self.sentence.text))
        return found

    @property
    def place(self) -> PlaceFix | None:
        """The sentence's place (see ``_place_of``), read once."""
        if not self._place:
            self._place.append(self.place_source.read())
        return self._place[0]

    @property
    def index(self) -> int:
        return self.sentence.index

    @property
    def has_event_trigger(self) -> bool:
        return any(h.means in EVENT_MEANS for h in self.triggers)

    @property
    def has_attack(self) -> bool:
        return any(h.means in ATTACK_MEANS for h in self.triggers)

    def roles(self, role: str) -> list[ActorHit]:
        return [a for a in self.actors if a.role == role]

    @property
    def first_date(self) -> DateMention | None:
        return next((d for d in self.dates if d.date is not None), None)


def _shift_dates(found: list[DateMention], offset: int) -> tuple[DateMention, ...]:
    return tuple(
        DateMention(d.start + offset, d.end + offset, d.text, d.date, d.precision, d.relative)
        for d in found
    )


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def full_date(mention: DateMention) -> bool:
    """A day date written with its year ("8 October 2021")."""
    return (
        mention.date is not None
        and mention.precision == "day"
        and not mention.relative
        and bool(_YEAR.search(mention.text))
    )


def _told_in_order(
    text: str,
    found: list[DateMention],
    language: str,
    ceiling: dt.date,
) -> list[DateMention]:
    """In a narrative, a year-less date after a full one in the same sentence takes its year
    from it ("on 3 January 2024 ..., and on 22 March ...")."""
    out: list[DateMention] = []
    told: dt.date | None = None
    for mention in found:
        if told is not None and not mention.relative and not _YEAR.search(mention.text):
            again = dates.find_dates(
                text[mention.start : mention.end],
                reference=told,
                language=language,
                ceiling=ceiling,
            )
            if again and again[0].date is not None:
                mention = dataclasses.replace(mention, date=again[0].date)
        if full_date(mention):
            told = mention.date
        out.append(mention)
    return out


# A numbered incident heading of a situation report: "**2.1 Nangarhar, Chaparhar district,
# Wednesday 29 October.**" (the number, then a chain of places and a date).
_NUMBERED_HEADING = re.compile(r"^\W*\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z])")


def _heading_as_placed(text: str) -> str | None:
    """A numbered heading with its number turned into "in" (same length, so spans hold): its
    places stand bare, with no preposition for the place reader to start from."""
    found = _NUMBERED_HEADING.match(text)
    if found is None or len(found.group(0)) < len("in ") or len(text) > _HEADING_LENGTH:
        return None
    return " " * (found.end() - len("in ")) + "in " + text[found.end() :]


_HEADING_LENGTH = 120


@dataclass(frozen=True, slots=True)
class PlaceSource:
    """The text a sentence's place is read from (after a dateline), where it starts in the
    document, and how to read it."""

    text: str
    offset: int
    language: str
    registry: Registry = field(compare=False, repr=False)

    def read(self) -> PlaceFix | None:
        return _place_of(self.text, self.registry, self.offset, self.language)


def _place_of(text: str, registry: Registry, offset: int, language: str) -> PlaceFix | None:
    """A sentence's place: English place chains; in another language, names marked as
    places by that language's words, else any name the gazetteer knows."""
    if language == "en":
        fix = place_of(text, registry, offset=offset)
        heading = _heading_as_placed(text) if fix is None else None
        return place_of(heading, registry, offset=offset) if heading is not None else fix
    if language in FOREIGN_LANGUAGES:
        found = foreign_place(text, registry, language, offset=offset)
        if found is not None:
            return found
    return place_of(text, registry, offset=offset, loose=True)


def read_sentence(
    sentence: Sentence,
    registry: Registry,
    *,
    language: str,
    reference: dt.date | None,
    body_start: int = 0,
    ceiling: dt.date | None = None,
) -> Facts:
    """The facts of one sentence; every offset is into the document.

    ``body_start``: where the text proper begins after a dateline ("KABUL, Sept 5 —"); the
    dateline's place is not the sentence's place. ``ceiling``: in a narrative, the
    publication date (see ``dates.find_dates``)."""
    text, offset = sentence.text, sentence.start
    skip = max(0, min(len(text), body_start - offset))
    found_dates = dates.find_dates(text, reference=reference, language=language, ceiling=ceiling)
    if ceiling is not None and len(found_dates) > 1:
        found_dates = _told_in_order(text, found_dates, language, ceiling)
    found_casualties: list[CasualtyMention] = []
    hint = _CASUALTY_HINT.search(text, skip) or (
        language == "ar" and _CASUALTY_HINT.search(strip_marks(text[skip:]))
    )
    if hint:  # the dateline's day is not a toll ("KABUL, Feb 12 —")
        found_casualties = casualties.find_casualties(
            text[skip:], offset=offset + skip, language=language
        )
    return Facts(
        sentence=sentence,
        triggers=tuple(find_triggers(text, offset=offset, language=language, registry=registry)),
        actors=tuple(find_actors(text, registry, offset=offset, language=language)),
        dates=_shift_dates(found_dates, offset),
        casualties=tuple(found_casualties),
        place_source=PlaceSource(text[skip:], offset + skip, language, registry),
    )
