"""Toll rules (wire and summaries, four languages), each with invented sentences and a case
that must not fire: a group's claim told through "the movement's fighters", and the wounded
told as people still under treatment."""

from __future__ import annotations

from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.tolls import totals_of


def _relations(sentence: str, outcome: str = "killed") -> list[tuple[int | None, str]]:
    found = find_casualties(sentence, language="en")
    return [(m.quantity.best, m.relation) for m in found if m.outcome == outcome]


def test_the_movements_fighters_killing_is_the_groups_claim() -> None:
    sentence = (
        "A spokesman for the Taliban said by phone that the movement's fighters had stormed "
        "the outpost and had killed nine soldiers."
    )
    assert _relations(sentence) == [(9, "claim")]


def test_the_groups_mujahideen_killing_is_a_claim_and_only_raises_high() -> None:
    totals = totals_of(
        [
            "Gunmen attacked a police post overnight, killing three policemen, officials said.",
            "The insurgents' spokesman said the group's mujahideen had killed 15 policemen.",
        ],
        "en",
    )
    assert (totals.fatalities.best, totals.fatalities.high) == (3, 15)


def test_a_government_spokesman_on_the_armys_men_is_not_a_claim() -> None:
    sentence = "The army spokesman said the movement's fighters had killed four villagers."
    assert _relations(sentence) == [(4, "count")]


def test_people_still_being_treated_are_wounded() -> None:
    totals = totals_of(
        [
            "A roadside bomb hit a bus on Monday, killing six passengers, police said.",
            "Five other passengers were being treated in a hospital in the city.",
        ],
        "en",
    )
    assert (totals.fatalities.best, totals.injuries.best) == (6, 5)


def test_people_receiving_treatment_are_wounded() -> None:
    found = find_casualties("Three guards were receiving treatment after the blast.")
    assert [(m.outcome, m.quantity.best) for m in found] == [("injured", 3)]


def test_a_blast_treated_as_terror_is_no_casualty() -> None:
    sentence = "The blast was being treated as an act of terrorism, the mayor said."
    assert find_casualties(sentence) == []


def test_wounded_people_after_that_are_counted() -> None:
    found = find_casualties(
        "The clinic said that eleven wounded people had arrived overnight.", language="en"
    )
    assert [(m.outcome, m.quantity.best) for m in found] == [("injured", 11)]


def test_a_figure_after_that_with_no_outcome_word_is_no_casualty() -> None:
    assert find_casualties("The clinic said that eleven new doctors had arrived.") == []


def test_people_brought_in_with_wounds_are_wounded() -> None:
    found = find_casualties("The district clinic said 14 people had been brought in with wounds.")
    assert [(m.outcome, m.quantity.best) for m in found] == [("injured", 14)]


def test_people_admitted_with_burns_are_wounded() -> None:
    found = find_casualties("Six women were admitted with burns after the fire.")
    assert [(m.outcome, m.quantity.best) for m in found] == [("injured", 6)]


def test_bodies_brought_in_stay_the_dead() -> None:
    found = find_casualties("Doctors said 20 bodies had been brought in overnight.")
    assert [(m.outcome, m.quantity.best) for m in found] == [("killed", 20)]


def _injured(language: str, *sentences: str) -> int | None:
    return totals_of(sentences, language).injuries.best


def test_the_wounded_in_serious_condition_are_some_of_the_wounded() -> None:
    assert (
        _injured("en", "Eleven people were wounded.", "Four wounded men are in serious condition.")
        == 11
    )
    assert (
        _injured(
            "ru", "Ранения получили 11 человек.", "Четверо раненых находятся в тяжёлом состоянии."
        )
        == 11
    )
    assert _injured("tr", "11 kişi yaralandı.", "Dört yaralının durumu ağır.") == 11
    assert _injured("ar", "وأصيب أحد عشر شخصا.", "وأربعة من الجرحى في حالة حرجة.") == 11


def test_people_wounded_and_in_serious_condition_are_counted() -> None:
    found = find_casualties("Four men were wounded and are in serious condition.")
    assert [(m.quantity.best, m.relation) for m in found] == [(4, "count")]


def test_arabic_eleven_and_twelve_are_read_whole() -> None:
    from conflictdesk.extract.numbers import parse_quantity

    read = [parse_quantity(text, "ar") for text in ("أحد عشر", "اثنتا عشرة", "خمسة عشر")]
    assert [q.best if q else None for q in read] == [11, 12, 15]


