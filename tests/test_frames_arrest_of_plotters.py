"""An arrest of men accused of preparing attacks is an arrest that happened, though the only
attack words in the sentence are plural ("accused of preparing attacks"); a sentence of
attacks in the plural alone stays a pattern, not an event."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_LEAD = "The Taliban's intelligence service has stepped up its work in the north. "


def _events(text: str) -> list[tuple[str | None, str | None]]:
    events = extract_text(
        _LEAD + text, genre="analysis", language="en", published=dt.date(2025, 6, 1)
    ).events
    return [(e.sub_event_type, e.location) for e in events]


def test_men_arrested_for_plotting_attacks_is_an_arrest() -> None:
    told = _events(
        "In March 2025 the intelligence service said it had arrested a group of men in "
        "Kunduz whom it accused of planning attacks on the city's markets."
    )
    assert told == [("Arrests", "Kunduz")]


def test_attacks_in_the_plural_alone_stay_a_pattern() -> None:
    told = _events(
        "In March 2025 the group's cells in Kunduz kept up attacks on the city's markets."
    )
    assert told == []
