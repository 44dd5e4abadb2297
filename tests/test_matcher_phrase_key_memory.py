"""``phrase_key`` is remembered per phrase and gives the key it computes afresh."""

from __future__ import annotations

from conflictdesk.resolve.matcher import normalise_token, phrase_key, tokens


def test_remembered_key_is_the_computed_one() -> None:
    for phrase in ("Mazar-i-Sharif", "Mazar-e Sharif", "Кабуле", "Şibirgan", "", "  "):
        expected = tuple(normalise_token(t) for _, _, t in tokens(phrase))
        assert phrase_key(phrase) == expected
        assert phrase_key(phrase) == expected  # asked again: from memory
    assert phrase_key("Mazar-i-Sharif") == phrase_key("Mazar-e Sharif")


def test_second_look_up_is_a_hit() -> None:
    phrase_key("Lashkar Gah district")
    before = phrase_key.cache_info().hits
    phrase_key("Lashkar Gah district")
    assert phrase_key.cache_info().hits == before + 1
