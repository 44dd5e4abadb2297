"""HTML to PDF: finding Chromium, the offline command line, and failures with remedies.

A stand-in "browser" (a small script) tests the plumbing everywhere; one test prints with the
real Chromium when it is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest

from conflictdesk.report import pdf
from conflictdesk.report.pdf import ChromiumNotFound, PdfError, chromium_command, html_to_pdf

PAGE = "<!doctype html><html><body><h1>Test page</h1><p>Offline.</p></body></html>"


def _fake_browser(tmp_path: Path, body: str) -> str:
    script = tmp_path / "fake-chromium"
    script.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return str(script)


WRITES_PDF = """for arg in "$@"; do
  case "$arg" in --print-to-pdf=*) printf '%%PDF-1.4 fake' > "${arg#--print-to-pdf=}";; esac
done"""


def test_prints_through_the_browser_it_is_given(tmp_path: Path) -> None:
    browser = _fake_browser(tmp_path, WRITES_PDF)
    out = html_to_pdf(PAGE, tmp_path / "out" / "report.pdf", browser=browser)
    assert out.read_bytes().startswith(b"%PDF-")


def test_browser_failures_are_report_errors(tmp_path: Path) -> None:
    failing = _fake_browser(tmp_path, "echo 'cannot open display' >&2; exit 3")
    with pytest.raises(PdfError, match="exited with 3: cannot open display"):
        html_to_pdf(PAGE, tmp_path / "a.pdf", browser=failing)
    silent = _fake_browser(tmp_path, "exit 0")
    with pytest.raises(PdfError, match="wrote no PDF"):
        html_to_pdf(PAGE, tmp_path / "b.pdf", browser=silent)


def test_no_chromium_names_the_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(pdf.BROWSER_ENV, raising=False)
    monkeypatch.setattr("shutil.which", lambda name: None)
    monkeypatch.setattr(pdf, "BROWSER_DIRS", ())
    with pytest.raises(ChromiumNotFound) as error:
        pdf.find_chromium()
    assert error.value.remedy is not None
    assert "apt-get install chromium" in error.value.remedy
    with pytest.raises(ChromiumNotFound, match="not found"):
        pdf.find_chromium("/nowhere/chromium")


def test_command_runs_offline_with_a_fresh_profile(tmp_path: Path) -> None:
    command = chromium_command(
        Path("/usr/bin/chromium"), tmp_path / "p", tmp_path / "r.html", tmp_path / "r.pdf"
    )
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ):
        assert flag in command
    assert f"--user-data-dir={tmp_path / 'p'}" in command
    assert f"--print-to-pdf={tmp_path / 'r.pdf'}" in command
    assert command[-1].startswith("file://")


@pytest.mark.slow  # about 2 s: Chromium starts and prints
@pytest.mark.skipif(
    shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
    reason="Chromium not installed (apt-get install chromium)",
)
def test_real_chromium_prints_a_pdf(tmp_path: Path) -> None:
    out = html_to_pdf(PAGE, tmp_path / "real.pdf")
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(data) > 1000
