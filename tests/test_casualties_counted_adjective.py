"""A count followed by an outcome adjective ("six injured miners", "four dead guards") tells
what happened to the counted people even when no verb takes them (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _tolls(sentence: str) -> list[tuple[str, int | None]]:
    found = find_casualties(sentence, language="en")
    return sorted((m.outcome, m.quantity.best) for m in found)


def test_wounded_beside_bodies_a_clinic_received() -> None:
    sentence = "A nurse said 7 bodies and five wounded villagers had been brought to the clinic."
    assert _tolls(sentence) == [("injured", 5), ("killed", 7)]


def test_counted_adjective_without_a_casualty_verb() -> None:
    sentence = "The blast left four dead guards and six injured miners at the gate."
    assert _tolls(sentence) == [("injured", 6), ("killed", 4)]


def test_a_verb_that_takes_the_group_wins() -> None:
    sentence = "Three injured farmers later died in the district hospital."
    assert _tolls(sentence) == [("killed", 3)]


def test_an_article_only_describes() -> None:
    sentence = "A truck carrying a wounded shepherd was stopped at the checkpoint."
    assert _tolls(sentence) == []
