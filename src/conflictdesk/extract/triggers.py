"""Trigger words: where a sentence says something happened, and by what means.

English triggers come from ``lexicon_en``; other languages from the pack's ``triggers.json``
(a ``*`` at the end of a word matches any ending: ``saldırı*``, ``взрыв*``). Every hit is
reduced to a *means* so that later stages reason the same way whatever the language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from conflictdesk.extract.cache import per_registry
from conflictdesk.extract.caseless import Caseless
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
}
_WEAPON_MEANS = {"Firearms": "firearm", "Melee": "melee", "Incendiary": "arson"}


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


_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Arabic writes "and", "with", "the" as prefixes (والانفجار is "and the explosion") and
# attaches short endings; a word is tried without each of these prefixes.
_ARABIC_PREFIXES = ("وال", "بال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_ARABIC_MAX_SUFFIX = 3
_WORD = re.compile(r"\w+")
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
    if means == "assault" and trigger.weapon_type in _WEAPON_MEANS:
        return _WEAPON_MEANS[trigger.weapon_type]
    if means == "assault" and trigger.attack_type == "Hostage Taking (Kidnapping)":
        return "kidnap"
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
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded)]
        hits: list[TriggerHit] = []
        i = 0
        while i < len(words):
            found = self._match_at(words, i)
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

    def _match_at(self, words: list[tuple[int, int, str]], i: int) -> tuple[_Compiled, int] | None:
        token = words[i][2]
        arabic = bool(_ARABIC_LETTER.match(token))
        seen: set[int] = set()
        for key in _keys(token, arabic):
            for compiled in self._index.get(key, ()):
                if id(compiled) in seen:
                    continue
                seen.add(id(compiled))
                if self._fits(compiled, words, i):
                    return compiled, len(compiled.words)
        return None

    @staticmethod
    def _fits(compiled: _Compiled, words: list[tuple[int, int, str]], i: int) -> bool:
        if i + len(compiled.words) > len(words):
            return False
        for k, (stem, prefix) in enumerate(compiled.words):
            if k and words[i + k][0] - words[i + k - 1][1] > 2:
                return False
            if not _word_fits(words[i + k][2], stem, prefix, compiled.arabic):
                return False
        return True


def fold_case(text: str) -> str:
    """Lower-case with Turkish dotted/dotless i kept one character each (offsets survive)."""
    folded = text.replace("İ", "i").replace("I", "ı").lower()
    return folded if len(folded) == len(text) else text.lower()


def pack_triggers(registry: Registry, language: str) -> PackTriggers:
    def build(reg: Registry) -> PackTriggers:
        return PackTriggers(tuple(t for t in reg.triggers if t.language == language))

    return per_registry(registry, f"triggers:{language}", build)


def find_triggers(
    text: str, *, offset: int = 0, language: str = "en", registry: Registry | None = None
) -> list[TriggerHit]:
    """Trigger hits in one sentence, with offsets into the document (``offset`` added)."""
    hits: list[TriggerHit] = []
    if language == "en":
        for match in _english_pattern().finditer(text):
            means = str(match.lastgroup).rsplit("_", 1)[0]
            hits.append(
                TriggerHit(
                    match.start() + offset,
                    match.end() + offset,
                    text[match.start() : match.end()],
                    means,
                    means == "suicide",
                )
            )
    if registry is not None:
        hits.extend(pack_triggers(registry, language).find(text, offset))
    return hits


def has_means(hits: list[TriggerHit], means: tuple[str, ...] | str) -> bool:
    wanted = (means,) if isinstance(means, str) else means
    return any(h.means in wanted for h in hits)
