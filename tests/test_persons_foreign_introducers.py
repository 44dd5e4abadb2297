"""More ways Russian and Arabic reports introduce a person the event concerns: an age
("47-летний"), the passive verb of the person's fate before the name ("был задержан ..."),
"застрелен" and "скончался" as deaths, an Arabic name in apposition after a comma and a
title ("قائد الشرطة، المولوي ..."), and "استشهد" as a death.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str, language: str) -> dict[str, str | None]:
    found = extract_text(
        text,
        document_id="t-foreign-introducers",
        published=dt.date(2023, 9, 14),
        genre="wire",
        language=language,
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_russian_age_introduces_the_victim() -> None:
    text = (
        "Кундуз, 13 сентября. Неизвестные в среду застрелили 47-летнего муллу Гуляма Хайдара "
        "Рахими у ворот мечети в Кундузе, сообщили в полиции. Рахими был застрелен, когда "
        "выходил после молитвы."
    )
    names = _names(text, "ru")
    assert any("Хайдар" in name and outcome == "killed" for name, outcome in names.items())


def test_russian_passive_verb_before_the_name() -> None:
    text = (
        "Джелалабад, 13 сентября. В ходе ночного рейда в Джелалабаде был задержан Абу Зубейр "
        "Хорасани, которого талибы называют одним из вербовщиков ИГ-Хорасан."
    )
    assert _names(text, "ru").get("Абу Зубейр Хорасани") == "captured"


def test_russian_shot_dead_is_a_death() -> None:
    text = (
        "Мазари-Шариф, 13 сентября. Судья провинциального суда Балха Мухаммад Назир Ахмади "
        "застрелен в среду неизвестными у своего дома в Мазари-Шарифе."
    )
    assert _names(text, "ru").get("Мухаммад Назир Ахмади") == "killed"


def test_a_wounded_man_named_after_an_age_is_not_killed() -> None:
    text = (
        "Кундуз, 13 сентября. При взрыве на рынке Кундуза в среду ранен 35-летний торговец "
        "Наджибулла Сафи, сообщили в больнице."
    )
    assert _names(text, "ru").get("Наджибулла Сафи") == "injured"


def test_arabic_name_in_apposition_after_a_comma_and_a_title() -> None:
    text = (
        "جلال آباد - قُتل قائد شرطة مديرية خوجياني مساء الأربعاء بانفجار عبوة ناسفة. وقال "
        "مسؤول محلي إن قائد الشرطة، المولوي نور الحق صافي، استشهد مع أحد حراسه."
    )
    names = _names(text, "ar")
    assert names.get("نور الحق صافي") == "killed"


def test_arabic_comma_before_a_common_word_opens_no_name() -> None:
    text = (
        "جلال آباد - قُتل قائد الشرطة، وهو في طريقه إلى عمله، بانفجار عبوة ناسفة مساء "
        "الأربعاء في مديرية خوجياني."
    )
    assert _names(text, "ar") == {}
