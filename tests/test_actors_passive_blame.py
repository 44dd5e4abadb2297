"""Blame told in the passive: the act said to have been carried out by a group, in English
("the killing was carried out by the Taliban") and Turkish ("cinayetin Taliban tarafından
işlendiğini söyledi"), even when the group denies it."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    "sentence",
    [
        "A district official said the killing was carried out by the Taliban.",
        "Police believe the ambush was planned by Islamic State Khorasan.",
        "The governor's office said the assassination had been organised by the Haqqani network.",
    ],
)
def test_passive_act_by_a_group_is_blame(sentence: str) -> None:
    roles = [(a.actor_id, a.role) for a in find_actors(sentence, load_registry())]
    assert roles
    assert roles[0][1] == "attribution"


def test_turkish_murder_committed_by_a_group_names_the_perpetrator() -> None:
    text = (
        "KANDAHAR, 3 Mart (Ajans) – Kandahar kentinde bir din adamı dün akşam silahlı saldırıda "
        "öldürüldü. Emniyet sözcüsü, cinayetin Taliban tarafından işlendiğini söyledi. Taliban "
        "sözcüsü ise olayla ilgileri olmadığını ileri sürdü."
    )
    events = extract_text(text, language="tr", published=dt.date(2015, 3, 3)).events
    assert [e.actor1 for e in events] == ["TALIBAN"]
    assert events[0].claimed_by is None
