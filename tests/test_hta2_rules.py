"""Rules of helper hta2: threats by name, clashes by mutual fire, and target types after the
GTD codebook (aid programmes, NGO staff)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _threat_targets(article: str) -> list[str]:
    events = extract_text(
        article, genre="analysis", language="en", published=dt.date(2024, 6, 1)
    ).events
    return sorted(e.actor2 or "" for e in events if "threat" in e.tags)


def test_threat_with_a_relative_clause_before_as() -> None:
    article = (
        "In May 2024 a channel close to the group named the Chinese embassy in Kabul, which had "
        "only recently expanded its staff, as its next target. No attack has followed."
    )
    assert _threat_targets(article) == ["CHINA"]


def test_naming_a_person_as_spokesman_is_no_threat() -> None:
    article = (
        "In May 2024 the group named a former teacher from the Chinese border, who had long "
        "lived in Kabul, as its new spokesman. He gave no interview."
    )
    assert _threat_targets(article) == []
