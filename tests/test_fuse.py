from __future__ import annotations

import datetime as dt
from pathlib import Path

from conflictdesk import api
from conflictdesk.fuse import FUSE_THRESHOLD, assign, combine, compare, fuse
from conflictdesk.model import Casualties, Event, PersonRef, Source

CLUSTERS = Path(__file__).resolve().parents[1] / "corpora" / "dev" / "clusters" / "docs"


def report(
    rid: str,
    day: int,
    published: str,
    *,
    deaths: int | None,
    location: str = "Kabul",
    target: str = "Ministry of Foreign Affairs",
    target_type: str = "Government (General)",
    claimed_by: str | None = None,
    geo_precision: int = 1,
    evidence: str | None = None,
) -> Event:
    return Event(
        event_id=rid,
        event_date=dt.date(2023, 3, day),
        date_precision="day",
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        attack_type="Bombing/Explosion",
        suicide=True,
        actor1=claimed_by,
        claimed_by=claimed_by,
        target=target,
        target_type=target_type,
        country="Afghanistan",
        admin1="Kabul",
        location=location,
        geo_precision=geo_precision,
        fatalities=Casualties(deaths, deaths, deaths),
        sources=(
            Source(
                rid + "-doc",
                evidence or f"report {rid}",
                0,
                10,
                publisher=rid,
                published=published,
            ),
        ),
        confidence=0.6,
    )


FIRST = report("ev-a", 27, "2023-03-27", deaths=6, geo_precision=2)
SECOND = report("ev-b", 27, "2023-03-28", deaths=20, location="Kabul city")
THIRD = report("ev-c", 28, "2023-03-29", deaths=10, target="foreign ministry", claimed_by="ISKP")
OTHER = report(
    "ev-x",
    27,
    "2023-03-27",
    deaths=3,
    target="Shia mosque in Dasht-e Barchi",
    target_type="Religious Figures/Institutions",
)


def test_three_reports_of_one_bombing_fuse_with_an_honest_range() -> None:
    [event] = fuse([THIRD, FIRST, SECOND])
    assert event.event_id == "ev-a"
    assert len(event.sources) == 3
    assert event.fatalities == Casualties(low=6, best=10, high=20)  # best: latest report
    assert event.claimed_by == "ISKP"
    assert event.actor1 == "ISKP"
    assert event.event_date == dt.date(2023, 3, 27)


def test_two_bombings_in_kabul_on_one_day_at_different_targets_stay_two() -> None:
    events = fuse([FIRST, OTHER, SECOND])
    assert len(events) == 2
    assert compare(FIRST, OTHER).blocked == "different targets"


def test_fusion_is_deterministic_and_incremental_equals_batch() -> None:
    batch = fuse([FIRST, SECOND, THIRD, OTHER])
    assert fuse([OTHER, THIRD, SECOND, FIRST]) == batch
    yesterday = assign((), [FIRST, OTHER])
    today = assign(yesterday, [SECOND, THIRD])
    assert sorted(c.event.event_id for c in today) == sorted(e.event_id for e in batch)
    assert sorted(len(c.reports) for c in today) == [1, 3]


def test_reports_far_apart_in_time_or_place_never_fuse() -> None:
    later = report("ev-z", 27, "2023-03-27", deaths=6).replace(event_date=dt.date(2023, 4, 20))
    elsewhere = report("ev-y", 27, "2023-03-27", deaths=6).replace(admin1="Balkh")
    assert compare(FIRST, later).blocked == "dates too far apart"
    assert compare(FIRST, elsewhere).blocked == "different provinces"
    assert len(fuse([FIRST, later, elsewhere])) == 3


def test_single_report_is_unchanged_and_unknown_tolls_stay_unknown() -> None:
    assert combine([FIRST]) == FIRST
    a = FIRST.replace(fatalities=Casualties())
    b = SECOND.replace(fatalities=Casualties())
    assert combine([a, b]).fatalities == Casualties()


# -- reports that disagree because extraction is noisy -----------------------------------------
HOSPITAL = report(
    "ev-h1",
    2,
    "2023-03-02",
    deaths=19,
    target="Sardar Mohammad Daud Khan military hospital",
    target_type="Military",
    evidence="Gunmen stormed the Sardar Mohammad Daud Khan military hospital in central Kabul.",
)
# The Russian report's target was read from "the health ministry said", so the kinds differ;
# its evidence still names the hospital, in Cyrillic.
HOSPITAL_RU = report(
    "ev-h2",
    2,
    "2023-03-03",
    deaths=25,
    target="министерстве",
    target_type="Government (General)",
    evidence="Число погибших при нападении на госпиталь имени Сардара Мохаммада Дауд-хана "
    "в Кабуле достигло 25, сообщили в министерстве.",
).replace(language="ru", sub_event_type="Attack", event_type="Violence against civilians")


