"""Tolls written in ways the chunk reader of ``casualties`` cannot link on its own.

Each reader takes the mentions the chunk reader found in one English sentence and adds or
corrects some: a total before an "including" list of nouns it does not know, the dead added
after the verb ("as were all five attackers"), victims after an apposition, the attacker
named among the dead, the wounded who died, revisions told with a pronoun, bodies found, a
named person beside the bomber, parts of a toll after "N of them" or before "among them", the
bomber an "including" names before the wounded, the bomber as the only death, bodies of people
named before, "N more died". ``amend_tolls`` runs them
all; each is written from the development corpora's summaries and tested in
``tests/test_casualties_lists.py``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Final

from conflictdesk.extract.caseless import Gated, Needs
from conflictdesk.extract.casualty_mention import CasualtyMention, last_told_before, told_over
from conflictdesk.extract.numbers import Quantity, figure_value, iter_quantities, match_quantity

# Words that open a sentence in capitals without being a name ("The", "Two").
_NOT_A_NAME: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "at",
        "in",
        "on",
        "no",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "one",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "they",
        "we",
        "his",
        "her",
        "their",
        "there",
        "officials",
        "police",
        "security",
        "sources",
        "afghan",
        "afghanistan",
        "taliban",
        "islamic",
    ]
)
_ATTACKER_WORD: Final = re.compile(
    r"\b(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b", re.IGNORECASE
)

# "Thirty-five people, including 22 police instructors and the bomber, were killed": a figure
# whose "including" list runs to the verb is the total, whatever the list holds.
_INCLUDING_TOTAL: Final = re.compile(
    r"(?P<subject>[^,;.:]{1,60}?),\s*(?:including|among them|among whom)\b"
    r"(?P<inner>[^;.:]{1,200}?),\s*(?:(?:were|was|have been|had been|are|is)\s+(?:\w+\s+)?"
    r"(?P<passive>killed|wounded|injured|hurt|shot dead)"
    r"|(?P<died>died|perished|lost their lives))\b",
    re.IGNORECASE,
)
_INCLUDING_TOTAL_NEEDS: Final = Needs(_INCLUDING_TOTAL)
_INCLUDING_HEAD: Final = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:people|persons|individuals|civilians|others|victims|men"
    r"|worshippers|passengers|soldiers|policemen|police officers|members|guests|students"
    r"|employees|staff|mourners|villagers|fighters|militants|attackers|assailants)\s*$",
    re.IGNORECASE,
)


# "Nine people including a reporter, his wife and two children were killed": without commas
# around the list, the figure before "including" is still the total its verb tells.
_INCLUDING_BARE_TOTAL: Final = Gated(
    re.compile(
        r"(?P<subject>[^,;.:]{1,60}?)\s+including\b"
        r"(?P<inner>[^;.:]{1,120}?)\s+(?:(?:were|was|have been|had been)\s+(?:\w+\s+)?"
        r"(?P<passive>killed|wounded|injured|hurt|shot dead)"
        r"|(?P<died>died|perished|lost their lives))\b",
        re.IGNORECASE,
    )
)


def _including_totals(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The total before an "including" list that the chunk reader could not link to its verb;
    figures read inside the list become its subsets."""
    out = list(mentions)
    if _INCLUDING_TOTAL_NEEDS.met(sentence):
        out = _totals_before_list(sentence, offset, out, _INCLUDING_TOTAL.finditer(sentence))
    if "including" in sentence:
        bare = [
            m for m in _INCLUDING_BARE_TOTAL.finditer(sentence) if not _told_at_head(m, offset, out)
        ]
        out = _totals_before_list(sentence, offset, out, bare)
    return out


def _told_at_head(found: re.Match[str], offset: int, mentions: list[CasualtyMention]) -> bool:
    """A mention of any outcome already covers the subject before a comma-less "including"."""
    return told_over(mentions, found.start("subject") + offset, found.end("subject") + offset)


def _totals_before_list(
    sentence: str, offset: int, mentions: list[CasualtyMention], matches: Iterable[re.Match[str]]
) -> list[CasualtyMention]:
    out = list(mentions)
    for found in matches:
        outcome = (
            "injured"
            if (found.group("passive") or "").lower()
            in (
                "wounded",
                "injured",
                "hurt",
            )
            else "killed"
        )
        subject_start = found.start("subject")
        head = None
        for q in iter_quantities(found.group("subject"), "en"):
            head = q
        if head is None or head.quantity.best is None:
            continue
        if not _INCLUDING_HEAD.match(found.group("subject")[head.end :]):
            continue
        start = subject_start + head.start + offset
        if any(m.start <= start < m.end and m.outcome == outcome for m in out):
            continue  # the reader linked the total itself
        inner = (found.start("inner") + offset, found.end("inner") + offset)
        out = [
            _as_subset(m) if m.outcome == outcome and inner[0] <= m.start < inner[1] else m
            for m in out
        ]
        out.append(
            CasualtyMention(
                start,
                found.end() + offset,
                sentence[subject_start + head.start : found.end()],
                outcome,
                head.quantity,
                "unknown",
                None,
            )
        )
    return out


# "... were killed, as were all five attackers", "killed, along with the suicide bomber and all
# six gunmen": people added to the dead after the verb.
_APPENDED: Final = re.compile(
    r"\b(?:killed|died|dead)(?:\s+(?:in|during|at)\s+[^,;.]{1,40}?)?\s*,?\s+"
    r"(?:as (?:were|was|did)|along with|together with|as well as)\s+"
    r"(?P<list>[^;.:]{1,120}?)(?=,\s+and\b|,\s+(?:while|but|according|who)\b|[;.:]|$)",
    re.IGNORECASE,
)
_APPENDED_NEEDS: Final = Needs(_APPENDED)
# "Four soldiers died with the bomber", "three died, with all five attackers": attackers told
# after a plain "with" right after the death verb died too. Not after a place ("killed in a
# clash with the attackers": whom they fought) nor past "of" ("with the help of gunmen").
_WITH_ATTACKERS: Final = re.compile(
    r"\b(?:killed|died|dead)\s*,?\s+with\s+"
    r"(?P<list>(?:all\s+|both\s+)?(?:the\s+)?(?:(?!of\b)[\w-]+\s+){0,2}?"
    r"(?:bombers?|attackers?|gunm[ae]n|assailants?))(?=[\s,;.:]|$)",
    re.IGNORECASE,
)
_WITH_ATTACKERS_NEEDS: Final = Needs(_WITH_ATTACKERS)
_LIST_SPLIT: Final = re.compile(r"\s*(?:,\s*and|,|\band)\s+", re.IGNORECASE)
_APPENDED_ITEM: Final = re.compile(
    r"^(?:all\s+|(?P<both>both)\s+)?(?:(?P<article>the|a|an|one)\s+(?:(?P<counted>\d+|two|three"
    r"|four|five|six|seven|eight|nine|ten)\s+)?|(?P<figure>[\w-]+)\s+)?"
    r"(?:(?:[\w-]+)\s+){0,2}?(?P<noun>[a-z-]+)$",
    re.IGNORECASE,
)
# What follows a listed person's noun: "the driver of the car", "both gunmen who followed him".
# So does a participle phrase: "as did the man driving the taxi".
_ITEM_TAIL: Final = re.compile(
    r"\s+(?:who|whom|which|that|of|from|in|at|on|inside|near|[a-z]{2,}ing)\b.*$"
)
# A listed person followed by where it happened ends the list: what follows is places.
_PLACED_TAIL: Final = re.compile(r"\s(?:in|at|on|near|inside|outside|during)\s", re.IGNORECASE)
_EVENT_NOUN: Final = re.compile(
    r"^(?:operations?|attacks?|raids?|strikes?|blasts?|explosions?|bombings?|incidents?"
    r"|fights?|clashes|battles?|ambush(?:es)?|assaults?)$",
    re.IGNORECASE,
)
_POSSESSIVE: Final = re.compile(r"^(?:his|her|their)\s+(?=\S)", re.IGNORECASE)
# "all of the 36 assailants" is "all the 36 assailants": its "of" opens no tail to cut off.
_ALL_OF: Final = re.compile(r"^((?:all|both)\s+)of\s+(?=the\s)", re.IGNORECASE)
_PLURAL_NOUN: Final = re.compile(r"(?:s|men|people)$", re.IGNORECASE)
# A listed item that ends in an injury word opens a clause of the hurt, not of more dead.
_HURT_CLAUSE: Final = re.compile(r"\s(?:injured|wounded|hurt)\s*$", re.IGNORECASE)


