"""Dates in report text: absolute ("27 March 2023"), partial ("in March") and relative ("on
Monday", "yesterday"), resolved against a reference date (the dateline or publication date).

Nothing is guessed: a date whose year (or whose anchor, for a relative expression) is unknown
comes back with ``date=None`` and ``precision="unknown"``. Each language uses only its own
month, weekday and relative words plus the numeric forms every language shares; tables are data
in this module and every pattern is compiled once.

Precision: ``day``; ``week`` (``date`` is the Monday of that week); ``month`` (the first of
the month); ``year`` (1 January); ``unknown``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

from conflictdesk.extract import solar_dates
from conflictdesk.extract.caseless import Gated
from conflictdesk.extract.numbers import ascii_digits, figure_value

# A bare day and month ("27 March") later than the reference by more than this is taken to be
# in the year before the reference (reports follow events; one day absorbs time zones).
FUTURE_SLACK_DAYS: Final = 1
# In a narrative, a year-less day stays in the year last told ("In March 2024 ... On 24
# December") unless the next or previous year puts it closer than this to the day last told
# ("On 28 December 2021 ... on 2 January").
YEAR_CROSSING_DAYS: Final = 60
# Years accepted as years in running text.
MIN_YEAR: Final = 1900
MAX_YEAR: Final = 2100


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its span and resolved value."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # "day" | "week" | "month" | "year" | "unknown"
    relative: bool


# == language tables ==============================================================================


@dataclass(frozen=True)
class _Words:
    months: Mapping[str, int]  # every spelling -> month number
    month_case_sensitive: bool
    weekdays: Mapping[str, int]  # Monday = 0
    relative_days: Mapping[str, int]  # "yesterday" -> -1
    periods: Mapping[str, tuple[str, int]]  # "last week" -> ("week", -1)
    ago: str  # pattern with (?P<n>...) and (?P<unit>...)
    units: Mapping[str, str]  # unit word -> day|week|month|year
    day_first_numeric: bool
    day_pattern: str  # day-month-year template with {month}
    month_day_pattern: str | None
    month_year_pattern: str
    month_only_pattern: str | None
    year_pattern: str
    weekday_pattern: str
    weekday_last: tuple[str, ...]  # modifiers meaning "the one before"
    ordinal_days: tuple[tuple[str, int], ...] = ()  # "التاسع" (the ninth) -> 9, before a month
    ordinal_pattern: str | None = None  # ordinal day and month template with {ordinal}


_AR_UNITS: Final = (
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
)
# 11, 21 and 31 take "الحادي" where 1 alone is "الأول".
_AR_COMPOUND_UNITS: Final = ("الحادي", *_AR_UNITS[1:])
_AR_ORDINAL_DAYS: Final = (
    *((word, n) for n, word in enumerate(_AR_UNITS, start=1)),
    ("العاشر", 10),
    *((f"{word} عشر", 10 + n) for n, word in enumerate(_AR_COMPOUND_UNITS, start=1)),
    ("العشرين", 20),
    *((f"{word} والعشرين", 20 + n) for n, word in enumerate(_AR_COMPOUND_UNITS, start=1)),
    ("الثلاثين", 30),
    ("الحادي والثلاثين", 31),
)


def _spellings(*groups: str) -> dict[str, int]:
    """ "january jan|february feb" -> every spelling to its month number (1-based)."""
    table: dict[str, int] = {}
    for number, group in enumerate(groups, start=1):
        for word in group.split("|"):
            table[word] = number
    return table


def _weekdays(*groups: str) -> dict[str, int]:
    table: dict[str, int] = {}
    for number, group in enumerate(groups):
        for word in group.split("|"):
            table[word] = number
    return table


_EN_UNITS: Final = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
)
_EN_TEENS: Final = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_EN_ORDINAL_DAYS: Final = (
    *((word, n) for n, word in enumerate(_EN_UNITS, start=1)),
    *((word, n) for n, word in enumerate(_EN_TEENS, start=10)),
    ("twentieth", 20),
    *(
        (f"twenty{joint}{word}", 20 + n)
        for joint in ("-", " ")
        for n, word in enumerate(_EN_UNITS, start=1)
    ),
    ("thirtieth", 30),
    ("thirty-first", 31),
    ("thirty first", 31),
)


_EN: Final = _Words(
    months=_spellings(
        "January|Jan",
        "February|Feb",
        "March|Mar",
        "April|Apr",
        "May",
        "June|Jun",
        "July|Jul",
        "August|Aug",
        "September|Sept|Sep",
        "October|Oct",
        "November|Nov",
        "December|Dec",
    ),
    month_case_sensitive=True,
    weekdays=_weekdays(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    ),
    relative_days={
        "today": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tonight": 0,
        "earlier today": 0,
        "early today": 0,
        "yesterday": -1,
        "last night": -1,
        "late last night": -1,
        "overnight": -1,
        "the day before yesterday": -2,
        "hours earlier": 0,
        "hours later": 0,
        "earlier in the day": 0,
        "earlier that day": 0,
        "later that day": 0,
        "the same day": 0,
        # another attack told within the day of the one before: "Within the same hour, gunmen
        # opened fire on another team"
        "within the same hour": 0,
        "a day earlier": -1,
        "the day before": -1,
        "the previous day": -1,
    },
    periods={
        "last week": ("week", -1),
        "this week": ("week", 0),
        "earlier this week": ("week", 0),
        "earlier in the week": ("week", 0),
        "later in the week": ("week", 0),
        "past week": ("week", -1),
        "previous week": ("week", -1),
        "last month": ("month", -1),
        "this month": ("month", 0),
        "earlier this month": ("month", 0),
        "previous month": ("month", -1),
        "last year": ("year", -1),
        "this year": ("year", 0),
        "earlier this year": ("year", 0),
        "previous year": ("year", -1),
        "last weekend": ("week", -1),
        "this weekend": ("week", 0),
    },
    ago=r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
    units={
        "day": "day",
        "days": "day",
        "week": "week",
        "weeks": "week",
        "month": "month",
        "months": "month",
        "year": "year",
        "years": "year",
    },
    day_first_numeric=False,
    day_pattern=r"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{month})(?![^\W\d_])\.?"
    r"(?:,?\s+(?P<year>\d{{4}})(?!\d))?",
    month_day_pattern=r"\b(?P<month>{month})(?![^\W\d_])\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    r"(?:,?\s+(?P<year>\d{{4}})(?!\d))?",
    month_year_pattern=r"\b(?P<month>{month_full})(?:\s+of)?,?\s+(?P<year>\d{{4}})(?!\d)",
    # "released that November": the month in the year the narrative is in
    month_only_pattern=r"\b(?P<mod>[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|"
    r"[Mm]id-?|[Tt]hroughout|[Ll]ast|[Tt]his|[Tt]hat|[Ee]nd of|[Bb]eginning of)\s+"
    r"(?P<month>{month_full})\b(?!\s*\d)",
    year_pattern=r"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|"
    r"[Tt]hroughout|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Ss]ummer|[Ww]inter|"
    r"[Ss]pring|[Aa]utumn|[Ff]all|[Yy]ear|[Cc]onsider)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?![-/]\d)",
    weekday_pattern=r"\b(?:(?P<wmod>[Ll]ast|[Tt]his|[Pp]ast|[Oo]n|[Ll]ate|[Ee]arly|[Bb]y|"
    r"[Ss]ince)\s+)?(?P<wd>{weekday})(?:\s+(?:night|morning|afternoon|evening))?"
    r"(?P<wweek>\s+(?:of\s+)?last\s+week)?\b",
    weekday_last=("last", "past"),
    # "January third", "on March twenty-first, 2023": the day as an ordinal word after its month
    ordinal_days=_EN_ORDINAL_DAYS,
    ordinal_pattern=r"\b(?P<month>{month_full})\s+(?:the\s+)?(?P<day>{ordinal})(?![\w-])"
    r"(?:,?\s+(?P<year>\d{{4}})(?!\d))?",
)

_TR: Final = _Words(
    months=_spellings(
        "ocak",
        "şubat",
        "mart",
        "nisan",
        "mayıs",
        "haziran",
        "temmuz",
        "ağustos",
        "eylül",
        "ekim",
        "kasım",
        "aralık",
    ),
    month_case_sensitive=False,
    weekdays=_weekdays("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    relative_days={
        "bugün": 0,
        "bu sabah": 0,
        "bu akşam": 0,
        "dün": -1,
        "dün gece": -1,
        "dün akşam": -1,
        "dün sabah": -1,
        "bu sabah saatlerinde": 0,
        "önceki gün": -2,
        "evvelsi gün": -2,
    },
    periods={
        "geçen hafta": ("week", -1),
        "bu hafta": ("week", 0),
        "geçen ay": ("month", -1),
        "bu ay": ("month", 0),
        "geçen yıl": ("year", -1),
        "geçen sene": ("year", -1),
        "geçtiğimiz yıl": ("year", -1),
        "bu yıl": ("year", 0),
        "bu sene": ("year", 0),
    },
    ago=r"(?P<n>\d+|bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on|birkaç)\s+"
    r"(?P<unit>gün|hafta|ay|yıl)\s+önce\b",
    units={"gün": "day", "hafta": "week", "ay": "month", "yıl": "year"},
    day_first_numeric=True,
    day_pattern=r"\b(?P<day>\d{{1,2}})\s+(?P<month>{month})(?:['’]?[a-zçğıöşü]*)?"
    r"(?:\s+(?P<year>\d{{4}})(?!\d))?",
    month_day_pattern=None,
    month_year_pattern=r"\b(?P<month>{month_full})\s+(?P<year>\d{{4}})(?!\d)",
    # "Ekim ayında", "eylül başında" (early September), "mart sonunda" (late March)
    month_only_pattern=r"\b(?P<month>{month_full})\s+(?P<mod>ayında|ayı|ayının|başında"
    r"|sonunda|ortasında)\b",
    year_pattern=r"\b(?P<year>(?:19|20)\d\d)(?:\s+yılında|\s+yılı|['’](?:de|da|te|ta|den|dan))",
    weekday_pattern=r"\b(?P<wd>{weekday})(?:\s+(?:günü|akşamı|sabahı|gecesi|öğleden)|"
    r"['’](?:yı|yi|da|de|ta|te))",
    weekday_last=("geçen",),
)

_RU: Final = _Words(
    months=_spellings(
        "января|январь|январе",
        "февраля|февраль|феврале",
        "марта|март|марте",
        "апреля|апрель|апреле",
        "мая|май|мае",
        "июня|июнь|июне",
        "июля|июль|июле",
        "августа|август|августе",
        "сентября|сентябрь|сентябре",
        "октября|октябрь|октябре",
        "ноября|ноябрь|ноябре",
        "декабря|декабрь|декабре",
    ),
    month_case_sensitive=False,
    weekdays=_weekdays(
        "понедельник",
        "вторник",
        "среду|среда",
        "четверг",
        "пятницу|пятница",
        "субботу|суббота",
        "воскресенье",
    ),
    relative_days={
        "сегодня": 0,
        "этим утром": 0,
        "вчера": -1,
        "накануне": -1,
        "вчера вечером": -1,
        "вчера утром": -1,
        "прошлой ночью": -1,
        "минувшей ночью": -1,
        "позавчера": -2,
        # the day of the event told before ("В тот же день в Кундузе ...")
        "в тот же день": 0,
        "в тот же вечер": 0,
    },
    periods={
        "на прошлой неделе": ("week", -1),
        "на этой неделе": ("week", 0),
        "на минувшей неделе": ("week", -1),
        "в прошлом месяце": ("month", -1),
        "в этом месяце": ("month", 0),
        "в прошлом году": ("year", -1),
        "в этом году": ("year", 0),
        "прошлого года": ("year", -1),
        "минувшего года": ("year", -1),
        "этого года": ("year", 0),
        "текущего года": ("year", 0),
    },
    ago=r"(?P<n>\d+|два|две|три|четыре|пять|шесть|семь|несколько)\s+"
    r"(?P<unit>дня|дней|день|недели|недель|неделю|месяца|месяцев|года|лет)\s+назад",
    units={
        "день": "day",
        "дня": "day",
        "дней": "day",
        "неделю": "week",
        "недели": "week",
        "недель": "week",
        "месяца": "month",
        "месяцев": "month",
        "года": "year",
        "лет": "year",
    },
    day_first_numeric=True,
    day_pattern=r"\b(?P<day>\d{{1,2}})\s+(?P<month>{month})(?:\s+(?P<year>\d{{4}})(?!\d))?",
    month_day_pattern=None,
    month_year_pattern=r"\b(?P<month>{month_full})\s+(?P<year>\d{{4}})(?!\d)",
    month_only_pattern=r"\b(?P<mod>в начале|в конце|в середине|в первых числах|в последних числах"
    r"|с начала|к концу|в|во)\s+(?P<month>{month_full})\b(?!\s*\d)",
    year_pattern=r"\b(?P<year>(?:19|20)\d\d)\s+(?:году|года|год)\b",
    weekday_pattern=r"\b(?P<wmod>в|во|в прошлый|в прошлое|в прошлую|в минувший|в минувшее|"
    r"в минувшую|в ночь на|в ночь с [а-яё]+ на)\s+(?P<wd>{weekday})\b",
    weekday_last=(
        "в прошлый",
        "в прошлое",
        "в прошлую",
        "в минувший",
        "в минувшее",
        "в минувшую",
    ),
)

_AR: Final = _Words(
    months=_spellings(
        "يناير|كانون الثاني",
        "فبراير|شباط",
        "مارس|آذار",
        "أبريل|ابريل|نيسان",
        "مايو|أيار|ايار",
        "يونيو|يونيه|حزيران",
        "يوليو|يوليه|تموز",
        "أغسطس|اغسطس|آب",
        "سبتمبر|أيلول|ايلول",
        "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول",
        "نوفمبر|تشرين الثاني",
        "ديسمبر|كانون الأول|كانون الاول",
    ),
    month_case_sensitive=False,
    weekdays=_weekdays(
        "الاثنين|الإثنين",
        "الثلاثاء",
        "الأربعاء|الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد|الاحد",
    ),
    relative_days={
        "اليوم": 0,
        "أمس": 0 - 1,
        "امس": -1,
        "الليلة الماضية": -1,
        "مساء أمس": -1,
        "صباح أمس": -1,
        "فجر اليوم": 0,
        "صباح اليوم": 0,
        "أول أمس": -2,
    },
    periods={
        "الأسبوع الماضي": ("week", -1),
        "الاسبوع الماضي": ("week", -1),
        "هذا الأسبوع": ("week", 0),
        "الشهر الماضي": ("month", -1),
        "هذا الشهر": ("month", 0),
        "العام الماضي": ("year", -1),
        "هذا العام": ("year", 0),
    },
    ago=r"(?:قبل|منذ)\s+(?P<n>\d+)\s+(?P<unit>أيام|يوما|يومًا|أسابيع|أشهر|سنوات)",
    units={
        "أيام": "day",
        "يوما": "day",
        "يومًا": "day",
        "أسابيع": "week",
        "أشهر": "month",
        "سنوات": "year",
    },
    day_first_numeric=True,
    # "الثالث من يناير/كانون الثاني 2024", "سبتمبر أيلول 2022": both names of a month, the
    # second after a slash or a space (as Reuters' Arabic service writes them)
    day_pattern=r"(?<!\d)(?P<day>\d{{1,2}})\s+(?:من\s+)?(?P<month>{month})"
    r"(?:(?:\s*/\s*|\s+)(?:{month}))?(?:\s+(?:عام\s+|سنة\s+)?(?P<year>\d{{4}})(?!\d))?",
    month_day_pattern=None,
    month_year_pattern=r"(?P<month>{month_full})(?:(?:\s*/\s*|\s+)(?:{month_full}))?\s+(?:عام\s+|سنة\s+)?"
    r"(?P<year>\d{{4}})(?!\d)",
    month_only_pattern=r"(?P<mod>في|خلال)\s+(?:شهر\s+)?(?P<month>{month_full})(?!\s*\d)",
    year_pattern=r"(?:عام|سنة|العام)\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    weekday_pattern=r"(?:(?P<wmod>يوم)\s+)?(?P<wd>{weekday})(?![\w])",
    weekday_last=(),
    ordinal_days=_AR_ORDINAL_DAYS,
    ordinal_pattern=r"(?<!\w)(?P<day>{ordinal})\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{month})"
    r"(?:(?:\s*/\s*|\s+)(?:{month}))?(?:\s+(?:عام\s+|سنة\s+)?(?P<year>\d{{4}})(?!\d))?",
)

_FA: Final = _Words(  # Dari (and Pashto spellings) of the Gregorian calendar
    months=_spellings(
        "جنوری|جنوري",
        "فبروری|فبروري",
        "مارچ",
        "اپریل|اپرېل",
        "می|مې",
        "جون",
        "جولای",
        "اگست|اګست",
        "سپتمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ),
    month_case_sensitive=False,
    weekdays=_weekdays(
        "دوشنبه",
        "سه‌شنبه|سه شنبه|سه‌شنبه",
        "چهارشنبه",
        "پنجشنبه|پنج‌شنبه",
        "جمعه",
        "شنبه",
        "یکشنبه|یک‌شنبه",
    ),
    relative_days={"امروز": 0, "دیروز": -1, "پرون": -1, "نن": 0, "دیشب": -1},
    periods={
        "هفته گذشته": ("week", -1),
        "ماه گذشته": ("month", -1),
        "سال گذشته": ("year", -1),
        "تېره اونۍ": ("week", -1),
    },
    ago=r"(?P<n>\d+)\s+(?P<unit>روز|هفته|ماه|سال)\s+(?:پیش|قبل)",
    units={"روز": "day", "هفته": "week", "ماه": "month", "سال": "year"},
    day_first_numeric=True,
    day_pattern=r"(?<!\d)(?P<day>\d{{1,2}})\s+(?:ماه\s+)?(?P<month>{month})"
    r"(?:\s+(?:سال\s+)?(?P<year>\d{{4}})(?!\d))?",
    month_day_pattern=None,
    month_year_pattern=r"(?P<month>{month_full})\s+(?:سال\s+)?(?P<year>\d{{4}})(?!\d)",
    month_only_pattern=None,
    year_pattern=r"(?:سال|کال)\s+(?P<year>(?:19|20)\d\d)(?!\d)",
    weekday_pattern=r"(?:(?P<wmod>روز)\s+)?(?P<wd>{weekday})(?![\w\u200c])",
    weekday_last=(),
)

_LANGUAGES: Final[dict[str, _Words]] = {
    "en": _EN,
    "tr": _TR,
    "ru": _RU,
    "ar": _AR,
    "fa": _FA,
    "prs": _FA,
    "ps": _FA,
    "pbt": _FA,
}


# == compiled patterns ============================================================================


@dataclass(frozen=True)
class _Compiled:
    words: _Words
    flags: int
    day: re.Pattern[str]
    month_day: re.Pattern[str] | None
    month_year: re.Pattern[str]
    month_only: re.Pattern[str] | None
    year: re.Pattern[str]
    weekday: re.Pattern[str]
    relative: re.Pattern[str]
    period: re.Pattern[str]
    ago: re.Pattern[str]
    ordinal: re.Pattern[str] | None
    month_words: frozenset[str]  # first words, lower case: cheap gates before the patterns
    weekday_words: frozenset[str]
    relative_words: frozenset[str]


_ISO: Final = re.compile(r"(?<![\d/.-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])")
_NUMERIC: Final = re.compile(
    r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])"
)


def _alt(words: Mapping[str, object] | tuple[str, ...]) -> str:
    items = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


# What every match of ``_ISO`` and ``_NUMERIC`` holds: a separator before a digit. Searched
# first, as these open with a literal or a class that ``re`` scans for quickly (the date
# patterns open with a look-behind and are tried at every character).
_ISO_HINT: Final = re.compile(r"-\d")
_NUMERIC_HINT: Final = re.compile(r"[/.]\d")
_AGO_WORDS: Final = ("ago", "önce", "назад", "قبل", "منذ", "پیش")
_WORDS: Final = re.compile(r"\w+")
_DIGIT: Final = re.compile(r"\d")


def _first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase, lower case (as ``_WORDS`` splits text)."""
    return frozenset(_WORDS.findall(p.lower())[0] for p in phrases if _WORDS.search(p))


