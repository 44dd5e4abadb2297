"""Russian: a statement in the group's own words ("оккупанты", "мученическая операция") is
its claim also when those words stand inside the quotation, not at its start ("заявил по
телефону, что были «уничтожены пять иностранных оккупантов»"); a quotation without them is
no claim."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _relations(text: str) -> list[tuple[int | None, str]]:
    return [
        (m.quantity.best, m.relation) for m in find_other(text, 0, "ru") if m.outcome == "killed"
    ]


def test_the_group_word_inside_the_quotation() -> None:
    text = (
        "Представитель боевиков заявил по телефону журналистам, что при нападении были "
        "«уничтожены пять иностранных оккупантов»."
    )
    assert _relations(text) == [(5, "claim")]


def test_a_quotation_without_the_group_words_is_no_claim() -> None:
    # near miss: the governor quoted, in plain words
    text = (
        "Губернатор заявил по телефону журналистам, что при нападении были "
        "«убиты пять полицейских»."
    )
    assert all(relation != "claim" for _, relation in _relations(text))
