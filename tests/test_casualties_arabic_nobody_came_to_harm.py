"""Arabic: "لم يتعرض أحد لأذى" (nobody came to harm), the verb before its subject, is a zero
for the dead and the wounded, as "أحداً لم يُصب بأذى" already was; nobody "subjected" to
anything else (an arrest) is no zero."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _zeros(text: str) -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in find_other(text, 0, "ar") if m.quantity.best == 0]


def test_nobody_came_to_harm_is_zero_for_both() -> None:
    found = _zeros("وقال مسؤول محلي إن قذيفة سقطت قرب المدرسة ولم يتعرض أحد لأذى.")
    assert sorted(found) == [("injured", 0), ("killed", 0)]


def test_nobody_came_to_any_harm_is_zero_for_both() -> None:
    found = _zeros("وأكدت الشرطة أنه لم يتعرض أحد لأي أذى في الحادث.")
    assert sorted(found) == [("injured", 0), ("killed", 0)]


def test_nobody_arrested_is_no_zero_of_casualties() -> None:
    # near miss: nobody was subjected to arrest
    assert _zeros("وقال السكان إنه لم يتعرض أحد من المحتجين للاعتقال.") == []
