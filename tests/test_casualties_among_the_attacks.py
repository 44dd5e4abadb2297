"""Russian (and Arabic): "among them" followed by an attack ("Среди них — теракт на рынке",
"Среди них был взрыв") lists attacks, not victims; the dead told after it are that attack's
own toll, not some of a figure before. "Среди них" before people still marks a part."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.relation) for m in find_other(text, 0, "ru")]


def test_an_attack_after_a_dash_is_listed_among_attacks() -> None:
    text = "Среди них — теракт на рынке в Газни, в результате которого погибли девять человек."
    assert _read(text) == [("killed", 9, "count")]


def test_an_attack_after_a_past_verb_is_listed_among_attacks() -> None:
    text = "Среди них был взрыв у школы, после которого погибли четыре человека."
    assert _read(text) == [("killed", 4, "count")]


def test_people_after_among_them_are_a_part() -> None:
    # near miss: "among them" before the dead themselves
    text = "Среди них погибли три ребёнка."
    assert [r for _, _, r in _read(text)] == ["subset"]
