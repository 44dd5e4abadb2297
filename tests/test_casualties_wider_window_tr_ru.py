"""Turkish and Russian put more words between a figure and its outcome verb than Arabic: a
figure five tokens before the verb is still its own (sentences written for these tests)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _figures(text: str, language: str) -> list[tuple[str, int | None]]:
    return [(m.outcome, m.quantity.best) for m in find_casualties(text, language=language)]


def test_turkish_figure_five_words_before_its_verb() -> None:
    text = "Patlamada iki Afgan güvenlik görevlisi hafif yaralandı."
    assert ("injured", 2) in _figures(text, "tr")


def test_russian_figure_five_words_before_its_verb() -> None:
    text = "В результате взрыва трое сотрудников отдела местной полиции погибли."
    assert ("killed", 3) in _figures(text, "ru")


def test_a_figure_in_another_clause_stays_out() -> None:
    text = "Вчера задержали пятерых. Сотрудники районного отдела местной полиции погибли."
    assert ("killed", 5) not in _figures(text, "ru")
