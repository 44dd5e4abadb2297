"""Perpetrator and claim phrasings of incident summaries: admissions, statements, blame and
denials told in the words of coders other than the ones the rules were first written for."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry())]


def _perpetrator(text: str) -> tuple[str | None, str | None]:
    """actor1 and claimed_by of a summary's first event."""
    day = dt.datetime.strptime(text[:10], "%m/%d/%Y").date()
    events = extract_text(text, published=day, language="en", genre="summary").events
    assert events
    return events[0].actor1, events[0].claimed_by


def test_an_admission_is_a_claim() -> None:
    assert ("TALIBAN", "claim") in _roles("The Taliban acknowledged responsibility for it.")
    assert ("TALIBAN", "claim") in _roles("The Taliban owned up to the ambush on Monday.")
    assert ("TALIBAN", "claim") in _roles("The insurgents said the Taliban admitted the raid.")


def test_an_admitted_loss_is_no_claim() -> None:
    text = "The Taliban admitted the killing of their district commander in the raid."
    assert ("TALIBAN", "claim") not in _roles(text)


def test_an_act_admitted_as_a_gerund_is_a_claim() -> None:
    text = (
        "06/02/2012: Two road engineers were found shot dead in Nerkh district, Wardak. "
        "The Taliban admitted killing the men, calling them spies."
    )
    assert _perpetrator(text) == ("TALIBAN", "TALIBAN")


def test_a_claim_issued_or_posted_is_a_claim() -> None:
    assert ("TALIBAN", "claim") in _roles("The Taliban later posted a claim on their website.")
    assert ("ISKP", "claim") in _roles("ISKP issued a claim of responsibility through Amaq.")


def test_a_posted_video_is_no_claim() -> None:
    assert ("TALIBAN", "claim") not in _roles("The Taliban posted a video of the parade.")


def test_a_bare_claimed_ending_the_sentence_is_a_claim() -> None:
    text = "03/15/2016: A bomb killed a district judge in Gardez city, Paktia. The Taliban claimed."
    assert _perpetrator(text) == ("TALIBAN", "TALIBAN")


def test_claimed_followed_by_what_was_claimed_is_not_bare() -> None:
    assert ("TALIBAN", "claim") not in _roles("The Taliban claimed control of the valley.")


def test_neither_of_two_groups_named_claimed() -> None:
    text = "Neither the Taliban nor the Islamic State claimed responsibility for the killing."
    assert not [role for _, role in _roles(text) if role == "claim"]


def test_a_claim_after_a_negation_further_back_stands() -> None:
    text = "Not long after the blast, the Taliban claimed responsibility."
    assert ("TALIBAN", "claim") in _roles(text)


def _claimants(text: str) -> set[str]:
    return {actor for actor, role in _roles(text) if role == "claim"}


def test_a_group_saying_it_was_responsible_claims() -> None:
    assert _claimants("A Taliban spokesman said the group was responsible for it.") == {"TALIBAN"}
    assert _claimants("ISKP said one of its men was responsible for the shooting.") == {"ISKP"}
    assert _claimants("The Taliban said their fighters had been behind the raid.") == {"TALIBAN"}


def test_a_group_saying_another_was_responsible_claims_nothing() -> None:
    assert not _claimants("The Taliban said the Haqqani network was responsible.")


def test_the_groups_own_word_for_its_bomber_claims() -> None:
    text = "The Islamic State announced that a martyrdom seeker had detonated his belt."
    assert _claimants(text) & {"IS", "ISKP"}


def test_a_bomber_told_by_the_police_claims_nothing() -> None:
    assert not _claimants("Police said a suicide bomber had detonated his belt.")


def test_a_group_telling_it_sent_or_fired_claims() -> None:
    assert _claimants("A Taliban spokesman said the movement had sent him.") == {"TALIBAN"}
    assert _claimants("The Taliban claimed they had sent her to the base.") == {"TALIBAN"}
    assert _claimants("ISKP said it had fired the rockets across the river.") == {"ISKP"}
    assert _claimants("Zabihullah Mujahid tweeted that the Taliban had carried it out.") == {
        "TALIBAN"
    }


def test_a_group_telling_its_reason_or_sentence_claims() -> None:
    text = "A Taliban spokesman said the teacher had been killed for preaching Christianity."
    assert _claimants(text) == {"TALIBAN"}
    assert _claimants("The Taliban said the two men had been tried and executed.") == {"TALIBAN"}


def test_a_group_telling_its_own_loss_claims_nothing() -> None:
    assert not _claimants("The Taliban said two of their commanders had been killed.")


def test_a_group_naming_what_it_struck_claims() -> None:
    assert _claimants("A Taliban spokesman told reporters the airbase had been the target.") == {
        "TALIBAN"
    }
    assert _claimants("A Taliban statement said the consulate had been targeted.") == {"TALIBAN"}


