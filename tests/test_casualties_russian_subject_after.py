"""Russian tolls whose verb comes first (invented sentences): a subject list after the verb
that ends in "и N ...", and "унёс жизни" (took the lives of)."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str) -> list[int | None]:
    return [
        m.quantity.best for m in find_casualties(sentence, language="ru") if m.outcome == "killed"
    ]


def test_verb_first_then_a_named_official_and_his_guards() -> None:
    sentence = (
        "В результате нападения погибли глава района Чахардара Абдул Салам Хакими "
        "и трое его охранников."
    )
    assert _killed(sentence) == [4]


def test_took_the_lives_of_a_number_of_people() -> None:
    assert _killed("Теракт на рынке унёс жизни девяти человек.") == [9]


def test_took_the_lives_feminine_and_plural() -> None:
    assert _killed("Атака унесла жизни 14 человек.") == [14]
    assert _killed("Взрывы унесли жизни семерых паломников.") == [7]


def test_a_list_after_the_verb_needs_and_before_its_figure() -> None:
    # no "и N" ends the subject: the plural verb alone counts nobody
    assert _killed("В результате обстрела погибли жители соседних кишлаков.") == []


def test_an_attacker_shot_dead_in_the_passive_is_one() -> None:
    found = find_casualties("Второй нападавший был застрелен охраной у ворот.", language="ru")
    assert [(m.quantity.best, m.group) for m in found if m.outcome == "killed"] == [
        (1, "attackers")
    ]
