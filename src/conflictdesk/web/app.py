"""The WSGI application: routes, the same-origin rule for writes, and error translation.

    from conflictdesk.web import make_app
    app = make_app("events.db")          # any WSGI server; ``serve`` uses wsgiref

Every failure becomes one shape: ``{"error": {"code", "message", "remedy"}}`` under ``/api/``,
an HTML page with the same three parts elsewhere, with the status of ``web.errors.STATUS_OF``.
An unexpected exception is logged and answered with a 500 that names no internals.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from http import HTTPStatus
from importlib import resources
from typing import Any, Final
from urllib.parse import urlsplit

from conflictdesk.errors import ConflictdeskError
from conflictdesk.web import api_routes, pages
from conflictdesk.web.errors import (
    CrossSiteRequest,
    MethodNotAllowed,
    PageNotFound,
    error_body,
    status_of,
)
from conflictdesk.web.http import Request, Response, html, json_response, read_request
from conflictdesk.web.render import render

Handler = Callable[..., Response]
StartResponse = Callable[[str, list[tuple[str, str]]], Any]

LOG = logging.getLogger("conflictdesk.web")
# The names a browser on this machine uses for a server bound to loopback. Requests naming any
# other Host are refused, so a page on another site cannot reach the server through DNS
# rebinding (its host name pointed at 127.0.0.1).
LOOPBACK_HOSTS: Final[frozenset[str]] = frozenset({"127.0.0.1", "localhost", "::1"})
SECURITY_HEADERS: Final[tuple[tuple[str, str], ...]] = (
    # matplotlib's SVG carries inline style attributes; scripts only from this server.
    (
        "Content-Security-Policy",
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),
    ("Cache-Control", "no-store"),
)
STATIC_TYPES: Final[dict[str, str]] = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}
ID: Final[str] = r"(?P<{}>[^/]+)"


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


def _route(method: str, path: str, handler: Handler) -> Route:
    regex = re.sub(r"<(\w+)>", lambda m: ID.format(m.group(1)), path)
    return Route(method, re.compile(f"^{regex}$"), handler)


ROUTES: Final[tuple[Route, ...]] = (
    _route("GET", "/", pages.dashboard),
    _route("GET", "/events", pages.events_list),
    _route("GET", "/events.csv", lambda db, r: pages.events_download(db, r, "csv")),
    _route("GET", "/events.jsonl", lambda db, r: pages.events_download(db, r, "jsonl")),
    _route("GET", "/events/<event_id>", pages.event_detail),
    _route("POST", "/events/<event_id>/review", pages.review_post),
    _route("GET", "/review", pages.review_queue),
    _route("GET", "/people", pages.people_list),
    _route("GET", "/people/<person_id>", pages.person_detail),
    _route("GET", "/actors", pages.actors_page),
    _route("GET", "/assess", pages.assess_page),
    _route("GET", "/api/events", api_routes.events),
    _route("GET", "/api/events/<event_id>", api_routes.event),
    _route("GET", "/api/events/<event_id>/history", api_routes.history),
    _route("GET", "/api/analyse/<name>", api_routes.analyse),
    _route("GET", "/api/people", api_routes.people),
    _route("GET", "/api/people/<person_id>", api_routes.person),
    _route("GET", "/api/actors", api_routes.actors),
    _route("GET", "/api/review", api_routes.review_queue),
    _route("GET", "/api/assess", api_routes.assess),
)


class WebApp:
    """The dashboard over one database (``None``: $CONFLICTDESK_DB or the default file)."""

    def __init__(self, db: str | None, *, allowed_hosts: Collection[str] | None) -> None:
        self.db = db
        self.allowed_hosts = (
            None if allowed_hosts is None else frozenset(h.lower() for h in allowed_hosts)
        )

    def __call__(
        self, environ: Mapping[str, Any], start_response: StartResponse
    ) -> Iterable[bytes]:
        response = self.respond(environ)
        head = environ.get("REQUEST_METHOD", "GET").upper() == "HEAD"
        own = {name.lower() for name, _ in response.headers}
        headers = [
            ("Content-Type", response.content_type),
            ("Content-Length", str(len(response.body))),
            *(h for h in SECURITY_HEADERS if h[0].lower() not in own),
            *response.headers,
        ]
        start_response(response.status_line, headers)
        return [b"" if head else response.body]

    def respond(self, environ: Mapping[str, Any]) -> Response:
        wants_json = str(environ.get("PATH_INFO", "")).startswith("/api/")
        try:
            request = read_request(environ)
            self.check_host(request)
            return self.dispatch(request)
        except ConflictdeskError as error:
            return error_response(error, wants_json)
        except Exception:
            LOG.exception("unexpected failure answering %s", environ.get("PATH_INFO"))
            return error_response(None, wants_json)

    def dispatch(self, request: Request) -> Response:
        if request.path.startswith("/static/"):
            return static_file(request.path.removeprefix("/static/"))
        method = "GET" if request.method == "HEAD" else request.method
        allowed: list[str] = []
        for route in ROUTES:
            match = route.pattern.match(request.path)
            if match is None:
                continue
            if route.method != method:
                allowed.append(route.method)
                continue
            if method == "POST":
                check_same_origin(request)
            return route.handler(self.db, request, **match.groupdict())
        if allowed:
            raise MethodNotAllowed(
                f"{request.method} is not allowed on {request.path}",
                remedy=f"use {' or '.join(allowed)}",
            )
        raise PageNotFound(f"no page at {request.path}", remedy="start from / (the dashboard)")

    def check_host(self, request: Request) -> None:
        if self.allowed_hosts is None:
            return
        name = host_name(request.host)
        if name not in self.allowed_hosts:
            raise CrossSiteRequest(
                f"this server does not answer to the host name {name!r}",
                remedy="open it as http://127.0.0.1:PORT/ or http://localhost:PORT/",
            )


def host_name(host: str) -> str:
    """``127.0.0.1:8765`` -> ``127.0.0.1``; ``[::1]:8765`` -> ``::1``."""
    try:
        return (urlsplit(f"//{host}").hostname or "").lower()
    except ValueError:
        return ""


def check_same_origin(request: Request) -> None:
    """A write must come from a page of this server: its Origin (or, when a browser sends no
    Origin, its Referer) has this server's scheme and host."""
    source = request.origin if request.origin not in (None, "", "null") else request.referer
    if not source:
        raise CrossSiteRequest(
            "the form came with no Origin or Referer, so it cannot be told from a cross-site one",
            remedy="send the form from the conflictdesk page in a browser",
        )
    parts = urlsplit(source)
    if (parts.scheme, parts.netloc.lower()) != (request.scheme, request.host.lower()):
        raise CrossSiteRequest(
            f"a form from {parts.scheme}://{parts.netloc} cannot change this database",
            remedy="review from the conflictdesk page itself",
        )


