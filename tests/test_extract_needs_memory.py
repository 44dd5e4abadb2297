"""``Needs.met`` remembers its answers per text; the answers are those it computes afresh."""

from __future__ import annotations

import re

from conflictdesk.extract import caseless
from conflictdesk.extract.caseless import Needs

PATTERN = re.compile(r"\b(?:ambush(?:ed)?|roadside bomb)\b", re.IGNORECASE)


def test_answers_are_the_same_when_asked_again() -> None:
    needs = Needs(PATTERN)
    texts = [
        "Insurgents AMBUSHED a convoy near the pass.",
        "A roadside bomb hit a minibus.",
        "The council met to discuss the budget.",
        "İki asker ambush sırasında yaralandı.",  # folding moves offsets: always tried
    ]
    first = [needs.met(t) for t in texts]
    assert first == [True, True, False, True]
    assert [needs.met(t) for t in reversed(texts)] == first[::-1]


def test_memory_is_bounded() -> None:
    needs = Needs(PATTERN)
    for n in range(caseless._REMEMBERED_TESTS * 2 + 3):
        assert not needs.met(f"quiet day number {n}")
    assert len(needs._seen) <= caseless._REMEMBERED_TESTS
    assert needs.met("they ambushed the patrol")


def test_no_words_known_means_always_try() -> None:
    needs = Needs(re.compile(r"\w+ed\b"))
    assert needs.met("nothing")
    assert needs._seen == {}
