"""Tolls a report tells again (invented sentences): restatements, floors and earlier figures
across sentences are the same dead, not more of them (docs/quantities.md, section 3a)."""

from __future__ import annotations

from conflictdesk.extract.casualties import CasualtyTotals, find_casualties
from conflictdesk.extract.tolls import totals_of
from conflictdesk.model import Casualties


def _report(language: str, *sentences: str) -> CasualtyTotals:
    return totals_of(sentences, language)


def _killed(language: str, *sentences: str) -> Casualties:
    return _report(language, *sentences).fatalities


def test_more_than_is_a_floor_not_more_victims() -> None:
    killed = _killed(
        "en",
        "Nine soldiers were killed when the convoy was ambushed.",
        "By evening officials said more than 20 soldiers were killed in the fighting.",
    )
    assert killed.best == 20


def test_turkish_passive_allegation_is_a_claim() -> None:
    killed = _killed(
        "tr",
        "Pusuda bir asker öldü.",
        "Grubun açıklamasında, çatışmada 7 askerin öldürüldüğü, kendi saflarında ise kayıp"
        " olmadığı ileri sürüldü.",
    )
    assert (killed.best, killed.high) == (1, 7)


def test_a_later_enumeration_of_a_group_already_counted_is_the_same_people() -> None:
    killed = _killed(
        "en",
        "A gunman killed two employees of the consulate on Monday, the ministry said.",
        "The ministry said a driver and a security guard had died.",
        "Three passers-by were also killed.",
    )
    assert killed.best == 5


def test_the_same_count_told_with_another_noun_is_the_same_dead() -> None:
    killed = _killed(
        "en",
        "Police raided a hideout in the city, killing four Taliban fighters.",
        "A commander said four members of the cell were killed in a gunfight.",
    )
    assert killed.best == 4


def test_attackers_inside_a_revised_toll_are_not_added_again() -> None:
    totals = _report(
        "en",
        "The death toll from the attack on the guesthouse rose to 10, including four attackers.",
        "Four policemen were killed and all four attackers were shot dead, the ministry said.",
    )
    assert totals.fatalities.best == 10
    assert totals.deaths_by_side.actor1 == 4


def test_english_pluperfect_report_is_an_earlier_figure() -> None:
    killed = _killed(
        "en",
        "The number of people killed in the bombing at the mosque rose to 15 on Friday.",
        "Officials on Thursday had reported 11 dead.",
    )
    assert (killed.low, killed.best, killed.high) == (11, 15, 15)


def test_russian_imperfective_report_is_an_earlier_figure() -> None:
    killed = _killed(
        "ru",
        "Число погибших при взрыве у школы выросло до 24, сообщили в воскресенье в МВД.",
        "В субботу вечером в МВД сообщали о 18 погибших.",
    )
    assert (killed.low, killed.best) == (18, 24)


def test_turkish_pluperfect_report_is_an_earlier_figure() -> None:
    killed = _killed(
        "tr",
        "Sağlık Müdürlüğü, ölü sayısının 14'e yükseldiğini bildirdi.",
        "Sözcü dün akşam saldırıda 10 kişinin öldüğünü söylemişti.",
    )
    assert (killed.low, killed.best) == (10, 14)


def test_russian_relative_clause_death_is_of_the_noun_it_describes() -> None:
    totals = _report(
        "ru",
        "Пять человек погибли при взрыве на рынке, сообщила полиция.",
        "По её словам, взрыв устроил смертник, который тоже погиб.",
    )
    assert totals.fatalities.best == 6
    assert totals.deaths_by_side.actor1 == 1


def test_turkish_the_other_three_of_the_dead_are_among_them() -> None:
    killed = _killed(
        "tr",
        'Sözcü, "Vali dahil 4 kişi şehit oldu. Şehitlerin diğer üçü valinin korumalarıydı" dedi.',
    )
    assert killed.best == 4


def test_turkish_between_is_not_among() -> None:
    killed = _killed(
        "tr",
        "Ocak ayında Taliban güçleriyle köylüler arasında çıkan çatışmada 3 kişi ölmüştü.",
    )
    assert killed.best == 3


def test_turkish_attacker_left_out_of_a_toll_is_not_its_group() -> None:
    totals = _report("tr", "Yetkililer ölü sayısının saldırgan hariç 7 olduğunu açıkladı.")
    assert totals.fatalities.best == 8
    assert totals.deaths_by_side.actor1 == 1


def test_russian_active_verb_with_one_person_as_object() -> None:
    mentions = find_casualties(
        "Неизвестный открыл огонь по территории посольства, ранив охранника.",
        offset=0,
        language="ru",
    )
    assert [(m.outcome, m.quantity.best, m.group) for m in mentions] == [("injured", 1, "security")]


