"""Tolls of wire reports in English, Turkish, Russian and Arabic (invented sentences): the
first batch, then hard tolls (scoped markers, residents' figures, the wounded who died, claims)."""

from __future__ import annotations

from conflictdesk.extract.casualties import CasualtyMention, find_casualties
from conflictdesk.extract.tolls import aggregate_report
from conflictdesk.model import Casualties


def _report(language: str, *sentences: str) -> tuple[Casualties, Casualties]:
    mentions: list[CasualtyMention] = []
    starts: list[int] = []
    offset = 0
    for sentence in sentences:
        starts.append(offset)
        mentions += find_casualties(sentence, offset=offset, language=language)
        offset += len(sentence) + 1
    totals = aggregate_report(mentions, starts)
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
