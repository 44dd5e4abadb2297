"""The dashboard served for real: on a free localhost port in a thread, fetched over HTTP, and
(when Debian's chromium is installed) rendered headless to a PNG."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from wsgiref.simple_server import WSGIServer

import pytest

from conflictdesk import api
from conflictdesk.demo import samples_dir
from conflictdesk.web import create_server
from conflictdesk.web.errors import ServerStartError
from conflictdesk.web.server import server_url

CHROMIUM = Path("/usr/bin/chromium")
SAMPLES = ("wire-2023-03-27-mofa.md", "wire-2022-09-30-kaaj-a.md", "sum-2021-07-10-andar-ied.txt")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# A blank or error page compresses to a few kB; the dashboard with its chart and map is larger.
MIN_DASHBOARD_PNG_BYTES = 40_000
CHROMIUM_SECONDS = 60


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WSGIServer]:
    db = tmp_path_factory.mktemp("served") / "served.db"
    docs = samples_dir() / "docs"
    api.ingest([docs / name for name in SAMPLES], db=str(db))
    served = create_server(str(db), "127.0.0.1", 0)
    thread = threading.Thread(target=served.serve_forever, daemon=True)
    thread.start()
    yield served
    served.shutdown()
    served.server_close()
    thread.join()


def fetch(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=30) as answer:
        return int(answer.status), answer.read()


def test_served_pages_and_json(server: WSGIServer) -> None:
    url = server_url(server)
    assert url.startswith("http://127.0.0.1:")
    status, body = fetch(url)
    assert status == 200
    assert b"Dashboard" in body
    status, body = fetch(url + "api/events?actor=ISKP")
    assert status == 200
    assert json.loads(body)["count"] >= 1


def test_a_taken_port_is_a_clear_error(server: WSGIServer) -> None:
    port = server.server_address[1]
    with pytest.raises(ServerStartError, match="--port"):
        create_server(None, "127.0.0.1", port)


def test_loopback_server_refuses_other_host_names(server: WSGIServer) -> None:
    port = server.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(b"GET / HTTP/1.0\r\nHost: attacker.example\r\n\r\n")
        reply = conn.recv(64)
    assert reply.startswith(b"HTTP/1.0 403")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium")
def test_dashboard_screenshot(server: WSGIServer, tmp_path: Path) -> None:
    png = tmp_path / "dashboard.png"
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        f"--screenshot={png}",
        "--window-size=1280,900",
        server_url(server),
    ]
    subprocess.run(command, capture_output=True, timeout=CHROMIUM_SECONDS, check=False)
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
    data = png.read_bytes()
    assert data.startswith(PNG_MAGIC)
    assert len(data) > MIN_DASHBOARD_PNG_BYTES
