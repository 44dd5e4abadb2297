"""What one ingest call produced: documents, failures (with their one-line messages), counts."""

from __future__ import annotations

from dataclasses import dataclass

from conflictdesk.errors import ConflictdeskError
from conflictdesk.model import Document


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """A file, JSONL line or feed entry that could not be ingested, and why."""

    path: str
    error: ConflictdeskError

    @property
    def line(self) -> str:
        """The error as one line: ``E103 notes/empty.txt: the file is empty (remedy)``."""
        return " ".join(str(self.error).split())


@dataclass(frozen=True, slots=True)
class IngestResult:
    """Everything one call to ``ingest_paths`` read. ``files_read`` counts the files opened,
    including those that failed."""

    documents: tuple[Document, ...]
    failures: tuple[IngestFailure, ...]
    files_read: int

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (
            f"{len(self.documents)} document(s) from {self.files_read} file(s), "
            f"{len(self.failures)} failure(s)"
        )


@dataclass(frozen=True, slots=True)
class FileReading:
    """One file's documents plus the records (JSONL lines, feed entries) that failed."""

    documents: tuple[Document, ...]
    problems: tuple[ConflictdeskError, ...] = ()
