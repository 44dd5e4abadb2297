"""The extractor on short incident summaries and wire paragraphs written for these tests.

Each case is a text and the fields its main event must have (GTD codebook conventions,
docs/gold-format.md). The texts are invented; none is copied from a real dataset.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "03/27/2023: A suicide bomber detonated an explosives-laden vest near the Ministry of "
        "Foreign Affairs in Kabul city, Kabul province, Afghanistan. At least six civilians "
        "were killed. The Islamic State Khorasan Province claimed responsibility.",
        {
            "event_date": "2023-03-27",
            "sub_event_type": "Suicide bomb",
            "attack_type": "Bombing/Explosion",
            "suicide": True,
            "actor1": "ISKP",
            "claimed_by": "ISKP",
            "target_type": "Government (General)",
            "admin1": "Kabul",
            "location": "Kabul",
            "actor2": "TALIBAN",
        },
    ),
    (
        "06/14/2019: Gunmen attacked a police checkpoint in Nawabad village, Khanabad district, "
        "Kunduz province, Afghanistan. Three police officers were killed. No group claimed "
        "responsibility; however, sources attributed the attack to the Taliban.",
        {
            "event_type": "Battles",
            "attack_type": "Armed Assault",
            "actor1": "TALIBAN",
            "claimed_by": None,
            "target_type": "Police",
            "admin1": "Kunduz",
            "location": "Nawabad",
            "actor2": "ANDSF",
            "suicide": False,
        },
    ),
    (
        "08/02/2020: An improvised explosive device struck a vehicle carrying civilians on a "
        "road in Sangin district, Helmand province, Afghanistan. Four civilians were killed. "
        "No group claimed responsibility for the incident.",
        {
            "sub_event_type": "Remote explosive/landmine/IED",
            "actor1": None,
            "claimed_by": None,
            "target_type": "Private Citizens & Property",
            "admin1": "Helmand",
            "location": "Sangin district",
        },
    ),
    (
        "11/19/2022: Assailants kidnapped two aid workers in Helmand province, Afghanistan. "
        "The victims were released a week later.",
        {
            "attack_type": "Hostage Taking (Kidnapping)",
            "sub_event_type": "Abduction/forced disappearance",
            "target_type": "NGO",
            "admin1": "Helmand",
            "location": None,
        },
    ),
    (
        "05/03/2022: A magnetic bomb attached to a minibus exploded in the Dasht-e-Barchi area "
        "of Kabul city, Kabul province, Afghanistan. Five passengers were killed. The Islamic "
        "State claimed responsibility.",
        {
            "actor1": "ISKP",
            "claimed_by": "ISKP",
            "location": "Kabul",
            "sub_event_type": "Remote explosive/landmine/IED",
            "target_type": "Private Citizens & Property",
        },
    ),
    (
        "10/08/2021: A suicide bomber blew himself up inside a Shia mosque during Friday prayers "
        "in Kunduz city, Kunduz province, Afghanistan. Dozens of worshippers were killed. "
        "ISIS-K claimed the attack.",
        {
            "suicide": True,
            "actor1": "ISKP",
            "claimed_by": "ISKP",
            "target_type": "Religious Figures/Institutions",
            "admin1": "Kunduz",
            "location": "Kunduz",
        },
    ),
    (
        "07/22/2018: Gunmen shot dead a journalist near his home in Jalalabad city, Nangarhar "
        "province, Afghanistan. No group claimed responsibility.",
        {
            "attack_type": "Assassination",
            "weapon_type": "Firearms",
            "target_type": "Journalists & Media",
            "event_type": "Violence against civilians",
            "actor1": None,
        },
    ),
    (
        "02/11/2023: Unknown assailants set fire to a girls' school in Khost province, "
        "Afghanistan. There were no casualties.",
        {
            "attack_type": "Facility/Infrastructure Attack",
            "weapon_type": "Incendiary",
            "target_type": "Educational Institution",
            "admin1": "Khost",
            "location": None,
        },
    ),
    (
        "09/05/2022: A suicide bomber detonated explosives near the entrance of the Russian "
        "embassy in Kabul city, Kabul province, Afghanistan. Two embassy staff members and four "
        "Afghan civilians were killed. The Islamic State Khorasan Province claimed "
        "responsibility.",
        {
            "target_type": "Government (Diplomatic)",
            "actor2": "RUSSIA",
            "actor1": "ISKP",
            "suicide": True,
        },
    ),
    (
        "04/30/2016: Taliban fighters clashed with Afghan security forces in Gereshk district, "
        "Helmand province, Afghanistan. Five soldiers and eight insurgents were killed.",
        {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "actor1": "TALIBAN",
            "actor2": "ANDSF",
            "claimed_by": None,
        },
    ),
    (
        "01/10/2024: Taliban intelligence forces raided an Islamic State Khorasan Province "
        "hideout in Jalalabad city, Nangarhar province, Afghanistan, killing three militants.",
        {
            "event_type": "Battles",
            "actor1": "TALIBAN",
            "actor2": "ISKP",
            "target_type": "Terrorists/Non-State Militia",
            "claimed_by": None,
        },
    ),
    (
        "06/20/2021: Gunmen attacked a Taliban checkpoint in Qala-e-Naw city, Badghis province, "
        "Afghanistan. Two Taliban fighters were killed.",
        {
            "target_type": "Terrorists/Non-State Militia",
            "actor2": "TALIBAN",
            "admin1": "Badghis",
        },
    ),
    (
        "11/02/2021: Security forces defused a bomb planted near a market in Pul-e-Khumri city, "
        "Baghlan province, Afghanistan. No one was hurt.",
        {
            "attack_type": "Bombing/Explosion",
            "event_type": "Strategic developments",
            "sub_event_type": "Disrupted weapons use",
            "admin1": "Baghlan",
            "tags_include": ["attempt_failed"],
        },
    ),
    (
        "03/09/2023: A suicide bomber killed the governor of Balkh province inside his office "
        "in Mazar-i-Sharif city, Balkh province, Afghanistan. Two other people were killed. The "
        "Islamic State Khorasan Province claimed responsibility.",
        {
            "attack_type": "Assassination",
            "suicide": True,
            "target_type": "Government (General)",
            "admin1": "Balkh",
            "actor1": "ISKP",
        },
    ),
    (
        "12/01/2017: A roadside bomb struck a police vehicle in Chaparhar district, Nangarhar "
        "province, Afghanistan. Three police officers were wounded. Officials blamed the "
        "Taliban.",
        {
            "actor1": "TALIBAN",
            "claimed_by": None,
            "target_type": "Police",
            "location": "Chaparhar district",
        },
    ),
    (
        "08/26/2021: A suicide bomber struck crowds outside Hamid Karzai International Airport "
        "in Kabul city, Kabul province, Afghanistan. ISIS-K claimed responsibility.",
        {"actor1": "ISKP", "suicide": True, "event_date": "2021-08-26"},
    ),
    (
        "07/04/2015: Militants fired mortar rounds at a district centre in Kunar province, "
        "Afghanistan. Two civilians were wounded. Pakistani Taliban militants were suspected.",
        {
            "sub_event_type": "Shelling/artillery/missile attack",
            "actor1": "TTP",
            "claimed_by": None,
            "admin1": "Kunar",
        },
    ),
    (
        "05/12/2020: Gunmen stormed a maternity hospital in Kabul city, Kabul province, "
        "Afghanistan, killing 24 people, including mothers and newborns. No group claimed "
        "responsibility.",
        {
            "attack_type": "Armed Assault",
            "weapon_type": "Firearms",
            "actor1": None,
            "target_type": "Private Citizens & Property",
        },
    ),
    (
        "10/13/2022: A grenade was thrown into a shop in Herat city, Herat province, "
        "Afghanistan. One shopkeeper was injured.",
        {"sub_event_type": "Grenade", "target_type": "Business", "location": "Herat"},
    ),
    (
        "02/20/2023: A drone strike hit a compound in Kunar province, Afghanistan, killing "
        "four people.",
        {"sub_event_type": "Air/drone strike", "admin1": "Kunar"},
    ),
    (
        "12/11/2024: A suicide bomber killed Khalil Haqqani, the Taliban minister of refugees, "
        "inside the ministry compound in Kabul city, Kabul province, Afghanistan. The Islamic "
        "State Khorasan Province claimed responsibility.",
        {
            "attack_type": "Assassination",
            "actor1": "ISKP",
            "persons_include": ["khalil-haqqani"],
            "tags_include": ["leader_killed", "claim"],
        },
    ),
    (
        "09/23/2019: Gunmen abducted a telecom company engineer in Ghazni province, "
        "Afghanistan. The Taliban were blamed for the abduction.",
        {
            "attack_type": "Hostage Taking (Kidnapping)",
            "actor1": "TALIBAN",
            "claimed_by": None,
        },
    ),
    (
        "10/17/2022: Militants blew up a power pylon in Pul-e-Khumri city, Baghlan province, "
        "Afghanistan, cutting electricity to Kabul.",
        {"target_type": "Utilities", "attack_type": "Bombing/Explosion"},
    ),
    (
        "03/02/2021: An explosive device destroyed a mobile phone tower in Andar district, "
        "Ghazni province, Afghanistan. No casualties were reported.",
        {"target_type": "Telecommunication", "location": "Andar district"},
    ),
    (
        "05/17/2024: Gunmen opened fire on a group of foreign tourists in Bamyan city, Bamyan "
        "province, Afghanistan, killing three tourists. The Islamic State Khorasan Province "
        "claimed the attack.",
        {"target_type": "Tourists", "actor1": "ISKP", "admin1": "Bamyan"},
    ),
    (
        "06/08/2023: A bomb exploded during the funeral of the deputy governor in Faizabad "
        "city, Badakhshan province, Afghanistan. Eleven mourners were killed.",
        {"admin1": "Badakhshan", "event_date": "2023-06-08"},
    ),
    (
        "07/19/2020: Assailants shot and killed a cleric outside a mosque in Charikar city, "
        "Parwan province, Afghanistan. The Taliban denied involvement.",
        {
            "attack_type": "Assassination",
            "target_type": "Religious Figures/Institutions",
            "actor1": None,
            "claimed_by": None,
        },
    ),
    (
        "08/18/2019: A suicide bomber detonated explosives at a wedding hall in Kabul city, "
        "Kabul province, Afghanistan. At least 63 people were killed and 182 wounded. The "
        "Islamic State claimed responsibility.",
        {"actor1": "ISKP", "suicide": True, "fatalities_best": 63},
    ),
    (
        "01/21/2018: Gunmen wearing army uniforms attacked a hotel in Kabul city, Kabul "
        "province, Afghanistan. The Taliban claimed responsibility.",
        {"target_type": "Business", "actor1": "TALIBAN", "claimed_by": "TALIBAN"},
    ),
    (
        "04/21/2022: An explosion tore through a Shia mosque in Mazar-i-Sharif city, Balkh "
        "province, Afghanistan. Responsibility for the bombing was claimed by the Islamic State "
        "Khorasan Province.",
        {"claimed_by": "ISKP", "actor1": "ISKP", "target_type": "Religious Figures/Institutions"},
    ),
    (
        "06/05/2016: Gunmen hijacked a passenger bus on the highway in Kunduz province, "
        "Afghanistan, and took the passengers to a nearby village. The Taliban claimed "
        "responsibility.",
        {"attack_type": "Hijacking", "actor1": "TALIBAN", "claimed_by": "TALIBAN"},
    ),
    (
        "11/12/2008: Men on motorcycles sprayed acid on schoolgirls walking to school in "
        "Kandahar city, Kandahar province, Afghanistan. Officials blamed the Taliban, who "
        "denied involvement.",
        {
            "attack_type": "Unarmed Assault",
            "weapon_type": "Chemical",
            "actor1": "TALIBAN",
            "claimed_by": None,
        },
    ),
    (
        "02/14/2022: Taliban intelligence forces arrested three suspected Islamic State "
        "members in Herat city, Herat province, Afghanistan.",
        {
            "event_type": "Strategic developments",
            "sub_event_type": "Arrests",
            "attack_type": None,
            "actor1": "TALIBAN",
        },
    ),
    (
        "05/09/2022: National Resistance Front fighters ambushed a Taliban patrol in Rokha "
        "district, Panjshir province, Afghanistan. The group claimed that eight Taliban "
        "members were killed.",
        {
            "event_type": "Battles",
            "actor1": "NRF",
            "actor2": "TALIBAN",
            "target_type": "Military",
            "location": "Rokha district",
        },
    ),
    (
        "05/14/2017: Taliban fighters overran the district centre of Ghorak district, "
        "Kandahar province, Afghanistan, after days of fighting. Seven police officers were "
        "killed.",
        {
            "sub_event_type": "Non-state actor overtakes territory",
            "actor1": "TALIBAN",
            "target_type": "Police",
        },
    ),
    (
        "03/28/2018: Insurgents destroyed a mobile telephone tower with explosives in Muqur "
        "district, Badghis province, Afghanistan. No one was hurt.",
        {
            "attack_type": "Bombing/Explosion",
            "target_type": "Telecommunication",
            "fatalities_best": 0,
            "actor1": None,
        },
    ),
    (
        "01/15/2021: Two judges of the Supreme Court were shot dead when gunmen ambushed their "
        "car in Kabul city, Kabul province, Afghanistan. No group claimed responsibility; "
        "authorities blamed the Taliban, who denied involvement.",
        {
            "attack_type": "Assassination",
            "target_type": "Government (General)",
            "actor1": "TALIBAN",
            "claimed_by": None,
            "actor2": "AFGHAN_GOV",
        },
    ),
    (
        "09/20/2017: A district governor escaped unharmed when a roadside bomb struck his "
        "convoy in Dara-e-Suf district, Samangan province, Afghanistan. Two of his bodyguards "
        "were killed. The Taliban claimed the attack.",
        {
            "target_type": "Government (General)",
            "actor1": "TALIBAN",
            "claimed_by": "TALIBAN",
            "admin1": "Samangan",
        },
    ),
    (
        "08/01/2019: A bomb hidden in a rickshaw exploded near a bus station in Ghazni city, "
        "Ghazni province, Afghanistan. Sources attributed the attack to the Haqqani Network.",
        {"actor1": "HAQQANI", "claimed_by": None, "admin1": "Ghazni", "location": "Ghazni"},
    ),
    (
        "04/02/2016: Armed men stopped a minibus on the highway in Jaghatu district, Ghazni "
        "province, Afghanistan, and led its nine passengers away on foot. The passengers were "
        "freed a week later.",
        {"attack_type": "Hostage Taking (Kidnapping)", "tags_include": ["kidnapping"]},
    ),
    (
        "05/11/2019: Gunmen took four employees of a construction firm from their camp in Chak "
        "district, Wardak province, Afghanistan. Their fate is unknown.",
        {"attack_type": "Hostage Taking (Kidnapping)", "target_type": "Business"},
    ),
    (
        "06/20/2018: Unidentified men seized three deminers working near Qalat city, Zabul "
        "province, Afghanistan. No group claimed responsibility.",
        {"attack_type": "Hostage Taking (Kidnapping)"},
    ),
    (
        "07/15/2017: Gunmen took the wounded to a hospital after a clash in Khost city, Khost "
        "province, Afghanistan. Two people were killed.",
        {"attack_type": "Armed Assault"},
    ),
    (
        "02/08/2018: A sticky bomb attached to the car of Ghulam Sakhi Noori, a provincial "
        "prosecutor, exploded in Mazar-e-Sharif city, Balkh province, Afghanistan, wounding him. "
        "No group claimed responsibility.",
        {"attack_type": "Assassination", "weapon_type": "Explosives"},
    ),
    (
        "06/10/2025: Police found a bomb hidden in a drain outside the district office in "
        "Andar district, Ghazni province, Afghanistan, and defused it before anyone was hurt.",
        {"tags_include": ["attempt_failed"], "fatalities_best": 0, "injuries_best": 0},
    ),
]


def _main(text: str) -> Event:
    extraction = extract_text(text, document_id="case")
    assert extraction.events, f"no event found in: {text}"
    return extraction.events[0]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:10] for c in CASES])
def test_summary_fields(text: str, expected: dict[str, Any]) -> None:
    event = _main(text)
    record = event.to_dict()
    for key, value in expected.items():
        if key == "tags_include":
            assert set(value) <= set(event.tags), (key, event.tags)
        elif key == "persons_include":
            assert set(value) <= {p.person_id for p in event.persons}, event.persons
        elif key == "fatalities_best":
            assert event.fatalities.best == value
        elif key == "injuries_best":
            assert event.injuries.best == value
        else:
            assert record[key] == value, (key, record[key], value)


def test_summary_gives_one_event_per_prefix() -> None:
    text = (
        "03/01/2022: Gunmen shot dead a shopkeeper in Herat city, Herat province, Afghanistan.\n"
        "03/02/2022: A roadside bomb killed two Taliban fighters in Zurmat district, Paktia "
        "province, Afghanistan."
    )
    events = extract_text(text).events
    assert [e.event_date for e in events] == [dt.date(2022, 3, 1), dt.date(2022, 3, 2)]
    assert [e.admin1 for e in events] == ["Herat", "Paktia"]


def test_wire_paragraph_relative_day_and_separate_incident() -> None:
    text = (
        "JALALABAD, June 3 - Gunmen shot dead two polio vaccinators on Monday in Jalalabad, "
        "the capital of Nangarhar province, officials said. No group claimed the killing.\n\n"
        "In a separate incident, a roadside bomb killed three Taliban fighters in Chaparhar "
        "district of Nangarhar province on Sunday."
    )
    events = extract_text(text, published=dt.date(2024, 6, 3)).events
    assert len(events) == 2
    main, side = events
    assert main.event_date == dt.date(2024, 6, 3)
    assert main.target_type == "NGO"
    assert main.location == "Jalalabad"
    assert main.claimed_by is None
    assert side.sub_event_type == "Remote explosive/landmine/IED"
    assert side.event_date == dt.date(2024, 6, 2)
    assert side.location == "Chaparhar district"


def test_unknown_day_in_prefix_gives_month_precision() -> None:
    event = _main("03/00/2023: A bomb exploded in Kandahar city, Kandahar province, Afghanistan.")
    assert event.event_date == dt.date(2023, 3, 1)
    assert event.date_precision == "month"
