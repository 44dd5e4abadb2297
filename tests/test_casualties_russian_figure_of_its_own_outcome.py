"""Russian (and any language read by ``find_other``): a second figure joined by "и" is
another toll, not more of the same dead, when its own outcome word follows it within two
words ("погибли 12 человек и 40 получили ранения"); a figure joined with no outcome of its
own still adds to the first ("погибли пять военных и трое мирных жителей")."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str, language: str = "ru") -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in find_other(text, 0, language)]


def test_the_wounded_figure_with_a_verb_phrase_is_not_added_to_the_dead() -> None:
    found = _read("Во время обстрела рынка погибли 12 человек и 40 получили ранения.")
    assert ("killed", 12) in found
    assert ("injured", 40) in found
    assert ("killed", 52) not in found


def test_the_wounded_figure_with_a_noun_before_its_participle() -> None:
    found = _read("При взрыве погибли семь человек и 25 человек ранены.")
    assert ("killed", 7) in found
    assert ("killed", 32) not in found


def test_a_joined_figure_without_an_outcome_of_its_own_adds() -> None:
    # near miss: the second figure is more of the dead, no outcome word follows it
    found = _read("В результате нападения погибли 4 военных и 3 мирных жителя.")
    assert sum(n or 0 for outcome, n in found if outcome == "killed") == 7
    assert all(outcome == "killed" for outcome, _ in found)
