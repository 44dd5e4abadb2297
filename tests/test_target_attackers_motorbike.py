"""The motorbike or rickshaw the attackers rode is their own ride, not a target (as their car
already is), and where the reading must not fire.

- "shot dead by two gunmen on a motorbike": the official shot is the target.
- A motorbike that someone else rode, or one a bomb was hidden on, is not the attackers' ride.
"""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _target_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events
    return events[0].target_type


def test_gunmen_on_a_motorbike_are_no_target() -> None:
    text = (
        "05/14/2016: Zarghona Noori, head of the women's affairs department of Ghor province, was"
        " shot dead by two gunmen on a motorbike as she left her house for work in Chaghcharan"
        " city."
    )
    assert _target_type(text) == "Government (General)"


def test_gunmen_on_a_motorbike_as_subject_leave_the_victim() -> None:
    text = (
        "05/14/2016: Gunmen on a motorbike shot dead a shopkeeper in Chaghcharan city, Ghor"
        " province, Afghanistan."
    )
    assert _target_type(text) == "Business"


def test_a_shopkeeper_on_his_motorbike_stays_the_target() -> None:
    text = (
        "06/02/2019: Gunmen shot dead a shopkeeper on his motorbike in Jalalabad city,"
        " Nangarhar province, Afghanistan."
    )
    assert _target_type(text) in {"Business", "Private Citizens & Property"}
