"""Rules on perpetrators, the side attacked and the people an event concerns, each read from
a general way reports are written.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _events(text: str, language: str = "en", genre: str = "wire") -> list[object]:
    found = extract_text(
        text,
        document_id="t-hactors",
        published=dt.date(2024, 5, 8),
        genre=genre,
        language=language,
    )
    return list(found.events)


def _names(text: str, language: str = "en") -> set[str]:
    return {p.name for e in _events(text, language) for p in e.persons}  # type: ignore[attr-defined]


def test_victim_whose_fate_a_speaker_reports_is_not_the_speaker() -> None:
    # "X, was hit ... and died ..., said Y": the aside after X is what befell X, not an
    # apposition closed before X's own "said"
    text = (
        "MAZAR-I-SHARIF, May 8 (Test Wire) - Gunmen shot dead a district judge in Balkh "
        "province on Tuesday, officials said. The judge, Mawlawi Rahmatullah Sadiqi, was "
        "struck twice in the neck and died in the ambulance, said Karim Danish, a police "
        "spokesman."
    )
    assert "Rahmatullah Sadiqi" in _names(text)
