"""Districts as Arabic reports write them ("مديرية أتشين"): the district, not
the city of the outlet's dateline.

Every sentence here was written for these tests; each fails without the spellings it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "جلال آباد - صوت الشرق: قتل ثلاثة من عناصر الشرطة أمس في هجوم مسلح على نقطة "
            "تفتيش في مديرية أتشين بولاية ننكرهار.",
            ("Nangarhar", "Acheen district"),
        ),
    ],
)
def test_an_arabic_district_name_is_the_district(text: str, expected: tuple[str, str]) -> None:
    events = extract_text(text, published=dt.date(2024, 5, 9), language="ar", genre="wire")
    assert [(e.admin1, e.location) for e in events.events] == [expected]
