"""Migrations: recorded, transactional, additive; review decisions survive them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from conflictdesk.errors import MigrationError
from conflictdesk.model import Casualties
from conflictdesk.store import MIGRATIONS, Store, apply_migrations, open_store
from conflictdesk.store.database import create_engine, locate
from conflictdesk.store.migrations import Migration
from conflictdesk.store.schema import metadata
from conflictdesk.store.testing import (
    empty_postgres_database,
    sample_document,
    sample_event,
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database that can be opened more than once: a file, or the session's PG database."""
    if request.param == "sqlite":
        yield str(tmp_path / "desk.db")
        return
    url = request.getfixturevalue("postgres_url")
    yield url
    empty_postgres_database(url)


def store_at_first_migration(target: str) -> Store:
    location = locate(target)
    engine = create_engine(location)
    assert apply_migrations(engine, upto=MIGRATIONS[0].name) == (MIGRATIONS[0].name,)
    return Store(engine, location)


def test_migrations_are_recorded_once(db_target: str) -> None:
    with open_store(db_target) as store:
        assert store.migrations() == tuple(m.name for m in MIGRATIONS)
    with open_store(db_target) as store:
        assert apply_migrations(store.engine) == ()


def test_migrated_database_matches_the_schema_the_code_queries(db_target: str) -> None:
    with open_store(db_target) as store:
        inspector = sa.inspect(store.engine)
        for table in metadata.sorted_tables:
            columns = {c["name"] for c in inspector.get_columns(table.name)}
            assert columns == set(table.columns.keys()), table.name
        indexes = {i["name"] for i in inspector.get_indexes("events")}
        assert {i.name for i in metadata.tables["events"].indexes} <= indexes


def test_review_decisions_and_data_survive_later_migrations(db_target: str) -> None:
    with store_at_first_migration(db_target) as old:
        assert old.migrations() == ("0001_core",)
        old.add_documents([sample_document("d1"), sample_document("d2", "Second report.")])
        old.save_extraction(
            "d1",
            [
                sample_event("kept", "d1", fatalities=Casualties(6, 6, 20)),
                sample_event("bad", "d1"),
                sample_event("dup", "d1", fatalities=Casualties(5, 5, 9)),
            ],
        )
        old.set_field("kept", "fatalities.best", 20, who="ana", note="toll revised")
        old.reject("bad", who="ana")
        old.merge("kept", "dup", who="ana")
    with open_store(db_target) as store:
        assert store.migrations() == tuple(m.name for m in MIGRATIONS)
        assert store.count_documents() == 2
        result = store.save_extraction(
            "d1",
            [
                sample_event("kept", "d1", fatalities=Casualties(6, 6, 6), actor1="ISKP"),
                sample_event("bad", "d1"),
                sample_event("dup", "d1"),
            ],
        )
        assert result.skipped_rejected == ("bad",)
        assert result.redirected == ("dup",)
        kept = store.event("kept")
        assert kept.fatalities == Casualties(5, 20, 20)
        assert kept.review_status == "reviewed"
        assert store.event("bad").review_status == "rejected"
        assert store.event("dup").event_id == "kept"
        assert [e.event_id for e in store.events()] == ["kept"]
        assert [r.action for r in store.history("kept")][:2] == ["set", "set"]


def test_a_database_from_a_newer_version_is_refused(db_target: str) -> None:
    with open_store(db_target) as store, store.engine.begin() as conn:
        conn.execute(
            sa.text("INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_x', :at)"),
            {"at": "2030-01-01 00:00:00"},
        )
    with pytest.raises(MigrationError) as info:
        open_store(db_target)
    assert "9999_x" in str(info.value)


def test_a_failing_migration_leaves_nothing_behind(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sa.Connection) -> None:
        conn.execute(sa.text("CREATE TABLE half_done (x INTEGER)"))
        conn.execute(sa.text("INSERT INTO no_such_table VALUES (1)"))

    monkeypatch.setattr(
        "conflictdesk.store.migrations.MIGRATIONS", (*MIGRATIONS, Migration("9000_broken", broken))
    )
    with pytest.raises(MigrationError) as info:
        open_store(db_target)
    assert "9000_broken" in str(info.value)
    monkeypatch.undo()
    with open_store(db_target) as store:
        assert "half_done" not in sa.inspect(store.engine).get_table_names()
        assert "9000_broken" not in store.migrations()
