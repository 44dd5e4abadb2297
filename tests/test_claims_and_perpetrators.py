"""Who claimed an attack, and who did it: incident summaries (``MM/DD/YYYY: ...``) and wire."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _actors(text: str) -> tuple[str | None, str | None]:
    events = extract_text(text, published=dt.date(2026, 1, 1)).events
    assert events
    return events[0].actor1, events[0].claimed_by


@pytest.mark.parametrize(
    "text",
    [
        "03/14/2013: Gunmen abducted three surveyors working on a dam in Chora district, "
        "Uruzgan province, Afghanistan. The Taliban said the men were spying for the army.",
        "11/02/2016: Armed men set fire to a girls' school in Khogyani district, Nangarhar "
        "province, Afghanistan. A Taliban spokesman said the building had housed soldiers.",
        "07/09/2018: Fighters stopped a minibus near Maidan Shahr, Wardak province, "
        "Afghanistan, and took away two passengers. A police chief blamed the Taliban, who "
        "said they had detained the men for carrying army papers.",
        "05/21/2023: A bomb exploded at a Sufi shrine in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, killing nine people. ISKP said the shrine was a place of idolatry.",
    ],
)
def test_a_group_giving_its_account_of_the_incident_claims_it(text: str) -> None:
    actor1, claimed_by = _actors(text)
    assert claimed_by is not None
    assert actor1 == claimed_by


@pytest.mark.parametrize(
    "text",
    [
        # the group disowns the act
        "03/14/2013: Gunmen abducted three surveyors working on a dam in Chora district, "
        "Uruzgan province, Afghanistan. The Taliban said they had nothing to do with it.",
        # the group blames another doer
        "06/11/2014: Rockets hit a bazaar in Nad Ali district, Helmand province, Afghanistan, "
        "killing four shopkeepers. Officials blamed the Taliban; the group said the rockets had "
        "been fired by the army.",
        # the blamed group's excuse, not its act
        "08/17/2015: Gunmen shot at a water tanker on the road near Qalat, Zabul province, "
        "Afghanistan. Officials blamed the Taliban, who said the tanker had been supplying a "
        "base.",
        # the governing group speaks as the state
        "05/21/2023: A bomb exploded at a Sufi shrine in Pul-e Khumri city, Baghlan province, "
        "Afghanistan, killing nine people. The Taliban said the shrine had been guarded.",
        # a bystander, not the group, is the speaker
        "09/30/2012: Taliban fighters burned two fuel tankers near Kandahar city, Kandahar "
        "province, Afghanistan, a resident said.",
    ],
)
def test_a_group_statement_that_owns_nothing_is_no_claim(text: str) -> None:
    _, claimed_by = _actors(text)
    assert claimed_by is None


def _roles(text: str) -> dict[str, str]:
    return {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}


def test_a_spokesman_saying_the_insurgents_did_it_claims() -> None:
    text = (
        "Taliban spokesman Qari Ahmad told Reuters by telephone that the insurgents had "
        "carried out the ambush."
    )
    assert _roles(text)["TALIBAN"] == "claim"


def test_officials_saying_the_insurgents_did_it_do_not_make_a_claim() -> None:
    text = "Police said the insurgents had carried out the ambush on the Taliban's orders."
    assert _roles(text).get("TALIBAN") != "claim"


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban denied any part in the ambush, but the governor blamed them.",
        "The Taliban rejected the charge, but police attributed the killing to them.",
    ],
)
def test_a_group_that_denied_is_the_one_a_pronoun_blames(text: str) -> None:
    assert _roles(text)["TALIBAN"] == "attribution"


def test_a_pronoun_blamed_without_a_denial_before_it_is_no_group() -> None:
    text = "The Taliban attacked a post last year, and villagers blamed them for the fire."
    assert _roles(text).get("TALIBAN") != "attribution"


def test_remnants_of_a_group_are_the_group_blamed() -> None:
    text = "Police attributed the bombing to remnants of the Taliban in the hills."
    assert _roles(text)["TALIBAN"] == "attribution"


def test_both_groups_of_a_joined_subject_are_blamed() -> None:
    roles = _roles("The governor said the Taliban and al-Qaeda were behind the bombing.")
    assert roles["TALIBAN"] == roles["AQ"] == "attribution"


def test_a_group_joined_to_a_victim_is_not_blamed() -> None:
    roles = _roles("The Taliban and al-Qaeda were driven from the valley in 2002.")
    assert "attribution" not in roles.values()


def test_a_state_adjective_naming_where_a_group_comes_from_is_no_actor() -> None:
    roles = _roles("Jaish-e-Mohammed, a Pakistani militant group, claimed the bombing.")
    assert "PAKISTAN" not in roles


def test_a_state_adjective_before_its_forces_is_still_the_state() -> None:
    assert _roles("Pakistani troops shelled the border village.")["PAKISTAN"] == "agent"


def test_men_of_a_group_blamed_by_officials_blame_the_group_not_the_officials() -> None:
    roles = _roles("Members of ISKP were blamed by Taliban police for the shooting.")
    assert roles["ISKP"] == "attribution"
    assert roles.get("TALIBAN") != "attribution"


def test_officials_blaming_a_group_still_blame_it() -> None:
    assert _roles("The governor blamed the Taliban for the shooting.")["TALIBAN"] == "attribution"


@pytest.mark.parametrize(
    "text",
    [
        "The surveyors were freed after tribal elders talked to the Taliban, who were holding "
        "them.",
        "The Taliban were holding the two engineers in a village near the river.",
    ],
)
def test_the_captors_named_as_holding_the_victims_did_it(text: str) -> None:
    assert _roles(text)["TALIBAN"] == "attribution"


def test_a_group_holding_ground_holds_no_captives() -> None:
    roles = _roles("The Taliban were holding the district centre after a week of fighting.")
    assert roles.get("TALIBAN") != "attribution"


def test_a_group_whose_men_beat_someone_is_the_agent() -> None:
    text = "Officers of the Taliban's vice and virtue department beat a shopkeeper in Kabul."
    assert _roles(text)["TALIBAN"] == "agent"


def test_men_in_a_group_s_uniforms_taking_people_away_is_no_claim() -> None:
    roles = _roles("Days earlier, men in Taliban uniforms took them from their homes.")
    assert roles.get("TALIBAN") != "claim"


def test_a_group_taking_responsibility_claims() -> None:
    assert _roles("The Taliban took responsibility for the ambush.")["TALIBAN"] == "claim"


def test_the_group_speaking_after_two_groups_were_named_claims_for_neither() -> None:
    text = (
        "04/00/2016: ISKP fighters in Kot district, Nangarhar, shot dead six Taliban prisoners. "
        "The group later released a video of the killings."
    )
    assert _actors(text) == ("ISKP", None)


def test_the_group_speaking_after_one_group_was_named_claims_for_it() -> None:
    text = (
        "04/00/2016: Taliban fighters overran a police post in Kot district, Nangarhar, "
        "Afghanistan. The group later released a video of the captured weapons."
    )
    assert _actors(text) == ("TALIBAN", "TALIBAN")


def test_a_group_naming_its_bomber_claims() -> None:
    text = (
        "03/02/2019: A suicide bomber blew himself up at a wrestling match in Khost city, Khost "
        "province, Afghanistan, killing six people. ISKP named the bomber as a Tajik recruit."
    )
    assert _actors(text) == ("ISKP", "ISKP")


def test_a_group_naming_its_new_leader_claims_nothing() -> None:
    text = (
        "03/02/2019: A suicide bomber blew himself up at a wrestling match in Khost city, Khost "
        "province, Afghanistan, killing six people. ISKP named a new leader the same week."
    )
    assert _actors(text)[1] is None
