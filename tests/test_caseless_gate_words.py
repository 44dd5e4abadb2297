"""A ``Caseless`` pattern is tried only on text holding one of the words every match holds."""

from __future__ import annotations

from conflictdesk.extract.caseless import Caseless, fold_pattern_plain, gate_words, holds_one


def test_gate_words_of_a_short_alternation() -> None:
    words = gate_words(fold_pattern_plain(r"\b(?:denied|rejected)\s+(?:the\s+)?claim"))
    assert words is not None
    assert "claim" in words or set(words) == {"denied", "rejected"}


def test_no_gate_for_a_pattern_without_a_needed_word() -> None:
    assert gate_words(fold_pattern_plain(r"\b\w+\s+\d+")) is None


def test_no_gate_for_too_many_words() -> None:
    many = "|".join(f"{chr(97 + n % 20)}{chr(97 + n // 20)}ming" for n in range(40))
    assert gate_words(fold_pattern_plain(rf"\b(?:{many})\b")) is None


def test_holds_one() -> None:
    assert holds_one(("denied", "rejected"), "the ministry rejected the report")
    assert not holds_one(("denied", "rejected"), "the ministry accepted the report")


def test_gated_search_finds_what_the_pattern_finds() -> None:
    pattern = Caseless(r"\b(?:denied|rejected)\s+(?:any\s+)?(?:role|part)\b")
    found = pattern.search("The group DENIED any role in the ambush on Tuesday.")
    assert found is not None
    assert (found.start(), found.end()) == (10, 25)
    spans = [m.span() for m in pattern.finditer("Rejected part, denied role.")]
    assert spans == [(0, 13), (15, 26)]


def test_gated_search_near_miss() -> None:
    pattern = Caseless(r"\b(?:denied|rejected)\s+(?:any\s+)?(?:role|part)\b")
    # the words of the pattern are absent: nothing is found (the gate says no)
    assert pattern.search("The group claimed a role in the ambush.") is None
    assert list(pattern.finditer("The group claimed a role in the ambush.")) == []
    # a needed word is there but the pattern does not match: still nothing
    assert pattern.search("The group denied that it played a role.") is None


def test_text_whose_lower_case_is_longer_is_not_gated() -> None:
    pattern = Caseless(r"\bdenied\b")
    # "İ" lowers to two characters: the text is matched with re.IGNORECASE, as before
    found = pattern.search("İstanbul police DENIED it")
    assert found is not None
    assert found.group(0) == "DENIED"
