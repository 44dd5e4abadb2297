"""A role written right before a religious title and the name it opens says who the man is:
"the police chief Mawlawi Abdul Ghani" is a police chief, not a cleric. A cleric's own role
before the title keeps the man religious. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_police_chief_before_the_title_mawlawi() -> None:
    event = _main(
        "05/00/2023: A roadside bomb killed the Takhar police chief Mawlawi Abdul Ghani and "
        "one of his guards in Taloqan, Takhar province. No group claimed it."
    )
    assert event["target_type"] == "Police"


def test_governor_before_the_title_mullah() -> None:
    event = _main(
        "07/00/2023: Gunmen shot dead the district governor Mullah Sher Khan near his office in "
        "Chora district, Uruzgan province. No group claimed it."
    )
    assert event["target_type"] == "Government (General)"


def test_title_alone_stays_a_religious_figure() -> None:
    """Near miss: no role before the title, so the title says who he is."""
    event = _main(
        "08/00/2023: Gunmen shot dead Mawlawi Abdul Ghani as he left a wedding in Taloqan, "
        "Takhar province. No group claimed it."
    )
    assert event["target_type"] == "Religious Figures/Institutions"


def test_village_mullah_without_a_name_stays_religious() -> None:
    """Near miss: "a village mullah" names no man after the title; the title is his role."""
    event = _main(
        "04/00/2019: Unknown gunmen shot dead a village mullah as he walked home from prayers "
        "in Chahar Bolak district, Balkh province. No group claimed it."
    )
    assert event["target_type"] == "Religious Figures/Institutions"
