"""A visitor of a body's own at the site when the attack came is its target, more than the
site visited. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _target_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["target_type"]


VISITS = [
    (
        "05/02/2012: A bomb hidden in a chair went off in a hotel in Herat city, Herat "
        "province, Afghanistan, during a visit by the Indian ambassador, wounding five.",
        "Government (Diplomatic)",
    ),
    (
        "05/02/2012: A suicide bomber blew himself up as a parliamentary delegation toured a "
        "cotton mill in Kunduz city, Kunduz province, Afghanistan, killing 12 people.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), VISITS, ids=[c[1] for c in VISITS])
def test_visitor_is_the_target(text: str, expected: str) -> None:
    assert _target_type(text) == expected


def test_civilian_visitors_leave_the_site() -> None:
    text = (
        "05/02/2012: A bomb went off in a hotel in Herat city, Herat province, Afghanistan, "
        "during a visit by a group of traders, wounding five."
    )
    assert _target_type(text) == "Business"