def _appended_dead(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Counted groups added after a death verb ("as were all five attackers", "died with the
    bomber"), when the chunk reader did not link them; an injury it misread inside the list
    is dropped."""
    out = list(mentions)
    told = [
        found
        for pattern, needs in (
            (_APPENDED, _APPENDED_NEEDS),
            (_WITH_ATTACKERS, _WITH_ATTACKERS_NEEDS),
        )
        if needs.met(sentence)
        for found in pattern.finditer(sentence)
    ]
    for found in told:
        position = found.start("list")
        placed = False
        for raw in _LIST_SPLIT.split(found.group("list")):
            if placed:
                break  # "... in a joint operation in Achin district, Nangarhar": places follow
            placed = bool(_PLACED_TAIL.search(raw))
            if _HURT_CLAUSE.search(raw):
                break  # "along with the bomber and sixteen people injured": the hurt follow
            start = sentence.find(raw, position)
            position = start + len(raw)
            # "together with his cook", "his two sons": the possessive is no figure
            head = _ALL_OF.sub(r"\1", raw.strip())
            item = _APPENDED_ITEM.match(_POSSESSIVE.sub("", _ITEM_TAIL.sub("", head)))
            if not raw.strip() or item is None or start < 0:
                continue
            noun, figure = item.group("noun"), item.group("figure") or item.group("counted")
            if _EVENT_NOUN.match(noun):
                continue  # "together with ten members in a joint US operation": no person
            if figure is None and figure_value(noun, "en") is not None:
                figure = noun  # "together with two of his men": the figure, its noun cut off
                noun = raw.strip()
            plural = bool(_PLURAL_NOUN.search(noun))
            value = figure_value(figure, "en") if figure else (None if plural else 1)
            if item.group("both"):
                value = 2
            if value is None:
                continue
            at = (start + offset, start + len(raw) + offset)
            if any(m.outcome == "killed" and m.start <= at[0] < m.end for m in out):
                continue
            out = [
                kept
                for m in out
                for kept in (
                    _after_list(sentence, offset, m, found.end("list"))
                    if m.outcome == "injured" and at[0] <= m.start < at[1]
                    else [m]
                )
            ]
            out = list({(m.start, m.outcome): m for m in reversed(out)}.values())[::-1]
            group = "attackers" if _ATTACKER_WORD.search(noun) else "unknown"
            out.append(
                CasualtyMention(
                    at[0],
                    at[1],
                    raw,
                    "killed",
                    Quantity(value, value, value, False, raw),
                    group,
                    None,
                    more=True,
                )
            )
    return out


def _after_list(
    sentence: str, offset: int, misread: CasualtyMention, list_end: int
) -> list[CasualtyMention]:
    """An injury the chunk reader started inside a list of the dead ("all six gunmen, and about
    20 people were wounded"): its own figure, read after the list, or nothing."""
    tail_start = list_end
    tail = sentence[tail_start : misread.end - offset]
    lead = re.match(r"\s*,?\s*and\s+", tail)
    if lead is None:
        return []
    figure = match_quantity(sentence, tail_start + lead.end(), "en")
    if figure is None:
        return []
    start = figure.start + offset
    return [
        CasualtyMention(
            start,
            misread.end,
            sentence[figure.start : misread.end - offset],
            misread.outcome,
            figure.quantity,
            "unknown",
            None,
        )
    ]


# "killing the imam, who had spoken out against the Taliban, and four worshippers", "killing
# Mohammad Omar, the governor of Kunduz province, and 19 other worshippers".
_OTHERS_AFTER_APPOSITION: Final = re.compile(
    r"\b(?:killing|killed|shot dead|shooting dead)\s+[^,;.]{1,60}?,\s+"
    r"(?:who|whom|the|a|an|his|her)\b[^,;.]{1,90},\s+and\s+(?P<rest>[^,;.]{1,60})",
    re.IGNORECASE,
)
_OTHERS_AFTER_APPOSITION_NEEDS: Final = Needs(_OTHERS_AFTER_APPOSITION)


def _others_after_apposition(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    if not _OTHERS_AFTER_APPOSITION_NEEDS.met(sentence):
        return out
    for found in _OTHERS_AFTER_APPOSITION.finditer(sentence):
        rest = found.group("rest")
        figure = match_quantity(rest, 0, "en")
        if figure is None or figure.quantity.best is None:
            continue
        start = found.start("rest") + offset
        if any(m.outcome == "killed" and m.start <= start < m.end for m in out):
            continue
        text = rest[: figure.end] + rest[figure.end :].split(" in ")[0]
        out.append(
            CasualtyMention(
                start,
                start + len(text),
                text,
                "killed",
                figure.quantity,
                "unknown",
                None,
                more=True,
            )
        )
    return out


# "The judge was badly hurt and died of his wounds two days later": the wounded who died.
_DIED_OF_WOUNDS: Final = Gated(
    re.compile(
        r"\b(?:and|but)\s+(?:later\s+)?(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their)"
        r"\s+(?:wounds|injuries)\b",
        re.IGNORECASE,
    )
)


def _died_of_wounds(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    found = _DIED_OF_WOUNDS.search(sentence)
    if found is None or any(m.outcome == "killed" for m in mentions):
        return mentions
    at = found.start() + offset
    hurt = [m for m in mentions if m.outcome == "injured" and m.end <= at + 1]
    if not hurt or hurt[-1].quantity.best is None:
        return mentions
    last = hurt[-1]
    return [
        *mentions,
        CasualtyMention(
            at,
            found.end() + offset,
            found.group(),
            "killed",
            last.quantity,
            last.group,
            last.group_text,
            "transfer",
        ),
    ]


# "Sarwari's cousin had died of his wounds", "a woman who had been brought to the hospital
# with head injuries died overnight": someone told as wounded who died since.
_DIED_OF_INJURIES: Final = Gated(
    re.compile(
        r"\b(?:had |has |later |then )?(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+"
        r"(?:his|her|their|the)\s+(?:wounds|injuries)\b",
        re.IGNORECASE,
    )
)
_HOSPITAL_DEATH: Final = Gated(
    re.compile(
        r"\b(?:a|an|the|one)\s+(?P<noun>woman|man|boy|girl|child|policeman|soldier|guard|driver"
        r"|passenger|student|worshipper|civilian|officer|teacher|villager)\s+who\s+(?:had|was)\s+"
        r"(?:been\s+)?(?:brought|taken|admitted|rushed|evacuated|flown|transferred)\s+to\s+"
        r"(?:a\s+|the\s+)?[\w\s'-]{0,40}?hospital\b[^.;]{0,60}?\s(?:had\s+|later\s+)?"
        r"(?:died|succumbed|passed away)\b",
        re.IGNORECASE,
    )
)
_HOSPITAL_GROUPS: Final = {
    "policeman": "security",
    "soldier": "security",
    "guard": "security",
    "officer": "security",
}


def _died_of_injuries(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """A death from wounds: the mention's text keeps the words, so that a report's toll
    (``tolls``) can add it to the dead and take it from the wounded counted before."""
    out = list(mentions)
    for found in _DIED_OF_INJURIES.finditer(sentence):
        at, end = found.start() + offset, found.end() + offset
        out = [
            dataclasses.replace(m, end=end, text=sentence[m.start - offset : found.end()])
            if m.outcome == "killed" and m.relation == "count" and at - 2 <= m.end <= at + 12
            else m
            for m in out
        ]
    taken = _HOSPITAL_DEATH.search(sentence)
    if taken is not None:
        start, end = taken.start() + offset, taken.end() + offset
        if not any(m.outcome == "killed" and start <= m.start < end for m in out):
            noun = taken.group("noun").lower()
            out.append(
                CasualtyMention(
                    start,
                    end,
                    taken.group(),
                    "killed",
                    _one(taken.group()),
                    _HOSPITAL_GROUPS.get(noun, "civilians"),
                    taken.group(),
                )
            )
    return out


# "Three died on the spot and five more died of their wounds": a bare figure marked as more,
# told as dying, adds to the dead counted before it.
_MORE_DIED: Final = Gated(
    re.compile(
        r"\b(?P<n>[\w-]+) more (?:later )?"
        r"(?:died|succumbed|were killed|lost their lives|perished)\b",
        re.IGNORECASE,
    )
)


def _more_died(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    for found in _MORE_DIED.finditer(sentence):
        start, end = found.start() + offset, found.end() + offset
        figure = match_quantity(found.group("n"), 0, "en")
        if figure is None or figure.quantity.best is None or figure.end != len(found.group("n")):
            continue
        if told_over(out, start, end, "killed"):
            continue
        if not any(m.outcome == "killed" and m.end <= start for m in out):
            continue  # nothing counted before it in the sentence to add to
        text = found.group(0)
        out.append(
            CasualtyMention(start, end, text, "killed", figure.quantity, "unknown", None, more=True)
        )
    return out


# "Fifty people were killed; the injured numbered 94", "the wounded, two women among them,
# numbered 13": the dead or the wounded counted by "numbered". The verb may be left out of a
# second count after it ("the dead numbered 103 and the injured 235").
_NUMBERED_FIGURE: Final = r"(?:about |around |some |at least |more than |over |nearly )?[\w,-]+"
_NUMBERED: Final = Gated(
    re.compile(
        r"\bthe (?P<what>dead|injured|wounded)(?:\s*,[^,;.]{1,60},)?\s+numbered\s+"
        rf"(?P<n>{_NUMBERED_FIGURE})"
        r"(?:(?:\s*[,;])?\s+(?:and\s+)?(?P<second>the (?P<what2>dead|injured|wounded)\s+"
        rf"(?P<n2>{_NUMBERED_FIGURE})))?",
        re.IGNORECASE,
    )
)


def _numbered_toll(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    for found in _NUMBERED.finditer(sentence):
        counts = [(found.group("what"), found.group("n"), found.start(), found.end("n"))]
        if found.group("second") is not None:
            counts.append(
                (found.group("what2"), found.group("n2"), found.start("second"), found.end())
            )
        for what, figure_text, start, end in counts:
            _add_numbered(out, what, figure_text, sentence[start:end], start + offset)
    return out


def _add_numbered(
    out: list[CasualtyMention], what: str, figure_text: str, text: str, start: int
) -> None:
    outcome = "killed" if what.lower() == "dead" else "injured"
    end = start + len(text)
    figure = match_quantity(figure_text, 0, "en")
    if figure is None or figure.quantity.best is None:
        return
    if told_over(out, start, end, outcome):
        return
    out.append(CasualtyMention(start, end, text, outcome, figure.quantity, "unknown", None))


# "Two of the wounded died in hospital", "three of the injured later succumbed": the wounded
# who died move from the injured to the dead.
_WOUNDED_WHO_DIED: Final = Gated(
    re.compile(
        r"\b[\w-]+\s+of\s+(?:the|those)\s+(?:wounded|injured)(?:\s+\w+)?"
        r"(?:\s*,\s*who\b[^;]{0,120}?,)?\s+(?:later\s+|had\s+|has\s+)?"
        r"(?:died|succumbed|passed away)\b",
        re.IGNORECASE,
    )
)


def _wounded_who_died(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    found = _WOUNDED_WHO_DIED.search(sentence)
    if found is None:
        return mentions
    start, end = found.start() + offset, found.end() + offset
    return [
        _with_relation(m, "transfer")
        if m.outcome == "killed" and m.relation == "count" and start <= m.start < end
        else m
        for m in mentions
    ]


def _with_relation(mention: CasualtyMention, relation: str) -> CasualtyMention:
    return CasualtyMention(
        mention.start,
        mention.end,
        mention.text,
        mention.outcome,
        mention.quantity,
        mention.group,
        mention.group_text,
        relation,
        mention.shared_by,
        mention.earlier,
        mention.more,
    )


# "38 people, the bomber among them", "Forty people died, the bomber included": the attackers
# are part of the figure before them.
_ATTACKERS_AMONG: Final = Gated(
    re.compile(
        r",\s*(?P<who>(?:the|both|all(?: \w+)?)\s+(?:suicide\s+)?(?:bombers?|attackers?|assailants?"
        r"|gunm[ae]n))\s+(?:among them|included|inclusive|counted)\b",
        re.IGNORECASE,
    )
)


def _attackers_among(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    found = _ATTACKERS_AMONG.search(sentence)
    if found is None:
        return mentions
    start, end = found.start("who") + offset, found.end() + offset
    kept = [
        m
        for m in mentions
        if not (
            m.outcome == "killed"
            and m.group == "attackers"
            and m.start <= start < m.end
            and m.relation == "count"
            and (m.quantity.best or 0) <= 2
        )
    ]
    who = found.group("who").lower()
    n = 2 if who.startswith("both") else (None if who.startswith("all") else 1)
    if n is None:
        return mentions
    return [
        *kept,
        CasualtyMention(
            start,
            end,
            found.group("who"),
            "killed",
            Quantity(n, n, n, False, who),
            "attackers",
            None,
            "subset",
        ),
    ]


# "... between 24 and 32 dead, with at least 68 wounded", "and dozens more were injured".
_WITH_WOUNDED: Final = Gated(
    re.compile(
        r"\b(?:with|and)\s+(?P<figure>(?:at least |about |some |around |more than |nearly |over )?"
        r"(?:\d[\d,]*|dozens|scores|hundreds|several|many|a number))\s+(?:more\s+|others?\s+"
        r"|other people\s+|people\s+)?(?:(?:were|had been)\s+)?(?:wounded|injured|hurt)\b",
        re.IGNORECASE,
    )
)


def _with_wounded(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    for found in _WITH_WOUNDED.finditer(sentence):
        figure = match_quantity(sentence, found.start("figure"), "en")
        if figure is None:
            continue
        start = figure.start + offset
        if any(m.start <= start < m.end and m.outcome == "injured" for m in out):
            continue
        out.append(
            CasualtyMention(
                start,
                found.end() + offset,
                sentence[figure.start : found.end()],
                "injured",
                figure.quantity,
                "unknown",
                None,
            )
        )
    return out


# "The first count was 31 dead; by nightfall officials had raised it to 57", "the first toll
# was 30 dead; it climbed over the following days to 85", "officials first said 41 died; the
# count later reached 77": a revision told with a pronoun or a bare "the count".
_PRONOUN_REVISION: Final = Gated(
    re.compile(
        r"\b(?:(?:raised|revised|increased|lifted|put|updated)\s+(?:it|the figure|that figure"
        r"|the count|that count)\s+(?:[\w-]+\s+){0,3}?(?:to|at)"
        r"|(?:it|the (?:count|figure|tally|number))\s+(?:had\s+|has\s+|later\s+|then\s+)?"
        r"(?:rose|risen|climbed|grew|increased|jumped|reached|stood at)"
        # the passive: "it was later raised to 22", "the count has been revised to 30"
        r"(?:\s+[\w-]+){0,5}?\s+(?:to\s+|at\s+)?"
        r"|(?:it|the (?:count|figure|tally|number))\s+(?:was|has been|had been)\s+"
        r"(?:later\s+|then\s+|since\s+|subsequently\s+)?(?:raised|revised|increased|lifted|"
        r"updated)(?:\s+upwards?)?"
        r"(?:\s+[\w-]+){0,5}?\s+(?:to\s+|at\s+)?"
        # "initial reports of 30 dead were revised by officials to 39": the reports' figure
        r"|\b(?:reports?|figures?|counts?|tolls?)\s+of\s+(?:[\w-]+\s+){1,3}?(?:were|was|had been"
        r"|have been)\s+(?:later\s+|then\s+|since\s+|subsequently\s+)?(?:raised|revised"
        r"|increased|updated|corrected)(?:\s+upwards?)?(?:\s+[\w-]+){0,4}?\s+to\s+)"
        r"\s*(?P<figure>(?:about |around "
        r"|some |at least |more than |over |nearly )?(?:\d[\d,]*|(?:one|two|three|four|five|six"
        r"|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy"
        r"|eighty|ninety)(?:-[a-z]+)?))\b",
        re.IGNORECASE,
    )
)


def _pronoun_revision(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    if not any(m.outcome == "killed" for m in mentions):
        return mentions  # "it" must point back at a toll told in the sentence
    out = list(mentions)
    for found in _PRONOUN_REVISION.finditer(sentence):
        figure = match_quantity(sentence, found.start("figure"), "en")
        if figure is None or figure.quantity.best is None:
            continue
        start = figure.start + offset
        if any(m.start <= start < m.end for m in out):
            continue
        out.append(
            CasualtyMention(
                found.start() + offset,
                figure.end + offset,
                sentence[found.start() : figure.end],
                "killed",
                figure.quantity,
                "unknown",
                None,
                "revision",
            )
        )
    return out


# "killing the cleric Mujib Rahman Ansari and at least 17 other people": others added to a
# victim the chunk reader stopped at.
_OTHERS_AFTER_VICTIM: Final = re.compile(
    r"\b(?:killing|killed|shot dead)\s+[^,;.]{1,80}?\s+and\s+(?P<rest>(?:at least |some |about "
    r"|nearly |more than )?[\w-]+\s+other(?:s|\s+[\w-]+)?)\b",
    re.IGNORECASE,
)
_OTHERS_AFTER_VICTIM_NEEDS: Final = Needs(_OTHERS_AFTER_VICTIM)


def _others_after_victim(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    if not _OTHERS_AFTER_VICTIM_NEEDS.met(sentence):
        return out
    for found in _OTHERS_AFTER_VICTIM.finditer(sentence):
        figure = match_quantity(found.group("rest"), 0, "en")
        if figure is None or figure.quantity.best is None:
            continue
        start = found.start("rest") + offset
        # "killed two soldiers and several others were wounded": the others open a clause of
        # their own, read already with its own outcome
        if any(m.end > start and m.start <= start for m in out):
            continue
        out.append(
            CasualtyMention(
                start,
                found.end("rest") + offset,
                found.group("rest"),
                "killed",
                figure.quantity,
                "unknown",
                None,
                more=True,
            )
        )
    return out


# "the cleric killed with 19 others", "was killed along with two of his guards", "was killed
# with two guards", "was shot dead with her driver": the people killed with the victim.
_COMPANION_HEADS: Final = (
    r"(?:driver|guard|bodyguard|son|daughter|brother|nephew|cousin|wife|husband|aide"
    r"|companion|colleague|assistant|secretary|child|father|mother|escort|interpreter"
    r"|translator|cook)"
)
# Nouns of people a figure counts: "with two bullets" is no toll, "with two men" is.
_PEOPLE_HEADS: Final = (
    r"(?:people|men|women|children|civilians|soldiers|policemen|police\s+officers|officers"
    r"|guards|bodyguards|clerics|worshippers|passengers|pilgrims|students|labourers"
    r"|workers|relatives|companions|colleagues|aides|Afghans|foreigners|others)"
)
_KILLED_WITH: Final = re.compile(
    r"\b(?:killed|shot dead|died)\s+(?:along\s+|together\s+)?with\s+"
    r"(?:(?:(?:his|her|their)\s+)?(?P<figure>(?:at least\s+)?[\w-]+)\s+"
    r"(?:others?|other\s+[\w-]+|of\s+(?:his|her|their)\s+[\w-]+"
    r"|(?:[a-z]+\s+)?" + _COMPANION_HEADS + r"(?:s|ren)\b"
    # "killed with five Afghans", "shot dead with two men": any people counted with him
    r"|(?:[a-z]+\s+)?" + _PEOPLE_HEADS + r"\b)"
    r"|(?:his|her|their)\s+(?:[a-z]+\s+)?(?P<one>" + _COMPANION_HEADS + r"))\b",
    re.IGNORECASE,
)
_KILLED_WITH_NEEDS: Final = Needs(_KILLED_WITH)

# People told as the victim's companions past a place ("was shot dead in his car in the city,
# with five men travelling with him") or after the bomber's own death ("detonated himself,
# dying with seven clerics and a police officer"): they died with him. Only nouns of people
# follow the figure ("dying with two bullets in him" is no toll).
_DIED_WITH_COMPANIONS: Final = Gated(
    re.compile(
        r"\bdying\s+(?:along\s+|together\s+)?with\s+(?P<figure>(?:at least\s+)?[\w-]+)\s+"
        r"(?:[a-z-]+\s+)?" + _PEOPLE_HEADS + r"\b"
        r"|\bwith\s+(?P<riding>(?:at least\s+)?[\w-]+)\s+(?:[a-z-]+\s+)?"
        + _PEOPLE_HEADS
        + r"\s+(?:who\s+were\s+)?(?:travell?ing|riding|sitting)\s+with\s+(?:him|her)\b",
        re.IGNORECASE,
    )
)
# "..., dying with seven clerics and a police officer": one more person closing the list
_AND_ONE_MORE: Final = re.compile(
    r"\s+and\s+(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}?(?:officer|policeman|soldier|guard|child"
    r"|woman|man|boy|girl|civilian|driver|passenger)\b",
    re.IGNORECASE,
)


def _companion_figure(found: re.Match[str]) -> Quantity | None:
    """How many were killed with the victim: the figure told, or one for "his driver"."""
    if found.group("one") is not None:
        return _one(found.group("one"))
    figure = match_quantity(found.group("figure"), 0, "en")
    return None if figure is None else figure.quantity


def _killed_with_others(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    if not _KILLED_WITH_NEEDS.met(sentence):
        return out
    for found in _KILLED_WITH.finditer(sentence):
        quantity = _companion_figure(found)
        if quantity is None or quantity.best is None:
            continue
        start = found.start("figure" if found.group("one") is None else "one") + offset
        if any(m.outcome == "killed" and m.start <= start < m.end for m in out):
            continue
        alone = not any(m.outcome == "killed" for m in out)
        n = quantity.best + (1 if alone else 0)  # the person killed with them, if untold
        # "killed with several of his guards": a vague figure stays vague (no upper end)
        high = None if quantity.vague else n
        out.append(
            CasualtyMention(
                found.start() + offset,
                found.end() + offset,
                found.group(),
                "killed",
                Quantity(n, n, high, quantity.vague, quantity.text),
                "unknown",
                None,
                more=not alone,
            )
        )
    return out


def _died_with_companions(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The companions ``_DIED_WITH_COMPANIONS`` reads, more dead beside one already told in
    the sentence (the victim shot dead, the bomber who blew himself up)."""
    out = list(mentions)
    for found in _DIED_WITH_COMPANIONS.finditer(sentence):
        start, end = found.start() + offset, found.end() + offset
        last = last_told_before(out, start)
        if last is None or last.outcome != "killed" or told_over(out, start, end):
            continue
        group = "figure" if found.group("figure") is not None else "riding"
        figure = match_quantity(found.group(group), 0, "en")
        if figure is None or figure.quantity.best is None:
            continue
        more = _AND_ONE_MORE.match(sentence, found.end())
        n = figure.quantity.best + (1 if more is not None else 0)
        if more is not None:
            end = more.end() + offset
        text = sentence[start - offset : end - offset]
        quantity = Quantity(n, n, n, False, figure.quantity.text)
        out.append(
            CasualtyMention(start, end, text, "killed", quantity, "unknown", None, more=True)
        )
    return out


# "Officials said 24 were killed, later revising the figure to 30", "a figure since raised to
# 30": a "figure", "number" or "count" revised is the toll of the clause before it.
_FIGURE_REVISED: Final = Gated(
    re.compile(
        r"\b(?:(?:revis|rais|updat|increas)(?:ing|ed)\s+(?:the|that|this|its|their)\s+"
        r"(?:figure|number|count|tally)\s+to"
        r"|(?:a|the)\s+(?:figure|number|count|tally)\s+(?:(?:that|which)\s+was\s+)?"
        r"(?:later\s+|since\s+|subsequently\s+)?(?:revised|raised|updated|increased)\s+to)"
        r"\s+(?P<figure>(?:at least\s+|about\s+|nearly\s+|some\s+|more than\s+)?[\w,-]+)",
        re.IGNORECASE,
    )
)


def _figure_revised(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The revised figure ``_FIGURE_REVISED`` reads, a revision of the outcome told just
    before it ("24 were killed" or "24 were wounded"), unless a mention already covers it."""
    out = list(mentions)
    for found in _FIGURE_REVISED.finditer(sentence):
        start, end = found.start() + offset, found.end() + offset
        last = last_told_before((m for m in out if m.outcome in ("killed", "injured")), start)
        if last is None or told_over(out, start, end):
            continue
        figure = match_quantity(found.group("figure"), 0, "en")
        if figure is None or figure.quantity.best is None:
            continue
        outcome = last.outcome
        out.append(
            CasualtyMention(
                start, end, found.group(), outcome, figure.quantity, "unknown", None, "revision"
            )
        )
    return out


# "Officials first said 45 were dead, later 57", "first gave 63 dead, then 95, and by the next
# day 103": a bare figure told with "later" or "then" after a superseded one is the newer
# figure for the same outcome.
_LATER_BARE: Final = Gated(
    re.compile(
        r",?\s+(?:and\s+)?(?:later|then|afterwards|(?:by\s+)?the\s+(?:next|following)\s+"
        r"(?:day|morning|evening))\s*,?\s+(?P<figure>\d{1,3}(?:,\d{3})+\b|\d+|[a-z]+(?:-[a-z]+)?)"
        r"(?=\s*(?:[,;.)]|and\b)|\s*$)",
        re.IGNORECASE,
    )
)


def _later_bare_figures(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The figures ``_LATER_BARE`` reads after a superseded one, each a revision of its toll."""
    out = list(mentions)
    for m in mentions:
        if not m.earlier or m.outcome not in ("killed", "injured"):
            continue
        pos = m.end - offset
        while (found := _LATER_BARE.match(sentence, pos)) is not None:
            figure = match_quantity(found.group("figure"), 0, "en")
            start, end = found.start("figure") + offset, found.end("figure") + offset
            if figure is None or figure.quantity.best is None:
                break
            # the chunk reader may have linked the bare figure to the next casualty word
            out = [o for o in out if o.start != start]
            if told_over(out, start, end):
                break
            text = found.group("figure")
            group, noun = m.group, m.group_text
            out.append(
                CasualtyMention(
                    start, end, text, m.outcome, figure.quantity, group, noun, "revision"
                )
            )
            pos = found.end()
    return out


# "The blast was caused by a suicide bomber, who also died", "carried out by two gunmen, who
# were killed too": the attacker named as the agent after "by" died as well.
_AGENT_WHO_DIED: Final = Gated(
    re.compile(
        r"\bby\s+(?P<who>(?:an?|the|one|two|three|four|five|six|both)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:bombers?|attackers?|assailants?|gunm[ae]n))\s*,\s*who\s+(?:also\s+|himself\s+|"
        r"themselves\s+)?(?:died|perished|(?:was|were)\s+(?:also\s+)?killed)\b",
        re.IGNORECASE,
    )
)


def _agent_who_died(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The attackers ``_AGENT_WHO_DIED`` reads, dead; a bare "was killed" the chunk reader
    found inside the clause is the same death."""
    out = list(mentions)
    for found in _AGENT_WHO_DIED.finditer(sentence):
        start, end = found.start("who") + offset, found.end() + offset
        figure = match_quantity(found.group("who"), 0, "en")
        if figure is None or figure.quantity.best is None:
            continue
        inside = [m for m in out if start <= m.start and m.end <= end]
        if any(m.group == "attackers" for m in inside):
            continue
        out = [m for m in out if m not in inside]
        text, who = sentence[start - offset : end - offset], found.group("who")
        out.append(CasualtyMention(start, end, text, "killed", figure.quantity, "attackers", who))
    return out


# "A third policeman has died of his wounds": the toll has reached three.
_ORDINALS: Final = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_ORDINAL_DEATH: Final = re.compile(
    r"\ba (?P<ordinal>" + "|".join(_ORDINALS) + r")\s+(?:[\w-]+\s+){0,3}?(?:has |had |)"
    r"(?:died|succumbed|been killed|was killed)\b",
    re.IGNORECASE,
)
_ORDINAL_DEATH_NEEDS: Final = Needs(_ORDINAL_DEATH)


def _ordinal_toll(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    found = _ORDINAL_DEATH.search(sentence) if _ORDINAL_DEATH_NEEDS.met(sentence) else None
    if found is None:
        return mentions
    n = _ORDINALS[found.group("ordinal").lower()]
    span = (found.start() + offset, found.end() + offset)
    kept = [m for m in mentions if not (m.outcome == "killed" and span[0] <= m.start < span[1])]
    return [
        *kept,
        CasualtyMention(
            span[0],
            span[1],
            found.group(),
            "killed",
            Quantity(n, n, n, False, found.group("ordinal")),
            "unknown",
            None,
            "revision",
        ),
    ]


# "the bodies of two police officers were found", "found the bodies of three labourers".
_BODIES: Final = re.compile(
    r"\bbod(?:y|ies) of (?P<figure>(?:at least |some |about )?[\w-]+)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?P<noun>people|persons|men|women|children|civilians|officers|policemen|soldiers|workers"
    r"|labourers|laborers|drivers|guards|employees|students|teachers|villagers|farmers"
    r"|passengers|de-?miners|engineers|contractors|traders|elders|hostages|fighters|militants"
    r"|vaccinators|journalists|doctors|nurses|shepherds|herders|migrants|pilgrims|officials)\b",
    re.IGNORECASE,
)
_FOUND: Final = Gated(
    re.compile(r"\b(?:found|recovered|discovered|retrieved|dumped)\b", re.IGNORECASE)
)


def _bodies_found(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Bodies found are deaths: "the bodies of three labourers were found"."""
    if not _FOUND.search(sentence):
        return mentions
    out = list(mentions)
    for found in _BODIES.finditer(sentence):
        figure = match_quantity(found.group("figure"), 0, "en")
        if figure is None or figure.quantity.best is None:
            continue
        start = found.start("figure") + offset
        covering = [
            n for n, m in enumerate(out) if m.outcome == "killed" and m.start <= start < m.end
        ]
        if covering:
            _side_of_bodies(out, covering, _body_group(found.group("noun")))
            continue
        out.append(
            CasualtyMention(
                start,
                found.end() + offset,
                sentence[found.start("figure") : found.end()],
                "killed",
                figure.quantity,
                _body_group(found.group("noun")),
                None,
            )
        )
    return out


# "Sixteen bodies of young men were found", "police recovered 12 bodies": the figure before
# "bodies" counts the dead (the noun after "of", when told, gives their side).
_COUNTED_BODIES: Final = Gated(
    re.compile(
        r"\b(?P<figure>(?:at least |some |about )?[\w-]+)\s+bodies\b"
        r"(?: of (?:[\w'-]+\s+){0,2}?(?P<noun>people|persons|men|women|children|civilians"
        r"|officers|policemen|soldiers|workers|labourers|passengers|pilgrims|villagers)\b)?",
        re.IGNORECASE,
    )
)


def _counted_bodies_found(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Bodies counted before their noun and found are deaths: "16 bodies were recovered"."""
    if not _FOUND.search(sentence):
        return mentions
    out = list(mentions)
    for found in _COUNTED_BODIES.finditer(sentence):
        figure = match_quantity(found.group("figure"), 0, "en")
        if figure is None or figure.quantity.best is None or figure.end != len(found["figure"]):
            continue
        start, end = found.start() + offset, found.end() + offset
        if told_over(out, start, end, "killed"):
            continue
        noun = found.group("noun")
        out.append(
            CasualtyMention(
                start,
                end,
                found.group(),
                "killed",
                figure.quantity,
                "unknown" if noun is None else _body_group(noun),
                None,
            )
        )
    return out


def _side_of_bodies(out: list[CasualtyMention], covering: list[int], group: str) -> None:
    """The chunk reader took the figure without the side its noun names ("the bodies of
    three labourers employed by a company were found"): the noun gives it, and the figure is
    told as this reader tells it (no group text), as when the chunk reader misses it."""
    if group == "unknown":
        return
    for n in covering:
        if out[n].group == "unknown":
            out[n] = dataclasses.replace(out[n], group=group, group_text=None)


_BODY_GROUPS: Final = {
    **dict.fromkeys(("officers", "policemen", "soldiers", "guards"), "security"),
    **dict.fromkeys(("people", "persons", "men", "hostages", "fighters", "militants"), "unknown"),
    "officials": "target_side",
}


def _body_group(noun: str) -> str:
    """ "the bodies of two de-miners": the group their noun names."""
    return _BODY_GROUPS.get(noun.lower(), "civilians")


# "Their bodies, each shot several times, were recovered", "His body, with gunshot wounds, was
# found", "the bodies of two of them were left beside the road": bodies of people named before.
_BODIES_BACK: Final = Gated(
    re.compile(
        r"\b(?P<who>their|his|her|the) bod(?:y|ies)(?: of (?P<n>[\w-]+) of (?:them|those taken))?"
        r"(?:,[^,;.]{1,60},)?\s+(?:was|were|had been|have been)\s+(?:later\s+)?"
        r"(?:found|recovered|discovered|retrieved|dumped|left)\b",
        re.IGNORECASE,
    )
)


def _bodies_told_back(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """A body or bodies of people the summary named before: his or her body is one death, "two
    of them" two, "their bodies" the group taken earlier (``casualties.refer_back``)."""
    out = list(mentions)
    for found in _BODIES_BACK.finditer(sentence):
        start, end = found.start() + offset, found.end() + offset
        if told_over(out, start, end, "killed"):
            continue
        who, text = found.group("who").lower(), found.group(0)
        if found.group("n"):
            figure = match_quantity(found.group("n"), 0, "en")
            if figure is None or figure.quantity.best is None:
                continue
            quantity = figure.quantity
        elif who in ("his", "her"):
            quantity = _one(text)
        elif who == "their":
            quantity = Quantity(None, None, None, True, "")
        else:
            continue
        out.append(CasualtyMention(start, end, text, "killed", quantity, "unknown", None))
    return out


# "Rabbani and the bomber were killed": a named person beside the attacker counts too.
_NAMED_WITH_ATTACKER: Final = re.compile(
    r"(?<![\w,])(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}) and (?:the|his|her) (?:suicide )?"
    r"(?:bomber|attacker|assailant|gunman) (?:were|have been) (?:killed|shot dead)\b"
)
_NAMED_WITH_ATTACKER_NEEDS: Final = Needs(_NAMED_WITH_ATTACKER)


def _named_with_attacker(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    if not _NAMED_WITH_ATTACKER_NEEDS.met(sentence):
        return out
    for found in _NAMED_WITH_ATTACKER.finditer(sentence):
        name = found.group("name")
        if name.split()[0].lower() in _NOT_A_NAME:
            continue
        start = found.start("name") + offset
        if any(
            m.outcome == "killed" and m.start <= start < m.end and m.group != "attackers"
            for m in out
        ):
            continue
        out.append(
            CasualtyMention(
                start,
                found.end("name") + offset,
                name,
                "killed",
                Quantity(1, 1, 1, False, name),
                "unknown",
                None,
                more=True,
            )
        )
    return out


_APPOSITION_HEAD: Final = re.compile(r"^(?:both|all|each)\b", re.IGNORECASE)
_PART_OF_THEM: Final = re.compile(r"^[\w-]+ of (?:them|whom)\b", re.IGNORECASE)


def _aside_closed(between: str) -> bool:
    """ "Six soldiers, two of them officers, and four civilians were killed": the comma and
    "and" close the "N of them" aside, so the figure after it is another group, while "five
    aid workers, three of them foreigners and two Afghans" stays inside it."""
    return ", and " in between


def _inside_subsets(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """A figure inside a subset's span is part of it ("five aid workers, three of them
    foreigners and two Afghans"); "both men" right after a counted group restates it ("Two of
    the hostages, both men, were shot dead")."""
    subsets = [m for m in mentions if m.relation == "subset" and _PART_OF_THEM.match(m.text)]
    out: list[CasualtyMention] = []
    for m in mentions:
        inside_subset = any(
            s is not m
            and s.outcome == m.outcome
            and s.start < m.start
            and m.end <= s.end
            and not _aside_closed(sentence[s.start - offset : m.start - offset])
            for s in subsets
        )
        restated = bool(_APPOSITION_HEAD.match(m.text)) and any(
            o is not m
            and o.outcome == m.outcome
            and o.relation == "count"
            and o.start < m.start
            and m.end <= o.end
            and sentence[o.start - offset : m.start - offset].rstrip().endswith(",")
            for o in mentions
        )
        out.append(_as_subset(m) if m.relation == "count" and (inside_subset or restated) else m)
    return out


def _as_subset(mention: CasualtyMention) -> CasualtyMention:
    return CasualtyMention(
        mention.start,
        mention.end,
        mention.text,
        mention.outcome,
        mention.quantity,
        mention.group,
        mention.group_text,
        "subset",
        mention.shared_by,
        mention.earlier,
        mention.more,
    )


# "Seven people were killed in addition to the bomber, one Chinese citizen among them": a
# figure followed by "among them" is part of the toll before it, wherever the reader linked it.
_AMONG_AFTER: Final = re.compile(
    r"\s+among (?:them|those (?:killed|wounded|injured|hurt)"
    r"|the (?:dead|victims|wounded|injured))\b",
    re.IGNORECASE,
)


# "five people, two Afghan UN staff members among them, were hurt": the part read with the verb.
_AMONG_INSIDE: Final = Gated(re.compile(r"[^,;.]{1,60}?\s+among (?:them|whom)\b", re.IGNORECASE))


def _among_them_after(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out: list[CasualtyMention] = []
    for m in mentions:
        part = (
            m.relation == "count"
            and (
                _AMONG_AFTER.match(sentence, m.end - offset) is not None
                or _AMONG_INSIDE.match(m.text) is not None
            )
            and any(
                o is not m
                and o.outcome == m.outcome
                and o.relation == "count"
                and o.start < m.start
                for o in mentions
            )
        )
        out.append(_as_subset(m) if part else m)
    return out


# "Six people died, three Spanish visitors and three Afghans, and seven were wounded": the
# groups between a death toll and ", and N were wounded" break the death toll down; the verb
# after them belongs to its own figure.
_CLAUSE_AND: Final = re.compile(r",\s+and\s+$")


def _breakdown_before_clause(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out: list[CasualtyMention] = []
    for m in mentions:
        crossed = m.relation == "count" and any(
            o is not m
            and o.outcome == m.outcome
            and o.relation == "count"
            and m.start < o.start
            and o.end == m.end
            and _CLAUSE_AND.search(m.text[: o.start - m.start]) is not None
            for o in mentions
        )
        told_before = any(
            o.outcome != m.outcome and o.outcome == "killed" and o.end <= m.start for o in mentions
        )
        if not (crossed and told_before):
            out.append(m)
    return out


def _bomber_in_the_dead(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """ "A toll of 36 dead that, he said, included the bomber, and 65 injured": the attacker an
    "including" names after a death toll is among the dead, not the wounded that follow."""
    out: list[CasualtyMention] = []
    for m in mentions:
        if m.relation == "subset" and m.outcome == "injured" and m.group == "attackers":
            before = [o for o in mentions if o.start < m.start and o is not m]
            if any(o.outcome == "killed" and o.quantity.best for o in before) and not any(
                o.outcome == "injured" for o in before
            ):
                m = dataclasses.replace(m, outcome="killed", quantity=_one(m.quantity.text))
        out.append(m)
    return out


# "He was the only person to die", "the belt exploded, killing only the bomber": one death,
# told as the only one.
_ONLY_DEATH: Final = Gated(
    re.compile(
        r"\b(?P<who>he|she|the (?:suicide |would-be )?(?:bomber|attacker|assailant|gunman))\s+"
        r"(?:was|is)\s+the only (?:person|one|man|woman|casualty)\s+(?:to (?:die|be killed)|killed"
        r"|who died)\b"
        r"|\b(?:killing|killed)\s+only\s+(?P<whom>the (?:suicide |would-be )?(?:bomber|attacker"
        r"|assailant|gunman)|himself|herself)\b",
        re.IGNORECASE,
    )
)


def _only_death(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    for found in _ONLY_DEATH.finditer(sentence):
        start, end = found.start() + offset, found.end() + offset
        if told_over(out, start, end, "killed"):
            continue
        who = (found.group("who") or found.group("whom")).lower()
        group = "attackers" if _ATTACKER_WORD.search(who) or who.endswith("self") else "unknown"
        text = found.group(0)
        out.append(CasualtyMention(start, end, text, "killed", _one(text), group, None))
    return out


# "Security forces killed all three", "police shot both dead": the people the security forces
# killed in an attack told in a summary are its attackers, counted earlier in the text.
_FORCES_KILLED: Final = Gated(
    re.compile(
        r"\b(?:security forces|(?:special |government |afghan |taliban )?forces|police(?:men)?|"
        r"soldiers|troops|commandos|guards|special forces)\s+(?:later\s+|then\s+|eventually\s+)?"
        r"(?:killed|shot dead|shot)\s+"
        r"(?P<who>all (?:two|three|four|five|six|seven|eight|nine|ten|\d+)|both)\b",
        re.IGNORECASE,
    )
)


def _killed_by_forces(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    out = list(mentions)
    for found in _FORCES_KILLED.finditer(sentence):
        end = found.end("who") + offset
        out = [
            dataclasses.replace(m, group="attackers")
            if m.outcome == "killed"
            and m.group == "unknown"
            and m.start < end <= m.end
            and sentence[end - offset : m.end - offset].strip() in ("", "dead")
            else m
            for m in out
        ]
    return out


# "eleven civilians were dead, and so were all nine attackers", "as were the two gunmen": the
# attackers named after "so were" share the outcome of the clause before them.
_SO_WERE: Final = Gated(
    re.compile(
        r"(?:,\s*|\s+)(?:and\s+)?(?:so|as)\s+(?:were|was)\s+"
        r"(?P<who>(?:all\s+|both\s+)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?))\b",
        re.IGNORECASE,
    )
)


def _so_were(sentence: str, offset: int, mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """ "..., and so were all nine attackers": the attackers after "so were" (or "as were")
    died, or were hurt, as the people of the clause before did; a singular noun is one of
    them, a plural without a figure as many as the report says took part."""
    out = list(mentions)
    for found in _SO_WERE.finditer(sentence):
        start, end = found.start("who") + offset, found.end("who") + offset
        last = last_told_before(out, found.start() + offset)
        if last is None or told_over(out, start, end):
            continue
        who = found.group("who")
        figure = next(iter_quantities(who, "en"), None)
        if figure is not None:
            quantity = figure.quantity
        elif who.lower().endswith("s") or who.lower().endswith("men"):
            quantity = Quantity(None, None, None, False, who)
        else:
            quantity = _one(who)
        out.append(CasualtyMention(start, end, who, last.outcome, quantity, "attackers", who))
    return out


# "the four gunmen were shot", "both attackers were shot by the guards": attackers told as
# shot, with no wound told, were shot dead (how the incident summaries code them); "was shot
# and wounded", "shot in the leg" tell a wound instead.
_ATTACKERS_SHOT: Final = Gated(
    re.compile(
        r"\b(?P<who>(?:all|both|the|its|their)\s+(?:(?P<n>[\w-]+)\s+)??"
        r"(?:other\s+|remaining\s+)?(?:suicide\s+)?"
        r"(?:bombers?|attackers?|assailants?|gunm[ae]n))\s+(?:were|was)\s+"
        r"(?:(?:also|later|then|all|both)\s+)?shot\b(?!\s+(?:and|in|at|but|while|through))",
        re.IGNORECASE,
    )
)


def _attackers_shot(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The attackers ``_ATTACKERS_SHOT`` reads, dead, when the text counts them ("both", "the
    four"): a lone "gunman was shot" may have been wounded and caught."""
    out = list(mentions)
    for found in _ATTACKERS_SHOT.finditer(sentence):
        start, end = found.start() + offset, found.end() + offset
        if told_over(out, start, end):
            continue
        who = found.group("who")
        count = _shot_count(who, found.group("n"))
        if count is None:
            continue  # "the gunmen were shot": how many is not told
        quantity = Quantity(count, count, count, False, who)
        out.append(CasualtyMention(start, end, found.group(), "killed", quantity, "attackers", who))
    return out


def _shot_count(who: str, word: str | None) -> int | None:
    """How many attackers ``who`` names: the figure, or two for "both"; ``None`` for "the
    gunmen" (how many is not told) or "the gunman" (shot, and maybe caught)."""
    if who.split()[0].lower() == "both":
        return 2
    return None if word is None else figure_value(word)


def _one(text: str) -> Quantity:
    return Quantity(1, 1, 1, False, text)


_READERS: Final[tuple[Callable[[str, int, list[CasualtyMention]], list[CasualtyMention]], ...]] = (
    _including_totals,
    _appended_dead,
    _others_after_apposition,
    _attackers_among,
    _died_of_wounds,
    _wounded_who_died,
    _died_of_injuries,
    _more_died,
    _numbered_toll,
    _pronoun_revision,
    _figure_revised,
    _later_bare_figures,
    _agent_who_died,
    _with_wounded,
    _others_after_victim,
    _killed_with_others,
    _died_with_companions,
    _ordinal_toll,
    _bodies_found,
    _counted_bodies_found,
    _bodies_told_back,
    _named_with_attacker,
    _inside_subsets,
    _among_them_after,
    _breakdown_before_clause,
    _bomber_in_the_dead,
    _only_death,
    _killed_by_forces,
    _so_were,
    _attackers_shot,
)


def amend_tolls(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The chunk reader's mentions of one English sentence, completed and corrected by the
    readers below, in this order."""
    for reader in _READERS:
        mentions = reader(sentence, offset, mentions)
    return mentions
