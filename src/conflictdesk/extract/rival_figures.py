"""Two sources' figures for one toll in one sentence: the first stands, the second only widens.

"Taliban officials said 46 worshippers were killed; staff at the city's hospitals put the dead
at more than 70" and "the government acknowledged 36 dead, while a defence official said 126
had been killed" give one toll twice, from two speakers set against each other. Neither is a
count of more people, and the second is not a revision (nothing says it came later): the
first-stated figure is the best one (GTD's lowest reliable estimate, docs/quantities.md) and
the rival only raises ``high``, like residents' figures do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from conflictdesk.extract.casualty_mention import CasualtyMention

# Where a rival source's clause starts: "; staff said", ", while officials said", ", but ...";
# also the cheap test callers run before this pass.
SET_AGAINST: Final = re.compile(r";|,\s*(?:while|whereas|but)\b", re.IGNORECASE)
# A speaker giving a figure: the clause has a verb of saying or counting before the figure.
_SAYING: Final = re.compile(
    r"\b(?:said|says|told|reported|acknowledged|confirmed|counted|documented|recorded|"
    r"put|gave|announced|stated|estimated)\b",
    re.IGNORECASE,
)
# A figure told as newer is a revision, not a rival ("the UN later documented 53").
_NEWER: Final = re.compile(
    r"\b(?:later|since|subsequently|revised|updated|rose|risen|climbed|increased|new)\b",
    re.IGNORECASE,
)
# A clause that moves to another place or day is another event's toll, not a rival
# ("officials said 20 were wounded in Kabul, while in Kunduz police said 35 were hurt").
_ELSEWHERE: Final = re.compile(
    r"\b(?:in|on)\s+(?:the\s+)?[A-Z][\w'’-]+|\b\d{4}\b"
    # "other" and "another" move to another incident, but not when they name other speakers:
    # "other officials put the toll at 40", "other accounts put the dead at twenty"
    r"|\b(?:another|other|second)\b(?!\s+(?:officials?|accounts?|sources?|reports?|estimates?"
    r"|counts?|witnesses|residents|figures?)\b)"
)
_COUNTS: Final = frozenset({"count", "total"})
# A rival's figure may read as a revision by its wording alone ("put the figure at up to 50");
# nothing newer said of it ("later", "revised": ``_NEWER``), it is only a second speaker's.
_RIVAL: Final = _COUNTS | {"revision"}
# Residents' figure is already a rival's; it may still show the first was no boast.
_RIVAL_OR_RAISED: Final = _RIVAL | {"unofficial"}


def rival_figures(
    sentence: str, offset: int, mentions: Sequence[CasualtyMention]
) -> list[CasualtyMention]:
    """Mark as ``unofficial`` a figure a second speaker gives, in a clause set against the
    first speaker's, for the outcome the first already counted; a first figure read as a
    group's claim that the rival puts higher is a count again (``_understated_claim``)."""
    result = list(mentions)
    for i, m in enumerate(result):
        if m.relation not in _RIVAL_OR_RAISED or m.more or m.outcome not in ("killed", "injured"):
            continue
        for j, o in enumerate(result[:i]):
            if _understated_claim(o, m) and _rivals(
                sentence, offset, replace(o, relation="count"), m
            ):
                result[j] = replace(o, relation="count")
            if m.relation in _RIVAL and _rivals(sentence, offset, result[j], m):
                result[i] = replace(m, relation="unofficial")
                break
    return result


def _understated_claim(first: CasualtyMention, second: CasualtyMention) -> bool:
    """A "claim" a rival source raises is no perpetrator's boast (a perpetrator does not
    understate its toll): "The Taliban said 33 people had died; local officials put the
    figure at up to 50" is the authorities' count, after 2021 the Taliban's own."""
    low, high = first.quantity.best, second.quantity.best
    return first.relation == "claim" and low is not None and high is not None and high > low


def _rivals(sentence: str, offset: int, first: CasualtyMention, second: CasualtyMention) -> bool:
    if first.outcome != second.outcome or first.relation not in _COUNTS:
        return False
    if "unknown" not in (first.group, second.group) and first.group != second.group:
        return False  # "two soldiers were wounded, but officials said four civilians were hurt"
    if first.end > second.start:
        return False
    between = sentence[first.end - offset : second.start - offset]
    cuts = list(SET_AGAINST.finditer(between))
    if not cuts:
        return False
    cut = cuts[-1]  # the rival's clause starts after the last break before its figure
    # the saying verb may open the rival's own span ("put the figure at up to fifty")
    clause = between[cut.end() :] + sentence[second.start - offset : second.end - offset]
    head = sentence[: first.start - offset]
    opening = head[max(head.rfind(";"), head.rfind(". ")) + 1 :]
    return bool(
        _SAYING.search(clause)
        and not _NEWER.search(clause)
        and not _ELSEWHERE.search(clause)
        and (_SAYING.search(opening) or _SAYING.search(between[: cut.start()]))
    )
