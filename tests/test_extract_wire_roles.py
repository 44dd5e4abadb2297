"""Wire-report rules for the attack type, the sides and the target, in four languages.

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.classify import classify
from conflictdesk.extract.targets import choose
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # GTD: grenades and rockets used besides firearms make an armed assault
        ("en", "Gunmen fired rifles and a rocket-propelled grenade at the police post."),
        # a bare "explosion" word of the pack ranks below a named grenade
        ("ar", "أطلق المسلحون النار وألقوا قنبلة يدوية على الحاجز وسمع دوي انفجار قوي."),
    ],
)
def test_grenades_beside_firearms_are_an_armed_assault(language: str, text: str) -> None:
    hits = find_triggers(text, language=language, registry=load_registry())
    found = classify(hits, armed_target=True, prominent_target=False, casualties=True)
    assert found is not None
    assert (found.attack_type, found.weapon_type) == ("Armed Assault", "Firearms")


@pytest.mark.parametrize(
    ("language", "word"),
    [("ru", "Взрыв прогремел у ворот."), ("tr", "Patlama kapıda oldu."), ("ar", "وقع انفجار.")],
)
def test_pack_word_for_an_explosion_names_no_device(language: str, word: str) -> None:
    hits = find_triggers(word, language=language, registry=load_registry())
    assert [h.means for h in hits] == ["explosion"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two explosive vests, hand grenades and three rifles were found in the house."),
        ("ru", "Во время обыска в доме изъяли гранаты и пояс смертника."),
    ],
)
def test_weapons_found_are_no_means_of_attack(language: str, text: str) -> None:
    assert find_triggers(text, language=language, registry=load_registry()) == []


def test_russian_liquidated_makes_its_subject_the_agent() -> None:
    text = "Спецназ талибов ликвидировал в Кандагаре главаря ячейки боевиков."
    hits = find_actors(text, load_registry(), language="ru")
    assert [(h.actor_id, h.role) for h in hits] == [("TALIBAN", "agent")]


def test_turkish_branch_name_with_a_case_ending() -> None:
    text = "DEAŞ'ın Horasan koluna bağlı iki militan yakalandı."
    hits = find_actors(text, load_registry(), language="tr")
    assert [h.actor_id for h in hits] == ["ISKP"]


def _target(text: str) -> tuple[bool, bool]:
    found = choose(text, load_registry(), offset=0, trigger_at=None, exclude=[], date=None)
    assert found is not None
    return found.prominent, found.prominent_bombing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one office holder in Turkish: the shooting was aimed at him
        ("Camiden çıkan bir din alimi silahlı saldırıda öldürüldü.", (True, False)),
        # an Arabic police chief and a bomb fixed under his car
        ("قتل قائد شرطة المديرية بعبوة لاصقة ثبتت أسفل سيارته.", (True, True)),
        # the person killed "and his cousin": the person was the one aimed at
        (
            "A bomb stuck to a car killed a presenter at a small local radio station and his "
            "cousin.",
            (True, True),
        ),
        # "struck his car" told far after the official
        (
            "The deputy governor of a district in the east of the province was wounded and two "
            "of his guards were killed when a roadside bomb struck his car.",
            (True, True),
        ),
    ],
)
def test_attack_aimed_at_one_office_holder(text: str, expected: tuple[bool, bool]) -> None:
    assert _target(text) == expected
