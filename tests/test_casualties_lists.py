"""Tolls written as lists the chunk reader cannot link on its own: a total before an
"including" list of unknown nouns, victims joined to a named person, attackers added after
the verb ("as were all five attackers"). Whole summaries, read as the extractor reads them."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def fatalities(text: str) -> int | None:
    events = extract_text(text, published=dt.date(2012, 5, 1)).events
    assert len(events) == 1
    return events[0].fatalities.best


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "05/01/2012: A suicide bomber struck a convoy of road engineers in Maywand district, "
            "Kandahar province, Afghanistan. Forty people, including 12 police trainees and the "
            "bomber, were killed.",
            40,
        ),
        (
            "05/01/2012: A truck bomb exploded at the gate of a consulate in Herat city, Herat "
            "province, Afghanistan. At least 31 people, including the Turkish trade attache and "
            "a cook, were killed.",
            31,
        ),
    ],
)
def test_a_total_before_an_including_list(text: str, expected: int) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "05/01/2012: Gunmen stormed a guesthouse in Jalalabad city, Nangarhar province, "
            "Afghanistan. Six guests and two guards were killed, as were all four attackers.",
            12,
        ),
        (
            "05/01/2012: A car bomb hit a police compound in Khost city, Khost province, "
            "Afghanistan. A police officer was killed, along with the driver of the car and "
            "both gunmen who followed him, and nine people were wounded.",
            4,
        ),
        (
            "05/01/2012: A bomb exploded in a mosque in Baghlan city, Baghlan province, "
            "Afghanistan, killing the prayer leader, who had preached against the insurgents, "
            "and seven worshippers.",
            8,
        ),
    ],
)
def test_dead_added_after_the_verb_or_after_an_apposition(text: str, expected: int) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "05/01/2012: Gunmen attacked a district office in Sayed Abad district, Wardak "
            "province, Afghanistan. Four officials and both attackers were killed. This was one "
            "of three related attacks in Wardak province on this date; in total 30 people, "
            "including seven attackers, died at the three sites.",
            6,
        ),
        (
            "05/01/2012: Suicide bombers attacked a police post in Gardez city, Paktiya province, "
            "Afghanistan. Three police officers and two assailants were killed. This was one of "
            "several coordinated attacks in the east on this date, in which at least 40 people "
            "died.",
            5,
        ),
    ],
)
def test_a_total_for_related_attacks_gives_way_to_the_incidents_own(
    text: str, expected: int
) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Casualty figures for the raid are unknown.",
        "Casualty numbers from the first hours of the assault were not available.",
    ],
)
def test_casualties_without_a_figure_leave_the_toll_unknown(sentence: str) -> None:
    text = (
        "05/01/2012: Insurgents attacked the district centre of Jaghatu district, Ghazni "
        f"province, Afghanistan. {sentence}"
    )
    assert fatalities(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "05/01/2012: Gunmen seized a shopkeeper outside his stall in Ghazni city, Ghazni "
            "province, Afghanistan, and beheaded him.",
            1,
        ),
        (
            "05/01/2012: A judge was abducted on his way to court in Pul-e Alam city, Logar "
            "province, Afghanistan. His body was recovered three days later.",
            1,
        ),
        (
            "05/01/2012: Assailants executed two tribal elders in Gelan district, Ghazni "
            "province, Afghanistan.",
            2,
        ),
    ],
)
def test_deaths_told_without_the_word_killed(text: str, expected: int) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "05/01/2012: Villagers found the bodies of four kidnapped deminers near a stream in "
            "Zurmat district, Paktiya province, Afghanistan.",
            4,
        ),
        (
            "05/01/2012: A suicide bomber approached a tribal leader at a shrine in Kandahar "
            "city, Kandahar province, Afghanistan. Haji Malang and the bomber were killed.",
            2,
        ),
        (
            "05/01/2012: Gunmen ambushed a convoy in Kushk district, Herat province, "
            "Afghanistan. Seven drivers, four of them foreigners and three locals, were killed.",
            7,
        ),
        (
            "05/01/2012: Gunmen stopped a minibus in Maidan Shahr city, Wardak province, "
            "Afghanistan. Three of the passengers, all students, were shot dead.",
            3,
        ),
    ],
)
def test_bodies_names_and_parts_of_a_toll(text: str, expected: int) -> None:
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KABUL, May 2 — A bomb exploded in a mosque in Kabul on Friday, killing the prayer "
            "leader Mawlawi Hamid Gul and at least nine other worshippers, police said.",
            10,
        ),
        (
            "KABUL, May 3 — Hundreds attended the funeral of Haji Karim, the elder killed with "
            "four others in Friday's bombing at a mosque in Kabul.",
            5,
        ),
        (
            "KABUL, May 3 — A third police officer has died of wounds suffered when a bomb hit "
            "his patrol in Kabul on Friday, a hospital official said.",
            3,
        ),
    ],
)
def test_tolls_told_around_a_named_victim(text: str, expected: int) -> None:
    events = extract_text(text, published=dt.date(2024, 5, 3)).events
    assert [e.fatalities.best for e in events][:1] == [expected]


@pytest.mark.parametrize(
    "told",
    [
        "Twelve people died, figures that do not take in the bomber.",
        "Twelve people died besides the bomber.",
        "Twelve people died; the bomber is left out of that count.",
    ],
)
def test_a_bomber_left_out_of_the_toll_is_added(told: str) -> None:
    text = (
        "05/01/2012: A suicide bomber struck a bazaar in Khost city, Khost province, "
        f"Afghanistan. {told}"
    )
    assert fatalities(text) == 13


def test_a_revision_told_with_a_pronoun() -> None:
    text = (
        "05/01/2012: A truck bomb exploded outside a hospital in Pul-e Alam city, Logar "
        "province, Afghanistan. The first count was 12 dead; by evening officials had raised it "
        "to 27."
    )
    assert fatalities(text) == 27


def injuries(text: str) -> int | None:
    events = extract_text(text, published=dt.date(2012, 5, 1)).events
    assert len(events) == 1
    return events[0].injuries.best


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Officials said 14 people were killed, with at least 40 wounded.", 40),
        ("Nine people were killed and dozens more were injured.", None),
        ("Nobody was reported killed or hurt.", 0),
        ("A guard was killed; none of the visitors was hurt.", 0),
    ],
)
def test_injuries_told_in_passing(told: str, expected: int | None) -> None:
    text = (
        "05/01/2012: A bomb exploded at a bus station in Pul-e Khumri city, Baghlan province, "
        f"Afghanistan. {told}"
    )
    assert injuries(text) == expected


@pytest.mark.parametrize(
    "told",
    [
        "The blast killed 15 people, the bomber among them.",
        "Fifteen people died, the bomber included.",
    ],
)
def test_a_bomber_named_among_the_dead_is_not_added_again(told: str) -> None:
    text = (
        "05/01/2012: A suicide bomber blew himself up at a wedding in Khost city, Khost "
        f"province, Afghanistan. {told}"
    )
    assert fatalities(text) == 15


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Four guards were killed, as were the two gunmen.", 6),
        ("A prosecutor was badly hurt and died of his wounds a day later.", 1),
    ],
)
def test_more_deaths_told_after_the_verb(told: str, expected: int) -> None:
    text = f"05/01/2012: Gunmen attacked a court in Farah city, Farah province, Afghanistan. {told}"
    assert fatalities(text) == expected


def test_an_operation_named_after_along_with_is_no_death() -> None:
    text = (
        "05/01/2018: A commander of the group was killed together with ten other members in a "
        "joint Afghan and US operation in Achin district, Nangarhar province, Afghanistan."
    )
    assert fatalities(text) == 11


def test_the_wounded_who_died_move_to_the_dead() -> None:
    text = (
        "05/01/2012: A bomb exploded at a bus stop in Herat city, Herat province, Afghanistan, "
        "killing five people and wounding 12. Three of the wounded died in hospital the next day."
    )
    events = extract_text(text, published=dt.date(2012, 5, 1)).events
    assert [(e.fatalities.best, e.injuries.best) for e in events] == [(8, 9)]


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # the revised toll is the victims'; the gunmen told apart come on top of it
        (
            "Officials first said 12 people had died; by evening the death toll had risen to 30. "
            "All four gunmen were killed as well.",
            34,
        ),
        (
            "Police first gave six dead. The death toll rose to 19 by nightfall, not counting "
            "the bomber.",
            20,
        ),
    ],
)
def test_attackers_counted_apart_add_to_a_revised_toll(told: str, expected: int) -> None:
    text = f"05/01/2012: Gunmen stormed a bank in Gardez city, Paktia province, Afghanistan. {told}"
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # gunmen and a bomber are different attackers, not a revised count of the same ones
        ("Eight guards were killed. The two gunmen were shot dead and the bomber died.", 11),
        # the driver of a car bomb is the attacker, not a second figure for the employees
        (
            "Twelve employees were killed. Police killed two gunmen, and the driver of the car "
            "bomb died in the blast.",
            15,
        ),
    ],
)
def test_attackers_of_another_kind_are_other_people(told: str, expected: int) -> None:
    text = (
        "05/01/2012: A car bomb went off at a ministry office in Kabul city, Kabul province, "
        f"Afghanistan, and gunmen ran inside. {told}"
    )
    assert fatalities(text) == expected


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("Eleven villagers died alongside the bomber.", 12),
        ("Police said he killed two guards besides himself.", 3),
        ("Nine recruits lost their lives in addition to the driver.", 10),
        ("Six people were killed in addition to the bomber, one police officer among them.", 7),
        ("Three guards were killed in the fight that followed, as were the two gunmen.", 5),
    ],
)
def test_the_attacker_told_beside_the_victims(told: str, expected: int) -> None:
    text = (
        "05/01/2012: A truck bomb exploded at the gate of an army recruiting centre in Pul-e "
        f"Khumri city, Baghlan province, Afghanistan. {told}"
    )
    assert fatalities(text) == expected


def test_a_bomber_included_in_a_toll_before_the_wounded_is_not_added() -> None:
    text = (
        "05/01/2012: A suicide bomber blew himself up among elders at a jirga in Khost city, "
        "Khost province, Afghanistan, the deadliest attack there that year. A spokesman gave a "
        "toll of 21 dead that, he said, included the bomber, and 40 injured."
    )
    assert fatalities(text) == 21


@pytest.mark.parametrize(
    "told",
    [
        "He was the only person to die; none of the guards was hurt.",
        "The vest went off as he fell, killing only the bomber.",
    ],
)
def test_the_bomber_as_the_only_death(told: str) -> None:
    text = (
        "05/01/2012: Guards stopped a suicide bomber at the gate of a court in Mihtarlam city, "
        f"Laghman province, Afghanistan. {told}"
    )
    assert fatalities(text) == 1


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        ("His body, with stab wounds, was found in a field the next day.", 1),
        ("Later the bodies of three of them were left by a canal; the others were freed.", 3),
    ],
)
def test_bodies_of_people_named_before(told: str, expected: int) -> None:
    text = (
        "05/01/2012: Gunmen abducted a group of road workers in Chak district, Wardak province, "
        f"Afghanistan. {told}"
    )
    assert fatalities(text) == expected


def test_more_deaths_told_with_a_bare_figure_add() -> None:
    text = (
        "05/01/2012: A roadside bomb hit a pickup carrying road workers in Andar district, "
        "Ghazni province, Afghanistan. Two of the men died on the spot and four more died of "
        "their wounds in hospital."
    )
    assert fatalities(text) == 6


def test_a_bomber_who_blew_himself_up_in_a_sentence_of_his_own_counts() -> None:
    text = (
        "05/01/2012: A suicide bomber blew himself up at the gate of a police compound in "
        "Gardez city, Paktiya province, Afghanistan. Two policemen were killed."
    )
    assert fatalities(text) == 3


def _event(text: str) -> Event:
    events = extract_text(text, published=dt.date(2012, 5, 1)).events
    assert len(events) == 1
    return events[0]


def test_the_dead_and_the_injured_each_put_at_their_own_figure() -> None:
    event = _event(
        "05/01/2012: A suicide bomber blew himself up at a shrine in Mazar-e Sharif city, Balkh "
        "province, Afghanistan. The governor's office put the dead at 12 and the injured at 30, "
        "not counting the bomber."
    )
    assert (event.fatalities.best, event.injuries.best) == (13, 30)


def test_an_age_range_is_not_a_toll() -> None:
    text = (
        "05/01/2012: A bomb exploded outside a school in Kunduz city, Kunduz province, "
        "Afghanistan. Officials said nine people, most of them pupils aged between 11 and 16, "
        "were killed."
    )
    assert fatalities(text) == 9


def test_attackers_counted_by_the_source_of_the_figures_before() -> None:
    text = (
        "05/01/2012: Insurgents attacked the district centre of Jaghatu, Ghazni province, "
        "Afghanistan, and fought the police for two days. The interior ministry said 14 "
        "policemen had been killed. It also said 40 of the attackers had died."
    )
    assert fatalities(text) == 54


def test_security_forces_killed_all_of_the_gunmen_counted_earlier() -> None:
    text = (
        "05/01/2012: Four gunmen entered a hotel in Kabul city, Kabul province, Afghanistan. "
        "Police killed all four after a siege of six hours. Seven people died."
    )
    assert fatalities(text) == 11


def test_one_death_confirmed() -> None:
    text = (
        "05/01/2012: A grenade hit a police post in Khost city, Khost province, Afghanistan. "
        "The insurgents said three policemen died; officials confirmed one death."
    )
    assert fatalities(text) == 1


def test_none_of_their_men_died() -> None:
    text = (
        "05/01/2012: Rebels ambushed an army patrol in Andarab district, Baghlan province, "
        "Afghanistan. The rebels said nine soldiers were killed; the army said none of its "
        "soldiers died."
    )
    assert fatalities(text) == 0


def test_people_named_with_titles_and_roles_each_count_once() -> None:
    text = (
        "05/01/2012: A guard opened fire inside the governor's compound in Herat city, Herat "
        "province, Afghanistan. The district governor, Mawlawi Abdul Sattar, the police chief, "
        "Colonel Abdul Wahid Noori, and a driver were killed."
    )
    assert fatalities(text) == 3


def test_a_named_victim_described_by_a_who_clause_and_another_victim() -> None:
    text = (
        "05/01/2012: Insurgents fired on an army convoy in Arghandab district, Kandahar "
        "province, Afghanistan. Farid Ahmadi, a cameraman working for a local channel who was "
        "filming the convoy, and a soldier were killed."
    )
    assert fatalities(text) == 2


def test_attackers_killed_without_a_number_leave_no_toll() -> None:
    text = (
        "05/01/2012: Gunmen stormed a bank in Lashkar Gah city, Helmand province, Afghanistan. "
        "Six customers were killed before police killed the attackers."
    )
    assert fatalities(text) is None


def test_the_bomber_included_in_the_dead_is_not_among_the_hurt() -> None:
    event = _event(
        "05/01/2012: A suicide bomber struck a mosque in Kunduz city, Kunduz province, "
        "Afghanistan. Officials said nine people died, the bomber included, and 20 were hurt."
    )
    assert event.injuries.best == 20


def test_bodies_are_not_among_the_wounded() -> None:
    event = _event(
        "05/01/2012: A car bomb exploded in a market in Ghazni city, Ghazni province, "
        "Afghanistan. The city hospital said it had received six bodies and 25 wounded."
    )
    assert event.injuries.best == 25


def test_a_competing_count_of_victims_leaves_out_the_attackers_too() -> None:
    event = _event(
        "05/01/2012: A suicide bomber hit a wedding hall in Kabul city, Kabul province, "
        "Afghanistan. Officials said 20 guests were killed, not counting the bomber; residents "
        "said more than 30 had died."
    )
    assert (event.fatalities.best, event.fatalities.high) == (21, 31)


def test_all_attackers_with_one_of_them_named_as_included() -> None:
    text = (
        "05/01/2012: Militants attacked a prison in Kandahar city, Kandahar province, "
        "Afghanistan. Twelve guards died. All six attackers, the car bomber included, were "
        "killed."
    )
    assert fatalities(text) == 18


def test_the_person_they_died_with_is_not_among_the_wounded() -> None:
    event = _event(
        "05/01/2012: Police fired on a man carrying explosives in Jalalabad city, Nangarhar "
        "province, Afghanistan, and he set them off. Four civilians died with him and 11 "
        "people were wounded."
    )
    assert event.injuries.best == 11


def test_a_separate_attack_with_its_own_toll_is_not_added() -> None:
    text = (
        "05/01/2012: A bomb hit a bus in Herat city, Herat province, Afghanistan, killing "
        "eight passengers. Later a separate bombing in Kandahar killed five more people."
    )
    assert fatalities(text) == 8


def test_a_total_for_the_whole_city_is_not_this_incidents() -> None:
    text = (
        "05/01/2012: A bomb exploded at a polling station in Kabul city, Kabul province, "
        "Afghanistan. Two voters were killed there; attacks across the capital killed 12 "
        "people in all."
    )
    assert fatalities(text) == 2


def _bazaar(told: str) -> str:
    return (
        "05/01/2012: Gunmen attacked a hotel near the bazaar of Aybak city, Samangan province, "
        f"Afghanistan. {told}"
    )


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # an aside naming part of the group between subject and verb neither adds nor subjects
        ("Eighteen guests, two waiters and a chef among them, were killed.", 18),
        ("Five police and three of the gunmen, one of them their leader, were killed.", 8),
        ("Four tourists and two Afghans, among them their guide, were killed.", 6),
        # a list between commas adding up to the figure before it breaks that figure down
        ("Nine staff, five Westerners and four Afghan guards, were killed.", 9),
        ("Nine staff, five Westerners and two Afghan guards were killed.", 16),
        # people named by a trade the reader did not know
        ("A waiter and a midwife were killed.", 2),
    ],
)
def test_asides_and_breakdowns_of_a_subject(told: str, expected: int) -> None:
    assert fatalities(_bazaar(told)) == expected


def test_a_clause_after_along_with_keeps_its_own_verb() -> None:
    told = (
        "The district governor was killed along with a driver, and 11 people, among them two "
        "children, were wounded."
    )
    assert fatalities(_bazaar(told)) == 2
    assert injuries(_bazaar(told)) == 11


def test_a_bare_figure_of_attackers_who_blew_themselves_up() -> None:
    told = (
        "Five attackers in suicide vests entered the building; three blew themselves up and two "
        "were shot dead by guards. Seven guests were killed."
    )
    assert fatalities(_bazaar(told)) == 12


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "It was one of more than 40 attacks on election day, which together killed 31 "
            "people. Two voters were killed.",
            2,
        ),
        (
            "It was one of three Taliban attacks that morning, which killed 19 people in all. "
            "Four guests were killed.",
            4,
        ),
    ],
)
def test_a_shared_toll_of_attacks_counted_loosely_gives_way(told: str, expected: int) -> None:
    assert fatalities(_bazaar(told)) == expected
