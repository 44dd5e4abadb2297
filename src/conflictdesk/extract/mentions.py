"""The mentions of a document: every actor, place, date, trigger and casualty figure found.

Mentions are returned for every language, also when no event can be built, so that a
non-English report still shows who and where it is about.
"""

from __future__ import annotations

from conflictdesk.extract import phrases
from conflictdesk.extract.facts import Facts
from conflictdesk.model import Mention
from conflictdesk.resolve.registry import Registry


def collect_mentions(facts: list[Facts], registry: Registry) -> tuple[Mention, ...]:
    found: list[Mention] = []
    for item in facts:
        sentence = item.sentence
        index = sentence.index
        for actor in item.actors:
            found.append(
                Mention("actor", actor.text, actor.start, actor.end, actor.actor_id, index)
            )
        for place in phrases.find_places(registry, sentence.text, sentence.start):
            found.append(Mention("place", place.text, place.start, place.end, place.value, index))
        for date in item.dates:
            value = date.date.isoformat() if date.date is not None else None
            found.append(Mention("date", date.text, date.start, date.end, value, index))
        for hit in item.triggers:
            found.append(Mention("trigger", hit.text, hit.start, hit.end, hit.means, index))
        for figure in item.casualties:
            best = figure.quantity.best
            value = str(best) if best is not None else None
            found.append(Mention("number", figure.text, figure.start, figure.end, value, index))
    return tuple(found)
