"""Case-insensitive matching that keeps CPython's fast literal search.

``re.IGNORECASE`` turns off the search for a pattern's literal prefix, so an alternation of
words is tried at every position of the text. A ``Caseless`` pattern is compiled without the
flag and matched against the text folded to lower case, which finds the same matches at the
same offsets: ``re`` itself compares characters by their simple lower-case form, and treats a
few more pairs as equal (dotless ``ı`` and ``i``, long ``ſ`` and ``s``, some Greek and old
Cyrillic letter forms); ``fold`` maps each such pair onto one character, in the text and in
the pattern alike. Text whose lower case changes length (``İ`` becomes two characters) is
matched with ``re.IGNORECASE`` as before, so offsets always stay those of the text.

Matches are over the folded text: take matched text from the original string
(``text[m.start() : m.end()]``), never from ``m.group()``.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

# The pairs that ``re.IGNORECASE`` matches beyond simple lower-casing (CPython's
# ``re._casefix``), each written as the character it is folded to. The combining iota
# (U+0345) also equals "ι" there, but is not a word character, so text with it is left to
# ``re.IGNORECASE``.
_TWINS = str.maketrans(
    {
        "ı": "i",
        "ſ": "s",
        "μ": "µ",
        "\u1fbe": "ι",
        "\u1fd3": "\u0390",
        "\u1fe3": "\u03b0",
        "ϐ": "β",
        "ϵ": "ε",
        "ϑ": "θ",
        "ϰ": "κ",
        "ϖ": "π",
        "ϱ": "ρ",
        "σ": "ς",
        "ϕ": "φ",
        "\u1c80": "в",
        "\u1c81": "д",
        "\u1c82": "о",
        "\u1c83": "с",
        "\u1c84": "т",
        "\u1c85": "т",
        "\u1c86": "ъ",
        "\u1c87": "ѣ",
        "\ua64b": "\u1c88",
        "\u1e9b": "\u1e61",
        "\ufb06": "\ufb05",
    }
)
_COMBINING_IOTA = "\u0345"
# Translating is slow (about 10 µs a sentence); most text has none of the pairs.
_HAS_TWIN = re.compile("[" + "".join(chr(c) for c in _TWINS) + _COMBINING_IOTA + "]")


# One sentence is folded once for all its patterns; a few hundred sentences is a document.
_FOLDED_SENTENCES = 256


@lru_cache(maxsize=_FOLDED_SENTENCES)
def fold(text: str) -> str | None:
    """``text`` in lower case with the pairs above made one character; ``None`` when lower
    case would move offsets. Remembered for the last few hundred sentences."""
    return fold_uncached(text)


def fold_uncached(text: str) -> str | None:
    """``fold`` for a text read once (a whole account), which would only push sentences out
    of ``fold``'s memory."""
    lower = text.lower()
    if len(lower) != len(text):
        return None
    # Every twin is beyond ASCII, and ``isascii`` reads a flag the string keeps (no scan).
    if lower.isascii() or _HAS_TWIN.search(lower) is None:
        return lower
    return None if _COMBINING_IOTA in lower else lower.translate(_TWINS)


def fold_pattern(pattern: str) -> re.Pattern[str]:
    """A lower-case ``pattern`` compiled for text folded by ``fold``: it matches there as
    ``re.IGNORECASE`` matches the original text (for text ``fold`` does not give up on)."""
    return re.compile(factored(pattern.translate(_TWINS)))


def fold_pattern_plain(pattern: str) -> re.Pattern[str]:
    """``fold_pattern`` with its branches as written: for reading the pattern (``Needs``,
    ``needed_words``), whose words the grouped branches would cut short ("k(?:ill|idnap)")."""
    return re.compile(pattern.translate(_TWINS))


# -- alternations grouped by their first letter ----------------------------------------------------
# ``re`` tries the branches of an alternation one after another at every position, so a list
# of 100 words costs 100 failed first-letter tests at each character. Branches that open with
# the same literal letter are written once with it ("kill|kidnap|dead" as
# "k(?:ill|idnap)|dead"): at a position, only the branches whose letter is there are tried.
# The matches are the same, at the same offsets, with the same groups: a branch opening with
# letter c cannot match where the text has another letter, so moving it up to the first
# branch opening with c, past branches that open with other letters, changes no result.
# It never moves a branch past one whose first character is not a plain letter.

