"""Which events come out of a report: general remarks, seats of government speaking, the
incident already told. Every text here is invented for the test."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.model import Event

PUBLISHED = dt.date(2025, 5, 1)


def _analysis(text: str, language: str = "en") -> list[Event]:
    return list(extract_text(text, published=PUBLISHED, language=language, genre="analysis").events)


def test_a_part_of_a_year_sets_the_clock_of_a_narrative() -> None:
    text = (
        "On 11 December 2022 militants fired rockets at a border post in Spin Boldak, killing"
        " two guards. The first air raid that Kabul protested came at the end of 2024."
        " On the night of 24 December aircraft bombed a village in Barmal district of Paktika,"
        " killing nine people."
    )
    days = sorted(e.event_date for e in _analysis(text) if e.event_date is not None)
    assert dt.date(2024, 12, 24) in days


def test_remarks_about_attacks_in_general_are_no_events() -> None:
    text = (
        "On 4 April 2024 gunmen shot dead a cleric outside his mosque in Jalalabad."
        " The killing was claimed by ISKP.\n\n"
        "Killing preachers has long been the cheapest way for the group to be heard in"
        " Nangarhar. Each bombing of a shrine in Kabul costs it sympathy."
    )
    assert [e.event_date for e in _analysis(text)] == [dt.date(2024, 4, 4)]


def test_a_foreign_capital_that_only_speaks_opens_no_incident() -> None:
    text = (
        "ASADABAD, Afghanistan, June 3 (Test Wire) - Pakistani jets bombed a village in"
        " Dangam district of Kunar province on Monday, killing four civilians, local"
        " officials said.\n\n"
        "Officials in Islamabad, speaking privately, said the jets had targeted hide-outs of"
        " militants who attack Pakistani posts.\n\n"
        "Residents said the bombing destroyed three houses."
    )
    events = extract_text(text, published=dt.date(2025, 6, 3), language="en").events
    assert [e.admin1 for e in events] == ["Kunar"]


def test_a_passive_tally_and_a_past_career_are_no_events() -> None:
    text = (
        "Scores of village elders have been shot or abducted since 2021, many in Kunar and"
        " Laghman. On 2 February 2024 a suicide bomber killed the mayor of Khost, Abdul"
        " Basir, at his office. Basir had previously commanded police units fighting the"
        " Taliban in Paktia, which made him a target."
    )
    events = _analysis(text)
    assert [(e.event_date, e.admin1) for e in events] == [(dt.date(2024, 2, 2), "Khost")]


def test_plural_clashes_with_no_day_are_a_pattern_not_an_incident() -> None:
    text = (
        "Meymene, 14 Temmuz (Test Ajansı) – Faryab vilayetinin Şirin Tagab ilçesinde salı"
        " günü Taliban militanlarının bir polis karakoluna düzenlediği saldırıda dört polis"
        " öldü.\n\n"
        "Mart ayında varılan ateşkes anlaşmasına rağmen Cevizcan vilayetinde çatışmalar"
        " sürüyor.\n\n"
        "Vilayet sözcüsü saldırgan sayısının belli olmadığını söyledi."
    )
    events = extract_text(text, published=dt.date(2020, 7, 14), language="tr").events
    assert len(events) == 1


def test_a_blast_named_after_after_is_the_one_already_told() -> None:
    text = (
        "ГАЗНИ, 7 октября. Трое мирных жителей погибли во вторник, когда миномётные мины"
        " упали на жилой квартал в городе Газни.\n\n"
        "Жители квартала Кала-и-Нау в провинции Парван рассказали, что после обстрела"
        " многие семьи уехали к родственникам."
    )
    events = extract_text(text, published=dt.date(2020, 10, 7), language="ru").events
    assert len(events) == 1


def test_among_the_dead_in_a_wire_report_describes_the_victims_not_another_incident() -> None:
    text = (
        "KUNDUZ, Afghanistan, Aug 19 (Test Wire) - Security forces killed six militants in a"
        " raid on a compound in Kunduz city on Tuesday, the provincial police said.\n\n"
        "Among the dead was Qari Hamid, a commander accused of organising bombings in"
        " Baghlan province.\n\n"
        "Two policemen were wounded in the raid."
    )
    events = extract_text(text, published=dt.date(2025, 8, 19), language="en").events
    assert [e.admin1 for e in events] == ["Kunduz"]


def test_an_arabic_first_time_remark_opens_no_incident() -> None:
    text = (
        "مزار شريف - (وكالة الشمال): قُتل خمسة مدنيين صباح الأحد في انفجار عبوة ناسفة في سوق"
        " بمدينة مزار شريف بولاية بلخ، وتبنى تنظيم الدولة الإسلامية الهجوم.\n\n"
        "وهذه أول مرة يتبنى فيها التنظيم هجوماً بهذا الحجم في ولاية قندوز المجاورة."
    )
    events = extract_text(text, published=dt.date(2023, 3, 5), language="ar").events
    assert len(events) == 1
