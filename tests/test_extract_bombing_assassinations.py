"""A bombing aimed at one prominent person is an assassination (GTD: the first type that
applies). Each text is invented; the attack type and, where it matters, the target type."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

ASSASSINATIONS: list[tuple[str, str | None]] = [
    (
        # the bomb went off as the official's car passed: it waited for him
        "09/16/2025: A district governor was killed in Farkhar district, Takhar province, "
        "Afghanistan, when a bomb hidden in a parked motorcycle exploded as his car drove past.",
        "Government (General)",
    ),
    (
        # the vehicle carried one named commander; the group's abbreviation follows its name
        "05/02/2021: A roadside bomb hit a car carrying Qari Nasim, a senior commander of "
        "Tehrik-i-Taliban Pakistan (TTP), in Dand-e Patan district, Paktia province, "
        "Afghanistan, killing him and two of his guards. No group claimed responsibility.",
        "Terrorists/Non-State Militia",
    ),
    (
        # a title before a name, in an aircraft carrying him
        "03/14/2006: Insurgents fired two rockets at a plane carrying Governor Gul Agha Sherzai "
        "as it landed in Jalalabad city, Nangarhar province, Afghanistan. No one was hurt.",
        "Government (General)",
    ),
    (
        # the bombers met him: an interview, the role in apposition after a modifier
        "11/03/2003: A man posing as a reporter set off a bomb hidden in a tape recorder during "
        "an interview with Abdul Qadir Jalal, former governor of the province, at his house in "
        "Kunduz city, Kunduz province, Afghanistan. Jalal was killed.",
        None,
    ),
    (
        # a bomb fixed under the car of an official the pack does not list by body
        "02/20/2013: A sticky bomb fixed under the car of a senior leader of the Hizb-e Wahdat "
        "party exploded in Mazar-i-Sharif city, Balkh province, Afghanistan. He was wounded.",
        None,
    ),
    (
        # named first among the dead, the others counted after him
        "07/07/2017: A suicide bomber blew himself up inside the provincial council office in "
        "Maimana city, Faryab province, Afghanistan, killing the deputy governor, Abdul Ahad "
        "Rahimi, and four other people. The Islamic State Khorasan Province claimed "
        "responsibility.",
        None,
    ),
    (
        # a later sentence says whom the bomb was meant for
        "04/04/2009: A suicide bomber blew himself up among spectators at a buzkashi match in "
        "Sayedabad district, Wardak province, Afghanistan, killing 15 people. The bomb appeared "
        "aimed at Haji Rahmat, a commander of the border police, who was wounded.",
        "Police",
    ),
]


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


@pytest.mark.parametrize(
    ("text", "target_type"), ASSASSINATIONS, ids=[c[0][:10] for c in ASSASSINATIONS]
)
def test_bombing_aimed_at_one_person_is_assassination(text: str, target_type: str | None) -> None:
    record = _main(text)
    assert record["attack_type"] == "Assassination"
    if target_type is not None:
        assert record["target_type"] == target_type


def test_unnamed_prayer_leader_among_worshippers_stays_bombing() -> None:
    """The bomb went off among the congregation; the prayer leader is one of the dead."""
    record = _main(
        "01/15/2021: An explosion inside a mosque in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, during evening prayers killed the prayer leader and five worshippers. "
        "No group claimed responsibility."
    )
    assert record["attack_type"] == "Bombing/Explosion"
