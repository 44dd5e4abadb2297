"""Turkish, Russian, Arabic: two figures of one side in one list before their casualty word
("bir asker ve bir polis öldü": a soldier and a policeman died) are one figure of that side,
their sum; told apart, the later one would read as a revision of the first. Items of
different sides stay apart."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str, language: str = "tr") -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.group) for m in find_other(text, 0, language)]


def test_two_items_of_the_security_side_sum() -> None:
    found = _read("Karakola yapılan baskında bir bekçi ve iki asker hayatını kaybetti.")
    assert ("killed", 3, "security") in found


def test_a_list_of_three_keeps_the_attackers_apart() -> None:
    found = _read("Çatışmada 6 militan, bir bekçi ve bir polis öldü.")
    assert ("killed", 6, "attackers") in found
    assert ("killed", 2, "security") in found


def test_items_of_different_sides_stay_apart() -> None:
    # near miss: a soldier and civilians are two sides, not one figure
    found = _read("Saldırıda iki asker ve üç sivil öldü.")
    assert ("killed", 2, "security") in found
    assert ("killed", 3, "civilians") in found
