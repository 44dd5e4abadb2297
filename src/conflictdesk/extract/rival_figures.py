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
    r"\b(?:in|on)\s+(?:the\s+)?[A-Z][\w'’-]+|\b\d{4}\b|\b(?:another|other|second)\b"
)
_COUNTS: Final = frozenset({"count", "total"})


def rival_figures(
    sentence: str, offset: int, mentions: Sequence[CasualtyMention]
) -> list[CasualtyMention]:
    """Mark as ``unofficial`` a figure a second speaker gives, in a clause set against the
    first speaker's, for the outcome the first already counted."""
    result = list(mentions)
    for i, m in enumerate(result):
        if m.relation not in _COUNTS or m.more or m.outcome not in ("killed", "injured"):
            continue
        if any(_rivals(sentence, offset, o, m) for o in result[:i]):
            result[i] = replace(m, relation="unofficial")
    return result


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
    clause = between[cut.end() :]
    head = sentence[: first.start - offset]
    opening = head[max(head.rfind(";"), head.rfind(". ")) + 1 :]
    return bool(
        _SAYING.search(clause)
        and not _NEWER.search(clause)
        and not _ELSEWHERE.search(clause)
        and (_SAYING.search(opening) or _SAYING.search(between[: cut.start()]))
    )
