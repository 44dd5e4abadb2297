"""Analysis articles: a raid or a security operation told with nobody named acting was made
by a state: at home by the armed group governing on the day, abroad by that country's state;
before a group governed, nobody is inferred. The texts are invented for these tests."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 6, 1)


def _events(text: str, language: str = "en", title: str | None = None) -> list[Event]:
    found = extract_text(
        text,
        document_id="rs-1",
        published=PUBLISHED,
        language=language,
        genre="analysis",
        title=title,
    )
    return list(found.events)


def test_a_raid_at_home_is_the_governing_groups() -> None:
    text = (
        "In March 2024 a raid in Shigal district of Kunar killed two militants and a recruiter"
        " known as Mullah Sabir."
    )
    (event,) = _events(text)
    assert event.actor1 == "TALIBAN"


def test_a_turkish_raid_at_home_is_the_governing_groups_not_the_titles_group() -> None:
    text = (
        "Örgüt doğuda zayıfladı. Nisan 2024'te Kunar'ın Şigal ilçesinde düzenlenen bir"
        " baskında örgütün bölge sorumlusu olduğu belirtilen bir militan öldürüldü."
    )
    (event,) = _events(text, "tr", title="IŞİD-K'nın doğu vadileri")
    assert event.actor1 == "TALIBAN"


def test_a_raid_abroad_is_that_countrys_state() -> None:
    text = (
        "In May 2024 a raid on a flat in the Esenyurt district of Istanbul killed two men"
        " described as the network's couriers."
    )
    (event,) = _events(text)
    assert event.actor1 == "TURKEY"


def test_near_miss_before_a_group_governed_nobody_is_inferred() -> None:
    text = (
        "In March 2019 a raid in Shigal district of Kunar killed two militants and a recruiter"
        " known as Mullah Sabir."
    )
    (event,) = _events(text)
    assert event.actor1 is None


def test_near_miss_a_suicide_operation_is_no_raid() -> None:
    text = (
        "In March 2024 a suicide operation at a checkpoint in Shigal district of Kunar"
        " killed four guards."
    )
    (event,) = _events(text)
    assert event.actor1 != "TALIBAN"
