"""Turkish and Arabic: a diplomat, ambassador, chargé d'affaires or consul told wounded or
killed is one of the side attacked, as an official is. Sentences written for these tests."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(text: str, language: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.group) for m in find_casualties(text, language=language)]


def test_a_turkish_charge_d_affaires_wounded() -> None:
    assert _read("Maslahatgüzar yaralandı.", "tr") == [("injured", 1, "target_side")]


def test_an_arabic_consul_killed() -> None:
    assert _read("وقتل القنصل في الهجوم.", "ar") == [("killed", 1, "target_side")]


def test_an_embassy_is_no_person() -> None:
    assert _read("Büyükelçilik hasar gördü.", "tr") == []
