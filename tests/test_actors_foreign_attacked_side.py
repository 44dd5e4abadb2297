"""Russian, Arabic and Turkish: the armed group named as the side an attack fell on (the
owner of the post or column attacked, the people killed) is the one acted upon."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str, language: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry(), language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ночью неизвестные атаковали блокпост движения «Талибан» на трассе у Пули-Хумри.", "ru"),
        ("В понедельник вооружённые люди напали на колонну талибов в горах.", "ru"),
        ("Местные жители рассказали, что при взрыве погибли трое талибов.", "ru"),
        ("وشن مسلحون مجهولون هجوما على نقطة تفتيش لطالبان في ضواحي المدينة.", "ar"),
        ("Kimliği belirsiz silahlı kişiler Taliban'a ait bir kontrol noktasına saldırdı.", "tr"),
        ("Silahlı grup, Taliban güçlerine yönelik bir pusu kurdu.", "tr"),
    ],
)
def test_the_group_attacked_is_acted_upon(text: str, language: str) -> None:
    assert ("TALIBAN", "patient") in _roles(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the subject after its verb, in the nominative: the attackers
        ("Ночью блокпост на трассе атаковали боевики движения «Талибан».", "ru"),
        # what a group does in general, not this attack
        ("كما تستهدف طالبان مواقع خصومها في الشمال منذ أشهر.", "ar"),
        # a denial of any link to the attack: no side acted upon
        ("Taliban sözcüsü, örgütün saldırıyla ilgisi olmadığını söyledi.", "tr"),
    ],
)
def test_near_misses_are_not_acted_upon(text: str, language: str) -> None:
    assert all(role != "patient" for _, role in _roles(text, language))
