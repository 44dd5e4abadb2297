"""Time every analysis on 1,000,000 synthetic events and report peak memory.

Goal: each analysis under 2 s. The frame is built directly from arrays
(``synthetic.benchmark_history``); building it from ``model.Event`` objects is timed apart on a
smaller sample (``--from-events``) and scaled to a million, since a million Event objects alone
take gigabytes.

    .venv/bin/python benchmarks/analyse_speed.py [--events N] [--from-events M]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import time
from collections.abc import Callable

from conflictdesk.analyse.assess import assess
from conflictdesk.analyse.decapitation import decapitation
from conflictdesk.analyse.frame import EventFrame
from conflictdesk.analyse.geography import geography
from conflictdesk.analyse.hawkes import fit_actor_hawkes
from conflictdesk.analyse.leadership import leadership
from conflictdesk.analyse.retaliation import retaliation
from conflictdesk.analyse.synthetic import benchmark_history, frame_to_events
from conflictdesk.analyse.targets import targets
from conflictdesk.analyse.tempo import tempo
from conflictdesk.analyse.trend import trend

GOAL_SECONDS = 2.0


def timed(label: str, work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    flag = "" if seconds < GOAL_SECONDS else "  OVER GOAL"
    print(f"{label:<44} {seconds:7.3f} s{flag}")
    return seconds


def _import_statsmodels() -> None:
    import statsmodels.api  # noqa: F401  (timed apart so the regressions are timed alone)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--from-events", type=int, default=100_000)
    args = parser.parse_args()

    start = time.perf_counter()
    history = benchmark_history(args.events, seed=0)
    frame = history.frame
    print(f"{len(frame):,} synthetic events over {history.start}..{history.end}")
    print(f"{'generate + EventFrame.from_arrays':<44} {time.perf_counter() - start:7.3f} s")
    timed("import statsmodels (once, on first regression)", _import_statsmodels)
    last_year = history.end - dt.timedelta(days=364)
    runs: list[tuple[str, Callable[[], object]]] = [
        ("tempo month", lambda: tempo(frame)),
        ("tempo week by province", lambda: tempo(frame, freq="week", by="admin1")),
        ("tempo month by actor, ISKP only", lambda: tempo(frame, actor="ISKP", by="actor1")),
        ("targets ISKP", lambda: targets(frame, actor="ISKP")),
        ("geography all, weekly", lambda: geography(frame, freq="week")),
        ("leadership", lambda: leadership(frame)),
        ("decapitation ISKP", lambda: decapitation(frame, actor="ISKP")),
        (
            "retaliation TALIBAN -> ISKP",
            lambda: retaliation(frame, source="TALIBAN", target="ISKP"),
        ),
        ("trend ISKP", lambda: trend(frame, actor="ISKP")),
        ("assess ISKP influence", lambda: assess(frame, actor="ISKP")),
        ("assess ISKP targets", lambda: assess(frame, actor="ISKP", question="targets")),
        (
            "hawkes TALIBAN+ISKP, last year",
            lambda: fit_actor_hawkes(frame, ["TALIBAN", "ISKP"], since=last_year),
        ),
    ]
    worst = max(timed(label, work) for label, work in runs)

    sample = frame.take(frame.day.argsort()[: args.from_events])
    events = frame_to_events(sample)
    start = time.perf_counter()
    EventFrame.from_events(events)
    seconds = time.perf_counter() - start
    scaled = seconds * 1_000_000 / max(len(events), 1)
    print(f"{f'EventFrame.from_events, {len(events):,} events':<44} {seconds:7.3f} s")
    print(f"{'  scaled to 1,000,000 events':<44} {scaled:7.3f} s")
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak RSS':<44} {peak_mib:7.0f} MiB")
    print(f"slowest analysis {worst:.3f} s (goal < {GOAL_SECONDS} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
