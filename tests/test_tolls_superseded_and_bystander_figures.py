"""Newer figures told bare after a superseded one, and figures a group that did not do the attack
gives in an incident summary.

Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import aggregate
from conflictdesk.model import Casualties
from test_casualties_english_summary_tolls import _mentions


def _dead_and_hurt(text: str) -> tuple[Casualties, Casualties]:
    totals = aggregate(_mentions(text), closed_world=True)
    return totals.fatalities, totals.injuries


# -- "first said 30, later 41": a bare figure after "later" or "then" revises the toll --


def test_a_bare_figure_told_later_revises_the_superseded_toll() -> None:
    dead, hurt = _dead_and_hurt(
        "District officials first said 30 were dead, later 41, and about 70 injured."
    )
    assert dead == Casualties(30, 41, 41)
    assert hurt.best == 70


def test_a_chain_of_later_figures_ends_with_the_last() -> None:
    dead, hurt = _dead_and_hurt(
        "Doctors first gave 20 dead, then 26, and by the next morning 31; 90 people were injured."
    )
    assert dead == Casualties(20, 31, 31)
    assert hurt.best == 90


def test_a_figure_with_its_own_casualty_word_after_then_is_not_a_revision() -> None:
    # near miss: "then 12 were wounded" counts the wounded, not a newer toll of the dead
    dead, hurt = _dead_and_hurt("Officials first said 30 were dead, then 12 were wounded.")
    assert dead.best == 30
    assert hurt.best == 12


# -- a group that did not do the attack gives the toll, not a claim --


def _summary_fatalities(text: str) -> list[int | None]:
    events = extract_text(
        text, published=dt.date(2022, 6, 1), language="en", genre="summary"
    ).events
    return [e.fatalities.best for e in events]


def test_the_figure_of_a_group_other_than_the_claimant_is_the_toll() -> None:
    text = (
        "04/02/2022: A bomb exploded in a Shia mosque in Mazar-e Sharif, Balkh province, "
        "Afghanistan, during evening prayers. The Taliban said 12 worshippers died; doctors said "
        "30 were wounded. Islamic State Khorasan Province claimed the blast."
    )
    assert _summary_fatalities(text) == [12]


def test_the_figure_the_claimant_gives_stays_its_claim() -> None:
    # near miss: the group that claimed the attack counts the dead it caused
    text = (
        "04/02/2022: A bomb exploded at a Taliban checkpoint in Mazar-e Sharif, Balkh province, "
        "Afghanistan. Islamic State Khorasan Province claimed the blast and said 12 Taliban "
        "fighters died."
    )
    assert _summary_fatalities(text) != [12]
