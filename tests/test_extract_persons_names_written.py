"""The name a known person is given: the pack's full name, title included, when the text
writes it so; Russian names in oblique cases, soft sign and all; Russian adjectives that
name places ("в Дангаринском районе").

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event
from conflictdesk.resolve.matcher import phrase_key


def _events(text: str, language: str = "en") -> list[Event]:
    found = extract_text(
        text,
        document_id="lf-names",
        published=dt.date(2024, 6, 30),
        genre="analysis",
        language=language,
    )
    return list(found.events)


def test_a_text_writing_the_pack_name_with_its_title_keeps_the_title() -> None:
    text = (
        "The north-east grew tense. On 4 June 2023 a car bomb in Fayzabad killed Mullah "
        "Nisar Ahmad Ahmadi, the deputy governor of Badakhshan, and his driver."
    )
    names = {p.name for e in _events(text) for p in e.persons}
    assert "Mullah Nisar Ahmad Ahmadi" in names


def test_a_text_writing_another_form_keeps_its_own_form() -> None:
    text = (
        "The north-east grew tense. On 4 June 2023 a car bomb in Fayzabad killed Nisar Ahmad "
        "Ahmadi, the deputy governor of Badakhshan, and his driver."
    )
    names = {p.name for e in _events(text) for p in e.persons}
    assert "Nisar Ahmad Ahmadi" in names


def test_russian_oblique_case_with_a_soft_sign_meets_the_alias() -> None:
    assert phrase_key("Давуда Музаммиля") == phrase_key("Давуд Музаммиль")
    text = (
        "Север оставался неспокойным. 9 марта 2023 года смертник убил губернатора Балха "
        "муллу Давуда Музаммиля в его кабинете в Мазари-Шарифе."
    )
    names = {p.name for e in _events(text, "ru") for p in e.persons}
    assert "Mullah Dawood Muzammil" in names


def test_russian_adjectives_meet_across_cases() -> None:
    assert phrase_key("в Дангаринском районе") == phrase_key("в Дангаринский район")
    assert phrase_key("Хатлонской области") == phrase_key("Хатлонский области")
