"""Extraction over a stream of documents in bounded memory, in one process or a pool.

Both functions read their input lazily and yield extractions in input order, so a corpus of
any length passes through with only a few documents in memory at a time. The registry is
loaded once per process and shared by every document.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import AsyncResult

from conflictdesk.model import Document, Extraction
from conflictdesk.resolve.registry import Registry, load_registry
from conflictdesk.scale.outcome import FailureHandler, Outcome, deliver, extract_outcome

# Documents sent to a worker at a time. A wire report takes tens of milliseconds to extract
# and well under one to pickle, so 8 keeps the transfer cost small while the first results
# still come back early; checked with benchmarks/extract_speed.py.
DEFAULT_CHUNKSIZE = 8
# Chunks in flight per worker process: two keep every worker busy while the parent hands out
# results, and bound memory to processes * CHUNKS_AHEAD * chunksize documents.
CHUNKS_AHEAD = 2

_worker_registry: Registry | None = None


def extract_stream(
    documents: Iterable[Document],
    registry: Registry | None = None,
    *,
    on_failure: FailureHandler | None = None,
) -> Iterator[Extraction]:
    """Extract one document at a time, in this process.

    A document that cannot be extracted goes to ``on_failure`` (the stream goes on), or,
    without a handler, raises ``ExtractionFailed``.
    """
    registry = registry if registry is not None else load_registry()
    for document in documents:
        yield from deliver((extract_outcome(document, registry),), on_failure)


def extract_parallel(
    documents: Iterable[Document],
    *,
    processes: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    registry: Registry | None = None,
    on_failure: FailureHandler | None = None,
    start_method: str | None = None,
) -> Iterator[Extraction]:
    """Extract on a pool of ``processes`` (default: one per core), in input order.

    Input is read lazily and at most ``processes * CHUNKS_AHEAD`` chunks are in flight.
    ``registry`` is sent to each worker once (without it each worker loads the default packs).
    ``start_method`` is a ``multiprocessing`` start method; ``None`` is the platform default.
    """
    count = processes or os.cpu_count() or 1
    context = multiprocessing.get_context(start_method)
    with context.Pool(count, initializer=_start_worker, initargs=(registry,)) as pool:
        pending: deque[AsyncResult[list[Outcome]]] = deque()
        for chunk in _chunks(documents, max(1, chunksize)):
            pending.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(pending) >= count * CHUNKS_AHEAD:
                yield from deliver(pending.popleft().get(), on_failure)
        while pending:
            yield from deliver(pending.popleft().get(), on_failure)


def _chunks(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _start_worker(registry: Registry | None) -> None:
    global _worker_registry
    _worker_registry = registry


def _extract_chunk(chunk: list[Document]) -> list[Outcome]:
    global _worker_registry
    if _worker_registry is None:
        _worker_registry = load_registry()
    registry = _worker_registry
    return [extract_outcome(document, registry) for document in chunk]
