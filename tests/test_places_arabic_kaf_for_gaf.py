"""Arabic writes the Dari "g" (گ) with kaf (ك): a district so spelled is still found.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), "ar")
    assert fix is not None
    return fix.admin1, fix.location


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        ("انفجرت عبوة ناسفة في مديرية كذره بولاية هرات صباح الخميس.", "Herat", "Guzara district"),
        ("هاجم مسلحون نقطة تفتيش في مديرية كلران بولاية هرات.", "Herat", "Gulran district"),
    ],
)
def test_district_written_with_kaf_for_gaf(text: str, admin1: str, location: str) -> None:
    assert _where(text) == (admin1, location)


def test_a_true_kaf_is_read_first() -> None:
    text = "قتل شرطيان في مديرية كاروخ بولاية هرات ليلة السبت."
    assert _where(text) == ("Herat", "Karukh district")
