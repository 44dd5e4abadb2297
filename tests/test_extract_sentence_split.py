"""The sentence splitter gives spaCy's sentencizer's sentences without running spaCy per block."""

from __future__ import annotations

import random

import pytest

from conflictdesk.extract import sentences
from conflictdesk.extract.sentences import split_sentences


def _spacy(block: str) -> list[tuple[int, int]]:
    doc = sentences._pipeline()(block)
    return [(sent.start_char, sent.end_char) for sent in doc.sents]


EDGE_CASES = [
    "Dr. Karimi met Mr. Shah in the U.S. The talks ended.",
    "It happened on Jan. 5 at 10 a.m. in Kabul. Police said.",
    'He said: "It is over." Then he left. (The police came.) Nobody spoke.',
    "'Enough.' The crowd left... Many stayed... \"Why?\" one asked!",
    "Wait... what?! No way?! Yes.",
    "قُتل خمسة أشخاص؟ نعم. قال المسؤولون ذلك۔ ثم غادروا.",
    "یہ حملہ کابل میں ہوا۔ پولیس نے کہا؟ ہاں۔",
    "First line.\nSecond line.\n\nThird  line.  Fourth.\t Fifth",
    "Lt.-Gen. Ahmadi and Maj. Karimi (a.k.a. the Lion) arrived. e.g. this.",
    "The toll rose to 1.5 thousand. 3.14 is pi. U.N. officials left. a.m. The end.",
    "Smile :) said he. Or :-) maybe. It's 'bout time ;D ok. He wasn' t there.",
    "Tokyo。Next！Then？End．",
    "A\u00a0non-breaking space. And\u2028a line separator. Done\u0085here.",
    "Stop 𑁇 astral stop. And 😀 emoji. End",
    "x",
    ".",
    "...",
    "?!",
    ". . . .",
    '"Quote." "Another." (Bracket.) [Square.] End',
]


@pytest.mark.parametrize("block", EDGE_CASES)
def test_sentences_as_spacy_splits_them(block: str) -> None:
    assert sentences._splitter().spans(block) == _spacy(block)


def test_random_blocks_as_spacy_splits_them() -> None:
    pieces = [
        "Dr.", "U.S.", "Jan.", "Lt.", "a.k.a.", "e.g.", "a.m.", '"', "'", "''", "(", ")", "...",
        "؟", "۔", "!", "?", ".", ",", ":", ":)", "'s", "’s", "’", "word", "The", "10", "—",
        "\n", "\n\n", "  ", "\t", "\xa0", "قتل", "Кабул.", ".”", "“", "'The", "(The", ";D",
        "o", "D", "°C", "。", "𑁇", "😀",
    ]  # fmt: skip
    rng = random.Random(7)
    splitter = sentences._splitter()
    for _ in range(3000):
        parts = []
        for _ in range(rng.randint(1, 20)):
            parts += [rng.choice(pieces), rng.choice([" ", " ", "", "  ", "\n"])]
        block = "".join(parts).strip()
        if block:
            assert splitter.spans(block) == _spacy(block), block


def test_a_block_where_a_special_case_might_join_two_pieces_goes_through_spacy() -> None:
    splitter = sentences._splitter()
    block = "The base; Dushanbe said. It ended."
    assert splitter._joined(block)  # ";D" is a special case: spaCy reads this block itself
    assert splitter.spans(block) == _spacy(block)
    assert not splitter._joined("The base. Dushanbe said. It ended.")


def test_split_sentences_keeps_offsets_and_abbreviation_splits() -> None:
    text = "Troops of the U.S. The Taliban said.\n\n# Heading\nA blast. Lt. Col. Shah spoke."
    found = split_sentences(text)
    assert [s.text for s in found] == [
        "Troops of the U.S.",
        "The Taliban said.",
        "# Heading\nA blast.",
        "Lt. Col. Shah spoke.",
    ]
    assert all(text[s.start : s.end] == s.text for s in found)
    assert [s.index for s in found] == list(range(len(found)))
