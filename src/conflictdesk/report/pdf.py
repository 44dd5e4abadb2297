"""HTML to PDF with a headless Chromium (Debian's ``chromium`` package), fully offline.

The report's HTML is self-contained (inline CSS and SVG, no scripts), so Chromium only lays it
out and prints it. It runs with a fresh throw-away profile and every background service off
(no network, no sync, no component updates), and is given ``PDF_TIMEOUT_SECONDS`` to finish.

The browser is found, in order: the ``browser`` argument, the ``CONFLICTDESK_CHROMIUM``
environment variable, then ``chromium`` / ``chromium-browser`` on the PATH or in /usr/bin.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Final

from conflictdesk.errors import ReportError

BROWSER_ENV: Final[str] = "CONFLICTDESK_CHROMIUM"
BROWSER_NAMES: Final[tuple[str, ...]] = ("chromium", "chromium-browser")
BROWSER_DIRS: Final[tuple[str, ...]] = ("/usr/bin", "/usr/local/bin", "/snap/bin")
# A 30-page report prints in about 2 s on one core; a minute leaves room for slow machines.
PDF_TIMEOUT_SECONDS: Final[float] = 60.0
PDF_MAGIC: Final[bytes] = b"%PDF-"
OFFLINE_FLAGS: Final[tuple[str, ...]] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--mute-audio",
    "--hide-scrollbars",
    "--no-pdf-header-footer",
)


class PdfError(ReportError):
    """Chromium ran but did not produce the PDF."""

    code = "E513"


class ChromiumNotFound(PdfError):
    code = "E514"


def find_chromium(browser: str | None = None) -> Path:
    """The Chromium executable to print with, or ``ChromiumNotFound`` with the remedy."""
    wanted = browser or os.environ.get(BROWSER_ENV)
    if wanted:
        found = shutil.which(wanted)
        if found is None:
            raise ChromiumNotFound(
                f"browser {wanted!r} not found or not executable",
                remedy=f"give the path of a Chromium executable, or unset {BROWSER_ENV}",
            )
        return Path(found)
    for name in BROWSER_NAMES:
        found = shutil.which(name) or next(
            (str(p) for d in BROWSER_DIRS if os.access(p := Path(d) / name, os.X_OK)), None
        )
        if found:
            return Path(found)
    raise ChromiumNotFound(
        "no Chromium found to print the PDF",
        remedy="apt-get install chromium (or write --out report.html and print it yourself)",
    )


def chromium_command(browser: Path, profile: Path, page: Path, out: Path) -> list[str]:
    return [
        str(browser),
        *OFFLINE_FLAGS,
        f"--user-data-dir={profile}",
        f"--print-to-pdf={out}",
        page.as_uri(),
    ]


def html_to_pdf(
    html: str,
    out: Path,
    *,
    browser: str | None = None,
    timeout: float = PDF_TIMEOUT_SECONDS,
) -> Path:
    """Print ``html`` (a self-contained page) to the PDF file ``out``; returns ``out``."""
    executable = find_chromium(browser)
    out = out.resolve()
    with tempfile.TemporaryDirectory(prefix="conflictdesk-pdf-") as work:
        folder = Path(work)
        page = folder / "report.html"
        page.write_text(html, encoding="utf-8")
        printed = folder / "report.pdf"
        command = chromium_command(executable, folder / "profile", page, printed)
        _run(command, timeout, out)
        _check_pdf(printed, out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(printed), out)
    return out


def _run(command: list[str], timeout: float, out: Path) -> None:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise PdfError(
            f"Chromium did not finish printing within {timeout:.0f} s",
            remedy="try again, or write --out report.html and print it from a browser",
            path=str(out),
        ) from None
    except OSError as error:
        raise PdfError(
            f"cannot run Chromium: {error}",
            remedy="check the Chromium installation (apt-get install --reinstall chromium)",
            path=str(out),
        ) from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise PdfError(
            f"Chromium exited with {done.returncode}: {last}",
            remedy="check the Chromium installation, or write --out report.html",
            path=str(out),
        )


def _check_pdf(printed: Path, out: Path) -> None:
    if not printed.exists() or printed.read_bytes()[: len(PDF_MAGIC)] != PDF_MAGIC:
        raise PdfError(
            "Chromium ran but wrote no PDF",
            remedy="check that Chromium supports --print-to-pdf (version 59 or later)",
            path=str(out),
        )
