"""The Store: one object over one database, SQLite or PostgreSQL, same schema, same calls."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from conflictdesk.errors import DatabaseUnavailable
from conflictdesk.model import Document, Event
from conflictdesk.store import documents as docs
from conflictdesk.store import events as ev
from conflictdesk.store import review
from conflictdesk.store.audit import AuditRecord
from conflictdesk.store.database import Location, create_engine, locate
from conflictdesk.store.documents import AddResult
from conflictdesk.store.extraction import SaveResult, save_extraction
from conflictdesk.store.migrations import applied_migrations, apply_migrations


def open_store(db: str | os.PathLike[str] | None = None) -> Store:
    """Open (creating and migrating if needed) the database named by ``db``.

    ``db``: a file path, ``":memory:"`` or a ``postgresql://`` URL; ``None`` means
    ``$CONFLICTDESK_DB`` if set, else ``conflictdesk.db`` in the user's data directory.
    """
    location = locate(db)
    engine = create_engine(location)
    try:
        apply_migrations(engine)
    except sa.exc.OperationalError as exc:
        engine.dispose()
        raise DatabaseUnavailable(
            f"cannot write the database at {location.display}: {exc.orig}",
            remedy="check that the file and its folder are writable and no other program "
            "holds a lock on it, or choose another with --db",
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, location)


class Store:
    """Documents, events and the analyst's review, over a migrated database."""

    def __init__(self, engine: Engine, location: Location) -> None:
        self._engine = engine
        self._location = location

    # -- the connection ---------------------------------------------------------------------
    @property
    def url(self) -> str:
        """Where the database is, for messages: a path, ":memory:", or a URL without password."""
        return self._location.display

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self._engine.dialect.name

    def migrations(self) -> tuple[str, ...]:
        """Names of the migrations applied to this database."""
        return applied_migrations(self._engine)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url}>"

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        with self._engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One write transaction (``BEGIN IMMEDIATE`` on SQLite: one writer at a time)."""
        with self._engine.connect() as conn, conn.execution_options(write=True).begin():
            yield conn

    # -- documents --------------------------------------------------------------------------
    def add_documents(self, documents: Iterable[Document]) -> AddResult:
        """Store new documents; duplicates by id or content hash are reported, not stored."""
        with self._writing() as conn:
            return docs.add_documents(conn, documents)

    def document(self, document_id: str) -> Document:
        """The document, or ``DocumentNotFound`` (E306)."""
        with self._reading() as conn:
            return docs.get_document(conn, document_id)

    def documents(self) -> Iterator[Document]:
        """All documents, ordered by id."""
        return docs.iter_documents(self._engine)

    def count_documents(self) -> int:
        with self._reading() as conn:
            return docs.count_documents(conn)

    # -- events -----------------------------------------------------------------------------
    def save_extraction(self, document_id: str, events: Sequence[Event]) -> SaveResult:
        """Replace the document's machine events with ``events``, keeping review decisions."""
        with self._writing() as conn:
            return save_extraction(conn, document_id, events)

    def events(
        self,
        *,
        actor: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        admin1: str | None = None,
        include_rejected: bool = False,
        limit: int | None = None,
    ) -> list[Event]:
        """Events ordered by date (undated last) then id. ``actor`` matches actor1, actor2 or
        claimed_by; ``event_type`` matches the ACLED event type or sub-event type."""
        f = ev.EventFilter(actor, since, until, event_type, admin1, include_rejected)
        with self._reading() as conn:
            return ev.query_events(conn, f, limit)

    def count_events(
        self,
        *,
        actor: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        event_type: str | None = None,
        admin1: str | None = None,
        include_rejected: bool = False,
    ) -> int:
        f = ev.EventFilter(actor, since, until, event_type, admin1, include_rejected)
        with self._reading() as conn:
            return ev.count_events(conn, f)

    def event(self, event_id: str) -> Event:
        """The event; a merged id gives the event it was merged into. ``EventNotFound``."""
        with self._reading() as conn:
            return ev.get_event(conn, event_id)

    def event_ids_for_document(
        self, document_id: str, *, include_rejected: bool = False
    ) -> list[str]:
        """Ids of events extracted from the document or citing it, sorted."""
        with self._reading() as conn:
            return ev.ids_for_document(conn, document_id, include_rejected=include_rejected)

    # -- review -----------------------------------------------------------------------------
    def set_field(
        self, event_id: str, field: str, value: Any, *, who: str, note: str | None = None
    ) -> Event:
        """Set one field (or "fatalities.best"-style part) and pin it over re-extraction."""
        with self._writing() as conn:
            return review.set_field(conn, event_id, field, value, who=who, note=note)

    def accept(self, event_id: str, *, who: str, note: str | None = None) -> Event:
        """Mark the event reviewed and pin all its current values."""
        with self._writing() as conn:
            return review.accept(conn, event_id, who=who, note=note)

    def reject(self, event_id: str, *, who: str, note: str | None = None) -> Event:
        """Mark the event rejected; re-extraction never brings it back."""
        with self._writing() as conn:
            return review.reject(conn, event_id, who=who, note=note)

    def merge(self, event_id: str, other_id: str, *, who: str, note: str | None = None) -> Event:
        """Fold ``other_id`` into ``event_id``; ``other_id`` becomes a pointer to it."""
        with self._writing() as conn:
            return review.merge(conn, event_id, other_id, who=who, note=note)

    def split(
        self, event_id: str, *, who: str, note: str | None = None, by_document: bool = True
    ) -> list[Event]:
        """One event per source document (or per source); returns the new events."""
        with self._writing() as conn:
            return review.split(conn, event_id, who=who, note=note, by_document=by_document)

    def history(self, event_id: str) -> list[AuditRecord]:
        """The event's audit trail, oldest first."""
        with self._reading() as conn:
            return review.history(conn, event_id)

    def needs_review(self, limit: int | None = 50) -> list[Event]:
        """Machine events that most need an analyst (see ``review.review_reasons``)."""
        with self._reading() as conn:
            return review.needs_review(conn, limit=limit)
