"""Patterns put behind their needed-words test (``Gated``) for speed find what the bare pattern
finds: the same matches where the words are there, nothing where they are not. Each text is
invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import (
    actors,
    assemble,
    casualties,
    dates,
    frames,
    persons,
    targets,
    triggers,
)
from conflictdesk.extract.caseless import Gated

# (pattern, a text it matches, a near miss holding none of its words)
CASES: list[tuple[Gated, str, str]] = [
    (persons._LEADER_EVENT["killed"][0], "troops killed the district governor", "a calm day"),
    (persons._LEADER_EVENT["killed"][1], "The Commander was shot dead", "The commander spoke"),
    (persons._LEADER_EVENT["captured"][0], "police arrested a Taliban commander", "a market"),
    (persons._LEADER_EVENT["captured"][1], "the emir was detained at dawn", "the emir spoke"),
    (persons._OUTCOME_AFTER["killed"], ", a teacher, was killed on Monday", ", a teacher, spoke"),
    (persons._OUTCOME_ON_PRONOUN["killed"], " served a year: he was killed", " served a year"),
    (actors._BACKGROUND_BEFORE, "Violence has grown since the ", "Violence has grown over the "),
    (actors._AIMED_AT_BEFORE, "A grenade thrown at a ", "A grenade landed near a "),
    (actors._LINK_LABEL, "Read more: a blast in the city", "More news follows"),
    (assemble._FOUGHT_BY, "two died in a clash with the ", "two died in the "),
    (triggers._KIND_OF_ATTACKS, "roadside bombings in the south", "a roadside blast"),
    (dates._BUILT_AFTER, " yılında inşa edilen cami", " yılında açılan cami"),
    (frames._SINCE_AFTER_TR, "2015'ten bu yana", "2015'te"),
    (frames._CAUSED_BY_TR, "saldırı nedeniyle", "saldırı sırasında"),
    (targets._KILLING_BEFORE, "a bomb killing the ", "a bomb near the "),
    (casualties._UNOFFICIAL, "local residents", "a police spokesman"),
]


@pytest.mark.parametrize(("gated", "hit", "miss"), CASES)
def test_gated_pattern_finds_what_the_pattern_finds(gated: Gated, hit: str, miss: str) -> None:
    bare = gated.pattern
    assert bare.search(hit) is not None, hit  # the invented text does match
    for text in (hit, miss, hit.upper(), f"{miss} {hit}"):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in bare.finditer(text)]
        found, wanted = gated.search(text), bare.search(text)
        assert (found and found.span()) == (wanted and wanted.span())
        found, wanted = gated.match(text), bare.match(text)
        assert (found and found.span()) == (wanted and wanted.span())
    assert gated.search(miss) is None
