"""A report's toll across sentences: "both" names a pair told before, never the toll told
again, and a Russian statement in the imperfective past ("говорила о ...") is a figure the
report has superseded (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of


def _deaths(sentences: list[str], language: str) -> tuple[int | None, int | None]:
    found = totals_of(sentences, language).fatalities
    return found.low, found.best


def test_both_is_not_the_toll_told_again() -> None:
    sentences = [
        "Seventeen guests died when the wedding hall was attacked, officials said.",
        "Two armed men had entered the hall through the kitchen.",
        "Both were shot dead by the guards.",
    ]
    assert _deaths(sentences, "en")[1] == 19  # the two gunmen besides the guests, not 2


def test_a_plain_count_still_restates_the_toll() -> None:
    sentences = [
        "Four people died when a mine exploded under a bus, police said.",
        "Hospital staff later said six people had been killed.",
    ]
    assert _deaths(sentences, "en") == (4, 6)


def test_russian_both_after_a_toll() -> None:
    sentences = [
        "Число погибших при взрыве на рынке возросло до 12 человек.",
        "Двое охранников пытались остановить грузовик.",
        "Оба были убиты на месте.",
    ]
    assert _deaths(sentences, "ru")[1] == 12


def test_russian_imperfective_statement_is_superseded() -> None:
    sentences = [
        "Число погибших при обстреле рынка возросло до 14 человек.",
        "Утром полиция говорила о девяти погибших.",
    ]
    assert _deaths(sentences, "ru") == (9, 14)


def test_russian_perfective_statement_is_current() -> None:
    sentences = [
        "При обстреле рынка погибли девять человек.",
        "Позже полиция сообщила о 14 погибших.",
    ]
    assert _deaths(sentences, "ru") == (9, 14)
