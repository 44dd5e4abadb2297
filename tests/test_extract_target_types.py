"""Target type and attack type on incident summaries in varied wording (GTD codebook).

The sentences are written for these tests, one or more per target type, in phrasings other
than the development corpus's; each names the type the GTD codebook gives the victim (not the
place) and the attack type by the GTD hierarchy.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

# (summary, target_type or None when not asserted, attack_type)
CASES: list[tuple[str, str | None, str]] = [
    (
        "03/04/2015: Assailants opened fire on a police checkpoint in Nad Ali district, Helmand"
        " province, Afghanistan. Three police officers were killed.",
        "Police",
        "Armed Assault",
    ),
    (
        "06/11/2016: A bomb hidden in a handcart exploded next to a traffic police officer in "
        "Kabul city, Kabul province, Afghanistan, killing him and wounding two passers-by.",
        "Police",
        "Bombing/Explosion",
    ),
    (
        "09/02/2017: Taliban fighters attacked Afghan Local Police posts in Dasht-e Archi "
        "district, Kunduz province, Afghanistan. Five ALP members were killed.",
        "Police",
        "Armed Assault",
    ),
    (
        "01/19/2018: A roadside bomb struck a police vehicle on the outskirts of Ghazni city, "
        "Ghazni province, Afghanistan. Two policemen died.",
        "Police",
        "Bombing/Explosion",
    ),
    (
        "02/12/2014: Insurgents ambushed an army convoy in Sangin district, Helmand province, "
        "Afghanistan. Four Afghan soldiers were killed.",
        "Military",
        "Armed Assault",
    ),
    (
        "05/05/2012: A suicide car bomber rammed a NATO convoy in Kabul city, Kabul province, "
        "Afghanistan. Six ISAF soldiers and the bomber were killed.",
        "Military",
        "Bombing/Explosion",
    ),
    (
        "10/20/2019: Militants fired rockets at an Afghan army base in Shindand district, Herat"
        " province, Afghanistan. No casualties were reported.",
        "Military",
        "Bombing/Explosion",
    ),
    (
        "04/03/2013: Gunmen attacked security forces at a checkpoint in Pul-e Alam city, Logar "
        "province, Afghanistan. Three soldiers were killed.",
        "Military",
        "Armed Assault",
    ),
    (
        "07/14/2016: Gunmen shot dead a judge as he left the courthouse in Ghazni city, Ghazni "
        "province, Afghanistan.",
        "Government (General)",
        "Assassination",
    ),
    (
        "08/21/2018: A sticky bomb attached to the car of a provincial council member exploded "
        "in Jalalabad city, Nangarhar province, Afghanistan, wounding him.",
        "Government (General)",
        "Assassination",
    ),
    (
        "10/10/2018: Unknown assailants abducted two election workers in Andar district, Ghazni"
        " province, Afghanistan.",
        "Government (General)",
        "Hostage Taking (Kidnapping)",
    ),
    (
        "03/28/2017: A suicide bomber attacked the compound of the Chahar Dara district "
        "governor in Kunduz province, Afghanistan. Four guards were wounded.",
        "Government (General)",
        "Bombing/Explosion",
    ),
    (
        "09/15/2015: Gunmen fired on employees of the ministry of agriculture travelling in "
        "Maidan Shahr city, Wardak province, Afghanistan, killing two.",
        "Government (General)",
        "Armed Assault",
    ),
    (
        "12/01/2017: A rocket landed inside the compound of the Russian embassy in Kabul city, "
        "Kabul province, Afghanistan. No one was hurt.",
        "Government (Diplomatic)",
        "Bombing/Explosion",
    ),
    (
        "06/05/2013: Gunmen attacked the Indian consulate in Jalalabad city, Nangarhar "
        "province, Afghanistan. Two guards were killed.",
        "Government (Diplomatic)",
        "Armed Assault",
    ),
    (
        "05/20/2016: Two UN staff members were abducted by gunmen in Nahrin district, Baghlan "
        "province, Afghanistan.",
        "Government (Diplomatic)",
        "Hostage Taking (Kidnapping)",
    ),
    (
        "11/21/2019: A bomb exploded inside a mosque during Friday prayers in Haska Mena "
        "district, Nangarhar province, Afghanistan. Worshippers were among the 62 dead.",
        "Religious Figures/Institutions",
        "Bombing/Explosion",
    ),
    (
        "02/16/2018: Gunmen shot dead the imam of a mosque in Sheberghan city, Jowzjan "
        "province, Afghanistan.",
        "Religious Figures/Institutions",
        "Assassination",
    ),
    (
        "07/01/2018: A suicide bomber targeted a gathering of Sikhs and Hindus in Jalalabad "
        "city, Nangarhar province, Afghanistan. Nineteen people were killed.",
        "Private Citizens & Property",
        "Bombing/Explosion",
    ),
    (
        "03/25/2020: Gunmen stormed a Sikh temple in Shor Bazaar, Kabul city, Kabul province, "
        "Afghanistan, killing 25 worshippers.",
        "Religious Figures/Institutions",
        "Armed Assault",
    ),
    (
        "04/09/2014: Militants set fire to a girls' school in Khost city, Khost province, "
        "Afghanistan. No one was hurt.",
        "Educational Institution",
        "Facility/Infrastructure Attack",
    ),
    (
        "11/02/2020: Gunmen stormed Kabul University in Kabul city, Kabul province, "
        "Afghanistan, killing 22 students.",
        "Educational Institution",
        "Armed Assault",
    ),
    (
        "08/09/2016: A roadside bomb hit a minibus carrying civilians in Shahr-e Safa district,"
        " Zabul province, Afghanistan, killing eight passengers.",
        "Private Citizens & Property",
        "Bombing/Explosion",
    ),
    (
        "05/30/2015: Gunmen killed three villagers in Sayad district, Sar-e Pol province, "
        "Afghanistan.",
        "Private Citizens & Property",
        "Armed Assault",
    ),
    (
        "10/14/2017: A mortar shell landed on a wedding party in Nangarhar province, "
        "Afghanistan, killing five guests.",
        "Private Citizens & Property",
        "Bombing/Explosion",
    ),
    (
        "01/12/2019: Unknown gunmen shot dead a tribal elder in Maiwand district, Kandahar "
        "province, Afghanistan.",
        "Private Citizens & Property",
        "Assassination",
    ),
    (
        "06/23/2016: Gunmen shot dead a shopkeeper inside his shop in Kunduz city, Kunduz "
        "province, Afghanistan.",
        "Business",
        "Armed Assault",
    ),
    (
        "09/05/2016: Gunmen attacked a hotel in Kabul city, Kabul province, Afghanistan, "
        "killing four guests.",
        "Business",
        "Armed Assault",
    ),
    (
        "04/11/2017: Taliban fighters abducted six employees of a road construction company in "
        "Kajaki district, Helmand province, Afghanistan.",
        "Business",
        "Hostage Taking (Kidnapping)",
    ),
    (
        "05/31/2017: Gunmen shot dead a journalist working for a local radio station in Lashkar"
        " Gah city, Helmand province, Afghanistan.",
        "Journalists & Media",
        "Assassination",
    ),
    (
        "01/20/2016: A suicide car bomber struck a minibus carrying employees of Tolo TV in "
        "Kabul city, Kabul province, Afghanistan, killing seven of them.",
        "Journalists & Media",
        "Bombing/Explosion",
    ),
    (
        "12/12/2016: Gunmen killed five deminers working for a mine clearance organisation in "
        "Shindand district, Herat province, Afghanistan.",
        "NGO",
        "Armed Assault",
    ),
    (
        "02/08/2017: Gunmen ambushed a convoy of the International Committee of the Red Cross "
        "in Qush Tepa district, Jowzjan province, Afghanistan, killing six aid workers.",
        "NGO",
        "Armed Assault",
    ),
    (
        "03/03/2016: Militants blew up an electricity pylon in Dand-e Ghori area, Baghlan "
        "province, Afghanistan, cutting power to Kabul.",
        "Utilities",
        "Bombing/Explosion",
    ),
    (
        "07/17/2013: Taliban fighters destroyed a telecommunications tower in Musa Qala "
        "district, Helmand province, Afghanistan.",
        "Telecommunication",
        "Facility/Infrastructure Attack",
    ),
    (
        "08/29/2014: Insurgents blew up a bridge on the Kabul-Kandahar highway in Ghazni "
        "province, Afghanistan. No casualties were reported.",
        "Transportation",
        "Bombing/Explosion",
    ),
    (
        "09/09/2016: Rockets were fired at Kandahar airport in Kandahar city, Kandahar "
        "province, Afghanistan. No casualties were reported.",
        "Airports & Aircraft",
        "Bombing/Explosion",
    ),
    (
        "02/27/2016: Unknown gunmen shot dead a Taliban commander in Nad Ali district, Helmand "
        "province, Afghanistan.",
        "Terrorists/Non-State Militia",
        "Assassination",
    ),
    (
        "06/30/2019: A bomb targeted members of a pro-government militia in Chahar Bolak "
        "district, Balkh province, Afghanistan, killing three militiamen.",
        "Terrorists/Non-State Militia",
        "Bombing/Explosion",
    ),
    (
        "05/22/2016: Gunmen fired on an ambulance in Maiwand district, Kandahar province, "
        "Afghanistan, wounding the driver.",
        "Other",
        "Armed Assault",
    ),
    (
        "10/03/2017: Assailants poisoned the water supply of a village in Chak district, Wardak"
        " province, Afghanistan. Fifteen villagers fell ill.",
        "Food or Water Supply",
        "Unarmed Assault",
    ),
    (
        "07/07/2015: An explosive device went off near a roundabout in Khost city, Khost "
        "province, Afghanistan, wounding one civilian. The intended target was unknown.",
        "Unknown",
        "Bombing/Explosion",
    ),
    (
        "10/02/2015: Taliban fighters overran a police outpost in Baghlan-e Jadid district, "
        "Baghlan province, Afghanistan. Six police officers were killed.",
        "Police",
        "Armed Assault",
    ),
    (
        "06/02/2016: Gunmen seized control of a passenger bus in Sayad district, Sar-e Pol "
        "province, Afghanistan, and took it to a nearby village.",
        None,
        "Hijacking",
    ),
    (
        "09/24/2019: Militants burned three trucks carrying supplies for the Afghan army in "
        "Pul-e Khumri city, Baghlan province, Afghanistan. There were no casualties.",
        "Business",
        "Facility/Infrastructure Attack",
    ),
    (
        "10/17/2021: A bomb exploded near a Taliban vehicle in Jalalabad city, Nangarhar "
        "province, Afghanistan, wounding two Taliban fighters.",
        "Military",
        "Bombing/Explosion",
    ),
    (
        "09/30/2016: Gunmen fired small arms at a civilian helicopter landing at Farah airport,"
        " Farah province, Afghanistan. No one was hurt.",
        "Airports & Aircraft",
        "Armed Assault",
    ),
    (
        "04/18/2017: Gunmen attacked security forces in Qaisar district, Faryab province, "
        "Afghanistan. Four soldiers were killed in the clash.",
        "Military",
        "Armed Assault",
    ),
    (
        "11/06/2018: Militants attacked a security post in Jaghatu district, Ghazni province, "
        "Afghanistan. Two police officers were wounded.",
        "Police",
        "Armed Assault",
    ),
    (
        "08/03/2019: A roadside bomb exploded in Baraki Barak district, Logar province, "
        "Afghanistan, wounding two civilians. The intended target remains unclear.",
        "Unknown",
        "Bombing/Explosion",
    ),
    (
        "02/02/2018: Insurgents set fire to a convoy of fuel tankers supplying a NATO base in "
        "Maidan Shahr city, Wardak province, Afghanistan. The drivers escaped.",
        "Business",
        "Facility/Infrastructure Attack",
    ),
    (
        "03/09/2016: Gunmen fired on a marked United Nations vehicle in Khost city, Khost "
        "province, Afghanistan. No one was hurt.",
        "Government (Diplomatic)",
        "Armed Assault",
    ),
    (
        "05/15/2017: A mortar round struck a camp for displaced families near Lashkar Gah city,"
        " Helmand province, Afghanistan, wounding three children.",
        "Other",
        "Bombing/Explosion",
    ),
    (
        "06/06/2022: A roadside bomb struck a vehicle carrying a Taliban district commander in "
        "Chapa Dara district, Kunar province, Afghanistan, killing him.",
        "Military",
        "Assassination",
    ),
    (
        "12/12/2019: Gunmen shot dead a member of the district council in Chimtal district, "
        "Balkh province, Afghanistan.",
        "Government (General)",
        "Assassination",
    ),
    (
        "07/19/2018: A district governor survived when a bomb struck his convoy in Khwaja Ghar "
        "district, Takhar province, Afghanistan. Two guards were wounded.",
        "Government (General)",
        "Assassination",
    ),
    (
        "03/13/2016: Taliban fighters ambushed a district police chief in Yamgan district, "
        "Badakhshan province, Afghanistan, and took him captive along with two guards.",
        "Police",
        "Hostage Taking (Kidnapping)",
    ),
    (
        "11/28/2016: Taliban fighters burned dozens of houses in a village in Pashtun Kot "
        "district, Faryab province, Afghanistan, after residents fled. No casualties were "
        "reported.",
        "Private Citizens & Property",
        "Facility/Infrastructure Attack",
    ),
    (
        "05/14/2019: A magnetic bomb killed a district governor and his driver on a road in "
        "Chak district, Wardak province, Afghanistan.",
        None,
        "Assassination",
    ),
    (
        "10/02/2013: A suicide bomber blew himself up while embracing a provincial council "
        "member at a wedding in Muhammad Agha district, Logar province, Afghanistan, killing him.",
        None,
        "Assassination",
    ),
    (
        "07/21/2012: A bomb planted near the home of a district police chief exploded as he "
        "left for work in Khost city, Khost province, Afghanistan, wounding him.",
        None,
        "Assassination",
    ),
    (
        "08/30/2012: A suicide bomber struck a crowded market in Spin Boldak district, "
        "Kandahar province, Afghanistan, killing 14 people and a tribal elder.",
        None,
        "Bombing/Explosion",
    ),
    (
        "11/02/2015: Insurgents blew up three power pylons near Qala-e Murad village in "
        "Dahana-e Ghori district, Baghlan province, Afghanistan. There were no casualties.",
        "Utilities",
        "Bombing/Explosion",
    ),
    (
        "04/18/2013: A magnetic bomb attached to the car of the district governor of Khwaja "
        "Omari exploded in Ghazni city, Ghazni province, Afghanistan, wounding him.",
        "Government (General)",
        "Assassination",
    ),
    (
        "09/09/2013: Gunmen shot dead a shopkeeper in Nerkh district, Wardak province, "
        "Afghanistan, accusing him of selling bread to the police.",
        "Business",
        "Armed Assault",
    ),
    (
        "10/10/2014: Militants fired rockets at the district administration offices in Khak-e "
        "Safed district, Farah province, Afghanistan. No one was hurt.",
        "Government (General)",
        "Bombing/Explosion",
    ),
    (
        "06/02/2015: Gunmen stopped a passenger coach on the Kabul-Jalalabad highway in "
        "Surobi district, Kabul province, Afghanistan, took control of it and drove it into "
        "the hills. All passengers were later freed.",
        None,
        "Hijacking",
    ),
    (
        "02/02/2014: Four assailants stormed a guesthouse in Kabul city, Kabul province, "
        "Afghanistan, took guests hostage and held out on the roof for six hours.",
        None,
        "Hostage Taking (Barricade Incident)",
    ),
    (
        "05/05/2016: Two men threw acid at a female news presenter outside her home in "
        "Jalalabad city, Nangarhar province, Afghanistan, injuring her.",
        None,
        "Unarmed Assault",
    ),
    (
        "07/07/2011: A bomber wearing a police uniform killed the district police chief, Haji "
        "Nazar, and three of his bodyguards at the district headquarters in Arghandab "
        "district, Kandahar province, Afghanistan.",
        None,
        "Assassination",
    ),
    (
        "05/09/2022: A roadside bomb struck a minibus in Imam Sahib district, Kunduz province, "
        "Afghanistan, killing three passengers.",
        "Private Citizens & Property",
        "Bombing/Explosion",
    ),
    (
        "12/31/2016: A gunman opened fire inside a nightclub in Kabul city, Kabul province, "
        "Afghanistan, killing four guests.",
        "Business",
        "Armed Assault",
    ),
    (
        "04/02/2018: Two men threw a grenade into a church compound in Kabul city, Kabul "
        "province, Afghanistan. There were no casualties.",
        "Religious Figures/Institutions",
        "Bombing/Explosion",
    ),
    (
        "03/03/2013: A sticky bomb fixed to the motorcycle of a police officer exploded as he "
        "rode past a market in Ghazni city, Ghazni province, Afghanistan, killing him.",
        "Police",
        "Bombing/Explosion",
    ),
    (
        "03/03/2013: Dozens of schoolgirls were poisoned and taken to hospital after a gas was "
        "released in classrooms in Taloqan city, Takhar province, Afghanistan.",
        "Educational Institution",
        "Unarmed Assault",
    ),
]


@pytest.mark.parametrize(("text", "target_type", "attack_type"), CASES)
def test_target_and_attack_type(text: str, target_type: str | None, attack_type: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    event = events[0]
    if target_type is not None:
        assert event.target_type == target_type
    assert event.attack_type == attack_type
