"""Fast, offset-preserving phrase matching for aliases in any script.

Text is split into word tokens; each token is normalised (case, accents, dotless i, Russian
endings) and phrases are looked up as tuples of normalised tokens in a dictionary. That is
linear in the text and independent of the number of aliases, unlike one huge regex.
Matches report character offsets into the original text, so evidence spans stay exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

TOKEN_RE = re.compile(r"[^\W_]+", re.UNICODE)

# Connectors that vary between transliterations of one name: Mazar-i-Sharif / Mazar-e Sharif,
# al-Kashmiri / el-Kashmiri, Zia ud-Din / Zia ul-Din.
_CONNECTORS = {"i": "e", "e": "e", "al": "al", "el": "al", "ul": "ud", "ud": "ud", "ad": "ud"}

# Russian noun endings stripped so that Кабул / Кабуле / Кабула meet (longest first).
_RU_ENDINGS = (
    "ами",
    "ями",
    "ого",
    "его",
    "ому",
    "ему",
    "иеи",  # -ией once accents are removed (й is и with a breve)
    "ией",
    "ах",
    "ях",
    "ам",
    "ям",
    "ов",
    "ев",
    "ом",
    "ем",
    "ой",
    "ей",
    # adjectives once the breve of й is removed: "Дангаринский", "Хатлонской", "новый"
    "ии",
    "ыи",
    "ои",
    "еи",
    "ию",
    "ия",
    "ий",
    "ые",
    "ых",
    "а",
    "я",
    "у",
    "ю",
    "е",
    "ы",
    "и",
    "о",
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف")
_TRANSLATE = str.maketrans({"ı": "i", "ё": "е", "ي": "ی", "ك": "ک", "ى": "ی", "ة": "ه"})


@lru_cache(maxsize=200_000)
def normalise_token(token: str) -> str:
    """The matching key of one token: case-folded, accents removed, endings folded."""
    folded = unicodedata.normalize("NFKD", token.translate(_TRANSLATE))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = folded.translate(_TRANSLATE)
    if folded in _CONNECTORS:
        return _CONNECTORS[folded]
    if _CYRILLIC.search(folded) and len(folded) > 4:
        for ending in _RU_ENDINGS:
            if folded.endswith(ending) and len(folded) - len(ending) >= 4:
                return _soft(folded[: -len(ending)])
        return _soft(folded)
    return folded


def _soft(stem: str) -> str:
    """A Russian stem without soft or hard signs: "Музаммиль" and "Музаммиля" meet, and so do
    transliterations that put one in or leave it out ("Хогьяни", "Хогяни")."""
    return stem.replace("ь", "").replace("ъ", "")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """Word tokens as ``(start, end, surface)``."""
    return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


# A place's name is looked up once for every sentence that names it: remembered.
@lru_cache(maxsize=50_000)
def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(normalise_token(t) for _, _, t in tokens(phrase))


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    text: str
    value: str


class PhraseMatcher:
    """Longest-first, left-to-right, non-overlapping matching of phrases mapped to values.

    Case-sensitive entries (short acronyms such as ``IS``) only match their exact surface form.
    Phrases are indexed by their first token, so a position where no phrase starts costs one
    dictionary lookup; phrase breaks are found once per text.
    """

    def __init__(self, entries: Iterable[tuple[str, str, bool]]) -> None:
        self._folded: dict[tuple[str, ...], str] = {}
        self._exact: dict[tuple[str, ...], str] = {}
        # first token -> length of the longest phrase starting with it
        self._folded_starts: dict[str, int] = {}
        self._exact_starts: dict[str, int] = {}
        self._max = 1
        for phrase, value, case_sensitive in entries:
            if case_sensitive:
                key = tuple(t for _, _, t in tokens(phrase))
                table, starts = self._exact, self._exact_starts
            else:
                key = phrase_key(phrase)
                table, starts = self._folded, self._folded_starts
            if not key:
                continue
            table.setdefault(key, value)
            starts[key[0]] = max(starts.get(key[0], 0), len(key))
            self._max = max(self._max, len(key))

    def __len__(self) -> int:
        return len(self._folded) + len(self._exact)

    def find(self, text: str, offset: int = 0) -> list[Match]:
        return list(self.iter_matches(text, offset))

    def iter_matches(self, text: str, offset: int = 0) -> Iterator[Match]:
        toks = tokens(text)
        if not toks:
            return
        keys = [normalise_token(t) for _, _, t in toks]
        breaks = _break_counts(text, toks)
        i, n = 0, len(toks)
        while i < n:
            hit = self._longest_at(toks, keys, breaks, i, n)
            if hit is None:
                i += 1
                continue
            length, value = hit
            start, end = toks[i][0], toks[i + length - 1][1]
            yield Match(start + offset, end + offset, text[start:end], value)
            i += length

    def _longest_at(
        self,
        toks: list[tuple[int, int, str]],
        keys: list[str],
        breaks: list[int],
        i: int,
        n: int,
    ) -> tuple[int, str] | None:
        folded_max = self._folded_starts.get(keys[i], 0)
        exact_max = self._exact_starts.get(toks[i][2], 0)
        longest = min(max(folded_max, exact_max), n - i)
        for length in range(longest, 0, -1):
            # a phrase may not jump across a sentence stop or a line break
            if length > 1 and breaks[i + length - 1] != breaks[i]:
                continue
            value = None
            if length <= folded_max:
                value = self._folded.get(tuple(keys[i : i + length]))
            if value is None and length <= exact_max:
                value = self._exact.get(tuple(t for _, _, t in toks[i : i + length]))
            if value is not None:
                return length, value
        if _ARABIC.match(keys[i]):
            value = self._arabic_prefixed(keys[i])
            if value is not None:
                return 1, value
        return None

    def _arabic_prefixed(self, key: str) -> str | None:
        if len(key) > 3 and key.startswith(_ARABIC_PREFIXES):
            return self._folded.get((key[1:],))
        return None


# Tokens inside one phrase are separated only by a few spaces, hyphens or apostrophes, or one
# line break (wrapped text); a full stop, comma or blank line ends the phrase.
_JOINER = re.compile(r"[ \t\-\u2010\u2011'\u2019\u2018\u02bc\u00a0]{1,3}|[ \t]*\n[ \t]*|\u200c")


def _break_counts(text: str, toks: list[tuple[int, int, str]]) -> list[int]:
    """``counts[k]``: how many phrase breaks lie between token 0 and token k.

    Tokens i..j belong to one phrase only if ``counts[j] == counts[i]``.
    """
    counts = [0] * len(toks)
    for k in range(1, len(toks)):
        gap_is_break = _JOINER.fullmatch(text, toks[k - 1][1], toks[k][0]) is None
        counts[k] = counts[k - 1] + gap_is_break
    return counts