def _last_words(phrases: Iterable[str]) -> frozenset[str]:
    """The last word of each phrase, lower case: a rarer gate than the first ("yesterday")."""
    return frozenset(_WORDS.findall(p.lower())[-1] for p in phrases if _WORDS.search(p))


def _compile(words: _Words) -> _Compiled:
    ci = 0 if words.month_case_sensitive else re.IGNORECASE
    month = _alt(words.months)
    month_full = _alt(  # full names, not abbreviations ("May" is both)
        tuple(m for m in words.months if len(m) > 3 or m == "May" or not words.month_case_sensitive)
    )
    fill: dict[str, str] = {"month": month, "month_full": month_full}
    weekday = _alt(words.weekdays)

    fill["ordinal"] = _alt(dict(words.ordinal_days)) if words.ordinal_days else "(?!x)x"

    def build(template: str, flags: int) -> re.Pattern[str]:
        return re.compile(template.format(**fill, weekday=weekday), flags)

    return _Compiled(
        words=words,
        flags=ci,
        day=build(words.day_pattern, ci),
        month_day=build(words.month_day_pattern, ci) if words.month_day_pattern else None,
        month_year=build(words.month_year_pattern, ci),
        month_only=build(words.month_only_pattern, ci) if words.month_only_pattern else None,
        year=re.compile(words.year_pattern, re.IGNORECASE if ci else 0),
        weekday=build(words.weekday_pattern, ci),
        relative=re.compile(rf"(?<!\w)(?:{_alt(words.relative_days)})(?!\w)", re.IGNORECASE),
        period=re.compile(rf"(?<!\w)(?:{_alt(words.periods)})(?!\w)", re.IGNORECASE),
        ago=re.compile(words.ago, re.IGNORECASE),
        ordinal=build(words.ordinal_pattern, ci) if words.ordinal_pattern else None,
        month_words=_first_words(words.months),
        weekday_words=_first_words(words.weekdays),
        relative_words=_last_words([*words.relative_days, *words.periods, *_AGO_WORDS]),
    )


