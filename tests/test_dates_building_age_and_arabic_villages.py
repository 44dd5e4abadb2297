"""Dates and places: a building's age is no event date, a relative period yields to the day
that narrows it, Arabic village names end before a clause. Each reads one way reports write.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry

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


def test_a_vague_period_narrowed_by_an_exact_day_is_that_day() -> None:
    # "earlier this month" is June 2021; the day that follows it is the event's date
    text = "Earlier this month, on June 4, a rocket hit the district compound."
    assert _days(text, "en") == [dt.date(2021, 6, 4)]


def test_a_vague_period_followed_by_a_day_outside_it_stays() -> None:
    text = "Last week officials recalled that on May 2 a rocket hit the compound."
    assert _days(text, "en") == [dt.date(2021, 6, 7), dt.date(2021, 5, 2)]


def test_arabic_spellings_of_nangarhar_districts() -> None:
    # Behsud of Nangarhar, not only Wardak's; Chaparhar as Arabic wires write it
    registry = load_registry()
    behsud = foreign_place("داهمت القوات منزلا في مديرية بهسود بولاية ننجرهار.", registry, "ar")
    assert behsud is not None
    assert (behsud.admin1, behsud.location) == ("Nangarhar", "Bihsud district")
    chaparhar = foreign_place("انفجرت عبوة في مديرية شابرهار مساء السبت.", registry, "ar")
    assert chaparhar is not None
    assert (chaparhar.admin1, chaparhar.location) == ("Nangarhar", "Chaparhar district")


def test_arabic_village_name_ends_before_a_clause_particle() -> None:
    # "قرية X إنهم" (residents of X said that they ...): the particle opens what they said
    fix = foreign_place("وقال أهالي قرية زرغون إنهم سمعوا انفجارا قويا.", load_registry(), "ar")
    assert fix is not None
    assert fix.location == "زرغون"
