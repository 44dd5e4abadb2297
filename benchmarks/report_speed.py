"""Time a full report on 1,000,000 synthetic events (goal: under 10 s, build plus HTML).

The frame comes straight from arrays (``synthetic.benchmark_history``), as a store would hand it
over; only the cited events become ``Event`` records, through a lookup by event id. Generating
the history is timed apart: it stands in for reading the store.

    .venv/bin/python benchmarks/report_speed.py [--events N] [--pdf] [--keep DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from conflictdesk.analyse.frame import EventFrame
from conflictdesk.analyse.synthetic import benchmark_history, frame_to_events
from conflictdesk.model import Event
from conflictdesk.report.full import build_report_from_frame, render_report

GOAL_SECONDS = 10.0


def lookup_in(frame: EventFrame) -> dict[str, int]:
    return {str(event_id): row for row, event_id in enumerate(frame.event_id.tolist())}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--pdf", action="store_true", help="also print the PDF with Chromium")
    parser.add_argument("--keep", type=Path, help="write the files to this folder and keep them")
    args = parser.parse_args()

    start = time.perf_counter()
    frame = benchmark_history(args.events, seed=0).frame
    print(f"{len(frame):,} synthetic events; generated in {time.perf_counter() - start:.2f} s")
    rows = lookup_in(frame)

    def find(event_id: str) -> Event | None:
        row = rows.get(event_id)
        return None if row is None else frame_to_events(frame.take(np.array([row])))[0]

    start = time.perf_counter()
    report = build_report_from_frame(frame, find, actor="ISKP", since=None, until=None)
    built = time.perf_counter() - start
    print(f"{'build_report_from_frame (analyses, charts, map)':<50} {built:6.2f} s")
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        html = render_report(report, "html", Path(folder) / "report.html")
        rendered = time.perf_counter() - start
        print(f"{'render html':<50} {rendered:6.2f} s  ({html.stat().st_size / 1e3:.0f} kB)")
        if args.pdf:
            start = time.perf_counter()
            render_report(report, "pdf", Path(folder) / "report.pdf")
            print(f"{'render pdf (Chromium)':<50} {time.perf_counter() - start:6.2f} s")
    total = built + rendered
    flag = "" if total < GOAL_SECONDS else "  OVER GOAL"
    print(f"full report (build + html) {total:.2f} s (goal < {GOAL_SECONDS:.0f} s){flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
