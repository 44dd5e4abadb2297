"""A toll the text says was superseded is a first count, not the last word.

In an incident summary, "the governor first gave a toll of 12; doctors later said 19 died"
is 12 / 19 / 19: the first toll is revised by the later figure. A cue of a superseded figure
("first given", "initially") marks the figures of its own clause only, and the figures of
one superseded statement add up. Every sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.model import Casualties


def _fatalities(text: str) -> Casualties:
    events = extract_text(
        text, published=dt.date(2022, 6, 1), language="en", genre="summary"
    ).events
    return events[0].fatalities


def test_a_first_toll_is_revised_by_the_later_figure() -> None:
    text = (
        "03/14/2021: A bomb hidden in a cart exploded in the main bazaar of Gardez city, "
        "Paktia. The district chief first gave a toll of 12; doctors later said 19 people "
        "died. No group claimed responsibility."
    )
    assert _fatalities(text) == Casualties(12, 19, 19)


def test_a_toll_first_given_then_told_by_officials_the_next_day() -> None:
    text = (
        "03/14/2021: A bomb exploded outside a wrestling club in Gardez city, Paktia. The toll "
        "was first given as 14; by the next day officials said 23 were dead. No claim."
    )
    assert _fatalities(text) == Casualties(14, 23, 23)


def test_a_toll_that_rose_still_wins_over_a_first_count() -> None:
    # near miss: the later figure is the toll, as before
    text = (
        "03/14/2021: A bomb exploded outside a wrestling club in Gardez city, Paktia. Officials "
        "first said 14 people were killed; the toll later rose to 23. No claim."
    )
    assert _fatalities(text) == Casualties(14, 23, 23)


def test_a_toll_not_said_to_be_superseded_stays_the_toll() -> None:
    # near miss: no cue of a superseded figure, the toll is the last word
    text = (
        "03/14/2021: A bomb exploded outside a wrestling club in Gardez city, Paktia, killing "
        "11 people. The toll was put at 11 by the governor. No claim."
    )
    assert _fatalities(text).best == 11


def test_the_cue_of_a_first_figure_stays_in_its_clause() -> None:
    sentence = "The toll was first given as 14; by the next day officials said 23 were dead."
    found = {m.quantity.best: m.earlier for m in find_casualties(sentence, language="en")}
    assert found == {14: True, 23: False}


def test_the_figures_of_one_first_statement_add_up_in_a_report() -> None:
    text = (
        "BAMYAN, Afghanistan (Agency) - Gunmen fired on a group of visitors at a market in "
        "Bamyan on Friday. First reports spoke of two Germans and one Afghan killed; by "
        "Saturday the toll stood at five, officials said."
    )
    events = extract_text(text, published=dt.date(2024, 5, 18), language="en").events
    assert events[0].fatalities == Casualties(3, 5, 5)
