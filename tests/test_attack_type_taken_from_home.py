""" "Took X from his home": a person taken from where they live is a kidnapping (GTD), unless
the person is prominent enough to make it an assassination (the hierarchy puts that first),
and goods taken from a house are no kidnapping. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_villager_taken_from_his_home_is_a_kidnapping() -> None:
    record = _main(
        "03/00/2022: Armed men took a retired police sergeant from his house in Nadir Shah Kot "
        "district, Khost province, Afghanistan, at night. His body was found two days later."
    )
    assert record["attack_type"] == "Hostage Taking (Kidnapping)"


def test_official_taken_from_his_home_stays_an_assassination() -> None:
    record = _main(
        "05/10/2024: Unidentified gunmen took a district governor from his home in Yawan "
        "district, Badakhshan province, Afghanistan. His body, shot twice, was found the next day."
    )
    assert record["attack_type"] == "Assassination"


def test_goods_taken_from_a_home_are_no_kidnapping() -> None:
    hits = find_triggers("Thieves took cash and jewellery from his home in Herat.")
    assert "kidnap" not in [h.means for h in hits]
