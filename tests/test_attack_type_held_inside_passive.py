"""People said to be held where the attackers caught them, in the passive ("a siege in which
guests were held inside", "staff were kept at gunpoint"), make the siege a barricade incident
(GTD), as the active "held the guests inside" does; a siege with no one held stays an armed
assault. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["attack_type"]


def test_people_held_inside_in_the_passive_make_a_barricade_incident() -> None:
    text = (
        "08/14/2014: Gunmen stormed a lakeside restaurant near Kabul city, Kabul province, "
        "Afghanistan. During a nine-hour siege in which diners were held inside, eleven "
        "civilians and the four attackers were killed."
    )
    assert _attack_type(text) == "Hostage Taking (Barricade Incident)"


def test_siege_with_no_one_held_stays_armed_assault() -> None:
    text = (
        "08/14/2014: Gunmen stormed a lakeside restaurant near Kabul city, Kabul province, "
        "Afghanistan. During a nine-hour siege, eleven civilians and the four attackers were "
        "killed."
    )
    assert _attack_type(text) == "Armed Assault"
