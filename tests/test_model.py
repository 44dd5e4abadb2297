from __future__ import annotations

import datetime as dt

from conflictdesk.model import EVENT_KEYS, Casualties, Event, PersonRef, Source


def test_event_round_trips_through_its_json_record() -> None:
    event = Event(
        event_id="ev-1",
        event_date=dt.date(2023, 3, 27),
        date_precision="day",
        fatalities=Casualties(6, 6, 20),
        persons=(PersonRef(name="Ahmad Ahangar", outcome="killed"),),
        sources=(Source(document_id="d1", evidence="A bomb.", start=0, end=7),),
    )
    record = event.to_dict()
    assert set(EVENT_KEYS) <= set(record)
    assert record["event_date"] == "2023-03-27"
    assert record["fatalities"] == {"low": 6, "best": 6, "high": 20}
    assert record["injuries"] == {"low": None, "best": None, "high": None}
    assert Event.from_dict(record) == event
