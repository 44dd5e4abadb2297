"""Quantities in report text: digits, number words and the qualifiers around them.

``parse_quantity("at least six")`` gives ``Quantity(6, 6, 6, vague=False, text="at least six")``.
How every qualifier and vague word maps to ``low``/``best``/``high`` is decided once, in
``RULES`` below, and written out in ``docs/quantities.md``; a test checks that the two agree.

Languages: English (``en``), Turkish (``tr``), Russian (``ru``) and Arabic (``ar``; Dari and
Pashto reuse the digit handling). Arabic-Indic and Persian digits are read like ASCII digits in
every language. Word tables are data in this module; only the given language's words are used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from conflictdesk.extract.caseless import Gated


@dataclass(frozen=True)
class Quantity:
    """A reported count as an honest range; ``vague`` marks words such as "dozens"."""

    low: int | None
    best: int | None
    high: int | None
    vague: bool
    text: str


@dataclass(frozen=True)
class QuantityMatch:
    """A quantity found in a longer text, with its character span ``[start, end)``."""

    start: int
    end: int
    quantity: Quantity


@dataclass(frozen=True)
class Rule:
    """One row of the rule table: how a kind of phrase maps to low/best/high.

    ``low``/``best``/``high`` are integers for vague words, or the symbols ``"N"`` (the stated
    figure), ``"M"`` (the second figure of a range) and ``None`` (not stated).
    """

    kind: str
    example: str
    low: int | str | None
    best: int | str | None
    high: int | str | None
    vague: bool
    reason: str


# The single rule table. docs/quantities.md renders it; tests/test_numbers.py parses the doc
# and checks every row against parse_quantity, so the two cannot drift apart.
RULES: Final[tuple[Rule, ...]] = (
    Rule("exact", "6", "N", "N", "N", False, "one figure stated"),
    Rule("exact", "twenty-three", "N", "N", "N", False, "number words read as digits"),
    Rule(
        "floor",
        "at least 6",
        "N",
        "N",
        "N",
        False,
        "one figure reported: low=best=high (gold-format convention, GTD practice)",
    ),
    Rule(
        "more",
        "more than 20",
        "N",
        "N",
        "N",
        False,
        "the stated figure is the floor the source vouches for; GTD codes the stated figure",
    ),
    Rule("ceiling", "up to 10", None, "N", "N", False, "a ceiling only: the low end is not stated"),
    Rule("approx", "about 30", "N", "N", "N", False, "approximate figures are taken as stated"),
    Rule(
        "range",
        "between 10 and 15",
        "N",
        "N",
        "M",
        False,
        "best is the lower figure (GTD: lowest reliable estimate); high keeps the upper",
    ),
    Rule("range", "10-15", "N", "N", "M", False, "same as between N and M"),
    Rule("one", "a policeman", 1, 1, 1, False, "a/an, single, lone, another: exactly one"),
    Rule("two", "both", 2, 2, 2, False, "both, a couple of, a pair of: two"),
    Rule("dozen", "a dozen", 12, 12, 12, False, "a dozen is a count"),
    Rule(
        "afew",
        "a few",
        2,
        3,
        None,
        True,
        "a few: at least two; best 3, the small default for unnumbered deaths",
    ),
    Rule("several", "several", 3, 3, None, True, "several: at least three; floor taken as best"),
    Rule(
        "some",
        "some",
        2,
        3,
        None,
        True,
        "plural but unnumbered: at least two; best 3, the small default",
    ),
    Rule(
        "many",
        "many",
        3,
        10,
        None,
        True,
        "many, numerous: at least three; best 10, the large default for unnumbered deaths",
    ),
    Rule("dozens", "dozens", 12, 12, None, True, "ACLED codes dozens as 12"),
    Rule("scores", "scores", 40, 40, None, True, "scores: two score at least"),
    Rule("hundreds", "hundreds", 100, 100, None, True, "ACLED codes hundreds as 100"),
    Rule("thousands", "thousands", 1000, 1000, None, True, "by analogy with hundreds"),
    Rule(
        "unknown",
        "an unknown number of",
        None,
        None,
        None,
        True,
        "stated but not counted: unknown stays None",
    ),
    Rule("none", "no", 0, 0, 0, False, "an explicit zero"),
)

_RULE_BY_KIND: Final[dict[str, Rule]] = {rule.kind: rule for rule in RULES}

# Arabic-Indic (U+0660..) and Persian (U+06F0..) digits read as ASCII; same length, so offsets hold.
_DIGIT_MAP: Final[dict[int, str]] = {
    **{0x0660 + i: str(i) for i in range(10)},
    **{0x06F0 + i: str(i) for i in range(10)},
}


_OTHER_DIGIT: Final = re.compile("[\u0660-\u0669\u06f0-\u06f9]")


def ascii_digits(text: str) -> str:
    """Replace Arabic-Indic and Persian digits by ASCII digits (length is unchanged)."""
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text  # translating costs about 2 µs a sentence even when nothing changes
    return text.translate(_DIGIT_MAP)


# -- language tables ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    numbers: Mapping[str, int]  # units, teens and tens
    multipliers: Mapping[str, int]  # hundred, thousand
    joiners: tuple[str, ...]  # words allowed between number words ("and")
    qualifiers: Mapping[str, str]  # phrase before the number -> rule kind
    post_qualifiers: Mapping[str, str]  # phrase after the number -> rule kind
    specials: Mapping[str, str]  # fixed phrases -> rule kind ("a few", "both", "dozens")
    range_words: tuple[str, ...]  # "to", "or" between two figures
    between: tuple[str, str] | None  # ("between", "and")


_EN_NUMBERS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}

_EN: Final = _Lexicon(
    numbers=_EN_NUMBERS,
    multipliers={"dozen": 12, "hundred": 100, "thousand": 1000},
    joiners=("and",),
    qualifiers={
        "at least": "floor",
        "at a minimum": "floor",
        "no fewer than": "floor",
        "no less than": "floor",
        "not less than": "floor",
        "a minimum of": "floor",
        "more than": "more",
        "over": "more",
        "in excess of": "more",
        "upwards of": "more",
        "just over": "more",
        "well over": "more",
        "up to": "ceiling",
        "as many as": "ceiling",
        "at most": "ceiling",
        "no more than": "ceiling",
        "a maximum of": "ceiling",
        "fewer than": "ceiling",
        "less than": "ceiling",
        "under": "ceiling",
        "just under": "ceiling",
        "about": "approx",
        "around": "approx",
        "approximately": "approx",
        "roughly": "approx",
        "some": "approx",
        "nearly": "approx",
        "almost": "approx",
        "close to": "approx",
        "an estimated": "approx",
        "estimated": "approx",
        "a total of": "exact",
        "all": "exact",
        "all of the": "exact",
        "the": "exact",
        "these": "exact",
        "those": "exact",
        "another": "exact",
        "an additional": "exact",
        "a further": "exact",
        "the other": "exact",
        "the remaining": "exact",
        "all the": "exact",
        "the last": "exact",
    },
    post_qualifiers={"or more": "floor", "or so": "approx", "plus": "floor"},
    specials={
        "an unknown number of": "unknown",
        "an unknown number": "unknown",
        "an unspecified number": "unknown",
        "an undetermined number of": "unknown",
        "an unspecified number of": "unknown",
        "a number of": "some",
        "a handful of": "afew",
        "a few": "afew",
        "few": "afew",
        "several": "several",
        "multiple": "several",
        "some": "some",
        "many": "many",
        "numerous": "many",
        "dozens of": "dozens",
        "dozens": "dozens",
        "scores of": "scores",
        "scores": "scores",
        "hundreds of": "hundreds",
        "hundreds": "hundreds",
        "thousands of": "thousands",
        "thousands": "thousands",
        "a dozen": "dozen",
        "half a dozen": "halfdozen",
        "a hundred": "hundred",
        "a thousand": "thousand",
        "a couple of": "two",
        "a pair of": "two",
        "both": "two",
        "a single": "one",
        "single": "one",
        "a lone": "one",
        "lone": "one",
        "another": "one",
        "a": "one",
        "an": "one",
        "no": "none",
        "none of the": "none",
        "zero": "none",
        "a second": "one",
        "a third": "one",
        "a fourth": "one",
        "a fifth": "one",
        "a sixth": "one",
    },
    range_words=("to", "or"),
    between=("between", "and"),
)

_TR_NUMBERS: Final[dict[str, int]] = {
    "sıfır": 0,
    "bir": 1,
    "iki": 2,
    "üç": 3,
    "dört": 4,
    "beş": 5,
    "altı": 6,
    "yedi": 7,
    "sekiz": 8,
    "dokuz": 9,
    "on": 10,
    "yirmi": 20,
    "otuz": 30,
    "kırk": 40,
    "elli": 50,
    "altmış": 60,
    "yetmiş": 70,
    "seksen": 80,
    "doksan": 90,
}

_TR: Final = _Lexicon(
    numbers=_TR_NUMBERS,
    multipliers={"yüz": 100, "bin": 1000},
    joiners=(),
    qualifiers={
        "en az": "floor",
        "en azından": "floor",
        "asgari": "floor",
        "yaklaşık": "approx",
        "tahminen": "approx",
        "kadar": "approx",
        "en fazla": "ceiling",
        "toplam": "exact",
    },
    post_qualifiers={
        "'den fazla": "more",
        "'dan fazla": "more",
        "'ten fazla": "more",
        "'tan fazla": "more",
        "den fazla": "more",
        "dan fazla": "more",
        "ten fazla": "more",
        "tan fazla": "more",
        "kadar": "approx",
        "civarında": "approx",
        "küsur": "floor",
    },
    specials={
        "birkaç": "afew",
        "bazı": "some",
        "çok sayıda": "many",
        "çok": "many",
        "onlarca": "dozens",
        "yüzlerce": "hundreds",
        "binlerce": "thousands",
        "sayısı belirsiz": "unknown",
        "her iki": "two",
        "hiçbir": "none",
        "hiç": "none",
    },
    range_words=("ila", "veya", "ya da"),
    between=None,
)

_RU_NUMBERS: Final[dict[str, int]] = {
    **dict.fromkeys(("ноль",), 0),
    **dict.fromkeys(("двое", "двоих", "двоим"), 2),
    **dict.fromkeys(("трое", "троих", "троим"), 3),
    **dict.fromkeys(("четверо", "четверых"), 4),
    **dict.fromkeys(("пятеро", "пятерых"), 5),
    **dict.fromkeys(("шестеро", "шестерых"), 6),
    **dict.fromkeys(("семеро", "семерых"), 7),
    **dict.fromkeys(("один", "одна", "одно", "одного", "одной", "одному", "одним"), 1),
    **dict.fromkeys(("два", "две", "двух", "двум", "двумя"), 2),
    **dict.fromkeys(("три", "трех", "трёх", "трем", "трём", "тремя"), 3),
    **dict.fromkeys(("четыре", "четырех", "четырёх", "четырем", "четырьмя"), 4),
    **dict.fromkeys(("пять", "пяти", "пятью"), 5),
    **dict.fromkeys(("шесть", "шести", "шестью"), 6),
    **dict.fromkeys(("семь", "семи", "семью"), 7),
    **dict.fromkeys(("восемь", "восьми", "восемью"), 8),
    **dict.fromkeys(("девять", "девяти", "девятью"), 9),
    **dict.fromkeys(("десять", "десяти", "десятью"), 10),
    **dict.fromkeys(("одиннадцать", "одиннадцати"), 11),
    **dict.fromkeys(("двенадцать", "двенадцати"), 12),
    **dict.fromkeys(("тринадцать", "тринадцати"), 13),
    **dict.fromkeys(("четырнадцать", "четырнадцати"), 14),
    **dict.fromkeys(("пятнадцать", "пятнадцати"), 15),
    **dict.fromkeys(("шестнадцать", "шестнадцати"), 16),
    **dict.fromkeys(("семнадцать", "семнадцати"), 17),
    **dict.fromkeys(("восемнадцать", "восемнадцати"), 18),
    **dict.fromkeys(("девятнадцать", "девятнадцати"), 19),
    **dict.fromkeys(("двадцать", "двадцати"), 20),
    **dict.fromkeys(("тридцать", "тридцати"), 30),
    **dict.fromkeys(("сорок", "сорока"), 40),
    **dict.fromkeys(("пятьдесят", "пятидесяти"), 50),
    **dict.fromkeys(("шестьдесят", "шестидесяти"), 60),
    **dict.fromkeys(("семьдесят", "семидесяти"), 70),
    **dict.fromkeys(("восемьдесят", "восьмидесяти"), 80),
    **dict.fromkeys(("девяносто", "девяноста"), 90),
    **dict.fromkeys(("сто", "ста"), 100),
    **dict.fromkeys(("двести", "двухсот"), 200),
    **dict.fromkeys(("триста", "трехсот", "трёхсот"), 300),
    **dict.fromkeys(("четыреста", "четырехсот", "четырёхсот"), 400),
    **dict.fromkeys(("пятьсот", "пятисот"), 500),
}

_RU: Final = _Lexicon(
    numbers=_RU_NUMBERS,
    multipliers={"тысяча": 1000, "тысячи": 1000, "тысяч": 1000},
    joiners=(),
    qualifiers={
        "не менее": "floor",
        "по меньшей мере": "floor",
        "как минимум": "floor",
        "минимум": "floor",
        "не меньше": "floor",
        "более": "more",
        "больше": "more",
        "свыше": "more",
        "до": "ceiling",
        "не более": "ceiling",
        "около": "approx",
        "примерно": "approx",
        "порядка": "approx",
        "почти": "approx",
        "приблизительно": "approx",
        "всего": "exact",
        "все": "exact",
        "еще": "exact",
        "ещё": "exact",
    },
    post_qualifiers={},
    specials={
        "несколько": "several",
        "нескольких": "several",
        "десятки": "dozens",
        "десятков": "dozens",
        "сотни": "hundreds",
        "сотен": "hundreds",
        "тысячи": "thousands",
        "многие": "many",
        "много": "many",
        "множество": "many",
        "оба": "two",
        "обе": "two",
        "обоих": "two",
        "никто": "none",
        "ни один": "none",
    },
    range_words=("-", "или"),
    between=("от", "до"),
)

_AR_NUMBERS: Final[dict[str, int]] = {
    **dict.fromkeys(("واحد", "واحدة"), 1),
    **dict.fromkeys(("اثنان", "اثنين", "اثنتان", "اثنتين"), 2),
    **dict.fromkeys(("ثلاثة", "ثلاث"), 3),
    **dict.fromkeys(("أربعة", "أربع", "اربعة", "اربع"), 4),
    **dict.fromkeys(("خمسة", "خمس"), 5),
    **dict.fromkeys(("ستة", "ست"), 6),
    **dict.fromkeys(("سبعة", "سبع"), 7),
    **dict.fromkeys(("ثمانية", "ثماني", "ثمان"), 8),
    **dict.fromkeys(("تسعة", "تسع"), 9),
    **dict.fromkeys(("عشرة", "عشر"), 10),
    **dict.fromkeys(("عشرون", "عشرين"), 20),
    **dict.fromkeys(("ثلاثون", "ثلاثين"), 30),
    **dict.fromkeys(("أربعون", "أربعين", "اربعين"), 40),
    **dict.fromkeys(("خمسون", "خمسين"), 50),
    # eleven and twelve take their own forms of one and two ("أحد عشر", "اثنتا عشرة"), which
    # are not numbers alone ("أحد الجنود" is one of the soldiers): only the pair is a figure
    **dict.fromkeys(
        (f"{one} {ten}" for one in ("أحد", "احد", "إحدى", "احدى") for ten in ("عشر", "عشرة")), 11
    ),
    **dict.fromkeys(
        (
            f"{two} {ten}"
            for two in ("اثنا", "اثني", "اثنتا", "اثنتي", "إثنا", "إثني")
            for ten in ("عشر", "عشرة")
        ),
        12,
    ),
}

_AR: Final = _Lexicon(
    numbers=_AR_NUMBERS,
    multipliers={"مائة": 100, "مئة": 100, "ألف": 1000},
    joiners=("و",),
    qualifiers={
        "ما لا يقل عن": "floor",
        "لا يقل عن": "floor",
        "أكثر من": "more",
        "اكثر من": "more",
        "نحو": "approx",
        "حوالي": "approx",
        "قرابة": "approx",
        "زهاء": "approx",
        "ما يصل إلى": "ceiling",
    },
    post_qualifiers={"على الأقل": "floor"},
    specials={
        "عدة": "several",
        "عدد من": "some",
        "عشرات": "dozens",
        "مئات": "hundreds",
        "آلاف": "thousands",
        "كلا": "two",
    },
    range_words=("-", "إلى", "او", "أو"),
    between=("بين", "و"),
)

LEXICONS: Final[dict[str, _Lexicon]] = {"en": _EN, "tr": _TR, "ru": _RU, "ar": _AR}

# English specials that only count when a noun follows (they are ordinary words otherwise).
_NEEDS_NOUN: Final[frozenset[str]] = frozenset(("a", "an", "no", "single", "lone"))


def _lexicon(language: str) -> _Lexicon:
    return LEXICONS.get(language.split("-")[0].lower(), _EN)


# -- the compiled scanner per language ------------------------------------------------------------

_DIGITS: Final = r"\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?![\d.])|\d+"


def _norm(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.strip().lower()).replace("’", "'")


def _alternation(words: Iterable[str]) -> str:
    items = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@dataclass(frozen=True)
class _Scanner:
    lexicon: _Lexicon
    pattern: re.Pattern[str]
    first_words: frozenset[str]  # words a quantity phrase can start with (digits aside)


def _number_pattern(lex: _Lexicon) -> str:
    word = _alternation([*lex.numbers, *lex.multipliers])
    joiner = "".join(rf"(?:{re.escape(j)}\s+)?" for j in lex.joiners[:1])
    if lex is _AR:
        joiner = r"(?:و\s*)?"
    words = rf"(?:{word})(?![\w])(?:[\s-]+{joiner}(?:{word})(?![\w]))*"
    return rf"(?:{_DIGITS}|{words})"


def _build(lex: _Lexicon) -> _Scanner:
    num = _number_pattern(lex)
    qual = _alternation(lex.qualifiers)
    post = _alternation(lex.post_qualifiers) if lex.post_qualifiers else "(?!x)x"
    special = _alternation(lex.specials)
    rng = _alternation(lex.range_words)
    between = (
        rf"|{re.escape(lex.between[0])}\s+(?P<b1>{num})\s+{re.escape(lex.between[1])}\s*"
        rf"(?P<b2>{num})"
        if lex.between
        else ""
    )
    figure = (
        rf"(?P<n1>{num})(?:\s*(?:[-–—]|\s(?:{rng})\s)\s*(?P<n2>{num})(?![\w]))?"
        rf"(?:\s*(?P<post>{post}))?"
    )
    pattern = (
        rf"(?<![\w.,])(?:(?P<qual>{qual})\s+)?"
        rf"(?:(?P<special>{special})(?![\w])|{figure}(?![\w]){between})"
    )
    phrases = [*lex.qualifiers, *lex.specials, *lex.numbers, *lex.multipliers]
    if lex.between:
        phrases.append(lex.between[0])
    first = frozenset(_norm(p).split()[0] for p in phrases if p.strip())
    return _Scanner(lex, re.compile(pattern, re.IGNORECASE), first)


_SCANNERS: Final[dict[str, _Scanner]] = {code: _build(lex) for code, lex in LEXICONS.items()}


def _scanner(language: str) -> _Scanner:
    return _SCANNERS.get(language.split("-")[0].lower(), _SCANNERS["en"])


# -- evaluation -----------------------------------------------------------------------------------


def _paired(words: list[str], lex: _Lexicon) -> list[str]:
    """``words`` with two that make one number together ("أحد عشر", eleven) taken as one."""
    out: list[str] = []
    for word in words:
        pair = f"{out[-1]} {word}" if out else ""
        if pair in lex.numbers:
            out[-1] = pair
        else:
            out.append(word)
    return out


def _words_value(text: str, lex: _Lexicon) -> int | None:
    """Value of a run of number words ("two hundred and five", "yirmi üç")."""
    total, current = 0, 0
    seen = False
    for raw in _paired(re.split(r"[\s-]+", text.lower().replace("i̇", "i")), lex):
        token = raw.removeprefix("و") if lex is _AR and raw not in lex.numbers else raw
        if not token or token in lex.joiners:
            continue
        if token in lex.numbers:
            current += lex.numbers[token]
            seen = True
        elif token in lex.multipliers:
            mult = lex.multipliers[token]
            current = max(current, 1) * mult
            if mult >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def figure_value(text: str, language: str = "en") -> int | None:
    """The integer value of one figure: digits ("1,200") or number words ("twenty-three")."""
    clean = ascii_digits(text).strip()
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", clean):
        return int(re.sub(r"[,.]", "", clean))
    if clean.isdigit():
        return int(clean)
    return _words_value(clean, _lexicon(language))


def _apply(kind: str, n: int | None, m: int | None, text: str) -> Quantity:
    rule = _RULE_BY_KIND[kind]

    def value(symbol: int | str | None) -> int | None:
        if symbol == "N":
            return n
        if symbol == "M":
            return m
        return symbol if isinstance(symbol, int) else None

    return Quantity(value(rule.low), value(rule.best), value(rule.high), rule.vague, text)


_SPECIAL_FIXED: Final[dict[str, Callable[[str], Quantity]]] = {
    "halfdozen": lambda text: Quantity(6, 6, 6, False, text),
    "hundred": lambda text: Quantity(100, 100, 100, False, text),
    "thousand": lambda text: Quantity(1000, 1000, 1000, False, text),
    "dozen": lambda text: _apply("dozen", None, None, text),
}


def _from_match(match: re.Match[str], lex: _Lexicon, language: str) -> Quantity | None:
    text = match.group(0)
    qual_kind = lex.qualifiers.get(_norm(match.group("qual"))) if match.group("qual") else None
    special = match.group("special")
    if special is not None:
        kind = lex.specials[_norm(special)]
        if kind in _SPECIAL_FIXED:
            return _SPECIAL_FIXED[kind](text)
        return _apply(kind, None, None, text)
    if match.groupdict().get("b1"):
        low = figure_value(match.group("b1"), language)
        high = figure_value(match.group("b2"), language)
        return None if low is None or high is None else _apply("range", low, high, text)
    n = figure_value(match.group("n1"), language)
    if n is None:
        return None
    if match.group("n2"):
        m = figure_value(match.group("n2"), language)
        if m is not None and m > n:
            return _apply("range", n, m, text)
    post = match.group("post")
    kind = lex.post_qualifiers.get(_norm(post), "exact") if post else "exact"
    if qual_kind is not None and qual_kind != "exact":
        kind = qual_kind
    return _apply(kind, n, n, text)


def iter_quantities(text: str, language: str = "en") -> Iterator[QuantityMatch]:
    """Every quantity phrase in ``text``, left to right, with its span.

    Articles and "no" only count when a word follows them ("a policeman", not a sentence-final
    "a"); whether the following noun is a person is for the caller to judge.
    """
    scanner = _scanner(language)
    digits = ascii_digits(text)
    lowered = digits.replace("İ", "I").lower()  # "İ" lowers to two characters
    if len(lowered) != len(digits):  # another such letter: keep offsets aligned
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in digits)
    first_words = scanner.first_words
    resume = 0
    for word in _WORD.finditer(lowered):
        if word.start() < resume:
            continue
        low = word.group(0)
        if not (low[0].isdigit() or low in first_words or low.replace("i̇", "i") in first_words):
            continue
        match = scanner.pattern.match(digits, word.start())
        if match is None:
            continue
        resume = match.end()
        if _QUESTION_BEFORE.search(lowered, max(0, word.start() - 8), word.start()):
            continue  # "how many were wounded" asks; it states no figure
        special = match.group("special")
        needs_noun = special is not None and _norm(special) in _NEEDS_NOUN
        if needs_noun and not re.match(r"\s+\w", digits[match.end() :]):
            continue
        quantity = _from_match(match, scanner.lexicon, language)
        if quantity is None:
            continue
        quantity, end = _thousands(match, digits, quantity)
        resume = max(resume, end)
        original = text[match.start() : end]
        yield QuantityMatch(match.start(), end, _with_text(quantity, original))


def _thousands(match: re.Match[str], digits: str, quantity: Quantity) -> tuple[Quantity, int]:
    """ "3 bin 35" is 3,035 and "3 тысячи" 3,000: digits, the word for thousand, the rest."""
    found = _THOUSANDS.match(digits, match.end()) if match.group(0).isdigit() else None
    if found is None:
        return quantity, match.end()
    value = int(match.group(0)) * 1000 + int(found.group("rest") or 0)
    return Quantity(value, value, value, False, ""), found.end()


_WORD: Final = re.compile(r"\w+")
# A number written in digits with the word for thousand after it, and the digits of the rest.
_THOUSANDS: Final = Gated(
    re.compile(
        r"\s+(?:bin|тысяч[аи]?|ألف|آلاف|thousand)(?![\w])(?:\s+(?P<rest>\d{1,3})(?![\d.,]))?",
        re.IGNORECASE,
    )
)
# A question word right before a quantity word: "how many", "how much".
_QUESTION_BEFORE: Final = Gated(re.compile(r"\bhow\s+$"))


def _with_text(quantity: Quantity, text: str) -> Quantity:
    return Quantity(quantity.low, quantity.best, quantity.high, quantity.vague, text)


def match_quantity(text: str, pos: int = 0, language: str = "en") -> QuantityMatch | None:
    """The quantity phrase starting exactly at ``pos``, or ``None``."""
    scanner = _scanner(language)
    digits = ascii_digits(text)
    match = scanner.pattern.match(digits, pos)
    if match is None:
        return None
    quantity = _from_match(match, scanner.lexicon, language)
    if quantity is None:
        return None
    quantity, end = _thousands(match, digits, quantity)
    return QuantityMatch(match.start(), end, _with_text(quantity, digits[match.start() : end]))


def parse_quantity(text: str, language: str = "en") -> Quantity | None:
    """Read the quantity phrase that ``text`` starts with; ``None`` if it starts with none.

    Trailing words are allowed ("at least six civilians" gives 6); ``text`` in the result is
    the quantity phrase itself.
    """
    stripped = text.lstrip()
    found = match_quantity(stripped, 0, language)
    if found is None:
        return None
    return Quantity(
        found.quantity.low,
        found.quantity.best,
        found.quantity.high,
        found.quantity.vague,
        stripped[: found.end],
    )
