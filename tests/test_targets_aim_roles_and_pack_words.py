"""Target and attack types: possessives, bombs aimed at one person, prominent roles in Russian
and Arabic, arson and shooting words of the pack, blows and stones."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract.classify import classify
from conflictdesk.extract.targets import TargetChoice, choose
from conflictdesk.extract.triggers import find_triggers
from conflictdesk.resolve.registry import load_registry


def _chosen(text: str, verb: str, date: dt.date = dt.date(2012, 5, 1)) -> TargetChoice | None:
    """The target ``choose`` picks for the event word ``verb``."""
    return choose(
        text, load_registry(), offset=0, trigger_at=text.index(verb), exclude=[], date=date
    )


def _type(text: str, verb: str, date: dt.date = dt.date(2012, 5, 1)) -> str | None:
    found = _chosen(text, verb, date)
    return found.target_type if found is not None else None


def test_people_owning_a_thing_by_plural_possessive_are_not_the_target() -> None:
    text = (
        "Armed men searched the passengers' bags and then shot dead three men who worked "
        "for the provincial education department."
    )
    assert _type(text, "Armed") == "Government (General)"


def test_travellers_shot_after_a_plural_possessive_stay_the_target() -> None:
    text = "Armed men stopped the passengers' car and shot dead the passengers on the road."
    assert _type(text, "Armed") == "Private Citizens & Property"


def _aimed(text: str, verb: str) -> bool | None:
    found = _chosen(text, verb)
    return found.prominent_bombing if found is not None else None


def test_a_bomb_at_the_guesthouse_of_a_named_minister_was_aimed_at_him() -> None:
    text = "A car bomb went off outside the guesthouse of acting finance minister Aziz Rahimi."
    assert _aimed(text, "bomb") is True


def test_a_bomb_at_the_guesthouse_of_an_unnamed_office_holder_is_no_aim() -> None:
    text = "A car bomb went off outside the guesthouse of the provincial governor."
    assert _aimed(text, "bomb") is False


def test_a_victim_told_to_be_the_target_was_the_bomb_s_aim() -> None:
    text = (
        "The blast killed 30 people, among them Nur Ahmad, a district council member and former "
        "commander who appeared to be the target."
    )
    assert _aimed(text, "blast") is True


def test_a_victim_among_the_dead_with_no_word_of_aim_is_no_aim() -> None:
    text = (
        "The blast killed 30 people, among them Nur Ahmad, a district council member and former "
        "commander who had come to watch the match."
    )
    assert _aimed(text, "blast") is False


def _pack_means(text: str, language: str) -> list[str]:
    return [h.means for h in find_triggers(text, language=language, registry=load_registry())]


def test_pack_arson_words_are_arson_in_every_language() -> None:
    assert "arson" in _pack_means("Silahlı kişiler gece bir kız okulunu ateşe verdi.", "tr")
    assert "arson" in _pack_means("Неизвестные ночью подожгли здание школы.", "ru")
    assert "arson" in _pack_means("أضرم النار في مدرسة للبنات ليلا.", "ar")


def test_russian_opening_shooting_is_firearms() -> None:
    assert "firearm" in _pack_means("Боевики ворвались в здание и открыли стрельбу.", "ru")
    assert "firearm" not in _pack_means("Боевики ворвались в здание и открыли дверь.", "ru")


def _prominent(text: str, verb: str) -> bool | None:
    found = _chosen(text, verb, dt.date(2024, 5, 1))
    return found.prominent if found is not None else None


def test_a_russian_embassy_man_fired_at_is_a_diplomat_aimed_at() -> None:
    text = "Неизвестный открыл огонь по машине сотрудника посольства Китая в столице."
    assert _prominent(text, "открыл") is True


def test_russian_embassy_staff_in_the_plural_are_no_one_person() -> None:
    text = "Неизвестный открыл огонь по автобусу с сотрудниками посольства Китая в столице."
    assert _prominent(text, "открыл") is False


def test_an_arabic_official_bombed_in_his_car_was_the_aim() -> None:
    text = "قتل مسؤول محلي في انفجار عبوة لاصقة ثبتت بسيارته في المدينة."
    assert _aimed(text, "انفجار") is True


def test_arabic_officials_in_the_plural_are_no_one_person() -> None:
    text = "قتل مسؤولون محليون في انفجار عبوة في سوق المدينة."
    assert _aimed(text, "انفجار") is False


def test_a_russian_official_shot_is_one_prominent_person() -> None:
    text = "Неизвестные застрелили чиновника провинциальной администрации у его дома."
    assert _prominent(text, "застрелили") is True


def test_a_turkish_military_vehicle_is_a_military_target() -> None:
    text = "Köy yolunda bir askeri aracın geçişi sırasında yola yerleştirilen bomba patladı."
    assert _type(text, "bomba") == "Military"


def test_a_turkish_civilian_vehicle_is_no_military_target() -> None:
    text = "Köy yolunda bir yolcu aracının geçişi sırasında yola yerleştirilen bomba patladı."
    assert _type(text, "bomba") == "Private Citizens & Property"


def _attack(text: str) -> tuple[str | None, str | None]:
    found = classify(
        find_triggers(text), armed_target=False, prominent_target=False, casualties=True
    )
    assert found is not None
    return found.attack_type, found.weapon_type


def test_a_passive_blow_to_the_head_and_stones_are_an_unarmed_assault() -> None:
    text = (
        "Guards beat the villagers, and one man who had been struck on the head died; the "
        "guards said the villagers had attacked them with stones."
    )
    assert _attack(text) == ("Unarmed Assault", "Melee")


def test_villagers_attacked_with_rifles_are_an_armed_assault() -> None:
    text = "The guards said the villagers had attacked them with rifles."
    assert _attack(text) == ("Armed Assault", "Firearms")


def test_a_russian_body_that_reported_the_blast_is_no_target() -> None:
    text = "Один человек погиб при взрыве в маршрутном микроавтобусе, сообщили в полиции."
    assert _type(text, "взрыве", dt.date(2019, 5, 1)) == "Private Citizens & Property"


def test_a_russian_police_post_struck_is_the_target() -> None:
    text = "Один человек погиб при взрыве у поста полиции на окраине города."
    assert _type(text, "взрыве", dt.date(2019, 5, 1)) == "Police"


def test_a_turkish_parked_car_at_the_police_directorate_is_a_police_target() -> None:
    text = "Kentte emniyet müdürlüğünün önüne park edilmiş bomba yüklü bir otomobil patlatıldı."
    assert _type(text, "bomba") == "Police"


def test_a_turkish_park_struck_is_the_park() -> None:
    text = "Kentte bir park ve bir okul bomba yüklü bir otomobille hedef alındı."
    found = choose(
        text, load_registry(), offset=0, trigger_at=0, exclude=[], date=dt.date(2012, 5, 1)
    )
    assert found is not None
    assert (found.target, found.target_type) == ("park", "Private Citizens & Property")
