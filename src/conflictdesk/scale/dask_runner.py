"""Extraction on a Dask cluster: the same ``extract_document`` mapped over bag partitions.

Without a scheduler address a ``LocalCluster`` of worker processes is started on this machine
and closed afterwards; with one (``tcp://host:8786``) the work goes to that cluster. Given file
paths, the workers read the files themselves (every worker must see the same paths), so the
corpus never has to fit on the calling machine before extraction; the results, duplicates
dropped as ``ingest`` drops them, come back in input order.

A document that fails, a file that cannot be read, or a whole partition whose worker died
becomes an ``ExtractionFailure`` in ``DaskExtraction.failures``; the others are kept.
Needs the ``scale`` extra: ``pip install 'conflictdesk[scale]'``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import math
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conflictdesk.errors import ConflictdeskError, InputError
from conflictdesk.ingest import DEFAULT_MAX_BYTES
from conflictdesk.ingest.discover import discover
from conflictdesk.ingest.read import read_file
from conflictdesk.model import Document, Extraction
from conflictdesk.resolve.registry import load_registry
from conflictdesk.scale.errors import DaskMissing, SchedulerUnavailable
from conflictdesk.scale.outcome import ExtractionFailure, Outcome, extract_outcome, failure_of

# The local cluster of DESIGN: worker processes, one thread each (extraction is pure Python,
# so threads would only contend for the GIL).
LOCAL_WORKERS = 2
THREADS_PER_WORKER = 1
# Partitions per worker thread when none are given: enough for the scheduler to balance
# uneven documents, few enough that per-task overhead (a few ms) stays small.
PARTITIONS_PER_THREAD = 4
# Seconds to wait for a remote scheduler to answer before giving up.
CONNECT_TIMEOUT = 10

Item = str | Path | Document


@dataclass(frozen=True, slots=True)
class DaskExtraction:
    """The extractions, in input order, and what could not be extracted."""

    extractions: tuple[Extraction, ...]
    failures: tuple[ExtractionFailure, ...]


def extract_with_dask(
    paths_or_documents: Sequence[Item],
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    packs: Sequence[str] | None = None,
    published: dt.date | None = None,
) -> DaskExtraction:
    """Extract documents (or the documents in files and folders) on a Dask cluster.

    ``scheduler``: a scheduler address, or ``None`` for a local cluster of
    ``LOCAL_WORKERS`` processes. ``partitions``: how many pieces the input is cut into
    (default ``PARTITIONS_PER_THREAD`` per worker thread). ``packs``: the registry's packs on
    every worker (default: the default packs). ``published``: the reference date for files
    without one, as in ``ingest``.
    """
    documents, paths = _split_input(paths_or_documents)
    items: list[Any] = list(documents)
    problems: list[ExtractionFailure] = []
    if paths:
        found = discover(paths)
        problems = [failure_of(p.path or "?", p) for p in found.problems]
        items = [str(path) for path in found.files]
    if not items:
        return DaskExtraction((), tuple(problems))
    bag_module = _imported("dask.bag")
    with _client(scheduler) as client:
        count = partitions or PARTITIONS_PER_THREAD * max(1, sum(client.nthreads().values()))
        size = max(1, math.ceil(len(items) / count))
        bag = bag_module.from_sequence(items, partition_size=size)
        work = _extract_documents if documents else _extract_files
        futures = client.compute(bag.map_partitions(work, packs, published).to_delayed())
        outcomes = _gather(futures, [items[i : i + size] for i in range(0, len(items), size)])
    extractions, failures = _kept(outcomes, deduplicate=bool(paths))
    return DaskExtraction(extractions, (*problems, *failures))


def _split_input(items: Sequence[Item]) -> tuple[list[Document], list[str | Path]]:
    documents = [item for item in items if isinstance(item, Document)]
    paths = [item for item in items if not isinstance(item, Document)]
    if documents and paths:
        raise InputError(
            "extract_with_dask was given both documents and paths",
            remedy="pass only Document records, or only file and folder paths",
        )
    return documents, paths


def _imported(module: str) -> Any:
    """``dask.bag`` or ``distributed``, typed loosely (they ship without complete types)."""
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise DaskMissing(
            "Dask is not installed",
            remedy="install the scale extra: pip install 'conflictdesk[scale]'",
        ) from error


@contextmanager
def _client(scheduler: str | None) -> Iterator[Any]:
    distributed = _imported("distributed")
    if scheduler is None:
        with (
            distributed.LocalCluster(
                n_workers=LOCAL_WORKERS,
                threads_per_worker=THREADS_PER_WORKER,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            distributed.Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as error:
        raise SchedulerUnavailable(
            f"no Dask scheduler answered at {scheduler} ({error})",
            remedy="start one with `dask scheduler` and `dask worker ADDRESS`, or pass no address "
            "for a local cluster",
        ) from error
    with client:
        yield client


def _gather(futures: list[Any], pieces: list[list[Any]]) -> list[Outcome]:
    """Every partition's outcomes in order; a partition that failed as a whole (its worker
    died) becomes one failure per item in it."""
    outcomes: list[Outcome] = []
    for future, piece in zip(futures, pieces, strict=True):
        try:
            outcomes.extend(future.result())
        except Exception as error:  # the partition is lost, the others are kept
            outcomes.extend(failure_of(_source_of(item), error) for item in piece)
    return outcomes


def _source_of(item: Any) -> str:
    return item.id if isinstance(item, Document) else str(item)


def _kept(
    outcomes: list[Outcome], *, deduplicate: bool
) -> tuple[tuple[Extraction, ...], tuple[ExtractionFailure, ...]]:
    """Split outcomes. Read from files (``deduplicate``), keep the first document of each
    text and refuse an id reused for a different text, as ``ingest`` does."""
    extractions: list[Extraction] = []
    failures: list[ExtractionFailure] = []
    hashes: set[str] = set()
    ids: set[str] = set()
    for outcome in outcomes:
        if isinstance(outcome, ExtractionFailure):
            failures.append(outcome)
            continue
        document = outcome.document
        if not deduplicate:
            extractions.append(outcome)
            continue
        if document.content_hash in hashes:
            continue
        if document.id in ids:
            failures.append(
                ExtractionFailure(
                    document.path or document.id,
                    f"BadMetadata: id '{document.id}' is already used by a different text",
                )
            )
            continue
        hashes.add(document.content_hash)
        ids.add(document.id)
        extractions.append(outcome)
    return tuple(extractions), tuple(failures)


# -- run on the workers ---------------------------------------------------------------------


def _extract_documents(
    documents: list[Document], packs: Sequence[str] | None, _published: dt.date | None
) -> list[Outcome]:
    registry = load_registry(packs)
    return [extract_outcome(document, registry) for document in documents]


def _extract_files(
    paths: list[str], packs: Sequence[str] | None, published: dt.date | None
) -> list[Outcome]:
    registry = load_registry(packs)
    outcomes: list[Outcome] = []
    for path in paths:
        try:
            reading = read_file(Path(path), max_bytes=DEFAULT_MAX_BYTES, published=published)
        except ConflictdeskError as error:
            outcomes.append(failure_of(path, error))
            continue
        outcomes.extend(failure_of(problem.path or path, problem) for problem in reading.problems)
        outcomes.extend(extract_outcome(document, registry) for document in reading.documents)
    return outcomes
