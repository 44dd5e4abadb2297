"""Extraction speed per core on wire-length reports, against a tokenizer-only floor.

Reports of about 400 words are built from this repository's own corpora (the Afghanistan pack
samples and ``corpora/dev``): paragraphs of one language are packed in order into reports,
and every further pass packs them in another seeded order, so the stream never repeats a
report. Nothing is downloaded.

Printed, one figure a line:
  1. extraction reports/s on one process (one core), after a warm-up;
  2. the tokenizer-only floor: the same texts through spaCy's blank English tokenizer;
  3. their ratio (goal: within 3x), and reports/s with the process pool on every core;
  4. a stream of N documents (default 100,000), generated lazily, with RSS every 10,000;
  5. the projection for a day of the world's news (600,000 articles) on 2 cores.

    .venv/bin/python benchmarks/extract_speed.py [--n N] [--quick] [--timing M] [--every K]
        [--dask M]
    .venv/bin/python benchmarks/extract_speed.py --profile 200   # cProfile, nothing else
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import os
import pstats
import random
import re
import resource
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count, islice
from pathlib import Path

import spacy

from conflictdesk.extract import extract_document
from conflictdesk.ingest import ingest_paths
from conflictdesk.model import Document
from conflictdesk.resolve.registry import load_registry
from conflictdesk.scale import extract_parallel, extract_stream

ROOT = Path(__file__).resolve().parents[1]
# Folders of whole reports (wire, analysis, samples in four languages). The 556 one-paragraph
# incident summaries are left out: packed together they would read as a summary list, not news.
SOURCES = (
    ROOT / "src/conflictdesk/packs/afghanistan/samples/docs",
    ROOT / "corpora/dev/wire/docs",
    ROOT / "corpora/dev/articles/docs",
    ROOT / "corpora/dev/clusters/docs",
)
WIRE_WORDS = 400  # a wire report's length (news agencies' stories run 300-600 words)
GOAL_PER_CORE = 500.0  # reports/s on one core
GOAL_FLOOR_RATIO = 3.0  # extraction at most this many times slower than tokenizing alone
DAY_ARTICLES = 600_000  # a day of the world's news
DAY_CORES = 2
DAY_GOAL_MINUTES = 10.0
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    words: int
    language: str
    published: dt.date | None


def source_paragraphs() -> list[Paragraph]:
    """Every paragraph of the source corpora, in file order."""
    documents = ingest_paths(SOURCES).documents
    return [
        Paragraph(text, len(text.split()), document.language or "en", document.published)
        for document in documents
        for text in (p.strip() for p in _PARAGRAPH_BREAK.split(document.text))
        if text
    ]


def wire_reports(paragraphs: list[Paragraph]) -> Iterator[Document]:
    """An endless stream of distinct ~400-word reports: pass 0 packs the paragraphs in file
    order; pass k > 0 in an order shuffled with seed k. One language per report."""
    number = count()
    for pass_index in count():
        order = list(paragraphs)
        if pass_index:
            random.Random(pass_index).shuffle(order)
        for language in sorted({p.language for p in order}):
            own = [p for p in order if p.language == language]
            for group in _packed(own):
                yield _document(next(number), group)


def _packed(paragraphs: list[Paragraph]) -> Iterator[list[Paragraph]]:
    group: list[Paragraph] = []
    words = 0
    for paragraph in paragraphs:
        group.append(paragraph)
        words += paragraph.words
        if words >= WIRE_WORDS:
            yield group
            group, words = [], 0


def _document(number: int, group: list[Paragraph]) -> Document:
    text = "\n\n".join(p.text for p in group)
    return Document(
        id=f"bench-{number:07d}",
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        published=group[0].published,
        language=group[0].language,
    )


def rss_mb() -> float:
    """Resident memory now (VmRSS), or the peak where /proc is missing."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def per_second(items: int, seconds: float) -> float:
    return items / seconds if seconds > 0 else float("inf")


@dataclass(frozen=True, slots=True)
class Timing:
    wall: float  # seconds on the clock
    cpu: float  # seconds of this process's CPU: the per-core cost even on a busy machine


def time_extraction(documents: list[Document]) -> Timing:
    registry = load_registry()
    wall, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        extract_document(document, registry)
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def time_tokenizer(texts: list[str]) -> Timing:
    nlp = spacy.blank("en")  # the tokenizer only: a blank pipeline has no components
    for _ in nlp.pipe(texts[:20]):
        pass
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts):
        pass
    return Timing(time.perf_counter() - wall, time.process_time() - cpu)


def time_pool(documents: list[Document], processes: int) -> float:
    start = time.perf_counter()
    for _ in extract_parallel(documents, processes=processes):
        pass
    return time.perf_counter() - start


