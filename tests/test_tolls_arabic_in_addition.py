"""Arabic "إضافة إلى" (in addition to) before the attacker (invented sentences): the bomber
died on top of the toll, as with "باستثناء"; before anything else it adds no attacker."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of


def test_in_addition_to_the_bomber_adds_him() -> None:
    totals = totals_of(["قُتل سبعة مصلين إضافة إلى الانتحاري، وأصيب 15 آخرون."], "ar")
    assert (totals.fatalities.best, totals.deaths_by_side.actor1) == (8, 1)


def test_in_addition_to_three_attackers_adds_three() -> None:
    totals = totals_of(["قُتل خمسة مدنيين بالإضافة إلى المهاجمين الثلاثة."], "ar")
    assert totals.fatalities.best == 8


def test_in_addition_to_the_wounded_adds_no_attacker() -> None:
    totals = totals_of(["قُتل خمسة مدنيين إضافة إلى إصابة عشرة آخرين."], "ar")
    assert (totals.fatalities.best, totals.injuries.best) == (5, 10)
