"""The extractor on whole documents: offsets, vocabularies, genres, languages, merging."""

from __future__ import annotations

import datetime as dt
import hashlib

from conflictdesk.extract import extract_document, extract_text
from conflictdesk.extract.actors import find_actors, localise
from conflictdesk.extract.genre import detect_genre, summary_blocks
from conflictdesk.extract.language import detect_language
from conflictdesk.extract.places import place_of
from conflictdesk.extract.sentences import split_sentences
from conflictdesk.model import Document, Event
from conflictdesk.resolve.registry import Actor, Alias, Pack, Place, Registry, registry_from
from conflictdesk.vocab import (
    ATTACK_TYPES,
    DATE_PRECISIONS,
    EVENT_TYPES,
    GEO_PRECISIONS,
    PERSON_OUTCOMES,
    SUB_TO_TYPE,
    TAGS,
    TARGET_TYPES,
    WEAPON_TYPES,
)

WIRE = (
    "KABUL, Sept 5 (Newswire) - A suicide bomber blew himself up near the entrance of the "
    "Russian embassy in Kabul on Monday, killing two embassy employees and four Afghans, "
    "officials said.\n\n"
    "Lt. Col. Ahmadi of the Kabul police said the attacker was shot by guards before he "
    "reached the gate. The U.S. embassy condemned the attack.\n\n"
    "The Islamic State Khorasan Province later claimed responsibility in a statement."
)

ANALYSIS = (
    "The Khorasan branch draws on militants who suffered heavy blows in Iraq and Syria and "
    "usually recruits through propaganda channels.\n\n"
    "On 21 April 2022 the group bombed a Shia mosque in Mazar-i-Sharif, Balkh province, "
    "killing 31 worshippers. The group claimed the bombing the same day.\n\n"
    "Two months later, the mosque bombing in Mazar-i-Sharif in April 2022 was still cited by "
    "Taliban officials as proof of the threat.\n\n"
    "In September 2022 ISKP also attacked the Russian embassy in Kabul."
)


def _document(text: str, **meta: object) -> Document:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Document(id="doc-1", text=text, content_hash=digest, **meta)  # type: ignore[arg-type]


def _check_vocabulary(event: Event) -> None:
    assert event.event_type in EVENT_TYPES
    assert event.sub_event_type is not None
    assert SUB_TO_TYPE[event.sub_event_type] == event.event_type
    assert event.attack_type is None or event.attack_type in ATTACK_TYPES
    assert event.weapon_type is None or event.weapon_type in WEAPON_TYPES
    assert event.target_type is None or event.target_type in TARGET_TYPES
    assert event.date_precision in DATE_PRECISIONS
    assert event.geo_precision is None or event.geo_precision in GEO_PRECISIONS
    assert set(event.tags) <= set(TAGS)
    assert all(p.outcome is None or p.outcome in PERSON_OUTCOMES for p in event.persons)
    assert 0.0 <= event.confidence <= 1.0


def test_wire_report_is_one_main_event_with_exact_offsets() -> None:
    document = _document(WIRE, published=dt.date(2022, 9, 5), genre="wire")
    events = extract_document(document).events
    assert len(events) == 1
    event = events[0]
    _check_vocabulary(event)
    assert event.actor1 == "ISKP"
    assert event.claimed_by == "ISKP"
    assert event.actor2 == "RUSSIA"
    assert event.target_type == "Government (Diplomatic)"
    assert event.event_date == dt.date(2022, 9, 5)
    assert event.suicide
    source = event.sources[0]
    assert WIRE[source.start : source.end] == source.evidence
    for span in event.field_spans:
        assert WIRE[span.start : span.end] == span.text
    assert {"actor1", "claimed_by", "event_type"} <= {s.field for s in event.field_spans}


def test_every_event_of_an_analysis_uses_the_vocabularies() -> None:
    for event in extract_text(ANALYSIS, published=dt.date(2023, 1, 10)).events:
        _check_vocabulary(event)
        source = event.sources[0]
        assert ANALYSIS[source.start : source.end] == source.evidence


