from __future__ import annotations

import pytest

from conflictdesk.resolve.matcher import PhraseMatcher, normalise_token, phrase_key


@pytest.fixture
def matcher() -> PhraseMatcher:
    return PhraseMatcher(
        [
            ("Islamic State Khorasan Province", "ISKP", False),
            ("ISIS-K", "ISKP", False),
            ("IS", "IS", True),
            ("Islamic State", "IS", False),
            ("Mazar-i-Sharif", "town:mazar", False),
            ("Кабул", "province:kabul", False),
            ("داعش", "IS", False),
            ("Abu Usman al-Kashmiri", "p:ahangar", False),
        ]
    )


def test_longest_alias_wins_and_offsets_point_into_the_text(matcher: PhraseMatcher) -> None:
    text = "The Islamic State Khorasan Province claimed it."
    [m] = matcher.find(text)
    assert (m.value, text[m.start : m.end]) == ("ISKP", "Islamic State Khorasan Province")


def test_spelling_variants_meet(matcher: PhraseMatcher) -> None:
    for text in ("in Mazar-e Sharif on Monday", "in MAZAR I SHARIF", "in Mazār-e-Sharīf"):
        assert [m.value for m in matcher.find(text)] == ["town:mazar"], text
    assert [m.value for m in matcher.find("Abu Usman el-Kashmiri")] == ["p:ahangar"]


def test_case_sensitive_acronym_does_not_match_the_verb(matcher: PhraseMatcher) -> None:
    assert matcher.find("the town is calm") == []
    assert [m.value for m in matcher.find("IS claimed the attack")] == ["IS"]
    assert [m.value for m in matcher.find("ISIS-K claimed")] == ["ISKP"]


def test_russian_case_endings_and_arabic_prefixes(matcher: PhraseMatcher) -> None:
    assert [m.value for m in matcher.find("взрыв в Кабуле")] == ["province:kabul"]
    assert [m.value for m in matcher.find("وداعش أعلن")] == ["IS"]


def test_phrases_do_not_jump_sentence_breaks(matcher: PhraseMatcher) -> None:
    text = "It was the Islamic.\n\nState officials said"
    assert [m.value for m in matcher.find(text)] == []


def test_normalisation_folds_case_accents_and_dotless_i() -> None:
    assert normalise_token("IŞİD") == normalise_token("işid")
    assert phrase_key("Mazar-i-Sharif") == phrase_key("Mazar e Sharif")


def test_offset_is_added(matcher: PhraseMatcher) -> None:
    [m] = matcher.find("ISIS-K", offset=100)
    assert (m.start, m.end) == (100, 106)
