"""Perpetrators as terse incident logs tell them: a telegraphic "Taliban blamed.", the captors
who held kidnapped people, an aside on the attackers between commas, and groups named only as
a disguise or as a visitor, which are no perpetrator."""

from __future__ import annotations

import datetime as dt

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


def _roles(text: str) -> list[tuple[str, str]]:
    return [(h.actor_id, h.role) for h in find_actors(text, load_registry())]


def _actor1(text: str) -> str | None:
    day = dt.datetime.strptime(text[:10], "%m/%d/%Y").date()
    events = extract_text(text, published=day, language="en", genre="summary").events
    assert events
    return events[0].actor1


def test_a_telegraphic_passive_blames_the_group() -> None:
    assert ("TALIBAN", "attribution") in _roles("Taliban blamed.")
    assert ("ISKP", "attribution") in _roles("ISKP militants suspected.")
    text = (
        "03/14/2009: Gunmen shot dead three guards at a clinic in Gardez, Paktia. Taliban blamed."
    )
    assert _actor1(text) == "TALIBAN"


def test_a_group_that_blames_another_is_not_blamed() -> None:
    assert ("TALIBAN", "attribution") not in _roles("The Taliban blamed ISKP for the blast.")


def test_the_captors_who_held_the_hostages() -> None:
    assert ("TALIBAN", "attribution") in _roles("The Taliban held the three engineers for a month.")
    assert ("TALIBAN", "attribution") in _roles("They were held by the Taliban for two years.")
    assert ("ISKP", "attribution") in _roles("The hostages were held captive by ISKP.")


def test_holding_talks_or_ground_names_no_captors() -> None:
    assert ("TALIBAN", "attribution") not in _roles("The Taliban held talks with elders.")
    assert ("TALIBAN", "attribution") not in _roles("The valley was held by the Taliban.")


def test_an_aside_on_the_attackers_before_their_verb() -> None:
    assert ("TALIBAN", "agent") in _roles(
        "Taliban fighters in police uniforms, some carrying grenades, stormed the compound."
    )
    assert ("ISKP", "agent") in _roles("ISKP gunmen, all masked, entered the clinic.")


def test_a_disguise_is_no_perpetrator() -> None:
    roles = _roles("A man posing as a Taliban commander shot the elder.")
    assert ("TALIBAN", "agent") not in roles
    roles = _roles("ISKP gunmen disguised as Taliban fighters attacked the shrine.")
    assert ("ISKP", "agent") in roles
    assert ("TALIBAN", "agent") not in roles


def test_a_visitor_is_no_perpetrator() -> None:
    roles = _roles("A bomb went off at the hotel during a visit by the Pakistani ambassador.")
    assert all(role != "agent" for _, role in roles)
    assert ("TALIBAN", "agent") in _roles("The police post was attacked by the Taliban.")
