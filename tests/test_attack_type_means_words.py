"""Means words of the English lexicon: "blown up" is an explosion, a petrol bomb an
incendiary (GTD weapon types), and "set ... on fire" may hold a list of what was burned. Each
text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def _means(text: str) -> list[str]:
    return [h.means for h in find_triggers(text)]


def test_pylons_blown_up_are_a_bombing() -> None:
    record = _main(
        "03/02/2012: Three pylons of the power line to Pul-i-Khumri city were blown up in "
        "Baghlan province, Afghanistan, cutting electricity to the city. No one was hurt."
    )
    assert record["attack_type"] == "Bombing/Explosion"
    assert record["weapon_type"] == "Explosives"
    assert record["target_type"] == "Utilities"


def test_petrol_bomb_at_empty_shop_is_a_facility_attack() -> None:
    record = _main(
        "08/19/2007: Unknown men threw petrol bombs into a video shop in Jalalabad city, "
        "Nangarhar province, Afghanistan, at night. The shop burned down; no one was inside."
    )
    assert record["attack_type"] == "Facility/Infrastructure Attack"
    assert record["weapon_type"] == "Incendiary"


def test_petrol_bomb_is_no_explosive() -> None:
    assert _means("They threw a petrol bomb at the gate.") == ["arson"]
    assert _means("They threw a Molotov cocktail at the gate.") == ["arson"]
    assert "explosion" in _means("They threw a bomb at the gate.")


def test_set_several_things_on_fire() -> None:
    assert _means("Fighters set the pump and storage shed on fire.") == ["arson"]
    assert _means("Fighters set off towards the village on foot.") == []
