"""A claim that says what earlier incident the attack avenged is the claim of the report's
attack, not of the incident avenged (told after "in response to", "ردا على")."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _claims(text: str, language: str) -> list[tuple[str, str]]:
    events = extract_text(
        text, published=dt.date(2016, 3, 12), language=language, genre="wire"
    ).events
    return [(str(e.event_date), e.claimed_by or "-") for e in events]


def test_an_english_claim_avenging_an_air_strike_is_the_attack_claimed() -> None:
    text = (
        "KABUL, March 12 (Agency) - Gunmen stormed a guesthouse in Kabul on Saturday, killing "
        "five guests, police said.\n\n"
        "The Taliban claimed the attack, saying it was in response to an air strike that "
        "killed nine civilians in Kunduz province on Tuesday."
    )
    found = _claims(text, "en")
    assert ("2016-03-12", "TALIBAN") in found
    assert ("2016-03-08", "TALIBAN") not in found


def test_an_arabic_claim_avenging_an_air_strike_is_the_attack_claimed() -> None:
    text = (
        "كابل - وكالة: قتل خمسة أشخاص عندما اقتحم مسلحون دار ضيافة في كابل اليوم السبت، وفق "
        "ما أعلنته الشرطة.\n\n"
        "وتبنت حركة طالبان الهجوم، وقالت إنه جاء ردا على غارة جوية قتلت تسعة مدنيين في ولاية "
        "قندوز يوم الثلاثاء الماضي."
    )
    found = _claims(text, "ar")
    assert ("2016-03-12", "TALIBAN") in found
    assert all(claimant == "-" for date, claimant in found if date != "2016-03-12")


def test_an_attack_avenging_one_already_told_keeps_its_own_claim() -> None:
    text = (
        "KABUL, March 12 (Agency) - A roadside bomb killed four policemen in Kabul on "
        "Saturday, police said.\n\n"
        "On Tuesday, Taliban fighters attacked a police post in Kunduz province, killing two "
        "officers. The Taliban claimed the attack in retaliation for the arrests of its "
        "commanders."
    )
    assert ("2016-03-08", "TALIBAN") in _claims(text, "en")
