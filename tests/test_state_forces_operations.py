"""Unnamed forces that carried out an operation, in Arabic, Russian and Turkish, are the state;
an exchange of accusations between governments blames no group for the event."""

from __future__ import annotations

import pytest

from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.state_agents import names_state_agent
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    "text",
    [
        "قتل خمسة مسلحين في عملية أمنية نفذتها قوات الأمن في ولاية قندوز.",
        "وداهمت القوات الخاصة مخبأ في قرية نائية.",
        "Силовики накануне провели спецоперацию в провинции Кунар.",
        "Güvenlik güçlerinin köyde düzenlediği operasyonda iki şüpheli yakalandı.",
    ],
)
def test_forces_carrying_out_an_operation_are_the_state(text: str) -> None:
    assert names_state_agent(text)


@pytest.mark.parametrize(
    "text",
    [
        # the attackers were shot by the forces that answered: not the state's own operation
        "وقتل المهاجمون برصاص قوات الأمن بعد اشتباك استمر ساعة.",
        "Боевики атаковали пост, погибли трое силовиков.",
        "Saldırganlar güvenlik güçlerine ateş açtı.",
    ],
)
def test_forces_answering_or_attacked_are_not_the_acting_state(text: str) -> None:
    assert not names_state_agent(text)


def test_an_exchange_of_accusations_blames_no_group() -> None:
    text = "ويرى خبراء أن تبادل الاتهامات بين البلدين يعرقل مواجهة تنظيم داعش."
    hits = find_actors(text, load_registry(), language="ar")
    assert all(h.role != "attribution" for h in hits)


def test_the_finger_of_accusation_still_blames() -> None:
    text = "وقال مسؤول إن أصابع الاتهام تشير إلى تنظيم داعش."
    hits = find_actors(text, load_registry(), language="ar")
    assert [h.actor_id for h in hits if h.role == "attribution"] == ["IS"]
