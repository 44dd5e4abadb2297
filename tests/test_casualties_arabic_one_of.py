"""Arabic: "أحد الموظفين ... أصيب" (one of the staff was wounded) is one person of a plural
group; the plural alone with a plural verb is not read as one."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in find_other(text, 0, "ar")]


def test_one_of_the_staff_wounded_is_one() -> None:
    assert _read("وأوضح أن أحد المصلين المحليين أصيب بجروح خطيرة.") == [("injured", 1)]


def test_one_of_the_staff_with_no_casualty_word_is_nothing() -> None:
    assert _read("وأوضح أن أحد المصلين المحليين كان داخل المكتب.") == []


def test_the_plural_staff_is_not_one() -> None:
    assert ("injured", 1) not in _read("وأوضح أن المصلين المحليين أصيبوا بجروح.")
