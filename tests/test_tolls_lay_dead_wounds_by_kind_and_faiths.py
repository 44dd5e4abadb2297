"""Casualty rules of the hL2 round (casualties, tolls).

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

from conflictdesk.extract.casualties import aggregate, find_casualties


def _killed(*sentences: str) -> int | None:
    mentions = []
    offset = 0
    for sentence in sentences:
        mentions += find_casualties(sentence, offset=offset)
        offset += len(sentence) + 1
    return aggregate(mentions, closed_world=True).fatalities.best


def test_people_who_lay_dead_are_the_dead() -> None:
    assert _killed("When the shooting stopped, thirty villagers lay dead in the square.") == 30


def test_men_who_lay_in_wait_are_no_dead() -> None:
    assert not [
        m
        for m in find_casualties("Four gunmen lay in wait near the bridge.")
        if m.outcome == "killed"
    ]


def _wounded(sentence: str) -> int | None:
    return aggregate(find_casualties(sentence), closed_world=True).injuries.best


def test_wounds_of_a_told_degree_are_wounds() -> None:
    assert _wounded("Three porters suffered light wounds in the blast.") == 3
    assert _wounded("The envoy survived with grave wounds.") == 1


def test_a_faith_in_the_plural_is_people_counted() -> None:
    assert _killed("Nineteen Hindus were killed at the temple.") == 19


def test_a_faith_as_an_adjective_leaves_its_noun_counting() -> None:
    assert _killed("Four Hindu traders and a guard were killed.") == 5


def test_the_second_count_after_numbered_may_leave_out_the_verb() -> None:
    assert _wounded("The dead numbered nine and the wounded 31.") == 31


def test_a_figure_after_numbered_and_the_next_clause_is_not_a_second_count() -> None:
    assert _wounded("The dead numbered nine and the wounded were flown to Kabul.") != 9


def test_shrapnel_wounds_received_are_wounds() -> None:
    assert _wounded("Four cadets received shrapnel wounds.") == 4


def test_a_limb_lost_is_a_wound() -> None:
    assert _wounded("The mayor lost both legs; his guard was unhurt.") == 1


def test_a_party_that_lost_an_arm_of_its_alliance_is_no_wounded() -> None:
    assert not _wounded("The party lost an arm of its alliance.")
