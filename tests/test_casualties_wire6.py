"""Hard tolls of wire reports: scoped markers, residents' figures, the wounded who died and
claims (invented sentences in English, Turkish, Russian and Arabic)."""

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