_COMPILED: Final[dict[str, _Compiled]] = {code: _compile(w) for code, w in _LANGUAGES.items()}


def _compiled(language: str) -> _Compiled:
    return _COMPILED.get(language.split("-")[0].lower(), _COMPILED["en"])


# == resolution helpers ===========================================================================


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(words: _Words, text: str) -> int | None:
    key = re.sub(r"\s+", " ", text.strip().rstrip("."))
    if key in words.months:
        return words.months[key]
    low = key.lower()
    for name, number in words.months.items():
        if name.lower() == low:
            return number
    return None


@dataclass(frozen=True, slots=True)
class _Anchor:
    """What resolves a date: ``reference`` (today for relative words, and for years) and, in
    a narrative, ``ceiling`` (the latest date the text can speak of: its publication)."""

    reference: dt.date | None
    ceiling: dt.date | None = None


def _year_for(month: int, day: int, anchor: _Anchor) -> int | None:
    """The year of "27 March". In a report: the latest one not after the reference. In a
    narrative (``ceiling`` set): the one nearest the date last told, never after the ceiling
    ("On 8 October 2021 ... a week later, on 15 October" is 2021 in an article of 2022)."""
    reference = anchor.reference
    if reference is None:
        return None
    if anchor.ceiling is not None:
        return _nearest_year(month, day, reference, anchor.ceiling)
    candidate = _safe_date(reference.year, month, day)
    if candidate is None:
        candidate = _safe_date(reference.year, month, 28)
    if candidate is not None and candidate > reference + dt.timedelta(days=FUTURE_SLACK_DAYS):
        return reference.year - 1
    return reference.year


