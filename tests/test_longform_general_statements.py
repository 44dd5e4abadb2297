"""Long-form analysis, second round: remarks that are no events (a campaign of many
attacks, what happens "occasionally", the essay's own question), and a year that only
bounds a period ("led the group after 2019") never dates the event told beside it; an
arrest denied ("nobody was arrested") is no arrest.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 3, 4)
_LEAD = "On 4 May 2023 gunmen killed five guards at a checkpoint in Kunduz city. "


def _events(text: str) -> list[Event]:
    found = extract_text(
        text, document_id="lf-g", published=PUBLISHED, genre="analysis", language="en"
    )
    return list(found.events)


@pytest.mark.parametrize(
    "remark",
    [
        "A long campaign of roadside bombs on convoys in Kunar, at its height in 2022, is over.",
        "After March 2022 the group waged a campaign of small bombings and targeted killings "
        "against patrols in Kandahar.",
        "The militants occasionally shelled towns in Paktika across the frontier.",
        "This essay asks whether the killing of commanders has weakened the militia.",
    ],
)
def test_remark_opens_no_event(remark: str) -> None:
    # remarks stand between: the remark is not read as a detail of the event before it
    events = _events(_LEAD + "Guards were few. Officials said little. " + remark)
    assert len(events) == 1, [e.sources[0].evidence for e in events]


def test_dated_bombing_in_a_campaign_is_still_an_event() -> None:
    text = _LEAD + (
        "Guards were few. Officials said little. "
        "On 9 June 2023, in a campaign of small bombings, a bomb killed three men in Herat."
    )
    assert len(_events(text)) == 2


@pytest.mark.parametrize(
    "denial", ["Nobody was arrested.", "No arrests have been made.", "No one was detained."]
)
def test_arrest_denied_is_no_arrest(denial: str) -> None:
    assert len(_events(_LEAD + denial)) == 1


def test_arrest_told_is_an_arrest() -> None:
    text = _LEAD + (
        "Guards were few. Officials said little. On 20 May 2023 police arrested two men in Kabul."
    )
    assert len(_events(text)) == 2


def test_year_after_which_a_period_runs_does_not_date_the_event() -> None:
    text = (
        "Mawlawi Karim led the group after 2019, a period of losses; in November 2019 "
        "hundreds of its fighters surrendered to government forces in Kunar."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].event_date == dt.date(2019, 11, 1)


def test_turkish_year_bounding_a_period_does_not_move_the_narrative_clock() -> None:
    # "since the Taliban returned to power in 2021" is no date the narrative told: the
    # January after a December day is the next January
    text = (
        "# Kayıplar ve yanıtlar\n\nÖrgüt bu dönemde çok değişti. "
        "11 Aralık 2024'te Kabil'de bir bakanlıkta bir intihar saldırısında bakan öldürüldü. "
        "Bakan, Taliban'ın 2021'de yeniden iktidara gelmesinden bu yana öldürülen en kıdemli "
        "yöneticiydi. "
        "17 Ocak'ta Nangarhar'ın Acin ilçesinde düzenlenen baskında bir komutan öldürüldü."
    )
    found = extract_text(
        text, document_id="lf-g", published=PUBLISHED, genre="analysis", language="tr"
    )
    days = sorted(e.event_date for e in found.events if e.event_date is not None)
    assert dt.date(2025, 1, 17) in days, days
