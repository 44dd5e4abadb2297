"""A person named in full once and then by a shorter form: the kunya a pack name starts
with ("Abu Omar" after "Abu Omar Khorasani").

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text,
        document_id="lf-refs",
        published=dt.date(2024, 6, 30),
        genre="analysis",
        language=language,
    )
    return list(found.events)


def test_a_kunya_after_the_full_name_is_the_pack_person() -> None:
    text = (
        "Abu Omar Khorasani spent years running the group's cells in the east. "
        "In March 2019 gunmen shot Abu Omar dead at a market in Jalalabad."
    )
    found = [(p.name, p.person_id) for e in _events(text) for p in e.persons]
    assert ("Abu Omar Khorasani", "abu-omar-khorasani") in found


def test_a_kunya_stands_only_for_the_name_the_text_wrote() -> None:
    # the pack also spells Abu Saad Orakzai "Abu Sayed Orakzai": that alias does not make
    # another man called Abu Sayed him
    text = (
        "Abu Saad Orakzai led the group for a year. "
        "In March 2019 gunmen shot Abu Sayed dead at a market in Jalalabad."
    )
    ids = [p.person_id for e in _events(text) for p in e.persons if p.name == "Abu Sayed"]
    assert "abu-saad-orakzai" not in ids


def _names(text: str) -> set[str]:
    return {p.name for e in _events(text) for p in e.persons}


def test_a_name_with_a_possessive_role_is_a_person() -> None:
    text = (
        "On 3 March 2023 a gunman fired at Rahim Gul Sherzad, Kandahar's deputy governor, "
        "as he left his office in Kandahar city."
    )
    assert "Rahim Gul Sherzad" in _names(text)


def test_a_name_among_them_is_a_victim() -> None:
    text = (
        "On 3 March 2023 a bomb exploded at a market in Kunduz, killing nine people, among "
        "them Noor Agha Samadi, a teacher at the local school."
    )
    assert "Noor Agha Samadi" in _names(text)


def test_a_role_in_apposition_before_the_name_makes_it_a_person() -> None:
    text = (
        "On 3 March 2023 a gunman fired at the head of mission, Karim Dad Yusufi, while he "
        "walked in the embassy garden in Kabul."
    )
    assert "Karim Dad Yusufi" in _names(text)
