"""Where the database is and how to connect to it: paths, URLs, engines.

``db`` is what users type after ``--db``: a filesystem path (SQLite), ``:memory:`` (tests), or a
``postgresql://`` URL (team mode). ``None`` means ``$CONFLICTDESK_DB`` if set, else a file in
the user's data directory. Failures to reach or write the database become
``DatabaseUnavailable`` naming the place and a remedy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import StaticPool

from conflictdesk.errors import DatabaseUnavailable

ENV_VAR = "CONFLICTDESK_DB"
DEFAULT_FILENAME = "conflictdesk.db"
MEMORY = ":memory:"
# How long a writer waits for another writer's lock before SQLite gives up. The CLI holds
# write transactions for well under a second; 30 s covers a slow disk with room to spare.
SQLITE_BUSY_TIMEOUT_MS = 30_000
# How long to wait for a PostgreSQL server before reporting it unreachable.
POSTGRES_CONNECT_TIMEOUT_S = 5
POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


@dataclass(frozen=True, slots=True)
class Location:
    """A resolved database location: the SQLAlchemy URL and the text shown to users."""

    url: str
    display: str
    kind: str  # "sqlite-file" | "sqlite-memory" | "postgresql"
    path: Path | None = None


def default_db_path() -> Path:
    """``$CONFLICTDESK_DB`` is read by :func:`locate`; this is the data-directory default."""
    return Path(platformdirs.user_data_dir("conflictdesk")) / DEFAULT_FILENAME


def locate(db: str | os.PathLike[str] | None = None) -> Location:
    """Turn ``--db`` (or its absence) into a :class:`Location`. Does not touch the disk."""
    if db is None:
        db = os.environ.get(ENV_VAR) or default_db_path()
    text = os.fspath(db)
    if text == MEMORY:
        return Location(url="sqlite://", display=MEMORY, kind="sqlite-memory")
    if text.startswith(POSTGRES_SCHEMES):
        url = sa.make_url("postgresql+psycopg://" + text.split("://", 1)[1])
        return Location(
            url=url.render_as_string(hide_password=False),
            display=url.set(drivername="postgresql").render_as_string(hide_password=True),
            kind="postgresql",
        )
    if text.startswith("sqlite:///"):
        text = text.removeprefix("sqlite:///")
    path = Path(text).expanduser().absolute()
    return Location(url=f"sqlite:///{path}", display=str(path), kind="sqlite-file", path=path)


def create_engine(location: Location) -> Engine:
    """An engine for ``location``, checked to be reachable and (for files) writable."""
    if location.kind == "postgresql":
        engine = _postgres_engine(location)
    else:
        engine = _sqlite_engine(location)
    _probe(engine, location)
    return engine


def _postgres_engine(location: Location) -> Engine:
    return sa.create_engine(
        location.url,
        pool_pre_ping=True,
        # No server-side prepared statements: psycopg prepares a query from its second run,
        # and preparing our 500-id IN lists costs PostgreSQL ~0.5 s each (measured, 15.x).
        connect_args={"connect_timeout": POSTGRES_CONNECT_TIMEOUT_S, "prepare_threshold": None},
    )


def _sqlite_engine(location: Location) -> Engine:
    if location.path is not None:
        _prepare_directory(location)
        engine = sa.create_engine(location.url)
    else:
        engine = sa.create_engine(
            location.url, poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    _install_sqlite_hooks(engine, wal=location.path is not None)
    return engine


def _prepare_directory(location: Location) -> None:
    assert location.path is not None
    try:
        location.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _unavailable(location, f"cannot create its folder: {exc.strerror or exc}") from exc
    target = location.path if location.path.exists() else location.path.parent
    # SQLite in WAL mode writes -wal and -shm files next to the database, so the folder too.
    if not os.access(target, os.W_OK) or not os.access(location.path.parent, os.W_OK):
        raise _unavailable(location, f"{target} is not writable")


def _install_sqlite_hooks(engine: Engine, *, wal: bool) -> None:
    """Foreign keys, busy timeout, WAL, and real transactions (DDL included) on SQLite.

    Python's sqlite3 module only opens transactions before DML; we switch that off and emit
    ``BEGIN`` ourselves so that a migration's DDL commits or rolls back as one.
    """

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _probe(engine: Engine, location: Location) -> None:
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
    except sa.exc.DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise _unavailable(location, reason) from exc


def _unavailable(location: Location, reason: str) -> DatabaseUnavailable:
    if location.kind == "postgresql":
        remedy = (
            "start the PostgreSQL server or fix the URL given with --db or "
            f"{ENV_VAR}; check it with `psql {location.display}`"
        )
        return DatabaseUnavailable(
            f"cannot reach PostgreSQL at {location.display}: {reason}", remedy=remedy
        )
    remedy = f"choose a writable file with --db PATH or set {ENV_VAR}"
    return DatabaseUnavailable(
        f"cannot open the database at {location.display}: {reason}", remedy=remedy
    )
