"""Place and date rules (villages, offices, roads, reference towns), each with a case that
must not fire.

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


def test_governors_province_yields_to_the_town_of_another_province() -> None:
    text = "Вчера в Талукане бомба на рынке убила губернатора соседней провинции Кундуз."
    assert _where(text, "ru") == ("Takhar", "Taloqan")


def test_arabic_governors_province_yields_to_the_town() -> None:
    text = "انفجرت عبوة في مدينة تالقان أمس واستهدفت والي ولاية قندوز."
    assert _where(text, "ar")[0] == "Takhar"


def test_governors_province_holding_the_town_stays() -> None:
    text = "Губернатор провинции Тахар погиб при взрыве в Талукане в субботу."
    assert _where(text, "ru") == ("Takhar", "Taloqan")


def test_a_province_not_named_for_an_office_still_chooses() -> None:
    # no office: the province says where, and a town outside it is not taken
    text = "Бой шёл в провинции Кундуз, раненых отвезли в Талукан."
    assert _where(text, "ru")[0] == "Kunduz"


def test_a_river_port_is_a_town() -> None:
    text = "Неизвестные застрелили водителя у пограничного порта Хайратан в провинции Балх."
    assert _where(text, "ru") == ("Balkh", "Hairatan")


def test_a_lone_latin_village_is_named_without_a_province() -> None:
    text = "Sınıra birkaç kilometre uzaklıktaki Zarbegi köyünde bir ev hedef alındı."
    assert _where(text, "tr") == (None, "Zarbegi")


def test_a_russian_lone_village_in_latin_letters() -> None:
    text = "Ракета попала в машину неподалёку от кишлака Шальтан, сообщили местные жители."
    assert _where(text, "ru") == (None, "Shaltan")


def test_a_lone_name_without_a_village_word_is_no_place() -> None:
    text = "Saldırıyı Zarbegi adlı bir komutanın düzenlediği bildirildi."
    assert foreign_place(text, load_registry(), "tr") is None


def test_an_arabic_village_stays_as_written_in_its_district() -> None:
    text = "قتل ثلاثة مدنيين في قصف استهدف منزلا بقرية كوت بالا في مديرية دانغام بولاية كونار."
    assert _where(text, "ar") == ("Kunar", "كوت بالا")


def test_an_arabic_village_of_one_word_before_punctuation() -> None:
    text = "هاجم مسلحون نقطة للشرطة قرب قرية زركشان، في مديرية دانغام بولاية كونار."
    assert _where(text, "ar") == ("Kunar", "زركشان")


def test_an_arabic_village_spelling_a_district_is_still_the_village() -> None:
    # the village's consonants spell Chahar Bolak district; the sentence puts it in Chahar Kint
    text = "تسممت تلميذات في مدرسة بقرية جار بولاق في مديرية جاركنت بولاية بلخ."
    assert _where(text, "ar") == ("Balkh", "جار بولاق")


def test_an_arabic_district_without_a_village_word_keeps_the_district() -> None:
    text = "قتل شرطيان في هجوم على نقطة تفتيش في مديرية دانغام بولاية كونار."
    assert _where(text, "ar") == ("Kunar", "Dangam district")


def test_a_village_measured_from_a_town_lies_in_the_towns_province() -> None:
    text = "Sözcü, Mezar-ı Şerif'in 20 kilometre batısındaki Kızılkent köyünde çatışma çıktı."
    assert _where(text, "tr") == ("Balkh", "Kızılkent")


def test_a_province_named_only_for_an_office_gives_no_province_to_the_village() -> None:
    text = "Начальник полиции Кунара сообщил, что ракета попала в машину у кишлака Шальтан."
    fix = foreign_place(text, load_registry(), "ru")
    assert fix is None or fix.location != "Shaltan"


def _dates(text: str, language: str) -> list[dt.date | None]:
    return [m.date for m in find_dates(text, reference=dt.date(2024, 5, 8), language=language)]


def test_today_in_a_sources_name_is_no_date() -> None:
    text = "قندوز - (شبكة قندوز اليوم): قتل ثلاثة مدنيين مساء الاثنين."
    assert _dates(text, "ar") == [dt.date(2024, 5, 6)]


def test_today_in_an_english_agency_name_is_no_date() -> None:
    assert _dates("HERAT (Herat Today) - Two police died on Sunday.", "en") == [dt.date(2024, 5, 5)]


def test_yesterday_alone_in_parentheses_is_still_a_date() -> None:
    assert _dates("The blast (yesterday) killed two.", "en") == [dt.date(2024, 5, 7)]


def test_a_district_inside_the_province_named_first_makes_it_precise() -> None:
    text = "Officials in eastern Kunar province said a mortar round in Dangam district hit a shop."
    fix = place_of(text, load_registry())
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Kunar", "Dangam district")


def test_a_district_of_another_province_does_not_refine_it() -> None:
    text = "Officials in eastern Kunar province said the bomber had trained in Achin district."
    fix = place_of(text, load_registry())
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Kunar", None)


def test_a_road_named_for_a_town_is_not_that_town() -> None:
    text = "وشهدت العاصمة هجوما استهدف رتلا على طريق جلال آباد."
    fix = place_of(text, load_registry(), loose=True)
    assert fix is None or fix.location != "Jalalabad"


def test_a_town_named_without_a_road_is_still_read() -> None:
    fix = place_of("وشهدت مدينة جلال آباد هجوما استهدف رتلا.", load_registry(), loose=True)
    assert fix is not None
    assert fix.location == "Jalalabad"


def test_a_side_of_a_turkish_town_points_to_the_district_after_it() -> None:
    text = "Çatışma, vilayet merkezi Esedabad'ın kuzeyindeki Dangam ilçesinde başladı."
    assert _where(text, "tr") == ("Kunar", "Dangam district")


def test_a_turkish_town_in_the_locative_is_still_where() -> None:
    text = "Çatışma, vilayet merkezi Esedabad'da başladı."
    assert _where(text, "tr") == ("Kunar", "Asadabad")
