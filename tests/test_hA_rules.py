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
