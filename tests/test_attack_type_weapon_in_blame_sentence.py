"""A sentence that blames or claims an attack may still say how it was carried out ("officials
said the victims were beheaded; the group denied it"): its weapon words count; a dated claim
of an earlier attack does not lend its weapon. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_beheading_told_in_a_blame_sentence_is_an_armed_assault() -> None:
    text = (
        "03/14/2015: Insurgents killed nine shepherds near a stream in Gizab district, "
        "Daykundi province, Afghanistan. Elders said the men had been beheaded; the Taliban "
        "denied involvement, but officials blamed the group."
    )
    assert _attack_type(text) == "Armed Assault"


def test_a_dated_claim_of_an_earlier_bombing_lends_no_weapon() -> None:
    text = (
        "06/20/2016: Gunmen shot dead four farmers in Achin district, Nangarhar province, "
        "Afghanistan. Islamic State fighters were blamed; the group had claimed a suicide "
        "bombing in Jalalabad city in April."
    )
    assert _attack_type(text) == "Armed Assault"
