"""Workers registering voters or citizens work for the state's election or registry bodies
(Government (General)). The text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def test_registration_workers_in_a_minibus_are_government() -> None:
    text = (
        "07/03/2004: Gunmen stopped a minibus carrying election registration workers in "
        "Khost province, Afghanistan, and shot three of them dead."
    )
    events = extract_text(text, document_id="case").events
    assert events
    assert events[0].to_dict()["target_type"] == "Government (General)"
