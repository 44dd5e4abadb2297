"""Persons: Russian roles and fates, Arabic "يدعى X" and names closed by an origin, Turkish kin
nouns and "vuruldu"; each read from a general way reports are written.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, language: str) -> set[str]:
    found = extract_text(
        text,
        document_id="t-hpersons2",
        published=dt.date(2024, 5, 8),
        genre="wire",
        language=language,
    )
    return {p.name for e in found.events for p in e.persons}


def test_russian_drivers_driven_off_by_their_captors() -> None:
    # "увезли их в неизвестном направлении": a kidnapping, its hostages named by their role
    text = (
        "КАБУЛ, 8 мая. В провинции Баглан вооружённые люди во вторник остановили грузовик и "
        "вывели из кабины водителей Рустама Каримова и Бахрома Олимова, после чего увезли их "
        "в неизвестном направлении, сообщила полиция."
    )
    assert "Рустам Каримов" in _names(text, "ru")


def test_russian_blast_that_took_a_presenters_life() -> None:
    # "унёс жизнь телеведущего X": the role "телеведущий" and the death told by "унёс жизнь"
    text = (
        "КАБУЛ, 8 мая. Взрыв бомбы в автобусе в западной части Кабула во вторник унёс жизнь "
        "популярного телеведущего Джавида Амири."
    )
    assert "Джавид Амири" in _names(text, "ru")


def test_russian_trader_who_died() -> None:
    # "торговца скотом X, который погиб": a trader named by his trade
    text = (
        "ХОСТ, 8 мая. Ночью беспилотник нанёс удар по дому торговца скотом Шамсуллы Вазири в "
        "провинции Хост, который погиб вместе с братом, сообщили местные жители."
    )
    assert "Шамсулла Вазири" in _names(text, "ru")


def test_arabic_name_introduced_by_called() -> None:
    # "موظفة ... تدعى X Y": a victim named after "called", her given name in no list
    text = (
        "كابول (وكالة) - قتل مسلحون يوم الثلاثاء ثلاثة أشخاص في هجوم على مكتب منظمة إغاثة "
        "في كابول، وبين القتلى مهندسة فرنسية تدعى كلير دوبون."
    )
    assert "كلير دوبون" in _names(text, "ar")


def test_arabic_haji_stays_in_the_name() -> None:
    # "الحاج" is part of the name the writer gives, as "Haji" is in English
    text = (
        "جلال آباد (وكالة) - هاجم مسلحون قرية في ولاية ننكرهار يوم الثلاثاء، وكان بين "
        "القتلى الحاج غلام فاروق، أحد وجهاء القرية."
    )
    assert "الحاج غلام فاروق" in _names(text, "ar")


def test_arabic_name_closed_by_adjective_of_origin() -> None:
    # "محمد ... الكاكري": a nisba is the last word of the name
    text = (
        "كويتا (وكالة) - قال مسؤول في الشرطة إن الشيخ عبد الغني الكاكري قتل برصاص مسلحين "
        "يوم الثلاثاء أمام منزله."
    )
    assert "عبد الغني الكاكري" in _names(text, "ar")


def test_turkish_hospital_named_after_an_imam_is_no_person() -> None:
    # "İmam Rıza Hastanesi'ne": "İmam" is no role here, the run is a hospital's name
    text = (
        "Tahran, 8 Mayıs (AA) - Meşhed'de bir camiye düzenlenen silahlı saldırıda 3 kişi "
        "öldü, yaralılar İmam Rıza Hastanesi'ne kaldırıldı."
    )
    assert not any("Hastane" in name for name in _names(text, "tr"))


def test_turkish_person_shot_and_his_son_named_by_kinship() -> None:
    # "X'in ... vurulduğunu": shot; "oğlu Y ise ... yaralandı": the son named by one word
    text = (
        "Kandahar, 8 Mayıs (AA) - Polis sözcüsü, Molla Abdulsamet Nurzai'nin evinden çıkarken "
        "silahlı kişilerin açtığı ateşle vurulduğunu söyledi. Yanındaki oğlu Hayatullah ise "
        "bacağından yaralandı."
    )
    names = _names(text, "tr")
    assert "Abdulsamet Nurzai" in " ".join(names)
    assert "Hayatullah" in names
