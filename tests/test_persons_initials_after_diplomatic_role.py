"""A diplomat named after the role, the name opening with initials ("consul K. Subramanya
Iyer") is a person (sentences written for this test)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str) -> dict[str, str | None]:
    found = extract_text(
        text, document_id="t-initials", published=dt.date(2012, 3, 5), genre="wire"
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_a_name_opening_with_initials_after_the_role() -> None:
    text = (
        "KABUL, March 5 - A suicide car bomb exploded outside a foreign consulate in Kabul on "
        "Monday, killing four people. Among the dead was the mission's consul, counsellor K. "
        "Subramanya Iyer, who was leaving the building, officials said."
    )
    names = _names(text)
    assert names.get("K. Subramanya Iyer") == "killed"


def test_a_sentence_end_after_the_role_is_no_name() -> None:
    text = (
        "KABUL, March 5 - A suicide car bomb exploded outside a foreign consulate in Kabul on "
        "Monday, killing four people, officials said. They were met by the consul. U. N. "
        "staff left the city."
    )
    assert not any(name.startswith("U.") for name in _names(text))
