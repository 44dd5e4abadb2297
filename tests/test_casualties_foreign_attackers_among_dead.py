"""Attackers among the dead in Turkish, Russian and Arabic wire reports: the Turkish "canlı
bomba" (suicide bomber) and "saldırganlardan N'u da" (N of the attackers too), the Arabic
definite numeral after its noun ("المسلحون الأربعة", the four gunmen), and a Russian figure
whose noun is followed by a participle phrase before its verb."""

from __future__ import annotations

from conflictdesk.extract.casualties_other import find_other


def _read(text: str, language: str) -> list[tuple[str, int | None, str, str]]:
    return [
        (m.outcome, m.quantity.best, m.group, m.relation) for m in find_other(text, 0, language)
    ]


def test_turkish_live_bomb_who_died_is_an_attacker() -> None:
    found = _read("Canlı bomba da patlamada hayatını kaybetti.", "tr")
    assert found == [("killed", 1, "attackers", "count")]


def test_turkish_bomb_alone_is_no_one() -> None:
    assert _read("Bomba da pazar yerinde patladı.", "tr") == []


def test_turkish_attackers_counted_out_of_their_group_add_to_the_dead() -> None:
    text = (
        "Sözcü, ölenler arasında yolcuların bulunduğunu belirterek, saldırganlardan 4'ünün de "
        "polislerce öldürüldüğünü söyledi."
    )
    assert _read(text, "tr") == [("killed", 4, "attackers", "count")]


def test_turkish_figure_out_of_the_attackers_is_theirs_not_the_agents() -> None:
    found = _read("Saldırganlardan 3'ü askerler tarafından öldürüldü.", "tr")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 3, "attackers")]


def test_turkish_figure_after_another_group_keeps_its_own_noun() -> None:
    found = _read("Köylülerden 2'si yaralandı.", "tr")
    assert [(o, n, g) for o, n, g, _ in found] == [("injured", 2, "civilians")]


def test_arabic_definite_numeral_after_gunmen_counts_the_gunmen() -> None:
    found = _read("وقتل المسلحون الأربعة خلال الاشتباك مع الشرطة.", "ar")
    assert found == [("killed", 4, "attackers", "count")]


def test_arabic_numeral_after_a_subject_is_still_the_object() -> None:
    found = _read("قتل الجنود الأفغان خمسة مسلحين.", "ar")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 5, "attackers")]


def test_russian_figure_with_a_participle_phrase_before_its_verb() -> None:
    text = "Пятеро паломников, ехавших в автобусе к святыне, погибли при взрыве."
    found = _read(text, "ru")
    assert [(o, n, g) for o, n, g, _ in found] == [("killed", 5, "civilians")]


def test_turkish_official_and_his_two_guards_are_three() -> None:
    found = _read("Saldırıda Vali Yardımcısı Kerimi ve üç koruması öldü.", "tr")
    assert [(o, n) for o, n, _, _ in found] == [("killed", 4)]


def test_turkish_and_joining_clauses_adds_no_one() -> None:
    found = _read("Araç yoldan çıktı ve üç kişi öldü.", "tr")
    assert [(o, n) for o, n, _, _ in found] == [("killed", 3)]


def test_arabic_medical_source_in_the_accusative_is_unofficial() -> None:
    text = "غير أن مصدراً طبياً في المستشفى قال إن عدد القتلى بلغ 15 شخصاً."
    assert [m.relation for m in find_other(text, 0, "ar")] == ["unofficial"]


def test_arabic_official_saying_the_toll_is_no_unofficial_figure() -> None:
    text = "وقال مسؤول في الشرطة إن عدد القتلى بلغ 15 شخصاً."
    assert [m.relation for m in find_other(text, 0, "ar")] != ["unofficial"]


def test_turkish_list_set_off_by_commas_before_and_counts_each_group() -> None:
    found = _read("Çatışmada 2 köylü, 4 asker ve 9 militan öldü.", "tr")
    assert [(n, g) for _, n, g, _ in found] == [(2, "civilians"), (4, "security"), (9, "attackers")]


def test_russian_list_set_off_by_commas_before_and_counts_each_group() -> None:
    found = _read("Двое прохожих, четверо полицейских и трое боевиков погибли.", "ru")
    assert sorted(n for _, n, _, _ in found if n is not None) == [2, 3, 4]


def test_turkish_figure_before_a_comma_with_its_own_verb_is_not_listed() -> None:
    found = _read("Dün 2 köylü yaralandı, 4 asker ve 9 militan öldü.", "tr")
    assert ("injured", 2) in [(o, n) for o, n, _, _ in found]
    assert ("killed", 2) not in [(o, n) for o, n, _, _ in found]


def test_russian_verb_first_list_set_off_by_commas_counts_each_group() -> None:
    found = _read("В результате обстрела погибли четверо солдат, двое детей и трое боевиков.", "ru")
    assert sorted(n for _, n, _, _ in found if n is not None) == [2, 3, 4]


def test_russian_verb_first_comma_before_another_verb_is_no_list() -> None:
    found = _read("Погибли четверо солдат, двое детей получили ранения.", "ru")
    assert sorted((o, n) for o, n, _, _ in found) == [("injured", 2), ("killed", 4)]


def test_russian_verb_first_pair_whose_first_noun_follows_an_adjective() -> None:
    found = _read("Погибли трое афганских полицейских и двое мирных жителей.", "ru")
    assert sorted(n for _, n, _, _ in found if n is not None) == [2, 3]
