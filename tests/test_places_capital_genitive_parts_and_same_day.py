"""Places and dates: each rule reads one way reports write where and when an event happened.

The sentences are invented for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.places import place_of
from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.registry import load_registry


def _where(text: str, language: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    return fix.admin1, fix.location


def test_arabic_town_before_an_arabic_comma_with_kaf_and_gaf() -> None:
    # "لشكركاه" has a true kaf and a kaf written for the Dari gaf; the Arabic comma after it
    # is punctuation, not part of the name
    text = "قصفت طائرات مواقع للمسلحين قرب مدينة لشكركاه، مركز ولاية هلمند، ليلة الأحد."
    assert _where(text, "ar") == ("Helmand", "Lashkar Gah")


def test_russian_part_of_a_city_in_the_genitive_marks_the_city() -> None:
    # the temple's own name ("Гур Сингх") is no place; the city named after "в восточной
    # части" is where it happened
    text = "Боевики напали на храм Гур Сингх Дарбар в восточной части Кабула."
    assert _where(text, "ru") == ("Kabul", "Kabul")


def test_russian_outskirts_in_the_genitive_marks_the_town() -> None:
    text = "Взрыв произошёл на южной окраине Газни, сообщили местные власти."
    assert _where(text, "ru") == ("Ghazni", "Ghazni")


def _first_date(text: str, language: str) -> tuple[str | None, str]:
    found = find_dates(text, reference=dt.date(2021, 5, 4), language=language)
    assert found
    date = found[0].date
    return (date.isoformat() if date else None), found[0].precision


def test_arabic_month_written_twice_then_last_year() -> None:
    # the month's Levantine name after a slash does not part it from "of last year"
    text = "وكان المسلحون قد هاجموا السوق نفسه في مارس/آذار من العام الماضي."
    assert _first_date(text, "ar") == ("2020-03-01", "month")
    text = "وقُتل اثنان من الحراس في أبريل/نيسان من العام الماضي."
    assert _first_date(text, "ar") == ("2020-04-01", "month")


def _place(text: str, *, loose: bool) -> tuple[str | None, str | None]:
    fix = place_of(text, load_registry(), loose=loose)
    assert fix is not None
    return fix.admin1, fix.location


def test_part_of_the_capital_is_the_country_capital() -> None:
    text = "Gunmen attacked a wedding hall on the outskirts of the capital late on Friday."
    assert _place(text, loose=False) == ("Kabul", "Kabul")


def test_the_capital_of_a_province_is_not_the_country_capital() -> None:
    text = "Gunmen attacked a wedding hall in the north of the capital of the province."
    assert place_of(text, load_registry()) is None


def test_the_capital_in_a_report_in_another_language() -> None:
    assert _place("Вечером в столице прогремел взрыв у здания министерства.", loose=True) == (
        "Kabul",
        "Kabul",
    )
    assert _place("وانفجرت قنبلة في العاصمة مساء الأحد.", loose=True) == ("Kabul", "Kabul")
    assert _place("Dün başkentte bir bomba patladı.", loose=True) == ("Kabul", "Kabul")


def test_another_countrys_capital_is_not_read_as_the_packs() -> None:
    assert (
        place_of("وانفجرت قنبلة في العاصمة الباكستانية مساء الأحد.", load_registry(), loose=True)
        is None
    )
    assert place_of("Взрыв прогремел в столице Пакистана.", load_registry(), loose=True) is None


def test_the_capital_named_by_its_role() -> None:
    text = "قتل شخصان في انفجار غربي العاصمة الأفغانية."
    assert _place(text, loose=True) == ("Kabul", "Kabul")


def test_turkish_port_is_a_settlement_of_its_district() -> None:
    text = "Taliban, Kunduz vilayetinin İmam Sahib ilçesindeki Kızılkale limanını ele geçirdi."
    assert _where(text, "tr") == ("Kunduz", "Kızılkale")


def test_arabic_village_alone_in_its_sentence_is_kept_as_written() -> None:
    text = "وكان الرجال عائدين إلى قرية زرغون عندما أطلق مسلحون النار عليهم."
    fix = foreign_place(text, load_registry(), "ar")
    assert fix is not None
    assert (fix.admin1, fix.location) == (None, "زرغون")


def test_district_named_for_its_town_in_another_spelling() -> None:
    # the gazetteer holds the town as "Qaisar" and its district as "Qaysar"
    fix = place_of("Two teachers were shot dead in Qaisar district on Monday.", load_registry())
    assert fix is not None
    assert (fix.admin1, fix.admin2, fix.location) == ("Faryab", "Qaysar", "Qaisar district")


def test_russian_same_day_is_the_day_told_before() -> None:
    found = find_dates(
        "В тот же день в соседнем уезде взорвалась мина.",
        reference=dt.date(2019, 8, 14),
        language="ru",
    )
    assert found
    assert found[0].date == dt.date(2019, 8, 14)
    assert found[0].precision == "day"


def test_another_attack_within_the_same_hour_is_on_the_day_told_before() -> None:
    found = find_dates(
        "Within the same hour, a second team was attacked across the river.",
        reference=dt.date(2019, 8, 14),
        language="en",
    )
    assert found
    assert (found[0].date, found[0].precision) == (dt.date(2019, 8, 14), "day")