def test_general_statement_is_not_an_event() -> None:
    events = extract_text(ANALYSIS, published=dt.date(2023, 1, 10)).events
    evidence = [e.sources[0].evidence for e in events]
    assert not any("heavy blows" in text for text in evidence)


def test_same_incident_told_twice_is_one_event() -> None:
    events = extract_text(ANALYSIS, published=dt.date(2023, 1, 10)).events
    mosque = [e for e in events if e.admin1 == "Balkh"]
    assert len(mosque) == 1
    assert mosque[0].target_type == "Religious Figures/Institutions"
    assert mosque[0].event_date == dt.date(2022, 4, 21)


def test_event_stated_in_passing_is_an_event() -> None:
    events = extract_text(ANALYSIS, published=dt.date(2023, 1, 10)).events
    embassy = [e for e in events if e.target_type == "Government (Diplomatic)"]
    assert len(embassy) == 1
    assert embassy[0].actor1 == "ISKP"
    assert embassy[0].actor2 == "RUSSIA"
    assert embassy[0].date_precision == "month"


def test_threat_is_a_strategic_development() -> None:
    text = (
        "In a video released in March 2023, the Islamic State Khorasan Province threatened to "
        "attack the embassies of China and India in Kabul."
    )
    events = extract_text(text, published=dt.date(2023, 3, 20)).events
    assert events
    event = events[0]
    assert event.event_type == "Strategic developments"
    assert "threat" in event.tags
    assert event.actor1 == "ISKP"
    assert event.actor2 in ("CHINA", "INDIA")


def test_turkish_report_builds_an_event() -> None:
    text = (
        "Kabil'de Dışişleri Bakanlığı yakınında düzenlenen intihar saldırısında en az altı "
        "kişi öldürüldü. Saldırıyı IŞİD-Horasan üstlendi."
    )
    extraction = extract_text(text, published=dt.date(2023, 3, 27), language="tr")
    assert extraction.events
    event = extraction.events[0]
    assert event.suicide
    assert event.sub_event_type == "Suicide bomb"
    assert event.claimed_by == "ISKP"
    assert event.admin1 == "Kabul"
    assert not extraction.needs_translation


def test_russian_report_builds_an_event() -> None:
    text = (
        "В Кабуле у посольства России произошел взрыв, устроенный смертником. Погибли два "
        "сотрудника посольства. Ответственность за теракт взяла на себя группировка "
        "ИГИЛ-Хорасан."
    )
    extraction = extract_text(text, published=dt.date(2022, 9, 5), language="ru")
    assert extraction.events
    event = extraction.events[0]
    assert event.suicide
    assert event.target_type == "Government (Diplomatic)"
    assert event.actor2 == "RUSSIA"
    assert event.claimed_by == "ISKP"
    assert event.admin1 == "Kabul"


def test_language_without_triggers_gives_mentions_only() -> None:
    text = "طالبان در کابل با داعش خراسان درگیر شدند."
    extraction = extract_text(text, language="fa")
    assert extraction.needs_translation
    assert not extraction.events
    actors = {m.value for m in extraction.mentions if m.kind == "actor"}
    assert {"TALIBAN", "ISKP"} <= actors


def test_sentences_keep_abbreviations_and_offsets() -> None:
    text = "Lt. Col. Shah met Dr. Karimi at 10 a.m. on Monday. A blast followed.\n\nNext part"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Lt. Col. Shah met Dr. Karimi at 10 a.m. on Monday.",
        "A blast followed.",
        "Next part",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_summary_prefixes_and_genres() -> None:
    text = "03/27/2023: A blast.\n04/00/2023: Another blast."
    blocks = summary_blocks(text)
    assert [(b.date, b.precision) for b in blocks] == [
        (dt.date(2023, 3, 27), "day"),
        (dt.date(2023, 4, 1), "month"),
    ]
    assert detect_genre(_document(text)) == "summary"
    assert detect_genre(_document("A short report.")) == "wire"
    assert detect_genre(_document("word " * 1000)) == "analysis"


