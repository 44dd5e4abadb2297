"""Attackers a toll leaves out, with their number ("iki saldırgan dahil değil", "не считая
трёх нападавших", "لا تشمل المهاجمين الثلاثة"); a Russian relative clause between a subject
and its verb; Turkish "tarafından" (by) naming the agent; Arabic "أودى بحياة" (claimed the
lives of). Invented sentences."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import totals_of


def _read(sentence: str, language: str) -> list[tuple[str, int | None, str, str]]:
    found = find_casualties(sentence, language=language)
    return [(m.outcome, m.quantity.best, m.group, m.relation) for m in found]


def test_turkish_two_attackers_left_out_are_no_toll() -> None:
    found = _read("Bu rakama üç saldırgan dahil değil.", "tr")
    assert found == [("killed", 3, "attackers", "count")]


def test_turkish_toll_and_attackers_left_out_add_up() -> None:
    totals = totals_of(
        [
            "Yetkililer, ölenlerin sayısının 40'a yükseldiğini açıkladı.",
            "Ölü sayısına iki saldırgan dahil değil.",
        ],
        "tr",
    )
    assert totals.fatalities.best == 42


def test_russian_numeral_of_attackers_left_out() -> None:
    found = _read("Эти данные не включают четырёх нападавших.", "ru")
    assert found == [("killed", 4, "attackers", "count")]


def test_arabic_numeral_after_the_attackers_left_out() -> None:
    found = _read("وقال المتحدث إن الحصيلة لا تشمل المسلحين الأربعة.", "ar")
    assert found == [("killed", 4, "attackers", "count")]


def test_russian_relative_clause_before_the_verb() -> None:
    found = _read("Нападавший, которого охрана заметила у ворот, тоже погиб.", "ru")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 1, "attackers")]


def test_russian_relative_clause_with_its_own_verb_is_one_death() -> None:
    found = _read("Смертник, который был убит полицейскими, также погиб.", "ru")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 1, "attackers")]


def test_turkish_agent_is_not_the_dead() -> None:
    found = _read("Kaçmaya çalışan saldırgan askerler tarafından vurularak öldürüldü.", "tr")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 1, "attackers")]


def test_arabic_claimed_the_lives_of() -> None:
    found = _read("انفجرت عبوة ناسفة في سوق شعبي، ما أودى بحياة تسعة مدنيين.", "ar")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 9, "civilians")]


def test_english_toll_leaving_out_attackers_is_no_toll_of_them() -> None:
    found = _read("The death toll does not include the three gunmen.", "en")
    assert found == [("killed", 3, "attackers", "count")]


def test_english_toll_with_its_figure_leaving_out_the_bomber() -> None:
    found = _read("The tally of 31 dead does not include the bomber.", "en")
    assert sorted(found) == [
        ("killed", 1, "attackers", "count"),
        ("killed", 31, "unknown", "count"),
    ]


def test_english_toll_that_includes_attackers_keeps_them_inside() -> None:
    totals = totals_of(["The toll rose to 15, including the two bombers."], "en")
    assert totals.fatalities.best == 15
