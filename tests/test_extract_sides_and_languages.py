"""Wire reports in Russian and Arabic (relative days, weekday words that look like numbers, the
armed group as the subject of an attack verb) and the sides of an event: a state's raid on an
armed group, former servants of a fallen state."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.extract.casualties import find_casualties
from conflictdesk.extract.dates import find_dates
from conflictdesk.resolve.registry import load_registry

REFERENCE = dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Накануне в провинции Нангархар боевики напали на патруль.", "ru", dt.date(2024, 3, 11)),
        ("Вчера вечером в Кабуле прогремел взрыв.", "ru", dt.date(2024, 3, 11)),
        ("Dün sabah Kabil'de bir patlama oldu.", "tr", dt.date(2024, 3, 11)),
        ("مساء أمس هاجم مسلحون نقطة تفتيش في كابل.", "ar", dt.date(2024, 3, 11)),
    ],
)
def test_relative_days(text: str, language: str, expected: dt.date) -> None:
    found = find_dates(text, reference=REFERENCE, language=language)
    assert [d.date for d in found][:1] == [expected]


def test_arabic_monday_is_not_the_number_two() -> None:
    text = "قتل ثمانية أشخاص وأصيب 12 آخرون يوم الاثنين في تفجير استهدف مسجدا في كابل."
    injured = [
        m.quantity.best for m in find_casualties(text, language="ar") if m.outcome == "injured"
    ]
    assert injured == [12]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "КАБУЛ, 12 марта. Накануне в провинции Нангархар боевики ИГИЛ напали на патруль, "
            "погибли трое.",
            "ru",
        ),
        (
            "كابل - هاجم مسلحون من تنظيم داعش دورية في ولاية ننكرهار أمس، ما أسفر عن مقتل ثلاثة.",
            "ar",
        ),
    ],
)
def test_group_as_subject_of_an_attack_verb_is_the_perpetrator(text: str, language: str) -> None:
    events = extract_text(text, published=dt.date(2024, 3, 13), language=language).events
    assert [e.actor1 for e in events] == ["ISKP"]
    assert events[0].claimed_by is None


def test_group_as_object_is_not_the_perpetrator() -> None:
    text = "КАБУЛ, 12 марта. Неизвестные напали на патруль талибов в провинции Нангархар."
    events = extract_text(text, published=dt.date(2024, 3, 13), language="ru").events
    assert [e.actor1 for e in events] in ([None], [])


def test_a_state_raid_on_an_armed_group_has_no_attack_type() -> None:
    text = (
        "HERAT, Feb 20 — Taliban intelligence forces killed two members of the Islamic State "
        "Khorasan Province in a raid on a house in Herat city on Tuesday, an official said."
    )
    events = extract_text(text, published=dt.date(2024, 2, 20)).events
    assert [(e.actor1, e.actor2, e.attack_type) for e in events] == [("TALIBAN", "ISKP", None)]


def test_a_killing_of_a_former_soldier_keeps_its_attack_type() -> None:
    text = (
        "06/03/2023: Gunmen shot dead a retired army sergeant of the republic near a bakery in "
        "Andar district, Ghazni province, Afghanistan. His family blamed the Taliban."
    )
    events = extract_text(text, published=dt.date(2023, 6, 3)).events
    assert [(e.attack_type, e.target_type, e.event_type) for e in events] == [
        ("Armed Assault", "Private Citizens & Property", "Violence against civilians")
    ]


def test_a_former_official_before_the_state_fell_keeps_the_government_type() -> None:
    text = (
        "02/11/2017: Gunmen shot dead a former district governor outside a mosque in Andar "
        "district, Ghazni province, Afghanistan. Officials blamed the Taliban."
    )
    events = extract_text(text, published=dt.date(2017, 2, 11)).events
    assert [e.target_type for e in events] == ["Government (General)"]


@pytest.mark.parametrize(
    ("text", "language", "killed"),
    [
        (
            "كابل - لقي خمسة أشخاص مصرعهم يوم الأحد في انفجار استهدف سوقا في مدينة جلال آباد.",
            "ar",
            5,
        ),
        (
            "КАБУЛ, 3 марта. Трое боевиков ликвидированы в ходе операции талибов "
            "в провинции Кунар.",
            "ru",
            3,
        ),
    ],
)
def test_tolls_worded_without_the_common_verbs(text: str, language: str, killed: int) -> None:
    events = extract_text(text, published=dt.date(2024, 3, 4), language=language).events
    assert [e.fatalities.best for e in events] == [killed]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "03/03/2010: Taliban fighters blew up a girls' school in Sayedabad district, Wardak "
            "province, Afghanistan. There were no casualties.",
            "TALIBAN",
        ),
        (
            "03/03/2010: Gunmen fired on a polling centre in Khost city, Khost province, "
            "Afghanistan. The Taliban, who had called for a boycott, were blamed.",
            "TALIBAN",
        ),
        (
            "03/03/2016: Gunmen abducted 12 travellers in Arghandab district, Zabul province, "
            "Afghanistan. Officials attributed the abduction to men who had sworn allegiance to "
            "the Islamic State.",
            "ISKP",
        ),
        (
            "03/03/2012: A soldier shot dead three comrades at a base in Gereshk district, "
            "Helmand province, Afghanistan. Officials said he had been recruited by the Taliban.",
            "TALIBAN",
        ),
        (
            "03/03/2012: Members of an anti-Taliban militia shot dead a Taliban commander in "
            "Andar district, Ghazni province, Afghanistan.",
            None,
        ),
    ],
)
def test_perpetrators_named_in_less_common_ways(text: str, actor1: str | None) -> None:
    events = extract_text(text, published=dt.date(2016, 3, 3)).events
    assert [e.actor1 for e in events] == [actor1]


def test_explosives_hidden_on_the_body_make_a_suicide_attack() -> None:
    text = (
        "03/03/2012: A visitor detonated explosives hidden in his turban during a meeting of "
        "elders in Dand district, Kandahar province, Afghanistan, killing four people."
    )
    events = extract_text(text, published=dt.date(2012, 3, 3)).events
    assert [e.suicide for e in events] == [True]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "КАБУЛ, 3 марта. В провинции Тахар вчера в Талукане застрелен бывший чиновник.",
            "ru",
            ("Takhar", "Taloqan"),
        ),
        (
            "كابل - قتل مسؤول سابق أمس في ولاية بلخ في مدينة مزار شريف برصاص مسلحين مجهولين.",
            "ar",
            ("Balkh", "Mazar-i-Sharif"),
        ),
    ],
)
def test_the_town_named_after_its_province_is_the_place(
    text: str, language: str, place: tuple[str, str]
) -> None:
    events = extract_text(text, published=dt.date(2024, 3, 4), language=language).events
    assert [(e.admin1, e.location) for e in events] == [place]


def test_the_regional_branch_of_the_islamic_state_is_iskp() -> None:
    text = (
        "PESHAWAR, Pakistan, July 31 (Agency) — A suicide bomber killed 40 people at a rally "
        "in northwest Pakistan on Sunday, officials said, after the regional branch of the "
        "Islamic State group claimed responsibility in a statement on its Amaq outlet."
    )
    events = extract_text(text, published=dt.date(2023, 7, 31)).events
    assert [(e.actor1, e.claimed_by, e.actor2) for e in events] == [("ISKP", "ISKP", None)]


def test_a_district_named_like_a_town_keeps_its_province() -> None:
    text = (
        "03/03/2017: A drone strike killed four militants in Achin district, Afghanistan. "
        "No other casualties were reported."
    )
    events = extract_text(text, published=dt.date(2017, 3, 3)).events
    assert [(e.admin1, e.location) for e in events] == [("Nangarhar", "Achin district")]


def test_a_claim_of_an_attack_named_by_its_place() -> None:
    hits = find_actors("ISKP claimed the Moscow attack within hours.", load_registry())
    assert (hits[0].actor_id, hits[0].role) == ("ISKP", "claim")


def test_a_place_used_by_a_group_does_not_make_it_the_agent() -> None:
    hits = find_actors(
        "Jets struck a cave complex used by the Taliban in Tora Bora.", load_registry()
    )
    assert [h.role for h in hits] == ["mention"]


def test_an_earlier_claimed_attack_in_the_background_is_its_own_event() -> None:
    text = (
        "KABUL, 12 March (Agency) — A suicide bomber killed six people at a mosque in Kabul on "
        "Monday, police said.\n\n"
        "In October 2021 a suicide bombing at a Shia mosque in Kunduz killed dozens of "
        "worshippers, an attack claimed by the Islamic State Khorasan Province."
    )
    events = extract_text(text, published=dt.date(2024, 3, 12)).events
    assert sorted(str(e.event_date) for e in events) == ["2021-10-01", "2024-03-11"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "KABUL, March 12 (Agency) — A suicide bomber killed six people at a mosque in "
            "Kabul on Monday, police said. The attack came three days after a bomb killed "
            "four people at a market in Jalalabad.",
            "en",
        ),
        (
            "كابل، 12 مارس — قتل ستة أشخاص في تفجير انتحاري استهدف مسجدا في كابل يوم الاثنين. "
            "ويأتي الهجوم بعد ثلاثة أيام من تفجير استهدف سوقا في جلال آباد وأسفر عن مقتل أربعة.",
            "ar",
        ),
    ],
)
def test_an_earlier_incident_dated_from_the_main_one(text: str, language: str) -> None:
    events = extract_text(text, published=dt.date(2024, 3, 12), language=language).events
    assert sorted(str(e.event_date) for e in events) == ["2024-03-08", "2024-03-11"]


@pytest.mark.parametrize(
    ("text", "language", "place"),
    [
        (
            "KUNDUZ, Oct 9 (Agency) — A suicide bomber struck a mosque in the northern Afghan "
            "city of Kunduz on Friday, killing 40 worshippers, officials said.",
            "en",
            ("Kunduz", "Kunduz"),
        ),
        (
            "TAHRAN (AA) - İran'ın güneydoğusundaki Kirman kentinde dün düzenlenen bombalı "
            "saldırıda 20 kişi hayatını kaybetti.",
            "tr",
            ("Kerman Province", "Kerman"),
        ),
    ],
)
def test_the_place_behind_a_demonym_or_a_foreign_spelling(
    text: str, language: str, place: tuple[str, str]
) -> None:
    events = extract_text(text, published=dt.date(2024, 1, 4), language=language).events
    assert [(e.admin1, e.location) for e in events] == [place]


def test_an_earlier_attack_in_the_same_area_takes_the_main_events_place() -> None:
    text = (
        "KABUL, March 22 (Agency) — A suicide bomber killed 20 people outside a bank in "
        "Kandahar city on Thursday, police said.\n\n"
        "In October 2021 a suicide bomber killed dozens of worshippers at a Shia mosque in the "
        "same city."
    )
    events = extract_text(text, published=dt.date(2024, 3, 22)).events
    assert sorted((str(e.event_date), e.admin1) for e in events) == [
        ("2021-10-01", "Kandahar"),
        ("2024-03-21", "Kandahar"),
    ]


def test_the_day_a_toll_rose_is_not_the_day_of_the_attack() -> None:
    text = (
        "PESHAWAR, July 31 (Agency) — The death toll from a suicide bombing at a rally in "
        "northwest Pakistan rose to 54 on Monday, officials said.\n\n"
        "The bomber struck on Sunday afternoon inside a tent where hundreds of party workers "
        "had gathered."
    )
    events = extract_text(text, published=dt.date(2023, 7, 31)).events
    assert [str(e.event_date) for e in events] == ["2023-07-30"]


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "KABİL (AA) - DEAŞ militanları dün Nangarhar'da bir kontrol noktasına saldırdı, "
            "3 kişi öldü.",
            "ISKP",
        ),
        (
            "KABİL (AA) - Kunar'da Taliban güçlerine ait bir karakola dün gece saldırı "
            "düzenlendi, 2 kişi öldü.",
            None,
        ),
    ],
)
def test_a_turkish_group_named_before_the_verb(text: str, actor1: str | None) -> None:
    events = extract_text(text, published=dt.date(2025, 8, 17), language="tr").events
    assert [e.actor1 for e in events] == [actor1]


@pytest.mark.parametrize(
    ("text", "language", "published"),
    [
        (
            "ГЕРАТ, 5 апреля. Бойцы разведки движения «Талибан» в четверг провели операцию "
            "против укрытия группировки «Исламское государство – Хорасан» в городе Герат. "
            "По словам представителя властей, в перестрелке погибли двое боевиков.",
            "ru",
            dt.date(2024, 4, 5),
        ),
        (
            "HERAT, 5 Nisan (AA) - Taliban güçleri perşembe günü Herat kentinde DEAŞ'ın Horasan "
            "koluna operasyon düzenledi. Çıkan çatışmada 2 militan öldürüldü.",
            "tr",
            dt.date(2024, 4, 5),
        ),
    ],
)
def test_a_security_operation_stated_in_the_lead_is_the_raid(
    text: str, language: str, published: dt.date
) -> None:
    """The lead's operation dates and places the raid; its forces act on the armed group."""
    events = extract_text(text, published=published, language=language).events
    assert [(str(e.event_date), e.event_type, e.actor1, e.actor2) for e in events] == [
        ("2024-04-04", "Battles", "TALIBAN", "ISKP")
    ]


