"""Narrative dates: a day counted from the event just told outranks a weekday resolved against
the publication day, and a heading that names one year sets the narrative's clock."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _dates(text: str, published: dt.date) -> list[dt.date | None]:
    events = extract_text(text, published=published, genre="analysis", language="en").events
    return [e.event_date for e in events]


_FIRST = (
    "On 4 November 2030 a suicide bomber attacked the Qala mosque in Herat city during the "
    "noon prayer, killing 12 worshippers."
)


def test_a_week_later_dates_the_attack_whatever_weekday_its_prayers_fell_on() -> None:
    text = (
        f"{_FIRST} A week later, two gunmen attacked the Imam Bargah mosque in Kandahar city "
        "during Friday prayers, killing nine people."
    )
    assert _dates(text, dt.date(2031, 6, 2)) == [dt.date(2030, 11, 4), dt.date(2030, 11, 11)]


def test_a_weekday_still_dates_an_attack_told_without_a_counted_offset() -> None:
    # near miss: no "later" opener, so Friday is read as the narrative reads it today
    text = f"{_FIRST} Gunmen attacked the Imam Bargah mosque in Kandahar city on Friday."
    dates = _dates(text, dt.date(2031, 6, 2))
    assert dates[0] == dt.date(2030, 11, 4)
    assert dates[1] != dt.date(2030, 11, 11)


_REVIEW = (
    "{title}\n\n"
    "January: a bad start\n\n"
    "The year began with bloodshed. On 3 January, a bomb tore through a bus in Kabul's "
    "Dasht-e Barchi, killing seven passengers."
)


def test_a_title_naming_the_year_under_review_places_its_january() -> None:
    text = _REVIEW.format(title="2030 in review: a hard year for the Taliban")
    assert _dates(text, dt.date(2031, 1, 6)) == [dt.date(2030, 1, 3)]


def test_a_title_with_a_year_only_after_since_does_not_move_the_clock() -> None:
    # near miss: "since 2021" bounds a period; the January nearest publication stands
    text = _REVIEW.format(title="Ten years of attacks since 2021")
    assert _dates(text, dt.date(2031, 1, 6)) == [dt.date(2031, 1, 3)]


def test_a_long_report_title_naming_its_year_places_its_january() -> None:
    title = "Annual Security Review 2030: the operating environment for humanitarian agencies"
    assert _dates(_REVIEW.format(title=title), dt.date(2031, 1, 30)) == [dt.date(2030, 1, 3)]
