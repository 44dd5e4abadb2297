"""Caseless patterns find what re.IGNORECASE finds, at the same offsets."""

from __future__ import annotations

import re

import pytest

from conflictdesk.extract.caseless import Caseless, fold

PATTERN = r"\b(?:kill\w*|kaçır\w*|suicide[- ]bomb\w*|погиб\w*|σεισμ\w*)"
TEXTS = (
    "Gunmen KILLED three; a Suicide-Bomber was killed.",
    "Kılled, ſuicide bomb, \u212aILLING (Kelvin sign)",
    "İstanbul'da KAÇIRILDI, kaçirildi and kaçırıldı",
    "ΣΕΙΣΜΌΣ σεισμός, ПОГИБЛИ двое",
    "Dotted İ before the killing moves offsets: İİİ kill",
    "nothing here",
)


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_ignorecase(text: str) -> None:
    expected = [(m.start(), m.end()) for m in re.finditer(PATTERN, text, re.IGNORECASE)]
    found = [(m.start(), m.end()) for m in Caseless(PATTERN).finditer(text)]
    assert found == expected
    first = re.compile(PATTERN, re.IGNORECASE).search(text, 5)
    again = Caseless(PATTERN).search(text, 5)
    assert (again and again.span()) == (first and first.span())


def test_fold_keeps_offsets_or_declines() -> None:
    assert fold("Kılled ſ") == "killed s"
    assert fold("İstanbul") is None  # lower case would add a character
