"""Groups of the 2000s and 2010s in the Afghanistan pack (Hezb-e Islami, Lashkar-e-Taiba,
Lashkar-e-Jhangvi, the Islamic Movement of Uzbekistan), and an actor's own target type: a party
with an armed wing is a Violent Political Party when its offices or members are attacked, a
militia when its fighters are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conflictdesk.errors import PackError
from conflictdesk.extract import extract_text
from conflictdesk.model import Event
from conflictdesk.resolve.registry import load_pack, load_registry


def _main(text: str) -> Event:
    return extract_text(text).events[0]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "04/02/2009: A roadside bomb struck a police pickup in Sayedabad district, Wardak "
            "province, Afghanistan, killing three officers. Hizb-i-Islami claimed responsibility.",
            "HIG",
        ),
        (
            "12/06/2011: A bomber blew himself up among Ashura mourners at a shrine in Kabul city, "
            "Kabul province, Afghanistan, killing 48. Lashkar-e-Jhangvi al-Alami claimed it.",
            "LEJ",
        ),
    ],
)
def test_a_claim_by_a_group_of_the_pack_names_it(text: str, group: str) -> None:
    event = _main(text)
    assert (event.actor1, event.claimed_by) == (group, group)


def test_an_attribution_without_a_claim_names_the_group_as_perpetrator_only() -> None:
    event = _main(
        "05/23/2014: Gunmen stormed a consulate in Herat city, Herat province, Afghanistan; all "
        "four attackers were killed. No group claimed responsibility; however, sources "
        "attributed the attack to Lashkar-e-Taiba."
    )
    assert (event.actor1, event.claimed_by) == ("LET", None)


def test_the_office_of_an_armed_party_is_a_violent_political_party() -> None:
    event = _main(
        "09/14/2018: A grenade was thrown into the office of Hezb-e Islami in Pul-e Khumri "
        "city, Baghlan province, Afghanistan, wounding two guards."
    )
    assert (event.actor2, event.target_type) == ("HIG", "Violent Political Party")


def test_the_fighters_of_an_armed_party_are_a_militia() -> None:
    event = _main(
        "03/11/2009: Taliban fighters overran a camp of Hezb-e Islami fighters in Nahrin "
        "district, Baghlan province, Afghanistan; six Hezb-e Islami fighters were killed."
    )
    assert (event.actor2, event.target_type) == ("HIG", "Terrorists/Non-State Militia")


def test_a_group_without_a_type_of_its_own_is_a_militia() -> None:
    assert load_registry().actors["TTP"].target_type is None
    assert load_registry().actors["HIG"].target_type == "Violent Political Party"


def test_an_actor_target_type_outside_the_vocabulary_names_the_pack(tmp_path: Path) -> None:
    (tmp_path / "pack.json").write_text(json.dumps({"name": "t", "country": "X"}))
    (tmp_path / "actors.json").write_text(
        json.dumps([{"id": "P", "name": "Party", "target_type": "Political Party"}])
    )
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path)
    assert "target_type" in str(caught.value)
    assert caught.value.path == str(tmp_path)
