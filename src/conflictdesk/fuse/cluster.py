"""Incremental clustering of reports into events.

``assign`` takes the clusters already known and new reports, and puts each new report into the
cluster whose fused event it most resembles, or a new cluster. A report is compared with the
fused event (not with each member), exactly as ``api.ingest`` compares it with a stored event,
so batch and incremental fusion make the same decisions. A report never joins a cluster that
already holds a report of its own document: the extractor has already merged what one
document says about one event. The order is fixed (by publication date, event date, then
id), so the same input gives the same clusters and the same ids; yesterday's clusters grow
with today's reports without a rebuild.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from conflictdesk.fuse.combine import combine, published
from conflictdesk.fuse.profile import Profile, Profiler, date_interval, is_vague, profiler_for
from conflictdesk.fuse.similarity import DATE_WINDOW_DAYS, compare_profiles
from conflictdesk.model import Event
from conflictdesk.resolve.registry import Registry


@dataclass(frozen=True)
class Cluster:
    """Reports of one event; ``event`` is their fused record."""

    reports: tuple[Event, ...]

    @cached_property
    def event(self) -> Event:
        return combine(self.reports)

    @property
    def report_ids(self) -> tuple[str, ...]:
        return tuple(r.event_id for r in self.reports)

    @cached_property
    def documents(self) -> frozenset[str]:
        return frozenset(s.document_id for r in self.reports for s in r.sources)


def order(report: Event) -> tuple[dt.date, dt.date, str]:
    """The order reports are fused in: as they were published (as ``ingest`` usually meets
    them), then by event date, then id; reports without a publication date come last."""
    return (published(report), report.event_date or dt.date.min, report.event_id)


def best_match(
    report: Event, candidates: Iterable[Cluster], registry: Registry | None = None
) -> Cluster | None:
    """The cluster whose fused event is most similar to ``report``, if any fuses with it.

    Clusters holding a report of the same document, and clusters whose own date is vague,
    take no report. A report dated only to the month or year, or not at all, joins only when
    exactly one cluster fits. Ties go
    to the cluster with the smallest event id, so the order of ``candidates`` never matters.
    """
    profiler = profiler_for(registry)
    return _best(profiler, profiler.profile(report), candidates)


def _best(profiler: Profiler, report: Profile, candidates: Iterable[Cluster]) -> Cluster | None:
    fitting: list[tuple[float, str, Cluster]] = []
    for cluster in candidates:
        if cluster.documents & report.documents or is_vague(cluster.event):
            continue
        comparison = compare_profiles(report, profiler.profile(cluster.event))
        if comparison.same:
            fitting.append((-comparison.score, cluster.event.event_id, cluster))
    if not fitting or (report.imprecise and len(fitting) > 1):
        return None
    return min(fitting, key=lambda f: (f[0], f[1]))[2]


class DateIndex:
    """Clusters that can take reports, by date (for dated reports) and by province (for
    vaguely dated ones), so a report is compared only with the clusters it may join."""

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        self._buckets: dict[int, list[Cluster]] = defaultdict(list)
        self._provinces: dict[str, list[Cluster]] = defaultdict(list)
        for cluster in clusters:
            self.add(cluster)

    @staticmethod
    def _keys(event: Event, margin: int = 0) -> range:
        interval = date_interval(event)
        if interval is None:
            return range(0)
        width = DATE_WINDOW_DAYS + 1
        start = (interval[0].toordinal() - margin) // width
        return range(start, (interval[1].toordinal() + margin) // width + 1)

    def add(self, cluster: Cluster) -> None:
        event = cluster.event
        if is_vague(event):
            return
        for key in self._keys(event):
            self._buckets[key].append(cluster)
        if event.admin1:
            self._provinces[event.admin1].append(cluster)

    def remove(self, cluster: Cluster) -> None:
        event = cluster.event
        lists = [self._buckets.get(k, []) for k in self._keys(event)]
        lists.append(self._provinces.get(event.admin1 or "", []))
        for found in lists:
            for i, c in enumerate(found):
                if c is cluster:
                    del found[i]
                    break

    def near(self, report: Event) -> list[Cluster]:
        if is_vague(report):
            return list(self._provinces.get(report.admin1 or "", ()))
        found = [c for k in self._keys(report, DATE_WINDOW_DAYS) for c in self._buckets.get(k, ())]
        return list({id(c): c for c in found}.values())


def assign(
    existing: Sequence[Cluster], reports: Iterable[Event], registry: Registry | None = None
) -> list[Cluster]:
    """Clusters after adding ``reports`` to ``existing`` (which are kept, possibly grown)."""
    profiler = profiler_for(registry)
    index = DateIndex(existing)
    clusters = list(existing)
    for report in sorted(reports, key=order):
        target = _best(profiler, profiler.profile(report), index.near(report))
        if target is None:
            fresh = Cluster((report,))
            clusters.append(fresh)
            index.add(fresh)
            continue
        grown = Cluster(tuple(sorted((*target.reports, report), key=order)))
        clusters[next(i for i, c in enumerate(clusters) if c is target)] = grown
        index.remove(target)
        index.add(grown)
    return clusters


def fuse(reports: Iterable[Event], registry: Registry | None = None) -> list[Event]:
    """Fuse a batch of reports into events (the non-incremental entry point)."""
    return [c.event for c in assign((), reports, registry)]


def membership(clusters: Sequence[Cluster]) -> Mapping[str, str]:
    """Report id -> fused event id."""
    return {rid: c.event.event_id for c in clusters for rid in c.report_ids}
