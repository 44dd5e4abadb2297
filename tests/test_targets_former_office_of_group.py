"""A former office of a group that once governed ("a former Taliban minister" before the group
took power again) is an office of state no longer held: the man is no fighter of the group, so
the target stays Government (General), not Terrorists/Non-State Militia. Each text is
invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "03/02/2013: Abdul Wali Sharifi, a former Taliban minister who later joined the peace "
        "talks, was shot dead by two gunmen near his house in Kabul city, Kabul province, "
        "Afghanistan.",
        "09/14/2010: Gunmen shot dead Mohammad Nabi Karimi, a former Taliban governor, near the "
        "bazaar of Ghazni city, Ghazni province, Afghanistan.",
    ],
)
def test_former_office_of_group_is_government(text: str) -> None:
    event = _main(text)
    assert event["target_type"] == "Government (General)"
    assert event["event_type"] == "Violence against civilians"


def test_serving_group_official_stays_militia() -> None:
    text = (
        "09/14/2010: Gunmen shot dead Mohammad Nabi Karimi, a Taliban shadow governor, outside "
        "a mosque in Ghazni city, Ghazni province, Afghanistan."
    )
    assert _main(text)["target_type"] == "Terrorists/Non-State Militia"
