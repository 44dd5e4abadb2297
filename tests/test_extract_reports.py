"""Whole reports and articles written for these tests: which date, which toll, which events."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from conflictdesk.extract import extract_document
from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.places import place_of
from conflictdesk.model import Document, Event
from conflictdesk.resolve.registry import load_registry


def _events(text: str, published: dt.date, genre: str | None = None) -> list[Event]:
    digest = hashlib.sha256(text.encode()).hexdigest()
    document = Document(
        id="report-1",
        text=text,
        content_hash=digest,
        published=published,
        language="en",
        genre=genre,
    )
    return list(extract_document(document).events)


def test_the_day_of_the_event_not_the_day_it_was_reported() -> None:
    events = _events(
        "HERAT, May 9 — Provincial officials said on Tuesday that nine people were killed in "
        "last Saturday's bombing of a wedding hall in Herat city.",
        published=dt.date(2023, 5, 9),
    )
    assert events[0].event_date == dt.date(2023, 5, 6)


def test_a_toll_revised_in_a_later_paragraph_is_the_best_figure() -> None:
    events = _events(
        "KABUL, Oct 4 — A suicide bomber struck a sports club in western Kabul on Monday "
        "evening, killing at least five people, police said.\n\n"
        "The death toll from Monday's suicide bombing at the club rose to eleven, health "
        "officials said on Tuesday.\n\n"
        "The bomber is not included in the figures.",
        published=dt.date(2022, 10, 4),
    )
    main = events[0]
    assert main.event_date == dt.date(2022, 10, 3)
    assert (main.fatalities.low, main.fatalities.best, main.fatalities.high) == (6, 12, 12)
    assert main.deaths_by_side.actor1 == 1


def test_an_earlier_incident_in_a_report_is_its_own_event() -> None:
    events = _events(
        "GHAZNI, July 2 — A roadside bomb hit a police pickup on the outskirts of Ghazni city "
        "on Sunday, killing two officers, a police spokesman said.\n\n"
        "Hours earlier, a grenade thrown into a bakery in the city had wounded four people.",
        published=dt.date(2023, 7, 2),
    )
    assert len(events) == 2
    assert events[0].fatalities.best == 2
    assert events[1].injuries.best == 4
    assert events[1].event_date == dt.date(2023, 7, 2)


def test_a_narrative_dates_year_less_days_by_the_story_not_by_publication() -> None:
    text = (
        "The campaign against the Hazara is old, but it changed after the takeover. "
        "On 6 November 2021 a bomb hit a minibus carrying Hazara commuters in Kabul, killing "
        "four people.\n\n"
        "Two weeks later, on 20 November, gunmen shot dead three Hazara labourers in Herat "
        "province.\n\n"
        "The group struck again in 2022. On 30 September a suicide bomber attacked an "
        "education centre in Kabul, killing dozens of students."
    )
    events = _events(text, published=dt.date(2023, 2, 14), genre="analysis")
    dates = sorted(e.event_date for e in events if e.event_date is not None)
    assert dt.date(2021, 11, 20) in dates
    assert dt.date(2022, 9, 30) in dates


def test_a_second_date_in_a_narrative_sentence_follows_the_first() -> None:
    ceiling = dt.date(2025, 1, 20)
    found = find_dates(
        "The bombings on 3 January 2024 killed 90, and an attack on 22 March killed 145.",
        reference=dt.date(2023, 6, 1),
        ceiling=ceiling,
    )
    assert found[0].date == dt.date(2024, 1, 3)
    # The extractor re-reads a year-less date against the full date told before it.
    nearest = find_dates("on 22 March", reference=dt.date(2024, 1, 3), ceiling=ceiling)
    assert nearest[0].date == dt.date(2024, 3, 22)


def test_a_narrative_year_never_passes_publication() -> None:
    found = find_dates(
        "on 28 December", reference=dt.date(2024, 12, 1), ceiling=dt.date(2024, 12, 5)
    )
    assert found[0].date == dt.date(2023, 12, 28)


def test_a_town_spelled_another_way_within_its_province() -> None:
    fix = place_of(
        "A bomb went off at a wedding in Feyzabad, in northern Badakhshan province.",
        load_registry(),
    )
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Badakhshan", "Fayzabad")


def test_a_place_inside_a_name_gives_way_to_the_place_of_the_event() -> None:
    fix = place_of(
        "Взрыв произошёл у отделения Kabul Bank в городе Кундуз.", load_registry(), loose=True
    )
    assert fix is not None
    assert fix.admin1 == "Kunduz"


def test_a_neighbourhood_named_alone_gives_its_city() -> None:
    fix = place_of(
        "A bomb exploded at a sports club in Dasht-e-Barchi, in western Kabul.", load_registry()
    )
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Kabul", "Kabul")


def test_a_town_that_is_the_capital_of_a_province_named_with_a_direction() -> None:
    fix = place_of(
        "A bomb exploded in a market in Mehtarlam, capital of eastern Laghman province.",
        load_registry(),
    )
    assert fix is not None
    assert (fix.admin1, fix.location) == ("Laghman", "Mehtarlam")


@pytest.mark.parametrize(
    ("text", "admin1", "location"),
    [
        (
            "Rockets struck the river port of Khwaja Ghar Bandar on the Amu Darya, Takhar "
            "province, Afghanistan.",
            "Takhar",
            "Khwaja Ghar Bandar",
        ),
        (
            "Militants felled a pylon on the line to Kabul in the Qala-e Sangi area of Dushi "
            "district, Baghlan province, Afghanistan.",
            "Baghlan",
            "Qala-e Sangi",
        ),
        (
            "Fighters overran Kotal Khel village, Andar district, Ghazni province, Afghanistan.",
            "Ghazni",
            "Kotal Khel",
        ),
        (
            "Gunmen attacked an outpost beside Sar Kanda village, Waygal district, Nuristan "
            "province, Afghanistan.",
            "Nuristan",
            "Sar Kanda",
        ),
        (
            "A drone strike hit men on the edge of Shalkot, a village in Watapur district.",
            "Kunar",
            "Shalkot",
        ),
        (
            "Border guards opened fire on migrants in Herat province's Kohsan district.",
            "Herat",
            "Kohsan district",
        ),
        (
            "Taliban fighters ambushed a patrol in the Tagab valley, Tagab district, Kapisa "
            "province, Afghanistan.",
            "Kapisa",
            "Tagab district",
        ),
    ],
)
def test_settlements_the_gazetteer_does_not_hold(text: str, admin1: str, location: str) -> None:
    fix = place_of(text, load_registry())
    assert fix is not None
    assert (fix.admin1, fix.location) == (admin1, location)


def test_a_province_is_made_specific_by_a_district_named_later() -> None:
    text = (
        "FAIZABAD, March 11 - Gunmen attacked a camp of foreign mine workers in northeastern "
        "Badakhshan province late on Tuesday, killing two of them, officials said.\n\n"
        "The attack took place at a gold-mining site in Yaftal Sufla district, far from the "
        "provincial capital."
    )
    main = _events(text, dt.date(2026, 3, 11))[0]
    assert (main.admin1, main.location) == ("Badakhshan", "Yaftal Sufla district")


def test_the_first_district_named_after_a_province_is_the_place() -> None:
    text = (
        "ASADABAD, June 23 - Mortar shells fired across the border killed five civilians in "
        "eastern Kunar province on Sunday, officials said.\n\n"
        "The shells hit several houses in Dangam district in the early afternoon. The wounded "
        "were taken to the provincial hospital in Asadabad, a doctor said."
    )
    main = _events(text, dt.date(2025, 6, 23))[0]
    assert (main.admin1, main.location) == ("Kunar", "Dangam district")


def test_a_district_is_not_made_a_city_of_another_district() -> None:
    text = (
        "KUNDUZ, Afghanistan, Nov 16 - Gunmen shot dead three aid workers in Imam Sahib "
        "district of northern Kunduz province on Tuesday, police said.\n\n"
        "The wounded man was taken to the regional hospital in Kunduz city, where he was "
        "said to be in a stable condition after the attack."
    )
    main = _events(text, dt.date(2022, 11, 16))[0]
    assert main.location == "Imam Sahib district"


ARTICLE = (
    "The movement's rivals have long shaped its choices. Its commanders, many of them veterans "
    "who had suffered heavy blows in Iraq and Syria, brought new methods with them.\n\n"
    "In the months after the takeover, the group claimed attacks almost every week in "
    "Jalalabad.\n\n"
    "On 12 March 2023 two gunmen attacked a Sufi shrine in Herat city, Herat province. "
    "Guards returned fire at the gate. At least nine worshippers were killed.\n\n"
    "No foreign mission has been attacked since March 2023. This paper examines why."
)


def test_an_article_keeps_its_events_and_drops_its_generalities() -> None:
    events = _events(ARTICLE, published=dt.date(2024, 2, 1), genre="analysis")
    assert len(events) == 1
    shrine = events[0]
    assert shrine.event_date == dt.date(2023, 3, 12)
    assert shrine.admin1 == "Herat"
    assert shrine.fatalities.best == 9  # the toll two sentences after the attack is its toll


def test_a_subjectless_entry_takes_its_person_from_the_heading() -> None:
    text = (
        "# Officials lost since the takeover\n\n"
        "The list below covers provincial officials killed in 2023.\n\n"
        "**Mawlawi Abdul Karim Ahmadzai, governor of Kunar.**\n\n"
        "Killed on 14 May 2023 by a roadside bomb near Asadabad, Kunar province, with two of "
        "his guards."
    )
    events = _events(text, published=dt.date(2024, 1, 10), genre="analysis")
    assert len(events) == 1
    (person,) = events[0].persons
    assert person.name == "Abdul Karim Ahmadzai"
    assert person.outcome == "killed"
    assert person.role == "governor of Kunar"


def test_a_month_listed_before_a_dated_one_takes_its_year() -> None:
    found = find_dates(
        "The group had earlier attacked two consulates, in March and November 2019.",
        reference=dt.date(2023, 5, 1),
        ceiling=dt.date(2024, 2, 1),
    )
    assert [d.date for d in found] == [dt.date(2019, 3, 1), dt.date(2019, 11, 1)]


def test_the_same_city_is_the_place_of_the_event_before() -> None:
    text = (
        "On 4 May 2022 a car bomb killed the police chief of Kunduz province in Kunduz city.\n\n"
        "Three days later, on 7 May, a second bomb exploded at his funeral in the same city, "
        "killing six mourners."
    )
    events = _events(text, published=dt.date(2023, 1, 5), genre="analysis")
    assert [(e.event_date, e.location) for e in events] == [
        (dt.date(2022, 5, 4), "Kunduz"),
        (dt.date(2022, 5, 7), "Kunduz"),
    ]


def test_people_are_named_as_written_and_by_what_happened_to_them() -> None:
    text = (
        "## The commanders\n\n"
        "On 3 March 2019 Mullah Abdul Wali Mansoor, a Taliban commander, was killed in an air "
        "strike in Garmsir district, Helmand province.\n\n"
        "On 9 April 2019 Sardar Mohammad Zaki was captured by special forces in Musa Qala "
        "district, Helmand province."
    )
    events = _events(text, published=dt.date(2020, 1, 5), genre="analysis")
    people = {(p.name, p.outcome) for e in events for p in e.persons}
    assert ("Abdul Wali Mansoor", "killed") in people  # the honorific is not part of the name
    assert ("Sardar Mohammad Zaki", "captured") in people  # a name made a person by its verb


def test_one_sentence_of_an_article_with_two_dated_attacks_gives_two_events() -> None:
    text = (
        "The branch has also struck abroad. A suicide bomber attacked a shrine in Quetta on 4 "
        "February 2023, killing 12 worshippers, and gunmen attacked a church in Peshawar on "
        "19 March, killing five people."
    )
    events = _events(text, published=dt.date(2024, 1, 1), genre="analysis")
    assert sorted((e.event_date, e.fatalities.best) for e in events) == [
        (dt.date(2023, 2, 4), 12),
        (dt.date(2023, 3, 19), 5),
    ]


def test_attacks_on_two_named_embassies_are_two_events() -> None:
    text = (
        "The branch has long threatened foreign missions. The group attacked the embassies of "
        "India and Iran in Kabul, in May and August 2019 respectively. The attack on the Indian "
        "embassy killed three guards."
    )
    events = _events(text, published=dt.date(2020, 2, 1), genre="analysis")
    by_state = {e.actor2: e for e in events if e.target_type == "Government (Diplomatic)"}
    assert set(by_state) == {"INDIA", "IRAN"}
    assert by_state["INDIA"].event_date == dt.date(2019, 5, 1)
    assert by_state["IRAN"].event_date == dt.date(2019, 8, 1)
    assert by_state["INDIA"].fatalities.best == 3
    assert by_state["IRAN"].fatalities.best is None
