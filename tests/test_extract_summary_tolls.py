"""Tolls in incident summaries worded in ways the noun tables alone miss: a movement counted
by its name, a partitive shot dead, "among the N dead were", "N more", places told between a
subject and its verb, zeros for a list of people, poisoning. The texts are invented."""

from __future__ import annotations

from conflictdesk.extract import extract_text
from conflictdesk.model import Casualties


def _tolls(text: str) -> tuple[Casualties, Casualties]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].fatalities, events[0].injuries


def test_a_movement_counted_by_its_name() -> None:
    killed, _ = _tolls(
        "04/22/2019: Fighting broke out between the Taliban and the Islamic State in Chapa "
        "Dara district, Kunar province, Afghanistan. Officials said nine ISIS fighters and "
        "six Taliban were killed."
    )
    assert killed.best == 15


def test_part_of_a_group_shot_dead() -> None:
    killed, _ = _tolls(
        "02/11/2011: Gunmen stopped a minibus of road workers in Gelan district, Ghazni "
        "province, Afghanistan, took the men off and shot four of them dead."
    )
    assert killed.best == 4


def test_among_the_counted_dead_were() -> None:
    killed, hurt = _tolls(
        "09/30/2012: A suicide bomber rammed a police bus in Khost city, Khost province, "
        "Afghanistan. Among the 18 dead were 11 policemen and the bomber; 30 were wounded."
    )
    assert killed.best == 18
    assert hurt.best == 30


def test_more_after_a_bare_figure() -> None:
    killed, hurt = _tolls(
        "05/05/2016: Gunmen shot dead a district judge in Farah city, Farah province, "
        "Afghanistan; two more were wounded."
    )
    assert killed.best == 1
    assert hurt.best == 2


def test_a_place_list_between_the_subject_and_its_verb() -> None:
    killed, _ = _tolls(
        "08/14/2014: Six labourers of a road company in Shah Joy district, Zabul province, "
        "Afghanistan, were killed by a roadside bomb."
    )
    assert killed.best == 6


def test_people_made_ill_are_wounded() -> None:
    killed, hurt = _tolls(
        "05/20/2015: About 60 girls at a high school in Aybak city, Samangan province, "
        "Afghanistan, were made ill by a gas released in their classrooms; none died."
    )
    assert killed.best == 0
    assert hurt.best == 60


def test_no_list_of_people_was_hurt() -> None:
    _, hurt = _tolls(
        "10/10/2014: Three insurgents attacked a guesthouse in Kabul city, Kabul province, "
        "Afghanistan, and all three were killed by guards; no hotel staff or guests were "
        "hurt."
    )
    assert hurt.best == 0


def test_none_of_their_men_killed_or_hurt() -> None:
    killed, hurt = _tolls(
        "03/12/2023: The National Resistance Front said its fighters had attacked a Taliban "
        "post in Andarab district, Baghlan province, Afghanistan, and killed four soldiers. "
        "Taliban officials said none of their men had been killed or hurt."
    )
    assert (killed.best, killed.high) == (0, 4)
    assert hurt.best == 0


def test_a_bomber_listed_among_the_counted_dead_is_not_added() -> None:
    killed, _ = _tolls(
        "03/03/2013: A suicide bomber blew himself up at a police academy in Kunduz city, "
        "Kunduz province, Afghanistan. Among the 20 dead were 12 army trainers and the bomber."
    )
    assert killed.best == 20
