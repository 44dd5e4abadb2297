"""Incremental clustering of reports into events.

``assign`` takes the clusters already known and new reports, and puts each new report into the
best-matching cluster or a new one. The order is fixed (by date, then id), so the same input
gives the same clusters and the same ids; yesterday's clusters grow with today's reports
without a rebuild.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from conflictdesk.fuse.combine import combine
from conflictdesk.fuse.similarity import DATE_WINDOW_DAYS, compare
from conflictdesk.model import Event


@dataclass(frozen=True, slots=True)
class Cluster:
    """Reports of one event; ``event`` is their fused record."""

    reports: tuple[Event, ...]

    @property
    def event(self) -> Event:
        return combine(self.reports)

    @property
    def report_ids(self) -> tuple[str, ...]:
        return tuple(r.event_id for r in self.reports)


def _order(report: Event) -> tuple[dt.date, str]:
    return (report.event_date or dt.date.min, report.event_id)


def best_match(report: Event, candidates: Iterable[Cluster]) -> Cluster | None:
    """The cluster whose most similar report is most similar to ``report``, if any fuses."""
    best: tuple[float, Cluster] | None = None
    for cluster in candidates:
        comparisons = [compare(report, other) for other in cluster.reports]
        if any(c.blocked for c in comparisons):
            continue
        score = max(c.score for c in comparisons)
        if any(c.same for c in comparisons) and (best is None or score > best[0]):
            best = (score, cluster)
    return None if best is None else best[1]


class DateIndex:
    """Clusters bucketed by week, so a new report is compared only with nearby ones."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self._buckets: dict[int | None, list[Cluster]] = defaultdict(list)
        for cluster in clusters:
            self.add(cluster)

    @staticmethod
    def _key(date: dt.date | None) -> int | None:
        return None if date is None else date.toordinal() // (DATE_WINDOW_DAYS + 1)

    def add(self, cluster: Cluster) -> None:
        keys = {self._key(r.event_date) for r in cluster.reports}
        for key in keys:
            self._buckets[key].append(cluster)

    def remove(self, cluster: Cluster) -> None:
        for bucket in self._buckets.values():
            if cluster in bucket:
                bucket.remove(cluster)

    def near(self, date: dt.date | None) -> list[Cluster]:
        if date is None:
            return list(dict.fromkeys(c for b in self._buckets.values() for c in b))
        key = self._key(date)
        assert key is not None
        found = [c for k in (key - 1, key, key + 1) for c in self._buckets.get(k, ())]
        return list(dict.fromkeys(found))


def assign(existing: Sequence[Cluster], reports: Iterable[Event]) -> list[Cluster]:
    """Clusters after adding ``reports`` to ``existing`` (which are kept, possibly grown)."""
    index = DateIndex(existing)
    clusters = list(existing)
    for report in sorted(reports, key=_order):
        target = best_match(report, index.near(report.event_date))
        if target is None:
            fresh = Cluster((report,))
            clusters.append(fresh)
            index.add(fresh)
            continue
        grown = Cluster(tuple(sorted((*target.reports, report), key=_order)))
        clusters[clusters.index(target)] = grown
        index.remove(target)
        index.add(grown)
    return clusters


def fuse(reports: Iterable[Event]) -> list[Event]:
    """Fuse a batch of reports into events (the non-incremental entry point)."""
    return [c.event for c in assign((), reports)]


def membership(clusters: Sequence[Cluster]) -> Mapping[str, str]:
    """Report id -> fused event id."""
    return {rid: c.event.event_id for c in clusters for rid in c.report_ids}
