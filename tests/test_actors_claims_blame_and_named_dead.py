"""Actor and person rules: claims by a group's fighters, blame, persons listed among the dead
or wounded, Turkish roles a statement gives a person, and the negative cases that must not fire.

Every text here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, language: str) -> dict[str, str | None]:
    found = extract_text(
        text,
        document_id="t-hactors",
        published=dt.date(2022, 4, 12),
        genre="wire",
        language=language,
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_russian_name_listed_among_the_dead() -> None:
    text = (
        "Кабул, 11 апреля. Взрыв на рынке в Газни унёс жизни шести человек. Среди погибших — "
        "начальник районной полиции Гулям Хайдар Сафи."
    )
    assert _names(text, "ru").get("Гулям Хайдар Сафи") == "killed"


def test_russian_name_listed_among_the_wounded() -> None:
    text = (
        "Кабул, 11 апреля. Взрыв на рынке в Газни унёс жизни шести человек. Среди раненых — "
        "судья провинциального суда Абдул Вахид Хамдард."
    )
    assert _names(text, "ru").get("Абдул Вахид Хамдард") == "injured"


def test_turkish_name_listed_among_those_who_lost_their_lives() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Gazne'de bir pazara düzenlenen bombalı saldırıda altı kişi "
        "öldü. Hayatını kaybedenler arasında yerel radyo muhabiri Nazir Ahmed Yusufi de "
        "bulunuyor."
    )
    assert _names(text, "tr").get("Nazir Ahmed Yusufi") == "killed"


def test_turkish_role_a_statement_gave() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Herat'ta düzenlenen operasyonda üç militan öldürüldü. "
        "Öldürülenlerden birinin, grubun bölge sorumlusu olduğu belirtilen Molla Gulbeddin "
        "Sadiki olduğu açıklandı."
    )
    assert "Gulbeddin Sadiki" in " ".join(_names(text, "tr"))


def test_russian_name_without_the_list_of_dead_needs_its_own_outcome() -> None:
    # no "среди погибших": the governor only spoke, so he is not a person of the event
    text = (
        "Кабул, 11 апреля. Взрыв на рынке в Газни унёс жизни шести человек, сообщил "
        "губернатор провинции Газни Абдул Карим Хайдари."
    )
    assert "Абдул Карим Хайдари" not in _names(text, "ru")


def test_russian_title_opens_a_name_before_its_role() -> None:
    text = (
        "Мазари-Шариф, 11 апреля. Мавлави Гулям Сарвар Хакими, настоятель мечети в квартале "
        "Шадиан, был убит вечером у ворот своего дома."
    )
    assert "Гулям Сарвар Хакими" in _names(text, "ru")


def test_russian_dead_named_with_a_second_name_joined() -> None:
    text = (
        "Кабул, 11 апреля. Двое бойцов погибли при нападении на пост в Пагмане. Убитых "
        "бойцов звали Кари Завулла и Нур Ахмад Ширзад. Оба были родом из Вардака."
    )
    found = _names(text, "ru")
    assert found.get("Кари Завулла") == "killed"
    assert found.get("Нур Ахмад Ширзад") == "killed"


def test_turkish_rank_is_no_part_of_the_name_and_olen_is_a_death() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Herat'ta bir devriyeye düzenlenen bombalı saldırıda bir asker "
        "öldü. Bakanlık, ölen askerin 28 yaşındaki Çavuş Luca Bernardi olduğunu açıkladı."
    )
    assert _names(text, "tr").get("Luca Bernardi") == "killed"


def test_turkish_title_before_a_group_name_is_not_a_person() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Pakistan jetleri, Hafız Nur Gazi grubuna ait mevzileri vurdu "
        "ve 20 militanın öldürüldüğü bildirildi."
    )
    assert not any("Nur Gazi" in name for name in _names(text, "tr"))


def test_arabic_rank_or_so_called_opens_the_apposed_name() -> None:
    text = (
        "كابول، 11 نيسان - قال مسؤول محلي إن قائد المخفر، الملازم حميد الله نوري، قُتل "
        "في الهجوم. وأضاف أن نائبه، المدعو نصير أحمد، كان بين القتلى أيضا."
    )
    found = _names(text, "ar")
    assert found.get("حميد الله نوري") == "killed"
    assert found.get("نصير أحمد") == "killed"


def test_arabic_left_dead_is_a_death() -> None:
    text = (
        "جلال آباد، 11 نيسان - قال مسؤول إن الصحفي فريد الله ساحل كان عائداً إلى بيته حين "
        "أطلق مسلحان النار عليه فأردياه قتيلاً."
    )
    assert _names(text, "ar").get("فريد الله ساحل") == "killed"


def test_arabic_comma_then_an_ordinary_word_opens_no_name() -> None:
    # after the comma comes no title, no rank and no name: the role introduces nobody
    text = (
        "كابول، 11 نيسان - قال قائد الشرطة، الذي تحدث إلى الصحفيين، إن ثلاثة جنود قُتلوا في الهجوم."
    )
    assert not _names(text, "ar")


def _claimed(text: str) -> str | None:
    found = extract_text(
        text, document_id="t-hactors-claim", published=dt.date(2019, 5, 2), genre="wire"
    )
    assert found.events, text
    return found.events[0].claimed_by


def test_spokesman_says_the_movements_fighters_planted_the_bomb() -> None:
    text = (
        "KANDAHAR, Afghanistan, May 2 (Wire) - Two police officers were killed on Wednesday "
        "when a roadside bomb hit their car in Arghandab district, officials said. A Taliban "
        "spokesman said by telephone that the movement's fighters had planted the mine."
    )
    assert _claimed(text) == "TALIBAN"


def test_group_says_on_its_outlet_that_its_soldiers_killed_the_official() -> None:
    text = (
        "JALALABAD, Afghanistan, May 2 (Wire) - Gunmen shot dead a district judge in "
        "Jalalabad on Wednesday, police said. Islamic State Khorasan said on its Amaq agency "
        "that its 'soldiers of the caliphate' had assassinated the judge."
    )
    assert _claimed(text) == "ISKP"


def test_group_saying_its_fighters_were_killed_claims_nothing() -> None:
    text = (
        "KANDAHAR, Afghanistan, May 2 (Wire) - Two police officers were killed on Wednesday "
        "when a roadside bomb hit their car in Arghandab district, officials said. The "
        "Taliban said that their fighters had been killed in an air strike nearby."
    )
    assert _claimed(text) is None


def _actor1(text: str, language: str, published: dt.date) -> str | None:
    found = extract_text(
        text, document_id="t-hactors-actor", published=published, genre="wire", language=language
    )
    assert found.events, text
    return found.events[0].actor1


def test_russian_authorities_believe_the_group_carried_it_out() -> None:
    text = (
        "Мазари-Шариф, 2 мая. Неизвестные застрелили имама мечети в Мазари-Шарифе, сообщила "
        "полиция. В полиции полагают, что нападение совершили боевики «Талибана»."
    )
    assert _actor1(text, "ru", dt.date(2012, 5, 2)) == "TALIBAN"


def test_russian_belief_about_something_else_blames_no_one() -> None:
    text = (
        "Мазари-Шариф, 2 мая. Неизвестные застрелили имама мечети в Мазари-Шарифе, сообщила "
        "полиция. Аналитики считают, что «Талибан» усилит давление на север."
    )
    assert _actor1(text, "ru", dt.date(2012, 5, 2)) is None


def test_outlet_says_a_fighter_of_its_branch_carried_it_out() -> None:
    text = (
        "KABUL, Afghanistan, May 2 (Wire) - A suicide bomber killed six court employees at a "
        "bus stop in Kabul on Wednesday, police said. The Islamic State group's Amaq agency "
        "said a fighter of its Khorasan branch had carried out the attack."
    )
    assert _claimed(text) == "ISKP"


def test_a_fighter_of_its_unit_killed_is_no_claim() -> None:
    text = (
        "KABUL, Afghanistan, May 2 (Wire) - A suicide bomber killed six court employees at a "
        "bus stop in Kabul on Wednesday, police said. The Taliban said a fighter of its "
        "local unit had been killed in a separate clash."
    )
    assert _claimed(text) is None


def _actor2(text: str, language: str, published: dt.date) -> str | None:
    found = extract_text(
        text, document_id="t-hactors-actor2", published=published, genre="wire", language=language
    )
    assert found.events, text
    return found.events[0].actor2


def test_russian_state_soldiers_among_the_dead_are_the_side_hit() -> None:
    text = (
        "Кандагар, 2 мая. При взрыве заминированного автомобиля у базы в Кандагаре погибли "
        "трое американских военнослужащих, сообщили в командовании."
    )
    assert _actor2(text, "ru", dt.date(2010, 5, 2)) == "US"


def test_turkish_state_soldiers_wounded_are_the_side_hit() -> None:
    text = (
        "Herat, 2 Mayıs (AA) - Herat'ın Şindand ilçesinde bir devriyeye düzenlenen bombalı "
        "saldırıda iki İspanyol askeri yaralandı."
    )
    assert _actor2(text, "tr", dt.date(2010, 5, 2)) == "SPAIN"


def test_state_adjective_without_soldiers_is_not_the_side_hit() -> None:
    text = (
        "Кандагар, 2 мая. При взрыве на рынке в Кандагаре погибли трое мирных жителей, "
        "сообщили американские дипломаты."
    )
    assert _actor2(text, "ru", dt.date(2010, 5, 2)) != "US"


def _events(text: str, published: dt.date) -> list[tuple[str | None, str | None]]:
    found = extract_text(text, document_id="t-hactors-group", published=published, genre="wire")
    return [(e.actor1, e.claimed_by) for e in found.events]


def test_the_group_is_the_hunted_group_not_the_governing_one() -> None:
    text = (
        "HERAT, Afghanistan, May 2 (Wire) - Taliban security forces raided a house used by "
        "Islamic State militants in Herat late on Monday, killing two gunmen, police said. "
        "Last month the group claimed a bombing of a bus carrying Taliban police officers in "
        "Shindand district, which killed four of them."
    )
    assert ("ISKP", "ISKP") in _events(text, dt.date(2024, 5, 2))


def test_the_group_stays_the_governing_one_when_it_alone_is_named() -> None:
    text = (
        "HERAT, Afghanistan, May 2 (Wire) - Taliban fighters killed two robbers in Herat late "
        "on Monday, police said. Last month the group claimed a raid on a smugglers' camp in "
        "Shindand district, which killed four men."
    )
    assert all(a1 != "ISKP" for a1, _ in _events(text, dt.date(2024, 5, 2)))


def test_russian_name_after_a_speakers_phrase_closed_by_a_comma() -> None:
    text = (
        "Мазари-Шариф, 11 апреля. По словам представителя полиции провинции Балх, охранник "
        "Джамшед Азизи погиб, когда нападавшие открыли огонь у ворот склада."
    )
    assert _names(text, "ru").get("Джамшед Азизи") == "killed"


def test_russian_head_and_owner_are_roles() -> None:
    text = (
        "Кабул, 11 апреля. Смертник взорвал себя у ресторана в Кабуле. Среди погибших — "
        "глава районной администрации "
        "Фарид Ахмад Нури и владелец гостиницы Рахим Гуль Сафи."
    )
    found = _names(text, "ru")
    assert found.get("Фарид Ахмад Нури") == "killed"


def test_russian_long_role_chain_does_not_cut_the_name() -> None:
    text = (
        "Кундуз, 11 апреля. Глава совета старейшин (местных аксакалов и богословов) северного "
        "афганского уезда Имам-Сахиб мавлави Абдул Хаким Сарвари убит во вторник у мечети."
    )
    assert "Абдул Хаким Сарвари" in _names(text, "ru")


def test_turkish_one_of_the_members_introduces_a_name() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Kandahar İl Meclisi'nin üyelerinden Nazar Muhammed Vardak, "
        "evinin önünde uğradığı silahlı saldırıda hayatını kaybetti."
    )
    assert _names(text, "tr").get("Nazar Muhammed Vardak") == "killed"


def test_russian_speaker_without_comma_stays_a_source() -> None:
    text = (
        "Кабул, 11 апреля. При взрыве на рынке погибли трое, сообщил представитель полиции "
        "провинции Хальварт Нур Ахмад Шинвари."
    )
    assert "Нур Ахмад Шинвари" not in _names(text, "ru")


def test_turkish_quoted_kunya_keeps_its_last_word() -> None:
    text = (
        "Kabil, 11 Nisan (AA) - Herat'ta düzenlenen operasyonda üç militan öldürüldü. "
        'Öldürülenler arasında "Ebu Talha Farahi" kod adıyla bilinen komutanın da bulunduğu '
        "açıklandı."
    )
    assert "Ebu Talha Farahi" in _names(text, "tr")
