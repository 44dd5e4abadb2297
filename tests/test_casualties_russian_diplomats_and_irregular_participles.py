"""Russian: a diplomat told wounded or killed is one person of the side attacked ("Консул
ранен"), and a participle phrase of an irregular or reflexive verb between a person and the
verb ("внук, шедший рядом, ранен"; "охранник, находившийся у ворот, погиб") is stepped over.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int | None, str]]:
    return [(m.outcome, m.quantity.best, m.group) for m in find_casualties(text, language="ru")]


def test_a_diplomat_wounded_is_one() -> None:
    assert _read("Консул ранен, его охранник погиб.") == [
        ("injured", 1, "target_side"),
        ("killed", 1, "security"),
    ]


def test_diplomats_unharmed_count_no_one() -> None:
    assert _read("Дипломаты не пострадали.") == []


def test_an_irregular_participle_phrase_is_stepped_over() -> None:
    assert _read("Его племянник, шедший рядом, ранен в руку.") == [("injured", 1, "civilians")]


def test_a_reflexive_participle_phrase_is_stepped_over() -> None:
    assert _read("Охранник, находившийся у ворот, погиб.") == [("killed", 1, "security")]


def test_a_plural_subject_behind_the_phrase_is_not_one() -> None:
    assert _read("Охранники, находившиеся у ворот, погибли.") == []
