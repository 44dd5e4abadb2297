"""Civilians of a foreign nationality are no side of the conflict (docs/gold-format.md: actor2
is null for civilians); a state's troops named in the account keep that state as actor2.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

CASES: list[tuple[str, str | None]] = [
    (
        "04/22/2008: Gunmen abducted two Japanese engineers working for a construction company"
        " near Gardez city, Paktia province, Afghanistan. No group claimed responsibility.",
        None,
    ),
    (
        "10/02/2012: Assailants shot dead a Turkish teacher outside a private school in"
        " Mazar-e Sharif city, Balkh province, Afghanistan. No group claimed responsibility.",
        None,
    ),
    (
        "06/14/2011: A roadside bomb struck a convoy of French troops in Tagab district, Kapisa"
        " province, Afghanistan, killing two soldiers. The Taliban claimed responsibility.",
        "FRANCE",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_actor2(text: str, expected: str | None) -> None:
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].actor2 == expected


def test_state_raid_on_the_islamic_state_names_its_local_branch() -> None:
    text = (
        "03/09/2023: Taliban intelligence forces raided a house used by an Islamic State cell in"
        " Sheberghan city, Jowzjan province, Afghanistan, killing two Islamic State members and"
        " detaining one other."
    )
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].actor2 == "ISKP"
