"""One document's extraction as a value: an ``Extraction``, or an ``ExtractionFailure`` saying
why not. Workers return outcomes so that one bad document never loses the others."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from conflictdesk.extract import extract_document
from conflictdesk.model import Document, Extraction
from conflictdesk.resolve.registry import Registry
from conflictdesk.scale.errors import ExtractionFailed


@dataclass(frozen=True, slots=True)
class ExtractionFailure:
    """A document (or a file, or a whole partition) that produced no extraction.

    ``source`` is the document id, or the file path when the file itself could not be read;
    ``error`` is ``"TypeError: ..."``; ``where`` is the innermost ``file:line in function``.
    """

    source: str
    error: str
    where: str = ""

    @property
    def line(self) -> str:
        where = f" (at {self.where})" if self.where else ""
        return f"{self.source}: {self.error}{where}"


Outcome = Extraction | ExtractionFailure
FailureHandler = Callable[[ExtractionFailure], None]


def failure_of(source: str, error: BaseException) -> ExtractionFailure:
    """The failure record of ``error`` raised while handling ``source``."""
    frames = traceback.extract_tb(error.__traceback__)
    where = f"{frames[-1].filename}:{frames[-1].lineno} in {frames[-1].name}" if frames else ""
    message = " ".join(str(error).split())
    return ExtractionFailure(source, f"{type(error).__name__}: {message}", where)


def extract_outcome(document: Document, registry: Registry) -> Outcome:
    """``extract_document`` that returns a failure record instead of raising."""
    try:
        return extract_document(document, registry)
    except Exception as error:  # one document's bug must not stop a corpus
        return failure_of(str(getattr(document, "id", "?")), error)


def deliver(outcomes: Iterable[Outcome], on_failure: FailureHandler | None) -> Iterator[Extraction]:
    """The extractions among ``outcomes``; each failure goes to ``on_failure``, or raises
    ``ExtractionFailed`` when there is no handler."""
    for outcome in outcomes:
        if isinstance(outcome, ExtractionFailure):
            if on_failure is None:
                raise ExtractionFailed(
                    f"document {outcome.source} could not be extracted: {outcome.error}",
                    remedy="pass on_failure= to collect failures and go on with the others",
                )
            on_failure(outcome)
        else:
            yield outcome
