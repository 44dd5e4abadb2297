"""Turkish: a surname that is also a district's name is the speaker's, not the place, when
the sentence marks him as its source ("Mangal'a göre", "Mangal, ... açıkladı"); a month told
with its part ("eylül başında", early September) dates an incident of that month.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.places import place_of
from conflictdesk.resolve.registry import load_registry


def _province(text: str) -> str | None:
    fix = place_of(text, load_registry(), loose=True)
    return fix.admin1 if fix is not None else None


def test_according_to_a_surname_is_no_place() -> None:
    assert _province("Zadran'a göre saldırgan kapıda yakalandı.") is None


def test_a_surname_opening_a_statement_is_no_place() -> None:
    assert _province("Zadran, saldırıda kimsenin ölmediğini açıkladı.") is None


def test_the_same_name_told_as_a_place_stays_a_place() -> None:
    assert _province("Zadran, saldırıdan sonra sessizliğe büründü.") == "Paktia"


def _months(text: str) -> list[tuple[dt.date | None, str]]:
    found = find_dates(text, reference=dt.date(2023, 12, 3), language="tr")
    return [(d.date, d.precision) for d in found]


def test_the_start_or_end_of_a_month_dates_that_month() -> None:
    assert _months("Saldırı, mart başında düzenlenen baskından sonra geldi.") == [
        (dt.date(2023, 3, 1), "month")
    ]
    assert _months("Ekim sonunda iki polis öldürüldü.") == [(dt.date(2023, 10, 1), "month")]


def test_a_month_name_alone_is_no_date() -> None:
    assert _months("Başkent Ankara'da mart havası esti.") == []
