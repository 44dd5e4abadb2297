"""Names the Afghanistan pack holds in Arabic and Russian spelling ("دوشي", "أقچه", "Ачин")."""

from __future__ import annotations

import pytest

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    ("text", "language", "location"),
    [
        ("وانفجرت العبوة في مديرية دوشي قرب الطريق الرئيسي.", "ar", "Dushi district"),
        ("أوقف المسلحون السيارة قرب بلدة أقچه، ثم فروا.", "ar", "Aqcha"),
        ("Бой шёл в уезде Ачин на востоке страны.", "ru", "Acheen district"),
    ],
)
def test_a_place_in_its_local_spelling(text: str, language: str, location: str) -> None:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    assert fix.location == location