def _nearest_year(month: int, day: int, told: dt.date, ceiling: dt.date) -> int:
    latest = ceiling + dt.timedelta(days=FUTURE_SLACK_DAYS)
    best: tuple[int, int] | None = None
    for year in (told.year - 1, told.year, told.year + 1):
        candidate = _safe_date(year, month, day) or _safe_date(year, month, 28)
        if candidate is None or candidate > latest:
            continue
        distance = abs((candidate - told).days)
        if year == told.year:
            distance = min(distance, YEAR_CROSSING_DAYS)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best is not None else min(told.year, ceiling.year)


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_start(unit: str, steps: int, reference: dt.date) -> dt.date:
    if unit == "week":
        return _monday(reference) + dt.timedelta(weeks=steps)
    if unit == "month":
        return _shift_month(reference, steps)
    if unit == "year":
        return dt.date(reference.year + steps, 1, 1)
    return reference + dt.timedelta(days=steps)


def _mention(
    match: re.Match[str], date: dt.date | None, precision: str, relative: bool
) -> DateMention:
    if date is None:
        precision = "unknown"
    return DateMention(match.start(), match.end(), match.group(0), date, precision, relative)


# == finders: one per kind of expression ==========================================================

_Finder = Callable[[str, _Compiled, _Anchor], Iterator[DateMention]]


