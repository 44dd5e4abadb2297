"""An exclusion told after the wounded ("40 were wounded, excluding the bomber") leaves the
attacker out of the toll: he is a death on top, not one more wounded. Sentences written for
these tests."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(sentence: str) -> list[tuple[str, int | None, str]]:
    return [
        (m.outcome, m.quantity.best, m.group)
        for m in find_casualties(sentence, offset=0, language="en")
    ]


def test_excluding_the_bomber_after_the_wounded_is_not_a_wounded_attacker() -> None:
    found = _read("Nine guests died and 40 were wounded, excluding the bomber.")
    assert ("injured", 1, "attackers") not in found
    assert ("injured", 40, "civilians") in found or ("injured", 40, "unknown") in found
    assert ("killed", 1, "attackers") in found


def test_apart_from_the_two_attackers_after_the_injured() -> None:
    found = _read("Twelve pilgrims died and 25 were injured, apart from the two attackers.")
    assert [f for f in found if f[0] == "injured" and f[2] == "attackers"] == []
    assert ("killed", 2, "attackers") in found


def test_a_wounded_attacker_told_plainly_stays_wounded() -> None:
    found = _read("The gunman was wounded and arrested by police.")
    assert ("injured", 1, "attackers") in found
