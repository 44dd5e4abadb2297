"""GTD attack types in incident summaries: people freed days, weeks or months later had been
taken away, a kidnapping, however the seizure itself was worded. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _attack_type(text: str) -> str | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].attack_type


def test_pulled_from_a_car_and_freed_weeks_later_is_a_kidnapping() -> None:
    assert (
        _attack_type(
            "03/08/2009: Three armed men pulled a French engineer out of his car in the "
            "Karte Char area of Kabul city, Kabul province, Afghanistan. He was released "
            "unharmed three weeks later."
        )
        == "Hostage Taking (Kidnapping)"
    )


def test_freed_the_same_day_is_no_kidnapping_of_itself() -> None:
    assert (
        _attack_type(
            "06/14/2012: Gunmen shot and wounded a shopkeeper in Ghazni city, Ghazni province, "
            "Afghanistan. He was released from hospital later that day."
        )
        == "Armed Assault"
    )
