"""Arabic: a passive verb in the dual ("قُتلا", "أصيبا") tells two people harmed, whatever its
subject; "أيضا" (also) after it marks them as more than those counted before. A dual verb
followed by its object is active and counts nobody by its ending."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, int | None, bool]]:
    return [(m.outcome, m.quantity.best, m.more) for m in find_other(text, 0, "ar")]


def test_two_coordinated_subjects_before_a_dual_verb_are_two() -> None:
    assert _read("وذكر أن موظفا وزائرا قُتلا داخل المبنى.") == [("killed", 2, False)]


def test_a_dual_wounded_verb_is_two() -> None:
    assert _read("وأضاف أن المزارع وابنه أصيبا بالرصاص.") == [("injured", 2, False)]


def test_also_after_the_dual_verb_marks_more() -> None:
    assert _read("وقال إن حارسا ومارا قُتلا أيضا في الانفجار.") == [("killed", 2, True)]


def test_a_dual_verb_with_an_object_is_not_two_harmed() -> None:
    assert _read("وقال إن اللصين قتلا شرطيا.") == []
    assert _read("وقال إن اللصين قتلا 3 أشخاص.") == [("killed", 3, False)]
