"""Threats by name over lists and commas, and target types after the GTD codebook: aid
programmes and NGO staff, customs and the loya jirga, elders who sided with the government,
water works; kidnap words in the passive."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.target_rules import refine
from conflictdesk.extract.targets import TargetChoice

PCP = "Private Citizens & Property"


def _threat_targets(article: str) -> list[str]:
    events = extract_text(
        article, genre="analysis", language="en", published=dt.date(2024, 6, 1)
    ).events
    return sorted(e.actor2 or "" for e in events if "threat" in e.tags)


def test_threat_with_a_relative_clause_before_as() -> None:
    article = (
        "In May 2024 a channel close to the group named the Chinese embassy in Kabul, which had "
        "only recently expanded its staff, as its next target. No attack has followed."
    )
    assert _threat_targets(article) == ["CHINA"]


def test_naming_a_person_as_spokesman_is_no_threat() -> None:
    article = (
        "In May 2024 the group named a former teacher from the Chinese border, who had long "
        "lived in Kabul, as its new spokesman. He gave no interview."
    )
    assert _threat_targets(article) == []


def _refined(target: str, target_type: str, text: str) -> str | None:
    at = text.index(target)
    chosen = refine(TargetChoice(target, target_type, None, at, at + len(target)), text)
    return chosen.target_type if chosen is not None else None


def test_members_of_a_health_project_are_ngo() -> None:
    text = (
        "Gunmen stopped a van near the river and seized four travellers, all of them staff of a "
        "regional vaccination programme."
    )
    assert _refined("travellers", PCP, text) == "NGO"


def test_travellers_to_a_building_project_stay_private_citizens() -> None:
    text = "Gunmen stopped a van near the river and seized four travellers bound for the project."
    assert _refined("travellers", PCP, text) == PCP


def test_a_worker_named_by_his_ngo_is_ngo() -> None:
    text = "Unknown men shot dead an NGO surveyor in the town square."
    assert _refined("NGO surveyor", "Business", text) == "NGO"


def test_a_surveyor_without_an_ngo_stays_business() -> None:
    text = "Unknown men shot dead a land surveyor in the town square."
    assert _refined("land surveyor", "Business", text) == "Business"


def _summary_target_type(text: str) -> str | None:
    events = extract_text(
        text, genre="summary", language="en", published=dt.date(2015, 6, 1)
    ).events
    return events[0].target_type if events else None


def test_a_customs_convoy_is_government() -> None:
    text = (
        "06/01/2015: A roadside bomb struck a customs convoy near the border crossing in Spin "
        "Boldak district, Kandahar province, Afghanistan. Two drivers were wounded."
    )
    assert _summary_target_type(text) == "Government (General)"


def test_a_convoy_of_traders_is_business() -> None:
    text = (
        "06/01/2015: A roadside bomb struck a convoy of traders near the border crossing in Spin "
        "Boldak district, Kandahar province, Afghanistan. Two drivers were wounded."
    )
    assert _summary_target_type(text) == "Business"


def _summary_attack_type(text: str) -> str | None:
    events = extract_text(
        text, genre="summary", language="en", published=dt.date(2015, 6, 1)
    ).events
    return events[0].attack_type if events else None


def test_a_person_seized_by_gunmen_and_held_is_kidnapped() -> None:
    text = (
        "06/01/2015: A Swiss trekker was seized by armed men near Bamyan city, Bamyan province, "
        "Afghanistan, and held for two days. She was let go unhurt."
    )
    assert _summary_attack_type(text) == "Hostage Taking (Kidnapping)"


def test_a_person_pulled_from_his_car_by_men_is_kidnapped() -> None:
    text = (
        "06/01/2015: A shopkeeper was pulled from his car by masked men on the ring road in "
        "Herat city, Herat province, Afghanistan. His family paid for his return."
    )
    assert _summary_attack_type(text) == "Hostage Taking (Kidnapping)"


def test_a_post_seized_by_militants_is_no_kidnapping() -> None:
    text = (
        "06/01/2015: A police post was seized by militants near Bamyan city, Bamyan province, "
        "Afghanistan, after a night of fighting. Three policemen were killed."
    )
    assert _summary_attack_type(text) == "Armed Assault"


def test_a_teacher_taken_from_his_classroom_is_kidnapped() -> None:
    text = (
        "06/01/2015: Gunmen took a village teacher from his classroom in Chahar Bolak district, "
        "Balkh province, Afghanistan. He has not been seen since."
    )
    assert _summary_attack_type(text) == "Hostage Taking (Kidnapping)"


def test_cash_taken_from_a_shop_is_no_kidnapping() -> None:
    text = (
        "06/01/2015: Gunmen took the cash from his shop in Chahar Bolak district, Balkh "
        "province, Afghanistan, and shot the owner dead."
    )
    assert _summary_attack_type(text) == "Armed Assault"


def test_an_elder_who_sided_with_the_government_is_government() -> None:
    text = "Gunmen shot dead a village elder who had sided with the government near the dam."
    assert _refined("village elder", PCP, text) == "Government (General)"


def test_an_elder_on_the_peace_council_is_government() -> None:
    text = "Gunmen shot a tribal elder, Haji Daud, a member of the provincial peace council."
    assert _refined("tribal elder", PCP, text) == "Government (General)"


def test_a_pro_government_elder_stays_a_private_citizen() -> None:
    text = "A bomb went off outside the house of a pro-government tribal elder near the dam."
    assert _refined("tribal elder", PCP, text) == PCP


def test_a_water_pumping_station_is_water_supply() -> None:
    text = (
        "06/01/2015: A bomb damaged a water pumping station in Mehtar Lam city, Laghman "
        "province, Afghanistan. No one was hurt."
    )
    assert _summary_target_type(text) == "Food or Water Supply"


def test_a_gas_pumping_station_is_no_water_supply() -> None:
    text = (
        "06/01/2015: A bomb damaged a gas pumping station in Mehtar Lam city, Laghman "
        "province, Afghanistan. No one was hurt."
    )
    assert _summary_target_type(text) == "Unknown"
