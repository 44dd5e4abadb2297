"""Casualty figures in Turkish, Russian and Arabic sentences written for these tests."""

from __future__ import annotations

import pytest

from conflictdesk.extract.casualties import CasualtyMention, find_casualties


def _read(text: str, language: str) -> list[tuple[str, int | None, str, str]]:
    found: list[CasualtyMention] = find_casualties(text, language=language)
    return [(m.outcome, m.quantity.best, m.group, m.relation) for m in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (  # the figure stands before its verb, within its clause
            "tr",
            "Herat'ta bir pazarda patlayan bombada en az 9 kişi öldü, 23 kişi yaralandı.",
            [("killed", 9, "unknown", "count"), ("injured", 23, "unknown", "count")],
        ),
        (  # a toll that rose
            "tr",
            "Saldırıda hayatını kaybedenlerin sayısı 14'e yükseldi.",
            [("killed", 14, "unknown", "revision")],
        ),
        (  # "hayatını" is one person's life
            "tr",
            "Bir çoban da saldırıda hayatını kaybetti.",
            [("killed", 1, "unknown", "count")],
        ),
        (
            "ru",
            "Не менее 12 человек погибли и 30 получили ранения при взрыве на рынке.",
            [("killed", 12, "unknown", "count"), ("injured", 30, "unknown", "count")],
        ),
        (  # a singular verb names one attacker
            "ru",
            "Нападавший погиб на месте.",
            [("killed", 1, "attackers", "count")],
        ),
        (  # the toll phrase far from the figure, in one clause
            "ru",
            "Число погибших при обстреле рынка в центре города в среду возросло до 17.",
            [("killed", 17, "unknown", "revision")],
        ),
        (  # the figure after its verb; short-vowel marks do not hide the verb
            "ar",
            "قُتل 9 أشخاص وأصيب 15 آخرون في انفجار سيارة مفخخة.",
            [("killed", 9, "unknown", "count"), ("injured", 15, "unknown", "count")],
        ),
        (  # a dual noun is two
            "ar",
            "وقُتل المسلحان في تبادل لإطلاق النار.",
            [("killed", 2, "attackers", "count")],
        ),
        (  # a toll given as a list adds up
            "ar",
            "ارتفعت حصيلة الهجوم على السوق إلى 20 قتيلاً مدنياً و4 جنود.",
            [("killed", 24, "civilians", "revision")],
        ),
    ],
)
def test_figures_and_groups(
    language: str, text: str, expected: list[tuple[str, int | None, str, str]]
) -> None:
    assert _read(text, language) == expected


def test_superseded_figures_are_marked() -> None:
    for language, text in (
        ("tr", "Yetkililer ilk olarak 4 kişinin öldüğünü açıklamıştı."),
        ("ru", "Ранее власти сообщали о трёх погибших."),
        ("ar", "وكانت الشرطة قد أعلنت في البداية مقتل 5 أشخاص."),
    ):
        found = find_casualties(text, language=language)
        assert found, text
        assert all(m.earlier for m in found), text


def test_attackers_left_out_of_a_toll_count() -> None:
    for language, text in (
        ("tr", "Ölü sayısına saldırgan dahil değil."),
        ("ru", "Погибли семь человек, не считая смертника."),
        ("ar", "ولا تشمل الحصيلة الانتحاري."),
    ):
        found = find_casualties(text, language=language)
        attackers = [m for m in found if m.group == "attackers" and m.outcome == "killed"]
        assert [m.quantity.best for m in attackers] == [1], text


def test_others_far_after_the_verb_count_as_more() -> None:
    found = find_casualties("قُتل قائد الشرطة في المدينة واثنان آخران من حراسه.", language="ar")
    assert [(m.quantity.best, m.more) for m in found] == [(1, False), (2, True)]


def test_explicit_zero() -> None:
    # "nobody was wounded" is a zero for the wounded only
    assert sorted(_read("Patlamada kimse yaralanmadı.", "tr")) == [
        ("injured", 0, "unknown", "count"),
    ]
