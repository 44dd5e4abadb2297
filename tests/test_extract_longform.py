"""Long-form analysis: which sentences tell events, and how each event is completed.

Every text here is written for these tests; each test fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_document, extract_text
from conflictdesk.extract.persons import find_persons
from conflictdesk.extract.state_agents import militants_hit, names_state_agent
from conflictdesk.model import Document, Event
from conflictdesk.resolve.registry import load_registry

PUBLISHED = dt.date(2024, 6, 30)


def _events(text: str, title: str | None = None, published: dt.date = PUBLISHED) -> list[Event]:
    found = extract_text(
        text, document_id="lf-1", published=published, genre="analysis", title=title
    )
    return list(found.events)


def _told(events: list[Event], words: str) -> list[Event]:
    return [e for e in events if words in e.sources[0].evidence]


# frames: which sentences open an event


def test_noun_event_with_only_a_place_opens_no_event() -> None:
    text = (
        "On 4 May 2023 a bomb exploded at a market in Kunduz city, killing five people. "
        "The city has many markets. Few of them are guarded. "
        "The clearest example is the assassination in Mazar-i-Sharif."
    )
    events = _events(text)
    assert not _told(events, "clearest")
    assert len(_told(events, "market")) == 1


def test_past_verb_with_a_place_still_opens_an_event() -> None:
    text = "Three gunmen attacked the Serena hotel in Kabul and held guests for hours."
    assert _told(_events(text), "Serena")


def test_ranking_against_earlier_incidents_is_no_incident() -> None:
    text = (
        "On 9 March 2023 a suicide bomber killed the Taliban governor of Balkh in his office "
        "in Mazar-i-Sharif. He had served as governor of Nangarhar in 2021, and he was the "
        "most senior official killed since the takeover."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].admin1 == "Balkh"


def test_claim_of_the_attack_completes_the_event_before_it() -> None:
    text = (
        "On 9 March 2023 a suicide bomber killed the governor of Balkh in Mazar-i-Sharif. "
        "The choice of victim carried a message. The office had been thought safe. "
        "ISKP claimed the attack the same day."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].claimed_by == "ISKP"


def test_incident_named_again_as_a_subject_opens_no_event() -> None:
    text = (
        "The boxing club attack of May 2022 is typical of the period. On 12 May 2022 a suicide "
        "bomber detonated his vest inside a boxing club in Kabul, killing nine young men."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].event_date == dt.date(2022, 5, 12)


def test_next_day_opens_another_event_dated_from_the_one_before() -> None:
    text = (
        "On 4 August 2022 Taliban forces killed three militants in a raid on a house in Kabul. "
        "The next day a bomb hidden in a cart exploded in a crowded street in the same city, "
        "killing six people."
    )
    cart = _told(_events(text), "cart")
    assert len(cart) == 1
    assert cart[0].event_date == dt.date(2022, 8, 5)
    assert cart[0].admin1 == "Kabul"


def test_lead_in_without_date_joins_the_dated_telling() -> None:
    text = (
        "On 9 March 2023 a suicide bomber killed the governor of Balkh in Mazar-i-Sharif. "
        "ISKP claimed it. Three months later the group struck in the north-east. "
        "On 6 June 2023 a suicide car "
        "bomber killed the deputy governor of Badakhshan in Fayzabad."
    )
    events = _events(text)
    assert len(events) == 2
    assert not any(e.event_date is None for e in events)


def test_pronoun_death_dated_to_a_day_of_the_month_is_the_same_event() -> None:
    text = (
        "Ahmad Ahangar, a militant from Kashmir who had been listed by India in January, was "
        "killed in Afghanistan in February 2023. ISKP later said that he died on 14 February "
        "in a clash with Taliban forces."
    )
    events = _events(text)
    assert len(events) == 1
    event = events[0]
    assert event.event_date == dt.date(2023, 2, 14)
    assert event.actor1 == "TALIBAN"
    assert event.country == "Afghanistan"


def test_tallies_and_rumours_open_no_event() -> None:
    text = (
        "This year alone the group has killed a governor and sent a bomber to a ministry. "
        "Reports circulated in June that the group's emir had been killed in Kunar province. "
        "Suspects were detained in large numbers across Nangarhar after the bombing."
    )
    assert _events(text) == []


def test_dates_of_the_people_among_the_dead_do_not_split_the_event() -> None:
    text = (
        "On 2 November 2021 gunmen stormed the military hospital in Kabul. At least 19 people "
        "were killed, among them a commander who had entered the palace in August."
    )
    assert len(_events(text)) == 1


def test_numbered_paragraph_heading_is_no_event() -> None:
    text = (
        "Senior figures killed\n3.\n"
        "On 27 February 2023 Taliban intelligence forces raided a hideout in Kabul and killed "
        "Qari Fateh."
    )
    events = _events(text)
    assert len(events) == 1
    assert "Senior figures" not in events[0].sources[0].evidence


def test_an_attack_said_not_to_have_happened_is_no_event() -> None:
    text = "For a year after the raid, no further attack on an embassy took place in Kabul."
    assert _events(text) == []


def test_foreign_plural_attacks_are_a_pattern() -> None:
    text = (
        "2024 yılının ilk aylarında Kerman'da ve İstanbul'da yaşanan saldırılar örgütün "
        "yayılmasını gösterdi."
    )
    assert _events(text) == []


# assemble: the fields of an event


def test_state_of_an_embassy_named_apart_from_the_victims() -> None:
    text = (
        "On 5 September 2022 a suicide bomber detonated his explosives at the entrance to the "
        "consular section of the Russian embassy in Kabul, killing two embassy staff."
    )
    events = _events(text)
    assert events[0].actor2 == "RUSSIA"


def test_us_led_raid_is_the_united_states_acting() -> None:
    text = (
        "Abdul Haseeb Logari lasted less than a year: he died in a US-led night raid in Achin "
        "district in April 2017."
    )
    events = _events(text)
    assert events[0].actor1 == "US"
    assert events[0].actor2 == "ISKP"


def test_person_described_by_past_attacks_gives_no_target() -> None:
    text = (
        "On 27 February 2023 a raid in Kabul killed Qari Fateh, the planner of the attacks on "
        "the Russian and Pakistani embassies."
    )
    events = _events(text)
    assert len(events) == 1
    assert events[0].target_type != "Government (Diplomatic)"


def test_subject_group_of_the_title_acts_when_no_one_is_named() -> None:
    text = (
        "On 11 January 2023 a suicide bomber attacked the entrance of the Ministry of Foreign "
        "Affairs in Kabul at midday, killing five people."
    )
    events = _events(text, title="The long campaign: ISKP in Kabul")
    assert events[0].actor1 == "ISKP"
    unclaimed = text + " No group claimed the attack."
    assert _events(unclaimed, title="The long campaign: ISKP in Kabul")[0].actor1 is None


def test_subject_group_is_never_given_a_state_raid() -> None:
    text = "On 4 May 2023 a raid on a house in Kabul killed four people."
    assert _events(text, title="ISKP in Kabul")[0].actor1 != "ISKP"


def test_author_of_a_report_is_not_the_actor() -> None:
    text = (
        "A report by the UN issued in February 2023 recorded that ISKP had threatened to "
        "attack the embassies of China and India in Kabul."
    )
    events = _events(text)
    assert events
    assert all(e.actor1 == "ISKP" for e in events)
    assert {e.actor2 for e in events} <= {"CHINA", "INDIA"}


def test_drone_strike_is_flown_by_the_state_named() -> None:
    text = (
        "On 29 August 2021 a drone strike on a car in Kabul, intended for what US commanders "
        "believed was a bomb team, killed ten civilians."
    )
    assert _events(text)[0].actor1 == "US"


def test_known_fighter_killed_names_the_side_hit() -> None:
    text = (
        "Abu Omar Khorasani was not among the lucky: the Taliban killed him in Kabul in "
        "August 2021."
    )
    event = _events(text)[0]
    assert event.actor1 == "TALIBAN"
    assert event.actor2 == "ISKP"


def test_place_named_only_inside_a_name() -> None:
    text = (
        "This note reviews attacks on students. "
        "On 2 November 2020 gunmen stormed Kabul University and killed 22 people."
    )
    assert _events(text)[0].admin1 == "Kabul"


def test_group_as_subject_of_claimed_is_the_claimer() -> None:
    text = (
        "On 22 March 2024 gunmen killed more than 140 people at a concert hall near Moscow. "
        "The Islamic State claimed the Moscow attack within hours."
    )
    event = _told(_events(text), "concert")[0]
    assert event.claimed_by == "IS"
    assert "claim" in event.tags


def test_event_told_after_another_does_not_take_the_dateline_place() -> None:
    text = (
        "KABUL (Newswire) - On 21 March 2024 a suicide bomber hit a bank in Kandahar city, "
        "killing 21 people. The next day, gunmen killed more than 140 people at the Zorbex "
        "Arena, a concert venue abroad."
    )
    arena = _told(_events(text), "Zorbex")[0]
    assert arena.event_date == dt.date(2024, 3, 22)
    assert arena.admin1 is None
    assert arena.country is None


# persons


def _people(text: str) -> list[tuple[str, str | None]]:
    from conflictdesk.extract.facts import read_sentence
    from conflictdesk.extract.sentences import split_sentences

    registry = load_registry()
    facts = [
        read_sentence(s, registry, language="en", reference=PUBLISHED)
        for s in split_sentences(text)
    ]
    found = find_persons(facts, registry, [h for f in facts for h in f.triggers])
    return [(p.name, p.outcome) for p in found.people]


def test_a_spokesman_named_without_an_outcome_is_a_source_in_any_language() -> None:
    for text, language in (
        (
            "Kabil'de bir camide bomba patladı, iki kişi öldü. "
            "Zebihullah Mücahid saldırıyı kınadı.",
            "tr",
        ),
        ("В Кабуле взорвалась бомба, погибли двое. Забихулла Муджахид осудил нападение.", "ru"),
        ("انفجرت قنبلة في كابل وقتل شخصان. وندد ذبيح الله مجاهد بالهجوم.", "ar"),
    ):
        events = extract_text(text, language=language).events
        assert all(p.person_id != "zabihullah-mujahid" for e in events for p in e.persons)


def test_a_name_with_an_age_and_a_role_that_died() -> None:
    text = "Nasrullah Haidari, 28, a reporter for a local radio station, died at the scene."
    assert _people(text) == [("Nasrullah Haidari", "killed")]


def test_a_title_that_is_part_of_a_name_stays_and_a_rank_goes() -> None:
    text = (
        "A roadside bomb killed two commanders, Hafiz Gulab and Mufti Rahim, and wounded "
        "Commander Nasir Ahmad in Paktika."
    )
    names = [name for name, _ in _people(text)]
    assert "Hafiz Gulab" in names
    assert "Mufti Rahim" in names
    assert "Nasir Ahmad" in names


def test_better_known_name_and_outcome_before_an_appositive() -> None:
    text = (
        "The service detained Farooqi's predecessor, Zia ul-Haq, better known as Abu Omar "
        "Khorasani, in Kabul."
    )
    assert _people(text) == [("Abu Omar Khorasani", "captured")]


def test_outcome_across_a_long_appositive_and_a_pronoun() -> None:
    text = (
        "Qari Fateh, the group's intelligence chief and the planner of two attacks on foreign "
        "missions, was killed. Abdul Haseeb Logari lasted a year: he died in a raid."
    )
    assert _people(text) == [("Qari Fateh", "killed"), ("Abdul Haseeb Logari", "killed")]


def test_first_written_name_is_kept() -> None:
    text = (
        "Special forces captured the emir, Aslam Farooqi, also known as Abdullah Orakzai, "
        "in Kandahar. Officials accused Abdullah Orakzai of planning attacks."
    )
    assert _people(text)[0] == ("Aslam Farooqi", "captured")


def test_killing_before_a_name_is_the_outcome() -> None:
    text = "A roadside bomb destroyed a vehicle in Paktika, killing Omar Khalid Khorasani."
    assert _people(text) == [("Omar Khalid Khorasani", "killed")]


# state agents and missions


def test_intelligence_bodies_surrounding_a_house_are_the_state() -> None:
    assert names_state_agent("GDI forces surrounded a house in the south of the city.")


def test_cells_and_suspects_are_the_group_hit() -> None:
    assert militants_hit("the arrest of a six-member cell", ("ISKP",), "TALIBAN") == "ISKP"
    assert militants_hit("the arrest of two suspects", ("ISKP",), "TALIBAN") == "ISKP"


def test_a_bounding_date_does_not_move_the_narrative_year() -> None:
    text = (
        "# The spring offensive\n\n"
        "On 4 March 2023 gunmen killed a district governor in Baghlan province. "
        "It was the worst attack on an official since the takeover in August 2021. "
        "On 9 March a bomb killed two police officers in Kunduz city."
    )
    document = Document(
        id="bounding",
        text=text,
        content_hash="bounding",
        published=dt.date(2024, 1, 10),
        genre="analysis",
    )
    dates_found = sorted(str(e.event_date) for e in extract_document(document).events)
    assert "2023-03-09" in dates_found


def test_a_spokesman_quoted_is_not_a_person_of_the_event() -> None:
    text = (
        "KABUL, March 12 (Agency) — A bomb killed three people at a market in Kabul on Monday, "
        "police spokesman Khalid Zadran said. Zabihullah Mujahid, a Taliban spokesman, "
        "condemned the attack."
    )
    events = extract_text(text, published=dt.date(2024, 3, 12)).events
    assert [p.name for e in events for p in e.persons] == []


def test_a_passing_reference_to_a_past_year_does_not_move_the_clock() -> None:
    text = (
        "# The year in review\n\n"
        "On 3 January 2024 twin bombings killed dozens of people in Kerman. "
        "The anniversary fell almost three years after the return of the Taliban to power in "
        "2021, a period the group has used to rebuild its networks in the cities of the north. "
        "On 21 March a suicide bomber killed 21 people at a bank in Kandahar."
    )
    document = Document(
        id="passing",
        text=text,
        content_hash="passing",
        published=dt.date(2025, 1, 10),
        genre="analysis",
    )
    found = sorted(str(e.event_date) for e in extract_document(document).events)
    assert "2024-03-21" in found


def test_threats_against_named_embassies_come_out_even_in_propaganda() -> None:
    text = (
        "# The group and the embassies\n\n"
        "In its propaganda magazine, ISKP threatened the Chinese and Indian embassies in Kabul "
        "in early 2023. In March 2023 the group warned the Turkish embassy in Kabul that it "
        "would be targeted."
    )
    document = Document(
        id="threats",
        text=text,
        content_hash="threats",
        published=dt.date(2023, 6, 1),
        genre="analysis",
    )
    events = extract_document(document).events
    threats = sorted((e.actor2, e.target_type) for e in events if "threat" in e.tags)
    assert threats == [
        ("CHINA", "Government (Diplomatic)"),
        ("INDIA", "Government (Diplomatic)"),
        ("TURKEY", "Government (Diplomatic)"),
    ]
