"""Target types of incident summaries by the GTD codebook, for kinds of sentence where the
place and the people point two ways: soldiers or police gathered at a business, a later
sentence that tells whom the attack was aimed at, and (near misses) the mixed crowds, claims
and unknown aims that leave the place its own type. The summaries are invented.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text

# (summary, target_type)
CASES: list[tuple[str, str]] = [
    # unnamed soldiers or police alone at a business are whom the attack was aimed at
    (
        "03/14/2013: A suicide bomber blew himself up outside a bank in Gardez city, Paktia"
        " province, Afghanistan, where soldiers were lining up to draw their monthly pay.",
        "Military",
    ),
    (
        "08/02/2016: Gunmen stormed a money exchange in Ghazni city, Ghazni province,"
        " Afghanistan, as policemen collected their salaries, killing six.",
        "Police",
    ),
    # near miss: soldiers with another kind of people make the business's own crowd
    (
        "03/14/2013: A suicide bomber blew himself up outside a bank in Gardez city, Paktia"
        " province, Afghanistan, where soldiers and shopkeepers were lining up to draw money.",
        "Business",
    ),
    (
        "03/14/2013: A suicide bomber blew himself up outside a bank in Gardez city, Paktia"
        " province, Afghanistan, as civil servants and soldiers queued for their pay.",
        "Business",
    ),
    # near miss: clerks, or a minister staying at a hotel, leave the business its type
    (
        "03/14/2013: A suicide bomber blew himself up outside a bank in Gardez city, Paktia"
        " province, Afghanistan, where government employees were waiting for their pay.",
        "Business",
    ),
    # the officials of the state's education department are the government's
    (
        "04/02/2015: Gunmen abducted a provincial education officer on his way to work in"
        " Gardez city, Paktia province, Afghanistan.",
        "Government (General)",
    ),
    (
        "11/19/2017: A bomb under his car killed the head of education of Dand district,"
        " Kandahar province, Afghanistan.",
        "Government (General)",
    ),
    # near miss: the teachers of a school are the school's
    (
        "04/02/2015: Gunmen abducted two teachers on their way to work in Gardez city, Paktia"
        " province, Afghanistan.",
        "Educational Institution",
    ),
    # whom blowing up a bridge meant to hinder is no target: the bridge is
    (
        "06/14/2019: Militants blew up a bridge on the Ghazni-Paktika road in Andar district,"
        " Ghazni province, Afghanistan, to cut off police reinforcements.",
        "Transportation",
    ),
    # near miss: the convoys fired on are the target, whatever the attack meant to stop
    (
        "06/14/2019: Militants fired rockets at army convoys on the Ghazni-Paktika road in Andar"
        " district, Ghazni province, Afghanistan, to stop the supply of the base.",
        "Military",
    ),
    # the opening subject of a passive harm, named or described between commas, is whom the
    # attack struck; a place named after the verb is only where it happened
    (
        "07/12/2018: A money changer, Gul Ahmad, was robbed and shot at his stall in the bazaar"
        " of Pul-e Khumri city, Baghlan province, Afghanistan.",
        "Business",
    ),
    (
        "10/03/2016: A teacher, Mohammad Nabi, who had taught in the village for years, was shot"
        " dead outside a mosque in Andar district, Ghazni province, Afghanistan.",
        "Educational Institution",
    ),
    (
        "10/03/2016: Two policemen were shot dead at a wedding in Andar district, Ghazni"
        " province, Afghanistan.",
        "Police",
    ),
    # near miss: civilians killed at a place leave the place
    (
        "10/03/2016: Three villagers were killed when a bomb went off inside a mosque in Andar"
        " district, Ghazni province, Afghanistan.",
        "Religious Figures/Institutions",
    ),
    # teahouses and moneychangers are businesses, however written
    (
        "05/17/2019: A bomb hidden in a gas cylinder exploded in a crowded teahouse in"
        " Lashkar Gah city, Helmand province, Afghanistan, killing three people.",
        "Business",
    ),
    (
        "02/06/2022: Gunmen abducted a moneychanger in Mazar-e Sharif city, Balkh province,"
        " Afghanistan, and demanded a ransom.",
        "Business",
    ),
    # a later sentence in which the reporter or officials tell whom the attack was aimed at
    (
        "05/03/2012: A suicide bomber blew himself up in a crowded cattle market in Chora"
        " district, Uruzgan province, Afghanistan. Fourteen people were killed. The apparent"
        " target was Haji Gul Rahim, a border police commander, who survived.",
        "Police",
    ),
    (
        "08/11/2014: A roadside mine wounded two shepherds near Shorabak, Kandahar province,"
        " Afghanistan. Officials said it had been planted for army convoys.",
        "Military",
    ),
    (
        "09/30/2016: A bomb tore through a crowd at a wedding in Nawa district, Helmand"
        " province, Afghanistan, killing nine guests. Among the dead was Haji Sher Khan, a"
        " district police chief who appeared to be the target.",
        "Police",
    ),
    # near miss: the claimant's own word of its aim leaves the site it struck
    (
        "05/03/2012: A suicide bomber blew himself up in a crowded cattle market in Chora"
        " district, Uruzgan province, Afghanistan. Fourteen people were killed. The Taliban"
        " said the district governor was the target.",
        "Private Citizens & Property",
    ),
    # near miss: an aim nobody knew
    (
        "05/03/2012: A bomb exploded in a crowded cattle market in Chora district, Uruzgan"
        " province, Afghanistan. Fourteen people were killed. It was not known whether a police"
        " commander was the target.",
        "Private Citizens & Property",
    ),
]


@pytest.mark.parametrize(("text", "target_type"), CASES)
def test_summary_target_type(text: str, target_type: str) -> None:
    events = extract_text(text, document_id="case").events
    assert events, "no event read"
    assert events[0].target_type == target_type
