"""The dashboard's panels, all computed from one filtered list of events.

The events come from ``api.events`` with the page's filters; the tempo chart and the province
map are the report's renderers (``report.charts``, ``report.maps``) drawn from the analyses
(``tempo``, ``targets``, ``leadership``) run on exactly those events, so every panel counts
the same events.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from conflictdesk import api
from conflictdesk.model import Event
from conflictdesk.report.charts import Chart
from conflictdesk.report.maps import ProvinceMap
from conflictdesk.web.params import Filters

LATEST_ROWS: Final[int] = 12
CHART_FREQ: Final[str] = "month"
# matplotlib's rc_context changes process-wide settings: one chart at a time.
_DRAWING = threading.Lock()


@dataclass(frozen=True, slots=True)
class Counts:
    events: int
    documents: int
    deaths: int
    deaths_known: int
    dated: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    filters: Filters
    counts: Counts
    latest: tuple[Event, ...]
    chart: Chart | None
    province_map: ProvinceMap | None
    not_drawn: int  # events too vaguely dated for the monthly chart and the map


def counts(events: Sequence[Event]) -> Counts:
    tolls = [e.fatalities.best for e in events if e.fatalities.best is not None]
    documents = {s.document_id for e in events for s in e.sources}
    return Counts(
        events=len(events),
        documents=len(documents),
        deaths=sum(tolls),
        deaths_known=len(tolls),
        dated=sum(1 for e in events if e.event_date is not None),
    )


def latest(events: Sequence[Event], n: int = LATEST_ROWS) -> tuple[Event, ...]:
    """The ``n`` most recent events, newest first; undated ones only when room is left."""
    ordered = sorted(events, key=lambda e: (e.event_date or dt.date.min, e.event_id), reverse=True)
    return tuple(ordered[:n])


def dashboard(db: str | None, filters: Filters) -> Dashboard:
    events = api.events(db=db, **filters.api_options())
    chart, pmap, not_drawn = _figures(events, filters)
    return Dashboard(filters, counts(events), latest(events), chart, pmap, not_drawn)


def _figures(
    events: Sequence[Event], filters: Filters
) -> tuple[Chart | None, ProvinceMap | None, int]:
    from conflictdesk.analyse import EventFrame, leadership, targets, tempo
    from conflictdesk.report.charts import timeline_chart
    from conflictdesk.report.maps import (
        default_provinces_path,
        load_provinces,
        province_counts,
        province_map,
    )

    frame = EventFrame.from_events(list(events))
    since, until = filters.since, filters.until
    activity = tempo(frame, freq=CHART_FREQ, since=since, until=until)
    if activity.total_events == 0:
        return None, None, activity.excluded_imprecise
    by_province = tempo(frame, freq=CHART_FREQ, by="admin1", since=since, until=until)
    shapes = load_provinces(default_provinces_path())
    pmap = province_map(
        province_counts(by_province), shapes, attribution=api.registry().attribution
    )
    mix = targets(frame, freq=CHART_FREQ, since=since, until=until)
    losses = leadership(frame, since=since, until=until).losses
    with _DRAWING:
        chart = timeline_chart(activity, mix, losses)
    return chart, pmap, activity.excluded_imprecise
