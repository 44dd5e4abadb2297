"""A name read without a place word is a person's when a speaker frame opens it or a Russian
given name precedes it; a district's name is a common Afghan surname.

The sentences are invented for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _admin1(text: str) -> str | None:
    fix = place_of(text, load_registry(), loose=True)
    return None if fix is None else fix.admin1


def test_surname_after_a_given_name_is_no_place() -> None:
    assert _admin1("Об этом журналистам рассказал Самиулла Задран из полиции.") is None


def test_name_after_according_to_is_a_speaker() -> None:
    assert _admin1("По словам Задрана, машина стояла у рынка.") is None


def test_place_with_a_locative_word_stays() -> None:
    assert _admin1("Самиулла сообщил, что взрыв произошёл в Кабуле.") == "Kabul"


def test_first_word_of_a_sentence_is_no_given_name() -> None:
    assert _admin1("Губернатор Кундуза выступил перед старейшинами.") == "Kunduz"
