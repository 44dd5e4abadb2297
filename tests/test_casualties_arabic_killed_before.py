"""Arabic "قبل أن يقتله الحراس" (before the guards killed him) after an attacker opened the
sentence: the attacker died (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, language="ar")
    return [(m.quantity.best, m.group) for m in found if m.outcome == "killed"]


def test_the_gunman_killed_by_the_guards() -> None:
    sentence = "أطلق المسلح النار على موظفي البلدية قبل أن يقتله الحراس عند البوابة."
    assert _killed(sentence) == [(1, "attackers")]


def test_a_victim_killed_before_is_no_attacker() -> None:
    sentence = "خطف مجهولون المهندس واحتجزوه يومين قبل أن يقتلوه."
    assert (1, "attackers") not in _killed(sentence)
