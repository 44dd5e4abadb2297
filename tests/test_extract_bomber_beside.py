"""GTD attack types in incident summaries: a suicide bomber who blew himself up beside one
named prominent person was sent for him (an assassination); beside a group of people, the
blast is a bombing. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_bomber_beside_a_named_governor_is_an_assassination() -> None:
    assert (
        _attack_type(
            "03/17/2015: A suicide bomber who had joined a crowd of petitioners blew himself "
            "up next to the provincial governor, Abdul Karim Sadiq, in Maimana city, Faryab "
            "province, Afghanistan. The governor and four of his guards were killed."
        )
        == "Assassination"
    )


def test_bomber_beside_a_group_of_soldiers_is_a_bombing() -> None:
    assert (
        _attack_type(
            "07/02/2011: A suicide bomber blew himself up beside a group of soldiers buying "
            "bread in a market in Khost city, Khost province, Afghanistan, killing three."
        )
        == "Bombing/Explosion"
    )