def test_a_group_telling_it_was_attacked_by_another_claims_nothing() -> None:
    text = "A Taliban spokesman said the checkpoint had been attacked by Daesh fighters."
    assert "TALIBAN" not in _claimants(text)


def test_a_claim_with_its_outlet_before_that_is_a_claim() -> None:
    assert _claimants("ISKP claimed on Telegram that it had killed six guards.") == {"ISKP"}
    assert _claimants("ISKP claimed her assassination on its channels.") == {"ISKP"}


def test_a_claim_on_telegram_of_something_else_claims_nothing() -> None:
    assert not _claimants("ISKP claimed on Telegram that the Taliban had lied.")


def test_two_groups_saying_they_did_it_both_claim() -> None:
    text = "Both the Taliban and the Haqqani network said they had carried it out."
    assert _claimants(text) == {"TALIBAN", "HAQQANI"}


def test_first_of_two_claimants_is_the_perpetrator() -> None:
    text = (
        "07/09/2015: A car bomb hit a convoy of Polish guards in Kabul city, Kabul, killing "
        "four. Both the Taliban and the Islamic State's Khorasan branch said they had carried "
        "it out."
    )
    assert _perpetrator(text) == ("TALIBAN", "TALIBAN")


def test_an_authority_arresting_claims_nothing() -> None:
    text = "Taliban police said they had arrested two men accused of hiding the bomber."
    assert not _claimants(text)


def _blamed(text: str) -> set[str]:
    return {actor for actor, role in _roles(text) if role == "attribution"}


def test_a_group_said_to_be_responsible_is_blamed() -> None:
    assert _blamed("Villagers said the Taliban were responsible for the fire.") == {"TALIBAN"}
    assert _blamed("The governor said ISKP militants were likely responsible.") == {"ISKP"}


def test_a_group_said_not_to_be_responsible_is_not_blamed() -> None:
    assert not _blamed("The governor said the Taliban were not responsible.")


def test_a_group_said_to_have_done_the_act_is_blamed() -> None:
    assert _blamed("The police chief said Taliban fighters had carried it out.") == {"TALIBAN"}
    assert _blamed("Officials said Haqqani network gunmen had shot the judge.") == {"HAQQANI"}
    assert _blamed("The boy said a Taliban commander had trained him.") == {"TALIBAN"}


def test_the_doers_identified_as_a_group_are_the_groups() -> None:
    assert _blamed("The abductors were later identified as the Taliban.") == {"TALIBAN"}
    assert _blamed("Police said the killers were Taliban fighters.") == {"TALIBAN"}
    assert _blamed("A police officer said the bombing was the work of the Taliban.") == {"TALIBAN"}


def test_men_said_to_be_members_are_the_groups_but_a_place_is_not() -> None:
    text = "Police detained four men they said were Taliban members after the blast."
    assert _blamed(text) == {"TALIBAN"}
    assert not _blamed("Troops raided a house the army said was a Taliban safehouse.")


def test_the_attacker_owned_in_the_groups_words_claims() -> None:
    text = "The Taliban said the bomber was one of their martyrdom seekers."
    assert _claimants(text) == {"TALIBAN"}
    text = "A Taliban spokesman said the guard had joined the police as an infiltrator."
    assert _claimants(text) == {"TALIBAN"}


def test_a_guard_joining_the_police_told_by_officials_claims_nothing() -> None:
    assert not _claimants("Officials said the guard had joined the police two years ago.")


def test_a_group_saying_it_did_it_or_that_it_was_its_operation_claims() -> None:
    assert _claimants("ISKP said it did it, in a post on its channels.") == {"ISKP"}
    assert _claimants("The Taliban said their men did it to punish the village.") == {"TALIBAN"}
    assert _claimants("The Taliban said it was their operation.") == {"TALIBAN"}
    assert _claimants("The Taliban said its fighters were avenging the raid.") == {"TALIBAN"}


def test_a_group_saying_it_did_not_do_it_claims_nothing() -> None:
    assert not _claimants("The Taliban said their men did not do it.")
    assert not _claimants("The Taliban said it was not their operation.")


def test_haqqani_men_named_by_the_network_are_the_network() -> None:
    assert _blamed("Haqqani militants were blamed for the bombing.") == {"HAQQANI"}
    assert ("HAQQANI", "claim") in _roles("Haqqani fighters claimed the attack on the base.")


def test_a_man_named_haqqani_is_not_the_network() -> None:
    assert not _roles("Police said Sirajuddin Haqqani had spoken with elders.")


def test_a_killing_said_to_be_the_groups_work_blames_it() -> None:
    assert _blamed("Police said the killing was the work of the Taliban.") == {"TALIBAN"}


def test_the_groups_work_as_its_labour_blames_nothing() -> None:
    assert not _blamed("Officials said the Taliban work of road repair had stopped.")
