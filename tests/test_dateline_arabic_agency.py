"""Arabic agency datelines: "CITY (COUNTRY) - DAY Month/Month (AGENCY) -" dates the report,
and the event's date is read after it (the dateline's own date is no event date)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.dates import dateline

_REPORT = (
    "غزني (أفغانستان) - 14 مايو/أيار (وكالة السهل للأنباء) - قُتل أربعة من رجال الشرطة مساء "
    "أمس الأحد عندما انفجرت قنبلة مزروعة على جانب الطريق بدوريتهم في مدينة غزني، بحسب ما "
    "قال مسؤولون محليون."
)


def test_city_with_country_in_brackets_then_date() -> None:
    found = dateline(_REPORT, "ar", reference=dt.date(2018, 5, 14))
    assert found is not None
    assert found.date == dt.date(2018, 5, 14)
    assert found.text.startswith("14 مايو")


def test_city_then_dash_then_date() -> None:
    text = "قندوز - 3 فبراير/شباط (صحيفة الشمال) - أطلق مسلحون النار على حافلة."
    found = dateline(text, "ar", reference=dt.date(2016, 2, 3))
    assert found is not None
    assert found.date == dt.date(2016, 2, 3)


def test_a_bracket_that_is_no_country_is_no_dateline() -> None:
    assert dateline("Gunmen (two of them) - 3 May, police said", "en") is None


def test_event_takes_yesterday_not_the_dateline_day() -> None:
    events = extract_text(_REPORT, language="ar", published=dt.date(2018, 5, 14)).events
    assert events, "the bombing is an event"
    assert events[0].event_date == dt.date(2018, 5, 13)
