"""Proper names compared across languages: a named target in one report, its words in another.

"Sardar Mohammad Daud Khan military hospital" in an English report and "госпиталь имени
Сардара Мохаммада Дауд-хана" in a Russian one name the same place. Words are normalised by the
matcher (case, accents, Russian endings), Cyrillic is written in Latin letters, and two words
meet when they are close (rapidfuzz ratio), so "Mokhammad" meets "Mohammad" and the Turkish
"Davud" meets "Daud".
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from conflictdesk.resolve.matcher import normalise_token
from conflictdesk.resolve.spelling import NEWSPAPER_LATIN

# Russian letters in Latin, the common newspaper transliteration.
_CYRILLIC_TO_LATIN = str.maketrans(NEWSPAPER_LATIN)

# Two spellings of one name word meet at this rapidfuzz ratio (0..100): "mokhammad" and
# "mohammad" (94), "davud" and "daud" (89); "kabul" and "kunduz" do not (36).
SAME_NAME_WORD = 80.0
# Two forms of one common word meet at this ratio: "policeman" and "policemen" (89), not
# "police" and "policeman" (80: "police said" does not mention a policeman).
SAME_INFLECTED_WORD = 85.0
# Name words shorter than this are too common to count ("Han", "New").
MIN_NAME_WORD = 4
# Words of a name another report must contain to mention it.
MIN_NAME_WORDS_FOUND = 2


def latin(token: str) -> str:
    """A token's matching key in Latin letters (Cyrillic transliterated)."""
    return normalise_token(token).translate(_CYRILLIC_TO_LATIN)


def name_words(words: Iterable[str]) -> frozenset[str]:
    """The capitalised words of a name, as Latin keys."""
    return frozenset(
        latin(w) for w in words if w[:1].isupper() and len(w) >= MIN_NAME_WORD and w.isalpha()
    )


def names_mentioned(names: frozenset[str], words: frozenset[str]) -> bool:
    """Whether ``words`` (another report's evidence, as Latin keys) contain at least two words
    of the name (one capitalised word, "Shia" or "Bank", is too common to tell)."""
    if len(names) < MIN_NAME_WORDS_FOUND:
        return False
    found = 0
    for name in names:
        found += word_mentioned(name, words, SAME_NAME_WORD)
        if found >= MIN_NAME_WORDS_FOUND:
            return True
    return False


def word_mentioned(
    word: str | None, words: frozenset[str], similar: float = SAME_INFLECTED_WORD
) -> bool:
    """Whether ``words`` contain ``word`` or a spelling at least ``similar`` close to it."""
    if word is None:
        return False
    return word in words or any(
        abs(len(word) - len(w)) <= 2 and fuzz.ratio(word, w) >= similar for w in words
    )
