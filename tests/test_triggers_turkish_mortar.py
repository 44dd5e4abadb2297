"""Turkish "havan" (mortar) is a trigger in its own forms only: "havanın" is mostly the
genitive of "hava" (air, weather: "soğuk havanın"), which tells no shelling."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

_FIRE = (
    "GAZNE, 4 Kasım (Ajans) – Gazne vilayetinde bir kız okulu dün gece kimliği belirsiz "
    "kişilerce ateşe verildi. Olayda ölen ya da yaralanan olmadı. Veliler, soğuk havanın "
    "derslere devam etmeyi zorlaştırdığını söyledi."
)


def test_weather_is_no_mortar() -> None:
    events = extract_text(_FIRE, language="tr", published=dt.date(2011, 11, 4)).events
    assert [e.attack_type for e in events] == ["Facility/Infrastructure Attack"]


def test_mortar_round_is_shelling() -> None:
    text = (
        "MEYMENE, 8 Mayıs (Ajans) – Faryab vilayetinde bir pazara dün düşen havan mermisi iki "
        "kişiyi öldürdü."
    )
    events = extract_text(text, language="tr", published=dt.date(2019, 5, 8)).events
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
