"""A year's count told in the present perfect ("at least eight media workers have been killed
this year") sums many incidents: it is no toll of the report's event."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import over_a_period


def test_present_perfect_of_the_year_is_a_period_count() -> None:
    assert over_a_period("Rights groups say 14 teachers have been killed this year.", "en")
    assert not over_a_period("Two teachers were killed in the attack on Monday.", "en")


def test_the_event_keeps_its_own_toll() -> None:
    text = (
        "GHAZNI, Afghanistan, May 3 (Agency) - Gunmen shot dead a school headmaster in Ghazni "
        "city on Tuesday, police said. A teachers' union says at least 11 educators have been "
        "killed this year."
    )
    events = extract_text(text, language="en", published=dt.date(2021, 5, 3)).events
    assert [e.fatalities.best for e in events] == [1]
