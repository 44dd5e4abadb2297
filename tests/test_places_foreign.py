"""Places in Turkish, Russian and Arabic sentences, and the consonant skeleton behind them.

The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from conflictdesk.extract.places_foreign import foreign_place
from conflictdesk.resolve.gazetteer import get_gazetteer
from conflictdesk.resolve.registry import load_registry
from conflictdesk.resolve.spelling import skeleton


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Şibirgan", "Sheberghan"),
        ("Leşkergah", "Lashkar Gah"),
        ("Pul-i Humri", "Pul-e Khumri"),
        ("Нахри-Шахи", "Nahri Shahi"),
        ("Gazne", "Ghazni"),
        ("Cevizcan", "Jowzjan"),
        ("سركاني", "Sarkani"),
        ("Mezar-ı Şerif", "Mazar-i-Sharif"),
    ],
)
def test_spellings_of_one_place_share_a_skeleton(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


def test_russian_rayon_is_an_area_of_a_city() -> None:
    text = "Мина сработала, когда микроавтобус проезжал в районе Карте-Се на западе Кабула."
    assert _where(text, "ru") == ("Kabul", "Kabul")


def test_different_places_keep_different_skeletons() -> None:
    assert skeleton("Kunduz") != skeleton("Kandahar")
    assert skeleton("Khost") != skeleton("Kabul")


def test_a_skeleton_found_in_two_provinces_is_not_chosen_without_one() -> None:
    gazetteer = get_gazetteer()
    assert gazetteer.by_skeleton("Cağuri", kinds=("district",)) == []
    found = gazetteer.by_skeleton("Cağuri", kinds=("district",), admin1="Ghazni")
    assert [p.name for p in found] == ["Jaghuri"]


def _where(text: str, language: str) -> tuple[str | None, str | None]:
    fix = foreign_place(text, load_registry(), language)
    assert fix is not None
    return fix.admin1, fix.location


@pytest.mark.parametrize(
    ("text", "language", "admin1", "location"),
    [
        (
            "Nangarhar vilayetine bağlı Nazyan ilçesinde bir polis aracı bombalı saldırıya uğradı.",
            "tr",
            "Nangarhar",
            "Nazyan district",
        ),
        (
            "Cevizcan vilayetinin merkezi Şibirgan'da bir din adamı silahlı saldırıda öldürüldü.",
            "tr",
            "Jowzjan",
            "Sheberghan",
        ),
        (
            "Helmand vilayetinin merkezi Leşkergah'ta bir bankanın önünde patlama oldu.",
            "tr",
            "Helmand",
            "Lashkar Gah",
        ),
        (
            "Tahar vilayetine bağlı Çahab ilçesinin Karaçay köyünde iki kişi kaçırıldı.",
            "tr",
            "Takhar",
            "Karaçay",
        ),
        (
            "Нападение произошло в уезде Нахри-Шахи провинции Балх в среду вечером.",
            "ru",
            "Balkh",
            "Nahri Shahi district",
        ),
        (
            "Взрыв прогремел в окрестностях Пули-Хумри, центра провинции Баглан.",
            "ru",
            "Baghlan",
            "Pul-i-Khumri",
        ),
        (
            "انفجرت عبوة لاصقة في مدينة بل خمري مركز ولاية بغلان شمالي البلاد.",
            "ar",
            "Baghlan",
            "Pul-i-Khumri",
        ),
        (
            "فجّر مجهولون برجين للكهرباء في مديرية سالنغ بولاية بروان ليل الثلاثاء.",
            "ar",
            "Parwan",
            "Salang district",
        ),
        (
            "قتلت القوات ثلاثة مسلحين في مديرية جبرهار بولاية ننغرهار.",
            "ar",
            "Nangarhar",
            "Chaparhar district",
        ),
        (
            "Rehineler Bakva ilçesindeki bir köyde aşiret büyüklerine teslim edildi.",
            "tr",
            "Farah",
            "Bakwa district",
        ),
        (
            "Belh vilayetinde Çarbolak ilçesinin merkezindeki camide patlama oldu.",
            "tr",
            "Balkh",
            "Chahar Bolak district",
        ),
        (
            "انفجرت عبوة ناسفة في مديرية سركاني بولاية كنر مساء السبت.",
            "ar",
            "Kunar",
            "Sarkani district",
        ),
    ],
)
def test_the_place_marked_by_its_kind(text: str, language: str, admin1: str, location: str) -> None:
    assert _where(text, language) == (admin1, location)


def test_a_group_named_for_a_province_is_not_a_place() -> None:
    text = "Группировка «Вилаят Хорасан» взяла на себя ответственность за нападение."
    assert foreign_place(text, load_registry(), "ru") is None


def test_a_list_of_provinces_gives_no_single_place() -> None:
    text = "Cevizcan, Faryab ve Belh vilayetlerinde suikastler arttı."
    assert foreign_place(text, load_registry(), "tr") is None


def test_the_city_with_an_article_is_not_followed_by_a_name() -> None:
    text = "وقالت مصادر في المستشفى الإقليمي بالمدينة إن الجرحى نقلوا إليه."
    assert foreign_place(text, load_registry(), "ar") is None


def test_an_office_s_initials_are_no_place() -> None:
    text = "В ГУР утверждают, что он стоял за взрывом на западе Кабула."
    fix = foreign_place(text, load_registry(), "ru")
    assert fix is None or fix.admin1 != "Ghor"


def test_russian_area_lies_in_the_town_the_sentence_names() -> None:
    text = "Взрыв прогремел в районе Кала-и-Бахтияр на южной окраине Кабула."
    assert _where(text, "ru") == ("Kabul", "Kabul")


def test_turkish_connector_with_a_turkish_vowel_joins_the_name() -> None:
    text = "Pervan vilayetinde Cebel-üs Serac ilçesinde bir elektrik direği havaya uçuruldu."
    assert _where(text, "tr") == ("Parwan", "Jabalussaraj district")


def test_turkish_place_of_departure_or_destination_is_not_the_event_place() -> None:
    text = "İslamabad'dan Kabil'e giden bir otobüs Kunduz kentinde kaçırıldı."
    assert _where(text, "tr") == ("Kunduz", "Kunduz")


def test_russian_hyphenated_name_is_not_its_first_part() -> None:
    text = "Талибы отбили нападение на пост в уезде Хост-о-Феринг."
    assert _where(text, "ru") == ("Baghlan", "Khost Wa Firing district")


def test_arabic_county_is_a_district() -> None:
    text = "انفجرت عبوة ناسفة في مقاطعة غوزره بولاية هرات."
    assert _where(text, "ar") == ("Herat", "Guzara district")


def test_arabic_list_of_cities_is_not_the_event_place() -> None:
    text = "نفذ التنظيم هجمات في كابل وقندوز، وقتل مسلح ستة مصلين في مديرية غوزره."
    assert _where(text, "ar") == ("Herat", "Guzara district")


def test_a_village_is_not_taken_for_a_district_of_another_province_by_its_consonants() -> None:
    # "Asadkhel" shares its consonants with Sayd Khel, a district of Parwan; the sentence
    # speaks of Nangarhar (the governor's office), so the village is not that district.
    text = (
        "Nangarhar Valiliği sözcüsü, baskının Pekha vadisindeki Asadkhel köyünde bir eve"
        " düzenlendiğini söyledi."
    )
    fix = foreign_place(text, load_registry(), "tr")
    assert fix is None or fix.admin1 != "Parwan"


def test_a_district_whose_town_alias_lies_in_two_provinces_is_sought_in_both() -> None:
    # "Devletabad" is a town's alias in Balkh and in Faryab; the province named chooses
    text = "Cevizcan sınırındaki Faryab vilayetinin Devletabad ilçesinde bir karakola saldırıldı."
    assert _where(text, "tr") == ("Faryab", "Dawlatabad district")
    text = "Belh vilayetinin Devletabad ilçesinde iki polis yaralandı."
    assert _where(text, "tr") == ("Balkh", "Dawlatabad district")


def test_a_known_name_that_ends_a_longer_marked_name_is_the_longer_place() -> None:
    # "Kot" alone is a district of Nangarhar; "Peştun Kot" is another district, in Faryab
    text = "Geçen hafta Faryab'ın Peştun Kot ilçesinde bir polis noktası basıldı."
    assert _where(text, "tr") == ("Faryab", "Pashtun Kot district")
    # a longer name the gazetteer does not hold leaves the known one as it was
    # ("Pazartesi Kot": Monday, then the name)
    text = "Nangarhar vilayetinde Pazartesi Kot ilçesinde bir mayın patladı."
    assert _where(text, "tr") == ("Nangarhar", "Kot district")


def test_a_short_marked_name_is_sought_in_the_one_province_the_sentence_names() -> None:
    # the province names only the spokesman's office, yet the district lies in it
    text = "Serpul valilik sözcüsü, aracın Seyyad ilçesindeki köprüde durdurulduğunu söyledi."
    assert _where(text, "tr") == ("Sar-e Pol", "Sayyad district")
    # with two provinces named, a two-consonant name stays unresolved
    text = "Belh ve Serpul valileri, Seyyad ilçesindeki toplantıya katıldı."
    fix = foreign_place(text, load_registry(), "tr")
    assert fix is None or fix.location != "Sayyad district"
