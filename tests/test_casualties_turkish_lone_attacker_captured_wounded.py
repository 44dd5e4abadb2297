"""Turkish: the one attacker as the subject, "Saldırgan ... yaralı olarak ele geçirildi" (the
attacker was caught wounded), is one of the wounded (attackers count); the plural and an
arrest with no wound are not (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _injured(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, language="tr")
    return [(m.quantity.best, m.group) for m in found if m.outcome == "injured"]


def test_the_attacker_caught_wounded_by_the_police_is_one_wounded() -> None:
    sentence = "Saldırgan, polis ekipleri tarafından yaralı olarak ele geçirildi."
    assert _injured(sentence) == [(1, "attackers")]


def test_the_gunman_caught_wounded_without_a_comma() -> None:
    assert _injured("Fail yaralı olarak yakalandı.") == [(1, "attackers")]


def test_the_attacker_caught_unharmed_is_no_wound() -> None:
    assert _injured("Saldırgan, çarşıda polis tarafından yakalandı.") == []


def test_the_plural_attackers_are_not_one() -> None:
    assert (1, "attackers") not in _injured("Saldırganlar yaralı olarak yakalandı.")
