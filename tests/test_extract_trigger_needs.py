"""English trigger entries are searched only when the sentence holds a word each needs."""

from __future__ import annotations

import pytest

from conflictdesk.extract import triggers
from conflictdesk.extract.caseless import fold


def test_fewest_drops_words_holding_another() -> None:
    assert triggers._fewest(("acid attack", "acid", "threw acid", "poison")) == ("acid", "poison")
    assert triggers._fewest(None) is None


def test_every_entry_has_its_needed_words_from_the_pattern_as_written() -> None:
    entries = triggers._english_entries()
    assert len(entries.needs) == len(entries.patterns)
    # the entry of "assassinat\w+|targeted killings?|..." needs more than its first letter
    assassination = next(i for i, p in enumerate(entries.patterns) if "assassination_" in p.pattern)
    words = entries.needs[assassination]
    assert words is not None
    assert "assassinat" in words


@pytest.mark.parametrize(
    "text",
    [
        # "an" and "a" open the assassination entry ("an attempt to kill"), but no word of it
        "An elder and a teacher spoke at the opening of a new clinic.",
        # and here it is there
        "Gunmen made an attempt to kill the governor; a bomb went off later.",
        "Officials said a failed attempt on the mayor's life left a guard wounded.",
    ],
)
def test_gate_keeps_the_alternation_matches(text: str) -> None:
    expected = [
        (m.start(), m.end(), str(m.lastgroup)) for m in triggers._english_pattern().finditer(text)
    ]
    assert triggers._english_matches(text) == expected


def test_holds_needed() -> None:
    folded = fold("An attempt on the Mayor")
    assert folded is not None
    assert triggers._holds_needed(("assassinat", "attempt"), folded)
    assert not triggers._holds_needed(("assassinat", "tried to "), folded)
    assert triggers._holds_needed(None, folded)
