"""Attack and target types: air strikes told in the background, claims naming an assassination,
bomb squads, Turkish council heads and magnetic bombs, Arabic "تابعة ل", beatings.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event


def _events(text: str, language: str = "en", genre: str = "wire") -> list[Event]:
    found = extract_text(
        text,
        document_id="t-htargets2",
        published=dt.date(2019, 5, 8),
        genre=genre,
        language=language,
    )
    return list(found.events)


def _main(text: str, language: str = "en") -> Event:
    events = _events(text, language)
    assert events
    return events[0]


def test_air_strikes_answering_a_ground_attack_do_not_type_it() -> None:
    # the lead tells a raid on posts; the air strikes later are the army's answer
    text = (
        "KUNDUZ, May 8 (Test Wire) - Taliban fighters stormed two army posts in Kunduz "
        "province overnight, and three soldiers died in the fighting, officials said. "
        "A spokesman said troops pushed the attackers back and that air strikes were "
        "held back because militants hid among village homes."
    )
    event = _main(text)
    assert event.attack_type == "Armed Assault"


def test_air_strikes_in_a_later_sentence_do_not_type_an_arson() -> None:
    text = (
        "FEYZABAD, May 8 (Test Wire) - Gunmen set fire to a mobile phone mast in Badakhshan "
        "province on Tuesday night, officials said. No one was hurt. The militants say "
        "foreign forces guide air strikes by tracking phone signals."
    )
    event = _main(text)
    assert event.attack_type == "Facility/Infrastructure Attack"


def test_turkish_magnetic_bomb_on_the_car_of_a_council_head_is_an_assassination() -> None:
    # Turkish puts the head after the body: "Belediye Meclisi Başkanı" (the town council's head)
    text = (
        "KANDAHAR, 8 Mayıs (Test Ajansı) – Kandahar vilayetinde Belediye Meclisi Başkanı "
        "Hacı Nurullah Ahmedi, salı günü aracına yerleştirilen mıknatıslı bombanın "
        "patlaması sonucu hayatını kaybetti."
    )
    event = _main(text, "tr")
    assert event.attack_type == "Assassination"


def test_a_claim_of_the_assassination_tells_the_kind_of_act() -> None:
    text = (
        "KUNDUZ, May 8 (Test Wire) - Gunmen shot dead a man outside his home in Kunduz city "
        "on Tuesday evening, police said. Later that night the Islamic State group claimed "
        "responsibility for the assassination in a statement."
    )
    event = _main(text)
    assert event.attack_type == "Assassination"


def test_explosives_experts_name_no_device_used() -> None:
    text = (
        "KABUL, May 8 (Test Wire) - Three gunmen stormed a guesthouse in Kabul on Tuesday "
        "and shot dead two guards, officials said. Explosives experts later searched the "
        "building."
    )
    event = _main(text)
    assert event.attack_type == "Armed Assault"


def test_arabic_explosives_experts_name_no_device_used() -> None:
    text = (
        "كابل - 8 مايو (وكالة الاختبار) - قتل مسلحون حارسين عندما اقتحموا دار ضيافة في "
        "العاصمة الأفغانية كابل مساء أمس الثلاثاء. وقام خبراء المتفجرات بتفتيش المبنى لاحقا."
    )
    event = _main(text, "ar")
    assert event.attack_type == "Armed Assault"


def test_arabic_place_belonging_to_an_aid_group_is_the_group() -> None:
    # "a guesthouse belonging to an aid organisation": the owner is who was attacked
    text = (
        "هرات - 8 مايو (وكالة الاختبار) - اقتحم مسلحون دار ضيافة تابعة لمنظمة إغاثة دولية "
        "في مدينة هرات مساء أمس الثلاثاء وقتلوا حارسين، وفق ما أفاد مسؤولون محليون."
    )
    event = _main(text, "ar")
    assert event.target_type == "NGO"


def test_forces_beat_people_named_without_a_determiner() -> None:
    text = (
        "FAYZABAD, May 8 (Test Wire) - Police beat shopkeepers who refused to close their "
        "stalls in Fayzabad on Tuesday, and one of them died of his injuries, residents said."
    )
    event = _main(text)
    assert event.attack_type == "Unarmed Assault"
