"""Claims, blame and the acting side read across a report's sentences, in four languages.

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _sides(text: str, language: str, published: dt.date) -> list[tuple[str, str, str]]:
    """(date, actor1, claimed_by) of every event, "-" for a field left empty."""
    events = extract_text(text, published=published, language=language, genre="wire").events
    return [(str(e.event_date), e.actor1 or "-", e.claimed_by or "-") for e in events]


def test_a_russian_claim_of_both_attacks_covers_the_two_told_before_it() -> None:
    text = (
        "КАБУЛ, 20 марта. /Агентство/. Трое охранников погибли при нападении на склад "
        "в Кабуле в понедельник, сообщила полиция.\n\n"
        "Полиция усилила охрану складов.\n\n"
        "5 февраля неизвестный открыл огонь по посольству Египта в Кабуле, ранив охранника. "
        "12 января смертник взорвал себя у посольства Индии, погибли двое сотрудников. "
        "Ответственность за оба нападения взяла на себя ИГ-Хорасан."
    )
    found = _sides(text, "ru", dt.date(2023, 3, 20))
    claimed = [(date, claimant) for date, _, claimant in found if date.startswith("2023-0")]
    assert ("2023-02-05", "ISKP") in claimed
    assert ("2023-01-12", "ISKP") in claimed


def test_a_turkish_claim_of_both_attacks_covers_the_two_told_before_it() -> None:
    text = (
        "KABİL (AA) - Kabil'de bir pazar yerinde meydana gelen patlamada 4 kişi öldü.\n\n"
        "Şubat ayında Kunduz'da bir bankanın önünde düzenlenen intihar saldırısında 5 kişi "
        "ölmüştü. Ocak ayında ise Herat'ta bir otele düzenlenen silahlı saldırıda 3 kişi "
        "hayatını kaybetmişti. Her iki saldırıyı da IŞİD-K üstlenmişti."
    )
    found = _sides(text, "tr", dt.date(2025, 3, 20))
    assert [c for _, _, c in found[1:]] == ["ISKP", "ISKP"]


def test_a_claim_after_an_earlier_month_is_that_earlier_incidents() -> None:
    text = (
        "ДУШАНБЕ, 10 октября — Агентство. Двое пограничников погибли при обстреле заставы "
        "в Хатлонской области в четверг, сообщило ведомство.\n\n"
        "Ответственность за обстрел никто не взял. Нападения в этом районе редки. "
        "В марте 2019 года здесь были убиты двое туристов; ответственность тогда взяло на "
        "себя «Исламское государство»."
    )
    main = _sides(text, "ru", dt.date(2024, 10, 10))[0]
    assert main[1:] == ("-", "-")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Daha önce pek çok saldırıyı üstlenen IŞİD-Horasan, Hazaraları hedef alıyor."),
        ("ru", "ИГ-Хорасан ранее взяло на себя ответственность за целый ряд терактов в Кабуле."),
        ("ar", "ويعرف تنظيم ولاية خراسان الذي تبنى سلسلة من الهجمات على مساجد الشيعة."),
        ("en", "ISKP, which has claimed a string of attacks on Shia mosques, threatened more."),
    ],
)
def test_a_claim_of_many_attacks_is_the_groups_record(language: str, text: str) -> None:
    roles = {h.role for h in find_actors(text, load_registry(), language=language)}
    assert "claim" not in roles


def test_arabic_the_organisation_after_the_preposition_li_is_the_group_named_before() -> None:
    text = (
        "كابل - وكالة الأنباء: تبنى تنظيم داعش خراسان اليوم الأحد التفجير الذي استهدف سوقاً "
        "في مدينة قندهار أمس، وأسفر عن مقتل سبعة أشخاص.\n\n"
        "وسبق للتنظيم أن تبنى هجوماً على مسجد في مدينة هرات في مارس 2022، قُتل فيه 9 أشخاص."
    )
    found = _sides(text, "ar", dt.date(2023, 5, 14))
    assert ("2022-03-01", "ISKP", "ISKP") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a group that "had told of" its shelling claims it
            "В мае «Вилаят Хорасан» уже заявлял об обстреле Термеза с афганской территории.",
            ("ISKP", "claim"),
        ),
        (  # the forces "of the movement «Taliban»" carry out the operation
            "Силы безопасности движения «Талибан» провели операцию против ячейки ИГ-Хорасан.",
            ("TALIBAN", "agent"),
        ),
    ],
)
def test_russian_claim_and_forces_wordings(text: str, expected: tuple[str, str]) -> None:
    hits = find_actors(text, load_registry(), language="ru")
    assert expected in [(h.actor_id, h.role) for h in hits]


def test_the_agent_of_the_sentence_that_dates_the_event_after_a_scene_setting_one() -> None:
    text = (
        "КАБУЛ, 20 июня — Агентство. Боевики захватили центр уезда Вардудж в провинции "
        "Бадахшан, сообщила полиция.\n\n"
        "Южные провинции Афганистана, в том числе Гильменд, в последние месяцы стали ареной "
        "активных боевых действий. "
        "В марте талибы атаковали армейские посты в уезде Гармсер провинции Гильменд, убив не "
        "менее 12 военнослужащих."
    )
    found = _sides(text, "ru", dt.date(2015, 6, 20))
    assert ("2015-03-01", "TALIBAN") in [(date, actor1) for date, actor1, _ in found]


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        (
            "en",
            "KABUL, May 3 (Agency) - A bomb hidden in a cart killed four people at a market in "
            "Kabul on Tuesday, police said.\n\n"
            "Islamic State Khorasan Province has repeatedly attacked Sikh traders in Kabul. "
            "In June 2022, gunmen stormed a gurdwara in Jalalabad, killing two worshippers.",
            dt.date(2023, 5, 3),
            ("2022-06-01", "ISKP", "-"),
        ),
        (
            "ru",
            "КАБУЛ, 3 мая — Агентство. Четыре человека погибли при взрыве на рынке в Кабуле во "
            "вторник, сообщила полиция.\n\n"
            "В последние годы ИГ-Хорасан неоднократно атаковало сикхов в Афганистане. "
            "В июне 2022 года смертник взорвал себя у гурдвары в Джелалабаде, убив двух человек.",
            dt.date(2023, 5, 3),
            ("2022-06-01", "ISKP", "-"),
        ),
        (  # "earlier" the group "already attacked" them: the example that follows is its
            "ru",
            "КАБУЛ, 3 мая — Агентство. Четыре человека погибли при взрыве на рынке в Кабуле во "
            "вторник, сообщила полиция.\n\n"
            "Ранее «Вилаят Хорасан» уже атаковал сикхов в Афганистане. "
            "В июне 2022 года смертник взорвал себя у гурдвары в Джелалабаде, убив двух человек.",
            dt.date(2023, 5, 3),
            ("2022-06-01", "ISKP", "-"),
        ),
    ],
)
def test_an_example_right_after_a_groups_record_is_the_groups(
    language: str, text: str, published: dt.date, expected: tuple[str, str, str]
) -> None:
    assert expected in _sides(text, language, published)


@pytest.mark.parametrize(
    ("language", "text", "published", "expected"),
    [
        (
            "en",
            "KABUL, Dec 25 (Agency) - Pakistani jets struck villages in Paktika province on "
            "Tuesday, killing 12 people, officials said.\n\n"
            "The strikes came after an attack on an army post in South Waziristan "
            "that the Pakistani Taliban claimed.",
            dt.date(2024, 12, 25),
            ("PAKISTAN", "-"),
        ),
        (
            "ar",
            "كابل - الوكالة: قُتل 12 شخصاً في غارات جوية شنّتها طائرات باكستانية مساء الثلاثاء "
            "على مديرية برمل بولاية بكتيكا.\n\n"
            "وجاءت الغارات بعد ثلاثة أيام من هجوم على نقطة للجيش في وزيرستان تبنته حركة "
            "طالبان باكستان.",
            dt.date(2024, 12, 25),
            ("PAKISTAN", "-"),
        ),
    ],
)
def test_a_claim_of_the_incident_the_event_came_after_is_not_the_events(
    language: str, text: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert _sides(text, language, published)[0][1:] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "وقُتل طفل بقذيفة سقطت على منزل في كونر، نسبها المسؤولون إلى القوات الباكستانية."),
        ("ru", "Местные власти обвинили Пакистан в обстреле деревни в провинции Кунар."),
        ("tr", "Kunar valiliği saldırıdan Pakistan ordusunu sorumlu tuttu."),
    ],
)
def test_a_state_blamed_with_a_verb_of_blame(language: str, text: str) -> None:
    hits = find_actors(text, load_registry(), language=language)
    assert ("PAKISTAN", "attribution") in [(h.actor_id, h.role) for h in hits]


def test_a_claim_before_saying_how_long_after_an_earlier_incident_is_the_events() -> None:
    text = (
        "هرات، 10 مايو — قُتل 12 شخصاً وأصيب 30 آخرون في تفجير انتحاري استهدف مسجداً في "
        "مدينة هرات خلال صلاة الجمعة، وفق مسؤولين محليين.\n\n"
        "وأعلن تنظيم داعش خراسان مسؤوليته عن الهجوم، بعد أسبوع من تفجير مماثل في مسجد "
        "بمدينة مزار شريف."
    )
    found = _sides(text, "ar", dt.date(2024, 5, 10))
    assert found[0][1:] == ("ISKP", "ISKP")
    assert all(claimant == "-" for _, _, claimant in found[1:])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Officials have blamed Islamic State militants for much of the violence in the north.",
        ),
        ("ru", "Власти обвиняют ИГ-Хорасан в большинстве терактов на севере страны."),
        ("ar", "واتهمت السلطات تنظيم داعش خراسان بالوقوف وراء معظم الهجمات في الشمال."),
    ],
)
def test_blame_for_violence_in_general_is_no_blame_for_the_event(language: str, text: str) -> None:
    roles = {h.role for h in find_actors(text, load_registry(), language=language)}
    assert "attribution" not in roles


@pytest.mark.parametrize(
    "text",
    [
        "Authorities blamed that attack on a faction of the Pakistani Taliban.",
        "Police attributed the bombing to a splinter group of the Pakistani Taliban.",
    ],
)
def test_a_part_of_a_group_blamed_is_the_group_blamed(text: str) -> None:
    hits = find_actors(text, load_registry())
    assert [(h.actor_id, h.role) for h in hits] == [("TTP", "attribution")]


def test_the_group_is_not_the_government_when_another_armed_group_acted() -> None:
    from conflictdesk.extract.actors import GROUP_ANAPHOR, ActorHit, acting_groups

    registry = load_registry()
    sentences: list[tuple[ActorHit, ...]] = [
        (ActorHit(0, 4, "ISKP", "ISKP", "claim"),),
        (ActorHit(10, 17, "Taliban", "TALIBAN", "agent"),),
        (ActorHit(20, 29, "the group", GROUP_ANAPHOR, "agent"),),
    ]
    found = acting_groups(sentences, registry, frozenset({"TALIBAN"}))
    assert found[2] == "ISKP"
    assert acting_groups(sentences[1:], registry, frozenset({"TALIBAN"}))[1] == "TALIBAN"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "وتتبنى حركة طالبان عادة الهجمات على قوافل الجيش في الجنوب."),
        ("tr", "Bu tür saldırıları genellikle Taliban üstleniyor."),
        ("ru", "Ответственность за такие нападения обычно берёт на себя «Талибан»."),
        ("en", "ISKP has usually claimed responsibility for attacks on Shia mosques."),
    ],
)
def test_a_claim_the_group_usually_makes_is_no_claim_of_the_event(language: str, text: str) -> None:
    roles = {h.role for h in find_actors(text, load_registry(), language=language)}
    assert "claim" not in roles


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("tr", "Taliban hükümeti saldırı için henüz hiçbir gruba suçlama yöneltmedi."),
        ("ru", "Представитель «Талибана» сообщил, что задержаны трое подозреваемых."),
    ],
)
def test_blame_denied_or_suspects_held_is_no_blame(language: str, text: str) -> None:
    roles = {h.role for h in find_actors(text, load_registry(), language=language)}
    assert "attribution" not in roles


def test_turkish_an_attack_said_to_be_planned_by_a_group_blames_it() -> None:
    text = "Yetkililer, saldırının Taliban tarafından planlandığını öne sürdü."
    hits = find_actors(text, load_registry(), language="tr")
    assert ("TALIBAN", "attribution") in [(h.actor_id, h.role) for h in hits]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("В марте американский военнослужащий расстрелял пятерых крестьян в Кандагаре.", "agent"),
        ("Американский беспилотник обстрелял машину в Кунаре, погибли трое.", "agent"),
        ("Над Гильмендом был сбит американский вертолёт, погибли двое пилотов.", "mention"),
    ],
)
def test_russian_a_states_soldier_or_aircraft_striking_is_the_state_acting(
    text: str, role: str
) -> None:
    hits = find_actors(text, load_registry(), language="ru")
    assert [(h.actor_id, h.role) for h in hits] == [("US", role)]


@pytest.mark.parametrize(
    ("language", "text", "claimant"),
    [
        ("tr", "Taliban sözcüsü ise militanların 20 askeri öldürdüğünü iddia etti.", "TALIBAN"),
        ("tr", "Vali sözcüsü, Taliban militanlarının karakola saldırdığını söyledi.", None),
        ("ru", "По утверждению ФНС, его бойцы уничтожили пятерых талибов.", "NRF"),
        ("ru", "По словам губернатора, его бойцы уничтожили пятерых талибов.", None),
    ],
)
def test_a_groups_own_account_of_its_fighters_act_is_its_claim(
    language: str, text: str, claimant: str | None
) -> None:
    hits = find_actors(text, load_registry(), language=language)
    assert [h.actor_id for h in hits if h.role == "claim"] == ([claimant] if claimant else [])


def test_a_raid_that_kills_is_the_forces_act_though_suicide_vests_were_seized() -> None:
    text = (
        "KABİL (AA) - Taliban yönetimine bağlı güvenlik güçlerinin Kunar eyaletinde IŞİD-K "
        "hücresine düzenlediği operasyonda 2 militan öldürüldü, 1 militan yakalandı.\n\n"
        "Sözcü, evde saklanan militanların ateş açtığını, çıkan çatışmada 2 militanın "
        "öldürüldüğünü belirtti.\n\n"
        "Açıklamada, evde intihar yelekleri ve el bombaları ele geçirildiği, hücrenin Kunar’da "
        "saldırılar planladığı ifade edildi.\n\n"
        "Taliban yönetimi, IŞİD-K'nin ülkede büyük ölçüde etkisiz hale getirildiğini savunuyor."
    )
    assert _sides(text, "tr", dt.date(2025, 8, 18))[0][1] == "TALIBAN"


def test_the_agent_of_a_scene_setting_sentence_just_before_the_event_acts() -> None:
    text = (
        "05/02/2024: Taliban security forces surrounded a compound in Chaghcharan city, Ghor "
        "province, Afghanistan, where Islamic State members were sheltering. In an exchange of "
        "fire, three Islamic State fighters were killed, one of them when he set off his "
        "suicide vest."
    )
    events = extract_text(text, published=dt.date(2024, 5, 2), language="en", genre="summary")
    assert [e.actor1 for e in events.events] == ["TALIBAN"]


def test_it_after_an_opening_time_phrase_is_the_group_last_told_acting() -> None:
    text = (
        "KABUL, May 4 (Desk) - A bomb killed three guards at a checkpoint in Kunduz city "
        "yesterday, officials said. Officials blamed Islamic State Khorasan Province.\n\n"
        "Taliban officials have often been targeted. In June 2023, it claimed a suicide "
        "bombing that killed the deputy governor of Badakhshan province in Faizabad."
    )
    found = _sides(text, "en", dt.date(2024, 5, 4))
    assert ("2023-06-01", "ISKP", "ISKP") in found


def test_arabic_the_front_is_the_group_named_front_before() -> None:
    from conflictdesk.extract.actors import GROUP_ANAPHOR, ActorHit, acting_groups

    registry = load_registry()
    sentences: list[tuple[ActorHit, ...]] = [
        (ActorHit(0, 21, "جبهة الحرية الأفغانية", "AFF", "claim"),),
        (ActorHit(30, 37, "طالبان", "TALIBAN", "agent"),),
        (ActorHit(40, 46, "الجبهة", GROUP_ANAPHOR, "claim"),),
    ]
    assert acting_groups(sentences, registry)[2] == "AFF"
    front_line = "قتل جنديان على الجبهة في هجوم لطالبان."
    assert all(
        h.actor_id != GROUP_ANAPHOR for h in find_actors(front_line, registry, language="ar")
    )


def test_the_insurgents_blamed_are_the_group_the_report_is_about() -> None:
    text = (
        "KABUL, May 3 (Desk) - A bomb killed a tribal elder at his home in Logar province "
        "yesterday, officials said.\n\n"
        "A Taliban spokesman declined to comment, but two police officials said the "
        "insurgents were behind the killing."
    )
    assert _sides(text, "en", dt.date(2012, 5, 3))[0][1] == "TALIBAN"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("وفي مايو الماضي قتل مسلحون من طالبان سبعة حراس في هجوم على فندق في هرات.", "agent"),
        ("وقتلت القوات الأمنية ثلاثة مسلحين من طالبان في هرات.", "mention"),
    ],
)
def test_arabic_an_attacker_from_a_group_is_the_group_acting(text: str, role: str) -> None:
    hits = find_actors(text, load_registry(), language="ar")
    assert [(h.actor_id, h.role) for h in hits] == [("TALIBAN", role)]
