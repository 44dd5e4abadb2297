"""Places: a province written after "X district," decides among namesakes; streets, buildings
and highways before a city do not hide it; a demonym before "city of X" is no place."""

from __future__ import annotations

from conflictdesk.extract.places import find_chains, place_of
from conflictdesk.resolve.registry import load_registry


def _fix(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_a_province_named_bare_after_a_district_picks_the_district() -> None:
    text = "Gunmen burnt a clinic in Dawlatabad district, Faryab, Afghanistan, on Sunday."
    assert _fix(text) == ("Faryab", "Dawlatabad district")


def test_a_province_named_bare_after_a_district_is_not_a_town() -> None:
    text = "A mine hit a truck in Pul-e Khumri district, Baghlan, on the main road."
    assert _fix(text) == ("Baghlan", "Pul-e Khumri district")


def test_a_district_with_its_province_word_is_unchanged() -> None:
    text = "A mine hit a truck in Dawlatabad district, Balkh province, on the main road."
    assert _fix(text) == ("Balkh", "Dawlatabad district")


def test_the_tail_of_a_joined_name_opens_no_chain() -> None:
    text = "Police found a bomb near Sra Kala, Pachir wa Agam district, Nangarhar province."
    heads = [chain[0].name for chain in find_chains(text, load_registry())]
    assert heads == ["Sra Kala", "Nangarhar"]  # not "Agam"


def test_a_street_before_the_city_gives_the_city() -> None:
    text = "A bomb tore through a bus on Jada-e Maiwand road, Kabul, Afghanistan, at dawn."
    assert _fix(text) == ("Kabul", "Kabul")


def test_a_named_building_before_the_city_gives_the_city() -> None:
    text = "Gunmen stormed the Herat City hall, western Kabul, during a meeting."
    assert _fix(text) == ("Kabul", "Kabul")


def test_a_building_named_for_a_known_area_stays_in_that_area() -> None:
    text = "Gunmen fired at the Dasht-e-Barchi hospital and killed on patients."
    assert _fix(text) == ("Kabul", "Kabul")


def test_a_direction_after_a_comma_continues_the_chain() -> None:
    text = "A car bomb hit a bus in Qala-e Mirza, west Kabul, Afghanistan."
    heads = [[s.name for s in chain] for chain in find_chains(text, load_registry())]
    assert heads[0] == ["Qala-e Mirza", "Kabul", "Afghanistan"]


def test_an_unknown_name_before_a_large_city_is_part_of_the_city() -> None:
    text = "A bomb went off at a bakery in Qala-e Mirza, Kabul, Afghanistan."
    assert _fix(text) == ("Kabul", "Kabul")


def test_an_unknown_name_before_a_province_stays_the_place() -> None:
    text = "A bomb went off at a bakery in Qala-e Mirza, Kabul province, Afghanistan."
    assert _fix(text) == ("Kabul", "Qala-e Mirza")


def test_a_highway_before_a_province_gives_the_province() -> None:
    text = "Armed men burnt a fuel tanker on the Kunduz-Taloqan highway, Takhar."
    assert _fix(text) == ("Takhar", None)


def test_a_highway_alone_names_no_place() -> None:
    assert place_of("Armed men burnt a fuel tanker on the old highway.", load_registry()) is None


def test_a_demonym_before_city_of_on_the_outskirts_is_no_place() -> None:
    text = "Gunmen raided a post on the outskirts of the western Iranian city of Zahedan."
    assert _fix(text)[1] == "Zahedan"


def test_on_the_outskirts_of_a_named_city_still_reads_the_city() -> None:
    text = "Gunmen raided a post on the outskirts of Kandahar city on Monday."
    assert _fix(text) == ("Kandahar", "Kandahar")
