"""A mine laid or set off ("a mine planted on a path", "stepped on a mine") is a bombing; a
person "seized by gunmen" and held is kidnapped; people held "for six hours" in a stormed
building make a siege; a vehicle "burnt by armed men" with no one hurt is a facility attack.
Invented sentences."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.triggers import find_triggers


def _attack_type(text: str) -> str | None:
    day = dt.datetime.strptime(text[:10], "%m/%d/%Y").date()
    events = extract_text(text, published=day, language="en", genre="summary").events
    assert events
    return events[0].attack_type


def test_a_mine_laid_or_set_off_is_a_bombing() -> None:
    text = "07/14/2016: A boy stepped on a mine near a well in Khost and lost a foot."
    assert _attack_type(text) == "Bombing/Explosion"
    text = "07/14/2016: A mine struck a tractor near Khost, killing its two riders."
    assert _attack_type(text) == "Bombing/Explosion"


def test_a_coal_mine_is_no_bomb() -> None:
    text = "07/14/2016: Gunmen shot dead two guards at a coal mine near Khost."
    assert _attack_type(text) != "Bombing/Explosion"


def test_seized_by_gunmen_and_held() -> None:
    text = "07/14/2016: A cyclist was seized by gunmen near Khost and held for a day."
    assert _attack_type(text) == "Hostage Taking (Kidnapping)"


def test_held_for_a_number_of_hours_in_a_stormed_building() -> None:
    text = (
        "07/14/2016: Two gunmen stormed a clinic in Khost, holding patients for five hours"
        " before police killed them."
    )
    assert _attack_type(text) == "Hostage Taking (Barricade Incident)"


def test_burnt_by_the_attackers_with_no_one_hurt() -> None:
    text = (
        "07/14/2016: A bus of the transport ministry was stopped and burnt by militants near Khost."
    )
    assert _attack_type(text) == "Facility/Infrastructure Attack"


def test_burnt_by_the_sun_is_no_attack_word() -> None:
    text = "07/14/2016: Gunmen shot dead a farmer near Khost whose fields were burnt by drought."
    assert _attack_type(text) != "Facility/Infrastructure Attack"


def test_a_ministry_of_mines_is_no_mine() -> None:
    text = "A bomb on a bus of the Ministry of Mines went off near Khost."
    assert "ied" not in [h.means for h in find_triggers(text)]
    assert "ied" in [h.means for h in find_triggers("A mine went off near Khost.")]
