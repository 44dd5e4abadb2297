"""Target rules for incident summaries (GTD codebook): the intended victim over the venue, the
food a convoy carried, what a worker served. Each text is invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.extract.target_rules import refine
from conflictdesk.extract.targets import TargetChoice

PCP = "Private Citizens & Property"
FOOD = "Food or Water Supply"


def _target_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["target_type"]


def _refined(target: str, target_type: str, text: str) -> str | None:
    chosen = refine(TargetChoice(target, target_type), text)
    return chosen.target_type if chosen is not None else None


# -- food aid carried from an agency ---------------------------------------------------------


def test_truck_carrying_flour_from_the_agency_is_food_supply() -> None:
    text = (
        "Gunmen halted a lorry carrying rice from the World Food Programme near Ghazni and "
        "beat its driver."
    )
    assert _refined("driver", PCP, text) == FOOD


def test_truck_of_the_agency_food_with_driver_is_food_supply() -> None:
    text = "Insurgents burned a truck transporting flour of the WFP on the ring road."
    assert _refined("truck", "Transportation", text) == FOOD


def test_driver_of_a_truck_without_food_aid_stays_private() -> None:
    text = "Gunmen halted a lorry carrying cement from a factory near Ghazni and beat its driver."
    assert _refined("driver", PCP, text) == PCP


# -- a named official killed at a family celebration -------------------------------------------


def test_named_member_of_parliament_killed_at_a_wedding_is_the_target() -> None:
    text = (
        "05/03/2014: A suicide bomber struck a wedding in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, killing Abdul Qadir Rasuli, a member of parliament who had invited "
        "the guests."
    )
    assert _target_type(text) == "Government (General)"


def test_title_before_name_at_an_engagement_party_is_the_target() -> None:
    text = (
        "05/03/2014: A bomber blew himself up at an engagement party in Taloqan city, Takhar "
        "province, Afghanistan, killing the district governor Abdul Qadir Rasuli and guests."
    )
    assert _target_type(text) == "Government (General)"


def test_unnamed_guests_killed_at_a_wedding_leave_the_wedding() -> None:
    text = (
        "05/03/2014: A suicide bomber struck a wedding in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, killing eleven guests and the groom's uncle."
    )
    assert _target_type(text) == PCP


def _attack_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["attack_type"]


def test_bombing_a_wedding_to_kill_a_named_official_is_an_assassination() -> None:
    text = (
        "05/03/2014: A suicide bomber struck a wedding in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, killing Abdul Qadir Rasuli, a member of parliament who had invited "
        "the guests."
    )
    assert _attack_type(text) == "Assassination"


def test_bombing_a_wedding_that_kills_guests_stays_a_bombing() -> None:
    text = (
        "05/03/2014: A suicide bomber struck a wedding in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, killing eleven guests and the groom's uncle."
    )
    assert _attack_type(text) == "Bombing/Explosion"


# -- workers at work on a power installation ---------------------------------------------------


def test_engineers_working_on_a_substation_are_the_utility() -> None:
    text = (
        "03/11/2019: Gunmen abducted five Turkish engineers working on an electricity "
        "substation in Nahrin district, Baghlan province, Afghanistan."
    )
    assert _target_type(text) == "Utilities"


def test_engineers_of_a_company_building_a_dam_are_the_utility() -> None:
    text = (
        "03/11/2019: Gunmen abducted three engineers of a firm building a dam on the Kokcha "
        "river in Badakhshan province, Afghanistan."
    )
    assert _target_type(text) == "Utilities"


def test_engineers_on_a_dam_project_stay_business() -> None:
    text = (
        "03/11/2019: Gunmen abducted three engineers working on a dam project in Badakhshan "
        "province, Afghanistan."
    )
    assert _target_type(text) == "Business"


# -- one prominent person present at the place struck ------------------------------------------


def test_police_commander_among_wedding_guests_is_the_target() -> None:
    text = (
        "04/00/2012: Gunmen threw a grenade into a wedding in Gereshk district, Helmand, where "
        "the district police chief was among the guests. Two guests were wounded."
    )
    assert _target_type(text) == "Police"


def test_governor_walking_past_a_shop_is_the_target() -> None:
    text = (
        "04/00/2012: A bomb hidden in a cart exploded outside a bakery in Herat city as the "
        "deputy governor, Hamid Qaderi, walked past. Two bakers were wounded."
    )
    assert _target_type(text) == "Government (General)"


def test_police_officers_shopping_in_a_crowded_market_leave_the_market() -> None:
    text = (
        "04/00/2012: A bomb hidden in a cart exploded in a crowded market in Herat city as "
        "shoppers and police officers walked past. Two bakers were wounded."
    )
    assert _target_type(text) == PCP


def test_bomb_at_a_wedding_for_the_police_chief_among_guests_is_an_assassination() -> None:
    text = (
        "04/00/2012: A bomb hidden in a flower pot exploded at a wedding in Gereshk district, "
        "Helmand, where the district police chief was among the guests. Two guests were wounded."
    )
    assert _attack_type(text) == "Assassination"


def test_grenade_at_a_wedding_with_only_guests_is_no_assassination() -> None:
    text = (
        "04/00/2012: Gunmen threw a grenade into a wedding in Gereshk district, Helmand, where "
        "hundreds of villagers were among the guests. Two guests were wounded."
    )
    assert _attack_type(text) != "Assassination"


# -- telecommunication masts felled ------------------------------------------------------------


def test_masts_cut_down_stay_the_target_over_the_company_named_after() -> None:
    text = (
        "06/00/2013: Armed men cut down two mobile phone masts in Musa Qala district, Helmand "
        "province, Afghanistan, after the company ignored an order to shut its network."
    )
    assert _target_type(text) == "Telecommunication"


def test_an_operator_named_before_the_tower_is_telecommunication() -> None:
    text = (
        "06/00/2013: Armed men burned the generator beside an Etisalat tower in Musa Qala "
        "district, Helmand province, Afghanistan."
    )
    assert _target_type(text) == "Telecommunication"


def test_trees_cut_down_are_no_telecommunication() -> None:
    text = (
        "06/00/2013: Armed men cut down two fruit trees of a shopkeeper in Musa Qala district, "
        "Helmand province, Afghanistan, after the company ignored an order to close."
    )
    assert _target_type(text) != "Telecommunication"


# -- a force's bus; a guard at a site ----------------------------------------------------------


def test_a_police_bus_blown_up_is_police() -> None:
    text = (
        "08/02/2011: A car bomb rammed a police bus on the airport road in Mazar-e Sharif, "
        "Balkh province, Afghanistan."
    )
    assert _target_type(text) == "Police"


def test_an_army_minibus_struck_is_military() -> None:
    text = (
        "08/02/2011: A roadside bomb struck an army minibus near Gardez city, Paktia province, "
        "Afghanistan."
    )
    assert _target_type(text) == "Military"


def test_a_guard_at_a_power_station_is_the_station() -> None:
    text = (
        "08/02/2011: Gunmen killed a guard at a power station in Nahrin district, Baghlan "
        "province, Afghanistan, and set fire to the transformer."
    )
    assert _target_type(text) == "Utilities"


def test_a_guard_at_home_with_his_family_stays_a_private_citizen() -> None:
    text = (
        "08/02/2011: Gunmen killed a private guard and his son in their house in Nahrin "
        "district, Baghlan province, Afghanistan."
    )
    assert _target_type(text) == PCP
