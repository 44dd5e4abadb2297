"""A kind of attack someone stood against ("had preached against suicide attacks") names no
means of the attack told: the means are those of the act itself. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_attacks_preached_against_are_no_means() -> None:
    record = _main(
        "04/02/2010: Gunmen shot dead Mawlawi Saifullah, the prayer leader of a mosque in "
        "Khanabad district, Kunduz province, Afghanistan. He had often spoken against suicide "
        "bombings. No group claimed responsibility."
    )
    assert record["attack_type"] == "Assassination"
    assert record["weapon_type"] == "Firearms"


def test_kind_of_attack_without_against_stays_a_means() -> None:
    hits = find_triggers("A wave of suicide bombings struck the city.")
    assert "suicide" in [h.means for h in hits]


def test_attackers_fought_against_stay_a_means() -> None:
    hits = find_triggers("Guards fought back against the gunmen for an hour.")
    assert [h.means for h in hits] == ["firearm"]
