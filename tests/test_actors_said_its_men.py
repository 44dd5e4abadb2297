"""A group that says some of its own men carried out the attack claims it."""

from __future__ import annotations

import datetime as dt

import pytest

from conflictdesk.extract import extract_text
from conflictdesk.extract.actors import find_actors
from conflictdesk.resolve.registry import load_registry


@pytest.mark.parametrize(
    "text",
    [
        "ISKP said on its Telegram channel that two of its fighters had stormed the compound.",
        "The Taliban said in a statement posted on the Amaq website that one of their men had "
        "blown himself up at the gate.",
        "Hours later ISKP said through the Amaq news agency that one of its members blew himself "
        "up inside the hall.",
    ],
)
def test_a_group_speaking_of_its_own_men_claims(text: str) -> None:
    roles = {h.actor_id: h.role for h in find_actors(text, load_registry(), language="en")}
    claimants = [a for a, role in roles.items() if role == "claim"]
    assert claimants
    assert claimants[0] in ("ISKP", "TALIBAN")


def test_a_claimed_figure_told_through_a_statement_only_widens_the_toll() -> None:
    text = (
        "TALOQAN, May 3 (Agency) - Gunmen attacked a Taliban checkpoint in Takhar on Friday, "
        "killing two guards, local officials said.\n\n"
        "The Afghanistan Freedom Front, a group led by former army officers, said in a "
        "statement on Telegram that its fighters had killed six Taliban members."
    )
    events = extract_text(text, published=dt.date(2024, 5, 3)).events
    assert [(e.fatalities.best, e.fatalities.high, e.claimed_by) for e in events][:1] == [
        (2, 6, "AFF")
    ]
