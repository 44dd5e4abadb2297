"""A site used or run by a force, a mission or a charity was attacked for its users (GTD: the
intended target); a road used by patrols is no site of theirs. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _target_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["target_type"]


USED = [
    (
        "09/03/2013: A truck bomb exploded at the outer gate of Kandahar airfield, used by "
        "coalition troops, in Daman district, Kandahar province, Afghanistan.",
        "Military",
    ),
    (
        "09/03/2013: Gunmen raided a guesthouse run by a German aid group in Kunduz city, "
        "Kunduz province, Afghanistan, wounding a cook.",
        "NGO",
    ),
]


@pytest.mark.parametrize(("text", "expected"), USED, ids=[c[1] for c in USED])
def test_site_used_by_a_body_is_coded_by_its_users(text: str, expected: str) -> None:
    assert _target_type(text) == expected


def test_road_used_by_patrols_is_not_the_patrols() -> None:
    text = (
        "09/03/2013: A mine buried on a dirt road used by army patrols killed three farmers in "
        "Zhari district, Kandahar province, Afghanistan."
    )
    assert _target_type(text) != "Military"
