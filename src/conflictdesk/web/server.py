"""``conflictdesk serve``: the dashboard on a local port, with the standard library's server.

    serve("events.db")                                  # http://127.0.0.1:8765/, until Ctrl-C
    serve("events.db", port=0, on_ready=print)          # any free port; prints the URL

The server answers several requests at once (one thread each); each request opens the store
and closes it, so the command line can ingest into the same SQLite file meanwhile (WAL).
Requests are logged through ``logging`` (logger ``conflictdesk.web``), never printed.
"""

from __future__ import annotations

import logging
import threading
import webbrowser
from collections.abc import Callable
from socketserver import ThreadingMixIn
from typing import Any, Final
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from conflictdesk.web.app import LOOPBACK_HOSTS, make_app
from conflictdesk.web.errors import ServerStartError

LOG = logging.getLogger("conflictdesk.web")
DEFAULT_HOST: Final[str] = "127.0.0.1"
DEFAULT_PORT: Final[int] = 8765
# Bound to these, the server is reachable under any name, so it cannot check the Host header.
ANY_ADDRESS: Final[frozenset[str]] = frozenset({"", "0.0.0.0", "::"})


class ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class QuietHandler(WSGIRequestHandler):
    """Request lines go to the ``conflictdesk.web`` logger instead of stderr."""

    def log_message(self, format: str, *args: Any) -> None:
        LOG.info("%s %s", self.address_string(), format % args)


def create_server(db: str | None, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> WSGIServer:
    """A bound server (``port=0``: any free port); call ``serve_forever`` on it."""
    allowed = None if host in ANY_ADDRESS else LOOPBACK_HOSTS | {host.lower()}
    app = make_app(db, allowed_hosts=allowed)
    try:
        return make_server(host, port, app, ThreadingServer, QuietHandler)
    except OSError as error:
        raise ServerStartError(
            f"cannot listen on {host}:{port}: {error.strerror or error}",
            remedy="choose another port with --port, or stop the program using this one",
        ) from None


def server_url(server: WSGIServer) -> str:
    host, port = str(server.server_address[0]), server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    if host in ANY_ADDRESS:
        shown = "127.0.0.1"
    return f"http://{shown}:{port}/"


def serve(
    db: str | None,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    *,
    open_browser: bool = False,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the dashboard until interrupted (Ctrl-C returns normally).

    ``on_ready`` is called with the URL once the port is bound (the CLI prints it)."""
    server = create_server(db, host, port)
    url = server_url(server)
    try:
        if on_ready is not None:
            on_ready(url)
        if open_browser:
            threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
