"""Requests and responses over plain WSGI: no framework, nothing beyond the standard library.

``read_request`` turns a WSGI environ into a frozen ``Request`` (query and form fields as
single values; the last one wins when a name repeats); handlers return a ``Response``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any, Final
from urllib.parse import parse_qsl

from conflictdesk.web.errors import BadParameter, RequestTooLarge

# A review form is a few hundred bytes; nothing the app accepts comes near this.
MAX_FORM_BYTES: Final[int] = 64 * 1024
FORM_TYPE: Final[str] = "application/x-www-form-urlencoded"
HTML_TYPE: Final[str] = "text/html; charset=utf-8"
JSON_TYPE: Final[str] = "application/json; charset=utf-8"


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    path: str
    query: Mapping[str, str]
    form: Mapping[str, str] = field(default_factory=dict)
    host: str = ""
    scheme: str = "http"
    origin: str | None = None
    referer: str | None = None
    query_string: str = ""

    def wants_json(self) -> bool:
        return self.path.startswith("/api/")


@dataclass(frozen=True, slots=True)
class Response:
    status: HTTPStatus
    body: bytes
    content_type: str = HTML_TYPE
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def status_line(self) -> str:
        return f"{self.status.value} {self.status.phrase}"


def read_request(environ: Mapping[str, Any]) -> Request:
    method = str(environ.get("REQUEST_METHOD", "GET")).upper()
    query_string = str(environ.get("QUERY_STRING", ""))
    return Request(
        method=method,
        path=_path(environ),
        query=_fields(query_string),
        form=_form(environ) if method == "POST" else {},
        host=str(environ.get("HTTP_HOST") or environ.get("SERVER_NAME") or ""),
        scheme=str(environ.get("wsgi.url_scheme", "http")),
        origin=environ.get("HTTP_ORIGIN"),
        referer=environ.get("HTTP_REFERER"),
        query_string=query_string,
    )


def _path(environ: Mapping[str, Any]) -> str:
    """PATH_INFO as text: WSGI passes it as latin-1 decoded bytes of the UTF-8 URL."""
    raw = str(environ.get("PATH_INFO", "/")) or "/"
    try:
        return raw.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return raw


def _fields(text: str) -> dict[str, str]:
    try:
        return dict(parse_qsl(text, keep_blank_values=True, strict_parsing=False))
    except ValueError as error:
        raise BadParameter(f"cannot read the parameters: {error}") from None


def _form(environ: Mapping[str, Any]) -> dict[str, str]:
    kind = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower()
    if kind != FORM_TYPE:
        raise BadParameter(
            f"the form was sent as {kind or 'no content type'!r}",
            remedy=f"send the form as {FORM_TYPE}",
        )
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise BadParameter("the Content-Length header is not a number") from None
    if length > MAX_FORM_BYTES:
        raise RequestTooLarge(
            f"the form is {length} bytes, more than {MAX_FORM_BYTES}",
            remedy="send a shorter note or value",
        )
    body = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        return _fields(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadParameter("the form is not UTF-8", remedy="send the form as UTF-8") from None


def html(text: str, status: HTTPStatus = HTTPStatus.OK) -> Response:
    return Response(status, text.encode("utf-8"))


def json_response(data: Any, status: HTTPStatus = HTTPStatus.OK) -> Response:
    text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False, default=str)
    return Response(status, (text + "\n").encode("utf-8"), JSON_TYPE)


def download(text: str, content_type: str, filename: str) -> Response:
    disposition = ("Content-Disposition", f'attachment; filename="{filename}"')
    return Response(HTTPStatus.OK, text.encode("utf-8"), content_type, (disposition,))


def redirect(location: str) -> Response:
    """303 See Other: after a POST the browser GETs the page (no resubmission on reload)."""
    return Response(
        HTTPStatus.SEE_OTHER, b"", "text/plain; charset=utf-8", (("Location", location),)
    )
