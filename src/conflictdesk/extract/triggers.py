"""Trigger words: where a sentence says something happened, and by what means.

English triggers come from ``lexicon_en``; other languages from the pack's ``triggers.json``
(a ``*`` at the end of a word matches any ending: ``saldırı*``, ``взрыв*``; a ``…`` word is the
subject Arabic puts between its verb and object: ``فتح … النار``). Every hit is
reduced to a *means* so that later stages reason the same way whatever the language.
"""

from __future__ import annotations

import dataclasses
import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from conflictdesk.extract.cache import per_registry
from conflictdesk.extract.caseless import (
    Caseless,
    Gated,
    fold,
    fold_pattern,
    fold_pattern_plain,
    needed_words,
)
from conflictdesk.extract.lexicon_en import EN_TRIGGERS
from conflictdesk.resolve.registry import Registry, Trigger

# How an attack was carried out, strongest first within each family.
EXPLOSIVE_MEANS = ("suicide", "air", "vbied", "ied", "grenade", "shelling", "explosion")
ASSAULT_MEANS = ("firearm", "melee", "clash", "assault")
HOSTAGE_MEANS = ("hijack", "barricade", "kidnap")
PROPERTY_MEANS = ("arson", "destroy")
OTHER_MEANS = (
    "assassination",
    "killing",
    "unarmed",
    "overrun",
    "arrest",
    "threat",
    "surrender",
    "protest",
    "failed",
    "premature",
)
MEANS = EXPLOSIVE_MEANS + ASSAULT_MEANS + HOSTAGE_MEANS + PROPERTY_MEANS + OTHER_MEANS

# A pack trigger names an ACLED sub-event type; this is the means it stands for.
_SUB_EVENT_MEANS = {
    "Suicide bomb": "suicide",
    "Air/drone strike": "air",
    "Remote explosive/landmine/IED": "ied",
    "Grenade": "grenade",
    "Shelling/artillery/missile attack": "shelling",
    "Armed clash": "clash",
    "Attack": "assault",
    "Abduction/forced disappearance": "kidnap",
    "Arrests": "arrest",
    "Other": "threat",
    "Looting/property destruction": "destroy",
    "Disrupted weapons use": "failed",
    "Peaceful protest": "protest",
    "Change to group/activity": "surrender",
    "Non-state actor overtakes territory": "overrun",
}
_WEAPON_MEANS = {"Firearms": "firearm", "Melee": "melee", "Incendiary": "arson"}
# Pack words that say only that something blew up or that a bomb was used ("patlama",
# "взрыв", "انفجار"), not what kind of device: the means of English "explosion" and "bomb",
# ranked below every named device, so that a grenade or rocket named beside them decides.
_GENERIC_EXPLOSION = frozenset(
    {
        *("patlama*", "patla*", "infilak*", "bomba*"),
        *("взрыв*", "взорва*", "взорвал*", "сдетонирова*", "бомб*"),
        *("انفجار", "الانفجار", "تفجير", "التفجير", "انفجر", "فجر", "قنبلة"),
    }
)


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """A trigger found in a sentence, with the means it signals."""

    start: int
    end: int
    text: str
    means: str
    suicide: bool = False
    outcome: str | None = None


@lru_cache(maxsize=1)
def _english_pattern() -> Caseless:
    parts = [f"(?P<{means}_{i}>{pattern})" for i, (means, pattern) in enumerate(EN_TRIGGERS)]
    return Caseless(r"\b(?:" + "|".join(parts) + ")")


# -- the English gate ------------------------------------------------------------------------------
# The English alternation costs about 28 µs a sentence, and most sentences can match few of
# its 33 entries, or none. Every match starts at a word start with the entry's leading
# letters ("explod\w+" with "expl"), read from the parsed pattern, so an entry none of
# whose leading letters start a word of the folded sentence cannot match and is left out.
# The others are searched one by one and their matches merged as the alternation would
# take them: at the leftmost position where any entry matches, the first entry in order.

# The parser ``re`` itself uses (``sre_parse`` before Python 3.11).
_PARSER: Any = importlib.import_module("re._parser")
_OPS: Any = importlib.import_module("re._constants")
# Leading letters kept per entry: enough to tell the entries apart.
_KEY_CHARS = 4
_WORD_CHAR = re.compile(r"\w")
# Words whose entries are remembered; a vocabulary is a few tens of thousands of words.
_REMEMBERED_WORDS = 100_000


