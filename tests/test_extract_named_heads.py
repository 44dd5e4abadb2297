"""GTD attack types in incident summaries: a named person shot dead and described by the
body he heads is an assassination, whatever words name the body. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_named_head_of_a_department_shot_dead_is_an_assassination() -> None:
    assert (
        _attack_type(
            "04/14/2014: Gunmen on a motorbike shot dead Gul Rahim Nazari, head of the "
            "province's refugees and returnees department, near the bazaar in Charikar "
            "city, Parwan province, Afghanistan."
        )
        == "Assassination"
    )


def test_named_acting_director_of_an_office_killed_is_an_assassination() -> None:
    assert (
        _attack_type(
            "02/03/2016: Unknown gunmen killed Sharifa Amini, the acting director of the "
            "government's culture and information centre, in Pul-e Khumri city, Baghlan province, "
            "Afghanistan."
        )
        == "Assassination"
    )


def test_head_of_a_family_is_no_office() -> None:
    assert (
        _attack_type(
            "06/09/2017: Gunmen shot dead Abdul Wali, a shopkeeper and head of a family of "
            "six, outside his shop in Ghazni city, Ghazni province, Afghanistan."
        )
        == "Armed Assault"
    )
