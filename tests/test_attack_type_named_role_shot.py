"""Gunmen who shoot at one named person described by a prominent role after the name (a head
of a body, a correspondent, a commander, one "who presented" a programme) carry out an
assassination (GTD); a named person of no such role is an armed assault. Each text is
invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


NAMED_ROLES = [
    "07/14/2010: Two gunmen opened fire on the car of Abdul Samad Rahimi, director of the "
    "private channel Tolo Sabz TV, in Kunduz city, Kunduz province, Afghanistan. He was "
    "wounded in the arm.",
    "02/03/2015: A gunman walked up to Peter Holm, a correspondent for a Danish newspaper, "
    "and shot him in a street of Kabul city, Kabul province, Afghanistan. He died in hospital.",
    "11/22/2012: Gunmen fired on Farida Nazari, who hosted a weekly call-in show on a local "
    "radio station, as she walked home in Jalalabad city, Nangarhar province, Afghanistan. "
    "She survived.",
    "05/05/2009: Gunmen shot dead Mullah Gul Agha, a local commander of a pro-government "
    "militia, in Sangin district, Helmand province, Afghanistan.",
]


@pytest.mark.parametrize("text", NAMED_ROLES, ids=[t[:10] for t in NAMED_ROLES])
def test_named_role_holder_shot_is_assassination(text: str) -> None:
    assert _main(text)["attack_type"] == "Assassination"


@pytest.mark.parametrize(
    "text",
    [
        "05/05/2009: Gunmen shot dead Abdul Karim Noori, a shopkeeper, outside his shop in "
        "Sangin district, Helmand province, Afghanistan.",
        "07/14/2010: Gunmen opened fire on the car of Abdul Samad Rahimi, who ran a small "
        "grocery, in Kunduz city, Kunduz province, Afghanistan. He was wounded.",
    ],
)
def test_named_person_of_no_prominent_role_is_armed_assault(text: str) -> None:
    assert _main(text)["attack_type"] == "Armed Assault"
