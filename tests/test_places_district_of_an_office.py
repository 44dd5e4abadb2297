"""A district named after an office ("a former police chief of Khogyani district", "the
district governor of Dand district") is the area the office governs; the event is where the
sentence otherwise says ("as he left his home in Jalalabad"), and the governed district only
when no other town or district is named. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_town_named_besides_an_office_district_is_the_location() -> None:
    event = _main(
        "05/19/2017: Gunmen shot dead Haji Abdul Qadir, a former police chief of Chaparhar "
        "district, as he walked to a mosque in Jalalabad's District 3 in the evening."
    )
    assert event["location"] == "Jalalabad"


def test_office_district_alone_stays_the_location() -> None:
    event = _main(
        "05/19/2017: Gunmen shot dead the police chief of Chaparhar district, Nangarhar "
        "province, Afghanistan."
    )
    assert event["location"] == "Chaparhar district"
