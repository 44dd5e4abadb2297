"""A place name's consonant skeleton, the same across scripts and transliterations.

Turkish, Russian and Arabic reports spell Afghan places their own way: "Şibirgan" and
"Sheberghan", "Leşkergah" and "Lashkar Gah", "Нахри-Шахи" and "Nahri Shahi", "Gazne" and
"Ghazni", "Cağuri" and "Jaghuri". Written Arabic leaves short vowels out, and the
transliterations differ mostly in vowels and in how they write one sound ("kh", "h", "x";
"sh", "ş", "ш"; "j", "c", "dzh"). The skeleton keeps what they agree on: the consonants,
each sound written one way, without vowels, "h", "y", "w" or "v", and without doubled letters.

Skeletons are short and collide (about a third of the gazetteer's three-consonant keys name
more than one place), so a look-up by skeleton is only a fallback for a name the text marks
as a place ("X ilçesinde", "в уезде X", "مديرية X") and is narrowed by the kind of place and
the province the text names (see ``Gazetteer.by_skeleton``).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_CYRILLIC: Final[dict[str, str]] = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяґїієқғүұһҳҷӯӣў",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sh",
            "-",
            "y",
            "-",
            "e",
            "yu",
            "ya",
            "g",
            "i",
            "i",
            "e",
            "k",
            "gh",
            "u",
            "u",
            "h",
            "h",
            "j",
            "u",
            "i",
            "u",
        ],
        strict=True,
    )
)
_ARABIC: Final[dict[str, str]] = {
    **dict.fromkeys("اآأإءعةٱ", ""),
    **dict.fromkeys("ئیيىېۍ", "y"),
    **dict.fromkeys("ؤو", "w"),
    **dict.fromkeys("ثسصښ", "s"),
    **dict.fromkeys("ذزضظځ", "z"),
    **dict.fromkeys("تطټ", "t"),
    **dict.fromkeys("دډ", "d"),
    **dict.fromkeys("رړ", "r"),
    **dict.fromkeys("کك", "k"),
    "ب": "b",
    "پ": "p",
    "ج": "j",
    "چ": "ch",
    "ح": "h",
    "خ": "kh",
    "ژ": "zh",
    "ږ": "zh",
    "ش": "sh",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "گ": "g",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ڼ": "n",
    "ه": "h",
    "څ": "ts",
}
# Russian letters in Latin as newspapers write them ("Мохаммад", Mokhammad), for names read
# letter by letter rather than reduced to a skeleton.
NEWSPAPER_LATIN: Final[dict[str, str]] = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}
_TURKISH: Final[dict[str, str]] = {"ş": "sh", "ç": "ch", "ğ": "gh", "ı": "i"}
_LETTERS: Final = {**_CYRILLIC, **_ARABIC, **_TURKISH}
_ONE_SOUND: Final = (
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("zh", "z"),
    ("th", "t"),
    ("ph", "f"),
    ("dh", "d"),
    ("ts", "s"),
    ("q", "k"),
    ("p", "b"),  # Arabic writes "p" as "b" ("بل خمري" for Pul-i-Khumri)
    ("x", "h"),
)
_NOT_LATIN: Final = re.compile(r"[^a-z]")
_WEAK: Final = re.compile(r"[aeiouhywv]")
_DOUBLED: Final = re.compile(r"(.)\1+")


def skeleton(name: str) -> str:
    """The consonant skeleton of a place name in any of the pack's scripts."""
    text = name.lower().replace("i̇", "i")
    if text.startswith("ال"):
        text = text[2:]  # the Arabic article
    text = "".join(_LETTERS.get(c, c) for c in text)
    text = unicodedata.normalize("NFKD", text)
    text = _NOT_LATIN.sub("", "".join(c for c in text if not unicodedata.combining(c)))
    # a lone Latin "c" is the Turkish "j" ("Cevizcan", "Celalabad"); Arabic writes "ch" as
    # "j" ("جبرهار", Chaparhar), so both are one letter here
    text = text.replace("ch", "j").replace("c", "j")
    for written, sound in _ONE_SOUND:
        text = text.replace(written, sound)
    # a doubled letter is one ("Marawara" and "ماروره" keep both r's, "Jallalabad" one l)
    return _WEAK.sub("", _DOUBLED.sub(r"\1", text))
