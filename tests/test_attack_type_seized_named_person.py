"""A person named and then described by what he does, "seized" ("Gunmen seized Abdul Wali, a
freelance reporter, and his driver"), was taken: a kidnapping (GTD), not an attack on his
trade. A place named after "seized" ("seized Spin Boldak, the border town") is no person
taken. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_seized_named_reporter_is_kidnapping() -> None:
    event = _main(
        "04/22/2009: Gunmen seized Abdul Wali Noori, a freelance reporter for a local radio, "
        "and his cousin in Nad Ali district, Helmand province, Afghanistan."
    )
    assert event["attack_type"] == "Hostage Taking (Kidnapping)"


def test_seized_named_town_is_no_kidnapping() -> None:
    event = _main(
        "07/16/2021: Taliban fighters seized Spin Boldak, the border town, and shot dead two "
        "shopkeepers in the bazaar, Kandahar province, Afghanistan."
    )
    assert event["attack_type"] != "Hostage Taking (Kidnapping)"
