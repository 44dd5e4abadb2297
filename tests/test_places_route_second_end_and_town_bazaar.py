"""A route's second end keeps only the province named after it; the bazaar named for a town
is in that town; and two spellings the pack now holds. The sentences are invented."""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_the_second_end_of_a_route_keeps_only_its_province() -> None:
    text = "A mine hit a lorry on the highway between Ghazni and Sharana, Paktika province."
    assert _where(text) == ("Paktika", None)
    text = "Gunmen stopped a bus between Spin Boldak and Kandahar, Kandahar province."
    assert _where(text) == ("Kandahar", None)


def test_a_town_after_and_without_between_is_the_place() -> None:
    text = "Gunmen burned a school and a clinic in Sharana, Paktika province."
    assert _where(text) == ("Paktika", "Sharan")


def test_the_bazaar_named_for_a_town_is_in_that_town() -> None:
    text = "A bomb went off near the Spin Boldak bazaar in Kandahar on Friday."
    assert _where(text) == ("Kandahar", "Spin Boldak")


def test_a_bazaar_named_for_a_town_of_another_province_is_not_the_place() -> None:
    text = "A bomb went off near the Herat bazaar in Kabul on Friday."
    assert _where(text)[1] == "Kabul"


def test_spellings_of_faryab_and_sar_e_pul() -> None:
    assert _where("Gunmen shot a cleric in Qaisar district, Faryaab.") == (
        "Faryab",
        "Qaisar district",
    )
    assert _where("Police raided a house in Sare Pul city.")[0] == "Sar-e Pol"
