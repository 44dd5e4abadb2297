"""Tolls: a figure after "among", groups after "as were", companions after "killed with", a
year's tally of a kind of violence, a group's members told again; each with a near miss."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.tolls import totals_of


def _dead(*sentences: str, language: str = "en") -> int | None:
    return totals_of(list(sentences), language).fatalities.best


def test_figure_after_among_without_the_is_the_whole_toll() -> None:
    assert _dead("Three medics and a driver were among 12 dead after the blast.") == 12
    assert _dead("Two teachers were among 30 people killed in the attack.") == 30
    assert _dead("Among the 9 people killed were two boys.", "The bomber also died.") == 10
    # near miss: the figure after "among" is wounded, the two dead are told of themselves
    assert _dead("Two guards died and a cook was among 12 people wounded.") == 2


def test_group_added_with_as_were_after_among_a_toll_is_part_of_it() -> None:
    assert _dead("The mayor was among 20 dead, as were all three gunmen.") == 20
    assert _dead("Two guards were among 10 people killed, as was the bomber.") == 10
    # near miss: no toll after "among", the bomber is one more dead
    assert _dead("Two guards were killed, as was the bomber.") == 3


def test_all_of_the_counted_attackers_after_as_were() -> None:
    assert _dead("Six guards were killed, as were all of the 12 raiders.") == 18
    assert _dead("Six guards were killed, as were both of the gunmen.") == 8
    # near miss: "of" after a singular noun still opens a tail ("the driver of the car")
    assert _dead("Six guards were killed, as was the driver of the car.") == 7


def test_companions_told_right_after_killed_with() -> None:
    assert _dead("The judge was killed with three guards by a roadside bomb.") == 4
    assert _dead("The mayor was shot dead with her driver outside her home.") == 2
    assert _dead("The mayor was shot dead with his two bodyguards.") == 3
    # near miss: a weapon after "with" is no companion
    assert _dead("The mayor was shot dead with a pistol outside her home.") == 1


def test_a_years_toll_of_a_kind_of_violence_is_not_the_incidents() -> None:
    assert (
        _dead(
            "Gunmen killed four guards at the gate.",
            "Over 900 people died in sectarian violence in the region last year, making it the "
            "worst year since 2015.",
        )
        == 4
    )
    # near miss: no year told, the attacks are the incident's own
    assert _dead("Nine people died in attacks on two markets in the city.") == 9


def _wire_dead(text: str) -> list[int | None]:
    events = extract_text(text, published=dt.date(2022, 3, 4), language="en", genre="wire").events
    return [e.fatalities.best for e in events]


def test_members_of_the_group_told_again_in_a_quote() -> None:
    lead = (
        "Taliban spokesman Zabihullah Mujahid said on Thursday that security forces killed four "
        "members of Daesh in a night raid in Jalalabad, the capital of Nangarhar province."
    )
    again = '"Four members of the group were killed," Mujahid said in a statement.'
    assert _wire_dead(lead + "\n\n" + again) == [4]
    # near miss: the quote gives another figure for the group, told as more
    other = '"Two more members of the group were killed," Mujahid said in a statement.'
    assert _wire_dead(lead + "\n\n" + other) == [6]


def test_of_inside_an_organisation_name_keeps_the_group() -> None:
    assert _dead("Four local staff of the Office of the High Commissioner were shot dead.") == 4
    assert _dead("Three clerks of the Ministry of Finance were killed in the blast.") == 3
    # near miss: a lowercase "of" phrase after the name still ends the group at the name
    assert _dead("Three clerks of the Ministry were killed in the blast.") == 3
