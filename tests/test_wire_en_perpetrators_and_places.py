"""English wire reports: where the main event happened and who is said to have done it, as
reporters write them (a village named like a place elsewhere, blame told in later
paragraphs)."""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _place(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_a_village_named_like_a_town_elsewhere_lies_in_the_district_named() -> None:
    text = "Two farmers were shot dead in the village of Qala-e Naw in Achin district."
    assert _place(text) == ("Nangarhar", "Qala-e Naw")


def test_a_village_called_so_after_a_comma_lies_in_the_district_named() -> None:
    text = "A mine killed a shepherd near Qala-e Naw, a village in Achin district, on Friday."
    assert _place(text) == ("Nangarhar", "Qala-e Naw")


def test_a_town_of_the_district_named_stays_the_gazetteers_town() -> None:
    text = "A bomb went off in the town of Rustaq in Rustaq district on Friday."
    assert _place(text) == ("Takhar", "Rustaq")
