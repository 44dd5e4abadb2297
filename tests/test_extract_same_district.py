"""A side incident told "in the same district" ("aynı ilçede") lies in the district of the
event before it, coded as the district with its generic word, not the village or district
seat where that event happened; in a large city "the same district" is a part of the city."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _locations(text: str, language: str = "en") -> list[str | None]:
    events = extract_text(text, published=dt.date(2026, 4, 8), language=language).events
    return [e.location for e in sorted(events, key=lambda e: str(e.event_date))]


def test_same_district_after_a_village_is_the_district() -> None:
    text = (
        "KANDAHAR, April 8 (Test Wire) - A roadside bomb killed three soldiers in Sangisar "
        "village of Zhari district, Kandahar province, on Tuesday, officials said.\n\n"
        "In January, a bomb killed two policemen in the same district."
    )
    assert _locations(text) == ["Zhari district", "Sangisar"]


def test_turkish_same_district_after_a_district_seat_is_the_district() -> None:
    text = (
        "CELALABAD (Test) - Nangarhar vilayetinin Mohmand Dara ilçesinin merkezi yakınında "
        "salı günü silahlı kişiler 2 mühendisi kaçırdı.\n\n"
        "Ocak ayında aynı ilçede bir tüccar kaçırılmıştı."
    )
    assert _locations(text, "tr")[0] == "Muhmand Dara district"


def test_same_place_words_keep_the_place_itself() -> None:
    text = (
        "KANDAHAR, April 8 (Test Wire) - A roadside bomb killed three soldiers in Sangisar "
        "village of Zhari district, Kandahar province, on Tuesday, officials said.\n\n"
        "In January, a bomb killed two policemen in the same village."
    )
    assert _locations(text) == ["Sangisar", "Sangisar"]


def test_same_district_of_a_large_city_is_the_city() -> None:
    text = (
        "KABUL, April 8 (Test Wire) - A bomb on a minibus killed four people in Kabul on "
        "Tuesday, police said.\n\n"
        "In January, a bomb on another minibus killed three people in the same district."
    )
    assert _locations(text) == ["Kabul", "Kabul"]


_SHRINE = (
    "Attacks on shrines have grown in the south. On 3 March 2023 a gunman opened fire inside "
    "the Khirqa shrine in Kandahar city, killing four worshippers.\n\nIn August 2023 another "
    "gunman {} and killed two guards."
)


def test_the_same_building_struck_again_is_where_it_stands() -> None:
    assert _locations(_SHRINE.format("attacked the same shrine")) == ["Kandahar", "Kandahar"]


def test_the_same_word_before_other_nouns_moves_no_place() -> None:
    assert _locations(_SHRINE.format("used the same weapon")) == ["Kandahar", None]
