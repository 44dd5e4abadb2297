"""The second speed pass keeps results: folded role patterns, gates and per-sentence memory."""

from __future__ import annotations

import pytest

from conflictdesk.extract import actors, persons, phrases
from conflictdesk.extract.caseless import fold
from conflictdesk.resolve.registry import load_registry

SHADOWS = [
    "Ⓐ Ⓐ Ⓐ Ⓐ Ⓐ fighters ATTACKED a checkpoint in Ⓐ Ⓐ Ⓐ.",
    "Ⓐ said it had Killed three soldiers, and ⒶⒶ were attacked near ⒶⒶⒶ.",
    "Police said ⒶⒶⒶⒶ's men were Ambushed outside ⒶⒶ and ⓐⓐ ambushed them.",
    "Fighters of ⒶⒶⒶ (TTP) stormed the base; ıt was targeted by ⒶⒶ.",
    "Ⓐİ Ⓐ attacked a post",  # lower case changes length: not folded
]


@pytest.mark.parametrize("shadow", SHADOWS)
def test_folded_role_patterns_match_as_ignorecase(shadow: str) -> None:
    folded = fold(shadow)
    pairs = [
        *zip(actors._AGENT_PATTERNS, actors._AGENT_FOLDED, strict=True),
        *zip(actors._PATIENT_PATTERNS, actors._PATIENT_FOLDED, strict=True),
    ]
    for pattern, on_folded in pairs:
        expected = [m.span() for m in pattern.finditer(shadow)]
        found = [m.span() for m in actors._matches(pattern, on_folded, shadow, folded)]
        assert found == expected, pattern.pattern


def test_first_mask_is_read_from_the_shadow() -> None:
    shadow = "by the ⒶⒶ group"
    spans = [(7, 9)]
    match = actors._AGENT_PATTERNS[2].search(shadow)
    assert match is not None
    assert actors._first_mask_in(spans, match, shadow) == 0


def test_anaphor_gate_keeps_every_match() -> None:
    for text in ("The militant group said", "Örgüt açıklama yaptı", "the outfit's leader"):
        assert any(word in text for word in actors._ANAPHOR_WORDS) or not list(
            actors._ANAPHOR.finditer(text)
        )
    assert actors._with_anaphors([], "The group claimed it") != []
    assert actors._with_anaphors([], "Nobody claimed it") == []


def test_remembered_people_equal_a_fresh_read() -> None:
    registry = load_registry()
    text = "Mullah Abdul Rauf, the Taliban commander, was killed in Helmand."
    fresh = tuple(
        persons._read(text, named)
        for named in persons._fold_aliases(text, persons._names_in(text, registry, "en"))
    )
    assert persons._people_in(text, registry, "en") == fresh
    assert persons._people_in(text, registry, "en") == fresh  # from memory


def test_phrase_skip_keeps_matches() -> None:
    registry = load_registry()
    text = "Taliban fighters attacked Kabul and Kandahar; والانفجار in Lashkar Gah."
    toks = phrases.tokenise(text)
    for matcher in (phrases.matchers(registry).actors, phrases.matchers(registry).places):
        slow = []
        i, n = 0, len(toks.spans)
        while i < n:
            hit = matcher._longest_at(toks, i, n)
            if hit is None:
                i += 1
                continue
            start, end = toks.spans[i][0], toks.spans[i + hit[0] - 1][1]
            slow.append((start, end, hit[1]))
            i += hit[0]
        assert [(m.start, m.end, m.value) for m in matcher._find(toks)] == slow
