"""A bomb that went off as one prominent person passed, arrived or spoke was timed for him, so
it is an assassination (GTD); a bomb that went off as a crowd or a patrol passed stays a
bombing. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


TIMED = [
    (
        "04/11/2016: A roadside bomb exploded as the district governor drove to his office in "
        "Chahar Bolak district, Balkh province, Afghanistan. The governor was killed.",
        "Government (General)",
    ),
    (
        "08/03/2013: A bomb went off as Mohammad Nabi Ahmadzai, a provincial council member, "
        "left a meeting in Gardez city, Paktia province, Afghanistan, wounding him.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "target_type"), TIMED, ids=[c[0][:10] for c in TIMED])
def test_bomb_timed_for_one_prominent_person_is_assassination(text: str, target_type: str) -> None:
    record = _main(text)
    assert record["attack_type"] == "Assassination"
    assert record["target_type"] == target_type


NOT_TIMED = [
    "05/19/2014: A roadside bomb exploded as a police patrol passed in Nahr-e Saraj district, "
    "Helmand province, Afghanistan, killing two policemen.",
    "05/19/2014: A bomb went off as worshippers left Friday prayers at a mosque in Kunduz "
    "city, Kunduz province, Afghanistan, killing six people.",
]


@pytest.mark.parametrize("text", NOT_TIMED, ids=[t[:10] for t in NOT_TIMED])
def test_bomb_as_a_crowd_or_patrol_passed_stays_a_bombing(text: str) -> None:
    assert _main(text)["attack_type"] == "Bombing/Explosion"