def error_response(error: ConflictdeskError | None, wants_json: bool) -> Response:
    status = HTTPStatus.INTERNAL_SERVER_ERROR if error is None else status_of(error)
    body = error_body(error)
    if wants_json:
        return json_response(body, status)
    page = render(
        "error.html", title=f"Error {body['error']['code']}", error=body["error"], status=status
    )
    return html(page, status)


@lru_cache(maxsize=32)
def static_file(name: str) -> Response:
    """One of the files shipped in ``web/static`` (nothing else: no folders, no dot-files)."""
    folder = resources.files("conflictdesk.web") / "static"
    kind = STATIC_TYPES.get("." + name.rsplit(".", 1)[-1]) if "." in name else None
    if kind is None or "/" in name or name.startswith("."):
        raise PageNotFound(f"no static file {name!r}")
    path = folder / name
    if not path.is_file():
        raise PageNotFound(f"no static file {name!r}")
    headers = (("Cache-Control", "max-age=3600"),)
    return Response(HTTPStatus.OK, path.read_bytes(), kind, headers)


def make_app(db: str | None, *, allowed_hosts: Collection[str] | None = LOOPBACK_HOSTS) -> WebApp:
    """The WSGI app over ``db``. ``allowed_hosts``: host names it answers to (``None``: any,
    for a server bound to a public address behind a proxy that checks)."""
    return WebApp(db, allowed_hosts=allowed_hosts)
