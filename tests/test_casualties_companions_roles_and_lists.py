"""Tolls: companions after "along with", two persons told by two roles, names joined to roles,
Arabic single victims, items after "together with"; each with a near miss."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of


def _dead(*sentences: str, language: str = "en") -> int | None:
    return totals_of(list(sentences), language).fatalities.best


def test_companions_after_an_apposition_with_a_phrase_of_its_own() -> None:
    # the apposition "a driver for the aid group" describes the man; the two are more dead
    assert (
        _dead("Gunmen shot dead Rahim Gul, a driver for the aid group, along with two of his sons.")
        == 3
    )
    # near miss: no companions, only the apposition
    assert _dead("Gunmen shot dead Rahim Gul, a driver for the aid group, near the bazaar.") == 1


def test_name_told_with_known_as_does_not_end_the_list() -> None:
    assert (
        _dead("Villagers shot dead a militant leader known as Qari Nasim and one of his aides.")
        == 2
    )
    assert (
        _dead("Villagers shot dead a militant leader named Qari Nasim and two of his aides.") == 3
    )
    # near miss: the aides were wounded, not killed
    assert (
        _dead("Villagers shot dead a leader known as Qari Nasim and wounded two of his aides.") == 1
    )


def test_another_person_named_by_another_definite_role() -> None:
    assert _dead("The cook was shot dead a day later, and the guide was killed in May.") == 2
    assert (
        _dead("The cook was shot dead a day later.", "The pilot was let go, but the guide died.")
        == 2
    )
    # near miss: the same role noun told again is the same man
    assert (
        _dead("The cook was shot dead a day later.", "The guide was let go, but the cook died.")
        == 1
    )


def test_name_joined_by_and_to_the_attacker_is_another_person() -> None:
    assert _dead("Nadiri and the gunman died, and three guards were hurt.") == 2
    # near miss: the name told between commas is the same man as the role after it
    assert _dead("Nadiri, the gunman, died.") == 1


def test_russian_figure_after_lost_is_the_subjects() -> None:
    totals = totals_of(["Боевики, по словам губернатора, потеряли четырёх человек убитыми."], "ru")
    assert totals.deaths_by_side.actor1 == 4
    # near miss: no "lost", the four people are of no side
    totals = totals_of(["Боевики напали на пост, погибли четыре человека."], "ru")
    assert totals.deaths_by_side.actor1 is None


def test_turkish_martyrs_of_a_genitive_subject_and_all_of_one_group() -> None:
    totals = totals_of(["Örgüt, militanların «üç şehit» olduğunu açıkladı."], "tr")
    assert totals.deaths_by_side.actor1 == 3
    # near miss: martyrs with no genitive subject are no side's in this sentence
    totals = totals_of(["Çatışmada üç şehit verildi."], "tr")
    assert totals.deaths_by_side.actor1 is None
    totals = totals_of(["Valilik, ölen 4 kişinin hepsinin sivil olduğunu bildirdi."], "tr")
    assert totals.deaths_by_side.civilians == 4
    # near miss: "all" told of no group noun
    totals = totals_of(["Valilik, ölen 4 kişinin kimliğinin belirlendiğini bildirdi."], "tr")
    assert totals.deaths_by_side.civilians is None


def test_companions_told_as_a_part_of_his_men() -> None:
    assert _dead("Qari Nasim was killed in the strike together with three of his fighters.") == 4
    assert _dead("Qari Nasim was killed in the strike together with his cook.") == 2
    assert _dead("Qari Nasim was killed in the strike together with his two sons.") == 3
    # near miss: companions of no number are not counted
    assert _dead("Qari Nasim was killed in the strike along with his guards.") == 1


def test_arabic_assassination_of_one_person() -> None:
    totals = totals_of(["اغتال مسلحون مجهولون صباح الأحد المعلم أحمد قرب المدرسة."], "ar")
    assert (totals.fatalities.best, totals.deaths_by_side.civilians) == (1, 1)
    assert _dead("وتذكر الحادثة بمقتل الطبيب مع سائقه في المدينة.", language="ar") == 2
    # near miss: a figure after the verbal noun is read as a figure, not as one person
    assert _dead("وأعلنت الشرطة مقتل 9 أشخاص.", language="ar") == 9


def test_seller_is_a_person_noun() -> None:
    totals = totals_of(["Three soldiers and a fruit seller were killed."])
    assert (totals.fatalities.best, totals.deaths_by_side.civilians) == (4, 1)
    # near miss: a seller told as wounded adds no death
    assert _dead("Three soldiers were killed and a fruit seller was wounded.") == 3


def test_person_added_with_as_did_and_a_participle_phrase() -> None:
    assert _dead("Two guards died, as did the man carrying the bomb.") == 3
    # near miss: "as did" with a wounding is no more dead
    assert _dead("Two guards were wounded, as was the man carrying the bomb.") is None


def test_them_counts_the_whole_group_not_its_part_after_including() -> None:
    text = "Men abducted nine pilgrims, including four boys, and later shot them dead."
    assert _dead(text) == 9
    # near miss: a new group counted after the part is whom "them" counts
    text = "Men abducted nine pilgrims, including four boys, then two drivers and shot them dead."
    assert _dead(text) == 2


def test_head_after_what_he_heads_is_a_person() -> None:
    assert _dead("The shura head and two of his guards were killed.") == 3
    # near miss: "shot in the head" names no person
    assert _dead("Two of his guards were killed and a boy was shot in the head.") == 2


def test_except_for_n_who_died() -> None:
    assert _dead("The hostages were freed at dawn, except for three who were shot dead.") == 3
    # near miss: "except for" with no relative clause tells of no death
    assert _dead("The hostages were freed at dawn, except for three.") is None
