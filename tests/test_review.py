"""The analyst's review: edits win over re-extraction, and every change is audited."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.errors import EventNotFound, ReviewError
from conflictdesk.model import Casualties, Event
from conflictdesk.store import LOW_CONFIDENCE, Store, review_reasons
from conflictdesk.store.testing import (
    sample_event,
)


def bombing(event_id: str = "e1", *docs: str, **fields: object) -> Event:
    base: dict[str, object] = {
        "event_date": dt.date(2023, 3, 27),
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Suicide bomb",
        "attack_type": "Bombing/Explosion",
        "actor1": "ISKP",
        "admin1": "Kabul",
        "fatalities": Casualties(6, 6, 20),
        "confidence": 0.9,
    }
    return sample_event(event_id, *(docs or ("d1",)), **{**base, **fields})


@pytest.fixture
def db(fresh_db: Store) -> Store:
    fresh_db.save_extraction("d1", [bombing("e1"), bombing("e2", fatalities=Casualties(4, 4, 30))])
    return fresh_db


# -- set_field ----------------------------------------------------------------------------------
def test_set_field_is_audited_and_marks_the_event_reviewed(db: Store) -> None:
    event = db.set_field("e1", "fatalities.best", 12, who="ana", note="ministry figure")
    assert event.fatalities == Casualties(6, 12, 20)
    assert event.review_status == "reviewed"
    assert db.event("e1") == event
    records = db.history("e1")
    assert [(r.who, r.action, r.field, r.old, r.new, r.note) for r in records] == [
        ("ana", "set", "fatalities.best", 6, 12, "ministry figure"),
        ("ana", "set", "review_status", "machine", "reviewed", "ministry figure"),
    ]
    assert records[0].at.tzinfo is not None
    assert abs(records[0].at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)


def test_values_typed_on_a_command_line_are_read(db: Store) -> None:
    assert db.set_field("e1", "fatalities.best", "12", who="ana").fatalities.best == 12
    assert db.set_field("e1", "suicide", "true", who="ana").suicide is True
    assert db.set_field("e1", "event_date", "2023-03-28", who="ana").event_date == dt.date(
        2023, 3, 28
    )
    assert db.set_field("e1", "target", "null", who="ana").target is None
    assert db.set_field("e1", "tags", "high_profile,claim", who="ana").tags == (
        "high_profile",
        "claim",
    )


def test_unknown_field_lists_the_fields_that_exist(db: Store) -> None:
    with pytest.raises(ReviewError) as info:
        db.set_field("e1", "colour", "red", who="ana")
    assert info.value.remedy is not None
    assert "attack_type" in info.value.remedy
    assert "fatalities.best" in info.value.remedy
    with pytest.raises(ReviewError):
        db.set_field("e1", "event_id", "x", who="ana")
    with pytest.raises(ReviewError):
        db.set_field("e1", "sources", [], who="ana")
    with pytest.raises(ReviewError) as info:
        db.set_field("e1", "review_status", "reviewed", who="ana")
    assert info.value.remedy is not None
    assert "accept" in info.value.remedy


def test_vocabulary_values_are_checked(db: Store) -> None:
    with pytest.raises(ReviewError) as info:
        db.set_field("e1", "attack_type", "Drive-by", who="ana")
    assert info.value.remedy is not None
    assert "Hostage Taking (Kidnapping)" in info.value.remedy
    for field, value in [
        ("target_type", "Embassy"),
        ("geo_precision", 7),
        ("confidence", 1.5),
        ("fatalities.best", -1),
        ("tags", ["nonsense"]),
        ("persons", [{"name": "X", "outcome": "promoted"}]),
    ]:
        with pytest.raises(ReviewError):
            db.set_field("e1", field, value, who="ana")
    assert db.history("e1") == []


def test_a_range_out_of_order_is_refused(db: Store) -> None:
    with pytest.raises(ReviewError) as info:
        db.set_field("e1", "fatalities.best", 50, who="ana")
    assert info.value.remedy is not None
    assert "fatalities" in info.value.remedy
    updated = db.set_field("e1", "fatalities", {"low": 6, "best": 50, "high": 60}, who="ana")
    assert updated.fatalities == Casualties(6, 50, 60)


def test_a_sub_event_type_brings_its_event_type(db: Store) -> None:
    event = db.set_field("e1", "sub_event_type", "Armed clash", who="ana")
    assert event.event_type == "Battles"
    assert [r.field for r in db.history("e1")][:2] == ["sub_event_type", "event_type"]
    event = db.set_field("e1", "event_type", "Riots", who="ana")
    assert event.sub_event_type is None


def test_every_change_needs_a_name(db: Store) -> None:
    with pytest.raises(ReviewError):
        db.accept("e1", who=" ")


# -- re-extraction keeps decisions --------------------------------------------------------------
def test_reviewed_values_survive_re_extraction(db: Store) -> None:
    db.set_field("e1", "actor1", "TTP", who="ana")
    result = db.save_extraction(
        "d1", [bombing("e1", admin1="Nangarhar"), bombing("e2", admin1="Nangarhar")]
    )
    assert result.kept_reviewed == ("e1",)
    assert result.updated == ("e2",)
    event = db.event("e1")
    assert event.actor1 == "TTP"
    assert event.admin1 == "Nangarhar"  # not reviewed: follows the new extraction
    assert event.review_status == "reviewed"


def test_accepted_events_keep_every_value(db: Store) -> None:
    db.accept("e1", who="ana", note="checked against the ministry statement")
    db.save_extraction("d1", [bombing("e1", admin1="Nangarhar", fatalities=Casualties(1, 1, 1))])
    event = db.event("e1")
    assert event.admin1 == "Kabul"
    assert event.fatalities == Casualties(6, 6, 20)
    assert db.history("e1")[0].action == "accept"


def test_reviewed_event_not_re_extracted_is_kept(db: Store) -> None:
    db.accept("e1", who="ana")
    result = db.save_extraction("d1", [])
    assert result.kept_reviewed == ("e1",)
    assert result.removed == ("e2",)
    assert [e.event_id for e in db.events()] == ["e1"]


def test_a_pinned_best_widens_a_re_extracted_range(db: Store) -> None:
    db.set_field("e1", "fatalities.best", 15, who="ana")
    db.save_extraction("d1", [bombing("e1", fatalities=Casualties(2, 2, 3))])
    assert db.event("e1").fatalities == Casualties(2, 15, 15)


def test_rejected_events_are_never_resurrected(db: Store) -> None:
    db.reject("e2", who="ana", note="not an event: a threat")
    result = db.save_extraction("d1", [bombing("e1"), bombing("e2")])
    assert result.skipped_rejected == ("e2",)
    assert [e.event_id for e in db.events()] == ["e1"]
    assert db.event("e2").review_status == "rejected"
    db.save_extraction("d1", [bombing("e1")])
    assert db.event("e2").review_status == "rejected"
    assert db.history("e2")[0].new == "rejected"


def test_a_rejected_event_cannot_be_edited_until_accepted(db: Store) -> None:
    db.reject("e2", who="ana")
    with pytest.raises(ReviewError):
        db.set_field("e2", "admin1", "Balkh", who="ana")
    assert db.accept("e2", who="ana").review_status == "reviewed"
    assert db.set_field("e2", "admin1", "Balkh", who="ana").admin1 == "Balkh"


# -- merge and split ----------------------------------------------------------------------------
def test_merge_unions_sources_and_widens_ranges(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("a", "d1", fatalities=Casualties(6, 6, 10))])
    fresh_db.save_extraction("d2", [bombing("b", "d2", fatalities=Casualties(4, 8, 20))])
    merged = fresh_db.merge("a", "b", who="ana", note="same attack")
    assert merged.fatalities == Casualties(4, 6, 20)
    assert [s.document_id for s in merged.sources] == ["d1", "d2"]
    assert merged.review_status == "reviewed"
    assert fresh_db.event("b") == merged
    assert [e.event_id for e in fresh_db.events()] == ["a"]
    (tombstone,) = fresh_db.history("b")
    assert (tombstone.action, tombstone.new) == ("merged_into", "a")
    assert tombstone.old["fatalities"] == {"low": 4, "best": 8, "high": 20}
    assert fresh_db.history("a")[0].new == "b"


def test_merge_takes_the_other_best_only_when_an_analyst_set_it(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("a", "d1", fatalities=Casualties(6, 6, 10))])
    fresh_db.save_extraction("d2", [bombing("b", "d2", fatalities=Casualties(4, 8, 20))])
    fresh_db.set_field("b", "fatalities.best", 9, who="ana")
    assert fresh_db.merge("a", "b", who="ana").fatalities == Casualties(4, 9, 20)


def test_merge_is_never_undone_by_re_extraction(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("a", "d1")])
    fresh_db.save_extraction("d2", [bombing("b", "d2")])
    fresh_db.merge("a", "b", who="ana")
    result = fresh_db.save_extraction("d2", [bombing("b", "d2", admin1="Herat")])
    assert result.redirected == ("b",)
    assert result.kept_reviewed == ("a",)
    assert result.added == ()
    assert [e.event_id for e in fresh_db.events()] == ["a"]
    assert fresh_db.event("a").admin1 == "Kabul"
    assert {s.document_id for s in fresh_db.event("a").sources} == {"d1", "d2"}
    fresh_db.save_extraction("d1", [bombing("a", "d1")])
    assert {s.document_id for s in fresh_db.event("a").sources} == {"d1", "d2"}


def test_merge_chains_resolve_to_the_last_survivor(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("a"), bombing("b"), bombing("c")])
    fresh_db.merge("b", "c", who="ana")
    fresh_db.merge("a", "b", who="ana")
    assert fresh_db.event("c").event_id == "a"
    result = fresh_db.save_extraction("d1", [bombing("a"), bombing("b"), bombing("c")])
    assert result.redirected == ("b", "c")
    assert [e.event_id for e in fresh_db.events()] == ["a"]


def test_merged_or_missing_events_cannot_be_reviewed(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("a"), bombing("b")])
    fresh_db.merge("a", "b", who="ana")
    with pytest.raises(ReviewError) as info:
        fresh_db.accept("b", who="ana")
    assert "merged into 'a'" in str(info.value)
    with pytest.raises(EventNotFound):
        fresh_db.accept("zzz", who="ana")
    with pytest.raises(ReviewError):
        fresh_db.merge("a", "a", who="ana")


def test_split_makes_one_event_per_document(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("e", "d1", "d2")])
    parts = fresh_db.split("e", who="ana", note="two different attacks")
    assert len(parts) == 2
    assert [[s.document_id for s in p.sources] for p in parts] == [["d1"], ["d2"]]
    assert all(p.event_id.startswith("e~") for p in parts)
    assert sorted(e.event_id for e in fresh_db.events()) == sorted(p.event_id for p in parts)
    with pytest.raises(EventNotFound) as info:
        fresh_db.event("e")
    assert "split into" in str(info.value)
    assert fresh_db.history("e")[0].new == [p.event_id for p in parts]
    result = fresh_db.save_extraction("d1", [bombing("e", "d1", admin1="Herat")])
    assert result.redirected == ("e",)
    assert result.kept_reviewed == (parts[0].event_id,)
    assert fresh_db.count_events() == 2
    assert fresh_db.event(parts[0].event_id).admin1 == "Kabul"


def test_split_ids_are_deterministic(fresh_db: Store) -> None:
    fresh_db.save_extraction("d1", [bombing("e", "d1", "d2"), bombing("f", "d1", "d2")])
    first = [p.event_id for p in fresh_db.split("e", who="ana")]
    second = [p.event_id for p in fresh_db.split("f", who="ana")]
    assert [i.split("~")[1] for i in first] == [i.split("~")[1] for i in second]


def test_an_event_with_one_document_cannot_be_split(db: Store) -> None:
    with pytest.raises(ReviewError):
        db.split("e1", who="ana")


# -- the review queue ---------------------------------------------------------------------------
def test_needs_review_lists_doubtful_machine_events_first(fresh_db: Store) -> None:
    fresh_db.save_extraction(
        "d1",
        [
            bombing("sure", fatalities=Casualties(6, 6, 6)),
            bombing("unsure", confidence=LOW_CONFIDENCE / 2, fatalities=Casualties(6, 6, 6)),
            bombing("disputed", fatalities=Casualties(6, 6, 20)),
            bombing(
                "worst",
                confidence=0.1,
                tags=("needs_translation",),
                fatalities=Casualties(1, 2, 3),
            ),
            bombing("checked", confidence=0.1),
        ],
    )
    fresh_db.accept("checked", who="ana")
    queue = [e.event_id for e in fresh_db.needs_review()]
    assert queue == ["worst", "unsure", "disputed"]
    assert review_reasons(fresh_db.event("worst")) == (
        "low confidence",
        "sources disagree on the toll",
        "needs translation",
    )
    assert [e.event_id for e in fresh_db.needs_review(limit=1)] == ["worst"]