def test_language_guess_from_script() -> None:
    assert detect_language("Взрыв произошел в Кабуле") == "ru"
    assert detect_language("Kabil'de bir saldırı düzenlendi ve iki kişi öldü") == "tr"
    assert detect_language("A blast hit Kabul") == "en"
    assert detect_language("anything", "en-GB") == "en"


def _tiny_registry() -> Registry:
    places = (
        Place("country:af", "Afghanistan", "country", "Afghanistan"),
        Place(
            "province:kunduz", "Kunduz", "province", "Afghanistan", "Kunduz", None, 36.7, 68.8, 3
        ),
        Place(
            "district:kunduz:khanabad",
            "Khanabad",
            "district",
            "Afghanistan",
            "Kunduz",
            "Khanabad",
            36.6,
            69.1,
            2,
        ),
        Place(
            "town:kunduz:kunduz", "Kunduz", "town", "Afghanistan", "Kunduz", "Kunduz", 36.7, 68.9
        ),
    )
    actors = (
        Actor("IS", "Islamic State", "militant", (Alias("ISIS"),), country="Iraq"),
        Actor(
            "ISKP",
            "Islamic State Khorasan Province",
            "militant",
            parent="IS",
            country="Afghanistan",
        ),
        Actor("TALIBAN", "Taliban", "militant", country="Afghanistan"),
    )
    return registry_from([Pack("tiny", "Afghanistan", places=places, actors=actors)])


def test_place_chain_with_unknown_village() -> None:
    registry = _tiny_registry()
    fix = place_of(
        "Gunmen attacked a post in Nawabad village, Khanabad district, Kunduz province.", registry
    )
    assert fix is not None
    assert (fix.admin1, fix.location, fix.geo_precision) == ("Kunduz", "Nawabad", 2)


def test_place_chain_district_only_and_city() -> None:
    registry = _tiny_registry()
    district = place_of("A mine exploded in Khanabad district, Kunduz province.", registry)
    assert district is not None
    assert district.location == "Khanabad district"
    city = place_of("A mine exploded in Kunduz city, Kunduz province, Afghanistan.", registry)
    assert city is not None
    assert (city.location, city.geo_precision) == ("Kunduz", 1)
    province = place_of("A mine exploded in Kunduz province, Afghanistan.", registry)
    assert province is not None
    assert (province.location, province.geo_precision) == (None, 3)


def test_roles_of_actors_in_a_sentence() -> None:
    registry = _tiny_registry()
    hits = find_actors("No group claimed it, but officials blamed the Taliban.", registry)
    assert [(h.actor_id, h.role) for h in hits] == [("TALIBAN", "attribution")]
    hits = find_actors("The Taliban denied involvement; ISIS claimed responsibility.", registry)
    assert [(h.actor_id, h.role) for h in hits] == [("TALIBAN", "denial"), ("IS", "claim")]
    hits = find_actors("Taliban fighters attacked an ISIS hideout.", registry)
    assert [(h.actor_id, h.role) for h in hits] == [("TALIBAN", "agent"), ("IS", "patient")]


def test_islamic_state_in_afghanistan_means_iskp() -> None:
    registry = _tiny_registry()
    assert localise("IS", "Afghanistan", registry) == "ISKP"
    assert localise("IS", "Iraq", registry) == "IS"
    assert localise("TALIBAN", "Afghanistan", registry) == "TALIBAN"


def test_a_dateline_without_a_year_takes_the_publication_year() -> None:
    # the weekday resolves against the dateline's day, not the (later) publication date
    text = "KABUL, May 17 - A bomb exploded in Kabul on Monday, killing five people."
    events = extract_text(text, published=dt.date(2024, 9, 13)).events
    assert [e.event_date for e in events] == [dt.date(2024, 5, 13)]
