"""Validate the incident-summary development corpus (corpora/dev/summaries/).

The corpus is gold data for the extractor, so it must itself obey docs/gold-format.md and the
vocabularies of conflictdesk.vocab. These checks are offline and read only the corpus files.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conflictdesk import vocab

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpora" / "dev" / "summaries"
GOLD = CORPUS / "gold.jsonl"
GOLD_FORMAT = ROOT / "docs" / "gold-format.md"

# Floor on the corpus size: raise it when documents are added, never lower it quietly.
MIN_DOCUMENTS = 550
DOCUMENT_KEYS = (
    "id",
    "title",
    "url",
    "publisher",
    "published",
    "accessed",
    "language",
    "genre",
    "text",
)
SCORED_KEYS = (
    "event_date",
    "date_precision",
    "event_type",
    "sub_event_type",
    "attack_type",
    "weapon_type",
    "suicide",
    "actor1",
    "actor2",
    "claimed_by",
    "target_type",
    "target",
    "country",
    "admin1",
    "location",
    "fatalities",
    "injuries",
    "deaths_by_side",
    "tags",
)
SIDES = ("actor1", "actor2", "civilians", "unknown")
DATE_PREFIX = re.compile(r"^(\d{2})/(\d{2})/(\d{4}): \S")
DOCUMENT_ID = re.compile(r"^sum-\d{4}$")
REGISTRY_ID = re.compile(r"^[A-Z][A-Z0-9_]*$")
# Generic words that docs/gold-format.md says a location is written without.
GENERIC_PLACE_WORDS = re.compile(r"\b(city|village|town|province|area)\b", re.IGNORECASE)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def documents() -> list[dict[str, Any]]:
    return [doc for path in sorted(CORPUS.glob("batch*.jsonl")) for doc in read_jsonl(path)]


def gold_events() -> list[dict[str, Any]]:
    return read_jsonl(GOLD)


def provinces_in_gold_format() -> set[str]:
    """The 34 admin1 spellings listed in docs/gold-format.md."""
    text = " ".join(GOLD_FORMAT.read_text(encoding="utf-8").split())
    found = re.search(r"spelling for `admin1` \(([^)]*)\)", text)
    assert found, f"{GOLD_FORMAT} no longer lists the provinces; update this test"
    return {name.strip() for name in found.group(1).split(",")}


DOCS = documents()
GOLD_EVENTS = gold_events()
DOCS_BY_ID = {doc["id"]: doc for doc in DOCS}
PROVINCES = provinces_in_gold_format()


def test_corpus_is_large_enough() -> None:
    assert len(DOCS) >= MIN_DOCUMENTS


def test_provinces_list_has_34_names() -> None:
    assert len(PROVINCES) == 34


def test_document_ids_are_unique_and_well_formed() -> None:
    ids = [doc["id"] for doc in DOCS]
    duplicates = [i for i, n in Counter(ids).items() if n > 1]
    assert not duplicates
    assert all(DOCUMENT_ID.match(i) for i in ids)


def test_no_duplicate_texts() -> None:
    texts = Counter(" ".join(doc["text"].split()).lower() for doc in DOCS)
    assert [t[:60] for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("doc", DOCS, ids=lambda d: str(d["id"]))
def test_document_shape(doc: dict[str, Any]) -> None:
    assert set(DOCUMENT_KEYS) <= set(doc)
    assert doc["language"] == "en"
    assert doc["genre"] == "summary"
    assert DATE_PREFIX.match(doc["text"]), "summary must start with MM/DD/YYYY: "


def test_every_document_has_exactly_one_main_event() -> None:
    mains = Counter(e["document_id"] for e in GOLD_EVENTS if e.get("main"))
    assert set(mains) == set(DOCS_BY_ID)
    assert all(n == 1 for n in mains.values())


def test_every_gold_document_exists() -> None:
    assert {e["document_id"] for e in GOLD_EVENTS} <= set(DOCS_BY_ID)


def check_range(value: dict[str, Any]) -> None:
    low, best, high = value["low"], value["best"], value["high"]
    if best is None:
        assert low is None
        assert high is None
        return
    assert isinstance(low, int)
    assert isinstance(high, int)
    assert 0 <= low <= best <= high


def check_vocabularies(event: dict[str, Any]) -> None:
    assert event["date_precision"] in vocab.DATE_PRECISIONS
    assert vocab.SUB_TO_TYPE[event["sub_event_type"]] == event["event_type"]
    assert event["attack_type"] in vocab.ATTACK_TYPES
    assert event["weapon_type"] in vocab.WEAPON_TYPES
    assert event["target_type"] in vocab.TARGET_TYPES
    assert set(event["tags"]) <= set(vocab.TAGS)
    assert isinstance(event["suicide"], bool)
    for key in ("actor1", "actor2", "claimed_by"):
        assert event[key] is None or REGISTRY_ID.match(event[key])


def check_places(event: dict[str, Any]) -> None:
    assert event["country"] == "Afghanistan"
    assert event["admin1"] in PROVINCES
    location = event["location"]
    assert location is None or not GENERIC_PLACE_WORDS.search(location)


def check_casualties(event: dict[str, Any]) -> None:
    check_range(event["fatalities"])
    check_range(event["injuries"])
    sides = event["deaths_by_side"]
    assert set(sides) == set(SIDES)
    counted = [sides[s] for s in SIDES if sides[s] is not None]
    best = event["fatalities"]["best"]
    if best is None:
        assert counted == []
    else:
        assert sum(counted) == best
    if event["actor2"] is None and best:
        assert sides["actor2"] is None


def check_consistency(event: dict[str, Any]) -> None:
    doc = DOCS_BY_ID[event["document_id"]]
    month, day, year = DATE_PREFIX.match(doc["text"]).groups()  # type: ignore[union-attr]
    assert event["event_date"] == f"{year}-{month}-{day}"
    if event["sub_event_type"] == "Suicide bomb":
        assert event["suicide"]
    if event["claimed_by"] is not None:
        assert event["actor1"] == event["claimed_by"]
    assert ("claim" in event["tags"]) == (event["claimed_by"] is not None)
    attackers_dead = event["deaths_by_side"]["actor1"] or 0
    assert ("attackers_killed" in event["tags"]) == (attackers_dead > 0)
    kidnapping = event["attack_type"] == "Hostage Taking (Kidnapping)"
    assert ("kidnapping" in event["tags"]) == kidnapping
    high_profile = event["target_type"] in vocab.HIGH_PROFILE_TARGETS
    assert ("high_profile" in event["tags"]) == high_profile
    if event["sub_event_type"] == "Disrupted weapons use":
        assert "attempt_failed" in event["tags"]


@pytest.mark.parametrize("event", GOLD_EVENTS, ids=lambda e: str(e["document_id"]))
def test_gold_event(event: dict[str, Any]) -> None:
    assert event["main"] is True
    assert set(SCORED_KEYS) <= set(event), "every scored field must be present"
    check_vocabularies(event)
    check_places(event)
    check_casualties(event)
    check_consistency(event)


def test_corpus_covers_the_variety() -> None:
    attack_types = {e["attack_type"] for e in GOLD_EVENTS}
    target_types = {e["target_type"] for e in GOLD_EVENTS}
    assert len(attack_types) >= 8
    assert len(target_types) >= 15
    assert {e["actor1"] for e in GOLD_EVENTS} >= {None, "TALIBAN", "ISKP", "HAQQANI", "TTP"}
