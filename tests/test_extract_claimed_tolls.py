"""Tolls in incident summaries. A toll only the perpetrator gives is a ceiling, never the
best figure (docs/gold-format.md); a victim's driver is one more dead; "two other German
soldiers" and "three Americans" are counted. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.model import Casualties


def _killed(text: str) -> Casualties:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].fatalities


def test_claimant_spokesman_figure_is_only_a_ceiling() -> None:
    killed = _killed(
        "05/14/2013: Insurgents stormed a police post in Dara-i-Nur district, Nangarhar "
        "province, Afghanistan, killing five policemen. Three of the attackers also died. "
        "Taliban spokesman Qari Yousuf Ahmadi claimed responsibility and said 14 policemen "
        "had been killed."
    )
    assert (killed.low, killed.best, killed.high) == (8, 8, 17)


def test_its_bomber_had_killed_is_the_claim() -> None:
    killed = _killed(
        "10/02/2024: A suicide bomber blew himself up at a checkpoint in Pul-e Alam city, Logar "
        "province, Afghanistan. Officials said three guards were killed, not counting the "
        "bomber. The Islamic State Khorasan Province claimed responsibility and said its "
        "bomber had killed 20 Taliban fighters."
    )
    assert killed.best == 4
    assert killed.high == 21


def test_front_claim_against_official_denial() -> None:
    killed = _killed(
        "02/02/2025: Gunmen fired on a Taliban checkpoint in Khost wa Firing district, Baghlan "
        "province, Afghanistan. The Afghanistan Freedom Front said its fighters had killed six "
        "guards; Taliban officials said the attack was repelled and no one was killed."
    )
    assert killed.best == 0
    assert killed.high == 6


def test_named_victim_and_his_driver_are_two() -> None:
    killed = _killed(
        "08/08/2019: Gunmen shot dead Haji Sadiq and his driver on the road to Pul-e Alam "
        "city, Logar province, Afghanistan. No group claimed responsibility."
    )
    assert killed.best == 2


def test_driver_after_a_long_description_closes_the_list() -> None:
    killed = _killed(
        "11/11/2018: Gunmen shot dead Zarifa Amiri, a producer for a local television "
        "station, and her driver as they left work in Herat city, Herat province, "
        "Afghanistan. No group claimed responsibility."
    )
    assert killed.best == 2
    killed = _killed(
        "01/21/2017: Gunmen shot dead three nurses who worked at the provincial hospital, and "
        "their driver, in Ghazni city, Ghazni province, Afghanistan. No group claimed "
        "responsibility."
    )
    assert killed.best == 4


def test_relative_opening_a_new_clause_is_not_among_the_dead() -> None:
    killed = _killed(
        "06/06/2016: Gunmen shot dead a shopkeeper near the main bazaar of the town, and his "
        "brother was wounded, in Charikar city, Parwan province, Afghanistan."
    )
    assert killed.best == 1


def _wounded(text: str) -> int | None:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].injuries.best


def test_other_before_a_nationality_is_not_the_head() -> None:
    assert (
        _wounded(
            "07/01/2009: A roadside bomb struck a patrol in Chahar Dara district, Kunduz "
            "province, Afghanistan, killing one soldier. Four other Belgian soldiers were "
            "wounded."
        )
        == 4
    )


def test_a_people_named_in_the_plural_are_counted() -> None:
    assert (
        _wounded(
            "03/09/2012: A suicide bomber attacked a foot patrol in Nijrab district, Kapisa "
            "province, Afghanistan, killing two soldiers. Three Americans and an Afghan "
            "interpreter were wounded."
        )
        == 4
    )


def test_title_before_a_name_after_shot_dead() -> None:
    assert (
        _killed(
            "02/02/2016: Gunmen shot dead Mullah Abdul Hadi as he left a mosque in Andar "
            "district, Ghazni province, Afghanistan. No group claimed responsibility."
        ).best
        == 1
    )


def test_a_leader_and_his_aide_are_two_dead() -> None:
    assert (
        _killed(
            "05/05/2005: A bomb hidden in a parcel exploded in the office of Haji Qadir in "
            "Jalalabad city, Nangarhar province, Afghanistan. Qadir and one of his aides were "
            "killed."
        ).best
        == 2
    )


def test_beaten_to_death_after_the_verb() -> None:
    assert (
        _killed(
            "07/17/2014: A mob dragged a shopkeeper accused of blasphemy from his shop in "
            "Kunduz city, Kunduz province, Afghanistan, and beat him to death."
        ).best
        == 1
    )
    assert (
        _killed(
            "10/26/2015: Taliban fighters stoned two women to death in Firozkoh city, Ghor "
            "province, Afghanistan."
        ).best
        == 2
    )


def test_burning_people_wounds_them() -> None:
    assert (
        _wounded(
            "04/04/2010: Two men on a motorcycle threw acid at pupils walking to a school in "
            "Shindand district, Herat province, Afghanistan, burning six girls."
        )
        == 6
    )


def test_own_men_who_attacked_and_killed_give_a_claim() -> None:
    killed = _killed(
        "07/19/2023: The National Resistance Front said its fighters raided an outpost of "
        "the Taliban's border police in Khinj district, Panjshir province, Afghanistan, and "
        "killed four guards. Taliban officials said nobody was hurt."
    )
    assert (killed.low, killed.best, killed.high) == (0, 0, 4)


def test_own_men_storming_and_killing_after_an_official_zero() -> None:
    killed = _killed(
        "03/03/2024: Taliban officials said no one was harmed in a night attack on a base in "
        "Andarab district, Baghlan province, Afghanistan. The Afghanistan Freedom Front said "
        "its men stormed the base, killing seven soldiers."
    )
    assert (killed.low, killed.best, killed.high) == (0, 0, 7)


def test_men_said_not_to_have_acted_leave_the_toll_to_the_text() -> None:
    killed = _killed(
        "09/09/2022: A bomb exploded in a bazaar in Charikar city, Parwan province, "
        "Afghanistan. The Taliban said their fighters were not behind the bombing, which "
        "killed three shopkeepers."
    )
    assert killed.best == 3


def test_claimed_dead_against_an_official_count_of_wounded_only() -> None:
    events = extract_text(
        "11/05/2024: A sticky bomb exploded under a car of the Taliban's interior ministry in "
        "Mazar-i-Sharif city, Balkh province, Afghanistan. Officials said four staff were "
        "wounded; the Afghanistan Freedom Front, which claimed the blast, said two were killed.",
        document_id="case",
    ).events
    killed, hurt = events[0].fatalities, events[0].injuries
    assert (killed.low, killed.best, killed.high) == (0, 0, 2)
    assert hurt.best == 4
