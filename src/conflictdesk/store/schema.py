"""The tables as the code queries them: the schema after every migration has run.

Migrations (``migrations.py``) create and change tables with their own frozen definitions;
``tests/test_store_migrations.py`` checks that the migrated database matches these tables.
Events are stored as their full JSON record (``record``) plus copies of the fields that
filters use, so that filters run on indexes and the record round-trips exactly.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

UTC_TIMESTAMP = sa.DateTime(timezone=True)

schema_migrations = sa.Table(
    "schema_migrations",
    metadata,
    sa.Column("name", sa.String(200), primary_key=True),
    sa.Column("applied_at", UTC_TIMESTAMP, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
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
    sa.Column("added_at", UTC_TIMESTAMP, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    sa.Column("event_id", sa.String(200), primary_key=True),
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
    sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
)

event_sources = sa.Table(
    "event_sources",
    metadata,
    sa.Column(
        "event_id",
        sa.String(200),
        sa.ForeignKey("events.event_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("document_id", sa.String(500), nullable=False, index=True),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("start_offset", sa.Integer, nullable=False),
    sa.Column("end_offset", sa.Integer, nullable=False),
)

# Which documents' extraction produced an event: re-extracting a document replaces these.
event_documents = sa.Table(
    "event_documents",
    metadata,
    sa.Column(
        "event_id",
        sa.String(200),
        sa.ForeignKey("events.event_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("document_id", sa.String(500), primary_key=True, index=True),
)

# Analyst field values, re-applied on top of every re-extracted version. ``field`` is a
# top-level key of the event record or a nested path such as "fatalities.best".
overrides = sa.Table(
    "overrides",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(200), nullable=False, index=True),
    sa.Column("field", sa.String(100), nullable=False),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("at", UTC_TIMESTAMP, nullable=False),
    sa.UniqueConstraint("event_id", "field", name="uq_overrides_event_field"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("event_id", sa.String(200), nullable=False, index=True),
    sa.Column("at", UTC_TIMESTAMP, nullable=False),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("action", sa.String(32), nullable=False),
    sa.Column("field", sa.String(100)),
    sa.Column("old", sa.Text),
    sa.Column("new", sa.Text),
    sa.Column("note", sa.Text),
)

# Tombstones: an event folded into another. Chains are compressed, so one hop resolves.
merges = sa.Table(
    "merges",
    metadata,
    sa.Column("event_id", sa.String(200), primary_key=True),
    sa.Column("into_event_id", sa.String(200), nullable=False, index=True),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("at", UTC_TIMESTAMP, nullable=False),
)

# Tombstones: an event split into parts, one row per part.
splits = sa.Table(
    "splits",
    metadata,
    sa.Column("part_id", sa.String(200), primary_key=True),
    sa.Column("event_id", sa.String(200), nullable=False, index=True),
    sa.Column("document_id", sa.String(500), nullable=False),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("at", UTC_TIMESTAMP, nullable=False),
)

# -- people (migration 0002): the registry's people as the analyst maintains them -------------
people = sa.Table(
    "people",
    metadata,
    sa.Column("person_id", sa.String(200), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("actor_id", sa.String(100), index=True),
    sa.Column("role", sa.Text),
    sa.Column("note", sa.Text),
    sa.Column("updated_at", UTC_TIMESTAMP, nullable=False),
)

person_aliases = sa.Table(
    "person_aliases",
    metadata,
    sa.Column(
        "person_id",
        sa.String(200),
        sa.ForeignKey("people.person_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("alias", sa.String(300), primary_key=True),
    sa.Column("language", sa.String(32)),
)

person_status = sa.Table(
    "person_status",
    metadata,
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
    sa.Column("event_id", sa.String(200)),
    sa.Column("document_id", sa.String(500)),
    sa.Column("who", sa.String(200), nullable=False),
    sa.Column("at", UTC_TIMESTAMP, nullable=False),
)

# Indexes the filters of ``Store.events`` run on (created by migrations 0001 and 0003).
EVENT_INDEXES: tuple[sa.Index, ...] = (
    sa.Index("ix_events_date_id", events.c.event_date, events.c.event_id),
    sa.Index("ix_events_actor1", events.c.actor1),
    sa.Index("ix_events_actor2", events.c.actor2),
    sa.Index("ix_events_claimed_by", events.c.claimed_by),
    sa.Index("ix_events_event_type", events.c.event_type),
    sa.Index("ix_events_sub_event_type", events.c.sub_event_type),
    sa.Index("ix_events_admin1", events.c.admin1),
    sa.Index("ix_events_review_status", events.c.review_status, events.c.confidence),
)