_SPECIAL = frozenset("\\.^$*+?{}[]|()#")
_QUANTIFIERS = frozenset("*+?{")


class _Unsupported(Exception):
    """A construct the grouping leaves alone (inline flags, conditionals)."""


def factored(pattern: str, *, ignorecase: bool = False) -> str:
    """``pattern`` with the branches of each alternation grouped by their first letter, for
    compiling with ``re.IGNORECASE`` when ``ignorecase`` (ASCII first letters grouped by their
    lower case, other cased letters not grouped); the same pattern where it uses inline flags
    or conditionals."""
    return _rewritten(pattern, lambda branches: _grouped(branches, ignorecase))


def ascii_only(pattern: str) -> str:
    """``pattern`` without the branches of its alternations that need a character beyond
    ASCII in every match ("öl", "уби", "قتل"): on ASCII text it finds what ``pattern`` finds,
    at the same offsets, trying fewer branches at each character. For a pattern without
    capturing groups (their numbers would move); the same pattern where it uses inline flags
    or conditionals. Look-behinds are left as written (``re`` checks their width)."""
    return _rewritten(pattern, _ascii_branches)


def _rewritten(pattern: str, join: Callable[[list[str]], str]) -> str:
    """``pattern`` with each alternation's branches put together by ``join``."""
    try:
        text, end = _factor_from(pattern, 0, join)
    except _Unsupported:
        return pattern
    return text if end == len(pattern) else pattern


def _ascii_branches(branches: list[str]) -> str:
    """The branches that may match ASCII text; all of them if none may (kept as written)."""
    kept = [b for b in branches if not _beyond_ascii(b)]
    return "|".join(kept or branches)


def _beyond_ascii(branch: str) -> bool:
    """Whether every match of ``branch`` holds a character beyond ASCII: some set of strings,
    one of which every match holds, has none in ASCII. False when it cannot be told."""
    try:
        items = _PARSER.parse(branch)
    except re.error:
        return False
    return any(not any(word.isascii() for word in words) for words in _needed(items))


def _letter_key(char: str, ignorecase: bool) -> str | None:
    """What branches opening with ``char`` are grouped by; None: a branch not to group."""
    if char in _SPECIAL:
        return None
    if not ignorecase:
        return char
    if char.isascii():
        return char.lower()
    # without case (Arabic, digits, marks): only itself; cased beyond ASCII: not grouped
    return char if char.lower() == char.upper() == char else None


def _factor_from(pattern: str, i: int, join: Callable[[list[str]], str]) -> tuple[str, int]:
    """The alternation starting at ``i``, up to an unmatched ``)`` or the end, its branches
    put together by ``join``; and where it stops."""
    branches: list[str] = []
    piece: list[str] = []
    while i < len(pattern):
        char = pattern[i]
        if char == ")":
            break
        if char == "|":
            branches.append("".join(piece))
            piece = []
            i += 1
        elif char == "\\":
            piece.append(pattern[i : i + 2])
            i += 2
        elif char == "[":
            end = _class_end(pattern, i)
            piece.append(pattern[i:end])
            i = end
        elif char == "(":
            text, i = _group(pattern, i, join)
            piece.append(text)
        else:
            piece.append(char)
            i += 1
    branches.append("".join(piece))
    return join(branches), i


def _class_end(pattern: str, i: int) -> int:
    """Where the character class opening at ``i`` ends (after its ``]``)."""
    j = i + 1
    if pattern.startswith("^", j):
        j += 1
    if pattern.startswith("]", j):
        j += 1
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group(pattern: str, i: int, join: Callable[[list[str]], str]) -> tuple[str, int]:
    """The group opening at ``i``, its alternation rewritten unless it is a look-behind (whose
    width ``re`` checks); and the index after its ``)``."""
    head = pattern[i : i + 4]
    if head.startswith(("(?P=", "(?#")):
        end = pattern.index(")", i) + 1
        return pattern[i:end], end
    if head.startswith("(?P<"):
        opening = pattern[i : pattern.index(">", i) + 1]
    elif head.startswith(("(?:", "(?=", "(?!", "(?>", "(?<=", "(?<!")):
        opening = head[:4] if head.startswith(("(?<=", "(?<!")) else head[:3]
    elif head.startswith("(?"):
        raise _Unsupported(head)
    else:
        opening = "("
    inner, end = _factor_from(pattern, i + len(opening), join)
    if end >= len(pattern):
        raise _Unsupported("unbalanced")
    if opening in ("(?<=", "(?<!"):
        inner = pattern[i + len(opening) : end]
    return opening + inner + ")", end + 1


