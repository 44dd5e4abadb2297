"""Rules of the second places-and-dates round (hplaces2): each reads one way reports write
when an event happened.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates

_REFERENCE = dt.date(2021, 6, 18)


def _days(text: str, language: str) -> list[dt.date | None]:
    return [d.date for d in find_dates(text, reference=_REFERENCE, language=language)]


def test_a_date_telling_when_a_building_was_put_up_is_not_the_events_date() -> None:
    # the year the clinic went up is its age; the attack is on Tuesday (15 June 2021)
    english = "Gunmen set fire to a clinic built last year in the village on Tuesday."
    assert _days(english, "en") == [dt.date(2021, 6, 15)]
    turkish = "Köylülerin geçen yıl yaptırdığı sağlık ocağı salı gecesi kundaklandı."
    assert _days(turkish, "tr") == [dt.date(2021, 6, 15)]


def test_a_date_with_no_verb_of_building_still_counts() -> None:
    assert _days("The school was set on fire last year.", "en") == [dt.date(2020, 1, 1)]
