"""``targets._object_cue``: the attack-object cue read first without its case-reading part."""

from __future__ import annotations

import pytest

from conflictdesk.extract import targets

WINDOWS = [
    "Gunmen stormed the ",  # a determiner after the cue
    "the bomber struck near ",  # the cue alone
    "militants killed Haji Gul Agha, a ",  # a name in apposition (needs case and a comma)
    "militants killed haji gul agha, a ",  # the apposition in lower case: no name
    "A roadside bomb hit two ",
    "A SHELL LANDED ON THE ",  # capitals
    "The convoy was travelling, and later ",  # a comma, no cue
    "residents said on Monday that the ",  # "on" then more than four words: no cue
    "İnsurgents attacked the ",  # lower case changes length: the pattern alone
    "",
]


@pytest.mark.parametrize("window", WINDOWS)
def test_object_cue_agrees_with_the_pattern(window: str) -> None:
    assert targets._object_cue(window) is (targets._OBJECT_CUE.search(window) is not None)


def test_object_cue_reads_a_name_in_apposition() -> None:
    assert targets._object_cue("gunmen shot Abdul Karim Noori, the ")


def test_object_cue_near_miss_without_a_cue_word() -> None:
    assert not targets._object_cue("officials said that after the meeting the ")
