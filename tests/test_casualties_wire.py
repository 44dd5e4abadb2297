"""Tolls of wire reports in English, Turkish, Russian and Arabic (invented sentences): the
first batch, then hard tolls (scoped markers, residents' figures, the wounded who died, claims)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import totals_of
from conflictdesk.model import Casualties


def _report(language: str, *sentences: str) -> tuple[Casualties, Casualties]:
    totals = totals_of(sentences, language)
    return totals.fatalities, totals.injuries


def _figures(language: str, sentence: str) -> list[tuple[str, int | None, str, str]]:
    return [
        (m.outcome, m.quantity.best, m.group, m.relation)
        for m in find_casualties(sentence, language=language)
    ]


# -- English ----------------------------------------------------------------------------------


def test_hit_in_the_arm_is_wounded() -> None:
    found = _figures("en", "His brother, who was walking beside him, was hit in the leg.")
    assert ("injured", 1, "civilians", "count") in found


def test_relative_after_a_place_modifier_is_one_more_victim() -> None:
    killed, _ = _report("en", "Gunmen killed a teacher at a village school and his son on Monday.")
    assert killed == Casualties(2, 2, 2)


def test_two_people_of_one_group_in_one_sentence_both_count() -> None:
    killed, _ = _report(
        "en", "A bomb killed a shopkeeper in Herat.", "The shopkeeper and his son were killed."
    )
    assert killed.best == 2


def test_guards_of_an_official_are_security() -> None:
    found = _figures("en", "Three of the provincial governor's guards were killed.")
    assert found == [("killed", 3, "security", "count")]


def test_one_of_the_wounded_after_a_toll_is_not_the_toll() -> None:
    found = _figures("en", "A nurse confirmed the toll and said one of the wounded was a girl.")
    assert not any(outcome == "killed" for outcome, _, _, _ in found)


def test_claim_saying_its_fighters_killed() -> None:
    found = _figures(
        "en", "The group claimed the ambush in a statement, saying its fighters had killed nine."
    )
    assert found == [("killed", 9, "unknown", "claim")]


# -- Turkish ----------------------------------------------------------------------------------


def test_turkish_reported_death_and_wounded_son() -> None:
    found = _figures(
        "tr", "Polis, imamın olay yerinde öldüğünü, oğlunun ise kolundan yaralandığını söyledi."
    )
    assert ("injured", 1, "civilians", "count") in found


def test_turkish_overall_figure_restates_the_militants() -> None:
    killed, _ = _report(
        "tr", "Baskında 4 militan öldürüldü.", "Çıkan çatışmada dört kişi öldürüldü."
    )
    assert killed.best == 4


# -- Russian ----------------------------------------------------------------------------------


def test_russian_more_after_including_list_adds() -> None:
    found = _figures(
        "ru", "Погибли пять человек, в том числе двое военных, ещё 9 получили ранения."
    )
    assert ("injured", 9, "unknown", "count") in found


def test_russian_among_the_dead_is_a_part() -> None:
    found = _figures("ru", "Среди погибших - двое детей.")
    assert [relation for _, _, _, relation in found] == ["subset"]


def test_russian_wounded_who_died_leave_the_wounded() -> None:
    _, injured = _report(
        "ru",
        "Погибли три человека, ещё 8 получили ранения.",
        "Позднее стало известно, что один из раненых скончался в больнице.",
    )
    assert injured == Casualties(7, 7, 8)


def test_russian_several_wounded_after_the_toll_are_some_of_them() -> None:
    _, injured = _report(
        "ru", "Ранения получили 12 человек.", "Несколько раненых находятся в тяжёлом состоянии."
    )
    assert injured.best == 12


# -- Arabic -----------------------------------------------------------------------------------


def test_arabic_others_than_the_dead_are_not_more_wounded() -> None:
    _, injured = _report(
        "ar",
        "قُتل جنديان وأصيب أربعة آخرون في هجوم على حاجز.",
        "وقال المتحدث: قُتل الجنديان وأصيب أربعة آخرون.",
    )
    assert injured.best == 4


def test_arabic_dual_noun_is_two() -> None:
    found = _figures("ar", "أعلنت السلطات مقتل عنصرين في الاشتباك.")
    assert [(outcome, best) for outcome, best, _, _ in found] == [("killed", 2)]


def test_arabic_a_third_wounded_is_one() -> None:
    found = _figures("ar", "قُتل ثلاثة مدنيين وأصيب رابع بجروح.")
    assert ("injured", 1, "unknown", "count") in found


def test_arabic_no_deaths_keeps_the_wounded() -> None:
    killed, injured = _report("ar", "أصيب موظفان بانفجار عبوة، دون أن يسفر الانفجار عن سقوط قتلى.")
    assert (killed.best, injured.best) == (0, 2)


def test_arabic_toll_of_dead_and_wounded_are_two_tolls() -> None:
    killed, injured = _report(
        "ar", "قُتل شخصان وأصيب 4 آخرون.", "ثم ارتفعت حصيلة الضحايا إلى ثلاثة قتلى و9 جرحى."
    )
    assert (killed.best, injured.best) == (3, 9)


# == hard tolls ===============================================================================


# -- English ----------------------------------------------------------------------------------


def test_figure_citing_witnesses_is_unofficial() -> None:
    found = _figures(
        "en", "A rights group said that as many as 9 people were killed, citing witnesses."
    )
    assert [f[3] for f in found if f[0] == "killed"] == ["unofficial"]


def test_spokesman_saying_its_fighters_killed_is_a_claim() -> None:
    found = _figures(
        "en", "The insurgents' spokesman Qari Ahmad said its fighters had killed 15 soldiers."
    )
    assert ("killed", 15, "security", "claim") in found


def test_claim_naming_victims_leaves_the_attackers_out() -> None:
    killed, _ = _report(
        "en",
        "Two soldiers and three attackers were killed in the clash, officials said.",
        "The insurgents' spokesman Qari Ahmad said its fighters had killed 15 soldiers.",
    )
    assert killed == Casualties(5, 5, 18)


# -- Turkish ----------------------------------------------------------------------------------


def test_first_count_marker_ends_at_its_own_figure() -> None:
    sentence = (
        "İlk belirlemelere göre 4 kişinin öldüğünü açıklayan yetkililer, akşam saatlerinde "
        "ölü sayısının 9'a yükseldiğini söyledi."
    )
    found = {m.quantity.best: m.earlier for m in find_casualties(sentence, language="tr")}
    assert found == {4: True, 9: False}


def test_villagers_toll_is_unofficial() -> None:
    found = _figures("tr", "Köylüler ise muhabirimize, ölü sayısının 12 olduğunu söyledi.")
    assert ("killed", 12, "unknown", "unofficial") in found


def test_nobody_lost_their_life_is_zero_dead() -> None:
    assert _figures("tr", "Olayda hayatını kaybeden olmadı.") == [("killed", 0, "unknown", "count")]


def test_nobody_else_was_hurt_is_zero_wounded() -> None:
    found = _figures("tr", "Sözcü, saldırıda başka kimsenin yaralanmadığını söyledi.")
    assert found == [("injured", 0, "unknown", "count")]


def test_allegation_verb_governs_listed_reported_clauses() -> None:
    found = _figures(
        "tr", "Grubun sözcüsü, 9 askerin öldürüldüğünü, kendi kayıpları olmadığını iddia etti."
    )
    assert ("killed", 9, "security", "claim") in found


def test_figure_listed_before_and_shares_the_casualty_word() -> None:
    found = _figures("tr", "Saldırıda 3 polis memuru ile 2 saldırgan hayatını kaybetti.")
    assert ("killed", 3, "security", "count") in found
    assert ("killed", 2, "attackers", "count") in found


# -- Russian ----------------------------------------------------------------------------------


def test_neighbours_figure_is_unofficial() -> None:
    found = _figures("ru", "Местные жители рассказали, что погибли восемь человек.")
    assert ("killed", 8, "unknown", "unofficial") in found


def test_one_of_whom_died_moves_from_wounded_to_dead() -> None:
    killed, injured = _report(
        "ru",
        "Погибли три человека.",
        "В больницу доставили 10 раненых, один из которых скончался.",
    )
    assert killed.best == 4
    assert injured.best == 9


def test_dead_and_wounded_figures_do_not_add_up() -> None:
    found = _figures("ru", "Полиция сообщила о трёх погибших и 12 раненых.")
    assert ("killed", 3, "unknown", "count") in found


def test_attackers_left_out_in_the_genitive_plural_are_uncounted() -> None:
    found = _figures("ru", "Погибли пять человек, не считая нападавших.")
    assert ("killed", None, "attackers", "count") in found


# -- Arabic -----------------------------------------------------------------------------------


def test_residents_figure_is_unofficial() -> None:
    found = _figures("ar", "وقال سكان محليون إن عدد القتلى بلغ ثمانية.")
    assert ("killed", 8, "unknown", "unofficial") in found


def test_among_them_ends_at_its_own_figure() -> None:
    found = _figures(
        "ar", "ارتفعت حصيلة القتلى إلى 9، بينهم ثلاثة أطفال، مشيرة إلى أن المستشفى استقبل 15 جريحاً."
    )
    assert ("injured", 15, "unknown", "count") in found


def test_two_wounded_who_died_move_to_the_dead() -> None:
    killed, injured = _report(
        "ar", "قُتل خمسة مدنيين وأصيب أربعة آخرون.", "وأضاف أن جريحين توفيا في المستشفى."
    )
    assert killed.best == 7
    assert injured.best == 2


def test_toll_without_counting_the_bomber_adds_him() -> None:
    killed, _ = _report("ar", "ارتفعت حصيلة القتلى إلى 12 قتيلاً، دون احتساب الانتحاري.")
    assert killed.best == 13


# == round three: wounded who died later, period counts, ceilings, Russian sides =========


# -- English ----------------------------------------------------------------------------------


def test_one_of_the_wounded_with_a_noun_and_a_relative_clause_moves_to_the_dead() -> None:
    killed, injured = _report(
        "en",
        "Raiders killed two guards and wounded four farmers near the dam.",
        "One of the wounded farmers, who had been carried to a clinic in town, died at dawn.",
    )
    assert killed == Casualties(2, 3, 3)
    assert injured == Casualties(3, 3, 4)


def test_died_of_his_wounds_adds_a_death_and_takes_one_from_the_wounded() -> None:
    killed, injured = _report(
        "en",
        "A bomb under a taxi killed its driver in the bazaar.",
        "His nephew, who sat in the back, and three shoppers were hurt.",
        "On Friday a surgeon said the nephew had died of his wounds.",
    )
    assert (killed.best, killed.high) == (2, 2)
    assert injured == Casualties(3, 3, 4)


def test_brought_to_hospital_then_died_takes_one_from_the_wounded() -> None:
    _, injured = _report(
        "en",
        "Rockets killed four villagers and wounded nine others in the valley.",
        "A girl who had been taken to the district hospital with burns died later, raising "
        "the death toll to five.",
    )
    assert injured.best == 8


def test_bodies_of_deminers_found_are_their_dead() -> None:
    found = _figures(
        "en",
        "The bodies of three de-miners seized last week near the river were found on Sunday.",
    )
    assert ("killed", 3, "civilians", "count") in found


def test_a_singular_told_aside_does_not_revise_a_larger_group() -> None:
    killed, _ = _report(
        "en",
        "The bodies of three de-miners seized last week were found on Sunday.",
        "Their team had been clearing a field where a shepherd was killed by a shell in May.",
    )
    assert killed.best == 3


def test_age_between_commas_describes_the_person_before_it() -> None:
    _, injured = _report(
        "en", "A second nurse, a 24-year-old woman, and a porter were hurt in the blast."
    )
    assert injured.best == 2


def test_pronoun_of_a_relative_clause_is_the_person_already_counted() -> None:
    killed, _ = _report(
        "en",
        "Five people died, including one gunman, who was hit by a guard before he died.",
    )
    assert killed.best == 5


def test_count_over_past_years_is_not_this_incident() -> None:
    killed, _ = _report(
        "en",
        "A cleric was shot dead outside his mosque on Monday.",
        "Over the past three years at least nine clerics were killed in the province.",
    )
    assert killed.best == 1


# -- Turkish ----------------------------------------------------------------------------------


def test_turkish_count_of_last_year_in_the_country_is_not_this_incident() -> None:
    killed, _ = _report(
        "tr",
        "Öğretmen Ahmet Kaya bugün evinin önünde uğradığı saldırıda hayatını kaybetti.",
        "BM, geçen yıl ülkede 2 bin 900 sivilin öldüğünü açıklamıştı.",
    )
    assert killed.best == 1


def test_turkish_part_of_a_whole_in_the_ablative() -> None:
    _, injured = _report("tr", "Kurtarılan 12 işçiden üçünün yaralı olduğu bildirildi.")
    assert injured.best == 3


def test_turkish_killed_or_wounded_is_a_ceiling_for_both() -> None:
    found = find_casualties("Çatışmada 15 kişi öldü ya da yaralandı.", language="tr")
    assert {(m.outcome, m.quantity.best, m.quantity.high) for m in found} == {
        ("killed", None, 15),
        ("injured", None, 15),
    }


# -- Russian ----------------------------------------------------------------------------------


def test_russian_killed_or_wounded_claim_raises_both_ceilings() -> None:
    killed, injured = _report(
        "ru",
        "Четыре человека погибли, пять ранены при взрыве автобуса.",
        "В заявлении группировки утверждается, что убиты или ранены около 30 военных.",
    )
    assert killed == Casualties(4, 4, 30)
    assert injured == Casualties(5, 5, 30)


def test_russian_police_staff_are_security() -> None:
    assert _figures("ru", "Погибли шесть сотрудников полиции.") == [
        ("killed", 6, "security", "count")
    ]


def test_russian_spokesman_of_the_movement_on_its_fighters_is_a_claim() -> None:
    found = _figures(
        "ru", "Представитель движения заявил, что боевики уничтожили 15 солдат на посту."
    )
    assert found == [("killed", 15, "security", "claim")]


def test_russian_side_of_the_attackers() -> None:
    found = _figures("ru", "Со стороны боевиков, по данным полиции, убиты трое.")
    assert found == [("killed", 3, "attackers", "count")]


def test_russian_people_left_out_who_also_died_add() -> None:
    killed, _ = _report(
        "ru",
        "Погибли семь военных, не считая трёх водителей грузовиков, которые также погибли.",
    )
    assert killed.best == 10


def test_russian_relative_clause_verb_is_the_person_named() -> None:
    killed, _ = _report(
        "ru", "Погибли двое охранников, не считая смертника, который был убит на месте."
    )
    assert killed.best == 3


def test_russian_together_with_adds_one_more() -> None:
    killed, _ = _report(
        "ru", "Судья убит в понедельник у своего дома.", "Вместе с ним погиб его водитель."
    )
    assert killed.best == 2


def test_russian_count_over_two_years_is_not_this_incident() -> None:
    found = find_casualties(
        "За последние два года в провинции были убиты не менее восьми старейшин.", language="ru"
    )
    assert found
    assert all(m.shared_by == 0 for m in found)


# -- Arabic -----------------------------------------------------------------------------------


def test_arabic_dead_and_wounded_together_is_a_ceiling_for_both() -> None:
    found = find_casualties("أسفر الانفجار عن سقوط 25 بين قتيل وجريح.", language="ar")
    assert {(m.outcome, m.quantity.best, m.quantity.high) for m in found} == {
        ("killed", None, 25),
        ("injured", None, 25),
    }


def test_arabic_a_singular_member_of_the_forces_and_another() -> None:
    found = _figures("ar", "أسفر الهجوم عن مقتل عنصر من الشرطة وإصابة آخر بجروح.")
    assert ("killed", 1, "security", "count") in found
    assert any(outcome == "injured" and best == 1 for outcome, best, _, _ in found)