def test_a_named_target_is_recognised_in_another_script() -> None:
    comparison = compare(HOSPITAL, HOSPITAL_RU)
    assert comparison.blocked is None
    assert comparison.score >= FUSE_THRESHOLD
    assert len(fuse([HOSPITAL, HOSPITAL_RU])) == 1


def bank(rid: str, published: str, admin1: str, evidence: str, **changes: object) -> Event:
    return report(
        rid,
        14,
        published,
        deaths=6,
        location=admin1,
        target="Kabul Bank",
        target_type="Business",
        evidence=evidence,
    ).replace(admin1=admin1, **changes)


def test_a_province_read_from_a_bank_name_does_not_split_the_event() -> None:
    kunduz = bank("ev-k1", "2023-03-14", "Kunduz", "A bomber struck Kabul Bank in Kunduz city.")
    kunduz_later = bank("ev-k3", "2023-03-15", "Kunduz", "The toll at the bank in Kunduz rose.")
    misread = bank(
        "ev-k2",
        "2023-03-15",
        "Kabul",
        "ИГ взяло ответственность за теракт у отделения Kabul Bank в городе Кундуз.",
        language="ru",
    )
    assert compare(kunduz, misread).blocked is None
    [event] = fuse([kunduz, misread, kunduz_later])
    assert event.admin1 == "Kunduz"  # the province most reports give


def test_provinces_each_report_backs_keep_events_apart() -> None:
    kunduz = bank("ev-k1", "2023-03-14", "Kunduz", "A bomber struck Kabul Bank in Kunduz city.")
    kabul = bank("ev-k4", "2023-03-14", "Kabul", "A bomber struck Kabul Bank in central Kabul.")
    assert compare(kunduz, kabul).blocked == "different provinces"


def test_a_strategic_development_with_deaths_may_join_an_attack_but_arrests_may_not() -> None:
    attack = report("ev-s1", 18, "2023-03-18", deaths=3, target="Sikh temple")
    attack = attack.replace(target_type="Religious Figures/Institutions")
    foiled = attack.replace(
        event_id="ev-s2",
        event_type="Strategic developments",
        sub_event_type="Disrupted weapons use",
        sources=(Source("ev-s2-doc", "report ev-s2", 0, 10, published="2023-03-18"),),
    )
    arrests = foiled.replace(
        event_id="ev-s3", sub_event_type="Arrests", fatalities=Casualties(), injuries=Casualties()
    )
    assert compare(attack, foiled).blocked is None
    assert compare(attack, arrests).blocked == "different event families"


def test_victims_and_the_place_attacked_are_one_target_when_the_report_says_so() -> None:
    place = report(
        "ev-m1",
        27,
        "2023-03-28",
        deaths=6,
        evidence="A suicide bomber blew himself up near the Ministry of Foreign Affairs in "
        "central Kabul, killing six civilians.",
    )
    victims = report(
        "ev-m2",
        27,
        "2023-04-20",
        deaths=6,
        target="civilians",
        target_type="Private Citizens & Property",
        evidence="A second bomber blew himself up near the ministry, killing six civilians.",
    )
    [event] = fuse([place, victims])
    assert (event.target, event.target_type) == (place.target, place.target_type)


def test_look_alikes_in_one_city_on_one_day_stay_apart() -> None:
    police = report(
        "ev-j1",
        14,
        "2023-03-14",
        deaths=1,
        location="Jalalabad",
        target="policeman",
        target_type="Police",
        evidence="A magnetic bomb on a police pickup in Jalalabad killed one policeman.",
    ).replace(sub_event_type="Remote explosive/landmine/IED", admin1="Nangarhar")
    shop = report(
        "ev-j2",
        14,
        "2023-03-14",
        deaths=None,
        location="Jalalabad",
        target="shop",
        target_type="Business",
        evidence="A grenade thrown into a money exchange shop in Jalalabad wounded two, police "
        "said.",
    ).replace(sub_event_type="Grenade", admin1="Nangarhar")
    assert compare(police, shop).blocked == "different targets"
    assert len(fuse([police, shop])) == 2


def test_reports_of_one_document_never_fuse() -> None:
    twin = SECOND.replace(sources=FIRST.sources)
    assert len(fuse([FIRST, twin])) == 2


RAID = report(
    "ev-r1",
    1,
    "2023-03-01",
    deaths=1,
    target="house",
    target_type="Private Citizens & Property",
).replace(persons=(PersonRef("Qari Fateh", outcome="killed"),))


