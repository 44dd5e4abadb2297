"""The means told in a clause after the word that names them: vests "that went off" were
set off (a bombing), people "gunned down" were shot, and one "pulled from his car by gunmen
and shot dead" was killed where he was found, not kidnapped. Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.triggers import find_triggers
from test_attack_type_kidnap_passive import KIDNAP, _attack_type


def test_vests_that_went_off_make_a_bombing() -> None:
    text = (
        "05/03/2016: Three attackers, two of them in suicide vests that went off, stormed a "
        "wedding hall in Ghazni city; 12 guests were killed."
    )
    assert _attack_type(text) == "Bombing/Explosion"


def test_vests_worn_and_never_set_off_stay_an_armed_assault() -> None:
    text = (
        "05/03/2016: Three gunmen in suicide vests stormed a wedding hall in Ghazni city and "
        "killed 12 guests before police shot them dead."
    )
    assert _attack_type(text) == "Armed Assault"


def test_gunned_down_is_a_shooting() -> None:
    hits = find_triggers("Two clerks were gunned down outside the court.")
    assert [h.means for h in hits] == ["firearm"]
    assert not find_triggers("The gunnery range was shut down for a week.")


def test_pulled_from_the_car_and_shot_dead_is_no_kidnapping() -> None:
    text = (
        "05/03/2016: A surveyor was pulled from his car by gunmen near Qalat, Zabul province, "
        "and shot dead."
    )
    assert _attack_type(text) != KIDNAP


def test_pulled_from_the_car_and_missing_is_a_kidnapping() -> None:
    text = (
        "05/03/2016: A surveyor was pulled from his car by gunmen near Qalat, Zabul province. "
        "He was freed unharmed 20 days later."
    )
    assert _attack_type(text) == KIDNAP
