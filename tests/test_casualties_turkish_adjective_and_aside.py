"""Turkish lists of the dead: a noun after its figure and an adjective ("3 İspanyol turist ile
3 Afgan") is a figure of its own, and an aside saying what some of the next figure's people
were ("ile biri tur rehberi 3 Afgan") does not break the list."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(text: str) -> int:
    return sum(
        m.quantity.best or 0 for m in find_casualties(text, language="tr") if m.outcome == "killed"
    )


def test_a_figure_adjective_and_noun_joined_by_ile_adds_up() -> None:
    assert _killed("Polis, saldırıda 4 Alman mühendis ile 2 Afgan'ın öldüğünü açıkladı.") == 6


def test_an_aside_on_one_of_the_next_figures_people_keeps_the_list() -> None:
    text = "Polis, saldırıda 4 Alman mühendis ile biri şoför 2 Afgan'ın öldüğünü açıkladı."
    assert _killed(text) == 6


def test_a_governor_with_his_two_guards_is_still_three() -> None:
    # near miss: a named man and "ile" before his own people, no figure before the noun
    assert _killed("Polis, Vali Rahimi ile iki korumasının öldüğünü açıkladı.") == 3
