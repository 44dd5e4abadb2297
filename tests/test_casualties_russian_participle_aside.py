"""Russian: a participle phrase between commas ("его брат, сидевший за рулём,") stands between
a singular subject and its casualty verb and is stepped over (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(sentence: str) -> list[tuple[str, int | None, str]]:
    found = find_casualties(sentence, language="ru")
    return [(m.outcome, m.quantity.best, m.group) for m in found]


def test_the_brother_at_the_wheel_wounded() -> None:
    sentence = "Его брат, сидевший за рулём машины, получил ранение."
    assert _read(sentence) == [("injured", 1, "civilians")]


def test_the_guard_standing_at_the_gate_killed() -> None:
    sentence = "Охранник, стоявший у ворот, погиб."
    assert _read(sentence) == [("killed", 1, "security")]


def test_not_counting_the_attacker_is_no_participle() -> None:
    sentence = "Погибли двое, не считая нападавшего, который был убит на месте."
    assert ("killed", 1, "civilians") not in _read(sentence)


def test_the_leader_among_them_described_in_a_second_aside() -> None:
    sentence = (
        "Трое боевиков, в том числе их командир, известный по прозвищу Кари Саид, "
        "были ликвидированы при штурме дома."
    )
    assert [(o, n) for o, n, _ in _read(sentence)] == [("killed", 3)]
