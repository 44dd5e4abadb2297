"""English tolls of incident summaries and wire reports: the phrasings that add to a toll or
stay inside it. Invented sentences, each rule with one it must read and a near miss."""

from __future__ import annotations

import re

from conflictdesk.extract.casualties import CasualtyMention, aggregate, find_casualties

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"])")


def _mentions(text: str) -> list[CasualtyMention]:
    found: list[CasualtyMention] = []
    start = 0
    for part in _SENTENCE_END.split(text):
        offset = text.index(part, start)
        found.extend(find_casualties(part, offset=offset, language="en"))
        start = offset + len(part)
    return found


def _dead(text: str) -> int | None:
    return aggregate(_mentions(text), closed_world=True).fatalities.best


def _hurt(text: str) -> int | None:
    return aggregate(_mentions(text), closed_world=True).injuries.best


# -- attackers told after a toll, past an aside ----------------------------------------------


def test_attackers_along_with_after_an_aside_die_too() -> None:
    told = "Nine guests died, among them a Danish engineer, along with three of the attackers."
    assert _dead(told) == 12


def test_bomber_and_gunmen_as_did_after_an_aside_die_too() -> None:
    told = "Four guards died, among them a captain, as did the truck bomber and all three gunmen."
    assert _dead(told) == 8


def test_driver_as_was_after_a_toll_dies_too() -> None:
    told = "Three soldiers and eight shoppers were killed, as was the man behind the wheel."
    assert _dead(told) == 12


def test_plus_attackers_after_an_aside() -> None:
    told = "Six people were killed, among them a judge, plus five attackers."
    assert _dead(told) == 11


def test_attackers_after_the_wounded_are_wounded_not_dead() -> None:
    # near miss: the clause before them is of the wounded
    told = "Two guards died. Twenty people were hurt, as were two of the attackers."
    assert _dead(told) == 2
    assert _hurt(told) == 22


def test_unnumbered_attackers_leave_the_toll_alone() -> None:
    # near miss: how many attackers died is not told
    told = "Three clerks were killed, among them a cashier, along with the gunmen."
    assert _dead(told) == 3


def test_attackers_possessive_names_no_attacker() -> None:
    # near miss: "the attackers' commander" is another man, whose death is not told
    told = "Two guards were killed, among them a sergeant, as well as the attackers' commander."
    assert _dead(told) == 2


# -- "among N dead": the figure after "among" is the toll ------------------------------------


def test_among_a_hedged_figure_is_the_toll() -> None:
    told = "The district governor was among more than 30 dead. Nobody claimed the bombing."
    assert _dead(told) == 30


def test_among_them_is_still_a_part() -> None:
    # near miss: "among them" names part of the toll told before it
    told = "Eleven people were killed, among them three children."
    assert _dead(told) == 11


# -- the attacker told apart in an absolute phrase -------------------------------------------


def test_bomber_excluded_after_a_toll_adds_him() -> None:
    told = "Twelve villagers died and nine were hurt, the bomber excluded."
    assert _dead(told) == 13


def test_attacker_not_included_adds_him() -> None:
    assert _dead("Fourteen pupils were killed, the attacker not included.") == 15


def test_bomber_too_adds_him() -> None:
    assert _dead("Four guards and two drivers were killed, the bomber too.") == 7


def test_bomber_included_adds_nobody() -> None:
    # near miss: he is inside the figure
    assert _dead("Twelve villagers were killed, the bomber included.") == 12


def test_wounded_gunman_too_is_no_death() -> None:
    # near miss: the clause before is of the wounded
    assert _dead("Six soldiers were wounded, the gunman too.") == 0


# -- companions who died with the one told ---------------------------------------------------


def test_dying_with_companions_adds_them() -> None:
    told = "The bomber blew himself up at the gate, dying with six worshippers and a guard."
    assert _dead(told) == 8


def test_companions_travelling_with_the_victim_died_too() -> None:
    told = (
        "The prosecutor was shot dead in his car near the court, with two guards riding with him."
    )
    assert _dead(told) == 3


def test_companions_of_a_wounded_man_are_not_dead() -> None:
    # near miss: the man they travelled with was hurt, not killed
    told = "The judge was wounded in his car near the court, with two guards riding with him."
    assert _dead(told) == 0


# -- a "figure" revised ----------------------------------------------------------------------


def test_figure_revised_after_a_toll_is_the_toll() -> None:
    told = "Police said 12 people were killed, later revising the figure to 19."
    assert _dead(told) == 19


def test_figure_raised_after_the_wounded_revises_the_wounded() -> None:
    told = "Two guards died and 14 people were hurt, a number later raised to 22."
    assert _dead(told) == 2
    assert _hurt(told) == 22


def test_figure_that_is_not_revised_changes_nothing() -> None:
    # near miss: the figure is only compared, not revised
    assert _dead("Ten were killed, a figure that matches the count of the police.") == 10


# -- counted attackers shot ------------------------------------------------------------------


def test_counted_attackers_shot_are_dead() -> None:
    told = "Three clerks died in the raid; the five gunmen were shot by commandos."
    assert _dead(told) == 8


def test_both_attackers_shot_are_dead() -> None:
    assert _dead("A guard was killed and both attackers were shot.") == 3


def test_attackers_shot_and_wounded_are_hurt() -> None:
    # near miss: the wound is told
    told = "A guard was killed and both attackers were shot and wounded."
    assert _dead(told) == 1
    assert _hurt(told) == 2


def test_lone_gunman_shot_is_not_counted_dead() -> None:
    # near miss: one man shot may have been caught alive
    assert _dead("Two guards were killed before the gunman was shot by police.") == 2


# -- gunmen counted beside a bomber who blew himself up --------------------------------------


def test_gunmen_counted_beside_the_bomber_are_others() -> None:
    told = (
        "A suicide bomber blew himself up at the gate and two gunmen ran inside. "
        "Six guards were killed; the two gunmen were also killed."
    )
    assert _dead(told) == 9


def test_attackers_counted_beside_the_bomber_may_hold_him() -> None:
    # near miss: "the two attackers" may be the bomber and his companion
    told = (
        "A suicide bomber blew himself up at the gate and another man ran inside. "
        "Six guards were killed; the two attackers were also killed."
    )
    assert _dead(told) == 8


# -- the attacker inside the toll ------------------------------------------------------------


def test_including_the_bomber_keeps_him_inside_the_toll() -> None:
    told = "The bomber blew himself up at the shrine. Fifteen died, including the bomber."
    assert _dead(told) == 15


def test_bomber_included_in_an_aside_keeps_him_inside() -> None:
    told = "The bomber blew himself up in the hall. Forty people died, the bomber included."
    assert _dead(told) == 40


def test_including_the_bombers_kin_is_no_attacker() -> None:
    # near miss: "the bomber's brother" is a victim; the bomber died on top of the toll
    told = "The bomber blew himself up at the shrine. Fifteen died, including the bomber's uncle."
    assert _dead(told) == 16
