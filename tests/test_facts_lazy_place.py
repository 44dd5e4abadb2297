"""A sentence's place is read when first asked, once, and is the place the place readers give
for the sentence's text after the dateline, also after ``dataclasses.replace``."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from conflictdesk.extract.facts import Facts, read_sentence
from conflictdesk.extract.places import place_of
from conflictdesk.extract.sentences import Sentence
from conflictdesk.resolve.registry import load_registry


def _read(text: str, *, start: int = 0, body_start: int = 0, language: str = "en") -> Facts:
    return read_sentence(
        Sentence(0, start, start + len(text), text),
        load_registry(),
        language=language,
        reference=dt.date(2024, 5, 1),
        body_start=body_start,
    )


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb struck a police vehicle in Kandahar on Tuesday.",
        "Gunmen opened fire on a wedding party near Jalalabad, officials said.",
        "The spokesman gave no further details.",  # no place: None, read all the same
    ],
)
def test_place_is_read_when_asked_and_as_the_reader_gives_it(text: str) -> None:
    item = _read(text, start=40)
    assert item._place == []  # nothing read yet
    expected = place_of(text, load_registry(), offset=40)
    assert item.place == expected
    assert item._place == [expected]  # read once, remembered
    copy = dataclasses.replace(item, triggers=())
    assert copy.place == expected


def test_dateline_is_no_part_of_the_place_text() -> None:
    text = "KABUL, May 3 - Two shopkeepers were wounded in a grenade attack."
    body = text.index("Two")
    item = _read(text, body_start=body)
    assert item.place_source.text == text[body:]
    assert item.place_source.offset == body
    # the near miss: without a dateline the whole sentence is read
    assert _read(text).place_source.text == text


def test_a_place_found_keeps_document_offsets() -> None:
    text = "A suicide bomber attacked a mosque in Kunduz."
    item = _read(text, start=100)
    assert item.place is not None
    assert item.place == place_of(text, load_registry(), offset=100)
