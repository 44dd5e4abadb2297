"""Long-form analysis: a vague offset ("A few days later") dated from the narrative, and "the
<Name> bombing" read as an incident told already."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import dates, frames
from conflictdesk.extract.facts import Facts, read_sentence
from conflictdesk.extract.sentences import split_sentences
from conflictdesk.resolve.registry import load_registry

_TOLD = dt.date(2024, 3, 9)
_CEILING = dt.date(2025, 6, 1)


def _month_told(text: str, language: str = "en", told: dt.date = _TOLD) -> list[tuple[str, str]]:
    found = dates.find_dates(text, reference=told, language=language, ceiling=_CEILING)
    return [(str(d.date), d.precision) for d in found]


def test_a_few_days_later_takes_the_month_told() -> None:
    text = "A few days later the militia's radio station named a bridge as its next target."
    assert _month_told(text) == [("2024-03-01", "month")]
    assert _month_told("Birkaç gün sonra örgüt bir bildiri yayımladı.", "tr") == [
        ("2024-03-01", "month")
    ]


def test_a_few_days_later_is_no_date_in_a_report_or_late_in_a_month() -> None:
    text = "A few days later the militia's radio station named a bridge as its next target."
    assert dates.find_dates(text, reference=_TOLD, language="en") == []
    assert _month_told(text, told=dt.date(2024, 3, 27)) == []
    # not at the opening of the sentence: a revision of a toll, not the day of an event
    inside = "The army said nine had died; it raised the figure a few days later."
    assert _month_told(inside) == []


def _facts(text: str) -> Facts:
    sentence = split_sentences(text)[0]
    return read_sentence(
        sentence, load_registry(), language="en", reference=_TOLD, body_start=0, ceiling=_CEILING
    )


def test_an_incident_named_by_its_place_is_told_again() -> None:
    again = "Guards had called the depot safe; the Kunduz bombing proved them wrong."
    assert frames._named_by_place(_facts(again)) is True
    assert frames._mentioned_again(_facts(again)) is True


def test_a_deed_beside_a_place_name_or_a_day_is_not_a_back_reference() -> None:
    deed = "Guards had called the depot safe; the Kunduz police bombed a house nearby."
    assert frames._named_by_place(_facts(deed)) is False
    dated = "On 4 March the Kunduz bombing killed six guards at the depot."
    assert frames._named_by_place(_facts(dated)) is False
