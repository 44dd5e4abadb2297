"""A bomb or rocket aimed at one named prominent person is an assassination (GTD), also when a
long name or a body's name stands between the act and the role; a crowd bombing that kills an
official stays a bombing. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


AIMED = [
    (
        # a long name and two modifiers between "beside" and the role
        "03/09/2019: A suicide bomber blew himself up beside Mawlawi Abdul Rahman Zaheer "
        "Kakar, a respected pro-government cleric, at his seminary in Khost city, Khost "
        "province, Afghanistan, killing him and two students.",
        "Religious Figures/Institutions",
    ),
    (
        # the role is held in a body whose name follows "head of the"
        "06/21/2011: A suicide bomber walked up to the car of Haji Gul Rahim, head of the "
        "Paktika provincial council, outside his office in Sharana city, Paktika province, "
        "Afghanistan, and blew himself up, killing the council head.",
        "Government (General)",
    ),
    (
        # an aircraft bringing one named official
        "10/02/2008: Insurgents fired two rockets at a helicopter bringing Governor Asadullah "
        "Wafa to Lashkar Gah city, Helmand province, Afghanistan. The rockets missed.",
        "Government (General)",
    ),
]


@pytest.mark.parametrize(("text", "target_type"), AIMED, ids=[c[0][:10] for c in AIMED])
def test_bomb_aimed_at_named_person_is_assassination(text: str, target_type: str) -> None:
    record = _main(text)
    assert record["attack_type"] == "Assassination"
    assert record["target_type"] == target_type


def test_crowd_bombing_that_kills_an_official_stays_a_bombing() -> None:
    record = _main(
        "03/09/2019: A suicide bomber blew himself up beside a crowd of shoppers in the main "
        "bazaar of Khost city, Khost province, Afghanistan, killing 14 people, among them a "
        "district official."
    )
    assert record["attack_type"] == "Bombing/Explosion"


def test_bus_bringing_workers_is_no_assassination() -> None:
    record = _main(
        "10/02/2008: A roadside bomb struck a bus bringing workers to a factory near Herat "
        "city, Herat province, Afghanistan, killing four of them."
    )
    assert record["attack_type"] == "Bombing/Explosion"
