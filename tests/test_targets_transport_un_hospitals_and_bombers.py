"""Target, attack and event type rules: transport hubs, UN staff, hospitals, suicide drivers,
raids. Each text is invented."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _main(text: str) -> dict[str, object]:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()


def test_minibus_station_is_transportation() -> None:
    event = _main(
        "06/14/2013: A man in a suicide vest set off his explosives at a crowded minibus stop "
        "in Pul-e Khumri city, Baghlan province, Afghanistan. Four people died."
    )
    assert event["target_type"] == "Transportation"


def test_minibus_itself_stays_private_citizens() -> None:
    event = _main(
        "06/14/2013: A roadside bomb struck a minibus carrying farmers in Nahr-e Saraj "
        "district, Helmand province, Afghanistan. Four people died."
    )
    assert event["target_type"] == "Private Citizens & Property"


def test_named_neighbourhood_is_where_not_whom() -> None:
    event = _main(
        "02/09/2019: A car bomb went off at a taxi stand in the Karte Seh neighbourhood of "
        "Kabul city, Kabul province, Afghanistan, killing six people."
    )
    assert event["target_type"] == "Transportation"


def test_unnamed_neighbourhood_residents_stay_private_citizens() -> None:
    event = _main(
        "02/09/2019: Rockets fell on a residential neighbourhood of Kunduz city, Kunduz "
        "province, Afghanistan, killing three people."
    )
    assert event["target_type"] == "Private Citizens & Property"


def test_un_election_workers_are_diplomatic() -> None:
    event = _main(
        "03/11/2005: Gunmen abducted two UN election workers from their car near Jalalabad "
        "city, Nangarhar province, Afghanistan. They were freed a week later."
    )
    assert event["target_type"] == "Government (Diplomatic)"


def test_national_election_workers_stay_government() -> None:
    event = _main(
        "03/11/2005: Gunmen abducted two election workers of the national commission from "
        "their car near Jalalabad city, Nangarhar province, Afghanistan. They were freed a week "
        "later."
    )
    assert event["target_type"] == "Government (General)"


def _wire(text: str, language: str) -> dict[str, object]:
    events = extract_text(
        text,
        document_id="case",
        language=language,
        genre="wire",
        published=dt.date(2012, 3, 4),
    ).events
    assert events, text
    return events[0].to_dict()


def test_arabic_bus_carrying_soldiers_is_military() -> None:
    event = _wire(
        "قندهار - قُتل ثلاثة جنود وأصيب أربعة آخرون اليوم الأحد عندما انفجرت عبوة ناسفة "
        "بحافلة تقل جنوداً من الجيش الأفغاني في مديرية أرغنداب بولاية قندهار.",
        "ar",
    )
    assert event["target_type"] == "Military"


def test_arabic_bus_carrying_passengers_stays_private_citizens() -> None:
    event = _wire(
        "قندهار - قُتل ثلاثة أشخاص اليوم الأحد عندما انفجرت عبوة ناسفة بحافلة تقل ركاباً "
        "في مديرية أرغنداب بولاية قندهار، بحسب ما أعلنت الشرطة.",
        "ar",
    )
    assert event["target_type"] == "Private Citizens & Property"


def test_explosives_vest_is_a_suicide_bombing() -> None:
    event = _main(
        "04/02/2015: A man wearing an explosives belt blew up outside a police post in "
        "Maidan Shahr city, Wardak province, Afghanistan, killing two officers."
    )
    assert event["sub_event_type"] == "Suicide bomb"
    assert event["suicide"] is True


def test_car_bomb_driven_into_a_convoy_is_a_suicide_bombing() -> None:
    event = _main(
        "04/02/2015: A man drove a pickup packed with explosives into an army convoy on the "
        "highway in Pul-e Alam district, Logar province, Afghanistan, killing three soldiers."
    )
    assert event["sub_event_type"] == "Suicide bomb"
    assert event["suicide"] is True


def test_parked_car_bomb_stays_a_remote_bombing() -> None:
    event = _main(
        "04/02/2015: A car packed with explosives parked beside the road blew up as an army "
        "convoy passed in Pul-e Alam district, Logar province, Afghanistan, killing three "
        "soldiers."
    )
    assert event["sub_event_type"] == "Remote explosive/landmine/IED"
    assert event["suicide"] is False


def test_turkish_peace_council_member_is_government() -> None:
    event = _wire(
        "Kabil, 4 Mart (AA) - Yüksek Barış Konseyi'nin üyelerinden Mevlevi Abdülbaki, bugün "
        "Herat kentinde evinin önünde uğradığı silahlı saldırıda hayatını kaybetti.",
        "tr",
    )
    assert event["target_type"] == "Government (General)"


def test_turkish_landmark_only_near_is_no_target() -> None:
    event = _wire(
        "Herat, 4 Mart (AA) - Herat kentinde Herat Üniversitesi yakınlarındaki bir kavşakta "
        "bugün bomba patladı, 3 kişi yaralandı.",
        "tr",
    )
    assert event["target_type"] != "Educational Institution"


def test_turkish_school_attacked_stays_educational() -> None:
    event = _wire(
        "Herat, 4 Mart (AA) - Herat kentinde bir kız okuluna düzenlenen bombalı saldırıda 5 "
        "öğrenci hayatını kaybetti.",
        "tr",
    )
    assert event["target_type"] == "Educational Institution"


def test_bomb_at_the_governors_office_is_a_bombing() -> None:
    event = _main(
        "10/03/2014: A bomb hidden in a cart went off outside the office of the district "
        "governor in Khanabad district, Kunduz province, Afghanistan. Five people were wounded."
    )
    assert event["attack_type"] == "Bombing/Explosion"


def test_bomb_on_the_governors_car_stays_an_assassination() -> None:
    event = _main(
        "10/03/2014: A magnetic bomb attached to the car of the district governor exploded in "
        "Khanabad district, Kunduz province, Afghanistan. The governor was wounded."
    )
    assert event["attack_type"] == "Assassination"


def test_peace_council_member_shot_is_an_assassination() -> None:
    event = _main(
        "07/19/2012: Gunmen shot High Peace Council member Haji Sayed Qasim in Deh Sabz "
        "district, Kabul province, Afghanistan. He died on the way to hospital."
    )
    assert event["target_type"] == "Government (General)"
    assert event["attack_type"] == "Assassination"


def test_peace_council_office_bombed_stays_a_bombing() -> None:
    event = _main(
        "07/19/2012: A bomb exploded at the gate of the High Peace Council office in Kabul "
        "city, Kabul province, Afghanistan, wounding two guards."
    )
    assert event["attack_type"] == "Bombing/Explosion"


def test_sticky_bomb_on_named_mans_car_is_an_assassination() -> None:
    event = _main(
        "05/06/2019: A sticky bomb attached to the car of Abdul Qadir Rahimi, a local "
        "engineer, exploded in Puli Khumri city, Baghlan province, Afghanistan. Abdul Qadir "
        "Rahimi was wounded."
    )
    assert event["attack_type"] == "Assassination"


def test_sticky_bomb_on_unnamed_officers_car_stays_a_bombing() -> None:
    event = _main(
        "05/06/2019: A sticky bomb attached to the car of a police officer exploded in Puli "
        "Khumri city, Baghlan province, Afghanistan. The officer was wounded."
    )
    assert event["attack_type"] == "Bombing/Explosion"


def test_elder_attacked_by_untold_means_is_unknown() -> None:
    event = _main(
        "08/14/2013: Assailants attacked a village elder in Chak district, Wardak province, "
        "Afghanistan. How the attack was carried out was not reported. The elder was killed."
    )
    assert event["attack_type"] == "Unknown"


def test_elder_shot_dead_stays_an_assassination() -> None:
    event = _main(
        "08/14/2013: Gunmen shot dead a village elder in Chak district, Wardak province, "
        "Afghanistan. No group claimed responsibility."
    )
    assert event["attack_type"] == "Assassination"


def test_provincial_hospital_is_other() -> None:
    event = _main(
        "03/17/2012: A suicide bomber blew himself up at the gate of the provincial hospital "
        "in Ghazni city, Ghazni province, Afghanistan, killing four people."
    )
    assert event["target_type"] == "Other"


def test_military_hospital_stays_military() -> None:
    event = _main(
        "03/17/2012: A suicide bomber blew himself up at the gate of the military hospital "
        "in Ghazni city, Ghazni province, Afghanistan, killing four people."
    )
    assert event["target_type"] == "Military"


def test_summary_raid_with_raiders_hurt_is_an_armed_assault() -> None:
    event = _main(
        "03/09/2023: Taliban intelligence forces raided a house used by the Islamic State "
        "Khorasan Province in Pul-e Khumri city, Baghlan province, Afghanistan. Three ISKP "
        "members were killed and one Taliban officer was wounded."
    )
    assert event["attack_type"] == "Armed Assault"


def test_summary_raid_with_only_militants_killed_has_no_attack_type() -> None:
    event = _main(
        "03/09/2023: Taliban intelligence forces raided a house used by the Islamic State "
        "Khorasan Province in Pul-e Khumri city, Baghlan province, Afghanistan. Three ISKP "
        "members were killed. No casualties were reported among the Taliban forces."
    )
    assert event["attack_type"] is None
