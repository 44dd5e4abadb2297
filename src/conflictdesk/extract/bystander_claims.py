"""A figure a named group gives is its claim only when that group did the attack.

"The Taliban said 31 worshippers died ... Islamic State claimed the blast": the group that
speaks is not the perpetrator, so it does not boast of the dead; it counts them as the side
that governs or was attacked, and its figure is the toll. The rule is applied where the
perpetrator of the incident is known (an incident summary's actor1), and never to a group
that claims ("Daesh claimed that it had killed five") or speaks in a sentence naming the
perpetrator.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Final

from conflictdesk.extract.actors import ActorHit
from conflictdesk.extract.casualty_mention import CasualtyMention
from conflictdesk.extract.sentences import Sentence

# Between the speaker and the figure: the speaker claims the attack or the figure.
_CLAIMING: Final = re.compile(r"\b(?:claim|boast|responsib)", re.IGNORECASE)


def claims_of_others(
    mentions: tuple[CasualtyMention, ...],
    actors: tuple[ActorHit, ...],
    sentence: Sentence,
    perpetrator: str | None,
) -> tuple[CasualtyMention, ...]:
    """``mentions`` with a claimed figure made a count when the last group named before it
    (its speaker) is not ``perpetrator`` and the sentence does not name the perpetrator."""
    if perpetrator is None or not any(m.relation == "claim" for m in mentions):
        return mentions
    if any(hit.actor_id == perpetrator or hit.role == "claim" for hit in actors):
        return mentions
    return tuple(
        dataclasses.replace(m, relation="count") if _spoken_by_another(m, actors, sentence) else m
        for m in mentions
    )


def _spoken_by_another(
    m: CasualtyMention, actors: tuple[ActorHit, ...], sentence: Sentence
) -> bool:
    if m.relation != "claim":
        return False
    before = [hit for hit in actors if hit.end <= m.start]
    if not before:
        return False
    between = sentence.text[before[-1].end - sentence.start : m.start - sentence.start]
    return _CLAIMING.search(between) is None