def _starts(items: Sequence[tuple[Any, Any]], need: int = _KEY_CHARS) -> set[str]:
    """Strings of up to ``need`` word characters, one of which starts every match of the
    parsed pattern ``items``; ``""`` among them when some match may start otherwise."""
    if not items or need == 0:
        return {""}
    (op, arg), rest = items[0], list(items[1:])
    if op is _OPS.LITERAL:
        char = chr(arg)
        if not _WORD_CHAR.match(char):
            return {""}
        return {char + tail for tail in _starts(rest, need - 1)}
    if op is _OPS.AT:  # \b takes no character
        return _starts(rest, need)
    if op is _OPS.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags
        return _starts([*arg[-1], *rest], need)
    if op is _OPS.BRANCH:
        return {start for branch in arg[1] for start in _starts([*branch, *rest], need)}
    if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT):
        low, _, body = arg
        found = _starts(list(body), need)  # a prefix of its first repetition
        return found | _starts(rest, need) if low == 0 else found
    return {""}


@dataclass(frozen=True, slots=True)
class _EnglishEntries:
    """Each English entry compiled on its own, and the entries each word start allows."""

    patterns: tuple[re.Pattern[str], ...]
    by_start: dict[str, tuple[int, ...]]
    start_lengths: tuple[int, ...]
    ungated: tuple[int, ...]  # entries a match of which may start otherwise
    # per entry, words one of which every match contains (None: none known)
    needs: tuple[tuple[str, ...] | None, ...]


