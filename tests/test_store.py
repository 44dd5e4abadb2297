"""The store: opening databases, documents, events, re-extraction, filters.

Every test taking ``fresh_db`` runs on in-memory SQLite and, when the server at
127.0.0.1:5432 answers, on PostgreSQL in a database made for this session.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from conflictdesk.errors import DatabaseUnavailable, EventNotFound
from conflictdesk.model import Casualties, Event
from conflictdesk.store import DocumentNotFound, Store, default_db_path, open_store
from conflictdesk.store.database import locate
from conflictdesk.store.schema import event_sources
from conflictdesk.store.testing import (
    sample_document,
    sample_event,
)


def d(day: int) -> dt.date:
    return dt.date(2023, 3, day)


# -- opening ------------------------------------------------------------------------------------
def test_memory_store_is_migrated_and_closes() -> None:
    with open_store(":memory:") as store:
        assert store.url == ":memory:"
        assert store.migrations()[0] == "0001_core"
        assert store.count_documents() == 0


def test_file_store_creates_folders_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "desk.db"
    with open_store(str(path)) as store:
        assert store.url == str(path)
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) > 0
    assert path.exists()


def test_env_variable_names_the_default_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONFLICTDESK_DB", str(tmp_path / "env.db"))
    with open_store() as store:
        assert store.url == str(tmp_path / "env.db")


def test_default_database_lives_in_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONFLICTDESK_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_db_path() == tmp_path / "data" / "conflictdesk" / "conflictdesk.db"
    with open_store() as store:
        assert store.url == str(default_db_path())
    assert default_db_path().exists()


def test_unwritable_path_is_reported_with_a_remedy(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseUnavailable) as info:
        open_store(str(blocker / "desk.db"))
    assert str(blocker / "desk.db") in str(info.value)
    assert info.value.remedy is not None
    assert "--db" in info.value.remedy
    assert str(info.value).startswith("E302")


def test_unreachable_postgres_is_reported_without_the_password() -> None:
    with pytest.raises(DatabaseUnavailable) as info:
        open_store("postgresql://analyst:s3cret@127.0.0.1:1/desk")
    message = str(info.value)
    assert "127.0.0.1:1/desk" in message
    assert "s3cret" not in message
    assert "PostgreSQL" in message


def test_postgres_urls_use_psycopg_3() -> None:
    location = locate("postgresql://u:pw@db.example/desk")
    assert location.url.startswith("postgresql+psycopg://u:pw@")
    assert location.display == "postgresql://u:***@db.example/desk"
    assert locate("postgres://db.example/desk").url.startswith("postgresql+psycopg://")


# -- documents ----------------------------------------------------------------------------------
def test_same_document_twice_adds_nothing(fresh_db: Store) -> None:
    first = fresh_db.add_documents([sample_document("d1"), sample_document("d2", "Other.")])
    again = fresh_db.add_documents([sample_document("d1")])
    changed = fresh_db.add_documents([sample_document("d1", "A corrected text.")])
    assert changed.existing == ("d1",)
    assert first.added == ("d1", "d2")
    assert again.added == ()
    assert again.existing == ("d1",)
    assert fresh_db.count_documents() == 2


def test_same_text_under_another_id_is_the_stored_document(fresh_db: Store) -> None:
    fresh_db.add_documents([sample_document("d1", "Same words.")])
    result = fresh_db.add_documents(
        [sample_document("copy", "Same words."), sample_document("copy2", "Same words.")]
    )
    assert result.added == ()
    assert result.existing == ("d1",)


def test_duplicates_inside_one_batch_are_stored_once(fresh_db: Store) -> None:
    result = fresh_db.add_documents([sample_document("d1"), sample_document("d1")])
    assert result.added == ("d1",)
    assert fresh_db.count_documents() == 1


def test_document_round_trips_and_missing_one_is_an_error(fresh_db: Store) -> None:
    doc = sample_document(
        "d1", "Text é ş.", title="T", published=d(27), accessed=d(28), language="tr"
    )
    fresh_db.add_documents([doc])
    assert fresh_db.document("d1") == doc
    with pytest.raises(DocumentNotFound) as info:
        fresh_db.document("nope")
    assert info.value.code == "E306"
    assert "nope" in str(info.value)


def test_documents_iterate_in_id_order(fresh_db: Store) -> None:
    fresh_db.add_documents(sample_document(f"d{i:03}", f"text {i}") for i in range(250, 0, -1))
    ids = [doc.id for doc in fresh_db.documents()]
    assert ids == sorted(ids)
    assert len(ids) == 250


# -- events -------------------------------------------------------------------------------------
def full_event() -> Event:
    return sample_event(
        "e1",
        "d1",
        "d2",
        event_date=d(27),
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        attack_type="Bombing/Explosion",
        suicide=True,
        actor1="ISKP",
        claimed_by="ISKP",
        admin1="Kabul",
        country="Afghanistan",
        fatalities=Casualties(6, 6, 20),
        tags=("high_profile",),
        confidence=0.8,
    )


def test_saved_event_round_trips_with_its_sources(fresh_db: Store) -> None:
    result = fresh_db.save_extraction("d1", [full_event()])
    assert result.added == ("e1",)
    assert fresh_db.event("e1") == full_event()
    with fresh_db.engine.connect() as conn:
        rows = conn.execute(sa.select(event_sources).order_by(event_sources.c.position)).all()
    assert [(r.document_id, r.start_offset, r.end_offset) for r in rows] == [
        ("d1", 0, 10),
        ("d2", 0, 10),
    ]


def test_missing_event_names_the_command_that_lists_ids(fresh_db: Store) -> None:
    with pytest.raises(EventNotFound) as info:
        fresh_db.event("nope")
    assert info.value.remedy is not None
    assert "conflictdesk events" in info.value.remedy


def test_re_extraction_replaces_the_documents_machine_events(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [sample_event("a", "d1"), sample_event("b", "d1")])
    result = fresh_db.save_extraction(
        "d1", [sample_event("b", "d1", actor1="TTP"), sample_event("c", "d1")]
    )
    assert result.added == ("c",)
    assert result.updated == ("b",)
    assert result.removed == ("a",)
    assert [e.event_id for e in fresh_db.events()] == ["b", "c"]
    assert fresh_db.event("b").actor1 == "TTP"


def test_saving_the_same_extraction_twice_changes_nothing(fresh_db: Store) -> None:
    batch = [full_event(), sample_event("e2", "d1", event_date=d(1))]
    fresh_db.save_extraction("d1", batch)
    before = fresh_db.events()
    fresh_db.save_extraction("d1", batch)
    assert fresh_db.events() == before


def test_event_from_two_documents_survives_re_extraction_of_one(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [sample_event("e", "d1")])
    fresh_db.save_extraction("d2", [sample_event("e", "d2")])
    assert {s.document_id for s in fresh_db.event("e").sources} == {"d1", "d2"}
    result = fresh_db.save_extraction("d1", [])
    assert result.removed == ()
    assert [s.document_id for s in fresh_db.event("e").sources] == ["d2"]
    assert fresh_db.event_ids_for_document("d1") == []
    assert fresh_db.event_ids_for_document("d2") == ["e"]


def test_incoming_review_status_is_ignored(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [sample_event("e", "d1", review_status="reviewed")])
    assert fresh_db.event("e").review_status == "machine"


def test_many_events_are_saved_in_one_call(fresh_db: Store) -> None:
    batch = [
        sample_event(f"e{i:05}", "d1", "d2", event_date=d(1 + i % 28), actor1="ISKP")
        for i in range(1000)
    ]
    assert len(fresh_db.save_extraction("d1", batch).added) == 1000
    assert fresh_db.count_events(actor="ISKP") == 1000
    assert len(fresh_db.save_extraction("d1", batch[:10]).removed) == 990


# -- filters ------------------------------------------------------------------------------------
@pytest.fixture
def filled(fresh_db: Store) -> Store:
    fresh_db.save_extraction(
        "d1",
        [
            sample_event("x-undated", "d1", actor1="ISKP"),
            sample_event(
                "b",
                "d1",
                event_date=d(27),
                actor1="ISKP",
                admin1="Kabul",
                event_type="Explosions/Remote violence",
                sub_event_type="Suicide bomb",
            ),
            sample_event(
                "a",
                "d1",
                event_date=d(27),
                actor2="ISKP",
                admin1="Balkh",
                event_type="Battles",
                sub_event_type="Armed clash",
            ),
            sample_event("c", "d1", event_date=d(1), claimed_by="ISKP", actor1="TTP"),
            sample_event("z", "d1", event_date=d(15), actor1="TALIBAN"),
        ],
    )
    return fresh_db


def ids(events: list[Event]) -> list[str]:
    return [e.event_id for e in events]


def test_events_are_ordered_by_date_then_id_undated_last(filled: Store) -> None:
    assert ids(filled.events()) == ["c", "z", "a", "b", "x-undated"]


def test_actor_filter_matches_either_side_or_the_claim(filled: Store) -> None:
    assert ids(filled.events(actor="ISKP")) == ["c", "a", "b", "x-undated"]
    assert filled.count_events(actor="ISKP") == 4
    assert ids(filled.events(actor="TALIBAN")) == ["z"]


def test_date_type_and_province_filters(filled: Store) -> None:
    assert ids(filled.events(since=d(15))) == ["z", "a", "b"]
    assert ids(filled.events(until=d(15))) == ["c", "z"]
    assert ids(filled.events(since=d(2), until=d(27), admin1="Kabul")) == ["b"]
    assert ids(filled.events(event_type="Battles")) == ["a"]
    assert ids(filled.events(event_type="Suicide bomb")) == ["b"]
    assert ids(filled.events(limit=2)) == ["c", "z"]
    assert filled.count_events(since=d(15), admin1="Balkh") == 1


def test_rejected_events_are_hidden_unless_asked_for(filled: Store) -> None:
    filled.reject("z", who="ana")
    assert "z" not in ids(filled.events())
    assert "z" in ids(filled.events(include_rejected=True))
    assert filled.count_events() == 4
    assert filled.count_events(include_rejected=True) == 5
    assert filled.event_ids_for_document("d1") == ["a", "b", "c", "x-undated"]
    assert "z" in filled.event_ids_for_document("d1", include_rejected=True)
