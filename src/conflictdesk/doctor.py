"""``conflictdesk doctor``: read-only checks of the database, packs and optional services."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass

from conflictdesk.errors import ConflictdeskError


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str | None = None
    optional: bool = False


def _database(db: str | None) -> Check:
    from pathlib import Path

    from conflictdesk.store import MIGRATIONS, default_db_path, open_store

    target = db or os.environ.get("CONFLICTDESK_DB") or str(default_db_path())
    is_file = "://" not in target and target != ":memory:"
    if is_file and not Path(target).exists():
        return Check(
            "database", False, f"no database at {target}", "`conflictdesk ingest PATH` creates it"
        )

    try:
        with open_store(db) as store:
            applied = store.migrations()
            events, documents = store.count_events(), store.count_documents()
            url = store.url
    except ConflictdeskError as exc:
        return Check("database", False, str(exc), exc.remedy)
    known = [m.name for m in MIGRATIONS]
    missing = [m for m in known if m not in applied]
    detail = f"{url}: {documents} documents, {events} events, migrations {len(applied)}"
    if missing:
        return Check("database", False, detail, "open it once with a command that writes")
    return Check("database", True, detail)


def _packs() -> Check:
    from conflictdesk.resolve.registry import load_registry

    try:
        reg = load_registry()
    except ConflictdeskError as exc:
        return Check("packs", False, str(exc), exc.remedy)
    names = ", ".join(p.name for p in reg.packs)
    detail = (
        f"{names}: {len(reg.actors)} actors, {len(reg.places)} places, {len(reg.people)} people"
    )
    return Check("packs", bool(reg.actors and reg.places), detail)


def _language() -> Check:
    from conflictdesk.ingest import detect_language

    found = detect_language(
        "A suicide bomber attacked a mosque in Kabul on Friday, officials said."
    )
    return Check("language detection", found == "en", f"lingua says {found!r} for English")


def _chromium() -> Check:
    browser = os.environ.get("CONFLICTDESK_CHROMIUM") or shutil.which("chromium")
    browser = browser or shutil.which("chromium-browser")
    if browser:
        return Check("PDF reports (chromium)", True, browser, optional=True)
    return Check(
        "PDF reports (chromium)",
        False,
        "no chromium on PATH; HTML and Markdown reports still work",
        "apt-get install chromium",
        optional=True,
    )


def _dask() -> Check:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return Check(
            "dask (scale-out)",
            False,
            "not installed",
            "pip install 'conflictdesk[scale]'",
            optional=True,
        )
    return Check("dask (scale-out)", True, "installed", optional=True)


def run_checks(db: str | None = None) -> list[Check]:
    checks: list[Callable[[], Check]] = [
        lambda: _database(db),
        _packs,
        _language,
        _chromium,
        _dask,
    ]
    return [check() for check in checks]
