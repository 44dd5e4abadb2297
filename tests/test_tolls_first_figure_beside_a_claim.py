"""A first figure of the dead ("ilk açıklamasında iki kişinin öldüğünü") stands when the only
later figure is the group's claim of its kills: a claim is no later figure of the dead. A
later official figure still replaces it (invented sentences)."""

from __future__ import annotations

from conflictdesk.extract.tolls import totals_of

FIRST = "Valilik sözcüsü, ilk açıklamasında iki kişinin öldüğünü söyledi."
CLAIM = 'Örgüt, saldırıyı üstlendi ve "10 askerin öldürüldüğünü" iddia etti.'


def test_a_claim_of_kills_leaves_the_first_figure_standing() -> None:
    assert totals_of([FIRST, CLAIM], "tr").fatalities.best == 2


def test_a_later_official_figure_still_replaces_the_first() -> None:
    later = "Sözcü daha sonra ölü sayısının 5'e yükseldiğini açıkladı."
    assert totals_of([FIRST, CLAIM, later], "tr").fatalities.best == 5
