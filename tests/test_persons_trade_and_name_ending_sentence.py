"""A name made a person by a trade in apposition ("Ghani Rasooli, a money-changer,") and a
name in apposition after an office noun that ends the sentence ("the head of mission, X.").

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, genre: str = "wire") -> set[str]:
    found = extract_text(
        text, document_id="t-trade", published=dt.date(2023, 6, 9), genre=genre, language="en"
    )
    return {p.name for e in found.events for p in e.persons}


def test_a_name_with_a_trade_in_apposition_is_a_person() -> None:
    text = (
        "HERAT, June 8 - Armed men abducted Ghani Rasooli, a money-changer, outside his shop "
        "in Herat city on Thursday, his relatives said."
    )
    assert "Ghani Rasooli" in _names(text)


def test_a_place_with_a_trade_word_later_is_no_person() -> None:
    text = (
        "HERAT, June 8 - Armed men abducted a shopkeeper in Herat city on Thursday, his "
        "relatives said; Herat City, a trading hub, has seen several such abductions."
    )
    assert "Herat City" not in _names(text)


def test_a_name_ending_the_sentence_after_an_office_noun_is_a_person() -> None:
    text = (
        "KABUL, June 8 - Gunmen opened fire on the embassy compound in Kabul on Thursday, "
        "trying to kill the head of mission, Rahim Gul Wardak. He was unhurt."
    )
    assert "Rahim Gul Wardak" in _names(text)


def test_words_after_the_office_noun_that_go_on_are_no_person() -> None:
    text = (
        "KANDAHAR, June 8 - A bomb killed two guards of the governor, Kandahar City Police "
        "said on Thursday."
    )
    assert not any(name.startswith("Kandahar") for name in _names(text))
