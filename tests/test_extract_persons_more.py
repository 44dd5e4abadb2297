"""People in an event told in the ways reports tell them: a last name alone after the full
name, a name with an age in apposition, "among the dead was ..."."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text

ANALYSIS = (
    "Aslam Farooqi took over the group in 2019 after its losses in Nangarhar.\n\n"
    "On 4 April 2020, Afghan intelligence officers captured Farooqi and several aides in"
    " Kandahar province, the directorate said."
)


def test_last_name_alone_is_the_man_named_before() -> None:
    events = extract_text(ANALYSIS, document_id="farooqi", published=dt.date(2020, 6, 1)).events
    captured = [e for e in events if e.event_date is not None and e.event_date.month == 4]
    assert captured, [e.event_date for e in events]
    people = {p.person_id: p for p in captured[0].persons}
    assert "aslam-farooqi" in people
    assert people["aslam-farooqi"].outcome == "captured"
    assert "leader_captured" in captured[0].tags


def test_a_spokesman_named_again_is_a_source() -> None:
    text = (
        "KABUL, Oct 3 - A bomb killed five people at a mosque in Kabul on Sunday, Taliban"
        " spokesman Zabihullah Mujahid said. Mujahid said two of the wounded later died."
    )
    events = extract_text(text, document_id="mujahid", published=dt.date(2021, 10, 3)).events
    assert events
    assert all(p.person_id != "zabihullah-mujahid" for e in events for p in e.persons)


def _people(text: str) -> list[tuple[str, str | None]]:
    events = extract_text(text, document_id="case", published=dt.date(2024, 9, 13)).events
    return [(p.name, p.outcome) for e in events for p in e.persons]


def test_a_name_with_an_age_in_apposition_is_a_person() -> None:
    people = _people(
        "KABUL, Sept 13 - A bomb killed a radio presenter in Jalalabad on Thursday. Hamid"
        " Sadat, 29, who read the evening news on a local station, was driving home when"
        " the device went off, police said."
    )
    assert any(name == "Hamid Sadat" for name, _ in people)


def test_among_the_dead_and_one_of_the_dead() -> None:
    assert ("Gul Agha Sherzad", "killed") in _people(
        "On 3 May 2023, an air strike on a house in Khost killed six people. Among the dead"
        " was Gul Agha Sherzad, a shopkeeper."
    )
    assert ("Qari Bashir", "killed") in _people(
        "In March 2024, the GDI reported killing four ISKP members in a raid in Kunar province."
        " The statement said that one of the dead, Qari Bashir, had led the group's cell."
    )


def test_a_long_apposition_before_the_outcome_keeps_the_name() -> None:
    text = (
        "KABUL, Sept 21 - Burhanuddin Rabbani, the former president who led the council's "
        "effort to open talks with the insurgents, was killed on Tuesday when a bomber set "
        "off explosives at his home in Kabul, officials said."
    )
    assert ("Burhanuddin Rabbani", "killed") in _people(text)


def test_a_name_that_closes_an_apposition_takes_the_verb_after_it() -> None:
    text = (
        "PUL-E KHUMRI, May 17 - A roadside bomb hit a demining team in Baghlan on Monday, "
        "wounding five. One of the wounded, team leader Abdul Basir Naseri, died of his "
        "injuries in hospital."
    )
    assert ("Abdul Basir Naseri", "killed") in _people(text)


def test_a_surname_that_is_also_a_place_is_still_a_surname() -> None:
    # Zadran is a district of Paktia: the name is not a place because its last word is one
    text = (
        "KHOST, Feb 20 - Gunmen shot dead Hayatullah Zadran, a radio presenter, in Khost city "
        "on Tuesday, colleagues said."
    )
    assert ("Hayatullah Zadran", "killed") in _people(text)


def test_a_spokesman_who_gives_the_toll_is_not_its_victim() -> None:
    text = (
        "KABUL, Sept 30 - A suicide bomber struck an education centre in Kabul on Friday. "
        "Khalid Zadran, the Kabul police spokesman, said 19 people had been killed."
    )
    assert all(name != "Khalid Zadran" for name, _ in _people(text))


def test_a_victim_named_after_a_description_of_them() -> None:
    text = (
        "KABUL, June 18 - Gunmen stormed a gurdwara in Kabul on Saturday, killing a Sikh "
        "worshipper, Sawinder Singh, and a guard, and wounding the temple's caretaker, "
        "Harjit Kaur Bedi."
    )
    people = _people(text)
    assert ("Sawinder Singh", "killed") in people
    assert ("Harjit Kaur Bedi", "injured") in people


def test_the_source_of_a_toll_after_it_is_not_wounded() -> None:
    text = (
        "KABUL, Sept 2 - A suicide bomber struck a crowd in Kabul on Monday, killing six "
        "civilians and wounding 13, police spokesman Khalid Zadran said."
    )
    assert all(name != "Khalid Zadran" for name, _ in _people(text))


def test_among_the_dead_militants_a_man_identified_as() -> None:
    from conflictdesk.extract import extract_text

    text = (
        "HERAT, Afghanistan, March 4 (Wire) - Taliban forces raided a hideout of Islamic State "
        "militants in Herat city on Tuesday, killing four gunmen, police said. Among the dead "
        "fighters was a man identified as Yasin Farahi, whom police called the cell's leader."
    )
    found = extract_text(text, document_id="t-among-dead", genre="wire", language="en")
    people = {p.name: p.outcome for e in found.events for p in e.persons}
    assert people.get("Yasin Farahi") == "killed"
