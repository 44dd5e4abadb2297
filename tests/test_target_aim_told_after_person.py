"""A later sentence that names a person and then says he "appeared to be the target" makes
that person the target (an assassination), not the crowd the bomb hit; of "X and former Y"
the role held now counts. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_named_commander_who_appeared_to_be_the_target() -> None:
    event = _main(
        "05/04/2012: A suicide bomber blew himself up in a busy market in Nad Ali district, "
        "Helmand province, Afghanistan. Twelve people died, among them a local militia "
        "commander, Haji Sher Agha, who seemed to be the intended target."
    )
    assert event["target_type"] == "Terrorists/Non-State Militia"
    assert event["attack_type"] == "Assassination"


def test_current_role_before_former_role() -> None:
    event = _main(
        "09/12/2014: A bomb exploded at a wedding party in Chahar Dara district, Kunduz "
        "province, Afghanistan. Nine guests died, including a provincial council member and "
        "former police chief, Gul Ahmad, who was believed to be the target."
    )
    assert event["target_type"] == "Government (General)"


def test_commander_among_dead_without_aim_stays_a_crowd_bombing() -> None:
    event = _main(
        "05/04/2012: A suicide bomber blew himself up in a busy market in Nad Ali district, "
        "Helmand province, Afghanistan. Twelve people died, among them a local militia "
        "commander, Haji Sher Agha, who had come to buy food."
    )
    assert event["attack_type"] != "Assassination"
