"""Throwaway PostgreSQL databases for tests (used by the store's own tests and any others).

Tests run against a server at ``TEST_SERVER`` when it answers and skip with the reason when
it does not; each test session works in its own database, dropped at the end.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg
from psycopg import sql

from conflictdesk.model import Document, Event, Source
from conflictdesk.store.schema import metadata

TEST_SERVER = "postgresql://127.0.0.1:5432/test"
# Seconds to wait for the test server before skipping the PostgreSQL tests.
PROBE_TIMEOUT_S = 2


def postgres_unavailable(server: str = TEST_SERVER) -> str | None:
    """``None`` if the server answers, else why not (for a pytest skip reason)."""
    try:
        with psycopg.connect(server, connect_timeout=PROBE_TIMEOUT_S) as conn:
            conn.execute("SELECT 1")
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"PostgreSQL at {server} does not answer ({first})"
    return None


def _database_url(server: str, name: str) -> str:
    base, _, _ = server.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def temporary_postgres_database(server: str = TEST_SERVER) -> Iterator[str]:
    """Create ``conflictdesk_test_<random>`` on the server, yield its URL, drop it after."""
    name = f"conflictdesk_test_{secrets.token_hex(6)}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield _database_url(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


def empty_postgres_database(url: str) -> None:
    """Drop every table in the database's public schema (between tests)."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def sample_document(document_id: str, text: str | None = None, **fields: Any) -> Document:
    """A small document for tests; its content hash is the SHA-256 of its text."""
    body = text if text is not None else f"Report {document_id}: a bomb exploded in Kabul."
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return Document(id=document_id, text=body, content_hash=digest, **fields)


def sample_event(event_id: str, *document_ids: str, **fields: Any) -> Event:
    """A machine event for tests citing each document once (evidence at offsets 0..10)."""
    sources = tuple(
        Source(document_id=d, evidence=f"evidence {event_id} in {d}", start=0, end=10)
        for d in document_ids
    )
    return Event(event_id=event_id, sources=sources, **fields)


def empty_postgres_tables(url: str) -> None:
    """Delete every row except the migration records: faster than re-creating the schema."""
    names = [t.name for t in reversed(metadata.sorted_tables) if t.name != "schema_migrations"]
    with psycopg.connect(url) as conn:
        existing = {
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            ).fetchall()
        }
        for name in names:
            if name in existing:
                conn.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(name)))
