"""Errors of the scale layer (codes E660-E669), subclasses of the library's ``ServiceError``."""

from __future__ import annotations

from conflictdesk.errors import ServiceError


class ScaleError(ServiceError):
    """Running extraction over many documents went wrong as a whole (not one document)."""

    code = "E660"


class SchedulerUnavailable(ScaleError):
    code = "E661"


class DaskMissing(ScaleError):
    code = "E662"


class ExtractionFailed(ScaleError):
    """One document could not be extracted and no ``on_failure`` handler was given."""

    code = "E663"