def _find_iso(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    _ = c, anchor  # unused by this finder (not `del`: mypyc cannot compile it)
    if _ISO_HINT.search(text) is None:
        return  # no hyphen before a digit: no 2023-03-27
    for m in _ISO.finditer(text):
        date = _safe_date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
        if date is not None:
            yield _mention(m, date, "day", False)


def _find_numeric(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    """03/27/2023 (English: month first, as incident summaries write it) or 27.03.2023."""
    _ = anchor  # unused by this finder
    if _NUMERIC_HINT.search(text) is None:
        return  # no slash or dot before a digit: no 27/03/2023
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("year"))
        month, day = (b, a) if c.words.day_first_numeric or m.group("sep") == "." else (a, b)
        if month > 12 and day <= 12:
            month, day = day, month
        if day == 0 and 1 <= month <= 12:  # "01/00/2018": the day is not known
            yield _mention(m, dt.date(year, month, 1), "month", False)
            continue
        date = _safe_date(year, month, day)
        if date is not None:
            yield _mention(m, date, "day", False)


def _find_day(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    for pattern in (c.day, c.month_day):
        if pattern is None:
            continue
        for m in pattern.finditer(text):
            month = _month_number(c.words, m.group("month"))
            day = int(m.group("day"))
            if month is None or not 1 <= day <= 31:
                continue
            if m.group("year"):
                year: int | None = int(m.group("year"))
            else:
                year = _year_for(month, day, anchor)
            date = _safe_date(year, month, day) if year is not None else None
            yield _mention(m, date, "day", False)


def _find_ordinal_day(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    """ "في التاسع من مارس 2023": a day written as an ordinal word before its month."""
    if c.ordinal is None:
        return
    days = dict(c.words.ordinal_days)
    for m in c.ordinal.finditer(text):
        month = _month_number(c.words, m.group("month"))
        day = days.get(re.sub(r"\s+", " ", m.group("day")))
        if month is None or day is None:
            continue
        year = int(m.group("year")) if m.group("year") else _year_for(month, day, anchor)
        date = _safe_date(year, month, day) if year is not None else None
        yield _mention(m, date, "day", False)


def _find_month(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    for m in c.month_year.finditer(text):
        month = _month_number(c.words, m.group("month"))
        if month is not None:
            yield _mention(m, dt.date(int(m.group("year")), month, 1), "month", False)
    if c.month_only is None:
        return
    for m in c.month_only.finditer(text):
        month = _month_number(c.words, m.group("month"))
        if month is None:
            continue
        year = _year_for(month, 1, anchor)
        reference = anchor.reference
        if year is not None and m.group("mod").lower() == "last" and reference is not None:
            year = reference.year - 1 if month >= reference.month else reference.year
        date = dt.date(year, month, 1) if year is not None else None
        yield _mention(m, date, "month", False)


# A year that only bounds a period ("since 2021", "until 2019") is found from its digits, so
# that the bounding word stays before it, where the narrative's clock looks for it.
_BOUNDING_YEAR = re.compile(r"(?:since|until|before|after)\s", re.IGNORECASE)


def _find_year(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    _ = anchor  # unused by this finder
    for m in c.year.finditer(text):
        year = int(m.group("year"))
        if not MIN_YEAR <= year <= MAX_YEAR:
            continue
        if _BOUNDING_YEAR.match(m.group(0)):
            start = m.start("year")
            yield DateMention(
                start, m.end(), text[start : m.end()], dt.date(year, 1, 1), "year", False
            )
            continue
        yield _mention(m, dt.date(year, 1, 1), "year", False)


def _find_weekday(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    reference = anchor.reference
    for m in c.weekday.finditer(text):
        name = m.group("wd")
        weekday = c.words.weekdays.get(name)
        if weekday is None:
            weekday = next(
                (v for k, v in c.words.weekdays.items() if k.lower() == name.lower()), None
            )
        if weekday is None:
            continue
        if reference is None:
            yield _mention(m, None, "unknown", True)
            continue
        if m.groupdict().get("wweek"):  # "on Monday last week": in the week before this one
            earlier = _monday(reference) - dt.timedelta(weeks=1) + dt.timedelta(days=weekday)
            yield _mention(m, earlier, "day", True)
            continue
        back = (reference.weekday() - weekday) % 7
        modifier = (m.groupdict().get("wmod") or "").lower()
        if back == 0 and re.sub(r"\s+", " ", modifier) in c.words.weekday_last:
            back = 7
        yield _mention(m, reference - dt.timedelta(days=back), "day", True)


def _find_relative(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    reference = anchor.reference
    for m in c.relative.finditer(text):
        key = _key(m.group(0), c.words.relative_days)
        if key is None or _in_a_source_name(text, m.start(), m.end()):
            continue
        shift = c.words.relative_days[key]
        date = reference + dt.timedelta(days=shift) if reference is not None else None
        yield _mention(m, date, "day", True)
    # "this year", "last month" speak from the day of writing, in a narrative too (its
    # ceiling), not from the date it last told
    now = anchor.ceiling or reference
    for m in c.period.finditer(text):
        key = _key(m.group(0), c.words.periods)
        if key is None:
            continue
        unit, steps = c.words.periods[key]
        date = _period_start(unit, steps, now) if now is not None else None
        yield _mention(m, date, unit, True)
    for m in c.ago.finditer(text):
        yield _ago(m, c, reference)


# A source's name in parentheses, as a dateline gives it: "هرات - (موقع هرات اليوم):",
# "KABUL (Afghanistan Today) -". Short, no digits, no other parenthesis inside.
_PAREN_OPEN = re.compile(r"\([^()\d]{0,40}$")
_PAREN_CLOSE = re.compile(r"[^()\d]{0,40}\)")


def _in_a_source_name(text: str, start: int, end: int) -> bool:
    """Whether a word for "today" or "yesterday" stands inside parentheses with other words:
    the name of a news site or agency ("موقع هرات اليوم", Herat Today), not a date."""
    opened = _PAREN_OPEN.search(text, max(0, start - 40), start)
    closed = _PAREN_CLOSE.match(text, end)
    if opened is None or closed is None:
        return False
    inside = text[opened.start() + 1 : start] + text[end : closed.end() - 1]
    return bool(inside.strip())


def _ago(m: re.Match[str], c: _Compiled, reference: dt.date | None) -> DateMention:
    unit = c.words.units.get(m.group("unit").lower(), "day")
    raw = m.group("n").lower()
    n = 1 if raw in ("a", "an", "bir") else figure_value(raw, _language_of(c))
    if n is None or reference is None:
        return _mention(m, None, "unknown", True)
    if unit == "day":
        return _mention(m, reference - dt.timedelta(days=n), "day", True)
    if unit == "week":
        return _mention(m, _monday(reference - dt.timedelta(weeks=n)), "week", True)
    if unit == "month":
        return _mention(m, _shift_month(reference, -n), "month", True)
    return _mention(m, dt.date(reference.year - n, 1, 1), "year", True)


def _find_solar(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    """ "۲۲ حوت ۱۴۰۲", "د وري ۱۵مه": Solar Hijri dates, converted to the Gregorian calendar.
    Read for the languages of the Dari and Pashto word table (``_FA``), whose reports date
    events in that calendar as well as in the Gregorian one."""
    _ = c  # unused by this finder
    for start, end, found, date, precision in solar_dates.find_solar_dates(text, anchor.reference):
        yield DateMention(start, end, found, date, precision, False)


def _language_of(c: _Compiled) -> str:
    return next((code for code, comp in _COMPILED.items() if comp is c), "en")


def _key(found: str, table: Mapping[str, object]) -> str | None:
    norm = re.sub(r"\s+", " ", found.strip().lower())
    for key in table:
        if key.lower() == norm:
            return key
    return None


# In a narrative, a vague offset that opens a sentence ("A few days later the group's
# magazine ...", "Через несколько дней", "Birkaç gün sonra"): no day can be counted, so the
# event takes the month of the date last told, as the gold codes it.
_TOLD_MONTH: Final = re.compile(
    r"^\s*(?:(?:and|but|then)\s+)?(?:a few|several|a couple of) days (?:later|afterwards)\b"
    r"|^\s*(?:через несколько дней|несколько дней спустя|birkaç gün sonra)(?!\w)",
    re.IGNORECASE,
)
_TOLD_MONTH_WORDS: Final = frozenset({"later", "afterwards", "дней", "sonra"})
# A vague offset of a few days from a day this late in its month may fall in the next one.
_LAST_SAFE_DAY: Final = 21


def _find_told_month(text: str, c: _Compiled, anchor: _Anchor) -> Iterator[DateMention]:
    """The month of the date last told (``anchor.reference`` in a narrative)."""
    _ = c  # unused by this finder
    told = anchor.reference
    if told is None:
        return
    for m in _TOLD_MONTH.finditer(text):
        if told.day > _LAST_SAFE_DAY:
            continue
        yield _mention(m, dt.date(told.year, told.month, 1), "month", True)


# == public API ====================================================================================


def find_dates(
    text: str,
    *,
    reference: dt.date | None,
    language: str = "en",
    ceiling: dt.date | None = None,
) -> list[DateMention]:
    """Every date expression in ``text``, left to right, without overlaps.

    ``reference`` (the dateline or publication date) resolves relative expressions and
    supplies the year of "27 March"; without it they come back with ``date=None``. In a
    narrative, ``reference`` is the date last told and ``ceiling`` the publication date: a
    year-less date takes the year nearest the date last told, never after the ceiling.
    """
    anchor = _Anchor(reference, ceiling)
    c = _compiled(language)
    digits = ascii_digits(text)  # same length, so spans hold for the original text
    words = frozenset(_WORDS.findall(digits.lower()))
    has_digit = _DIGIT.search(digits) is not None
    finders: list[_Finder] = []
    if has_digit:
        finders += [_find_iso, _find_numeric, _find_year]
        if words & c.month_words:
            finders.append(_find_day)
    if words & c.month_words:
        finders.append(_find_month)
        if c.ordinal is not None:
            finders.append(_find_ordinal_day)
    if words & c.weekday_words:
        finders.append(_find_weekday)
    if words & c.relative_words:
        finders.append(_find_relative)
    if has_digit and c.words is _FA and solar_dates.names_a_month(words):
        finders.append(_find_solar)
    if ceiling is not None and reference is not None and words & _TOLD_MONTH_WORDS:
        finders.append(_find_told_month)
    found: list[DateMention] = []
    for finder in finders:
        found.extend(finder(digits, c, anchor))
    if not found:
        return []
    kept = _without_building_ages(_without_overlaps(found, text), text)
    kept = _without_vague_before_exact(kept, text)
    if _find_weekday in finders:
        kept = _without_prayer_day_beside_date(kept, text)
    if _find_weekday in finders and _find_day in finders:
        kept = _weekday_with_its_date(kept, text, anchor)
    if _find_day in finders and len(kept) > 1:
        kept = _night_into_day(kept, text)
    return _shared_years(_month_of_a_told_year(kept, text), text)


# "31 Aralık'ı 1 Ocak'a bağlayan gece" (the night joining 31 December to 1 January), "в ночь с
# 31 декабря на 1 января": a night told by the two days it joins. What happened in it happened
# after midnight, on the second day, as such reports mean it and databases code it.
_NIGHT_JOIN_TR: Final = re.compile(r"(?:['’]?y?[ıiuü])?\s+")
_NIGHT_AFTER_TR: Final = re.compile(
    r"(?:['’]?y?[ae])?\s+bağlayan\s+(?:gece|akşam|sabah)", re.IGNORECASE
)
_NIGHT_JOIN_RU: Final = re.compile(r"\s+на\s+", re.IGNORECASE)
_NIGHT_BEFORE_RU: Final = re.compile(r"ночь\s+с\s+$", re.IGNORECASE)


def _night_into_day(found: list[DateMention], text: str) -> list[DateMention]:
    """Drop the first of two day dates that together name one night."""
    dropped: set[int] = set()
    for i in range(len(found) - 1):
        first, second = found[i], found[i + 1]
        if first.precision != "day" or second.precision != "day":
            continue
        turkish = _NIGHT_JOIN_TR.fullmatch(text, first.end, second.start) and _NIGHT_AFTER_TR.match(
            text, second.end
        )
        russian = _NIGHT_JOIN_RU.fullmatch(
            text, first.end, second.start
        ) and _NIGHT_BEFORE_RU.search(text[max(0, first.start - 12) : first.start])
        if turkish or russian:
            dropped.add(i)
    return [d for i, d in enumerate(found) if i not in dropped]


# Between a weekday and the day it names: "Tuesday 28 October", "Tuesday, October 28".
_WEEKDAY_DATE_GAP: Final = re.compile(r"[\s,]{1,3}")
# How many years around the year first chosen may hold a day whose weekday agrees.
_WEEKDAY_YEARS: Final = 6


def _weekday_with_its_date(
    found: list[DateMention], text: str, anchor: _Anchor
) -> list[DateMention]:
    """A weekday written just before a day ("Tuesday 28 October") is one date with it; when
    the year is not written, the weekday picks it (the nearest to the one first chosen, never
    after the report) instead of being resolved on its own as the Tuesday before the date last
    told."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        weekday, told = found[i], found[i + 1] if i + 1 < len(found) else None
        if (
            told is None
            or not weekday.relative
            or weekday.date is None
            or told.relative
            or told.precision != "day"
            or told.date is None
            or _WEEKDAY_DATE_GAP.fullmatch(text[weekday.end : told.start]) is None
        ):
            out.append(weekday)
            i += 1
            continue
        date = told.date  # a year written stays as written
        if _YEAR_IN.search(told.text) is None:
            date = _year_with_weekday(told.date, weekday.date.weekday(), anchor)
        out.append(
            DateMention(weekday.start, told.end, text[weekday.start : told.end], date, "day", False)
        )
        i += 2
    return out


def _year_with_weekday(day: dt.date, weekday: int, anchor: _Anchor) -> dt.date:
    """``day`` moved to the nearest year in which it falls on ``weekday`` and is not after the
    report; ``day`` itself when no such year is near."""
    latest = anchor.ceiling or anchor.reference
    limit = latest + dt.timedelta(days=FUTURE_SLACK_DAYS) if latest is not None else None
    for shift in sorted(range(-_WEEKDAY_YEARS, _WEEKDAY_YEARS + 1), key=lambda n: (abs(n), -n)):
        candidate = _safe_date(day.year + shift, day.month, day.day)
        if candidate is None or candidate.weekday() != weekday:
            continue
        if limit is None or candidate <= limit:
            return candidate
    return day


# Between a vague period and the exact date that narrows it: "Earlier this month, on July 9",
# "last week - on Tuesday", "в начале месяца, 9 июля": commas, dashes, spaces and at most one
# short preposition.
_NARROWING_GAP: Final = re.compile(r"[\s,:;—–-]*(?:\w{1,3}\s+)?", re.IGNORECASE)
# How many days after its start a week may hold.
_WEEK_DAYS: Final = 7


def _within(period: DateMention, day: dt.date) -> bool:
    """Whether ``day`` falls in the week, month or year a vague mention names."""
    start = period.date
    if start is None:
        return False
    if period.precision == "year":
        return day.year == start.year
    if period.precision == "month":
        return (day.year, day.month) == (start.year, start.month)
    if period.precision == "week":
        return 0 <= (day - start).days < _WEEK_DAYS
    return False


def _without_vague_before_exact(found: list[DateMention], text: str) -> list[DateMention]:
    """Drop a relative week, month or year told right before the day that narrows it
    ("Earlier this month, on July 9": 9 July, not the month): the day is the event's date."""
    dropped: set[int] = set()
    for i in range(len(found) - 1):
        vague, exact = found[i], found[i + 1]
        if not vague.relative or exact.precision != "day" or exact.date is None:
            continue
        if _NARROWING_GAP.fullmatch(text[vague.end : exact.start]) is None:
            continue
        if _within(vague, exact.date):
            dropped.add(i)
    return [d for i, d in enumerate(found) if i not in dropped]


# "during Friday prayers on Oct. 8": the weekday names the prayer, the date after it the day;
# "at Friday prayers in Kunduz" with no date after it still dates the attack.
_PRAYER_ON: Final = re.compile(r"\s+(?:prayers?|sermons?|services?)\s+(?:on|of)\s+", re.IGNORECASE)


def _without_prayer_day_beside_date(found: list[DateMention], text: str) -> list[DateMention]:
    """Drop a weekday that names a prayer told "on" an exact day date right after it."""
    dropped: set[int] = set()
    for i in range(len(found) - 1):
        weekday, exact = found[i], found[i + 1]
        if not weekday.relative or exact.relative or exact.precision != "day":
            continue
        if _PRAYER_ON.fullmatch(text, weekday.end, exact.start):
            dropped.add(i)
    return [d for i, d in enumerate(found) if i not in dropped]


# A date that tells when a building was put up, not when the event happened: "a school built
# last year", "Türklerin geçen yıl yaptırdığı okul", "построенную в прошлом году школу",
# "المدرسة التي بنيت العام الماضي". The verb of building stands just before the date (English,
# Russian, Arabic) or just after it (Turkish puts the participle after its adverbs). Verbs
# that also tell attacks ("opened fire", "yapılan saldırı") are left out.
_BUILT_BEFORE: Final = Gated(
    re.compile(
        r"(?:\b(?:built|constructed|founded|established|inaugurated|renovated|rebuilt)"
        r"|\b(?:построен|отстроен|основан|возведен|возведён)\w*"
        r"|(?:بنيت|بُنيت|شيدت|شُيدت|أنشئت|تأسست|بناها|شيدها|افتتحت|افتتحها))"
        r"\s+(?:(?:in|on|during|в|во|في)\s+)?$",
        re.IGNORECASE,
    )
)
_BUILT_AFTER: Final = Gated(
    re.compile(
        r"\s*(?:yaptır|inşa\s+(?:edil|ett|ed)|kurul|onarıl|restore\s+edil)\w*", re.IGNORECASE
    )
)
# How far before a date its verb of building may start.
_BUILT_REACH: Final = 40


def _without_building_ages(found: list[DateMention], text: str) -> list[DateMention]:
    """Drop the dates that tell a building's age ("the clinic, built in 2019,"): the verb of
    building stands right before the date or, in Turkish, right after it."""
    return [
        d
        for d in found
        if _BUILT_BEFORE.search(text, max(0, d.start - _BUILT_REACH), d.start) is None
        and _BUILT_AFTER.match(text, d.end) is None
    ]


# Between a month and the year told relatively: "bu yıl mart ayında", "in March last year",
# "в марте прошлого года", "في مارس من العام الماضي"; Arabic wires write the month twice,
# its Levantine name after a slash ("في مارس/آذار من العام الماضي", "أكتوبر/تشرين الأول").
_MONTH_YEAR_GAP = re.compile(
    r"(?:\s*/\s*(?:(?:كانون|تشرين)\s+)?[\u0621-\u064a]+)?\s*,?\s*(?:of\s+|من\s+)?"
)


def _month_of_a_told_year(found: list[DateMention], text: str) -> list[DateMention]:
    """A month or a day next to "this year" or "last year" is that month or day of that year,
    one mention ("geçen yıl 11 Ekim'de": 11 October of last year)."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        month, year = (second, first) if first.precision == "year" else (first, second)
        if month.precision not in ("month", "day") or year.precision != "year":
            continue
        if not year.relative:
            continue
        if month.date is None or year.date is None:
            continue
        gap = text[first.end : second.start]
        if _MONTH_YEAR_GAP.fullmatch(gap) is None:
            continue
        day = month.date.day if month.precision == "day" else 1
        told = _safe_date(year.date.year, month.date.month, day)
        if told is None:
            continue
        combined = DateMention(
            first.start, second.end, text[first.start : second.end], told, month.precision, True
        )
        out[i], out[i + 1] = combined, combined
    return list(dict.fromkeys(out))


# Between two dates of one list: "in September and December 2022", "on 8 or 9 May 2021".
_LIST_JOINER = re.compile(r"\s*(?:and|or|,|-|–|to|и|ve|و)\s*", re.IGNORECASE)


def _shared_years(found: list[DateMention], text: str) -> list[DateMention]:
    """A year-less date listed just before a dated one takes its year ("in September and
    December 2022": September 2022)."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        first, then = out[i], out[i + 1]
        if first.relative or first.date is None or then.date is None:
            continue
        if _YEAR_IN.search(first.text) or not _YEAR_IN.search(then.text):
            continue
        if not _LIST_JOINER.fullmatch(text[first.end : then.start]):
            continue
        moved = _safe_date(then.date.year, first.date.month, first.date.day)
        if moved is not None and moved <= then.date:
            out[i] = DateMention(
                first.start, first.end, first.text, moved, first.precision, first.relative
            )
    return out


_YEAR_IN = re.compile(r"(?:1[89]|20)\d\d")


def _without_overlaps(found: list[DateMention], text: str) -> list[DateMention]:
    """Keep the longest expression where two overlap (the earlier one on a tie); a bare year
    never wins over a finer date sharing its digits ("в мае 2024 года": May, not 2024)."""
    ordered = sorted(found, key=lambda d: (d.precision == "year", -(d.end - d.start), d.start))
    kept: list[DateMention] = []
    for mention in ordered:
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(
        (
            DateMention(d.start, d.end, text[d.start : d.end], d.date, d.precision, d.relative)
            for d in kept
        ),
        key=lambda d: d.start,
    )


_SUMMARY_PREFIX: Final = re.compile(r"\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*:")
_PLACE_DATELINE: Final = re.compile(
    r"\s*(?P<place>[^\W\d_][^\W\d_'’.\- ]*(?:[ '’.\-][^\W\d_]+){0,3})"
    r"(?:\s*,\s*[^\W\d_][\w .'’-]{1,30}?)?\s*(?:[,(]|[—–-]{1,2})\s*"
)
# An Arabic agency's dateline: its city, "في" (on), the day, then the agency between slashes
# ("أبوظبي في 11 يناير / وام /").
_AR_AGENCY_DATELINE: Final = re.compile(
    r"\s*[^\W\d_]+(?: [^\W\d_]+)?\s+في\s+(?P<date>[^/\n]{3,30})/\s*[^/\n]{1,20}/"
)
# How far into the text a wire dateline's date may start ("KABUL, Afghanistan, March 27 --").
DATELINE_REACH: Final = 90


def dateline(
    text: str, language: str = "en", *, reference: dt.date | None = None
) -> DateMention | None:
    """The date of a wire or summary dateline at the very start of ``text``, if any.

    Reads "03/27/2023:" (incident summaries, month first), "KABUL, March 27 (Agency) -" and
    "JALALABAD, Afghanistan — Monday". A dateline without a year (or a weekday) needs
    ``reference`` to resolve; otherwise its ``date`` is ``None``.
    """
    prefix = _SUMMARY_PREFIX.match(text)
    if prefix is not None:
        found = find_dates(prefix.group("date"), reference=reference, language="en")
        if found:
            d = found[0]
            start = prefix.start("date")
            return DateMention(start, start + len(d.text), d.text, d.date, d.precision, False)
    agency = _agency_dateline(text, language, reference)
    if agency is not None:
        return agency
    place = _PLACE_DATELINE.match(text)
    if place is not None and _looks_like_place(place.group("place")):
        window = text[: place.end() + DATELINE_REACH]
        for mention in find_dates(window, reference=reference, language=language):
            if mention.start >= place.start("place") and _close_to(
                text, place.end(), mention.start
            ):
                return mention
    head = text[:DATELINE_REACH]
    for mention in find_dates(head, reference=reference, language=language):
        if not head[: mention.start].strip(" \t\n-—–,"):
            return mention
        break
    return None


def _agency_dateline(text: str, language: str, reference: dt.date | None) -> DateMention | None:
    """The day of an Arabic agency's dateline ("أبوظبي في 11 يناير / وام /"): the date
    the report was filed, as a comma or dash dateline gives it in other agencies' style."""
    if language != "ar" or "/" not in text[:DATELINE_REACH]:
        return None
    found = _AR_AGENCY_DATELINE.match(text)
    if found is None:
        return None
    mentions = find_dates(found.group("date"), reference=reference, language=language)
    if len(mentions) != 1 or mentions[0].relative:
        return None
    d, at = mentions[0], found.start("date")
    return DateMention(at + d.start, at + d.end, d.text, d.date, d.precision, False)


def _looks_like_place(word: str) -> bool:
    """A dateline's city: in capitals ("KABUL"), or in a script without case ("كابل")."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 3 and not any(ch.islower() for ch in letters)


# The rest of a parenthesis the place opened: "قلات (أفغانستان) - 30 ديسمبر" (Arabic agencies
# put the country in brackets after the city, then the date). Read only after a city in a
# script without case: in "KABUL (Newswire) - On 21 March" the bracket holds the agency, and
# the date after it belongs to the story.
_OPENED_PARENTHESIS: Final = re.compile(r"^[^()\n]{1,40}\)")


def _close_to(text: str, start: int, date_start: int) -> bool:
    """The date follows the place with nothing but a country, agency, commas or dashes between."""
    between = text[start:date_start]
    opened = text[:start].rstrip()
    if opened.endswith("(") and not any(ch.isupper() or ch.islower() for ch in opened):
        between = _OPENED_PARENTHESIS.sub(" ", between.lstrip())
    between = re.sub(r"\([^)]{0,40}\)", " ", between)
    between = re.sub(r"\b[A-Z][\w'’-]+\b", " ", between, count=2)
    return not between.strip(" \t\n,—–-")
