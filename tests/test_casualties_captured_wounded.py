"""An attacker taken wounded is one of the wounded (attackers count), in Turkish and Russian,
though no figure stands beside the wound (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _injured(sentence: str, language: str) -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, language=language)
    return [(m.quantity.best, m.group) for m in found if m.outcome == "injured"]


def test_turkish_one_of_the_attackers_caught_wounded() -> None:
    sentence = "Militanlardan biri yaralı olarak yakalandı, diğerleri kaçtı."
    assert _injured(sentence, "tr") == [(1, "attackers")]


def test_turkish_beside_a_counted_wound() -> None:
    sentence = "Sözcü, 2 bekçinin yaralandığını, saldırganlardan birinin de yaralı olarak ele "
    sentence += "geçirildiğini söyledi."
    assert sorted(_injured(sentence, "tr")) == [(1, "attackers"), (2, "security")]


def test_russian_the_second_detained_wounded() -> None:
    sentence = "Один боевик убит, второй задержан с ранением."
    assert _injured(sentence, "ru") == [(1, "attackers")]


def test_russian_he_is_wounded_after_the_arrest() -> None:
    sentence = "Одного из нападавших задержали у рынка, он ранен в плечо."
    assert _injured(sentence, "ru") == [(1, "attackers")]


def test_russian_a_wounded_policeman_is_no_attacker() -> None:
    sentence = "Полицейский задержан с ранением после драки."
    assert _injured(sentence, "ru") != [(1, "attackers")]
