"""Named, ordered, recorded migrations; each runs in its own transaction.

A migration is a function of a connection. Its table definitions are frozen copies written
when it was added, never imported from ``schema.py``, so that an old database always walks
the same path. Migrations only add: tables, columns, indexes, rows. They never drop data.
``schema_migrations`` records what ran; a name the code does not know means the database
was written by a newer conflictdesk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from conflictdesk.errors import MigrationError

TS = sa.DateTime(timezone=True)


@dataclass(frozen=True, slots=True)
class Migration:
    name: str
    apply: Callable[[Connection], None]


def _event_id(
    name: str = "event_id", *, primary_key: bool = False, nullable: bool = True, index: bool = False
) -> sa.Column[str]:
    return sa.Column(
        name, sa.String(200), primary_key=primary_key, nullable=nullable, index=index or None
    )


def _cascade_to_events() -> sa.ForeignKey:
    return sa.ForeignKey("events.event_id", ondelete="CASCADE")


def _core_tables(md: sa.MetaData) -> None:
    sa.Table(
        "documents",
        md,
        sa.Column("id", sa.String(500), primary_key=True),
        sa.Column("content_hash", sa.String(128), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("publisher", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("accessed", sa.Date),
        sa.Column("language", sa.String(32)),
        sa.Column("path", sa.Text),
        sa.Column("genre", sa.String(64)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_at", TS, nullable=False),
    )
    events = sa.Table(
        "events",
        md,
        _event_id(primary_key=True),
        sa.Column("record", sa.Text, nullable=False),
        sa.Column("event_date", sa.Date),
        sa.Column("event_type", sa.String(100)),
        sa.Column("sub_event_type", sa.String(100)),
        sa.Column("actor1", sa.String(100)),
        sa.Column("actor2", sa.String(100)),
        sa.Column("claimed_by", sa.String(100)),
        sa.Column("country", sa.String(100)),
        sa.Column("admin1", sa.String(100)),
        sa.Column("review_status", sa.String(16), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("fatalities_low", sa.Integer),
        sa.Column("fatalities_best", sa.Integer),
        sa.Column("fatalities_high", sa.Integer),
        sa.Column("needs_translation", sa.Boolean, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    for name, *cols in (
        ("ix_events_date_id", "event_date", "event_id"),
        ("ix_events_actor1", "actor1"),
        ("ix_events_actor2", "actor2"),
        ("ix_events_claimed_by", "claimed_by"),
        ("ix_events_event_type", "event_type"),
        ("ix_events_sub_event_type", "sub_event_type"),
        ("ix_events_admin1", "admin1"),
    ):
        sa.Index(name, *(events.c[c] for c in cols))
    sa.Table(
        "event_sources",
        md,
        _event_id(primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.String(500), nullable=False, index=True),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.event_id"], ondelete="CASCADE"),
    )
    sa.Table(
        "event_documents",
        md,
        sa.Column("event_id", sa.String(200), _cascade_to_events(), primary_key=True),
        sa.Column("document_id", sa.String(500), primary_key=True, index=True),
    )
    _review_tables(md)


def _review_tables(md: sa.MetaData) -> None:
    sa.Table(
        "overrides",
        md,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        _event_id(nullable=False, index=True),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.UniqueConstraint("event_id", "field", name="uq_overrides_event_field"),
    )
    sa.Table(
        "audit_log",
        md,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        _event_id(nullable=False, index=True),
        sa.Column("at", TS, nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("field", sa.String(100)),
        sa.Column("old", sa.Text),
        sa.Column("new", sa.Text),
        sa.Column("note", sa.Text),
    )
    sa.Table(
        "merges",
        md,
        _event_id(primary_key=True),
        _event_id("into_event_id", nullable=False, index=True),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    sa.Table(
        "splits",
        md,
        _event_id("part_id", primary_key=True),
        _event_id(nullable=False, index=True),
        sa.Column("document_id", sa.String(500), nullable=False),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
    )


def m0001_core(conn: Connection) -> None:
    """Documents, events with their sources, and the review layer (overrides, audit, tombstones)."""
    md = sa.MetaData()
    _core_tables(md)
    md.create_all(conn)


def m0002_people(conn: Connection) -> None:
    """People the analyst tracks: names, aliases, and a dated history of status changes."""
    md = sa.MetaData()
    sa.Table(
        "people",
        md,
        sa.Column("person_id", sa.String(200), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("actor_id", sa.String(100), index=True),
        sa.Column("role", sa.Text),
        sa.Column("note", sa.Text),
        sa.Column("updated_at", TS, nullable=False),
    )
    person_fk = sa.ForeignKey("people.person_id", ondelete="CASCADE")
    sa.Table(
        "person_aliases",
        md,
        sa.Column("person_id", sa.String(200), person_fk, primary_key=True),
        sa.Column("alias", sa.String(300), primary_key=True),
        sa.Column("language", sa.String(32)),
    )
    sa.Table(
        "person_status",
        md,
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "person_id",
            sa.String(200),
            sa.ForeignKey("people.person_id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("as_of", sa.Date),
        _event_id(),
        sa.Column("document_id", sa.String(500)),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
    )
    md.create_all(conn)


def m0003_review_queue_index(conn: Connection) -> None:
    """An index for the review queue: machine events by confidence."""
    md = sa.MetaData()
    events = sa.Table(
        "events",
        md,
        sa.Column("review_status", sa.String(16)),
        sa.Column("confidence", sa.Float),
    )
    sa.Index("ix_events_review_status", events.c.review_status, events.c.confidence).create(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core", m0001_core),
    Migration("0002_people", m0002_people),
    Migration("0003_review_queue_index", m0003_review_queue_index),
)

_record = sa.Table(
    "schema_migrations",
    sa.MetaData(),
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", TS, nullable=False),
)


def applied_migrations(engine: Engine) -> tuple[str, ...]:
    """Names of the migrations recorded in the database, in the order they ran."""
    with engine.begin() as conn:
        _record.create(conn, checkfirst=True)
        rows = conn.execute(sa.select(_record.c.name).order_by(_record.c.name))
        return tuple(rows.scalars())


def apply_migrations(engine: Engine, *, upto: str | None = None) -> tuple[str, ...]:
    """Run the migrations not yet recorded, in order, stopping after ``upto`` if given.

    Returns the names applied now. Each migration and its record commit together.
    """
    known = [m.name for m in MIGRATIONS]
    if upto is not None and upto not in known:
        raise MigrationError(f"no migration named {upto!r}", remedy=f"use one of {known}")
    done = set(applied_migrations(engine))
    unknown = sorted(done - set(known))
    if unknown:
        raise MigrationError(
            f"the database has migrations this version does not know: {', '.join(unknown)}",
            remedy="upgrade conflictdesk to the version that wrote this database",
        )
    ran: list[str] = []
    for migration in MIGRATIONS:
        if migration.name not in done and _run_one(engine, migration):
            ran.append(migration.name)
        if migration.name == upto:
            break
    return tuple(ran)


def _run_one(engine: Engine, migration: Migration) -> bool:
    """Apply one migration unless another process did it first; True if this call applied it."""
    try:
        with engine.connect() as conn, conn.execution_options(write=True).begin():
            if conn.dialect.name == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(727361)"))
            already = conn.execute(
                sa.select(_record.c.name).where(_record.c.name == migration.name)
            ).first()
            if already is not None:
                return False
            migration.apply(conn)
            conn.execute(
                _record.insert().values(name=migration.name, applied_at=dt.datetime.now(dt.UTC))
            )
            return True
    except sa.exc.DBAPIError as exc:
        if _unreachable(exc):
            raise  # open_store reports the database as unavailable, not the migration as bad
        raise _failed(migration, exc) from exc
    except sa.exc.SQLAlchemyError as exc:
        raise _failed(migration, exc) from exc


# Driver messages meaning "the database cannot be written now", not "the migration is wrong".
_UNREACHABLE_WORDS = ("database is locked", "readonly", "read-only", "unable to open", "disk")


def _unreachable(exc: sa.exc.DBAPIError) -> bool:
    text = str(exc.orig).lower()
    return exc.connection_invalidated or any(w in text for w in _UNREACHABLE_WORDS)


def _failed(migration: Migration, exc: Exception) -> MigrationError:
    return MigrationError(
        f"migration {migration.name} failed and was rolled back: {exc}",
        remedy="report this with the output of `conflictdesk doctor`; your data is unchanged",
    )
