"""Person rules: hostages a role names are kept with no outcome, a Turkish
plural role introduces two names, a Turkish genitive name before "-dığını" is no speaker
(sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, language: str) -> dict[str, str | None]:
    found = extract_text(
        text,
        document_id="t-hpersons2",
        published=dt.date(2024, 3, 12),
        genre="wire",
        language=language,
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_turkish_plural_role_names_two_hostages() -> None:
    text = (
        "Herat, 12 Mart - Herat vilayetinde bir baraj inşaatında çalışan iki yabancı dün "
        "kaçırıldı. Yetkililer, elektrik mühendisleri Ali Yıldız ile Burak Şahin'in "
        "şantiyeye giderken kaçırıldığını açıkladı."
    )
    names = _names(text, "tr")
    assert "Ali Yıldız" in names
    assert names["Ali Yıldız"] is None
    assert "Burak Şahin" in names
    assert names["Burak Şahin"] is None


def test_turkish_role_name_without_outcome_or_kidnapping_is_dropped() -> None:
    text = (
        "Herat, 12 Mart - Herat vilayetinde bir baraja saldırı düzenlendi, iki kişi öldü. "
        "Elektrik mühendisleri Ali Yıldız ile Burak Şahin barajı yeniden açacaklarını belirtti."
    )
    names = _names(text, "tr")
    assert "Ali Yıldız" not in names


def test_turkish_genitive_name_before_speech_verb_speaks() -> None:
    text = (
        "Herat, 12 Mart - Herat'ta bir mühendis kaçırıldı. Vali Ahmet Korkmaz'ın "
        "açıklamasında olayın soruşturulduğu söylendi."
    )
    assert "Ahmet Korkmaz" not in _names(text, "tr")


def test_russian_hostages_named_by_role() -> None:
    text = (
        "Мазари-Шариф, 12 марта. В провинции Балх похищены двое иностранцев. Полиция назвала "
        "имена похищенных: инженер Ли Вэй и переводчик Ху Цзюнь."
    )
    names = _names(text, "ru")
    assert "Ли Вэй" in names
    assert names["Ли Вэй"] is None
    assert "Ху Цзюнь" in names


def test_russian_role_name_without_any_outcome_is_dropped() -> None:
    text = (
        "Мазари-Шариф, 12 марта. В провинции Балх взорвалась бомба, погибли трое. "
        "Инженер Ли Вэй осмотрел мост на следующий день."
    )
    assert "Ли Вэй" not in _names(text, "ru")


def test_arabic_title_opens_name_even_with_role_word() -> None:
    text = (
        "قندهار - قُتل خمسة أشخاص في انفجار داخل مسجد في مدينة قندهار مساء الجمعة. "
        "ومن بين القتلى مدير المدرسة الدينية المولوي أمير حسن نوري، وهو عالم معروف."
    )
    names = _names(text, "ar")
    assert "أمير حسن نوري" in names
    assert "حسن نوري" not in names


def test_arabic_kunya_naming_a_mosque_is_no_person() -> None:
    text = "قندهار - قُتل خمسة أشخاص في انفجار وقع مساء الجمعة في مسجد أبو عبيدة في مدينة قندهار."
    assert not any(n.startswith("أبو") for n in _names(text, "ar"))


def _english(text: str) -> dict[str, str | None]:
    return _names(text, "en")


def test_described_victim_named_in_apposition_before_shared_toll() -> None:
    text = (
        "On 3 May 2023 gunmen attacked a convoy near Baghlan. A Turkish engineer, Emre "
        "Aksoy, and three Afghan labourers were killed in the ambush."
    )
    assert _english(text).get("Emre Aksoy") == "killed"


def test_described_name_without_toll_verb_is_not_taken_by_the_rule() -> None:
    text = (
        "On 3 May 2023 gunmen attacked a convoy near Baghlan, killing four. A local "
        "historian, Nadir Shahbaz, and his students visited the site in June."
    )
    assert "Nadir Shahbaz" not in _english(text)


def test_name_an_authority_identified() -> None:
    text = (
        "On 9 July 2024 security forces raided a house in Kunduz and killed three militants. "
        "Officials identified one of them as Rustam Nazarov, a Tajik citizen."
    )
    assert "Rustam Nazarov" in _english(text)


def test_identified_without_as_is_not_a_name() -> None:
    text = (
        "On 9 July 2024 security forces raided a house in Kunduz and killed three militants. "
        "Officials identified Kunduz Province Police as the unit in charge."
    )
    assert "Kunduz Province Police" not in _english(text)


def test_turkish_birthplace_introduces_an_apostrophe_name() -> None:
    text = (
        "Kabil, 4 Ekim - Kabil'de bir İrlandalı yardım görevlisi dün akşam kaçırıldı. "
        "Dublin doğumlu Sean O'Brien'in evine dönerken kaçırıldığını bakanlık doğruladı."
    )
    names = _names(text, "tr")
    assert "Sean O'Brien" in names
    assert names["Sean O'Brien"] is None


def test_turkish_birthplace_name_with_no_event_word_is_dropped() -> None:
    text = (
        "Kabil, 4 Ekim - Kabil'de bir pazarda bomba patladı, iki kişi öldü. "
        "Dublin doğumlu Sean O'Brien yeni kitabını gelecek ay tanıtacak."
    )
    assert "Sean O'Brien" not in _names(text, "tr")
