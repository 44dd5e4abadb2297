"""A later figure that tells again people a report already counted (invented sentences):
one person of no group after a larger toll, fewer of a group named with "the", and a group
counted again beside a new one; and a group's assertion of what its own men did."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of
from conflictdesk.model import Casualties


def _killed(sentences: list[str], language: str = "en") -> Casualties:
    return totals_of(sentences, language).fatalities


def _injured(sentences: list[str], language: str = "en") -> Casualties:
    return totals_of(sentences, language).injuries


def test_one_of_the_wounded_is_no_toll_of_one() -> None:
    wounded = _injured(
        [
            "По данным полиции, около 40 человек получили ранения.",
            "«Всё горело», — рассказал один из раненых.",
        ],
        "ru",
    )
    assert wounded.best == 40


def test_one_person_without_a_group_is_one_of_the_dead() -> None:
    killed = _killed(
        [
            "Saldırıda 14 sivil hayatını kaybetti.",
            "Kulüp, oyuncuların bir akşam yemeğinde hayatını kaybettiğini açıkladı.",
        ],
        "tr",
    )
    assert killed.best == 14


def test_one_person_of_a_group_after_unnamed_dead_is_one_more() -> None:
    killed = _killed(
        [
            "قتلت القوات ثلاثة مسلحين في العملية.",
            "واعترف المتحدث بمقتل عنصر من القوات الخاصة.",
        ],
        "ar",
    )
    assert killed.best == 4


def test_fewer_named_with_the_are_some_of_the_group() -> None:
    killed = _killed(
        [
            "Six police officers were killed in the attack.",
            "The embassy said the two Spanish officers had been killed.",
        ]
    )
    assert (killed.low, killed.best) == (6, 6)


def test_fewer_without_the_still_revise_the_group() -> None:
    killed = _killed(
        [
            "Six police officers were killed in the attack.",
            "Officials later said two police officers had been killed.",
        ]
    )
    assert killed.best == 2


def test_arabic_definite_dual_is_part_of_the_dead() -> None:
    killed = _killed(
        [
            "قُتل شرطيان إسبانيان وأربعة من عناصر الشرطة الأفغانية في هجوم على السفارة.",
            "وأكد رئيس الحكومة مقتل الشرطيين الإسبانيين.",
        ],
        "ar",
    )
    assert killed.best == 6


def test_group_counted_again_beside_a_new_one() -> None:
    killed = _killed(
        [
            "Vilayette bir karakola düzenlenen saldırıda 9 polis hayatını kaybetti.",
            "Sözcü, 9 polisin öldüğünü, 5 Taliban militanının da öldürüldüğünü söyledi.",
        ],
        "tr",
    )
    assert (killed.low, killed.best) == (14, 14)


def test_group_revised_beside_a_new_one() -> None:
    killed = _killed(
        [
            "Four soldiers were killed, officials said.",
            "By evening the army said seven soldiers and two civilians had been killed.",
        ]
    )
    assert killed.best == 9


def test_a_driver_beside_a_named_victim_is_one_more() -> None:
    killed = _killed(
        [
            "The district governor was killed by a bomb on Monday.",
            "Mawlawi Karim Sadiq and his driver died at the scene.",
        ]
    )
    assert killed.best == 2


def test_russian_assertion_of_its_own_men_is_a_claim() -> None:
    killed = _killed(["По утверждению Фронта, его бойцы уничтожили девять полицейских."], "ru")
    assert killed.best is None  # a toll only the group claims gives no figure


def test_russian_assertion_of_officials_is_a_count() -> None:
    killed = _killed(["По утверждению полиции, в результате взрыва погибли девять человек."], "ru")
    assert killed.best == 9
