"""Blame told with the Taliban's word for Islamic State Khorasan ("Khawarij"), with quote marks
around the name, or with the word order of Russian and Arabic. Each text is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text

_DAY = dt.date(2025, 5, 10)
_LEAD = (
    "KABUL, May 9 (Wire) - Gunmen killed three farmers in Yaftal district of Badakhshan "
    "province on Friday, officials said. "
)

BLAMED_ISKP: list[tuple[str, str]] = [
    (_LEAD + 'The district chief blamed the "Khawarij" and said a search was under way.', "en"),
    (_LEAD + "The district chief blamed the Khawarij for the killings.", "en"),
    (
        _LEAD + "The district chief blamed \u201cIslamic State Khorasan Province\u201d for the "
        "killings and promised to find them.",
        "en",
    ),
    (
        "كابل - قُتل ثلاثة مزارعين برصاص مسلحين في ولاية بدخشان اليوم الجمعة. وقال المتحدث إن "
        '"أصابع الاتهام تشير إلى الخوارج".',
        "ar",
    ),
    (
        "ФАЙЗАБАД, 9 мая. Неизвестные в пятницу застрелили трёх крестьян в провинции "
        "Бадахшан. Представитель полиции заявил, что за нападением стоят «хаваридж».",
        "ru",
    ),
]


@pytest.mark.parametrize(
    ("text", "language"), BLAMED_ISKP, ids=[f"{c[1]}{i}" for i, c in enumerate(BLAMED_ISKP)]
)
def test_blamed_khawarij_is_iskp(text: str, language: str) -> None:
    events = extract_text(text, published=_DAY, language=language).events
    assert events, text
    assert events[0].actor1 == "ISKP"
    assert events[0].claimed_by is None


def test_fitna_al_khawarij_is_the_pakistani_taliban() -> None:
    """Pakistan's officials call the TTP "Fitna al-Khawarij"."""
    text = (
        "PESHAWAR, May 9 (Wire) - A roadside bomb killed two soldiers in North Waziristan on "
        "Friday, the military said. It blamed Fitna al-Khawarij for the attack."
    )
    events = extract_text(text, published=_DAY, language="en").events
    assert events
    assert events[0].actor1 == "TTP"


def test_fighters_killed_on_a_taliban_vehicle_are_the_taliban_side() -> None:
    """Once the bombers are known, "two fighters" riding the governing group's vehicle are
    still that group's men, not the bombers' dead."""
    text = (
        "KUNDUZ, May 12 (Wire) - A roadside bomb hit a Taliban vehicle in Imam Sahib district "
        'of Kunduz province on Monday, killing three fighters. A Taliban official blamed "Daesh" '
        "for the attack."
    )
    events = extract_text(text, published=dt.date(2025, 5, 12), language="en").events
    assert events
    sides = events[0].deaths_by_side
    assert events[0].actor1 == "ISKP"
    assert sides.actor1 is None  # not the bombers' dead
