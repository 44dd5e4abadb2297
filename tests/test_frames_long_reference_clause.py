"""A date bounded by "until"/"since" with several words between ("until the Taliban swept to
power last August") only marks a point in a victim's past, no other incident; a date with no
such word before it still tells another one. Reports invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

LEAD = (
    "GHAZNI, May 5 (Test Wire) - Gunmen shot dead a former police commander outside his home in"
    " Ghazni city on Saturday evening, relatives said."
)
PUBLISHED = dt.date(2024, 5, 5)


def _dates(text: str) -> list[dt.date | None]:
    return [e.event_date for e in extract_text(text, published=PUBLISHED).events]


def test_a_date_six_words_after_until_opens_no_incident() -> None:
    text = (
        LEAD + " Mohammad Nabi Tarakhil, 47, who led the district police until the Taliban"
        " swept to power last August, was walking home when two men on a motorcycle opened"
        " fire, relatives told the agency."
    )
    assert len(_dates(text)) == 1


def test_an_earlier_attack_with_its_own_date_is_still_another_incident() -> None:
    text = (
        LEAD + " Last August gunmen opened fire on another former police officer in the same"
        " city, killing him and his brother."
    )
    assert len(_dates(text)) == 2
