"""A local outlet's dateline ("CITY - Agency:", "CITY (Agency):") dates nothing: a word for
"today" in the outlet's name is not the day of the attack."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import agency_end, dateline_end, extract_text


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("TALOQAN (Shamal Press): Gunmen killed two men.", "TALOQAN (Shamal Press): "),
        ("KUNDUZ CITY (Kokcha News): A bomb went off.", "KUNDUZ CITY (Kokcha News): "),
        ("كابل - الشرق اليوم: قتل جنديان.", "كابل - الشرق اليوم: "),
        ("The man said: nothing more.", ""),
        ("Gunmen (two of them): fled.", ""),
    ],
)
def test_agency_dateline_end(text: str, head: str) -> None:
    assert text[: agency_end(text)] == head


def test_today_in_an_outlets_name_is_not_the_event_day() -> None:
    text = (
        "فراه - الشرق اليوم: قُتل جنديان أمريكيان أمس الخميس عندما فتح رجل النار عليهم داخل"
        " قاعدة في ولاية فراه.\n\nوتبنت حركة طالبان الهجوم."
    )
    events = extract_text(text, published=dt.date(2012, 10, 26), language="ar", genre="wire")
    assert events.events
    assert events.events[0].event_date == dt.date(2012, 10, 25)


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Şibirgan, 3 Mayıs (THA) - Bir bomba patladı.", "Şibirgan, 3 Mayıs (THA) - "),
        ("Çağçaran, 8 Ekim (AA) - İki polis öldü.", "Çağçaran, 8 Ekim (AA) - "),
        ("çatışmada, iki polis (THA) - öldü.", ""),
    ],
)
def test_a_dateline_city_with_a_turkish_capital(text: str, head: str) -> None:
    assert text[: dateline_end(text)] == head
