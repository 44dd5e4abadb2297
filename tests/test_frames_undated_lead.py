"""A wire report whose lead gives no date tells of the report's days: a later sentence
dated months earlier tells another incident, and a year or month named in passing
("since it emerged in 2015") does not date the main one. The reports are invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

LEAD_EN = (
    "JALALABAD, Nov 20 - A US air strike killed 11 Islamic State militants in Achin district"
    " of Nangarhar province, provincial officials said."
)
LEAD_TR = (
    "CELALABAD (THA) - Afganistan'ın doğusundaki Nangarhar vilayetinin Açin ilçesinde ABD'nin"
    " düzenlediği hava saldırısında DEAŞ'a mensup 11 militanın öldürüldüğü bildirildi."
)
PUBLISHED = dt.date(2018, 11, 20)


def _events(text: str, language: str) -> list[tuple[dt.date | None, str | None]]:
    result = extract_text(text, published=PUBLISHED, language=language)
    return [(e.event_date, e.sub_event_type) for e in result.events]


def test_a_year_named_in_passing_does_not_date_the_main_incident() -> None:
    text = LEAD_EN + "\n\nThe district has been the group's stronghold since it emerged in 2015."
    assert _events(text, "en")[0][0] == PUBLISHED


def test_an_earlier_months_incident_is_told_apart_from_an_undated_lead() -> None:
    text = (
        LEAD_TR + "\n\nEkim ayında da Açin'de DEAŞ militanlarının kaçırdığı 3 köy ihtiyarının"
        " cesetleri bulunmuştu."
    )
    found = _events(text, "tr")
    assert found[0] == (PUBLISHED, "Air/drone strike")
    assert (dt.date(2018, 10, 1), "Abduction/forced disappearance") in found