def test_arabic_one_of_is_not_a_teen() -> None:
    found = find_casualties("قتل أحد الجنود في الهجوم.", language="ar")
    assert [m.quantity.best for m in found] == [1]


def test_arabic_among_the_wounded_is_a_part_of_them() -> None:
    told = totals_of(
        ["قُتل شخصان وأصيب تسعة آخرون في انفجار قرب السوق.", "وقال إن بين الجرحى ثلاثة أطفال."],
        "ar",
    )
    assert told.injuries.best == 9


def test_arabic_wounded_without_among_are_counted() -> None:
    found = find_casualties("وأصيب ثلاثة أطفال في الانفجار.", language="ar")
    assert [(m.outcome, m.quantity.best, m.relation) for m in found] == [("injured", 3, "count")]


def test_russian_wounded_who_died_verb_first_move_to_the_dead() -> None:
    found = find_casualties("Ночью в госпитале скончались ещё двое пострадавших.", language="ru")
    assert [(m.outcome, m.quantity.best, m.relation) for m in found] == [("killed", 2, "transfer")]


def test_russian_unnumbered_wounded_who_died_are_not_more_wounded() -> None:
    told = totals_of(
        [
            "Взрыв на рынке убил шестерых, ещё 20 человек получили ранения.",
            "Утром умерли ещё несколько пострадавших, и число погибших выросло до девяти.",
        ],
        "ru",
    )
    assert (told.fatalities.best, told.injuries.best) == (9, 20)


def test_russian_wounded_figure_after_the_speakers_aside() -> None:
    told = totals_of(
        ["Взрыв убил четверых, 15 получили ранения.", "Раненых, по их данным, уже 19."], "ru"
    )
    assert told.injuries.best == 19


def test_russian_aside_naming_a_source_is_kept() -> None:
    from conflictdesk.extract.casualties_other import _without_source_aside

    sentence = "Погибли, по данным талибов, 20 солдат."
    assert _without_source_aside(sentence, "ru") == sentence
    blanked = _without_source_aside("Раненых, по его данным, 38.", "ru")
    assert blanked.split() == ["Раненых", "38."]


def test_among_the_counted_wounded_is_the_whole_toll() -> None:
    told = totals_of(["A mayor and his two guards were among the 16 wounded in the blast."], "en")
    assert told.injuries.best == 16


def test_among_the_dead_without_a_figure_stays_a_part() -> None:
    found = find_casualties("Two teachers were among the dead.")
    assert [(m.quantity.best, m.relation) for m in found] == [(2, "subset")]


def test_them_counts_the_numbered_group_over_a_later_unnumbered_plural() -> None:
    found = find_casualties(
        "The gunmen pulled six men off the bus, saying they were policemen, and shot them dead."
    )
    assert [(m.outcome, m.quantity.best) for m in found] == [("killed", 6)]


def test_them_after_a_relational_noun_has_no_side() -> None:
    found = find_casualties(
        "A guard poisoned the tea of his four colleagues and let insurgents in, who killed them."
    )
    assert [(m.quantity.best, m.group) for m in found] == [(4, "unknown")]


def test_them_without_any_figure_stays_unnumbered() -> None:
    found = find_casualties("Insurgents stopped the villagers and shot them dead.")
    assert [m.quantity.best for m in found] == [None]


def test_a_total_of_the_dead_holds_the_bomber_who_blew_himself_up() -> None:
    told = totals_of(
        [
            "A bomber blew himself up at a wedding.",
            "A total of 5 people were killed: three guests and two guards.",
        ],
        "en",
    )
    assert told.fatalities.best == 5


def test_a_count_of_victims_leaves_the_bomber_who_blew_himself_up_apart() -> None:
    told = totals_of(["A bomber blew himself up at a wedding.", "Three guests were killed."], "en")
    assert told.fatalities.best == 4


def test_turkish_person_among_those_who_died_is_one_of_them() -> None:
    told = totals_of(
        [
            "Saldırıda beş asker hayatını kaybetti.",
            "Ölenler arasında üs komutanı Yüzbaşı Kerim'in de bulunduğu bildirildi.",
        ],
        "tr",
    )
    assert told.fatalities.best == 5


def test_turkish_person_who_died_alone_is_counted() -> None:
    found = find_casualties("Üs komutanı hayatını kaybetti.", language="tr")
    assert [(m.quantity.best, m.relation) for m in found] == [(1, "count")]