def _grouped(branches: list[str], ignorecase: bool) -> str:
    """The branches, those opening with the same plain letter written once with it."""
    groups: list[tuple[str, list[str]]] = []  # (letter, rests), or ("", [branch]) as it is
    open_group: dict[str, int] = {}
    for branch in branches:
        key = _letter_key(branch[0], ignorecase) if len(branch) >= 2 else None
        if key is None or branch[1] in _QUANTIFIERS:
            groups.append(("", [branch]))
            open_group.clear()  # no branch moves past this one
        elif key in open_group:
            groups[open_group[key]][1].append(branch[1:])
        else:
            open_group[key] = len(groups)
            groups.append((branch[0], [branch[1:]]))
    return "|".join(
        letter + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for letter, rests in groups
    )


class Caseless:
    """A pattern written in lower case, matched as ``re.IGNORECASE`` would match it.

    The pattern's letters must be lower case (``\\W``-style escapes are fine; a literal
    capital letter would never match)."""

    __slots__ = ("_ascii", "_folded", "_ignorecase", "_words")

    def __init__(self, pattern: str) -> None:
        self._folded = fold_pattern(pattern)
        self._ignorecase = re.compile(pattern, re.IGNORECASE)
        self._words = gate_words(fold_pattern_plain(pattern))
        # For ASCII text (most English sentences), the pattern without its branches in other
        # scripts: a word list in four languages is tried at each character in one only.
        self._ascii = self._folded
        twinned = pattern.translate(_TWINS)
        ascii_source = ascii_only(twinned)
        if ascii_source != twinned and not self._folded.groups:
            self._ascii = re.compile(factored(ascii_source))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        folded = fold(text)
        if folded is None:
            return self._ignorecase.search(text, pos)
        if self._words is not None and not holds_one(self._words, folded):
            return None  # none of the words every match holds: the pattern finds nothing
        return (self._ascii if folded.isascii() else self._folded).search(folded, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        folded = fold(text)
        if folded is None:
            return self._ignorecase.finditer(text)
        if self._words is not None and not holds_one(self._words, folded):
            return iter(())
        return (self._ascii if folded.isascii() else self._folded).finditer(folded)


# -- words a pattern needs -------------------------------------------------------------------------
# A pattern whose every match contains one of a few words cannot match a text without them; a
# substring test on the folded text is far cheaper than trying the pattern at every character.

# The parser ``re`` itself uses (``sre_parse`` before Python 3.11).
_PARSER: Any = importlib.import_module("re._parser")
_OPS: Any = importlib.import_module("re._constants")
# Words shorter than this are in most sentences: not worth a test.
_SHORTEST_NEEDED = 3


def _needed(items: Sequence[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Sets of strings, each set such that every match of the parsed pattern ``items``
    contains one of its strings."""
    found: list[frozenset[str]] = []
    run = ""
    for op, arg in [*items, (None, None)]:
        if op is _OPS.LITERAL:
            run += chr(arg)
            continue
        if run:
            found.append(frozenset({run}))
            run = ""
        if op is _OPS.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags
            found.extend(_needed(arg[-1]))
        elif op is _OPS.BRANCH:
            chosen = [_best(_needed(branch)) for branch in arg[1]]
            if all(c is not None for c in chosen):
                found.append(frozenset().union(*[c for c in chosen if c is not None]))
        elif op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT) and arg[0] >= 1:
            found.extend(_needed(arg[2]))
    return found


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    """The set whose shortest string is longest (the rarest, as a rule)."""
    return max(sets, key=lambda s: (min(map(len, s)), -len(s)), default=None)


def needed_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` contains, in the form ``fold`` gives
    them when the pattern ignores case; ``None`` when no such set of usable strings is known."""
    if pattern.flags & re.VERBOSE:
        return None
    chosen = _best(_needed(_PARSER.parse(pattern.pattern, pattern.flags)))
    if chosen is None or min(map(len, chosen)) < _SHORTEST_NEEDED:
        return None
    if pattern.flags & re.IGNORECASE:
        chosen = frozenset(word.lower().translate(_TWINS) for word in chosen)
    return tuple(sorted(chosen))


# A pattern is tested for its needed words before it runs (``Caseless``) when there are at most
# this many: each test is a substring search of the folded sentence (a tenth of a microsecond
# or so), the pattern an attempt at every character (ten to a hundred microseconds).
_MOST_GATE_WORDS = 24


def gate_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The words of ``needed_words`` when there are few enough to test them all before the
    pattern runs; ``None``: the pattern is run without a test."""
    words = needed_words(pattern)
    return words if words is not None and len(words) <= _MOST_GATE_WORDS else None


def holds_one(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` contains one of ``words``."""
    # A plain loop: ``any`` over a generator costs a third more, and this runs for every gated
    # pattern on every sentence (``Needs``, ``Caseless``).
    for word in words:  # noqa: SIM110 (see above)
        if word in text:
            return True
    return False


# ``endpos`` when none is given: the end of any text (as ``re`` takes it).
_END = sys.maxsize
# Texts whose answer each ``Needs`` remembers (a document's sentences and their windows).
_REMEMBERED_TESTS = 512


class Needs:
    """A cheap test run before a pattern: the words one of which every match contains."""

    __slots__ = ("_caseless", "_fold", "_seen", "_words")

    def __init__(self, pattern: re.Pattern[str], *, windows: bool = False) -> None:
        """``windows``: the texts tested are mostly pieces cut from sentences, each tested
        once; they are folded without ``fold``'s memory, which they would fill."""
        self._words = needed_words(pattern)
        self._caseless = bool(pattern.flags & re.IGNORECASE)
        self._fold = fold_uncached if windows else fold
        # The answers for the last texts: readers test one sentence again and again (more
        # than half of the tests repeat one made before).
        self._seen: dict[str, bool] = {}

    def met(self, text: str) -> bool:
        """False only when the pattern cannot match ``text``."""
        words = self._words
        if words is None:
            return True
        seen = self._seen.get(text)
        if seen is None:
            if len(self._seen) >= _REMEMBERED_TESTS:
                self._seen.clear()
            seen = self._seen[text] = self._holds_one(words, text)
        return seen

    def _holds_one(self, words: tuple[str, ...], text: str) -> bool:
        if self._caseless:
            folded = self._fold(text)
            if folded is None:
                return True
            text = folded
        return holds_one(words, text)


class Gated:
    """A compiled pattern behind its ``Needs`` test: ``search``, ``match``, ``finditer`` and
    ``findall`` give exactly what the pattern gives, but do not run it on a text holding none
    of the words that every match holds (it could find nothing there). With ``pos`` and
    ``endpos`` the whole text is tested: a match inside the range is inside the text too.

    Used for patterns that run on every sentence (or every window of one) and whose words
    are rare there: on the benchmark's texts, most of these tests pass for under 15 % of the
    texts, and a test costs about a microsecond against 3-50 for the pattern."""

    __slots__ = ("_needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._needs = Needs(pattern, windows=True)
        if needed_words(pattern) is None:  # the test would always pass: only a cost
            raise ValueError(f"no words every match holds: {pattern.pattern!r}")

    @property
    def flags(self) -> int:
        return self.pattern.flags

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.search(text, pos, endpos) if self._needs.met(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.pattern.match(text, pos, endpos) if self._needs.met(text) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if not self._needs.met(text):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = _END) -> list[Any]:
        return self.pattern.findall(text, pos, endpos) if self._needs.met(text) else []

    def sub(self, replacement: str, text: str, count: int = 0) -> str:
        return self.pattern.sub(replacement, text, count) if self._needs.met(text) else text