def test_russian_wounding_gerund_is_a_casualty_hint() -> None:
    from conflictdesk.extract.facts import _CASUALTY_HINT

    assert _CASUALTY_HINT.search("открыл огонь по посольству, ранив охранника")


def test_russian_inverted_received_wound_is_one_person() -> None:
    mentions = find_casualties(
        "Ранение получил пакистанский охранник, закрывший собой дипломата.", offset=0, language="ru"
    )
    assert [(m.outcome, m.quantity.best, m.group) for m in mentions] == [("injured", 1, "security")]


def _injured(language: str, *sentences: str) -> Casualties:
    return totals_of(sentences, language).injuries


def test_the_person_already_counted_is_not_counted_again_beside_new_ones() -> None:
    injured = _injured(
        "en",
        "The governor of the district was wounded when a bomb struck his car.",
        "The governor, a third guard and a passer-by were wounded, the spokesman said.",
    )
    assert injured.best == 3


def test_shot_in_the_leg_is_a_wound() -> None:
    injured = _injured("en", "Two guards were shot in the leg.")
    assert injured.best == 2


def test_hit_in_the_arm_is_a_casualty_hint() -> None:
    from conflictdesk.extract.facts import _CASUALTY_HINT

    assert _CASUALTY_HINT.search("his nephew, who was with him, was hit in the arm")


def test_russian_wounded_who_died_are_of_the_figure_told_beside_them() -> None:
    injured = _injured(
        "ru",
        "Полиция сразу после взрыва сообщила о двух погибших и 14 раненых.",
        "Позднее врач рассказал, что в больницу доставили тела трёх человек и 13 раненых,"
        " один из которых скончался вечером.",
    )
    assert injured.best == 12


def test_russian_noun_with_its_own_figure_is_not_one_more_companion() -> None:
    mentions = find_casualties(
        "В больницу доставили тела трёх человек и 13 раненых.", offset=0, language="ru"
    )
    assert [(m.outcome, m.quantity.best) for m in mentions] == [("killed", 3), ("injured", 13)]


def test_arabic_attackers_killed_by_a_plural_pronoun_are_as_many_as_told() -> None:
    mentions = find_casualties(
        "وقالت الوزارة إن المسلحين الأربعة أطلقوا النار على رواد المطعم، قبل أن تقتلهم قوات الأمن.",
        offset=0,
        language="ar",
    )
    assert [(m.outcome, m.quantity.best, m.group) for m in mentions] == [("killed", 4, "attackers")]


def test_attackers_inside_a_count_are_on_their_side() -> None:
    totals = _report(
        "en",
        "A Taliban attack on the guesthouse killed 13 people, including four attackers.",
        "All four attackers were shot dead, the ministry said.",
    )
    assert totals.fatalities.best == 13
    assert totals.deaths_by_side.actor1 == 4


# A victim told again with "a" or Turkish "bir" after a larger toll: one of the dead,
# never a new overall toll of one.


def test_turkish_bir_after_a_larger_toll_is_one_of_the_dead() -> None:
    killed = _killed(
        "tr",
        "Polis, saldırıda Kaymakam Ahmet ile üç korumasının öldüğünü açıkladı.",
        "Bakanlık, Ahmet'in bir saldırıda şehit olduğunu duyurdu.",
    )
    assert killed.best == 4


def test_english_a_person_after_a_larger_toll_is_one_of_the_dead() -> None:
    killed = _killed(
        "en",
        "Five people were killed when the bomb went off near the bazaar.",
        "A person was killed as he walked past the bus stop, a witness said.",
    )
    assert killed.best == 5


def test_a_later_overall_figure_still_replaces_the_toll() -> None:
    killed = _killed(
        "en",
        "Five people were killed when the bomb went off.",
        "Hospital officials later said seven people had been killed.",
    )
    assert killed.best == 7


def test_arabic_one_person_named_by_a_noun_is_not_a_new_overall_toll() -> None:
    killed = _killed(
        "ar",
        "قتل ثلاثة أشخاص في انفجار عبوة ناسفة في كابول.",
        "وأفادت مصادر بمقتل عنصر في الانفجار.",
    )
    assert killed.best == 3


def test_generic_nouns_of_other_languages_still_restate_the_toll() -> None:
    assert _killed("ru", "Погибли три человека.", "Потом погибли пять человек.").best == 5
    assert _killed("tr", "Saldırıda 3 kişi öldü.", "Polis, 5 kişinin öldüğünü açıkladı.").best == 5
    assert _killed("ar", "قتل ثلاثة أشخاص.", "وقال مسؤول إن خمسة أشخاص قتلوا.").best == 5


def test_arabic_one_of_his_guards_is_a_second_death() -> None:
    killed = _killed("ar", "قُتل قائد شرطة المدينة في شرق البلاد وأحد حراسه صباح أمس.")
    assert killed.best == 2


