"""A state force's name right before a vehicle, post or training site makes them the force's
own, typed by the force. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _target_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["target_type"]


OWNED = [
    (
        "03/00/2016: Taliban fighters overran Afghan Local Police outposts in Khanabad "
        "district, Kunduz province, Afghanistan, killing six men.",
        "Police",
    ),
    (
        "03/11/2016: A roadside bomb struck an Afghan National Army bus in Pul-e Alam city, "
        "Logar province, Afghanistan, wounding nine people.",
        "Military",
    ),
    (
        "03/11/2016: Gunmen stormed an NDS training centre in Ghazni city, Ghazni province, "
        "Afghanistan, killing four recruits.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWNED, ids=[c[1] for c in OWNED])
def test_force_named_before_its_asset_types_it(text: str, expected: str) -> None:
    assert _target_type(text) == expected


def test_a_bus_with_no_force_named_stays_civilian() -> None:
    text = (
        "03/11/2016: A roadside bomb struck a passenger bus in Pul-e Alam city, Logar "
        "province, Afghanistan, wounding nine people."
    )
    assert _target_type(text) not in ("Military", "Police")
