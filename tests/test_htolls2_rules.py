"""Toll rules of the htolls2 round: figures read one step further than the usual window when
the wording shows they still belong to the casualty word."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read_ar(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.group) for m in find_other(text, 0, "ar")]


def test_plural_arabic_verb_takes_its_subject_five_words_back() -> None:
    assert _read_ar("وقال المسؤول إن ستة جنود آخرين من الجيش جرحوا في الاشتباك.") == [
        ("injured", 6, "security")
    ]


def test_arabic_figure_after_a_noun_five_words_on_is_not_taken() -> None:
    # "مقتل" is a noun, not a plural verb: a figure five words after it is another count's.
    assert _read_ar("وأدى الانفجار إلى مقتل المعلم الشاب عبد الله وسبعة من طلابه.") == []
