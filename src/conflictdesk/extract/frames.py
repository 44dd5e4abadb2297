"""Grouping sentences into events ("frames"): which sentences speak of which incident.

- summary: one frame per ``MM/DD/YYYY:`` block, all its sentences;
- wire: the first sentence with an event word opens the main frame; later sentences join it
  unless they open another incident ("in a separate attack", another date or province);
- analysis: every specific sentence with an event word opens a frame; general statements
  (habits, strategy, "heavy blows in Iraq and Syria") do not; the next sentence joins when it
  only adds a claim or a toll. Frames that describe the same incident are merged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from conflictdesk.extract.classify import ATTACK_MEANS
from conflictdesk.extract.dates import DateMention
from conflictdesk.extract.facts import Facts
from conflictdesk.extract.genre import Genre, SummaryBlock

# Means specific enough for a later sentence to tell another incident; a bare "attack" or
# "killed" in a wire report is almost always the main event again.
SPECIFIC_MEANS = frozenset(
    [
        "suicide",
        "air",
        "vbied",
        "ied",
        "grenade",
        "shelling",
        "explosion",
        "firearm",
        "melee",
        "kidnap",
        "hijack",
        "barricade",
        "arson",
        "assassination",
        "clash",
        "assault",
    ]
)
# A date after these words is a reference point, not the date of the incident.
_SINCE = re.compile(r"\b(?:since|before|after|until|than)\s+(?:\w+\s+){0,6}$", re.IGNORECASE)
# "the first attack on a mission since ...", "the deadliest bombing this year": a comparison
# with earlier incidents, not another incident.
_COMPARISON = re.compile(
    r"\b(?:first|deadliest|worst|biggest|largest|latest|bloodiest|most \w+|second|third)\s+"
    r"(?:[\w-]+\s+){0,2}(?:attack|bombing|blast|assault|strike|incident)",
    re.IGNORECASE,
)

# Headings, footnotes and the notes section are not running text.
_APPARATUS = re.compile(r"\s*(?:#|\[\^?\d+\]|\d+\.\s+\S+,\s+\"|\*\*?[^*]{0,80}\*\*?\s*$)")
_NOTES_HEADING = re.compile(
    r"\s*(?:#+\s*)?(?:notes|endnotes|footnotes|references|sources|bibliography)\s*:?\s*$",
    re.IGNORECASE,
)

# Two dates further apart than this many days belong to different incidents (wire reports
# give the event day and the report day, one or two days apart).
SAME_INCIDENT_DAYS = 3
# In one wire report, day names are resolved against the dateline, so two resolved days more
# than one apart are two incidents ("killed on Tuesday" in a report of Thursday's blast);
# one day apart is still the same incident ("late on Sunday" / "on Monday").
WIRE_SAME_INCIDENT_DAYS = 1


@dataclass(frozen=True, slots=True)
class Frame:
    """The sentences of one event: its anchor (the sentence that states it) and the others."""

    anchor: int
    members: tuple[int, ...]
    main: bool = False
    block: SummaryBlock | None = None


def _specific(facts: Facts) -> bool:
    """A sentence about one incident: it names a date, place, number, or who acted."""
    return bool(
        facts.dates
        or facts.place is not None
        or facts.casualties
        or facts.roles("agent")
        or facts.roles("claim")
        or facts.roles("patient")
    )


def is_candidate(facts: Facts) -> bool:
    """A sentence that states an event of its own."""
    if not facts.has_event_trigger:
        return False
    if facts.general and not (facts.dates or facts.casualties or facts.place):
        return False
    return _specific(facts)


def _supports(facts: Facts) -> bool:
    """A sentence that adds a claim, blame or a toll to the event before it."""
    return bool(
        facts.casualties
        or facts.roles("claim")
        or facts.roles("attribution")
        or facts.roles("denial")
    )


def summary_frames(facts: list[Facts], blocks: list[SummaryBlock]) -> list[Frame]:
    if not blocks:
        members = tuple(f.index for f in facts)
        anchor = next((f.index for f in facts if f.has_attack), members[0] if members else 0)
        return [Frame(anchor, members, True)] if members else []
    frames = []
    for block in blocks:
        inside = [f for f in facts if block.start <= f.sentence.start < block.end]
        if not inside:
            continue
        anchor = next((f.index for f in inside if f.has_event_trigger), inside[0].index)
        frames.append(Frame(anchor, tuple(f.index for f in inside), True, block))
    return frames


def _date_of(frame: Frame, facts: list[Facts]) -> dt.date | None:
    mention = facts[frame.anchor].first_date
    return mention.date if mention is not None else None


def _admin1_of(frame: Frame, facts: list[Facts]) -> str | None:
    for index in (frame.anchor, *frame.members):
        place = facts[index].place
        if place is not None and place.admin1 is not None:
            return place.admin1
    return None


def _opens_new(candidate: Facts, frame: Frame, facts: list[Facts]) -> bool:
    """A later sentence of a wire report that tells another incident."""
    if candidate.separate:
        return True
    if not any(h.means in SPECIFIC_MEANS for h in candidate.triggers):
        return False
    if _COMPARISON.search(candidate.sentence.text):
        return False
    text = candidate.sentence.text
    frame_date = _date_of(frame, facts)
    for mention in candidate.dates:
        if mention.date is None or frame_date is None:
            continue
        local = mention.start - candidate.sentence.start
        if _SINCE.search(text[max(0, local - 30) : local]):
            continue
        if abs((mention.date - frame_date).days) > WIRE_SAME_INCIDENT_DAYS:
            return not candidate.roles("claim")
    admin1 = candidate.place.admin1 if candidate.place is not None else None
    frame_admin1 = _admin1_of(frame, facts)
    return admin1 is not None and frame_admin1 is not None and admin1 != frame_admin1


def wire_frames(facts: list[Facts]) -> list[Frame]:
    frames: list[Frame] = []
    waiting: list[int] = []
    for item in body(facts):
        if not frames:
            if is_candidate(item):
                frames.append(Frame(item.index, (*waiting, item.index), True))
            elif _supports(item) or item.has_event_trigger:
                waiting.append(item.index)
            continue
        if is_candidate(item) and item.has_attack and _opens_new(item, frames[0], facts):
            frames.append(Frame(item.index, (item.index,)))
            continue
        last = frames[-1]
        target = len(frames) - 1 if last.members[-1] == item.index - 1 and not last.main else 0
        chosen = frames[target]
        frames[target] = dataclasses.replace(chosen, members=(*chosen.members, item.index))
    return frames


def _family(facts: Facts) -> str:
    means = {h.means for h in facts.triggers}
    if means & ATTACK_MEANS:
        return "attack"
    for family in ("arrest", "threat", "surrender"):
        if family in means:
            return family
    return "other"


def _anchored(facts: Facts) -> bool:
    """A sentence that pins an incident down: a day or month, a place chain, or a toll."""
    dated = any(d.date is not None and d.precision in ("day", "week", "month") for d in facts.dates)
    return dated or facts.place is not None or bool(facts.casualties)


def _own_date(facts: Facts) -> DateMention | None:
    text = facts.sentence.text
    for mention in facts.dates:
        if mention.date is None or mention.precision == "year":
            continue
        local = mention.start - facts.sentence.start
        if not _SINCE.search(text[max(0, local - 30) : local]):
            return mention
    return None


def _starts_another(item: Facts, frame: Frame, facts: list[Facts]) -> bool:
    """In an analysis, a sentence after an event that tells a different one."""
    if item.separate or _family(item) != _family(facts[frame.anchor]):
        return True
    mention = _own_date(item)
    if mention is not None and mention.date is not None:
        frame_mention = _own_date(facts[frame.anchor])
        if frame_mention is None or frame_mention.date is None:
            return True
        if abs((mention.date - frame_mention.date).days) > SAME_INCIDENT_DAYS:
            return True
    admin1 = item.place.admin1 if item.place is not None else None
    frame_admin1 = _admin1_of(frame, facts)
    return admin1 is not None and frame_admin1 is not None and admin1 != frame_admin1


def analysis_frames(facts: list[Facts]) -> list[Frame]:
    frames: list[Frame] = []
    for item in body(facts):
        last = frames[-1] if frames else None
        adjacent = last is not None and last.members[-1] == item.index - 1
        if last is not None and adjacent:
            opens = is_candidate(item) and _starts_another(item, last, facts)
            if not opens and (is_candidate(item) or _supports(item)):
                frames[-1] = dataclasses.replace(last, members=(*last.members, item.index))
                continue
            if opens:
                frames.append(Frame(item.index, (item.index,)))
                continue
        if is_candidate(item) and _anchored(item):
            frames.append(Frame(item.index, (item.index,)))
    return frames


def body(facts: list[Facts]) -> list[Facts]:
    """The sentences of the text proper: no headings, list of notes or footnotes."""
    kept = []
    for item in facts:
        text = item.sentence.text
        if _NOTES_HEADING.match(text):
            break
        if not _APPARATUS.match(text):
            kept.append(item)
    return kept


def build_frames(genre: Genre, facts: list[Facts], blocks: list[SummaryBlock]) -> list[Frame]:
    if genre == "summary":
        return summary_frames(facts, blocks)
    if genre == "wire":
        return wire_frames(facts)
    return analysis_frames(facts)
