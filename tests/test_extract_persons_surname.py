"""A man named in full once is the same man when the text later uses his last name alone."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

ANALYSIS = (
    "Aslam Farooqi took over the group in 2019 after its losses in Nangarhar.\n\n"
    "On 4 April 2020, Afghan intelligence officers captured Farooqi and several aides in"
    " Kandahar province, the directorate said."
)


def test_last_name_alone_is_the_man_named_before() -> None:
    events = extract_text(ANALYSIS, document_id="farooqi", published=dt.date(2020, 6, 1)).events
    captured = [e for e in events if e.event_date is not None and e.event_date.month == 4]
    assert captured, [e.event_date for e in events]
    people = {p.person_id: p for p in captured[0].persons}
    assert "aslam-farooqi" in people
    assert people["aslam-farooqi"].outcome == "captured"
    assert "leader_captured" in captured[0].tags


def test_a_spokesman_named_again_is_a_source() -> None:
    text = (
        "KABUL, Oct 3 - A bomb killed five people at a mosque in Kabul on Sunday, Taliban"
        " spokesman Zabihullah Mujahid said. Mujahid said two of the wounded later died."
    )
    events = extract_text(text, document_id="mujahid", published=dt.date(2021, 10, 3)).events
    assert events
    assert all(p.person_id != "zabihullah-mujahid" for e in events for p in e.persons)
