"""Turkish, Russian and Arabic wire-report rules: tolls, attackers, claims, dates and claimants.

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.dates import find_dates
from conflictdesk.resolve.registry import load_registry


def _read(text: str, language: str) -> list[tuple[str, int | None, str, str]]:
    found = find_casualties(text, language=language)
    return [(m.outcome, m.quantity.best, m.group, m.relation) for m in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (  # a figure of days is a duration, not a count of people
            "ar",
            "وأحيا السكان ذكرى مرور أربعين يوما على وفاة الشيخ في القرية.",
            [],
        ),
        (  # the toll's verb and figure come after a clause set off by commas
            "ru",
            "Число погибших при взрыве на рынке в Мазари-Шарифе, случившемся утром, "
            "достигло 31 человека.",
            [("killed", 31, "unknown", "revision")],
        ),
        (  # "not counting the bomber" between commas does not cut the figure from its verb
            "ru",
            "Не менее 14 человек, не считая смертника, погибли у здания суда.",
            [("killed", 14, "unknown", "count"), ("killed", 1, "attackers", "count")],
        ),
        (  # the attackers left out of the toll, in the words order Russian also uses
            "ru",
            "Смертник в число погибших не входит.",
            [("killed", 1, "attackers", "count")],
        ),
        (  # a plural exclusion names no number
            "tr",
            "Valilik, ölü sayısına saldırganların dahil olmadığını açıkladı.",
            [("killed", None, "attackers", "count")],
        ),
        (  # the toll is the subject of the exclusion in Arabic too
            "ar",
            "وقال المتحدث إن الحصيلة لا تشمل الانتحاري.",
            [("killed", 1, "attackers", "count")],
        ),
        (  # a euphemism for killed, far from its sentence-opening subject
            "ru",
            "Четверо боевиков, атаковавших блокпост на окраине Джелалабада ночью, ликвидированы.",
            [("killed", 4, "attackers", "count")],
        ),
        (  # a figure only alleged by the group is a claim (Turkish: the verb comes after)
            "tr",
            "Örgütün açıklamasında 9 askerin öldürüldüğü iddia edildi.",
            [("killed", 9, "security", "claim")],
        ),
        (  # ... and in Russian the allegation comes first
            "ru",
            "В заявлении группировки утверждается, что ее бойцы убили шестерых военных.",
            [("killed", 6, "security", "claim")],
        ),
        (  # ... and in Arabic
            "ar",
            "وتبنى التنظيم الهجوم زاعما أنه أسفر عن مقتل 30 جنديا.",
            [("killed", 30, "security", "claim")],
        ),
        (  # a named victim with "and N others" is N + 1
            "ar",
            "وأسفر الانفجار عن مقتل الحاكم وأربعة من حراسه.",
            [("killed", 5, "security", "count")],
        ),
        (  # Turkish joins them with "ile"
            "tr",
            "Saldırıda Vali Yardımcısı Nuri ile iki korumasının öldüğü bildirildi.",
            [("killed", 3, "unknown", "count")],
        ),
        (  # two figures joined by "and" after one verb add up
            "ar",
            "قُتل أربعة جنود أتراك وثلاثة مدنيين في الهجوم.",
            [("killed", 7, "security", "count")],
        ),
        (  # a total that includes the attackers is split
            "tr",
            "Kuşatmada 2 saldırgan dahil 6 kişi öldü.",
            [("killed", 2, "attackers", "count"), ("killed", 4, "unknown", "count")],
        ),
        (  # one victim and his companion
            "ar",
            "قُتل قاض بارز وسائقه في هجوم مسلح على الطريق.",
            [("killed", 2, "unknown", "count")],
        ),
        (
            "ru",
            "Бывший судья Мохаммад Карим и его сын убиты неизвестными.",
            [("killed", 2, "unknown", "count")],
        ),
        (  # a ranking of the dead is no new death
            "ar",
            "ويعد الوزير أبرز مسؤول يُقتل منذ عام 2021.",
            [],
        ),
        (  # a vague figure after an exact one is part of it
            "ru",
            "Ранения получили 60 человек, состояние нескольких пострадавших тяжелое.",
            [("injured", 60, "unknown", "count"), ("injured", 3, "unknown", "subset")],
        ),
    ],
)
def test_wire_casualty_rules(
    language: str, text: str, expected: list[tuple[str, int | None, str, str]]
) -> None:
    assert _read(text, language) == expected


def test_superseded_figure_marked_inside_the_toll_phrase() -> None:
    text = "ارتفعت حصيلة الانفجار في السوق إلى 20 قتيلا، بعدما كانت الحصيلة الأولية 12 قتيلا."
    found = find_casualties(text, language="ar")
    assert [(m.quantity.best, m.earlier) for m in found] == [(20, False), (12, True)]


@pytest.mark.parametrize(
    ("language", "text", "reference", "expected"),
    [
        (  # "the night to Wednesday" is coded as the Wednesday
            "ru",
            "Боевики атаковали пост в ночь на среду.",
            dt.date(2025, 4, 17),
            dt.date(2025, 4, 16),
        ),
        (  # a day written as an Arabic ordinal word
            "ar",
            "وفي الحادي والعشرين من أكتوبر 2022 قُتل ثلاثة جنود.",
            dt.date(2024, 1, 1),
            dt.date(2022, 10, 21),
        ),
        (
            "ar",
            "وفي الثاني عشر من مايو هاجم مسلحون قافلة.",
            dt.date(2024, 6, 1),
            dt.date(2024, 5, 12),
        ),
    ],
)
def test_wire_dates(language: str, text: str, reference: dt.date, expected: dt.date) -> None:
    found = find_dates(text, reference=reference, language=language)
    assert [d.date for d in found] == [expected]
    assert found[0].precision == "day"


def test_claim_goes_to_the_branch_named_beside_its_parent() -> None:
    registry = load_registry()
    text = (
        'Ответственность за взрыв взяла на себя группировка "Исламское государство" '
        '- "Вилаят Хорасан".'
    )
    roles = {(a.actor_id, a.role) for a in find_actors(text, registry, language="ru")}
    assert ("ISKP", "claim") in roles
    assert ("IS", "claim") not in roles


def test_announcing_an_attack_is_a_claim_in_russian() -> None:
    registry = load_registry()
    text = 'Группировка "Фронт свободы Афганистана" заявила о нападении на пост талибов.'
    roles = {(a.actor_id, a.role) for a in find_actors(text, registry, language="ru")}
    assert ("AFF", "claim") in roles
