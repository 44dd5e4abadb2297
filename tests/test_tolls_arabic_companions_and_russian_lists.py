"""Casualty tolls: Arabic companions ("مع أحد حراسه"), Russian claims in the group's own words,
Russian lists of two groups after the verb. Sentences written for these tests."""

from conflictdesk.extract.casualties import find_casualties


def _killed(sentence: str, language: str) -> list[int | None]:
    return [
        m.quantity.best
        for m in find_casualties(sentence, offset=0, language=language)
        if m.outcome == "killed"
    ]


def test_arabic_killed_on_the_spot_with_one_companion() -> None:
    # he (told before) and one of his companions: two dead
    assert _killed("فقُتل على الفور مع أحد الجنود أمام مكتبه.", "ar") == [2]
    assert _killed("وقُتل مع أحد حراسه عند باب منزله.", "ar") == [2]


def test_arabic_named_victim_with_one_companion() -> None:
    assert _killed("وقُتل الضابط مع أحد حراسه قرب السوق.", "ar") == [2]


def test_arabic_clash_with_someone_adds_nobody() -> None:
    assert _killed("وقُتل الجندي في اشتباك مع أحد المسلحين.", "ar") == [1]


def _relations(sentence: str, language: str) -> list[tuple[int | None, str, str]]:
    return [
        (m.quantity.best, m.relation, m.group)
        for m in find_casualties(sentence, offset=0, language=language)
        if m.outcome == "killed"
    ]


def test_russian_statement_in_the_groups_own_quoted_words_is_a_claim() -> None:
    sentence = (
        "Их пресс-служба сообщила, что после «мученического рейда» на базу убиты "
        "по меньшей мере 35 «захватчиков»."
    )
    assert _relations(sentence, "ru") == [(35, "claim", "security")]


def test_russian_official_statement_stays_a_count() -> None:
    sentence = "Представитель МВД сообщил, что в перестрелке убиты 4 полицейских."
    assert _relations(sentence, "ru") == [(4, "count", "security")]


def _killed_groups(sentence: str, language: str) -> list[tuple[int | None, str]]:
    return [
        (m.quantity.best, m.group)
        for m in find_casualties(sentence, offset=0, language=language)
        if m.outcome == "killed"
    ]


def test_russian_list_after_the_verb_counts_each_side_apart() -> None:
    sentence = "В перестрелке на окраине города погибли четыре солдата и пятеро боевиков."
    assert _killed_groups(sentence, "ru") == [(4, "security"), (5, "attackers")]


def test_russian_list_after_the_verb_with_a_word_after_the_first_noun() -> None:
    sentence = "При взрыве погибли трое полицейских провинции и двое мирных жителей."
    assert sorted(_killed_groups(sentence, "ru")) == [(2, "civilians"), (3, "security")]
