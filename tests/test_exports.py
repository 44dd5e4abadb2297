from __future__ import annotations

import csv
import datetime as dt
import io
import json

from conflictdesk.model import EVENT_KEYS, Casualties, Event, Source
from conflictdesk.report.exports import CSV_COLUMNS, to_csv, to_jsonl


def _event() -> Event:
    return Event(
        event_id="ev-1",
        event_date=dt.date(2022, 9, 5),
        fatalities=Casualties(2, 6, 6),
        tags=("high_profile",),
        sources=(Source("d1", "A bomb exploded.", 0, 16, url="https://example.org/a"),),
    )


def test_jsonl_has_every_contract_key_with_null_for_unknown() -> None:
    record = json.loads(to_jsonl([_event()]))
    assert set(EVENT_KEYS) <= set(record)
    assert record["actor1"] is None
    assert record["injuries"]["best"] is None


def test_csv_flattens_ranges_and_leaves_unknown_empty() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv([_event()]))))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert (rows[0]["fatalities_low"], rows[0]["fatalities_best"]) == ("2", "6")
    assert rows[0]["injuries_best"] == ""
    assert rows[0]["source_urls"] == "https://example.org/a"