def test_an_operation_in_which_suspects_were_detained_is_an_arrest() -> None:
    text = (
        "ANKARA, 5 Nisan (AA) - Ankara Emniyeti, DEAŞ'a para topladığı belirlenen dört kişiyi "
        "dün düzenlediği operasyonla gözaltına aldı."
    )
    events = extract_text(text, published=dt.date(2024, 4, 5), language="tr").events
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_the_afghan_forces_that_carried_out_an_operation_act() -> None:
    text = (
        "ДЖАЛАЛАБАД, 9 мая. Афганские военные накануне провели операцию против боевиков "
        "«Исламского государства – Хорасан» в уезде Хогьяни, убиты шестеро боевиков."
    )
    events = extract_text(text, published=dt.date(2019, 5, 9), language="ru").events
    assert [e.actor1 for e in events] == ["ANDSF"]


def test_an_arabic_force_attached_to_the_taliban_raids() -> None:
    text = (
        "قندهار - أعلنت السلطات أن قوات خاصة تابعة لطالبان قتلت أمس اثنين من عناصر داعش "
        "خراسان في مداهمة لمنزل في مدينة قندهار."
    )
    events = extract_text(text, published=dt.date(2024, 4, 5), language="ar").events
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [("Battles", "TALIBAN", "ISKP")]
