"""Targets, sides and general statements of wire reports in four languages.

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.caseless import Caseless
from conflictdesk.extract.lexicon_en import GENERAL_CUES
from conflictdesk.extract.targets import choose
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


def _target(text: str) -> tuple[str | None, str, bool] | None:
    found = choose(
        text, load_registry(), offset=0, trigger_at=None, exclude=[], date=dt.date(2020, 5, 1)
    )
    return None if found is None else (found.target, found.target_type, found.prominent)


def test_the_subject_of_a_passive_killing_is_the_target_not_an_attacker() -> None:
    # "was" between a noun and the verb makes a passive: the reporter is who was killed
    found = _target("A local reporter was killed on Monday when a bomb went off near a market.")
    assert found is not None
    assert found[:2] == ("reporter", "Journalists & Media")
    # a body named inside the passive's subject is not its subject
    found = _target("A judge of the appeals court was shot dead outside the building.")
    assert found is not None
    assert (found[0], found[2]) == ("judge", True)


@pytest.mark.parametrize(
    "text",
    [
        # the governor's office speaks through its spokesman; the scholar's car was fired on
        "По словам представителя губернатора, двое боевиков открыли огонь по машине богослова.",
        "وقال المتحدث باسم حاكم الولاية إن مسلحين أطلقوا النار على سيارة إمام المسجد.",
    ],
)
def test_the_office_a_spokesman_speaks_for_is_no_target(text: str) -> None:
    found = _target(text)
    assert found is not None
    assert found[1] == "Religious Figures/Institutions"


def test_a_turkish_sentence_opened_by_a_ministry_that_speaks_names_no_target() -> None:
    text = "İçişleri Bakanlığı, patlamanın bir intihar saldırganı tarafından yapıldığını açıkladı."
    assert _target(text) is None


def test_the_dead_a_turkish_memorial_is_held_for_is_no_target() -> None:
    text = (
        "Eski vali Ahmet Kaya'nın ölüm yıl dönümü için düzenlenen anma töreninde bir bomba patladı."
    )
    found = _target(text)
    assert found is None or found[1] != "Government (General)"


def test_the_head_of_a_council_of_scholars_is_one_prominent_person() -> None:
    found = _target("Глава совета улемов провинции убит во вторник.")
    assert found is not None
    assert found[2] is True


@pytest.mark.parametrize(
    "text",
    [
        "Bölgede yetkililere yönelik saldırılar son yıllarda artış gösterdi.",
        "Город стал ареной почти ежедневных нападений на посты.",
        "وتتهم الحكومة جارتها منذ سنوات بقصف القرى الحدودية.",
        "The valley has seen intermittent clashes between the two sides.",
        # recent months, as the years forms: the scene before the example of it
        "Южные уезды в последние месяцы стали местом частых столкновений.",
        "Sınır boyundaki karakollar son aylarda hedef alındı.",
        "وشهدت المنطقة في الأشهر الأخيرة اشتباكات متفرقة.",
    ],
)
def test_a_pattern_over_time_is_a_general_statement(text: str) -> None:
    assert Caseless(GENERAL_CUES).search(text) is not None


def test_rockets_named_in_russian_are_shelling() -> None:
    hits = find_triggers(
        "Несколько снарядов упали в окрестностях города.",
        language="ru",
        registry=load_registry(),
    )
    assert [h.means for h in hits] == ["shelling"]


def test_soldiers_attacked_across_the_border_belong_to_that_state() -> None:
    text = (
        "PESHAWAR, Pakistan, May 4 (Test Wire) - Militants attacked a military checkpoint in "
        "Bajaur district of Pakistan on Sunday, killing four soldiers, officials said."
    )
    events = extract_text(text, published=dt.date(2024, 5, 4)).events
    assert events
    assert events[0].actor2 == "PAKISTAN"


def test_the_state_shells_are_fired_from_is_the_attacker() -> None:
    text = (
        "ASADABAD, Afghanistan, May 4 (Test Wire) - Mortar shells fired from Pakistan landed on "
        "houses in Kunar province on Sunday, killing three civilians, officials said."
    )
    events = extract_text(text, published=dt.date(2025, 5, 4)).events
    assert events
    assert events[0].actor1 == "PAKISTAN"


@pytest.mark.parametrize(
    "text",
    [
        "The two groups have stepped up small-scale attacks in the north this year.",
        "Insurgents intensified their attacks on convoys over the summer.",
        "Боевики активизировали нападения на блокпосты этой весной.",
        "Militanlar bu yıl saldırılarını artırdı.",
        "وصعّدت الجماعة من هجماتها في الشمال هذا العام.",
        "The bombing was the latest in a wave of attacks in the capital since September.",
        "The intelligence service has mounted a string of raids on hideouts this year.",
        "The clash came amid rising tension over water rights.",
        "Взрыв стал частью волны терактов в столице.",
        "Kentte son haftalarda bir dizi saldırı düzenlendi.",
        "ويأتي الاشتباك وسط توتر متصاعد بين البلدين.",
    ],
)
def test_a_trend_in_attacks_is_a_general_statement(text: str) -> None:
    assert Caseless(GENERAL_CUES).search(text) is not None


def test_a_wave_of_attacks_that_names_them_is_not_only_general() -> None:
    text = "A wave of attacks followed, including the bombing of the airport gate in August."
    assert Caseless(GENERAL_CUES).search(text) is None


def test_a_trend_in_attacks_does_not_become_an_event() -> None:
    text = (
        "TALOQAN, Sept 16 (Test Wire) - A bomb killed a district governor in Takhar on Tuesday, "
        "officials said.\n\nTwo armed groups have stepped up small-scale attacks in the "
        "northeast this year."
    )
    events = extract_text(text, published=dt.date(2025, 9, 16)).events
    assert len(events) == 1
