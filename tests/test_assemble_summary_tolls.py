"""Tolls told "across the blasts" in an incident summary (assemble's summary branch).

Every sentence here was written for these tests; each case fails without the rule it names.
"""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text


def _fatalities(text: str) -> list[int | None]:
    events = extract_text(
        text, published=dt.date(2022, 6, 1), language="en", genre="summary"
    ).events
    return [e.fatalities.best for e in events]


def test_a_summary_that_tells_every_blast_keeps_the_toll_across_them() -> None:
    text = (
        "05/14/2022: A bomb hidden in a cart exploded outside a bakery in Khost city, Khost "
        "province, Afghanistan, and a second went off as people ran to help. Nine people were "
        "killed across the two blasts. No group claimed responsibility."
    )
    assert _fatalities(text) == [9]


def test_a_summary_of_one_of_several_related_attacks_leaves_the_shared_toll_out() -> None:
    text = (
        "05/14/2022: A bomb hidden in a cart exploded outside a bakery in Khost city, Khost "
        "province, Afghanistan. This was one of three related attacks in the city that day; "
        "nine people were killed across the three blasts. No group claimed responsibility."
    )
    assert _fatalities(text) != [9]


def test_a_summary_covering_one_part_leaves_the_shared_toll_out() -> None:
    text = (
        "05/14/2022: Gunmen killed guards at two checkpoints in Khost city, Khost province, "
        "Afghanistan. Five guards were killed across the two sites. This summary covers the "
        "northern checkpoint, where three of them died. No group claimed responsibility."
    )
    assert _fatalities(text) == [3]


def test_the_attackers_killed_in_a_summary_are_as_many_as_it_told() -> None:
    text = (
        "07/03/2021: Four gunmen attacked a district police headquarters in Khost city, Khost "
        "province, Afghanistan. Six police officers were killed and nine were wounded. The "
        "attackers were killed after a three-hour fight. No group claimed responsibility."
    )
    assert _fatalities(text) == [10]


def test_the_opening_date_of_a_summary_is_no_count_of_gunmen() -> None:
    text = (
        "07/12/2021: Gunmen attacked a district police headquarters in Khost city, Khost "
        "province, Afghanistan. Six police officers were killed before security forces killed "
        "the attackers. No group claimed responsibility."
    )
    assert _fatalities(text) != [18]


def test_attackers_counted_beside_the_definite_group_are_not_counted_twice() -> None:
    text = (
        "07/03/2021: Four gunmen attacked a district police headquarters in Khost city, Khost "
        "province, Afghanistan. Six police officers were killed besides the attackers, all "
        "four of whom died. No group claimed responsibility."
    )
    assert _fatalities(text) == [10]
