"""Names a role introduces in Russian, Turkish and Arabic reports, kept as persons of the
event when the sentence tells what happened to them, and left out when the death is
background (a Turkish pluperfect or verbal noun, a Russian long participle, an Arabic
anniversary), when the "name" is a place's, or when the person is the report's source.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, language: str) -> dict[str, str | None]:
    found = extract_text(
        text,
        document_id="t-foreign-roles",
        published=dt.date(2022, 4, 12),
        genre="wire",
        language=language,
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_russian_role_chain_then_name_without_the_place() -> None:
    text = (
        "Кабул, 11 апреля. Заместитель губернатора провинции Баглан Абдул Гани Сарвари погиб "
        "в понедельник при взрыве у здания администрации в Пули-Хумри."
    )
    assert _names(text, "ru").get("Абдул Гани Сарвари") == "killed"


def test_russian_long_participle_is_background() -> None:
    text = (
        "Кабул, 11 апреля. Взрыв в Пули-Хумри убил трёх полицейских в понедельник. Отряд "
        "назван в честь погибшего в 2009 году командира Абдул Вахида Рустами."
    )
    assert not any("Рустами" in name for name in _names(text, "ru"))


def test_turkish_name_right_after_its_role() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Afganistan'ın Herat vilayetinde yerel radyo muhabiri Nasir "
        "Ahmed Kurbani'nin silahlı saldırıda öldürüldüğü bildirildi."
    )
    assert _names(text, "tr").get("Nasir Ahmed Kurbani") == "killed"


def test_turkish_pluperfect_death_is_background_and_a_shrine_is_a_place() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Herat'ta Hoca Abdullah Ensari türbesinde düzenlenen intihar "
        "saldırısında 12 kişi hayatını kaybetti. Geçen ay da il meclisi üyesi Gulam Nebi "
        "Hakimi evinin önünde öldürülmüştü."
    )
    names = _names(text, "tr")
    assert "Abdullah Ensari" not in names
    assert "Gulam Nebi Hakimi" not in names


def test_turkish_source_of_the_toll_is_no_victim() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Herat Emniyet Müdürü Abdul Kadir Sadat, cuma namazı sırasında "
        "camide meydana gelen patlamada aralarında imamın da bulunduğu 12 kişinin öldüğünü ve "
        "20 kişinin yaralandığını söyledi."
    )
    assert "Abdul Kadir Sadat" not in _names(text, "tr")


def test_arabic_role_chain_then_name_and_kunya_with_nisba() -> None:
    text = (
        "هرات - وكالة الأنباء: قُتل مدير مدرسة في مديرية إنجيل محمد نعيم حكيمي برصاص مسلحين "
        "يوم الاثنين، فيما أعلنت السلطات مقتل القيادي أبو عمار الباكستاني في عملية أمنية."
    )
    names = _names(text, "ar")
    assert names.get("محمد نعيم حكيمي") == "killed"
    assert "أبو عمار الباكستاني" in names


def test_arabic_anniversary_and_place_named_for_an_office_are_not_persons() -> None:
    text = (
        "كابل - وكالة الأنباء: أصيب ثلاثة أشخاص في انفجار في حي وزير أكبر خان يوم الاثنين "
        "قرب ضريح القائد أحمد شاه مسعود في الذكرى العاشرة لمقتله."
    )
    names = _names(text, "ar")
    assert "أكبر خان" not in names
    assert "أحمد شاه مسعود" not in names
