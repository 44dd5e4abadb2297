"""Toll rules: Arabic plural verbs, rival figures, "in all"; figures read one step further than
the usual window when the wording shows they still belong to the casualty word."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties
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


def _read_en(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.relation) for m in find_casualties(text)]


def test_a_rival_source_putting_the_toll_higher_is_only_a_rival() -> None:
    text = "Police said twelve people had died; doctors at the clinic put the toll at up to 30."
    assert _read_en(text) == [("killed", 12, "count"), ("killed", 30, "unofficial")]


def test_a_group_figure_a_rival_raises_is_no_boast() -> None:
    text = "The Taliban said eight villagers were killed; residents told reporters that 20 died."
    assert _read_en(text) == [("killed", 8, "count"), ("killed", 20, "unofficial")]


def test_a_group_figure_officials_lower_stays_a_claim() -> None:
    text = "The Taliban said fifteen soldiers were killed; officials said four had died."
    assert _read_en(text) == [("killed", 15, "claim"), ("killed", 4, "count")]


def test_a_figure_put_higher_later_still_revises() -> None:
    text = "Police said twelve people had died; doctors later put the toll at 30."
    assert ("killed", 30, "unofficial") not in _read_en(text)


def test_one_of_the_counted_dead_is_a_part_of_them() -> None:
    text = "Officials named the cook as Mirwais, one of the four guards killed."
    assert [r for _, _, r in _read_en(text)] == ["subset", "subset"]


def test_one_of_several_who_was_killed_is_still_counted() -> None:
    assert _read_en("One of the five gunmen was killed.") == [("killed", 1, "count")]


def test_a_count_told_in_all_is_the_total() -> None:
    text = "The mayor said two more guests had died and that eight people were dead in all."
    assert ("killed", 8, "total") in _read_en(text)
    assert _read_en("Police said eleven people were killed in all.") == [("killed", 11, "total")]


def test_a_count_without_in_all_stays_a_count() -> None:
    assert _read_en("Police said eleven people were killed in Kabul.") == [("killed", 11, "count")]
