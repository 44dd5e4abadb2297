"""A group "claimed to have" done the act: its own account is a claim, though it never
names responsibility. Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _claimants(text: str) -> list[str | None]:
    events = extract_text(text, published=dt.date(2016, 3, 9), language="en").events
    return [e.claimed_by for e in events]


def test_claimed_to_have_captured_is_a_claim() -> None:
    text = (
        "LASHKAR GAH, March 9 (Wire) - Fighting raged on Wednesday around the district centre "
        "of Nad Ali in Helmand province. The Taliban claimed to have captured three police "
        "checkpoints and killed 12 policemen."
    )
    assert "TALIBAN" in _claimants(text)


def test_claims_to_have_shot_down_is_a_claim() -> None:
    text = (
        "KANDAHAR, March 9 (Wire) - An army helicopter crashed in Maiwand district of "
        "Kandahar province on Wednesday, killing two crew. The Taliban claims to have "
        "shot down the aircraft; officials blamed a technical fault."
    )
    assert "TALIBAN" in _claimants(text)


def test_claimed_to_have_seen_is_no_claim() -> None:
    text = (
        "LASHKAR GAH, March 9 (Wire) - A roadside bomb killed two farmers in Nad Ali district "
        "of Helmand province on Wednesday. Villagers claimed to have seen Taliban fighters "
        "near the road the night before."
    )
    assert all(c is None for c in _claimants(text))
