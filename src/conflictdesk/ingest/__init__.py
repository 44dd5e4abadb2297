"""Ingest: files and folders in, ``Document`` records out, a clear error for each bad input.

``ingest_paths`` never loses good input to bad: a bad file, JSONL line or feed entry becomes
an ``IngestFailure`` and the rest is read. ``read_path`` reads one file strictly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from conflictdesk.errors import BadMetadata, ConflictdeskError
from conflictdesk.ingest.discover import discover
from conflictdesk.ingest.language import detect_language
from conflictdesk.ingest.read import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, read_file
from conflictdesk.ingest.report import IngestFailure, IngestResult
from conflictdesk.model import Document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "IngestFailure",
    "IngestResult",
    "detect_language",
    "ingest_paths",
    "read_path",
]


def read_path(path: Path, *, max_bytes: int, published: dt.date | None) -> list[Document]:
    """The documents in one file. Raises the file's error, or the first bad record's."""
    reading = read_file(Path(path), max_bytes=max_bytes, published=published)
    if reading.problems:
        raise reading.problems[0]
    return list(reading.documents)


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    published: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> IngestResult:
    """Read files and folders. ``published`` is the reference date for documents without one;
    ``progress(done, total)`` is called after each file."""
    found = discover(paths)
    collector = _Collector()
    for problem in found.problems:
        collector.fail(problem)
    total = len(found.files)
    for done, path in enumerate(found.files, start=1):
        try:
            reading = read_file(path, max_bytes=max_bytes, published=published)
        except ConflictdeskError as error:
            collector.fail(error, str(path))
        else:
            collector.add(reading.documents)
            for problem in reading.problems:
                collector.fail(problem, str(path))
        if progress is not None:
            progress(done, total)
    return IngestResult(tuple(collector.documents), tuple(collector.failures), total)


class _Collector:
    """Keeps the first document of each content hash and refuses a reused id."""

    def __init__(self) -> None:
        self.documents: list[Document] = []
        self.failures: list[IngestFailure] = []
        self._hashes: set[str] = set()
        self._paths_by_id: dict[str, str | None] = {}

    def fail(self, error: ConflictdeskError, path: str | None = None) -> None:
        self.failures.append(IngestFailure(path or error.path or "", error))

    def add(self, documents: Sequence[Document]) -> None:
        for document in documents:
            if document.content_hash in self._hashes:
                continue
            if document.id in self._paths_by_id:
                self.fail(_reused_id(document, self._paths_by_id[document.id]), document.path)
                continue
            self._hashes.add(document.content_hash)
            self._paths_by_id[document.id] = document.path
            self.documents.append(document)


def _reused_id(document: Document, first_path: str | None) -> BadMetadata:
    return BadMetadata(
        f"id '{document.id}' is already used by a different text in {first_path}",
        remedy="give each document its own id",
        path=document.path,
    )
