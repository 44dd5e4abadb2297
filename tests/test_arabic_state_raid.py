"""An Arabic statement that forces of a state body killed or arrested militants ("أن قوات
تابعة للمديرية العامة للاستخبارات قتلت عنصرين") tells the state's own raid: the governing
side is actor1 and the group whose members were hit actor2. Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_DAY = dt.date(2024, 2, 11)


def test_forces_of_a_state_body_raid_a_cell() -> None:
    text = (
        "كابل - أعلنت حكومة طالبان أن قوات تابعة لوزارة الداخلية قتلت ثلاثة عناصر من تنظيم "
        "داعش خراسان واعتقلت اثنين آخرين في مداهمة لمخبأ في مدينة قندهار ليل السبت."
    )
    events = extract_text(text, published=_DAY, language="ar").events
    assert events
    assert events[0].actor1 == "TALIBAN"
    assert events[0].actor2 == "ISKP"


def test_gunmen_killing_guards_are_not_the_state() -> None:
    text = (
        "كابل - قتل مسلحون مجهولون ثلاثة من عناصر قوات تابعة لوزارة الداخلية في هجوم على نقطة "
        "تفتيش في مدينة قندهار ليل السبت."
    )
    events = extract_text(text, published=_DAY, language="ar").events
    assert events
    assert events[0].actor1 != "TALIBAN"
