"""Errors of the web layer, and the one JSON error shape every failure is translated into.

The library's own errors (``EventNotFound``, ``ReviewError``, ...) pass through unchanged and
are given an HTTP status here; anything else becomes a 500 whose body names no internals.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Final

from conflictdesk.errors import (
    AnalysisError,
    ConflictdeskError,
    DatabaseUnavailable,
    EventNotFound,
    InputError,
    NotEnoughData,
    PackError,
    PersonNotFound,
    ReportError,
    ReviewError,
)


class WebError(ConflictdeskError):
    code = "E700"


class BadParameter(WebError):
    """A query or form parameter that cannot be read (a date that is not YYYY-MM-DD, ...)."""

    code = "E701"


class PageNotFound(WebError):
    code = "E702"


class MethodNotAllowed(WebError):
    code = "E703"


class CrossSiteRequest(WebError):
    """A write whose Origin/Referer is not this server, or a Host this server does not serve."""

    code = "E704"


class RequestTooLarge(WebError):
    code = "E705"


class ServerStartError(WebError):
    """The server cannot listen on the address asked for (port taken, no permission)."""

    code = "E706"


# Most specific first: the first class an error is an instance of gives its status.
STATUS_OF: Final[tuple[tuple[type[ConflictdeskError], HTTPStatus], ...]] = (
    (EventNotFound, HTTPStatus.NOT_FOUND),
    (PersonNotFound, HTTPStatus.NOT_FOUND),
    (PageNotFound, HTTPStatus.NOT_FOUND),
    (MethodNotAllowed, HTTPStatus.METHOD_NOT_ALLOWED),
    (CrossSiteRequest, HTTPStatus.FORBIDDEN),
    (RequestTooLarge, HTTPStatus.REQUEST_ENTITY_TOO_LARGE),
    (NotEnoughData, HTTPStatus.UNPROCESSABLE_ENTITY),
    (BadParameter, HTTPStatus.BAD_REQUEST),
    (ReviewError, HTTPStatus.BAD_REQUEST),
    (AnalysisError, HTTPStatus.BAD_REQUEST),
    (PackError, HTTPStatus.BAD_REQUEST),
    (InputError, HTTPStatus.BAD_REQUEST),
    (ReportError, HTTPStatus.UNPROCESSABLE_ENTITY),
    (DatabaseUnavailable, HTTPStatus.SERVICE_UNAVAILABLE),
)
INTERNAL_CODE: Final[str] = "E799"
INTERNAL_MESSAGE: Final[str] = "the server failed while answering this request"
INTERNAL_REMEDY: Final[str] = (
    "try again; if it repeats, run the same query with the conflictdesk command line, "
    "which prints the full error"
)


def status_of(error: ConflictdeskError) -> HTTPStatus:
    return next(
        (status for kind, status in STATUS_OF if isinstance(error, kind)),
        HTTPStatus.INTERNAL_SERVER_ERROR,
    )


def error_body(error: ConflictdeskError | None) -> dict[str, Any]:
    """``{"error": {"code", "message", "remedy"}}``; ``None`` is an unexpected failure."""
    if error is None:
        return {
            "error": {"code": INTERNAL_CODE, "message": INTERNAL_MESSAGE, "remedy": INTERNAL_REMEDY}
        }
    where = f"{error.path}: " if error.path else ""
    return {
        "error": {
            "code": error.code,
            "message": f"{where}{error.message}",
            "remedy": error.remedy,
        }
    }
