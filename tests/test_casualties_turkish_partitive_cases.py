"""Turkish: "N of them" keeps its count in the genitive, the subject of a reported clause
("saldırganların ikisinin de öldürüldüğünü"), and in the accusative ("beşini öldürdü")."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str) -> list[tuple[str, str, int | None]]:
    return [(m.outcome, m.group, m.quantity.best) for m in find_other(text, 0, "tr")]


def test_genitive_of_the_attackers_killed() -> None:
    assert _read("Yetkili, saldırganların ikisinin de vurularak öldürüldüğünü açıkladı.") == [
        ("killed", "attackers", 2)
    ]


def test_accusative_of_the_attackers_killed() -> None:
    assert _read("Özel kuvvetler saldırganların beşini öldürdü.") == [("killed", "attackers", 5)]


def test_a_genitive_count_without_a_casualty_word_is_nothing() -> None:
    assert _read("Saldırganların üçünün kimliği henüz belirlenemedi.") == []
