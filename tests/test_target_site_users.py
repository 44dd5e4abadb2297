"""A site is coded by the use it is put to or by the body whose people use it; foreign guests
of a business own no part of it. Each text is invented."""

from __future__ import annotations

import pytest

from conflictdesk.extract import extract_text


def _target_type(text: str) -> object:
    events = extract_text(text, document_id="case").events
    assert events, text
    return events[0].to_dict()["target_type"]


REDUCED_USE = [
    "06/14/2014: Insurgents fired mortars at a school used as a polling station in Andar "
    "district, Ghazni province, Afghanistan. Nobody was hurt.",
    "06/14/2014: Gunmen set fire to a school being used as a polling centre in Andar "
    "district, Ghazni province, Afghanistan.",
]


@pytest.mark.parametrize("text", REDUCED_USE)
def test_school_used_as_polling_site_is_government(text: str) -> None:
    assert _target_type(text) == "Government (General)"


def test_school_without_a_stated_use_stays_a_school() -> None:
    text = (
        "06/14/2014: Insurgents fired mortars at a school in Andar district, Ghazni province, "
        "Afghanistan, near a polling station. Nobody was hurt."
    )
    assert _target_type(text) == "Educational Institution"


def test_users_named_after_the_site_place() -> None:
    text = (
        "03/02/2011: Gunmen stormed a guesthouse in the Wazir Akbar Khan area of Kabul city, "
        "Kabul province, Afghanistan, used by United Nations staff, killing two guards."
    )
    assert _target_type(text) == "Government (Diplomatic)"


def test_business_used_by_foreigners_stays_business() -> None:
    text = (
        "03/02/2011: A suicide bomber blew himself up outside a hotel used by foreigners in "
        "Herat city, Herat province, Afghanistan, killing four people."
    )
    assert _target_type(text) == "Business"


def test_bus_carrying_foreigners_is_not_business() -> None:
    text = (
        "03/02/2011: Gunmen fired on a minibus carrying foreigners in Herat city, Herat "
        "province, Afghanistan, killing four people."
    )
    assert _target_type(text) != "Business"
