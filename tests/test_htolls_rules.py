"""Toll readings added in the htolls round (invented sentences, never corpus text)."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of


def test_arabic_member_in_a_unit_killed_n_of_his_colleagues() -> None:
    # the subject's "في" phrase names his unit; the partitive figure after it is the object
    totals = totals_of(
        ["قتل جندي في الجيش الأفغاني خمسة من رفاقه داخل القاعدة ثم لاذ بالفرار."], "ar"
    )
    assert (totals.fatalities.best, totals.deaths_by_side.actor2) == (5, 5)


def test_arabic_soldier_killed_in_an_attack_by_three_gunmen_is_one() -> None:
    totals = totals_of(["قتل جندي في هجوم شنه ثلاثة مسلحين على الحاجز."], "ar")
    assert totals.fatalities.best == 1
