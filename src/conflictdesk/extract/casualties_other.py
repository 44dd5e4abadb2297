"""Casualty counting in Turkish, Russian and Arabic reports: figures linked to casualty words.

Each language has a table: its casualty words, the groups its nouns name, its tolls ("ölü
sayısı 17'ye yükseldi", "число погибших достигло 25", "ارتفعت حصيلة القتلى إلى 20"), its
explicit zeros, the words that mark a superseded figure ("ilk olarak", "ранее", "في البداية"),
the words that say the attacker is left out of a toll, and the side on which a figure usually
stands (Turkish puts it before the verb, Arabic after it, Russian either way). A figure is
linked to the nearest casualty word within its clause: never across a comma or another
casualty word. Arabic is read without its short-vowel marks. Rules in docs/quantities.md 2a.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from conflictdesk.extract.casualties import CasualtyMention
from conflictdesk.extract.numbers import Quantity, figure_value, iter_quantities

# Tokens a figure may stand from its casualty word ("en az 50 kişi hayatını kaybetti").
WINDOW: Final = 4
# Tokens a toll phrase may stand from its figure within one clause ("Число погибших в
# результате нападения на военный госпиталь ... во вторник достигло 25").
TOLL_WINDOW: Final = 24
# Tokens back from "N others" to the casualty word it continues ("قُتل حاكم ... واثنان آخران").
OTHERS_REACH: Final = 16
# Characters after a figure where "others" marks it as more ("وأصيب 50 آخرون").
_MORE_REACH: Final = 12

_BOTH: Final = ("killed", "injured")
_WORD: Final = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
# Arabic short vowels, shadda, sukun and tatweel: dropped before reading.
_MARKS: Final = re.compile(r"[\u064B-\u0652\u0670\u0640]")
_CLAUSE_END: Final = frozenset({",", ";", ":", ".", "—", "–", "،", "؛", "(", ")"})


def strip_marks(text: str) -> str:
    """Arabic text without its short-vowel marks (other scripts unchanged)."""
    return _MARKS.sub("", text)


@dataclass(frozen=True)
class _Table:
    outcomes: tuple[tuple[re.Pattern[str], str], ...]  # token -> outcome
    groups: tuple[tuple[re.Pattern[str], str], ...]  # token -> group
    zeros: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    tolls: tuple[tuple[re.Pattern[str], str], ...]  # toll phrase -> outcome
    singular: re.Pattern[str]  # a casualty word that names one person ("погиб", "öldü")
    one: re.Pattern[str]  # ... even with no noun beside it ("hayatını kaybetti", "погиб")
    earlier: re.Pattern[str]  # "initially": the figure after it was superseded
    more: re.Pattern[str]  # "others", "another": a figure that adds
    among: re.Pattern[str]  # "among them": a part of a figure already given
    excluded: re.Pattern[str]  # "not counting the bomber"
    counts: dict[str, int]  # words the number reader does not know ("dördü", "شخصين")
    figure_first: bool  # the figure usually comes before the casualty word
    prefixes: tuple[str, ...] = ()  # clitics glued to a word ("و", "ال")


def _words(*pairs: tuple[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, re.IGNORECASE), v) for p, v in pairs)


def _zeros(
    *pairs: tuple[str, tuple[str, ...]],
) -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple((re.compile(p, re.IGNORECASE), v) for p, v in pairs)


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


TABLES: Final[dict[str, _Table]] = {
    "tr": _Table(
        outcomes=_words(
            (
                r"^(?:öldü|öldürül|öldürd|ölü$|ölüm|ölen|öldüğ|hayatını|yaşamını|şehit|"
                r"can verdi|cansız)",
                "killed",
            ),
            (r"^(?:yaralan|yaralı|yaraladı|yaralayan)", "injured"),
            (r"^(?:kaçırıl|kaçırd|rehin)", "kidnapped"),
            (r"^(?:gözaltına|tutuklan|yakalan)", "arrested"),
            (r"^(?:kayıp)", "missing"),
        ),
        groups=_words(
            (r"^(?:saldırgan|terörist|bombacı|intiharcı|fail|militan)", "attackers"),
            (r"^(?:taliban|vali|bakan|yetkili|hakim|savcı|milletvekili)", "target_side"),
            (r"^(?:asker|polis|güvenlik|subay|komutan|muhafız|bekçi|er$|erler)", "security"),
            (
                r"^(?:sivil|çocuk|kadın|öğrenci|öğretmen|yolcu|köylü|gazeteci|işçi|turist|"
                r"cemaat|hacı|çalışan)",
                "civilians",
            ),
            (r"^(?:kişi|insan)", "unknown"),
        ),
        zeros=_zeros(
            (
                r"\b(?:can kaybı|ölen|yaralanan)(?: ya da (?:yaralanan|ölen))? "
                r"(?:olmadı|yok|yaşanmadı)",
                _BOTH,
            ),
            (r"\bkimse (?:yaralanmadı|zarar görmedi)", _BOTH),
        ),
        tolls=(
            (
                _re(
                    r"(?:ölü|ölen(?:ler(?:in)?)?|hayatını kaybeden(?:ler(?:in)?)?|can kaybı)"
                    r"\s+sayısı\w*"
                ),
                "killed",
            ),
            (_re(r"(?:yaralı|yaralanan(?:lar(?:ın)?)?)\s+sayısı\w*"), "injured"),
        ),
        singular=_re(r"^(?:öldü|öldürüldü|hayatını|yaşamını|şehit|yaralandı)$"),
        one=_re(r"^(?:hayatını|yaşamını)$"),
        earlier=_re(
            r"\b(?:ilk (?:olarak|açıklama\w*|belirleme\w*|bilgi\w*|etapta)|daha önce|"
            r"başlangıçta)\b"
        ),
        more=_re(r"\b(?:daha|diğer|başka)\b"),
        among=_re(r"\b(?:aralarında|bunlardan|arasında)\b"),
        excluded=_re(
            r"\b(?:saldırgan|bombacı|intiharcı|fail)\w*\s+(?:dahil değil|hariç|dahil edilmedi|"
            r"sayılmadı)"
        ),
        counts={
            "ikisi": 2,
            "üçü": 3,
            "dördü": 4,
            "beşi": 5,
            "altısı": 6,
            "yedisi": 7,
            "sekizi": 8,
            "dokuzu": 9,
        },
        figure_first=True,
    ),
    "ru": _Table(
        outcomes=_words(
            (r"^(?:погиб|убит|убил|убиты|уничтож|скончал|жертв|расстрел|застрел)", "killed"),
            (r"^(?:ранен|ранил|ранены|ранения|ранение|пострадал|пострадавш|травм)", "injured"),
            (r"^(?:похищ|похитил|заложник)", "kidnapped"),
            (r"^(?:задержан|арестован|задержал)", "arrested"),
            (r"^(?:пропал|пропавш)", "missing"),
            (r"^(?:освобожд|освободил)", "released"),
        ),
        groups=_words(
            (r"^(?:боевик|террорист|смертник|нападавш|бандит)", "attackers"),
            (
                r"^(?:талиб|губернатор|министр|чиновник|судь|прокурор|депутат|сотрудник)",
                "target_side",
            ),
            (
                r"^(?:военн|солдат|полицейск|силовик|пограничн|охранник|военнослужащ|"
                r"сотрудник(?:а|ов)? (?:полиции|охраны|безопасности|разведки))",
                "security",
            ),
            (
                r"^(?:мирн|жител|гражданск|дет|ребен|ребён|женщин|школьник|студент|журналист|"
                r"турист|верующ|паломник)",
                "civilians",
            ),
            (r"^(?:человек|люд)", "unknown"),
        ),
        zeros=_zeros(
            (r"никто не (?:пострадал|погиб|ранен)", _BOTH),
            (r"(?:обошлось )?без (?:жертв|пострадавших)", _BOTH),
            (r"(?:жертв|пострадавших) нет", _BOTH),
            (r"погибших нет", ("killed",)),
        ),
        tolls=(
            (_re(r"число (?:погибших|жертв|убитых)"), "killed"),
            (_re(r"число (?:раненых|пострадавших)"), "injured"),
        ),
        singular=_re(r"^(?:погиб|убит|ранен|погибла|убита|ранена|скончался|скончалась)$"),
        one=_re(r"^(?:погиб|убит|погибла|убита|скончался|скончалась)$"),
        earlier=_re(r"\b(?:ранее|первоначально|сначала|по (?:первым|первоначальным) данным)\b"),
        more=_re(r"\b(?:ещё|еще|другие|других|остальные)\b"),
        among=_re(r"\b(?:среди (?:них|погибших|раненых|жертв)|в том числе)\b"),
        excluded=_re(
            r"\b(?:не считая|не включая|без учёта|без учета|кроме)\s+(?:\w+\s+)?"
            r"(?:смертник|нападавш|террорист|боевик)\w*"
        ),
        counts={},
        figure_first=True,
    ),
    "ar": _Table(
        outcomes=_words(
            (
                r"^(?:و|ف|ب|ل)?(?:ال)?(?:قتل|مقتل|قتلى|قتيل|حتف|استشهد|شهداء|شهيد|مصرع|وفاة|"
                r"ضحايا|يقتل|لقي)",
                "killed",
            ),
            (
                r"^(?:و|ف|ب|ل)?(?:ال)?(?:جرح|جرحى|جريح|إصابة|اصابة|أصيب|اصيب|إصابات|مصاب|"
                r"يصاب)",
                "injured",
            ),
            (r"^(?:و|ف|ب|ل)?(?:ال)?(?:اختطاف|خطف|اختطف|مخطوف|رهائن)", "kidnapped"),
            (r"^(?:و|ف|ب|ل)?(?:ال)?(?:اعتقال|اعتقل|توقيف|القبض)", "arrested"),
        ),
        groups=_words(
            (r"^(?:و|ال|وال)?(?:انتحاري|مهاجم|مسلح|إرهابي|ارهابي|منفذ)", "attackers"),
            (r"^(?:و|ال)?(?:طالبان|حاكم|والي|مسؤول|وزير|قاض|نائب)", "target_side"),
            (r"^(?:و|ال|وال)?(?:جندي|جنود|شرطي|شرطة|عسكري|أمن|حارس|حراس|ضابط|عناصر)", "security"),
            (
                r"^(?:و|ال|وال)?(?:مدني|مدنيين|أطفال|طفل|نساء|امرأة|طلاب|طالب|مصلين|مصل|"
                r"سائح|سياح|حجاج)",
                "civilians",
            ),
            (r"^(?:و|ال|وال)?(?:شخص|أشخاص|اشخاص|آخر|آخرين|آخرون|رجل)", "unknown"),
        ),
        zeros=_zeros(
            (r"(?:دون|بدون) (?:وقوع )?(?:إصابات|اصابات|ضحايا)", _BOTH),
            (r"لم (?:يصب|يسفر عن|تسفر عن) (?:أحد|اي|أي)", _BOTH),
            (r"لا (?:إصابات|ضحايا)", _BOTH),
        ),
        tolls=(
            (_re(r"(?:حصيلة|عدد)(?: ال\w+)?(?: (?:القتلى|الضحايا|القتل))?"), "killed"),
            (_re(r"عدد (?:الجرحى|المصابين)"), "injured"),
        ),
        singular=_re(r"^(?:و|ف)?(?:قتل|يقتل|استشهد|لقي|أصيب|اصيب)$"),
        one=_re(r"^(?!x)x"),
        earlier=_re(r"(?:في البداية|في وقت سابق|سابقا|الأولية|أولية)"),
        more=_re(r"(?:آخرون|آخرين|آخران|آخرين|أخرى)"),
        among=_re(r"(?:بينهم|من بينهم|بينهن)"),
        excluded=_re(
            r"لا تشمل (?:ال)?(?:حصيلة|أرقام)\w*\s+(?:\w+\s+)?(?:ال)?(?:انتحاري|منفذ|مهاجم)"
        ),
        counts={
            "شخصين": 2,
            "شخصان": 2,
            "جنديين": 2,
            "جنديان": 2,
            "شرطيين": 2,
            "شرطيان": 2,
            "الانتحاريان": 2,
            "انتحاريان": 2,
            "المهاجمان": 2,
            "مهاجمان": 2,
            "المسلحان": 2,
            "مسلحان": 2,
            "آخران": 2,
            "آخرين": 0,
        },
        figure_first=False,
        prefixes=("وال", "و", "ال", "ب", "ل"),
    ),
}
_AR_NUMBER_WORDS: Final = frozenset(
    {"اثنان", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"}
)


# Monday is "the second" day in Arabic: "الاثنين" / "الإثنين" (with "يوم" or alone) reads
# as the number two once its article is taken off.
_WEEKDAYS_LIKE_NUMBERS: Final = frozenset({"الاثنين", "الإثنين", "والاثنين", "بالاثنين"})


@dataclass(frozen=True)
class _Figure:
    first: int
    last: int  # token index of the figure's last token
    quantity: Quantity


def _figures(
    text: str, tokens: list[re.Match[str]], table: _Table, language: str
) -> dict[int, _Figure]:
    starts = {m.start(): i for i, m in enumerate(tokens)}
    ends = {m.end(): i for i, m in enumerate(tokens)}
    found: dict[int, _Figure] = {}
    for match in iter_quantities(text, language):
        first, last = starts.get(match.start), ends.get(match.end)
        q = match.quantity
        if first is None or (q.text.isdigit() and len(q.text) == 4):
            continue  # a year
        found[first] = _Figure(first, last if last is not None else first, q)
    for i, tok in enumerate(tokens):
        if i in found:
            continue
        word = tok.group(0).lower()
        value = table.counts.get(word)
        if word in _WEEKDAYS_LIKE_NUMBERS:
            continue  # "يوم الاثنين" is Monday, not "the two"
        if value is None and table.prefixes:
            value = _prefixed(word, table)
        if value:
            found[i] = _Figure(i, i, Quantity(value, value, value, False, tok.group(0)))
    return found


def _prefixed(word: str, table: _Table) -> int | None:
    """A figure with a clitic glued to it: "و13", "الثلاثة"."""
    for prefix in table.prefixes:
        if word.startswith(prefix) and len(word) > len(prefix):
            rest = word[len(prefix) :]
            if rest.isdigit():
                return int(rest)
            if rest in _AR_NUMBER_WORDS or rest in table.counts:
                return figure_value(rest, "ar") or table.counts.get(rest)
    return None


def _match(table: tuple[tuple[re.Pattern[str], str], ...], word: str) -> str | None:
    for pattern, value in table:
        if pattern.match(word.lower()):
            return value
    return None


def _clause(tokens: list[re.Match[str]], t: int, step: int, outcomes: set[int]) -> Iterator[int]:
    """Token indices from ``t`` in direction ``step`` within the clause and the window."""
    k = t + step
    while 0 <= k < len(tokens) and abs(k - t) <= WINDOW:
        if tokens[k].group(0) in _CLAUSE_END or k in outcomes:
            return
        yield k
        k += step


def _nearest(
    tokens: list[re.Match[str]],
    t: int,
    figures: dict[int, _Figure],
    used: set[int],
    outcomes: set[int],
    figure_first: bool,
) -> _Figure | None:
    by_last = {f.last: f for f in figures.values()}
    directions = (-1, 1) if figure_first else (1, -1)
    for step in directions:
        for k in _clause(tokens, t, step, outcomes):
            figure = figures.get(k) if step > 0 else by_last.get(k)
            if figure is not None and figure.first not in used:
                return figure
    return None


def _group(tokens: list[re.Match[str]], figure: _Figure | None, t: int, table: _Table) -> str:
    """The group of the noun next to the figure, else of a noun next to the casualty word,
    within their clause."""
    near: list[int] = []
    if figure is not None:
        near += [figure.last + 1, figure.last + 2, figure.first - 1]
    near += [t - 1, t + 1, t - 2, t + 2]
    for k in near:
        if not 0 <= k < len(tokens) or _across_clause(tokens, k, figure.first if figure else t):
            continue
        found = _match(table.groups, tokens[k].group(0))
        if found is not None and found != "unknown":
            return found
    return "unknown"


def _across_clause(tokens: list[re.Match[str]], a: int, b: int) -> bool:
    low, high = min(a, b), max(a, b)
    return any(tokens[k].group(0) in _CLAUSE_END for k in range(low, high + 1))


class _Reader:
    """One sentence being read; offsets map the mark-free text back to the original."""

    def __init__(self, sentence: str, offset: int, language: str, table: _Table) -> None:
        self.original = sentence
        self.table = table
        self.language = language
        self.text, self.index = _without_marks(sentence)
        self.offset = offset
        self.tokens = list(_WORD.finditer(self.text))
        self.figures = _figures(self.text, self.tokens, table, language)

    def span(self, start: int, end: int) -> tuple[int, int, str]:
        a = self.index[start]
        b = self.index[end - 1] + 1 if end > start else a
        return a + self.offset, b + self.offset, self.original[a:b]

    def mention(
        self,
        start: int,
        end: int,
        outcome: str,
        quantity: Quantity,
        group: str,
        relation: str = "count",
        *,
        earlier: bool = False,
    ) -> CasualtyMention:
        a, b, text = self.span(start, end)
        tail = re.split(r"[,;.،؛]", self.text[end : end + _MORE_REACH], maxsplit=1)[0]
        more = bool(self.table.more.search(self.text[start:end] + tail))
        return CasualtyMention(
            a, b, text, outcome, quantity, group, None, relation, None, earlier=earlier, more=more
        )


def _without_marks(sentence: str) -> tuple[str, list[int]]:
    if not _MARKS.search(sentence):
        return sentence, list(range(len(sentence)))
    kept = [(i, ch) for i, ch in enumerate(sentence) if not _MARKS.match(ch)]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def find_other(sentence: str, offset: int, language: str) -> list[CasualtyMention]:
    """Casualty mentions of one Turkish, Russian or Arabic sentence (see the module doc)."""
    table = TABLES.get(language)
    if table is None:
        return []
    reader = _Reader(sentence, offset, language, table)
    zeros = [
        reader.mention(m.start(), m.end(), outcome, Quantity(0, 0, 0, False, m.group(0)), "unknown")
        for pattern, outcomes in table.zeros
        for m in pattern.finditer(reader.text)
        for outcome in outcomes
    ]
    if zeros:
        return zeros
    used: set[int] = set()
    mentions = _tolls(reader, used)
    spans = [(m.start - offset, m.end - offset) for m in mentions]
    mentions += _counts(reader, used, spans)
    mentions += _excluded(reader, mentions)
    return sorted(mentions, key=lambda m: (m.start, m.end, m.outcome))


def _tolls(reader: _Reader, used: set[int]) -> list[CasualtyMention]:
    """ "ölenlerin sayısı 17'ye yükseldi": the figure after a toll phrase revises the toll."""
    out: list[CasualtyMention] = []
    starts = [m.start() for m in reader.tokens]
    for pattern, outcome in reader.table.tolls:
        for toll in pattern.finditer(reader.text):
            after = next((i for i, s in enumerate(starts) if s >= toll.end()), None)
            if after is None:
                continue
            for k in range(after, min(len(reader.tokens), after + TOLL_WINDOW)):
                figure = reader.figures.get(k)
                if figure is not None and figure.first not in used:
                    used.add(figure.first)
                    quantity, last = _and_more(reader, figure, used)
                    out.append(
                        reader.mention(
                            toll.start(),
                            reader.tokens[last].end(),
                            outcome,
                            quantity,
                            _group(reader.tokens, figure, k, reader.table),
                            "revision",
                            earlier=_earlier(reader, toll.start()),
                        )
                    )
                    break
                if reader.tokens[k].group(0) in _CLAUSE_END:
                    break
    return out


def _and_more(reader: _Reader, figure: _Figure, used: set[int]) -> tuple[Quantity, int]:
    """A toll given as a list: "170 قتيلاً أفغانياً و13 جندياً" is 183."""
    total, last = figure.quantity, figure.last
    k = figure.last + 1
    while k < len(reader.tokens) and k - last <= 3:
        word = reader.tokens[k].group(0)
        if word in _CLAUSE_END:
            break
        nxt = reader.figures.get(k)
        joined = word.startswith(("و", "и", "ve")) or (
            k > 0 and reader.tokens[k - 1].group(0).lower() in ("و", "и", "ve")
        )
        if nxt is not None and nxt.first not in used and joined and nxt.quantity.best:
            used.add(nxt.first)
            total = _plus(total, nxt.quantity)
            last = k = nxt.last
        k += 1
    return total, last


def _plus(a: Quantity, b: Quantity) -> Quantity:
    def add(x: int | None, y: int | None) -> int | None:
        return None if x is None or y is None else x + y

    return Quantity(add(a.low, b.low), add(a.best, b.best), add(a.high, b.high), a.vague, a.text)


def _earlier(reader: _Reader, position: int) -> bool:
    """A superseded figure: "ilk olarak", "ранее", "في البداية" earlier in its clause."""
    head = reader.text[:position]
    cut = max(head.rfind(ch) for ch in (";", ".", "؛"))
    return bool(reader.table.earlier.search(head[cut + 1 :]))


def _counts(reader: _Reader, used: set[int], tolls: list[tuple[int, int]]) -> list[CasualtyMention]:
    """Figures linked to casualty words; words inside a toll phrase are the toll's."""
    tokens, table = reader.tokens, reader.table
    inside = [(reader.index[a], reader.index[b - 1]) for a, b in tolls] if tolls else []
    outcome_at = {
        t: outcome
        for t, tok in enumerate(tokens)
        if (outcome := _match(table.outcomes, tok.group(0))) is not None
        and not any(a <= reader.index[tok.start()] <= b for a, b in inside)
    }
    out: list[CasualtyMention] = []
    out += _others(reader, outcome_at, used)
    for t, outcome in outcome_at.items():
        others = set(outcome_at) - {t}
        figure = _nearest(tokens, t, reader.figures, used, others, table.figure_first)
        if figure is None:
            single = _single(reader, t, others)
            if single is not None:
                out.append(single)
            continue
        used.add(figure.first)
        first, last = min(figure.first, t), max(figure.last, t)
        start, end = tokens[first].start(), tokens[last].end()
        relation = "subset" if _among(reader, start) else "count"
        mention = reader.mention(
            start,
            end,
            outcome,
            figure.quantity,
            _group(tokens, figure, t, table),
            relation,
            earlier=_earlier(reader, start),
        )
        out.append(mention)
    return out