def _fewest(words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``words`` without those that hold another of them ("acid attack" holds "acid"): a
    text holds one of the rest whenever it holds one of them all."""
    if words is None:
        return None
    kept: list[str] = []
    for word in sorted(set(words), key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return tuple(kept)


@lru_cache(maxsize=1)
def _english_entries() -> _EnglishEntries:
    sources = tuple(
        rf"\b(?:(?P<{means}_{i}>{pattern}))" for i, (means, pattern) in enumerate(EN_TRIGGERS)
    )
    patterns = tuple(map(fold_pattern, sources))
    # read from the entries as written (fold_pattern groups their branches by first letter)
    needs = tuple(_fewest(needed_words(fold_pattern_plain(source))) for source in sources)
    by_start: dict[str, list[int]] = {}
    ungated: list[int] = []
    for i, pattern in enumerate(patterns):
        starts = _starts(list(_PARSER.parse(pattern.pattern)))
        if "" in starts:
            ungated.append(i)
            continue
        for start in starts:
            by_start.setdefault(start, []).append(i)
    return _EnglishEntries(
        patterns,
        {start: tuple(entries) for start, entries in by_start.items()},
        tuple(sorted({len(start) for start in by_start})),
        tuple(ungated),
        needs,
    )


_ENTRIES_OF_WORD: dict[str, frozenset[int]] = {}


def _entries_of(word: str, entries: _EnglishEntries) -> frozenset[int]:
    found = _ENTRIES_OF_WORD.get(word)
    if found is None:
        if len(_ENTRIES_OF_WORD) >= _REMEMBERED_WORDS:
            _ENTRIES_OF_WORD.clear()
        found = _ENTRIES_OF_WORD[word] = frozenset(
            i for n in entries.start_lengths for i in entries.by_start.get(word[:n], ())
        )
    return found


def _english_matches(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, group name)`` of each match of the English alternation in ``text``."""
    folded = fold(text)
    if folded is None:  # lower case moves offsets: the alternation itself
        return [(m.start(), m.end(), str(m.lastgroup)) for m in _english_pattern().finditer(text)]
    entries = _english_entries()
    allowed = set(entries.ungated)
    remembered = _ENTRIES_OF_WORD
    for word in _WORD.findall(folded):
        of_word = remembered.get(word)
        if of_word is None:
            of_word = _entries_of(word, entries)
        if of_word:
            allowed |= of_word
    if not allowed:
        return []
    # and of those, only the entries one of whose needed words the sentence holds
    order = [i for i in sorted(allowed) if _holds_needed(entries.needs[i], folded)]
    # entry: its next match at or after ``position`` (None: no more). The match a search
    # found is the one the entry gives at that start, so it is kept, not matched again.
    upcoming = {i: entries.patterns[i].search(folded) for i in order}
    out: list[tuple[int, int, str]] = []
    position = 0
    while True:
        first: re.Match[str] | None = None
        for i in order:  # the leftmost match; at equal starts, the first entry in order
            ahead = upcoming[i]
            if ahead is not None and ahead.start() < position:
                ahead = upcoming[i] = entries.patterns[i].search(folded, position)
            if ahead is not None and (first is None or ahead.start() < first.start()):
                first = ahead
        if first is None:
            return out
        out.append((first.start(), first.end(), str(first.lastgroup)))
        position = max(first.end(), first.start() + 1)


def _holds_needed(words: tuple[str, ...] | None, folded: str) -> bool:
    """False only when ``folded`` holds none of ``words`` (an entry's needed words)."""
    if words is None:
        return True
    for word in words:  # noqa: SIM110 (a plain loop: ``any`` over a generator is slower)
        if word in folded:
            return True
    return False


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Arabic writes "and", "with", "the" as prefixes (والانفجار is "and the explosion") and
# attaches short endings; a word is tried without each of these prefixes.
_ARABIC_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_ARABIC_MAX_SUFFIX = 3
# A word, with the Arabic doubling mark that may sit inside it ("فجّر", "مسيّرة"); it is
# dropped from the word before it is compared (its offsets stay those of the text). The
# short vowels ("قُتل") still split a word: reading them opened events whose place and toll
# the later stages do not yet get right (held-out wire3 measured).
_WORD = re.compile(r"(?:\w|\u0651)+")
_ARABIC_MARKS = re.compile(r"\u0651")
# Triggers are indexed by the first letters of their first word.
_KEY_LETTERS = 3


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A pack trigger as word specs: (stem, stem-only) per word."""

    words: tuple[tuple[str, bool], ...]
    arabic: bool
    trigger: Trigger


def _compile(trigger: Trigger) -> _Compiled:
    arabic = bool(_ARABIC_LETTER.match(trigger.pattern))
    words = tuple(
        (fold_case(w.rstrip("*")), w.endswith("*") or arabic) for w in trigger.pattern.split()
    )
    return _Compiled(words, arabic, trigger)


def _word_fits(token: str, stem: str, prefix: bool, arabic: bool) -> bool:
    if not prefix:
        return token == stem
    if arabic:
        for clitic in ("", *_ARABIC_PREFIXES):
            if token.startswith(clitic + stem) and len(token) - len(clitic) - len(stem) <= (
                _ARABIC_MAX_SUFFIX
            ):
                return True
        return False
    return token.startswith(stem)


# The subject between an Arabic verb and its object ("فتح مسلح النار", "أطلق رجل يرتدي زي
# الشرطة النار": a gunman / a man in police uniform opened fire): one to five words, with no
# punctuation, preposition or verbal noun among them ("فتح تحقيقا في إطلاق النار" opened an
# inquiry into the shooting, and tells no act of its own).
_GAP = "…"
_GAP_WORDS = 5
_PUNCTUATION = re.compile(r"[^\s\u064B-\u0652\u0670\u0640]")
_NOT_SUBJECT = frozenset({"في", "على", "إلى", "الى", "عن", "مع", "بعد", "قبل", "حول", "بشأن"})
_VERBAL_NOUN = re.compile(r"^(?:و|ب|ل)?(?:ال)?(?:إطلاق|اطلاق)")


def _past_subject(
    words: list[tuple[int, int, str]], j: int, following: tuple[str, bool], text: str
) -> int | None:
    """The index of the word after the subject that starts at word ``j``: the first word the
    ``following`` spec fits, after one to ``_GAP_WORDS`` subject words in one clause."""
    stem, prefix = following
    for k in range(j, min(len(words), j + _GAP_WORDS + 1)):
        if k > 0 and _PUNCTUATION.search(text, words[k - 1][1], words[k][0]):
            return None  # the clause ended
        if _word_fits(words[k][2], stem, prefix, arabic=True):
            return k if k > j else None  # no subject: the pack's own "أطلق النار" reads it
        if words[k][2] in _NOT_SUBJECT or _VERBAL_NOUN.match(words[k][2]):
            return None
    return None


def _keys(token: str, arabic: bool) -> tuple[str, ...]:
    if not arabic:
        return (token[:_KEY_LETTERS],)
    bare = [token] + [token[len(c) :] for c in _ARABIC_PREFIXES if token.startswith(c)]
    return tuple(b[:_KEY_LETTERS] for b in bare)


def _means_of(trigger: Trigger) -> str:
    if trigger.suicide:
        return "suicide"
    if trigger.outcome == "killed" and trigger.sub_event_type in ("Attack", "Other"):
        return "killing"
    means = _SUB_EVENT_MEANS.get(trigger.sub_event_type, "assault")
    if means == "ied" and trigger.pattern in _GENERIC_EXPLOSION:
        return "explosion"
    if means == "assault" and trigger.weapon_type in _WEAPON_MEANS:
        return _WEAPON_MEANS[trigger.weapon_type]
    if means == "assault" and trigger.attack_type == "Hostage Taking (Kidnapping)":
        return "kidnap"
    if means == "assault" and trigger.attack_type == "Assassination":
        return "assassination"  # "suikast", "покушение", "اغتيال": as English "assassinated"
    return means


class PackTriggers:
    """The pack's triggers for one language, indexed by the start of their first word.

    A sentence is split into words once; at each word only the triggers whose first word
    starts with the same letters are tried, longest pattern first.
    """

    def __init__(self, triggers: tuple[Trigger, ...]) -> None:
        ordered = sorted((_compile(t) for t in triggers), key=lambda c: -len(c.trigger.pattern))
        self._index: dict[str, list[_Compiled]] = {}
        for compiled in ordered:
            key = compiled.words[0][0][:_KEY_LETTERS]
            self._index.setdefault(key, []).append(compiled)

    def find(self, text: str, offset: int) -> list[TriggerHit]:
        if not self._index:
            return []
        folded = fold_case(text)
        words = [
            (m.start(), m.end(), _ARABIC_MARKS.sub("", m.group())) for m in _WORD.finditer(folded)
        ]
        hits: list[TriggerHit] = []
        i = 0
        while i < len(words):
            found = self._match_at(words, i, folded)
            if found is None:
                i += 1
                continue
            compiled, length = found
            start, end = words[i][0], words[i + length - 1][1]
            trigger = compiled.trigger
            hits.append(
                TriggerHit(
                    start + offset,
                    end + offset,
                    text[start:end],
                    _means_of(trigger),
                    trigger.suicide,
                    trigger.outcome,
                )
            )
            i += length
        return hits

    def _match_at(
        self, words: list[tuple[int, int, str]], i: int, text: str
    ) -> tuple[_Compiled, int] | None:
        token = words[i][2]
        arabic = bool(_ARABIC_LETTER.match(token))
        seen: set[int] = set()
        for key in _keys(token, arabic):
            for compiled in self._index.get(key, ()):
                if id(compiled) in seen:
                    continue
                seen.add(id(compiled))
                length = self._fits(compiled, words, i, text)
                if length is not None:
                    return compiled, length
        return None

    @staticmethod
    def _fits(
        compiled: _Compiled, words: list[tuple[int, int, str]], i: int, text: str
    ) -> int | None:
        """The number of words the trigger takes from word ``i`` on, or None."""
        j = i
        for k, (stem, prefix) in enumerate(compiled.words):
            if stem == _GAP:
                after = _past_subject(words, j, compiled.words[k + 1], text)
                if after is None:
                    return None
                j = after
                continue
            if j >= len(words) or (k and words[j][0] - words[j - 1][1] > 2):
                return None
            if not _word_fits(words[j][2], stem, prefix, compiled.arabic):
                return None
            j += 1
        return j - i


def fold_case(text: str) -> str:
    """Lower-case with Turkish dotted/dotless i kept one character each (offsets survive)."""
    folded = text.replace("İ", "i").replace("I", "ı").lower()
    return folded if len(folded) == len(text) else text.lower()


def pack_triggers(registry: Registry, language: str) -> PackTriggers:
    def build(reg: Registry) -> PackTriggers:
        return PackTriggers(tuple(t for t in reg.triggers if t.language == language))

    return per_registry(registry, f"triggers:{language}", build)


# Words saying that weapons were found or seized: "vests and rifles were found inside", "ele
# geçirildi", "изъяли", "عثرت على".
_SEIZED = Gated(
    re.compile(
        r"\b(?:found|seized|recovered|confiscated|discovered)\b|ele geçiril|bulundu|el konul"
        r"|изъя|обнаружил|обнаружен|найден|(?<!\w)(?:عثر|ضبط|صادر)",
        re.IGNORECASE,
    )
)
_WEAPON_MEANS_ALL = frozenset((*EXPLOSIVE_MEANS, "firearm", "melee"))


def _inventory(hits: list[TriggerHit], text: str) -> bool:
    """Whether a sentence lists weapons found or seized and tells no act: "Suicide vests, hand
    grenades and two rifles were found inside". Its weapons were not the means of an attack."""
    kinds = {h.means for h in hits}
    return (
        len(hits) >= 2
        and len(kinds) >= 2
        and kinds <= _WEAPON_MEANS_ALL
        and _SEIZED.search(text) is not None
    )


def find_triggers(
    text: str, *, offset: int = 0, language: str = "en", registry: Registry | None = None
) -> list[TriggerHit]:
    """Trigger hits in one sentence, with offsets into the document (``offset`` added); none
    in a list of weapons found or seized."""
    hits = _find_triggers(text, offset, language, registry)
    return [] if _inventory(hits, text) else hits


# Arabic "فجر" is "he detonated" and also "dawn": with the article ("صلاة الفجر"), as an
# adverb ("الرابعة فجراً") or before a day ("فجر اليوم السبت", "فجر الجمعة") it is the hour.
_DAWN = re.compile(r"^(?:[وبل]?ال)?فجر(?:اً|ا)?$")
_DAWN_WORD = re.compile(r"^(?:[وبل]?ال)فجر$|^فجر(?:اً|ا)$")
_DAY_AFTER = re.compile(
    r"^\s+(?:اليوم|أمس|امس|يوم|السبت|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء"
    r"|الخميس|الجمعة|الغد)(?!\w)"
)


def _dawn(hit: TriggerHit, text: str, offset: int) -> bool:
    """Whether an Arabic explosion word is the dawn (see ``_DAWN``)."""
    if not _DAWN.match(hit.text):
        return False
    return bool(_DAWN_WORD.match(hit.text) or _DAY_AFTER.match(text[hit.end - offset :]))


def _find_triggers(
    text: str, offset: int, language: str, registry: Registry | None
) -> list[TriggerHit]:
    hits: list[TriggerHit] = []
    if language == "en":
        for start, end, name in _english_matches(text):
            if _KIND_OF_ATTACKS.match(text, start) and _OPPOSED_KIND.search(
                text[max(0, start - 16) : start]
            ):
                continue
            means = name.rsplit("_", 1)[0]
            hits.append(
                TriggerHit(start + offset, end + offset, text[start:end], means, means == "suicide")
            )
    if registry is not None:
        found = pack_triggers(registry, language).find(text, offset)
        hits.extend(
            h
            for h in found
            if not (language == "ar" and _dawn(h, text, offset))
            and not _none_happened(h, text, offset, language)
        )
    return [_one_of_many(h, text, offset) if h.means == "assassination" else h for h in hits]


# Assassinations or attempts in the plural ("نجا من محاولات اغتيال كثيرة، أبرزها تفجير ...",
# "пережил несколько покушений", "suikast girişimlerinden") name a series the incident told
# belongs to, not what it was: the bombing given as an example stays a bombing.
_SERIES_WORD = re.compile(r"(?:اغتيالات|покушени(?:й|ях|ями)|suikastler\w*)$", re.IGNORECASE)
_SERIES_AFTER = re.compile(r"^\S*\s+girişimler", re.IGNORECASE)
_ATTEMPTS_BEFORE = re.compile(r"(?<!\w)(?:محاولات|попыток|попытки)\s+$", re.IGNORECASE)


def _one_of_many(hit: TriggerHit, text: str, offset: int) -> TriggerHit:
    at = hit.start - offset
    if (
        _SERIES_WORD.search(hit.text)
        or _SERIES_AFTER.match(text, at)
        or _ATTEMPTS_BEFORE.search(text[max(0, at - 12) : at])
    ):
        return dataclasses.replace(hit, means="assault")
    return hit


# A kind of attack someone stood against is no means of this one: "the imam had preached
# against suicide attacks", "a campaign against roadside bombings" (a plural: the kind).
_OPPOSED_KIND = re.compile(r"\bagainst\s+(?:the\s+)?$", re.IGNORECASE)
_KIND_OF_ATTACKS = Gated(
    re.compile(
        r"(?:[\w-]+\s+)?(?:attack|bombing|killing|assassination|kidnapping|abduction)s\b",
        re.IGNORECASE,
    )
)


# "обстрелов таджикской территории не было", "saldırı yaşanmadı": an act said not to have
# happened, in the same clause after its word.
_NONE_AFTER = {
    "ru": re.compile(
        r"[^,.;:—]{0,40}?(?<!\w)не (?:было|произошло|зафиксировано|зарегистрировано)(?!\w)",
        re.IGNORECASE,
    ),
    "tr": re.compile(r"\w*\s+(?:olmadı|yaşanmadı|meydana gelmedi)(?!\w)", re.IGNORECASE),
}


def _none_happened(hit: TriggerHit, text: str, offset: int, language: str) -> bool:
    after = _NONE_AFTER.get(language)
    return after is not None and after.match(text, hit.end - offset) is not None


def has_means(hits: list[TriggerHit], means: tuple[str, ...] | str) -> bool:
    wanted = (means,) if isinstance(means, str) else means
    return any(h.means in wanted for h in hits)
