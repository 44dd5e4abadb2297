"""Target types of wire reports in Turkish, Russian and Arabic: the pack's foreign target words
in the cases and with the clitics news uses ("karakoluna", "у здания министерства",
"بمسجد شيعي")."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

PUBLISHED = dt.date(2024, 3, 13)


def _target_type(text: str, language: str, published: dt.date = PUBLISHED) -> str | None:
    events = extract_text(text, published=published, language=language).events
    assert events, text
    return events[0].target_type


TURKISH = [
    ("Kabil'de bir polis karakoluna düzenlenen bombalı saldırıda 2 kişi yaralandı.", "Police"),
    ("Silahlı kişiler dün gece Kunduz'daki bir kontrol noktasına ateş açtı.", "Police"),
    ("Nangarhar'da askeri konvoya düzenlenen bombalı saldırıda 4 kişi öldü.", "Military"),
    ("Kandahar'da Taliban devriyesine bombalı saldırı düzenlendi.", "Military"),
    ("Belh'te ilçe valisinin aracına yerleştirilen bomba patladı.", "Government (General)"),
    ("Kabil'de mahkeme binasına düzenlenen saldırıda 4 kişi öldü.", "Government (General)"),
    (
        "Kabil'de Rusya büyükelçiliğine düzenlenen intihar saldırısında 2 kişi öldü.",
        "Government (Diplomatic)",
    ),
    (
        "Kabil'deki bir Sih tapınağına silahlı saldırı düzenlendi.",
        "Religious Figures/Institutions",
    ),
    (
        "Herat'ta bir medreseye düzenlenen bombalı saldırıda 15 kişi öldü.",
        "Religious Figures/Institutions",
    ),
    ("Kabil'de bir kız okuluna düzenlenen saldırıda 7 kişi öldü.", "Educational Institution"),
    ("Kabil'de bir restorana düzenlenen bombalı saldırıda 3 kişi öldü.", "Business"),
    ("Herat'ta bir yakıt tankerine yerleştirilen bomba patladı.", "Business"),
    ("Celalabad'da bir radyo istasyonuna saldırı düzenlendi.", "Journalists & Media"),
    ("Nangarhar'da çocuk felci aşı ekibine ateş açıldı.", "NGO"),
    ("Baglan'da elektrik direklerine bombalı saldırı düzenlendi.", "Utilities"),
    ("Gazni'de bir baz istasyonunu ateşe verdiler.", "Telecommunication"),
    ("Parvan'da iletim hattının direklerine bombalı saldırı düzenlendi.", "Utilities"),
    ("Belucistan'da 3 Çinli mühendis bombalı saldırıda öldü.", "Business"),
    ("Kabil'de bir spor kulübünde patlama oldu, 4 kişi öldü.", "Private Citizens & Property"),
    ("Baglan'da bir köprüye yerleştirilen bomba patladı.", "Transportation"),
    (
        "Taliban güçleri Nangarhar'da DEAŞ'ın bir sığınağına baskın düzenledi.",
        "Terrorists/Non-State Militia",
    ),
]

RUSSIAN = [
    ("В Кабуле смертник подорвал себя у полицейского участка, погибли двое.", "Police"),
    (
        "В провинции Герат неизвестные обстреляли пограничный пост, ранены двое пограничников.",
        "Police",
    ),
    ("В провинции Нангархар взорвалась бомба рядом с военной колонной.", "Military"),
    ("В провинции Панджшер боевики атаковали патруль талибов, погибли пять человек.", "Military"),
    ("В провинции Балх взорвался автомобиль главы уезда, погибли двое.", "Government (General)"),
    ("В Кабуле неизвестные застрелили судью.", "Government (General)"),
    ("Неизвестные обстреляли генконсульство Пакистана в Джелалабаде.", "Government (Diplomatic)"),
    ("В Кабуле взорвалась машина миссии ООН.", "Government (Diplomatic)"),
    ("В Кабуле боевики напали на сикхский храм, погибли двое.", "Religious Figures/Institutions"),
    (
        "В Кабуле прогремел взрыв у школы для девочек, погибли семь человек.",
        "Educational Institution",
    ),
    (
        "В провинции Лагман бомба взорвалась в микроавтобусе, погибли пятеро пассажиров.",
        "Private Citizens & Property",
    ),
    ("В Кандагаре смертник подорвал себя у отделения банка, погибли восемь человек.", "Business"),
    ("В Джелалабаде боевики напали на здание радиостанции.", "Journalists & Media"),
    ("В провинции Нангархар застрелены пятеро вакцинаторов.", "NGO"),
    ("В провинции Баглан взорвали опору ЛЭП.", "Utilities"),
    ("В провинции Газни боевики подожгли вышку сотовой связи.", "Telecommunication"),
    (
        "В Кабуле смертник атаковал сотрудников частного телеканала, погибли трое.",
        "Journalists & Media",
    ),
    (
        "В Кабуле прогремел взрыв в спортивном клубе, погибли четыре человека.",
        "Private Citizens & Property",
    ),
    (
        "На границе погибли двое военнослужащих, ещё трое таджикских пограничников ранены.",
        "Military",
    ),
    (
        "Силы талибов атаковали укрытие боевиков ИГИЛ в провинции Нангархар.",
        "Terrorists/Non-State Militia",
    ),
    # a vehicle gives way to whom it carried ("с сотрудниками", "который вёз сотрудников")
    (
        "В Кабуле взорвался автобус с сотрудниками министерства, погибли трое.",
        "Government (General)",
    ),
    (
        "В Кабуле взорвался микроавтобус, который вёз сотрудников телеканала, погибли трое.",
        "Journalists & Media",
    ),
]

ARABIC = [
    ("قتل شرطيان في هجوم على مركز للشرطة في كابل.", "Police"),
    ("استهدف تفجير دورية للشرطة في ولاية هرات.", "Police"),
    ("استهدف تفجير قافلة عسكرية في ولاية ننكرهار ما أسفر عن مقتل أربعة.", "Military"),
    ("قتل حاكم المديرية في انفجار عبوة ناسفة في ولاية بلخ.", "Government (General)"),
    ("اغتال مسلحون قاضيا في كابل.", "Government (General)"),
    ("استهدف تفجير سيارة تابعة للأمم المتحدة في كابل.", "Government (Diplomatic)"),
    ("هاجم مسلحون معبدا للسيخ في كابل.", "Religious Figures/Institutions"),
    ("قتل ثلاثة في هجوم على ضريح صوفي في مزار شريف.", "Religious Figures/Institutions"),
    ("قتل سبعة في انفجار أمام مدرسة للبنات في كابل.", "Educational Institution"),
    ("قتل خمسة أشخاص في تفجير استهدف حفل زفاف في ننكرهار.", "Private Citizens & Property"),
    ("فجر انتحاري نفسه أمام فرع بنك في قندهار.", "Business"),
    ("هاجم مسلحون محطة إذاعية في جلال آباد.", "Journalists & Media"),
    ("هاجم مسلحون عمال إغاثة في ولاية قندوز.", "NGO"),
    ("فجر مسلحون برج كهرباء في ولاية بغلان.", "Utilities"),
    ("أحرق مسلحون برج اتصالات في غزني.", "Telecommunication"),
    ("ألحق انفجار أضرارا بقناة قوش تيبه في ولاية بلخ.", "Food or Water Supply"),
    ("قتل أربعة في انفجار داخل ناد رياضي في كابل.", "Private Citizens & Property"),
    ("هاجم مسلحون مجموعة من السياح الأجانب في باميان.", "Tourists"),
    (
        "قتل ثلاثة مسلحين في غارة جوية استهدفت مخبأ لداعش في ننكرهار.",
        "Terrorists/Non-State Militia",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TURKISH)
def test_turkish_target_words(text: str, expected: str) -> None:
    assert _target_type(text, "tr") == expected


@pytest.mark.parametrize(("text", "expected"), RUSSIAN)
def test_russian_target_words(text: str, expected: str) -> None:
    assert _target_type(text, "ru") == expected


@pytest.mark.parametrize(("text", "expected"), ARABIC)
def test_arabic_target_words(text: str, expected: str) -> None:
    assert _target_type(text, "ar") == expected


def test_taliban_patrol_is_a_militia_before_the_takeover() -> None:
    text = "Kandahar'da Taliban devriyesine bombalı saldırı düzenlendi."
    assert _target_type(text, "tr", dt.date(2019, 5, 2)) == "Terrorists/Non-State Militia"
    assert _target_type(text, "tr") == "Military"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Kabil Emniyet Müdürlüğü Sözcüsü Halid Zadran, kentin batısındaki bir okulda "
            "patlama meydana geldiğini söyledi.",
            "tr",
            "Educational Institution",
        ),
        (
            "Kabil'de valinin evine düzenlenen saldırıda 2 korumalı öldü.",
            "tr",
            "Government (General)",
        ),
        (
            "По данным Минобороны, взрыв произошел в мечети в Кабуле.",
            "ru",
            "Religious Figures/Institutions",
        ),
        (
            "وقال مسؤولون للصحفيين إن انتحاريا فجر نفسه داخل مسجد في قندوز.",
            "ar",
            "Religious Figures/Institutions",
        ),
    ],
)
def test_sources_and_owners_do_not_take_the_target(text: str, language: str, expected: str) -> None:
    """A police spokesman, the ministry quoted, officials who told journalists, and a house
    whose owner is named are not the target."""
    assert _target_type(text, language) == expected