def stream_memory(documents: Iterable[Document], total: int, every: int) -> tuple[int, float]:
    """Extract ``total`` documents one at a time, printing RSS every ``every``."""
    events = 0
    start = time.perf_counter()
    print(f"stream: RSS before {rss_mb():8.1f} MB")
    for done, extraction in enumerate(extract_stream(islice(documents, total)), start=1):
        events += len(extraction.events)
        if done % every == 0 or done == total:
            elapsed = time.perf_counter() - start
            print(
                f"stream: {done:>9,} documents  RSS {rss_mb():8.1f} MB  "
                f"{per_second(done, elapsed):7.1f} reports/s  {events:,} events"
            )
    return events, time.perf_counter() - start


def report_rates(documents: list[Document], processes: int) -> float:
    words = sum(len(d.text.split()) for d in documents)
    print(
        f"timing set: {len(documents):,} reports, {words / len(documents):.0f} words each "
        f"on average, {len({d.language for d in documents})} languages"
    )
    extract = time_extraction(documents)
    tokenizer = time_tokenizer([d.text for d in documents])
    rate = per_second(len(documents), extract.cpu)
    floor = per_second(len(documents), tokenizer.cpu)
    verdict = "meets" if rate >= GOAL_PER_CORE else "below"
    print(f"extract, 1 core (CPU):    {rate:9.1f} reports/s  ({verdict} goal {GOAL_PER_CORE:.0f})")
    print(f"extract, 1 process, wall: {per_second(len(documents), extract.wall):9.1f} reports/s")
    print(f"extract, 1 core (CPU):    {per_second(words, extract.cpu):9.0f} words/s")
    print(f"tokenizer only, 1 core:   {floor:9.1f} reports/s")
    ratio = floor / rate
    verdict = "meets" if ratio <= GOAL_FLOOR_RATIO else "over"
    print(f"ratio extract/tokenizer:  {ratio:9.1f}x  ({verdict} goal {GOAL_FLOOR_RATIO:.0f}x)")
    pooled = per_second(len(documents), time_pool(documents, processes))
    print(f"extract, pool of {processes}:        {pooled:9.1f} reports/s (all cores together)")
    return rate


def report_projection(rate: float) -> None:
    minutes = DAY_ARTICLES / (rate * DAY_CORES) / 60
    verdict = "meets" if minutes <= DAY_GOAL_MINUTES else "over"
    print(
        f"projection: {DAY_ARTICLES:,} articles on {DAY_CORES} cores at {rate:.1f}/s per core: "
        f"{minutes:.1f} min ({verdict} goal {DAY_GOAL_MINUTES:.0f} min)"
    )
    needed = DAY_ARTICLES / (DAY_GOAL_MINUTES * 60 * rate)
    print(f"projection: cores needed for {DAY_GOAL_MINUTES:.0f} min at this rate: {needed:.0f}")


def time_dask(documents: list[Document]) -> None:
    from conflictdesk.scale.dask_runner import LOCAL_WORKERS, extract_with_dask

    start = time.perf_counter()
    result = extract_with_dask(documents)
    rate = per_second(len(documents), time.perf_counter() - start)
    print(
        f"extract, Dask LocalCluster of {LOCAL_WORKERS}: {rate:9.1f} "
        f"reports/s over {len(documents):,} reports, start-up included "
        f"({len(result.failures)} failures)"
    )


def profile(documents: list[Document], rows: int) -> None:
    """cProfile over extraction of ``documents``: the top functions by total and own time."""
    registry = load_registry()
    profiler = cProfile.Profile()
    profiler.enable()
    for document in documents:
        extract_document(document, registry)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(rows)
    stats.sort_stats("tottime").print_stats(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000, help="documents in the memory stream")
    parser.add_argument("--timing", type=int, default=1_000, help="reports in the timing set")
    parser.add_argument("--every", type=int, default=10_000, help="print RSS every N documents")
    parser.add_argument("--quick", action="store_true", help="200 timed, a stream of 2,000")
    parser.add_argument(
        "--dask", type=int, default=0, metavar="M", help="also time M reports on Dask (local)"
    )
    parser.add_argument(
        "--profile", type=int, default=0, metavar="M", help="only profile M reports (cProfile)"
    )
    args = parser.parse_args()
    if args.quick:
        args.n, args.timing, args.every = min(args.n, 2_000), min(args.timing, 200), 500

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} (other work slows wall times)")
    paragraphs = source_paragraphs()
    words = sum(p.words for p in paragraphs)
    print(f"source: {len(paragraphs):,} paragraphs, {words:,} words from {len(SOURCES)} folders")
    warm = list(islice(wire_reports(paragraphs), 20))
    time_extraction(warm)  # loads the registry, builds matchers and the spaCy pipeline
    if args.profile:
        profile(list(islice(wire_reports(paragraphs), args.profile)), rows=40)
        return 0
    timing = list(islice(wire_reports(paragraphs), args.timing))
    rate = report_rates(timing, os.cpu_count() or 1)
    report_projection(rate)
    if args.dask:
        time_dask(list(islice(wire_reports(paragraphs), args.dask)))
    del timing
    _, seconds = stream_memory(wire_reports(paragraphs), args.n, args.every)
    print(f"stream: {args.n:,} documents in {seconds:.0f} s on 1 process")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
