"""Toll readings: partitive objects, speakers of reported tolls, single victims, attackers
told as all of them (invented sentences, never corpus text)."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of


def test_arabic_member_in_a_unit_killed_n_of_his_colleagues() -> None:
    # the subject's "في" phrase names his unit; the partitive figure after it is the object
    totals = totals_of(
        ["قتل جندي في الجيش الأفغاني خمسة من رفاقه داخل القاعدة ثم لاذ بالفرار."], "ar"
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor2) == (5, 5)


def test_arabic_soldier_killed_in_an_attack_by_three_gunmen_is_one() -> None:
    totals = totals_of(["قتل جندي في هجوم شنه ثلاثة مسلحين على الحاجز."], "ar")
    assert totals.fatalities.best == 1


def test_elders_said_that_a_strike_killed_is_their_figure() -> None:
    # the villagers' figure inside their "that" clause only raises high beside the official one
    totals = totals_of(
        [
            "Tribal elders in the valley said on Friday that an air raid on a hamlet near the "
            "river late on Thursday killed eleven shepherds.",
            "The army said seven insurgents were killed in the raid.",
        ]
    )
    assert (totals.fatalities.low, totals.fatalities.best, totals.fatalities.high) == (7, 7, 11)


def test_all_attackers_then_some_of_them_is_a_part() -> None:
    totals = totals_of(
        [
            "The ministry said 14 people were killed in the siege.",
            "All six gunmen died.",
            "Two blew themselves up in the lobby, and the rest were shot by police.",
        ]
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (20, 6)


def test_claim_after_a_first_verb_whose_object_names_the_police() -> None:
    # "the police station" is what the group claimed to have taken, not who speaks
    totals = totals_of(
        [
            "Officials said four soldiers were killed when the outpost fell.",
            "The Taliban claimed to have seized the police station and two army posts, and said "
            "their fighters had killed 25 soldiers.",
        ]
    )
    assert (totals.fatalities.low, totals.fatalities.best, totals.fatalities.high) == (4, 4, 25)


def test_arabic_one_of_the_passers_by_wounded() -> None:
    totals = totals_of(["وذكر شهود أن أحد المارة أصيب بجروح خفيفة في إطلاق النار."], "ar")
    assert totals.injuries.best == 1


def test_arabic_driver_of_the_judge_is_the_driver() -> None:
    # "سائق القاضي" (the judge's driver): the construct's head was harmed, not the judge
    totals = totals_of(["قُتل سائق القاضي في الهجوم على الطريق."], "ar")
    assert (totals.fatalities.best, totals.deaths_by_side.unknown) == (1, 1)


def test_arabic_guard_and_one_of_the_passers_by_are_two() -> None:
    totals = totals_of(["وأصيب حارس وأحد المارة بجروح في الانفجار."], "ar")
    assert totals.injuries.best == 2


def test_arabic_wounded_who_died_of_his_wounds_leaves_the_wounded() -> None:
    totals = totals_of(
        ["أصيب ثلاثة مدنيين بجروح في الانفجار.", "وأعلن المستشفى لاحقا وفاة الرجل متأثرا بجروحه."],
        "ar",
    )
    assert (totals.fatalities.best, totals.injuries.best) == (1, 2)


def test_arabic_tribal_elders_figure_only_raises_high() -> None:
    totals = totals_of(
        [
            "وقال مسؤولون إن خمسة جنود قتلوا في القصف.",
            "لكن قال شيوخ القرية إن 12 شخصا قتلوا في القصف.",
        ],
        "ar",
    )
    assert (totals.fatalities.best, totals.fatalities.high) == (5, 12)


def test_and_so_were_the_attackers_share_the_outcome() -> None:
    totals = totals_of(["By dawn six guards were dead, and so were all four attackers."])
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (10, 4)


def test_russian_taliban_spokesman_figure_of_soldiers_is_a_claim() -> None:
    totals = totals_of(
        [
            "По данным министерства обороны, погибли пять военнослужащих.",
            "Представитель движения «Талибан» заявил, что в бою были убиты более 40 солдат.",
        ],
        "ru",
    )
    assert (totals.fatalities.best, totals.fatalities.high) == (5, 40)


def test_russian_two_blew_up_their_belts_and_the_third_was_shot() -> None:
    totals = totals_of(
        [
            "Погибли пятеро охранников.",
            "Двое нападавших подорвали свои пояса во дворе, третий был убит охраной у ворот.",
        ],
        "ru",
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (8, 3)


def test_passive_pronoun_revision_raises_the_toll() -> None:
    totals = totals_of(
        ["Police first put the toll at nine; it was later raised to 15.", "Both gunmen died."]
    )
    assert (totals.fatalities.best, totals.fatalities.high) == (17, 17)
