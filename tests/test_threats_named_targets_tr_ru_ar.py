"""Threats that name a target in Turkish, Russian and Arabic long-form: "hedef gösterildi",
"названо «законной целью»", "تتوعد ... «الهدف القادم»" are threat words of the pack."""

from __future__ import annotations

from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


def _means(text: str, language: str) -> list[str]:
    return [h.means for h in find_triggers(text, language=language, registry=load_registry())]


def test_turkish_shown_as_a_target_is_a_threat() -> None:
    text = "Grubun bildirisinde bir ülkenin Kabil Büyükelçiliği açıkça hedef gösterildi."
    assert "threat" in _means(text, "tr")
    assert "threat" in _means("Örgüt elçiliği meşru hedef ilan etti.", "tr")


def test_turkish_aim_of_a_policy_is_no_threat() -> None:
    # near miss: "hedef" as a policy goal
    assert "threat" not in _means("Hükümetin hedefi yeni okullar açmaktır.", "tr")


def test_russian_lawful_target_is_a_threat() -> None:
    text = "В обращении посольство было названо «законной целью» боевиков."
    assert "threat" in _means(text, "ru")


def test_russian_goal_of_a_visit_is_no_threat() -> None:
    # near miss: "цель" as the purpose of a visit
    assert "threat" not in _means("Целью визита министра было обсуждение торговли.", "ru")


def test_arabic_vow_and_next_target_are_a_threat() -> None:
    text = "نشرت مؤسسة موالية للتنظيم ملصقا يتوعد السفارات بأن تكون «الهدف القادم»."
    assert "threat" in _means(text, "ar")


def test_arabic_aim_of_talks_is_no_threat() -> None:
    # near miss: "الهدف" as the aim of talks
    assert "threat" not in _means("كان الهدف من المحادثات تعزيز التجارة بين البلدين.", "ar")
