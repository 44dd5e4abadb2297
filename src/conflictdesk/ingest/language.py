"""Language of a text as an ISO 639-1 code, with lingua over a small set of languages.

lingua has no Pashto; Pashto is told apart from Persian, Arabic and Urdu by letters only
Pashto uses.
"""

from __future__ import annotations

import functools

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_ISO_CODES: dict[Language, str] = {
    Language.ENGLISH: "en",
    Language.TURKISH: "tr",
    Language.RUSSIAN: "ru",
    Language.ARABIC: "ar",
    Language.PERSIAN: "fa",
    Language.URDU: "ur",
    Language.GERMAN: "de",
    Language.FRENCH: "fr",
}
_ARABIC_SCRIPT_CODES = frozenset({"ar", "fa", "ur"})
# Letters of the Pashto alphabet absent from Persian, Arabic and Urdu.
PASHTO_LETTERS = frozenset("ټډړښږګځڅېۍ")

# Fewer letters than this and a guess is a coin toss (lingua mislabels two-word inputs);
# the shortest test sentences have about 20 letters.
MIN_LETTERS = 10
# Pashto letters needed per Arabic-script letter: a Pashto sentence has several per hundred,
# while a Dari text quoting one Pashto name has far fewer.
MIN_PASHTO_SHARE = 0.01
# Texts this long use lingua's low-accuracy mode (trigrams only), which lingua's own
# evaluation shows matches high accuracy on texts over about 120 characters and which loads
# in 0.1 s instead of 2 s (measured with tests/test_ingest_language.py).
LOW_ACCURACY_MIN_CHARS = 200
# Enough text to decide the language; detecting on a whole long report only costs time.
DETECTION_SAMPLE_CHARS = 2000


@functools.cache
def _detector(low_accuracy: bool) -> LanguageDetector:
    builder = LanguageDetectorBuilder.from_languages(*_ISO_CODES)
    if low_accuracy:
        builder = builder.with_low_accuracy_mode()
    return builder.build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code (en, tr, ru, ar, fa, ps, ur, de, fr), or None when too short to tell."""
    sample = text[:DETECTION_SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < MIN_LETTERS:
        return None
    language = _detector(len(sample) >= LOW_ACCURACY_MIN_CHARS).detect_language_of(sample)
    if language is None:
        return None
    code = _ISO_CODES[language]
    if code in _ARABIC_SCRIPT_CODES and looks_pashto(sample):
        return "ps"
    return code


def looks_pashto(text: str) -> bool:
    arabic_letters = [char for char in text if "\u0600" <= char <= "\u06ff" and char.isalpha()]
    pashto = sum(char in PASHTO_LETTERS for char in arabic_letters)
    return pashto >= 1 and pashto >= MIN_PASHTO_SHARE * len(arabic_letters)
