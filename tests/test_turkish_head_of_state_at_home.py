"""Turkish: a (former) president is a government target ("Cumhurbaşkanı"), and a suicide attack
at an official's own home ("Kabil'deki evinde") was aimed at him, an assassination; a bomb at a
house with no office-holder stays a bombing. Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_DAY = dt.date(2012, 10, 3)


def test_president_killed_at_his_home_is_assassination() -> None:
    text = (
        "Kabil, 3 Ekim (XHA) - Afganistan'ın eski Cumhurbaşkanı Abdul Halim Nuri, başkent "
        "Kabil'deki evinde düzenlenen intihar saldırısında hayatını kaybetti."
    )
    events = extract_text(text, published=_DAY, language="tr").events
    assert events
    assert events[0].target_type == "Government (General)"
    assert events[0].attack_type == "Assassination"


def test_bomb_at_a_home_without_an_official_stays_bombing() -> None:
    text = (
        "Kabil, 3 Ekim (XHA) - Başkent Kabil'deki bir evde düzenlenen intihar saldırısında "
        "üç sivil hayatını kaybetti."
    )
    events = extract_text(text, published=_DAY, language="tr").events
    assert events
    assert events[0].attack_type == "Bombing/Explosion"