def test_an_undated_mention_joins_only_through_a_person_and_only_one_event() -> None:
    mention = RAID.replace(
        event_id="ev-r2",
        event_date=None,
        date_precision="unknown",
        sources=(
            Source("ev-r2-doc", "Kari Fateh was killed in Kabul.", 0, 9, published="2023-09-01"),
        ),
    )
    [event] = fuse([RAID, mention])
    assert event.event_date == RAID.event_date
    nobody = mention.replace(persons=())
    assert compare(RAID, nobody).blocked == "vague date and no shared person"
    other_raid = RAID.replace(event_id="ev-r3", event_date=dt.date(2023, 3, 20), target="car")
    other_raid = other_raid.replace(
        sources=(Source("ev-r3-doc", "report", 0, 6, published="2023-03-20"),)
    )
    assert len(fuse([RAID, other_raid, mention])) == 3  # two events fit: it joins neither


def test_ingesting_reports_one_by_one_gives_the_batch_clusters(tmp_path: Path) -> None:
    """Incremental fusion (``api.ingest``, one document at a time, against the stored events)
    makes the batch clusters; ingesting again into a fresh database gives the same ids."""
    paths = sorted(CLUSTERS.iterdir())
    one_by_one = str(tmp_path / "one.db")
    for path in paths:
        assert api.ingest([path], db=one_by_one).ok
    extractions, _, _ = api.extract([CLUSTERS])
    batch = fuse([e for x in extractions for e in x.events])
    stored = api.events(db=one_by_one)
    assert {_source_keys(e) for e in stored} == {_source_keys(e) for e in batch}
    again = str(tmp_path / "again.db")
    api.ingest([CLUSTERS], db=again)
    assert _ids(api.events(db=again)) == _ids(stored)


def _source_keys(event: Event) -> frozenset[tuple[str, int, int]]:
    return frozenset((s.document_id, s.start, s.end) for s in event.sources)


def _ids(events: list[Event]) -> list[tuple[str, frozenset[tuple[str, int, int]]]]:
    return sorted((e.event_id, _source_keys(e)) for e in events)


def test_an_attack_and_a_follow_up_two_days_later_stay_apart() -> None:
    """A funeral bombing's report mentions the killing two days earlier; each report's own
    evidence names its target, so the two are kept apart though they share the town."""
    killing = report(
        "ev-k",
        6,
        "2023-03-06",
        deaths=2,
        target="deputy governor",
        evidence="A car bomb killed the deputy governor in Kabul.",
    )
    funeral = report(
        "ev-f",
        8,
        "2023-03-08",
        deaths=11,
        target="mosque",
        target_type="Religious Figures/Institutions",
        evidence="A bomb hit a mosque at the funeral of the deputy governor killed on Monday.",
    )
    assert compare(killing, funeral).blocked == "different targets"
    assert len(fuse([killing, funeral])) == 2
    same_day = funeral.replace(event_date=dt.date(2023, 3, 6))
    assert compare(killing, same_day).blocked is None  # a day apart or less: the score decides


def _month_mention(rid: str, deaths: int, target: str, evidence: str, language: str) -> Event:
    """A background mention dated only to a month ("last month a blast hit ...")."""
    event = report(
        rid,
        1,
        "2023-04-20",
        deaths=deaths,
        target=target,
        target_type="Religious Figures/Institutions",
        evidence=evidence,
    )
    return event.replace(date_precision="month", language=language)


def test_month_dated_mentions_with_tolls_far_apart_and_nothing_shared_stay_apart() -> None:
    mosque = _month_mention(
        "ev-m", 21, "mosque", "Last month a blast ripped through a mosque in Kabul.", "en"
    )
    cleric = _month_mention(
        "ev-c", 1, "шейх", "В марте смертник убил в Кабуле влиятельного шейха.", "ru"
    )
    assert compare(mosque, cleric).blocked is not None
    assert len(fuse([mosque, cleric])) == 2
    # tolls that agree, or a target both reports name, still let month-dated mentions join
    nearer = cleric.replace(fatalities=Casualties(18, 18, 18))
    assert compare(mosque, nearer).blocked is None
    assert len(fuse([mosque, nearer])) == 1


def test_month_dated_mentions_with_a_toll_on_one_side_only_and_nothing_shared_stay_apart() -> None:
    hotel = _month_mention("ev-h", 3, "hotel", "In December gunmen stormed a hotel in Kabul.", "en")
    embassy = _month_mention("ev-e", 0, "سفارة", "وفي ديسمبر هاجم مسلحون في كابول.", "ar").replace(
        fatalities=Casualties(None, None, None)
    )
    assert compare(hotel, embassy).blocked is not None
    assert len(fuse([hotel, embassy])) == 2
