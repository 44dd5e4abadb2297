"""Turkish "aralarında X'in de bulunduğu N kişi" (N people, X among them): the relative clause
that "among them" opens is headed by the figure, which is the whole count, not a part of an
earlier one (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _read(sentence: str) -> list[tuple[str, int | None, str]]:
    found = find_casualties(sentence, language="tr")
    return [(m.outcome, m.quantity.best, m.relation) for m in found]


def test_wounded_with_students_among_them() -> None:
    sentence = "Yetkili, aralarında öğrencilerin de olduğu 12 kişinin yaralandığını söyledi."
    assert _read(sentence) == [("injured", 12, "count")]


def test_wounded_with_guards_among_them() -> None:
    sentence = "Pazardaki patlamada aralarında bekçilerin de bulunduğu 8 kişi yaralandı."
    assert _read(sentence) == [("injured", 8, "count")]


def test_a_part_after_the_count_stays_a_part() -> None:
    sentence = "Saldırıda 6 kişi öldü, ölenler arasında 2 çocuk var."
    assert ("killed", 2, "subset") in _read(sentence)
