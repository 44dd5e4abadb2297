"""Russian: "командующий ..." (the commanding officer) introduces a name after a long role;
"Ранения получили ... X" (inverted "X получил ранения") tells X was wounded (sentences
written for this test)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _names(text: str) -> dict[str, str | None]:
    found = extract_text(
        text,
        document_id="t-ru-commander",
        published=dt.date(2014, 6, 2),
        genre="wire",
        language="ru",
    )
    return {p.name: p.outcome for e in found.events for p in e.persons}


def test_a_commander_named_after_a_long_role_is_killed() -> None:
    text = (
        "Мазари-Шариф, 2 июня. Во вторник в Мазари-Шарифе взрыв у ворот штаба убил пять "
        "человек, в том числе командующий пограничными войсками восточной зоны генерал "
        "Абдул Рахим Хаккани, сообщили в полиции."
    )
    assert _names(text).get("Абдул Рахим Хаккани") == "killed"


def test_wounds_received_told_before_the_name() -> None:
    text = (
        "Мазари-Шариф, 2 июня. Во вторник в Мазари-Шарифе взорвался заминированный автомобиль. "
        "Ранения получили семь человек, среди них губернатор провинции Балх Нур Ахмад Сафи."
    )
    assert _names(text).get("Нур Ахмад Сафи") == "injured"
