"""Target types by the GTD codebook's definitions, where the words of a summary point two
ways: people gathered at a business, what a thing is against who owns it, a vehicle taking
people somewhere, the use a building was put to. The summaries are invented for these tests.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

# (summary, target_type)
CASES: list[tuple[str, str]] = [
    # a business gives way to a named body's people gathered in it
    (
        "04/02/2024: A suicide bomber blew himself up outside a bank in Faizabad city,"
        " Badakhshan province, Afghanistan, where Taliban soldiers were waiting for their pay.",
        "Military",
    ),
    (
        "11/03/2012: Gunmen stormed a guesthouse, where United Nations staff lodged, in Herat"
        " city, Herat province, Afghanistan.",
        "Government (Diplomatic)",
    ),
    # ... but not to unnamed soldiers or employees queuing at a bank (GTD: Business)
    (
        "06/05/2014: A suicide bomber blew himself up outside a bank in Khost city, Khost"
        " province, Afghanistan, where soldiers and teachers were queuing for their salaries.",
        "Business",
    ),
    # an ambulance is Other whoever runs it (GTD codebook)
    (
        "05/09/2015: A roadside bomb struck an ambulance of the provincial health department"
        " in Gereshk district, Helmand province, Afghanistan, wounding the driver.",
        "Other",
    ),
    # a vehicle taking people somewhere defers to the people, not the destination
    (
        "07/21/2006: A car bomb hit a bus taking Italian peacekeepers to the airport in Kabul"
        " city, Kabul province, Afghanistan, wounding three of them.",
        "Military",
    ),
    # where a shell landed is what it hit
    (
        "03/14/2019: A mortar shell landed in a camp for displaced families near Qala-i-Naw"
        " city, Badghis province, Afghanistan, killing a child.",
        "Other",
    ),
    # a market of money exchangers is a business (a plain market is a public place)
    (
        "01/12/2020: A bomb exploded in the money exchange market of Herat city, Herat"
        " province, Afghanistan, wounding four people.",
        "Business",
    ),
    # whom attackers drag from a car or a home is whom they attacked
    (
        "03/08/2003: A mob dragged Abdul Karim, the deputy minister of health, from a plane at"
        " the airport in Herat city, Herat province, Afghanistan, and beat him.",
        "Government (General)",
    ),
    # the arm a vehicle belongs to is said before its owner ("a police vehicle of the ...")
    (
        "05/30/2023: Gunmen fired on a police vehicle of the Islamic Emirate in Kunduz city,"
        " Kunduz province, Afghanistan, wounding a bystander.",
        "Police",
    ),
    # a site is coded by the use it was put to: a polling station in a school is Government
    (
        "10/20/2018: A bomb went off inside a school that was being used as a polling centre in"
        " Kabul city, Kabul province, Afghanistan, wounding three voters.",
        "Government (General)",
    ),
    (
        "10/20/2018: Militants fired rockets at a polling station set up in a mosque in Khost"
        " city, Khost province, Afghanistan. No one was hurt.",
        "Government (General)",
    ),
    # a crowd of both sides and civilians is a public gathering
    (
        "07/06/2016: A suicide bomber blew himself up among Taliban fighters, policemen and"
        " villagers celebrating a truce in Khogyani district, Nangarhar province, Afghanistan.",
        "Private Citizens & Property",
    ),
    # the side fought before an attack is not its target; the attackers are not either
    (
        "04/11/2016: Fighters overran Sang-e Surakh village, Ghazni province, Afghanistan, after"
        " a three-day battle with local pro-government militiamen. Officials said at least 30"
        " people were killed.",
        "Private Citizens & Property",
    ),
    # the men who beat a reporter are the attackers; the hospital he went to is no target
    (
        "08/14/2017: Four men beat a radio reporter with sticks outside his home in Kunduz"
        " city, Kunduz province, Afghanistan. He was treated in hospital.",
        "Journalists & Media",
    ),
    # a person named by the body he led or worked for
    (
        "06/02/2018: Gunmen shot dead an engineer who worked for a demining charity in Khost"
        " city, Khost province, Afghanistan.",
        "NGO",
    ),
    # at a state building, the official killed says whom the attack was aimed at
    (
        "07/09/2015: A guard opened fire inside the provincial governor's compound in Ghazni"
        " city, Ghazni province, Afghanistan, killing the provincial police chief.",
        "Police",
    ),
    # staff "of" a body are the body's people, also as the subject of a passive
    (
        "09/14/2010: Two staff members of the election commission were kidnapped in Ghazni"
        " city, Ghazni province, Afghanistan.",
        "Government (General)",
    ),
    (
        "02/16/2008: Gunmen seized two employees of the United Nations in Kabul city, Kabul"
        " province, Afghanistan.",
        "Government (Diplomatic)",
    ),
    # a magnetic bomb is stuck on its target's own vehicle, wherever it went off
    (
        "03/02/2024: A sticky bomb fixed under a border police pickup exploded outside the"
        " main market of Zaranj city, Nimroz province, Afghanistan, wounding two traders.",
        "Police",
    ),
    # ... a plain bomb fixed to a parked motorcycle only rode on it to the market
    (
        "03/02/2024: A bomb fixed to a parked motorcycle exploded outside the main market of"
        " Zaranj city, Nimroz province, Afghanistan, wounding two traders.",
        "Private Citizens & Property",
    ),
    # a second bomber who struck those who had rushed to the scene of the first blast
    (
        "09/05/2016: A bomb exploded outside the police headquarters in Pul-e Khumri city,"
        " Baghlan province, Afghanistan. Shortly after, a second bomber blew himself up among"
        " the rescue workers of the Red Crescent who had rushed to the scene.",
        "NGO",
    ),
    (
        "09/05/2016: A bomb exploded outside the police headquarters in Pul-e Khumri city,"
        " Baghlan province, Afghanistan, and a second bomber then blew himself up among the"
        " television reporters who had gathered at the scene.",
        "Journalists & Media",
    ),
    # the water a site keeps for its own people serves that site
    (
        "04/17/2012: Ninety pupils fell ill after someone poisoned the water tank at a boys'"
        " high school in Rustaq district, Takhar province, Afghanistan.",
        "Educational Institution",
    ),
    # a role split by the name of the place it governs
    (
        "05/06/2007: Gunmen ambushed the car of Mohammad Anwar, head of Shindand district, near"
        " Herat city, Herat province, Afghanistan, killing him.",
        "Government (General)",
    ),
    # people killed as suspected militants are militants, not private citizens
    (
        "03/02/2023: The bodies of three men, shot and left with a note accusing them of"
        " belonging to the Islamic State, were found near Ghazni city, Ghazni province,"
        " Afghanistan.",
        "Terrorists/Non-State Militia",
    ),
    (
        "06/11/2022: Gunmen shot dead two villagers accused of being Taliban members in Chak"
        " district, Wardak province, Afghanistan.",
        "Terrorists/Non-State Militia",
    ),
    # election materials are the state's election (Government (General)), not the truck
    (
        "10/02/2018: Gunmen stopped a truck carrying ballot boxes in Shahrak district, Ghor"
        " province, Afghanistan, and burned them.",
        "Government (General)",
    ),
    # a hospital or clinic run by an aid group is the NGO's, whoever was hurt in it
    (
        "02/14/2016: Gunmen stormed a clinic run by an international medical charity in Khost"
        " city, Khost province, Afghanistan, killing two patients.",
        "NGO",
    ),
    (
        "02/14/2016: A guard opened fire on foreign visitors at a charity-run hospital in Herat"
        " city, Herat province, Afghanistan, killing two of them.",
        "NGO",
    ),
    # ... not a hospital that only treated the wounded
    (
        "02/14/2016: Gunmen stormed a hotel in Herat city, Herat province, Afghanistan, killing"
        " two guests. A hospital run by an Italian charity said it treated nine wounded.",
        "Business",
    ),
    # a crowd at the gate of an airfield or base, with soldiers among the dead: the force
    (
        "04/09/2011: A suicide bomber blew himself up among day labourers waiting at the gate of"
        " Kandahar Airfield, Kandahar province, Afghanistan, killing six people, two soldiers"
        " among them.",
        "Military",
    ),
    # ... a crowd at the gate of a bazaar stays private citizens
    (
        "04/09/2011: A suicide bomber blew himself up among day labourers waiting at the gate of"
        " a bazaar in Kandahar city, Kandahar province, Afghanistan, killing six people.",
        "Private Citizens & Property",
    ),
    # airline and aviation-company staff are Airports & Aircraft (GTD: aviation employees)
    (
        "03/04/2014: Gunmen fired on a car taking two pilots of a private airline to work in"
        " Herat city, Herat province, Afghanistan.",
        "Airports & Aircraft",
    ),
    # a road-building or construction crew is a contractor's: Business
    (
        "05/05/2010: Gunmen opened fire on a road-building crew in Nad Ali district, Helmand"
        " province, Afghanistan, killing three labourers.",
        "Business",
    ),
    # a camp for the displaced is Other, however the camp is worded
    (
        "06/07/2012: A grenade was thrown into a camp for families displaced by floods near"
        " Herat city, Herat province, Afghanistan, wounding four children.",
        "Other",
    ),
    # people hired to register voters serve the state's election: Government (General)
    (
        "09/09/2019: A bomb exploded under a minibus carrying women hired to register voters"
        " in Ghazni city, Ghazni province, Afghanistan, killing two.",
        "Government (General)",
    ),
    # shopkeepers killed by a bomb in a bazaar were in the market's crowd (GTD: marketplace)
    (
        "06/02/2017: A bomb hidden in a fruit cart went off in the main bazaar of Maimana city,"
        " Faryab province, Afghanistan, killing four vendors and wounding nine people.",
        "Private Citizens & Property",
    ),
    # ... but a shop attacked in the bazaar is the trader's business
    (
        "06/02/2017: A grenade was thrown into a mobile phone shop in the main bazaar of"
        " Maimana city, Faryab province, Afghanistan, wounding two shopkeepers.",
        "Business",
    ),
    # a poisoned village well is Food or Water Supply
    (
        "04/04/2018: Unknown men poured poison into the village well of Sarband, Khost"
        " province, Afghanistan. Ten people fell ill.",
        "Food or Water Supply",
    ),
    # a gathering of a group's fighters, the group's long name between them
    (
        "05/03/2017: An air strike hit a meeting of Islamic State Khorasan Province commanders"
        " in Deh Bala district, Nangarhar province, Afghanistan, killing nine of them.",
        "Terrorists/Non-State Militia",
    ),
    # a state that struck says its strikes were aimed at a group's camps (GTD: intended target)
    (
        "07/02/2023: Pakistani jets bombed two villages in Barmal district, Paktika province,"
        " Afghanistan. Local officials said twelve villagers were killed. Pakistani officials"
        " said the strikes hit hideouts of the Tehrik-i-Taliban Pakistan.",
        "Terrorists/Non-State Militia",
    ),
    # the staff or vehicle of an aid group are the NGO
    (
        "03/11/2006: Gunmen ambushed a vehicle belonging to a Swedish aid group near Pul-i-Khumri"
        " city, Baghlan province, Afghanistan, and killed two Afghan drivers.",
        "NGO",
    ),
    (
        "10/02/2009: Three employees of a relief organisation were found shot dead beside the road"
        " in Nahrin district, Baghlan province, Afghanistan, after visiting farmers.",
        "NGO",
    ),
    # and so is its leader
    (
        "05/21/2015: Unknown men shot the car of Karim Wardak, director of a Dutch aid agency,"
        " in Mazar-i-Sharif city, Balkh province, Afghanistan, killing his guard.",
        "NGO",
    ),
    # a leader of a tribe or a village is no aid group's (near miss)
    (
        "05/21/2015: Unknown men shot the car of Karim Wardak, head of a village council,"
        " in Mazar-i-Sharif city, Balkh province, Afghanistan, killing his guard.",
        "Private Citizens & Property",
    ),
    # a UN agency's car is Government (Diplomatic)
    (
        "02/19/2004: Gunmen fired on a vehicle of the UN refugee agency in Gardez city, Paktia"
        " province, Afghanistan, wounding its driver.",
        "Government (Diplomatic)",
    ),
    # buses burnt at a bus station are Transportation
    (
        "12/04/2021: Unknown men torched five buses waiting at a coach terminal in Pul-i-Khumri"
        " city, Baghlan province, Afghanistan. No one was hurt.",
        "Transportation",
    ),
    # food aid trucks are the food supply; a trader's own truck stays Business
    (
        "08/17/2008: Gunmen burnt three lorries carrying flour for the World Food Programme in"
        " Zhari district, Kandahar province, Afghanistan.",
        "Food or Water Supply",
    ),
    (
        "08/17/2008: Gunmen robbed a businessman's lorry carrying cooking oil in Zhari"
        " district, Kandahar province, Afghanistan.",
        "Business",
    ),
    # a military aircraft or airfield is Military
    (
        "05/30/2007: Fighters shot down a Black Hawk helicopter in Kajaki district, Helmand"
        " province, Afghanistan, killing the crew.",
        "Military",
    ),
    # a gathering for a party's late leader is the party
    (
        "02/11/2016: A bomb went off at a ceremony to honour the late Hezb-e-Wahdat party leader"
        " in Mazar-i-Sharif city, Balkh province, Afghanistan, wounding six people.",
        "Violent Political Party",
    ),
    # a source that withholds what it knows is a source, not the one attacked
    (
        "03/14/2024: Two policemen were found shot dead near their post in Shindand district,"
        " Herat province, Afghanistan. Officials did not say who had killed them.",
        "Police",
    ),
    (
        "05/02/2023: The body of a soldier was found in a canal in Nahr-e Saraj district,"
        " Helmand province, Afghanistan. Provincial officials would not say how he died.",
        "Military",
    ),
]


def test_pro_group_cleric_is_not_the_groups_man() -> None:
    """ "a pro-Taliban cleric" sides with the group: the group is no side acted upon."""
    events = extract_text(
        "10/04/2022: Gunmen shot dead a pro-Taliban cleric outside his home in"
        " Kabul city, Kabul province, Afghanistan.",
        document_id="case",
    ).events
    assert events, "no event read"
    assert events[0].target_type == "Religious Figures/Institutions"
    assert events[0].actor2 is None


# (summary, target, target_type): a later sentence names the intended victim by name only;
# the role given with that name earlier is the target, not the crowd or the later words
AIMED_AT_NAMED: list[tuple[str, str, str]] = [
    (
        "03/02/2016: A suicide bomber blew himself up among worshippers leaving a mosque in"
        " Jalalabad city, Nangarhar province, Afghanistan. Haji Nabil Khan, a district governor,"
        " was among the 12 people wounded. Police said the attack was aimed at Nabil.",
        "district governor",
        "Government (General)",
    ),
    (
        "05/06/2014: A roadside bomb struck a minibus carrying civilians in Khost city, Khost"
        " province, Afghanistan, killing five passengers and a judge, Mohammad Karim. Officials"
        " said the militants had targeted Karim.",
        "judge",
        "Government (General)",
    ),
    (
        "07/11/2015: Gunmen opened fire on a wedding party in Gardez city, Paktia province,"
        " Afghanistan, killing four guests. Colonel Amanullah Wardak, the district police chief,"
        " was wounded. The attack was meant for Amanullah Wardak, officials said.",
        "district police chief",
        "Police",
    ),
]


@pytest.mark.parametrize(("text", "target", "target_type"), AIMED_AT_NAMED)
def test_aimed_at_person_named_earlier(text: str, target: str, target_type: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    assert (events[0].target, events[0].target_type) == (target, target_type)


def test_aimed_at_name_with_no_role_keeps_the_crowd() -> None:
    """ "targeted Karim" with no role beside Karim earlier: nothing to take from the name."""
    events = extract_text(
        "05/06/2014: A roadside bomb struck a minibus carrying civilians in Khost city, Khost"
        " province, Afghanistan, killing five passengers and Mohammad Karim. Officials said"
        " the militants had targeted Karim.",
        document_id="case",
    ).events
    assert events, "no event read"
    assert events[0].target_type == "Private Citizens & Property"


@pytest.mark.parametrize(("text", "target_type"), CASES)
def test_codebook_target_type(text: str, target_type: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    assert events[0].target_type == target_type


# (summary, attack_type): GTD attack types by the codebook's definitions
ATTACK_CASES: list[tuple[str, str]] = [
    # hostages held where they were caught, for hours, however many kinds of them are listed
    (
        "05/02/2014: Gunmen entered the provincial council building in Ghazni city, Ghazni"
        " province, Afghanistan, and held members, staff and visitors hostage for six hours.",
        "Hostage Taking (Barricade Incident)",
    ),
    # a building retaken from attackers who took hostages inside it: a barricade incident
    (
        "03/04/2012: Gunmen stormed the provincial court in Farah city, Farah province,"
        " Afghanistan, and took employees hostage. Five employees were killed before police"
        " retook the building.",
        "Hostage Taking (Barricade Incident)",
    ),
    # gunmen (with mortars besides) firing at an event attended by one prominent person
    (
        "05/11/2010: Gunmen fired rifles and mortars at a ceremony attended by the provincial"
        " governor in Ghazni city, Ghazni province, Afghanistan. The governor was unhurt; two"
        " guards were killed.",
        "Assassination",
    ),
    # ... but a bomb at a rally he attends is a bombing (GTD)
    (
        "05/11/2010: A suicide bomber blew himself up at a rally attended by the provincial"
        " governor in Ghazni city, Ghazni province, Afghanistan, killing nine people.",
        "Bombing/Explosion",
    ),
    # a bomber who waited for the named man to pass
    (
        "02/03/2023: A suicide bomber blew himself up as Abdul Hadi Qasemi, a prominent cleric,"
        " left a mosque in Balkh district, Balkh province, Afghanistan, killing him and four"
        " worshippers.",
        "Assassination",
    ),
    # fists, sticks and cables, or a toxic substance: an unarmed assault
    (
        "08/14/2017: Four men beat a radio reporter with sticks outside his home in Kunduz"
        " city, Kunduz province, Afghanistan. He was treated in hospital.",
        "Unarmed Assault",
    ),
    (
        "11/02/2015: Forty pupils of a girls' school in Herat city, Herat province,"
        " Afghanistan, fell ill after a toxic powder was spread in their classroom. Officials"
        " said the attack was the work of opponents of girls' education.",
        "Unarmed Assault",
    ),
    # the head of a district, named by the place he governs, shot dead in his car
    (
        "05/06/2007: Gunmen ambushed the car of Mohammad Anwar, head of Shindand district, near"
        " Herat city, Herat province, Afghanistan, killing him.",
        "Assassination",
    ),
    # one role-holder killed by a bomb at his own home: aimed at him
    (
        "08/19/2020: A bomb planted outside the house of a university professor exploded as he"
        " walked out in Charikar city, Parwan province, Afghanistan, killing him.",
        "Assassination",
    ),
    # ... a rank-and-file employee's car bomb stays a bombing
    (
        "08/19/2020: A bomb planted under the car of an employee of the water department"
        " exploded in Charikar city, Parwan province, Afghanistan, killing him.",
        "Bombing/Explosion",
    ),
    # a beating with no weapon named but the men's hands: an unarmed assault
    (
        "05/19/2004: A crowd of men beat the mullah of a village mosque in Jaghori district,"
        " Ghazni province, Afghanistan, after a sermon. He was badly hurt.",
        "Unarmed Assault",
    ),
    # a rifle butt used to beat someone is no firearm used
    (
        "05/19/2004: Two men with sticks and rifle butts beat three shopkeepers in Charikar"
        " city, Parwan province, Afghanistan. All three were hurt.",
        "Unarmed Assault",
    ),
    # aircraft named as the ones that struck, or an air force's strike: an air strike
    (
        "07/02/2023: Pakistani military aircraft struck a market in Dand-e Patan district,"
        " Paktia province, Afghanistan, killing six people.",
        "Bombing/Explosion",
    ),
    (
        "03/03/2019: An Afghan air force strike hit a compound in Nad Ali district, Helmand"
        " province, Afghanistan, killing four people.",
        "Bombing/Explosion",
    ),
]


@pytest.mark.parametrize(("text", "attack_type"), ATTACK_CASES)
def test_codebook_attack_type(text: str, attack_type: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    assert events[0].attack_type == attack_type


# (summary, claimed_by): a group's own account of its attack is its claim
CLAIM_CASES: list[tuple[str, str | None]] = [
    # an attack the group announced
    (
        "07/03/2022: Fighters of the National Resistance Front attacked a Taliban post in"
        " Khinj district, Panjshir province, Afghanistan. The NRF, which announced the attack,"
        " gave no toll.",
        "NRF",
    ),
    # the enemy's dead, counted by the attacking group
    (
        "07/03/2022: Fighters of the National Resistance Front attacked a Taliban post in"
        " Khinj district, Panjshir province, Afghanistan. The NRF said nine Taliban fighters"
        " were killed.",
        "NRF",
    ),
    # ... but not an official's count of the attackers' dead
    (
        "07/03/2022: Gunmen attacked a Taliban post in Khinj district, Panjshir province,"
        " Afghanistan. Taliban officials said two NRF fighters were killed.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "claimed_by"), CLAIM_CASES)
def test_codebook_claimed_by(text: str, claimed_by: str | None) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    assert events[0].claimed_by == claimed_by
