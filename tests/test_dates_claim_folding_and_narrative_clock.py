"""Rules of the long-form and wire round (events and dates)."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.dates import find_dates
from conflictdesk.extract.merge import fold_claims
from conflictdesk.extract.solar_dates import find_solar_dates
from conflictdesk.model import Casualties, Event, Source


def _event(
    evidence: str,
    day: dt.date | None,
    *,
    claimed_by: str | None = None,
    killed: int | None = None,
    admin1: str | None = "Kandahar",
) -> Event:
    return Event(
        event_id=evidence[:12],
        event_date=day,
        date_precision="day" if day else "unknown",
        event_type="Explosions/Remote violence",
        claimed_by=claimed_by,
        actor1=claimed_by,
        admin1=admin1,
        fatalities=Casualties(killed, killed, killed),
        sources=(Source("doc", evidence, 0, len(evidence)),),
    )


_BLAST = _event(
    "A bomb hit a bus in Kandahar on Monday, killing four.", dt.date(2031, 5, 5), killed=4
)


def test_a_claim_of_the_attack_just_told_folds_into_it() -> None:
    claim = _event(
        "The Islamic State claimed responsibility for the attack on Wednesday.",
        dt.date(2031, 5, 7),
        claimed_by="ISKP",
        admin1="Khorasan",
    )
    [event] = fold_claims([_BLAST, claim])
    assert event.claimed_by == "ISKP"
    assert event.actor1 == "ISKP"
    assert "claim" in event.tags
    assert event.event_date == dt.date(2031, 5, 5)
    assert event.admin1 == "Kandahar"


def test_claims_in_russian_turkish_and_arabic_fold() -> None:
    for evidence in (
        "Ответственность за нападение взяла на себя группировка.",
        "Örgüt saldırıyı üstlendi.",
        "وتبنى التنظيم الهجوم في بيان.",
    ):
        claim = _event(evidence, None, claimed_by="ISKP")
        assert len(fold_claims([_BLAST, claim])) == 1, evidence


def test_a_claim_of_an_earlier_incident_stays_its_own_event() -> None:
    older = _event(
        "In March the group claimed the bombing of a mosque in Herat.",
        dt.date(2031, 3, 1),
        claimed_by="ISKP",
        admin1="Herat",
    )
    assert len(fold_claims([_BLAST, older])) == 2


def test_a_claim_that_tells_a_toll_or_an_indefinite_attack_stays() -> None:
    with_toll = _event(
        "The group claimed the attack, which it said killed 30 soldiers.",
        dt.date(2031, 5, 5),
        claimed_by="ISKP",
        killed=30,
    )
    indefinite = _event(
        "The group also claimed an attack on a checkpoint.",
        dt.date(2031, 5, 5),
        claimed_by="ISKP",
    )
    also_turkish = _event("Örgüt iki saldırıyı da üstlendi.", None, claimed_by="ISKP")
    for other in (with_toll, indefinite, also_turkish):
        assert len(fold_claims([_BLAST, other])) == 2, other.sources[0].evidence


def test_a_claim_never_overrides_another_claimer() -> None:
    claimed = _BLAST.replace(claimed_by="TTP", actor1="TTP")
    claim = _event("ISKP claimed the attack.", dt.date(2031, 5, 5), claimed_by="ISKP")
    assert len(fold_claims([claimed, claim])) == 2


def _solar(text: str) -> list[dt.date | None]:
    return [found[3] for found in find_solar_dates(text, dt.date(2024, 5, 1))]


def test_a_pashto_day_without_its_ordinal_is_read_beside_a_date_word_or_on() -> None:
    assert _solar("د حوت 22 نېټه") == [dt.date(2024, 3, 12)]
    assert _solar("د وري په 15 بريد وشو") == [dt.date(2024, 4, 3)]
    assert _solar("د 1402 کال د حوت 22 ورځ") == [dt.date(2024, 3, 12)]
    assert _solar("د وري 15مه") == [dt.date(2024, 4, 3)]


def test_a_number_after_a_pashto_month_that_counts_things_is_no_day() -> None:
    assert _solar("د وري 15 کسان") == []
    assert _solar("د وري 15.5 سلنه") == []


def _dates_told(text: str) -> list[dt.date | None]:
    extraction = extract_text(text, published=dt.date(2031, 3, 1), language="en", genre="analysis")
    return sorted((e.event_date for e in extraction.events), key=lambda d: d or dt.date.min)


_LATE_IN_2030 = (
    "On 20 November 2030 a car bomb killed nine police officers at a checkpoint in Kandahar.\n\n"
)


def test_the_year_that_opened_is_the_year_the_narrative_is_in() -> None:
    text = _LATE_IN_2030 + (
        "Abroad, the year began with a suicide bombing in Herat on 4 January that killed "
        "twelve worshippers at a mosque."
    )
    assert dt.date(2030, 1, 4) in _dates_told(text)


def test_a_january_told_without_the_year_opening_follows_the_clock() -> None:
    text = _LATE_IN_2030 + (
        "Then, on 4 January, a suicide bombing in Herat killed twelve worshippers at a mosque."
    )
    assert dt.date(2031, 1, 4) in _dates_told(text)


def test_the_first_weeks_of_a_year_set_the_clock_whatever_year_follows() -> None:
    text = (
        "On 20 May 2029 a car bomb killed nine police officers at a checkpoint in Kandahar.\n\n"
        "The first weeks of 2030 suggest that the trend of 2029 will hold. On 11 February a "
        "suicide bomber killed six people outside a bank in Kunduz."
    )
    assert dt.date(2030, 2, 11) in _dates_told(text)


_GOVERNOR_KILLED = (
    "On 9 March 2030 a suicide bomber killed the governor of Balkh, Abdul Rahim Sarwari, in "
    "his office in Mazar-i-Sharif. "
)
_THEN_KABUL = (
    "\n\nLess than three weeks later, on 27 March, a suicide bomber struck near a ministry in "
    "Kabul, killing six people."
)


def test_a_year_in_a_pluperfect_clause_leaves_the_clock_alone() -> None:
    flashback = (
        "Sarwari had directed the Taliban's long campaign against the group as deputy governor "
        "of Kunar in 2027 and 2028, and he was the most senior official killed since the war."
    )
    assert dt.date(2030, 3, 27) in _dates_told(_GOVERNOR_KILLED + flashback + _THEN_KABUL)


def test_a_year_told_as_the_narrative_moves_the_clock() -> None:
    moved = "In 2027 the group killed four officials in Kunar."
    assert dt.date(2027, 3, 27) in _dates_told(_GOVERNOR_KILLED + moved + _THEN_KABUL)


def _days_read(text: str) -> list[dt.date | None]:
    return [d.date for d in find_dates(text, language="en", reference=dt.date(2031, 6, 14))]


def test_a_weekday_naming_the_prayer_gives_way_to_the_date_after_it() -> None:
    text = "The group bombed a mosque in Herat during Friday prayers on June 6, killing ten."
    assert _days_read(text) == [dt.date(2031, 6, 6)]


def test_friday_prayers_without_a_date_after_them_still_date_the_attack() -> None:
    assert _days_read("A bomb struck worshippers at Friday prayers in Herat.") == [
        dt.date(2031, 6, 13)
    ]
