"""One error hierarchy for the whole library.

The library raises these and never prints or exits; the CLI and web layers translate them
into ``Error: E105 report.pdf: ... (remedy)`` and a non-zero exit code. Every error carries a
stable code so users can search for it and tests can assert on it.
"""

from __future__ import annotations


class ConflictdeskError(Exception):
    """Base class: a condition the user can act on, with the remedy."""

    code = "E000"

    def __init__(self, message: str, *, remedy: str | None = None, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.remedy = remedy
        self.path = path

    def __str__(self) -> str:
        where = f"{self.path}: " if self.path else ""
        fix = f" ({self.remedy})" if self.remedy else ""
        return f"{self.code} {where}{self.message}{fix}"


# -- input (E1xx) -------------------------------------------------------------------------------
class InputError(ConflictdeskError):
    code = "E100"


class NoSuchPath(InputError):
    code = "E101"


class UnknownFormat(InputError):
    code = "E102"


class EmptyDocument(InputError):
    code = "E103"


class BinaryDocument(InputError):
    code = "E104"


class UndecodableDocument(InputError):
    code = "E105"


class DocumentTooLarge(InputError):
    code = "E106"


class MalformedRecord(InputError):
    """A JSONL line, front-matter block or feed entry that cannot be read."""

    code = "E107"


class TruncatedMarkup(InputError):
    code = "E108"


class BadMetadata(InputError):
    code = "E109"


class AnnotationFile(InputError):
    """A file of gold events (``document_id``, no ``text``), met among the documents."""

    code = "E110"


# -- packs and registry (E2xx) ------------------------------------------------------------------
class PackError(ConflictdeskError):
    code = "E200"


class UnknownActor(PackError):
    code = "E201"


# -- store (E3xx) -------------------------------------------------------------------------------
class StoreError(ConflictdeskError):
    code = "E300"


class EventNotFound(StoreError):
    code = "E301"


class DatabaseUnavailable(StoreError):
    code = "E302"


class MigrationError(StoreError):
    code = "E303"


class ReviewError(StoreError):
    code = "E304"


class PersonNotFound(StoreError):
    code = "E305"


# -- evaluation (E4xx) --------------------------------------------------------------------------
class GoldError(ConflictdeskError):
    code = "E400"


# -- analysis and reports (E5xx) ----------------------------------------------------------------
class AnalysisError(ConflictdeskError):
    code = "E500"


class NotEnoughData(AnalysisError):
    code = "E501"


class ReportError(ConflictdeskError):
    code = "E510"


# -- optional services (E6xx) -------------------------------------------------------------------
class ServiceError(ConflictdeskError):
    code = "E600"
