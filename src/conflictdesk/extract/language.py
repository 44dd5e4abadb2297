"""Which language a document is in: its metadata first, then a cheap look at its letters.

The extractor builds events for English, and for the languages a pack has trigger words for
(Turkish and Russian in the Afghanistan pack); other languages yield mentions only.
"""

from __future__ import annotations

import re

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")
_PERSIAN_LETTERS = re.compile(r"[پچژگکی]")
_PASHTO_LETTERS = re.compile(r"[ټډړږښځڅګڼۍې]")
_TURKISH = re.compile(r"[ğĞşŞıİ]|\b(?:ve|bir|ile|için|olarak|saldırı\w*)\b")
_LATIN = re.compile(r"[A-Za-z]")

# Share of letters of one script above which a text is taken to be in that script; checked
# by hand on mixed texts (English articles quoting a Russian or Dari name stay English).
SCRIPT_SHARE = 0.3
# Turkish cues per word above which a Latin-script text is read as Turkish.
TURKISH_CUE_SHARE = 0.02


def normalise_language(code: str | None) -> str | None:
    """``"en-US"`` -> ``"en"``; empty -> ``None``."""
    if not code:
        return None
    return code.strip().lower().replace("_", "-").split("-")[0] or None


def detect_language(text: str, declared: str | None = None) -> str:
    """The ISO 639-1 code of ``text``: the declared one when given, else a guess from script."""
    code = normalise_language(declared)
    if code:
        return code
    sample = text[:4000]
    letters = sum(1 for c in sample if c.isalpha()) or 1
    if len(_CYRILLIC.findall(sample)) / letters > SCRIPT_SHARE:
        return "ru"
    if len(_ARABIC_SCRIPT.findall(sample)) / letters > SCRIPT_SHARE:
        if _PASHTO_LETTERS.search(sample):
            return "ps"
        return "fa" if _PERSIAN_LETTERS.search(sample) else "ar"
    words = max(1, len(sample.split()))
    if len(_TURKISH.findall(sample)) / words > TURKISH_CUE_SHARE:
        return "tr"
    return "en"
