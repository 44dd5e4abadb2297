"""A district named again by its bare name later in a report is still the district, not the
town of the same name; the town is kept when the report writes it as the town."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _location(text: str, language: str = "en") -> str | None:
    events = extract_text(text, published=dt.date(2026, 4, 8), language=language).events
    assert events
    return events[0].location


def test_district_named_again_bare_stays_the_district() -> None:
    text = (
        "KUNDUZ, April 8 (Test Wire) - Gunmen shot dead a tribal elder in Khanabad district of "
        "Kunduz province on Tuesday, police said.\n\n"
        "The elder had settled land disputes in Khanabad for twenty years, relatives said."
    )
    assert _location(text) == "Khanabad district"


def test_district_named_again_as_its_town_is_the_town() -> None:
    text = (
        "KUNDUZ, April 8 (Test Wire) - Gunmen shot dead a tribal elder in Khanabad district of "
        "Kunduz province on Tuesday, police said.\n\n"
        "He was shot outside his shop in Khanabad town, a police spokesman said."
    )
    assert _location(text) == "Khanabad"


def test_district_seat_named_as_the_district_centre_is_the_town() -> None:
    text = (
        "FAIZABAD, April 8 (Test Wire) - A roadside bomb killed two policemen in Jurm district "
        "of Badakhshan province on Tuesday, officials said.\n\n"
        "The bomb went off on the road into Jurm, the district centre, as a patrol passed."
    )
    assert _location(text) == "Jurm"


def test_russian_district_seat_called_its_administrative_centre_is_the_town() -> None:
    text = (
        "КУНДУЗ, 8 апреля. /Тест/. Неизвестные застрелили старейшину во вторник в уезде "
        "Ханабад провинции Кундуз, сообщила полиция.\n\n"
        "Старейшину убили у мечети в Ханабаде, административном центре уезда."
    )
    assert _location(text, "ru") == "Khanabad"
