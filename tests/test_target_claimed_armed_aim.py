"""A claimant saying it had targeted a force or fighters gives the attack's intended target
when the report's own target is a crowd or a shop; a claim naming civilians, or a report that
already names a site of its own kind, keeps the report's target. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_claim_names_soldiers_in_a_crowd() -> None:
    event = _main(
        "07/02/2016: A bomb exploded among shoppers at a bazaar in Puli Alam city, Logar "
        "province, Afghanistan, killing seven people. The Taliban claimed the blast, saying "
        "they had targeted Afghan soldiers buying food."
    )
    assert event["target_type"] == "Military"


def test_claim_naming_no_force_keeps_the_crowd() -> None:
    event = _main(
        "07/02/2016: A bomb exploded among shoppers at a bazaar in Puli Alam city, Logar "
        "province, Afghanistan, killing seven people. The group claimed the blast, saying it "
        "had targeted apostates."
    )
    assert event["target_type"] == "Private Citizens & Property"


def test_claim_does_not_replace_a_named_airport() -> None:
    event = _main(
        "07/02/2016: Gunmen attacked the airport in Kandahar city, Kandahar province, "
        "Afghanistan, killing four guards. The Taliban claimed the attack, saying they had "
        "targeted foreign forces."
    )
    assert event["target_type"] == "Airports & Aircraft"
