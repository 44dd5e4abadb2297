"""Casualty rules of the fifth session (casualties, tolls): attackers counted by rank, bodies,
counts by "numbered", the dead who "lay dead", wounds told by degree or kind, faiths counted
as people.

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


def test_attackers_who_blew_themselves_up_add_to_one_more_shot_dead() -> None:
    assert (
        _killed(
            "Three gunmen blew themselves up in the bank, and a fourth was shot dead outside.",
            "Six guards died.",
        )
        == 10
    )


def test_the_bomber_who_blew_himself_up_adds_to_the_second_attacker_killed() -> None:
    assert (
        _killed("A bomber blew himself up at the hotel gate.", "Police killed the second attacker.")
        == 2
    )


def test_the_attacker_killed_without_a_rank_is_the_bomber_again() -> None:
    assert (
        _killed(
            "A bomber blew himself up at the hotel gate.",
            "The attacker and two guards were killed.",
        )
        == 3
    )


def test_an_ordinal_with_a_noun_is_a_title_not_one_more() -> None:
    (mention,) = find_casualties("A second secretary of the mission was wounded.")
    assert not mention.more


def test_a_body_dumped_is_a_death() -> None:
    (mention,) = find_casualties("Her body was dumped behind the clinic.")
    assert (mention.outcome, mention.quantity.best) == ("killed", 1)


def test_rubbish_dumped_is_no_death() -> None:
    assert find_casualties("Rubbish was dumped behind the clinic.") == []


def test_his_body_is_the_one_man_killed_before() -> None:
    assert _killed("Gunmen shot dead a shopkeeper in Herat.", "His body was left by the road.") == 1


def test_a_body_after_a_kidnapping_is_a_death() -> None:
    assert (
        _killed("Gunmen kidnapped a teacher in Herat.", "His battered body was dumped by the road.")
        == 1
    )


def test_a_plural_count_is_not_told_back_by_one_body() -> None:
    assert (
        _killed("Gunmen shot dead two shopkeepers in Herat.", "Another body was found by the road.")
        == 3
    )


def test_people_nearby_were_killed_is_a_count() -> None:
    (mention,) = find_casualties("The judge escaped, but seven people nearby were killed.")[-1:]
    assert (mention.outcome, mention.quantity.best) == ("killed", 7)


def test_a_group_counting_attackers_dead_speaks_as_the_side_attacked() -> None:
    (mention,) = find_casualties("The Taliban said four attackers were killed at the post.")
    assert mention.relation == "count"


def test_a_group_counting_soldiers_dead_still_claims() -> None:
    (mention,) = find_casualties("The Taliban said nine soldiers were killed at the post.")
    assert mention.relation == "claim"


def test_the_wounded_numbered_counts_the_wounded() -> None:
    found = find_casualties(
        "Twelve people died; the wounded, three guards among them, numbered 40."
    )
    assert [(m.outcome, m.quantity.best) for m in found if m.outcome == "injured"] == [
        ("injured", 40)
    ]


def test_the_attackers_numbered_is_no_casualty() -> None:
    assert find_casualties("The attackers numbered six.") == []


def test_survived_with_wounds_is_hurt() -> None:
    (mention,) = find_casualties("The imam survived with gunshot wounds.")
    assert mention.outcome == "injured"


def test_survived_alone_is_unharmed() -> None:
    (mention,) = find_casualties("The imam survived.")
    assert mention.outcome == "unharmed"


def test_a_plural_possessive_inside_the_subject_keeps_the_count() -> None:
    (mention,) = find_casualties("Thirty boys of a teachers' college in Herat province were hurt.")
    assert (mention.outcome, mention.quantity.best) == ("injured", 30)


def test_a_quote_after_a_singular_word_is_not_a_possessive() -> None:
    found = find_casualties("Thirty pupils of the 'Sunrise' college were hurt.")
    assert all("college" not in (m.group_text or "") for m in found)


def test_a_breakdown_after_where_the_people_were_is_part_of_the_count() -> None:
    found = find_casualties("Twelve passengers aboard, two women and ten men, were hurt.")
    assert [m.relation for m in found] == ["count", "subset", "subset"]


def test_figures_that_do_not_add_up_after_aboard_still_add() -> None:
    found = find_casualties("Twelve passengers aboard, two women and four men, were hurt.")
    assert [m.relation for m in found] == ["count", "count", "count"]


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


def test_victims_named_by_their_trade_who_died_are_counted() -> None:
    assert _killed("Gunmen fired into the exchange stalls. A money changer died.") == 1
    assert _killed("The blast wrecked the shop, and a baker and a butcher died.") == 2


def test_a_trade_that_died_out_is_no_death() -> None:
    # near miss: no person died, the trade word names no victim of the attack
    assert not _killed("The bakery trade died out in the village years ago.")


def _wounded_in(sentence: str) -> int | None:
    return aggregate(find_casualties(sentence, offset=0), closed_world=True).injuries.best


def test_hurting_people_is_wounding_them() -> None:
    assert _wounded_in("A grenade burst among the stalls, hurting 15 people, none fatally.") == 15


def test_hurting_a_thing_wounds_no_one() -> None:
    # near miss: "hurting" with no people after it is no toll
    assert not _wounded_in("The closure of the crossing is hurting trade in the province.")