def test_arabic_border_guards_are_security() -> None:
    totals = _report("ar", "قُتل اثنان من حرس الحدود في اشتباك مسلح أمس.")
    assert (totals.fatalities.best, totals.deaths_by_side.actor2) == (2, 2)


def test_arabic_a_member_joined_after_an_of_phrase_is_one_more() -> None:
    killed = _killed("ar", "قُتل اثنان من حرس الحدود الإيرانيين وعنصر من حركة طالبان في اشتباك.")
    assert killed.best == 3


def test_arabic_two_others_is_one_figure() -> None:
    totals = _report("ar", "وقال المسؤول إن اثنين من الحرس قُتلا وأصيب اثنان آخران.")
    assert (totals.fatalities.best, totals.injuries.best) == (2, 2)


def test_arabic_killed_by_the_soldiers_bullets_is_the_attacker() -> None:
    totals = _report(
        "ar",
        "قُتل جنديان وأُصيب ثلاثة آخرون عندما فتح رجل النار عليهم داخل القاعدة، قبل أن يُقتل"
        " برصاص الجنود.",
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (3, 1)


def test_russian_subject_with_genitives_before_its_verb() -> None:
    killed = _killed("ru", "Два военнослужащих пограничных войск Таджикистана погибли вечером.")
    assert killed.best == 2


def test_russian_border_violators_are_the_attackers_not_a_new_toll() -> None:
    totals = _report(
        "ru",
        "Два пограничника погибли в перестрелке с нарушителями границы.",
        "В ходе боя трое нарушителей были уничтожены.",
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (5, 3)


def test_arabic_employee_in_the_hotel_and_two_guests_are_three() -> None:
    killed = _killed("ar", "وأضاف أنه قُتل موظف في الفندق ونزيلان، وأصيب ستة آخرون.")
    assert killed.best == 3


def test_arabic_attackers_among_a_total_are_part_of_it() -> None:
    totals = _report(
        "ar",
        "قُتل ستة أشخاص، بينهم المسلحون الثلاثة الذين نفذوا الهجوم، في هجوم على فندق.",
        "وقال المسؤول: قُتل موظف في الفندق ونزيلان.",
        "وقد قُتل المهاجمون الثلاثة بعد اشتباك.",
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (6, 3)


def test_an_also_apposition_does_not_end_the_subject_nor_add_people() -> None:
    killed = _killed("en", "Ahmad Karimi and his driver, also a Taliban member, died at the scene.")
    assert killed.best == 2


def test_a_described_driver_is_one_person_of_the_side_described() -> None:
    totals = _report("en", "Ahmad Karimi and his driver, a Taliban member, died at the scene.")
    assert (totals.fatalities.best, totals.deaths_by_side.civilians) == (2, None)


def test_the_one_victim_named_later_is_the_same_person() -> None:
    killed = _killed(
        "en",
        "The district governor was killed on Tuesday when a bomb exploded, officials said.",
        "Mawlawi Abdul Rauf Haqyar and his driver died at the scene.",
    )
    assert killed.best == 2


def test_a_figure_of_things_destroyed_counts_no_one() -> None:
    killed = _killed(
        "ru",
        "Двое военнослужащих погибли при нападении на базу.",
        "Нападавшие уничтожили шесть самолётов, стоявших на аэродроме.",
    )
    assert killed.best == 2


def test_a_hospital_figure_set_against_the_official_one_only_raises_high() -> None:
    injured = _report(
        "ru",
        "Двое постояльцев получили травмы, сообщили в полиции.",
        "Вместе с тем госпиталь в Кабуле сообщил, что к нему доставили 21 раненого.",
    ).injuries
    assert (injured.best, injured.high) == (2, 21)


def test_a_hospital_figure_given_later_revises_the_official_one() -> None:
    injured = _report(
        "ru",
        "Двое постояльцев получили травмы, сообщили в полиции.",
        "Однако больница позднее сообщила, что к ней доставлены 18 раненых.",
    ).injuries
    assert injured.best == 18


def test_arabic_medical_sources_contradicting_the_toll_only_raise_high() -> None:
    killed = _killed(
        "ar",
        "قُتل خمسة مصلين وأصيب 14 آخرون في انفجار داخل مسجد.",
        "غير أن مصادر طبية قالت إن المستشفى استقبل جثث تسعة أشخاص.",
    )
    assert (killed.best, killed.high) == (5, 9)


def test_turkish_all_of_the_attackers_with_an_agent_before_the_verb() -> None:
    totals = _report(
        "tr",
        "Saldırıda ölenlerin sayısı 18'e yükseldi.",
        "Sözcü, altı saldırganın tamamının özel kuvvetlerce öldürüldüğünü söyledi.",
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (24, 6)
