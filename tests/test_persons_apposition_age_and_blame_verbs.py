"""Rules on perpetrators, the side attacked and the people an event concerns, each read from
a general way reports are written.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _events(text: str, language: str = "en", genre: str = "wire") -> list[Event]:
    found = extract_text(
        text,
        document_id="t-hactors",
        published=dt.date(2024, 5, 8),
        genre=genre,
        language=language,
    )
    return list(found.events)


def _names(text: str, language: str = "en") -> set[str]:
    return {p.name for e in _events(text, language) for p in e.persons}


def test_victim_whose_fate_a_speaker_reports_is_not_the_speaker() -> None:
    # "X, was hit ... and died ..., said Y": the aside after X is what befell X, not an
    # apposition closed before X's own "said"
    text = (
        "MAZAR-I-SHARIF, May 8 (Test Wire) - Gunmen shot dead a district judge in Balkh "
        "province on Tuesday, officials said. The judge, Mawlawi Rahmatullah Sadiqi, was "
        "struck twice in the neck and died in the ambulance, said Karim Danish, a police "
        "spokesman."
    )
    assert "Rahmatullah Sadiqi" in _names(text)


def test_named_as_after_a_longer_description() -> None:
    # "named one of the dead insurgents as X": more than three words before "as"
    text = (
        "GHAZNI, May 8 (Test Wire) - Security forces killed four insurgents in a raid on a "
        "house in Ghazni city on Tuesday, officials said. The provincial police chief named "
        "one of the dead insurgents as Gul Mohammad Sabir, who he said had planned bombings."
    )
    assert "Gul Mohammad Sabir" in _names(text)


def test_one_word_name_identified_with_an_age() -> None:
    text = (
        "GHAZNI, May 8 (Test Wire) - Gunmen shot dead two travellers on the highway in Ghazni "
        "province on Tuesday, police said. Villagers identified one of the dead as "
        "Samiullah, 30, a farmer from Andar district."
    )
    assert "Samiullah" in _names(text)


def test_one_word_name_apposed_to_a_role_before_its_verb() -> None:
    text = (
        "ASADABAD, May 8 (Test Wire) - Gunmen opened fire on a health team in Kunar province "
        "on Tuesday, killing one health worker, officials said. A vaccinator, Habibullah, was "
        "wounded in the arm and taken to hospital."
    )
    assert "Habibullah" in _names(text)


def test_speaker_described_then_named_is_a_source() -> None:
    # "said a taxi driver, X, whose son was among the wounded": X speaks; the wounded son
    # is another person
    text = (
        "KABUL, May 8 (Test Wire) - A bomb exploded in a crowded market in western Kabul on "
        'Tuesday, killing three people and wounding 14, police said. "The ground shook," '
        "said a taxi driver, Gul Ahmad Noori, whose son was among the wounded."
    )
    assert "Gul Ahmad Noori" not in _names(text)


def test_turkish_age_introduces_a_one_word_name() -> None:
    text = (
        "Herat, 8 Mayıs (Test Ajansı) - Herat'ın Guzara ilçesinde salı günü bir kontrol "
        "noktasına düzenlenen saldırıda bir polis hayatını kaybetti. Ölen polisin 27 yaşındaki "
        "Rahmatullah olduğu bildirildi."
    )
    assert "Rahmatullah" in _names(text, "tr")


def test_turkish_name_given_after_adi() -> None:
    text = (
        "Kunduz, 8 Mayıs (Test Ajansı) - Kunduz'da salı gecesi düzenlenen operasyonda iki "
        "militan öldürüldü, bir militan yakalandı. Yakalanan militanın adı Samiullah olarak "
        "açıklandı."
    )
    assert "Samiullah" in _names(text, "tr")


def test_turkish_pluperfect_is_the_news_of_the_past_event_it_anchors() -> None:
    # a past killing told as background makes its own event; its victim is that event's
    text = (
        "Kabil, 8 Mayıs (Test Ajansı) - Kabil'de salı günü bir bakanlık binasına düzenlenen "
        "intihar saldırısında 4 kişi hayatını kaybetti. Geçen yıl Mart ayında da Ekonomi "
        "Bakanı Nazar Muhammed Sadiki, Kandahar'da düzenlenen bir bombalı saldırıda "
        "öldürülmüştü."
    )
    events = _events(text, "tr")
    past = [e for e in events if e.event_date and e.event_date.year == 2023]
    assert past
    assert any(p.name == "Nazar Muhammed Sadiki" for e in past for p in e.persons)


def _actor1(text: str) -> str | None:
    events = _events(text)
    return events[0].actor1 if events else None


def test_group_named_on_its_car_bomb_is_the_agent() -> None:
    text = (
        "KABUL, May 8 (Test Wire) - A Taliban truck bomb exploded outside a police "
        "headquarters in Pul-e Alam on Tuesday, killing five officers, officials said."
    )
    assert _actor1(text) == "TALIBAN"


def test_attackers_said_to_belong_to_a_group_attribute_the_attack() -> None:
    text = (
        "FAYZABAD, May 8 (Test Wire) - Gunmen abducted three engineers working on a road in "
        "Badakhshan province on Tuesday, officials said. The governor's spokesman said the "
        "kidnappers belonged to a local Taliban unit."
    )
    assert _actor1(text) == "TALIBAN"


def test_arabic_cleric_role_of_two_words_introduces_the_name() -> None:
    text = (
        "قندوز - (وكالة الاختبار): قُتل رجل الدين المعروف عبد الرحيم نوري برصاص مسلحين "
        "مجهولين أمام منزله في مدينة قندوز مساء الثلاثاء."
    )
    assert "عبد الرحيم نوري" in _names(text, "ar")


def test_arabic_name_among_the_dead() -> None:
    text = (
        "هرات - (وكالة الاختبار): قُتل أربعة أشخاص في انفجار قنبلة في سوق بمدينة هرات يوم "
        "الثلاثاء. وكان بين القتلى نور الحق ساحل، وهو تاجر معروف في المدينة."
    )
    assert "نور الحق ساحل" in _names(text, "ar")


def test_arabic_rank_opens_a_name_without_a_role_before_it() -> None:
    text = (
        "قندهار - (وكالة الاختبار): قُتل ثلاثة جنود في هجوم على قاعدة عسكرية في قندهار. "
        "ومن بين القتلى العقيد دانيال فيشر، الذي قُتل أثناء قيادته للدفاع عن القاعدة."
    )
    assert "دانيال فيشر" in _names(text, "ar")


def test_turkish_state_forces_said_to_have_opened_fire_are_blamed() -> None:
    text = (
        "Kandahar, 8 Mayıs (Test Ajansı) - Afganistan ile Pakistan arasındaki sınırda salı "
        "gecesi çıkan çatışmada üç sivil hayatını kaybetti. Afgan yetkililer, Pakistan "
        "güçlerinin sınırdaki köylere ve karakollara hiçbir uyarı yapmadan ateş açtığını "
        "söyledi."
    )
    assert any(e.actor1 == "PAKISTAN" for e in _events(text, "tr"))


def test_forces_that_intercepted_the_fighters_are_the_agent() -> None:
    text = (
        "ZARANJ, May 8 (Test Wire) - Iranian border guards intercepted a group of armed men "
        "crossing from Nimruz province on Tuesday, and three of the men were killed in the "
        "gunfight, officials said."
    )
    assert _actor1(text) == "IRAN"


def test_person_who_speaks_for_a_group_is_a_source() -> None:
    text = (
        "KANDAHAR, May 8 (Test Wire) - A roadside bomb killed four farmers on a tractor in "
        "Kandahar province on Tuesday, officials said. Mullah Wakil Hamdard, who speaks for "
        "the Taliban in the province, denied that the group had planted the bomb."
    )
    assert "Wakil Hamdard" not in _names(text)
