"""Arabic: the group's spokesman saying its fighters killed N ("قال المتحدث باسمها ... إن
مقاتلي الحركة قتلوا 20 جنديا") gives a claim, which widens the range but is never the best
figure; an official's figure in the same words stays a count."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _relations(sentence: str) -> list[tuple[str, int | None]]:
    return [(m.relation, m.quantity.best) for m in find_casualties(sentence, language="ar")]


def test_spokesman_saying_its_fighters_killed_is_a_claim() -> None:
    sentence = "وقال المتحدث باسم الحركة في بيان إن مقاتلي الحركة قتلوا 15 شرطيا."
    assert _relations(sentence) == [("claim", 15)]


def test_spokesman_by_pronoun_is_a_claim() -> None:
    sentence = "وقال المتحدث باسمها في بيان إن مقاتلي الحركة قتلوا 9 جنود."
    assert _relations(sentence) == [("claim", 9)]


def test_official_giving_the_toll_is_a_count() -> None:
    sentence = "وقال المتحدث باسم الشرطة إن المسلحين قتلوا 15 شرطيا."
    assert _relations(sentence) == [("count", 15)]


def test_officials_spokesman_naming_the_attackers_is_a_count() -> None:
    sentence = "وقال المتحدث باسمه إن مسلحي طالبان قتلوا 9 جنود."
    assert _relations(sentence) == [("count", 9)]
