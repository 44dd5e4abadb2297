"""``Caseless`` tries a word list written in several scripts on ASCII text without the words
of the other scripts (``ascii_only``), and finds what the whole list finds. Each text is
invented."""

from __future__ import annotations

import re

from conflictdesk.extract.caseless import Caseless, ascii_only

_WORDS = r"\b(?:killed|öldürüldü|убит|قتل|wounded|yaralandı|ранен)\b|car bomb|взрыв\w*\s+бомбы"


def test_branches_in_other_scripts_are_dropped() -> None:
    assert ascii_only(_WORDS) == r"\b(?:killed|wounded)\b|car bomb"
    assert ascii_only(r"(?:ö|o)l") == r"(?:o)l"  # inside a group too


def test_a_branch_that_may_match_ascii_is_kept() -> None:
    # "ö" is optional or in a class: the branch may match ASCII text
    for pattern in (r"o(?:ö)?l", r"[öo]l", r"oö*l"):
        assert ascii_only(pattern) == pattern


def test_lookbehinds_and_all_foreign_alternations_are_left_as_written() -> None:
    assert ascii_only(r"(?<!öl|uy)x") == r"(?<!öl|uy)x"
    assert ascii_only(r"a(?:öl|уб)") == r"a(?:öl|уб)"  # nothing left to match: as written


def test_same_matches_on_ascii_and_other_text() -> None:
    caseless = Caseless(_WORDS)
    whole = re.compile(_WORDS, re.IGNORECASE)
    for text in (
        "Two men were KILLED and a third wounded by a car bomb.",
        "Nobody was hurt.",  # a near miss: none of the words
        "İki kişi öldürüldü, biri yaralandı.",
        "Двое убит, один ранен после взрыва бомбы.",
        "Killed: 2. Öldürüldü: 2.",
    ):
        assert [m.span() for m in caseless.finditer(text)] == [
            m.span() for m in whole.finditer(text)
        ]
        found, wanted = caseless.search(text), whole.search(text)
        assert (found and found.span()) == (wanted and wanted.span())
