"""Fast alias look-ups for the extractor, with the registry matchers' exact semantics.

``resolve.matcher.PhraseMatcher`` tries every phrase length at every token. The extractor
calls four matchers (actors, places, targets, people) on every sentence, so here a sentence
is tokenised and normalised once, and at each token only the phrase lengths that some alias
starting with that token actually has are tried. Entries, normalisation, longest-first
left-to-right matching, case-sensitive aliases, the sentence-break rule and the Arabic
one-letter prefix rule are those of ``resolve.matcher``, so results are the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from conflictdesk.extract.cache import per_registry
from conflictdesk.resolve.matcher import TOKEN_RE, Match, normalise_token, tokens
from conflictdesk.resolve.registry import Registry, TargetTerm

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_PREFIXES = ("و", "ب", "ل", "ف")
# Tokens inside one phrase are separated only by spaces, hyphens or apostrophes (as in
# resolve.matcher): a gap wider than this is a break.
_MAX_GAP = 3
# Sentences whose matches each matcher remembers: the extractor asks again for the same
# sentence (places for the mentions, people for each event), within one document.
_REMEMBERED = 512
# ``resolve.matcher.tokens`` as a split: the same tokens with the gaps between them, every
# offset summed in C instead of three method calls per token.
_TOKEN_SPLIT = re.compile(f"({TOKEN_RE.pattern})", TOKEN_RE.flags)


def _arabic_prefixed(key: str) -> bool:
    """An Arabic token that may carry a one-letter prefix ("و", "ب", "ل", "ف")."""
    # the cheap tests first: most keys are Latin and fail the prefix test
    return len(key) > 3 and key.startswith(_ARABIC_PREFIXES) and _ARABIC.match(key) is not None


@dataclass(frozen=True, slots=True)
class Tokens:
    """One text, tokenised and normalised once for all matchers."""

    text: str
    # where each part of the text ends, the parts alternating gap, token, gap, ..., gap:
    # token i runs from ``bounds[2 * i]`` to ``bounds[2 * i + 1]``
    bounds: tuple[int, ...]
    words: tuple[str, ...]  # each token as written
    keys: tuple[str, ...]
    breaks: tuple[bool, ...]  # breaks[i]: a break between token i and i + 1
    prefixed: tuple[int, ...]  # the tokens that may carry an Arabic one-letter prefix

    @property
    def spans(self) -> tuple[tuple[int, int, str], ...]:
        """``(start, end, word)`` of each token (built when asked: matching needs only the
        bounds of the tokens a phrase starts and ends with)."""
        bounds = self.bounds
        return tuple(zip(bounds[:-1:2], bounds[1::2], self.words, strict=True))


class _TokenKeys(dict[str, str]):
    """``normalise_token`` of each word met, looked up in C: a sentence's keys are one
    ``map`` over its words, not a call through ``lru_cache`` per word."""

    def __missing__(self, word: str) -> str:
        key = self[word] = normalise_token(word)
        return key


_TOKEN_KEYS = _TokenKeys()
# Words whose keys are remembered; a vocabulary is a few tens of thousands of words.
_REMEMBERED_KEYS = 200_000


@lru_cache(maxsize=512)
def tokenise(text: str) -> Tokens:
    """Tokens of ``text``; cached, as every matcher reads the same sentence."""
    parts = _TOKEN_SPLIT.split(text)  # gap, token, gap, token, ..., gap
    bounds = tuple(accumulate(map(len, parts)))  # where each part ends
    words = tuple(parts[1::2])
    if len(_TOKEN_KEYS) >= _REMEMBERED_KEYS:
        _TOKEN_KEYS.clear()
    keys = tuple(map(_TOKEN_KEYS.__getitem__, words))
    # len(gap) > _MAX_GAP for each gap between two tokens, without a generator step per gap
    breaks = tuple(map(_MAX_GAP.__lt__, map(len, parts[2:-1:2])))
    # A key can start with an Arabic letter only if the keys hold one at all.
    prefixed: tuple[int, ...] = ()
    if not text.isascii() and _ARABIC.search("".join(keys)):  # ASCII folds to ASCII
        prefixed = tuple(i for i, key in enumerate(keys) if _arabic_prefixed(key))
    return Tokens(text, bounds, words, keys, breaks, prefixed)


class FastMatcher:
    """Longest-first, left-to-right, non-overlapping phrase matching over ``Tokens``."""

    def __init__(self, entries: Iterable[tuple[str, str, bool]]) -> None:
        self._folded: dict[tuple[str, ...], str] = {}
        self._exact: dict[tuple[str, ...], str] = {}
        folded_lengths: dict[str, set[int]] = {}
        exact_lengths: dict[str, set[int]] = {}
        for phrase, value, case_sensitive in entries:
            if case_sensitive:
                key = tuple(t for _, _, t in tokens(phrase))
                self._exact.setdefault(key, value)
                lengths = exact_lengths
            else:
                key = tuple(normalise_token(t) for _, _, t in tokens(phrase))
                self._folded.setdefault(key, value)
                lengths = folded_lengths
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        self._folded_lengths = {k: sorted(v, reverse=True) for k, v in folded_lengths.items()}
        self._exact_lengths = {k: sorted(v, reverse=True) for k, v in exact_lengths.items()}
        self._remembered: dict[str, tuple[Match, ...]] = {}

    def find(self, toks: Tokens, offset: int = 0) -> list[Match]:
        found = self._remembered.get(toks.text)
        if found is None:
            if len(self._remembered) >= _REMEMBERED:
                self._remembered.clear()
            found = self._remembered[toks.text] = tuple(self._find(toks))
        if not offset:
            return list(found)
        return [Match(m.start + offset, m.end + offset, m.text, m.value) for m in found]

    def _find(self, toks: Tokens) -> list[Match]:
        found: list[Match] = []
        n = len(toks.keys)
        keys, bounds = toks.keys, toks.bounds
        folded_lengths, exact_lengths = self._folded_lengths, self._exact_lengths
        # Only the tokens some alias starts with (few) are tried; the others cannot start one.
        if exact_lengths:
            starts = [
                i
                for i, (key, word) in enumerate(zip(keys, toks.words, strict=True))
                if key in folded_lengths or word in exact_lengths
            ]
        else:
            starts = [i for i, key in enumerate(keys) if key in folded_lengths]
        if toks.prefixed:
            starts = sorted({*starts, *toks.prefixed})
        after = 0  # the first token after the last match
        for i in starts:
            if i < after:
                continue
            hit = self._longest_at(toks, i, n)
            if hit is None:
                continue
            length, value = hit
            start, end = bounds[2 * i], bounds[2 * (i + length) - 1]
            found.append(Match(start, end, toks.text[start:end], value))
            after = i + length
        return found

    def _lengths_at(self, toks: Tokens, i: int) -> list[int]:
        folded = self._folded_lengths.get(toks.keys[i], [])
        exact = self._exact_lengths.get(toks.words[i], [])
        if not exact:
            return folded
        return sorted(set(folded) | set(exact), reverse=True)

    def _longest_at(self, toks: Tokens, i: int, n: int) -> tuple[int, str] | None:
        keys, breaks = toks.keys, toks.breaks
        for length in self._lengths_at(toks, i):
            # a one-token phrase always fits; a longer one must end in the text, unbroken
            if length > 1 and (i + length > n or True in breaks[i : i + length - 1]):
                continue
            value = self._folded.get(keys[i : i + length])
            if value is None and self._exact:
                value = self._exact.get(toks.words[i : i + length])
            if value is not None:
                return length, value
        # ``prefixed`` lists exactly the tokens ``_arabic_prefixed`` holds for (none in most
        # texts): a tuple test, not a call per token tried
        if toks.prefixed and i in toks.prefixed:
            key = keys[i]
            value = self._folded.get((key[1:],))
            if value is not None:
                return 1, value
        return None


@dataclass(frozen=True, slots=True)
class Matchers:
    """The registry's four matchers, built once per registry."""

    actors: FastMatcher
    places: FastMatcher
    targets: FastMatcher
    people: FastMatcher
    target_terms: tuple[TargetTerm, ...]


