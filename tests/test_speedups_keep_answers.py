"""The speed-ups of the phrase matchers and of the ``Needs`` tests give the answers the plain
computations give: token bounds and keys as ``resolve.matcher`` reads them, and a remembered
test the same as one made afresh."""

from __future__ import annotations

import re

from conflictdesk.extract import caseless, phrases
from conflictdesk.extract.caseless import Needs
from conflictdesk.resolve.matcher import normalise_token, tokens
from conflictdesk.resolve.registry import load_registry


def test_token_bounds_and_keys_are_the_matcher_s() -> None:
    for text in (
        "Gunmen shot dead two  policemen in Pul-i-Khumri's bazaar.",
        "  Взрыв прогремел в Кабуле; والانفجار وقع في جلال آباد  ",
        "",
        "--",
    ):
        toks = phrases.tokenise(text)
        assert list(toks.spans) == tokens(text)
        assert toks.keys == tuple(normalise_token(word) for _, _, word in tokens(text))
        assert toks.words == tuple(word for _, _, word in tokens(text))


def test_token_keys_memory_is_bounded_and_still_right() -> None:
    memory = phrases._TOKEN_KEYS
    for n in range(50):
        assert memory[f"Word{n}"] == normalise_token(f"Word{n}")
    memory.clear()
    toks = phrases.tokenise.__wrapped__("Suicide Bombers struck")
    assert toks.keys == ("suicide", normalise_token("Bombers"), "struck")


def test_arabic_prefixed_token_found_as_before() -> None:
    registry = load_registry()
    text = "انفجار في ولكابل وبكابل"  # Kabul with a one-letter prefix
    toks = phrases.tokenise(text)
    places = phrases.matchers(registry).places
    for i in range(len(toks.keys)):
        hit = places._longest_at(toks, i, len(toks.keys))
        prefixed = phrases._arabic_prefixed(toks.keys[i])
        assert (i in toks.prefixed) == prefixed
        if not prefixed and toks.keys[i] not in places._folded_lengths:
            assert hit is None


def test_a_phrase_across_a_wide_gap_is_not_one_phrase() -> None:
    registry = load_registry()
    places = phrases.matchers(registry).places
    joined = [m.text for m in places.find(phrases.tokenise("They fled to Mazar-i-Sharif."))]
    apart = [m.text for m in places.find(phrases.tokenise("They fled to Mazar     i Sharif."))]
    assert joined == ["Mazar-i-Sharif"]
    assert "Mazar-i-Sharif" not in apart


PATTERN = re.compile(r"\b(?:sniper|shot dead)\b", re.IGNORECASE)


def test_needs_remembered_answer_equals_a_fresh_one() -> None:
    needs = Needs(PATTERN)
    texts = ["A SNIPER fired at the post.", "He was shot  dead at home.", "Shot dead, he fell."]
    fresh = [Needs(PATTERN).met(t) for t in texts]
    assert fresh == [True, False, True]  # "shot  dead" (two spaces) holds neither word
    assert [needs.met(t) for t in texts] == fresh
    assert [needs.met(t) for t in texts] == fresh  # from memory


def test_needs_memory_is_bounded_for_windows_too() -> None:
    needs = Needs(PATTERN, windows=True)
    for n in range(caseless._REMEMBERED_TESTS + 10):
        assert not needs.met(f"a calm market day {n}")
    assert len(needs._seen) <= caseless._REMEMBERED_TESTS
    assert needs.met("a sniper on the roof")


def test_needs_without_words_always_pass_and_remember_nothing() -> None:
    needs = Needs(re.compile(r"\d+ed"))
    assert needs.met("")
    assert needs.met("anything at all")
    assert needs._seen == {}
