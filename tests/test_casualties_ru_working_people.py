"""Russian nouns of people at work struck by an attack (invented sentences): a driver, a
loader, a passenger wounded alone count one each."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _injured(sentence: str) -> list[tuple[str, int | None]]:
    return [
        (m.group, m.quantity.best)
        for m in find_casualties(sentence, language="ru")
        if m.outcome == "injured"
    ]


def test_a_driver_and_a_loader_wounded() -> None:
    assert _injured("Водитель автобуса получил ранение в ногу.") == [("civilians", 1)]
    assert _injured("Охранник погиб, грузчик ранен в руку.") == [("civilians", 1)]


def test_a_driver_unhurt_is_no_casualty() -> None:
    assert _injured("Водитель грузовика уехал с места до взрыва.") == []