def _build(registry: Registry) -> Matchers:
    actor_entries: list[tuple[str, str, bool]] = []
    for actor in registry.actors.values():
        actor_entries.append((actor.name, actor.id, False))
        actor_entries.extend((a.text, actor.id, a.case_sensitive) for a in actor.aliases)
    rank = {"country": 0, "province": 1, "district": 2, "town": 3, "area": 4, "landmark": 5}
    ordered = sorted(registry.places.values(), key=lambda p: (rank.get(p.kind, 9), p.id))
    place_entries: list[tuple[str, str, bool]] = []
    for place in ordered:
        place_entries.append((place.name, place.id, False))
        place_entries.extend((alias, place.id, False) for alias in place.aliases)
    terms = registry.targets
    people_entries: list[tuple[str, str, bool]] = []
    for person in registry.people:
        people_entries.append((person.name, person.person_id, False))
        people_entries.extend((alias, person.person_id, False) for alias in person.aliases)
    return Matchers(
        actors=FastMatcher(actor_entries),
        places=FastMatcher(place_entries),
        targets=FastMatcher((t.pattern, str(i), False) for i, t in enumerate(terms)),
        people=FastMatcher(people_entries),
        target_terms=terms,
    )


def matchers(registry: Registry) -> Matchers:
    return per_registry(registry, "fast-matchers", _build)


def find_targets(registry: Registry, text: str) -> list[tuple[Match, TargetTerm]]:
    found = matchers(registry)
    return [(m, found.target_terms[int(m.value)]) for m in found.targets.find(tokenise(text))]


def find_actors(registry: Registry, text: str) -> list[Match]:
    return matchers(registry).actors.find(tokenise(text))


def find_places(registry: Registry, text: str, offset: int = 0) -> list[Match]:
    return matchers(registry).places.find(tokenise(text), offset)


def find_people(registry: Registry, text: str) -> list[Match]:
    return matchers(registry).people.find(tokenise(text))


def word_set(text: str) -> frozenset[str]:
    """A set of words written as whitespace-separated text (a word list kept compact)."""
    return frozenset(text.split())
