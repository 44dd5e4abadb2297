"""Russian: a singular "получил(а) ранение/ранения" (received a wound) is one wounded person,
and a son or brother is a civilian noun (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _injured(sentence: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, language="ru")
    return [(m.quantity.best, m.group) for m in found if m.outcome == "injured"]


def test_a_guard_received_a_grave_wound() -> None:
    assert _injured("Охранник школы получил тяжёлое ранение.") == [(1, "security")]


def test_a_reporter_received_wounds() -> None:
    assert _injured("Журналистка получила ранения в перестрелке.") == [(1, "civilians")]


def test_his_brother_wounded() -> None:
    assert _injured("Ранен его брат.") == [(1, "civilians")]


def test_a_plural_verb_keeps_its_figure() -> None:
    assert _injured("Пять полицейских получили ранения.") == [(5, "security")]
