"""A threat by name whose label is quoted: 'a poster naming the embassies of X and Y in Kabul
as "legitimate targets"' names each mission as a target, as the unquoted form does."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_ARTICLE = (
    "In March 2024 a Pashto-language channel close to the group published a poster naming the "
    'embassies of Kazakhstan and Turkey in Kabul as "legitimate targets". No attack on either '
    "mission has followed."
)


def test_quoted_label_is_a_threat_against_each_mission() -> None:
    events = extract_text(
        _ARTICLE, genre="analysis", language="en", published=dt.date(2024, 6, 1)
    ).events
    threats = [e for e in events if "threat" in e.tags]
    assert sorted(e.actor2 or "" for e in threats) == ["KAZAKHSTAN", "TURKEY"]
