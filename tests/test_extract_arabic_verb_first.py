"""Arabic verb-subject-object order: a subject between the verb and its object.

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject, one word or a longer phrase, stands between "opened" and "fire"
        ("وفتح رجل ملثم النار على حراس المصرف", [("وفتح رجل ملثم النار", "firearm")]),
        (
            "أطلق شرطي يرتدي ثيابا مدنية النار على زملائه",
            [("أطلق شرطي يرتدي ثيابا مدنية النار", "firearm")],
        ),
        ("فتحَ مسلحٌ النارَ على المارة", [("فتحَ مسلحٌ النار", "firearm")]),
        # an inquiry into the shooting: only the shooting's own noun
        ("فتحت النيابة تحقيقا في إطلاق النار", [("إطلاق النار", "firearm")]),
        # a comma ends the clause: the shop opened, then someone lit a fire
        ("فتح التاجر متجره، ثم أشعل النار", []),
    ],
)
def test_opened_fire_with_its_subject_inside(text: str, expected: list[tuple[str, str]]) -> None:
    hits = find_triggers(text, language="ar", registry=load_registry())
    assert [(h.text, h.means) for h in hits if h.means == "firearm"] == expected


_REPORT = (
    "قندهار - وكالة الرافدين: قُتل أربعة مصلين عندما فتح مسلح ملثم النار داخل مسجد في مدينة "
    "قندهار جنوبي أفغانستان مساء أمس الأحد، بحسب مسؤولين محليين.\n\n"
    "وقال شهود إن المسلح فر من المكان على دراجة نارية.\n\n"
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم. وقد نفذ التنظيم خلال الأعوام الماضية تفجيرات عدة "
    "استهدفت مساجد في كابل ومزار شريف."
)


def test_pattern_of_attacks_elsewhere_is_not_the_incident() -> None:
    # bombings of past years in other provinces neither open an event nor lend the shooting
    # their place and means
    events = extract_text(_REPORT, published=dt.date(2023, 6, 12), language="ar").events
    assert len(events) == 1
    event = events[0]
    assert (event.admin1, event.sub_event_type, event.weapon_type) == (
        "Kandahar",
        "Attack",
        "Firearms",
    )
    assert event.fatalities.best == 4


def _tolls(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.group) for m in find_casualties(text, language="ar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject of several words, with its "تابعة ل..." modifier, before the object
        (
            "وقتلت وحدة خاصة تابعة لوزارة الداخلية خمسة من المسلحين في قرية نائية.",
            [("killed", 5, "attackers")],
        ),
        # a singular noun right after the verb is its subject, not its one victim
        ("قتل شرطي غاضب أربعة جنود داخل الثكنة.", [("killed", 4, "security")]),
        # the subject's own group does not name the victims
        ("قتل مسلحون ملثمون سبعة أطفال قرب المدرسة.", [("killed", 7, "civilians")]),
        # a figure glued to "و" lists more of one subject (a policeman and three civilians)
        ("قتل شرطي أفغاني وثلاثة مدنيين.", [("killed", 4, "security")]),
        # a phrase of time or place after the verb is not a subject: the window still reads
        ("قتل أمس ثلاثة أشخاص.", [("killed", 3, "unknown")]),
    ],
)
def test_toll_after_the_subject(text: str, expected: list[tuple[str, int | None, str]]) -> None:
    assert _tolls(text) == expected