def _others(reader: _Reader, outcome_at: dict[int, str], used: set[int]) -> list[CasualtyMention]:
    """ "قُتل حاكم ولاية بلخ ... واثنان آخران": "N others" far after its casualty word, in the
    same clause, counts with it."""
    tokens, out = reader.tokens, []
    for figure in sorted(reader.figures.values(), key=lambda f: f.first):
        after = figure.last + 1
        if figure.first in used or after >= len(tokens):
            continue
        if not reader.table.more.match(tokens[after].group(0)):
            continue
        before = [t for t in outcome_at if figure.first - OTHERS_REACH <= t < figure.first]
        if not before or _across_clause(tokens, before[-1], figure.first):
            continue
        t = before[-1]
        used.add(figure.first)
        out.append(
            reader.mention(
                tokens[figure.first].start(),
                tokens[after].end(),
                outcome_at[t],
                figure.quantity,
                "unknown",
            )
        )
    return out


def _among(reader: _Reader, start: int) -> bool:
    head = reader.text[:start]
    cut = max(head.rfind(ch) for ch in (";", ".", "؛"))
    return bool(reader.table.among.search(head[cut + 1 :]))


def _single(reader: _Reader, t: int, others: set[int]) -> CasualtyMention | None:
    """A casualty word that names one person ("Saldırgan da öldü", "Смертник погиб",
    "وقتل المهاجم") with a group noun in its clause."""
    tokens, table = reader.tokens, reader.table
    word = tokens[t].group(0)
    if not table.singular.match(word.lower()):
        return None
    for step in (-1, 1) if table.figure_first else (1, -1):
        for k in _clause(tokens, t, step, others):
            noun = tokens[k].group(0)
            group = _match(table.groups, noun)
            if group is None:
                continue
            if _plural(noun, reader.language):
                return None
            first, last = min(k, t), max(k, t)
            return reader.mention(
                tokens[first].start(),
                tokens[last].end(),
                _match(table.outcomes, word) or "killed",
                Quantity(1, 1, 1, False, noun),
                group,
            )
    if table.one.match(word.lower()):
        outcome = _match(table.outcomes, word) or "killed"
        return reader.mention(
            tokens[t].start(), tokens[t].end(), outcome, Quantity(1, 1, 1, False, word), "unknown"
        )
    return None


def _plural(noun: str, language: str) -> bool:
    low = noun.lower()
    if language == "tr":
        return bool(re.search(r"l[ae]r", low))
    if language == "ru":
        return low.endswith(("ы", "и", "ов", "ев", "ах", "ям", "ами"))
    return low.endswith(("ون", "ين", "ات")) or low.startswith("عناصر")


def _excluded(reader: _Reader, found: list[CasualtyMention]) -> list[CasualtyMention]:
    """The attacker left out of a toll ("saldırgan dahil değil", "не считая смертника",
    "لا تشمل الحصيلة الانتحاري") died and counts on top of it."""
    if any(m.outcome == "killed" and m.group == "attackers" for m in found):
        return []
    out = []
    for match in reader.table.excluded.finditer(reader.text):
        one = Quantity(1, 1, 1, False, match.group(0))
        out.append(reader.mention(match.start(), match.end(), "killed", one, "attackers"))
    return out
