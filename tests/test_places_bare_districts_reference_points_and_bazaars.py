"""Place rules of the fifth session: where an incident summary or wire report puts an event.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry())
    assert fix is not None
    return fix.admin1, fix.location


def test_bare_district_before_its_province_is_written_as_the_report_does() -> None:
    text = "A mine struck a tractor near Nijrab, Kapisa province, Afghanistan, on Friday."
    assert _where(text) == ("Kapisa", "Nijrab")


def test_bare_district_keeps_the_report_spelling() -> None:
    text = "Unknown gunmen killed a shopkeeper in Sayedabad, Wardak province, last week."
    assert _where(text) == ("Wardak", "Sayedabad")


def test_bare_district_without_its_province_stays_unnamed() -> None:
    text = "A mine struck a tractor in Nijrab, Afghanistan, on Friday."
    assert _where(text) == ("Kapisa", None)


def test_bare_district_before_another_province_is_not_read() -> None:
    text = "A mine struck a tractor in Nijrab, Kandahar province, Afghanistan, on Friday."
    assert _where(text) == ("Kandahar", None)


def test_city_a_district_lies_west_of_is_no_place() -> None:
    text = "Two gunmen shot a judge in Paghman district, west of Kabul city, Afghanistan."
    assert _where(text) == ("Kabul", "Paghman district")


def test_city_a_district_lies_north_east_of_is_no_place() -> None:
    text = "A bomb hit a bus in Surobi district, north-east of Kabul city, on Monday."
    assert _where(text) == ("Kabul", "Surobi district")


def test_the_west_of_a_city_is_inside_it() -> None:
    text = "A bomb hit a bus in the west of Kabul city, near Paghman district, on Monday."
    assert _where(text) == ("Kabul", "Kabul")


def test_baghlan_markazi_is_the_central_baghlan_district() -> None:
    text = "Gunmen attacked a deminers' camp in Baghlan-e Markazi district, Baghlan province."
    assert _where(text) == ("Baghlan", "Baghlan-e Markazi district")


def test_no_cyrillic_alias_keeps_the_english_word_district() -> None:
    places = load_registry().places.values()
    aliases = [a for p in places for a in p.aliases]
    assert aliases
    assert not [a for a in aliases if "Дистрикт" in a]


def test_bazaar_of_a_town_before_its_district_is_the_town() -> None:
    text = "Gunmen shot a trader in Sang-e Masha bazaar, Jaghori district, Ghazni province."
    assert _where(text) == ("Ghazni", "Sang-e Mashah")  # the gazetteer's spelling


def test_bazaar_named_for_a_town_of_another_province_is_not_that_town() -> None:
    text = "Gunmen shot a trader in Herat bazaar, Jaghori district, Ghazni province."
    assert _where(text) == ("Ghazni", "Jaghori district")


def test_district_headquarters_of_a_name_is_the_district() -> None:
    text = "Militants overran the district headquarters of Rustaq, Takhar province, at dawn."
    assert _where(text) == ("Takhar", "Rustaq district")


def test_the_town_of_a_name_is_the_town() -> None:
    text = "Militants overran a police post in the town of Rustaq, Takhar province, at dawn."
    assert _where(text) == ("Takhar", "Rustaq")


def test_town_before_its_province_needs_no_preposition() -> None:
    text = "Insurgents blew up a pipe of the network supplying Mehtarlam, Laghman province."
    assert _where(text) == ("Laghman", "Mehtarlam")


def test_name_before_a_province_that_holds_no_such_town_is_not_read() -> None:
    text = "Insurgents blew up a pipe of the network supplying Mehtarlam, Helmand province."
    assert _where(text) == ("Helmand", None)
