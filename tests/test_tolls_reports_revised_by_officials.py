""" "Initial reports of 30 dead were revised by officials to 39": the reports' figure is
superseded by the one they were revised to."""

from __future__ import annotations

import datetime as dt

from conftest import FirstEvent

_SUMMARY = {"published": dt.date(2031, 10, 21), "genre": "summary", "language": "en"}
_ATTACK = "10/20/2031: A suicide bomber attacked a mosque in Kabul city during evening prayer. "


def test_reports_revised_by_officials_give_the_new_toll(first_event: FirstEvent) -> None:
    text = _ATTACK + "Initial reports of 30 dead were revised by officials to 39, with 45 hurt."
    fatalities = first_event(text, **_SUMMARY).fatalities
    assert (fatalities.low, fatalities.best) == (30, 39)


def test_reports_revised_to_include_more_places_give_no_toll(first_event: FirstEvent) -> None:
    # near miss: what the reports were revised to is no figure of the dead
    text = _ATTACK + "Thirty people were killed. Reports of attacks were revised to include Ghor."
    assert first_event(text, **_SUMMARY).fatalities.best == 30
