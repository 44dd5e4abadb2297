"""A road or border between two places ("الطريق بين غزني وولاية باكتيكا", "между Кабулом и
Джелалабадом", "Kabil ile Celalabad arasındaki yol") is not in either: neither end is the
sentence's place, so it does not pull the event into another province."""

from __future__ import annotations

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def test_arabic_route_ends_are_no_place() -> None:
    text = "وقال المسؤول إن المسلحين هاجموا النقطة الواقعة على الطريق بين غزني وولاية باكتيكا."
    assert foreign_place(text, load_registry(), "ar") is None


def test_arabic_place_beside_a_route_still_counts() -> None:
    text = "هاجم مسلحون نقطة في مديرية أندر بولاية غزني على الطريق بين غزني وولاية باكتيكا."
    fix = foreign_place(text, load_registry(), "ar")
    assert fix is not None
    assert fix.location == "Andar district"


def test_arabic_place_without_between_counts() -> None:
    text = "هاجم مسلحون نقطة تفتيش في ولاية باكتيكا."
    fix = foreign_place(text, load_registry(), "ar")
    assert fix is not None
    assert fix.admin1 == "Paktika"


def test_turkish_route_ends_are_no_place() -> None:
    text = "Saldırı Logar vilayeti ile Paktiya vilayeti arasındaki karayolunda düzenlendi."
    assert foreign_place(text, load_registry(), "tr") is None


def test_russian_route_ends_are_no_place() -> None:
    text = "Нападение произошло на трассе между провинцией Логар и провинцией Пактия."
    assert foreign_place(text, load_registry(), "ru") is None
