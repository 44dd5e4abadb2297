"""Extraction at scale: a stream in one process, a pool of processes, or a Dask cluster.

``extract_stream`` and ``extract_parallel`` need nothing beyond the core install; the Dask
runner needs the ``scale`` extra and is imported on its own::

    from conflictdesk.scale.dask_runner import extract_with_dask

Every path calls the same ``extract_document`` with one registry per process, so the events
are identical whichever path made them; one document's failure never loses the others.
"""

from __future__ import annotations

from conflictdesk.scale.errors import (
    DaskMissing,
    ExtractionFailed,
    ScaleError,
    SchedulerUnavailable,
)
from conflictdesk.scale.outcome import ExtractionFailure, extract_outcome
from conflictdesk.scale.stream import extract_parallel, extract_stream

__all__ = [
    "DaskMissing",
    "ExtractionFailed",
    "ExtractionFailure",
    "ScaleError",
    "SchedulerUnavailable",
    "extract_outcome",
    "extract_parallel",
    "extract_stream",
]
