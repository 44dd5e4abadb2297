"""Tolls of wire reports in English, Turkish, Russian and Arabic (invented sentences)."""

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
