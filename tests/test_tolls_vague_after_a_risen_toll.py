"""A vague count told after a toll that rose ("mourners buried dozens of the victims") is some of
the dead already counted, not a lower revision; a vague count above the toll still revises it."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_WIRE = {"published": dt.date(2031, 5, 9), "genre": "wire", "language": "ar"}
_RISEN = (
    "كابول (أ ف ب) - ارتفعت حصيلة الانفجار الذي وقع أمس أمام مدرسة في كابول إلى {n}، على ما "
    "أعلن مسؤولون اليوم. "
)


def test_dozens_buried_after_the_toll_rose_to_forty_leave_forty(first_event: FirstEvent) -> None:
    text = _RISEN.format(n="40 قتيلاً") + "وشيع الأهالي اليوم عشرات الضحايا في مقبرة قريبة."
    assert first_event(text, **_WIRE).fatalities.best == 40


def test_dozens_killed_after_a_toll_of_eight_revise_it(first_event: FirstEvent) -> None:
    # near miss: the vague count lies above the toll told before it
    text = _RISEN.format(n="8 قتلى") + "وقال أطباء إن عشرات الأشخاص قتلوا في الانفجار."
    assert first_event(text, **_WIRE).fatalities.best == 12
