"""Tolls across the sentences of a wire report or an article, where silence is unknown.

A news report tells its toll more than once. Within one sentence, figures of distinct groups
add ("two soldiers and three civilians were killed"); across sentences the report restates
and revises (rules in docs/quantities.md, section 3a):

- a later overall figure replaces the earlier one: "killing at least 12 worshippers ... the
  health department said 31 people had been killed" is 12 / 31 / 31, and so is a later toll
  ("the death toll rose to 31");
- a later figure for a group already counted revises that group;
- a later figure for groups the earlier overall figure already covers details it ("five
  people were killed ... Two police officers were among them"), it does not add;
- a figure marked as more ("also", "another", "three more") adds;
- a figure the text marks as superseded ("the toll of 19 first given") only widens the range;
- attackers are counted on their own: a toll that "does not include the bomber" and "the
  bomber was killed" give the toll plus one.

``low`` is the smallest total the report gives, ``best`` the latest, ``high`` the largest.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from conflictdesk.extract.casualties import (
    TOLL_RELATIONS,
    CasualtyMention,
    CasualtyTotals,
    Slot,
    additive,
    another_person,
    effective_mentions,
    find_casualties,
    refer_back,
    side_of_group,
    slots_of,
    usable,
    widened,
)
from conflictdesk.extract.numbers import Quantity, figure_value
from conflictdesk.model import Casualties, DeathsBySide

# Heads of a figure that names no particular group: a later figure with one of these is the
# report's overall toll again, not another group.
GENERIC_HEADS = frozenset(
    {
        "people",
        "persons",
        "individuals",
        "victims",
        "casualties",
        "dead",
        "killed",
        "deaths",
        "fatalities",
        "bodies",
    }
)


@dataclass
class _Toll:
    """One outcome's running toll: the victims by group, the totals told so far."""

    groups: dict[str, int] = field(default_factory=dict)
    total: int | None = None
    seen: list[int] = field(default_factory=list)
    revised: bool = False  # a toll "rose to N" was told
    # how far the figures of the current total reach above it: "five to seven wounded"
    spread: int = 0
    # the words naming each group's last figure of one person ("the driver")
    persons: dict[str, str] = field(default_factory=dict)

    def restate(self, total: int, group: str | None) -> None:
        """A new overall figure; ``group`` when every figure so far was of that one group."""
        specific = {g: n for g, n in self.groups.items() if g != "unknown"}
        if group is not None:
            self.groups = {group: total}
        elif sum(specific.values()) <= total:
            self.groups = {**specific, "unknown": total - sum(specific.values())}
        else:
            self.groups = {"unknown": total}
        self.total = total
        self.seen.append(total)
        self.spread = 0

    def add(self, group: str, count: int) -> None:
        """More victims: the total grows; the last total told was not the whole toll."""
        self.groups[group] = self.groups.get(group, 0) + count
        self.total = (self.total or 0) + count
        if self.seen:
            self.seen[-1] = self.total
        else:
            self.seen.append(self.total)

    def revise(self, group: str, count: int) -> None:
        old = self.groups.get(group, 0)
        self.groups[group] = count
        self.total = (self.total or 0) - old + count
        self.seen.append(self.total)

    def move(self, group: str, count: int) -> None:
        """Victims who move between outcomes (the wounded who died): a new total told."""
        if count < 0 and self.groups.get(group, 0) < -count:
            group = max(self.groups, key=lambda g: self.groups[g])
        self.groups[group] = max(0, self.groups.get(group, 0) + count)
        self.total = max(0, (self.total or 0) + count)
        self.seen.append(self.total)

    def detail(self, group: str, count: int) -> None:
        """Part of the overall figure named: moves it out of the unknown share."""
        moved = min(count, self.groups.get("unknown", 0))
        self.groups["unknown"] = self.groups.get("unknown", 0) - moved
        self.groups[group] = self.groups.get(group, 0) + moved

    def single_group(self) -> str | None:
        named = [g for g, n in self.groups.items() if n]
        return named[0] if len(named) == 1 and named[0] != "unknown" else None


# The same heads in Turkish, Russian and Arabic, whose nouns inflect: "3 kişi", "kişinin",
# "пять человек", "людей", "خمسة أشخاص", "بمقتل شخص".
_GENERIC_OTHER: Final = re.compile(
    r"^(?:kişi|insan|человек|люд|(?:و|ب|ل|ال|وال|بال)?(?:شخص|أشخاص|اشخاص))", re.IGNORECASE
)


# "Both", "оба", "her ikisi", "كلاهما": two particular people named before, never the toll
# told again ("21 were killed ... two gunmen stormed in. Both were shot dead").
_PAIR: Final = re.compile(
    r"^(?:both|оба|обе|обоих|(?:her\s+)?ikisi\w*|كلاهما|كليهما)$", re.IGNORECASE
)


def _generic(m: CasualtyMention) -> bool:
    """A figure that names no particular group: the report's overall toll told again. A
    figure with a noun of its own ("بمقتل عنصر", a member was killed) is not."""
    if m.relation in ("revision", "total"):
        return True
    if m.group != "unknown" or _PAIR.match(m.quantity.text.strip()):
        return False
    words = (m.group_text or "").lower().split()
    return not words or words[-1] in GENERIC_HEADS or bool(_GENERIC_OTHER.match(words[-1]))


def _additive(m: CasualtyMention) -> bool:
    """A figure on top of the toll: marked as more, or the wounded who died since."""
    return m.more or _new_death(m) or _of_wounds(m) or additive(m.text)


def _of_wounds(m: CasualtyMention) -> bool:
    """ "his cousin had died of his wounds", "a woman brought to hospital ... died": a death
    among people the report may have counted as wounded."""
    return m.outcome == "killed" and m.relation == "count" and bool(_DIED_OF_WOUNDS.search(m.text))


def _new_death(m: CasualtyMention) -> bool:
    """ "جريحين توفيا", "один из которых скончался": the wounded who died since, told
    without a group noun of their own, add to the dead (they do not restate the toll)."""
    return m.relation == "transfer" and (
        m.group_text is None or bool(_OF_THE_WOUNDED.search(m.group_text))
    )


def _sentences(
    mentions: Sequence[CasualtyMention], starts: Sequence[int]
) -> list[list[CasualtyMention]]:
    by_sentence: dict[int, list[CasualtyMention]] = {}
    for m in mentions:
        by_sentence.setdefault(bisect.bisect_right(starts, m.start) - 1, []).append(m)
    return [by_sentence[k] for k in sorted(by_sentence)]


@dataclass
class _Outcome:
    victims: _Toll
    attackers: list[int]
    attacker_highs: list[int]
    earlier: list[int]
    all_attackers: bool = False  # the last attackers' figure was told as all of them


def _read_outcome(
    mentions: Sequence[CasualtyMention], outcome: str, starts: Sequence[int], related: int | None
) -> _Outcome:
    result = _Outcome(_Toll(), [], [], [])
    own = [refer_back(m, mentions) for m in mentions if m.outcome == outcome]
    # a group's claim of its kills ("officials first said two died; the group claimed it
    # had killed ten") is no later figure of the dead: it leaves the first figure standing
    told = [m for m in own if m.relation != "claim"]
    if own and all(m.earlier for m in told or own):
        # "officials first said 3 were killed and 10 wounded; the toll later rose to 5 dead":
        # a first statement superseded for the dead still stands for the wounded.
        mentions = [
            dataclasses.replace(m, earlier=False) if m.outcome == outcome else m for m in mentions
        ]
        own = [refer_back(m, mentions) for m in mentions if m.outcome == outcome]
    # the figures of one superseded statement add up ("first reports spoke of three Spaniards
    # and one Afghan killed": a first toll of four)
    first = [
        m for m in own if m.earlier and m.quantity.best is not None and usable(m, False, related)
    ]
    result.earlier = [sum(m.quantity.best or 0 for m in told) for told in _sentences(first, starts)]
    current = [m for m in mentions if not (m.earlier and m.outcome == outcome)]
    for sentence in _sentences(current, starts):
        _read_sentence(sentence, outcome, mentions, related, result)
    return result


def _read_sentence(
    sentence: list[CasualtyMention],
    outcome: str,
    context: Sequence[CasualtyMention],
    related: int | None,
    result: _Outcome,
) -> None:
    toll = result.victims
    moved = [
        m
        for m in sentence
        if m.relation == "transfer" and m.quantity.best and _OF_THE_WOUNDED.search(m.text)
    ]
    if outcome == "injured" and toll.total and not toll.revised:
        for m in sentence:  # "his cousin had died of his wounds": one of the wounded counted
            count = m.quantity.best or 0
            if not _of_wounds(m) or not count:
                continue
            if toll.groups.get(m.group, 0) >= count:
                toll.move(m.group, -count)
            elif toll.groups.get("unknown", 0) >= count:
                toll.move("unknown", -count)  # "wounding nine others ... a girl ... died"
    later: list[CasualtyMention] = []  # "10 раненых, один из которых скончался"
    if moved and not toll.revised and outcome == "injured":
        # "one of the wounded died": a new toll for the dead and wounded
        sentence = [m for m in sentence if m not in moved]
        if not toll.total or _counts_anew(sentence, outcome):
            later = moved  # "13 раненых, один из которых скончался": of the 13 told here
        for m in [] if later else moved:
            count = m.quantity.best or 0
            toll.move(m.group, count if outcome == "killed" else -count)
    slots, revisions = slots_of(sentence, outcome, related, False, context=context)
    for slot in slots:
        if slot.group == "attackers" and slot.best is not None:
            high = slot.high if slot.high is not None else slot.best
            told = _mention_of(slot, sentence)
            if _some_of_all(result, slot.best, told):
                continue  # "All nine attackers died. Three blew themselves up": some of them
            result.all_attackers = told is not None and bool(_ALL.match(told.quantity.text))
            if result.attackers and not _additive_slot(slot, sentence):
                result.attackers[-1] = slot.best  # "the bomber was killed" told again
                result.attacker_highs[-1] = max(result.attacker_highs[-1], high)
            else:
                result.attackers.append(slot.best)
                result.attacker_highs.append(high)
    counted = [
        (s, m)
        for s in slots
        if s.group != "attackers" and s.best is not None
        for m in [_mention_of(s, sentence)]
    ]
    if counted and _restates_attackers(toll, result.attackers, counted):
        counted = []
    if (
        toll.total
        and (not toll.revised or all(s.best < toll.total for s, _ in counted if s.best))
        and all(m is not None and m.quantity.vague and not _additive(m) for _, m in counted)
    ):
        # "несколько раненых в тяжёлом состоянии" after the toll: some of them; "mourners
        # buried dozens of the victims" after a toll that rose to 58: some of them too
        counted = []
    if counted:
        _fold(toll, counted)
    for figure in revisions:
        toll.restate(figure, toll.single_group())
        toll.revised = True
    for m in later if toll.total else []:  # the wounded counted in this very sentence
        toll.move(m.group, -(m.quantity.best or 0))
    for m in sentence:
        if m.outcome == outcome and m.relation == "subset" and m.quantity.best:
            # "13 people, including four attackers, were killed", "the toll rose to 10,
            # including four attackers": the attackers are inside the figure (their own count
            # elsewhere restates them), on their side
            toll.detail(m.group, m.quantity.best)


# A figure told as the whole of its group: "all nine", "all of the", "both".
_ALL: Final = re.compile(r"(?:all|both)\b", re.IGNORECASE)


def _some_of_all(result: _Outcome, count: int, m: CasualtyMention | None) -> bool:
    """ "All nine attackers died. Three blew themselves up, the rest were shot": after the
    attackers told as all of them, a smaller figure of attackers not marked as more (nor as
    a later toll) is a part of them, not a revised count."""
    if not result.attackers or not result.all_attackers or m is None:
        return False
    return count < result.attackers[-1] and not _additive(m) and m.relation == "count"


def _counts_anew(sentence: list[CasualtyMention], outcome: str) -> bool:
    """Whether a sentence gives its own figure for an outcome, which the wounded who died
    there are part of ("13 раненых, один из которых скончался" after "14 раненых")."""
    return any(
        m.outcome == outcome and m.relation in TOLL_RELATIONS and m.quantity.best for m in sentence
    )


# "two of the wounded", "один из раненых", "yaralılardan biri", "أحد الجرحى": people told
# as wounded before who died since.
_OF_THE_WOUNDED = re.compile(
    r"\bof (?:the|those) (?:wounded|injured)\b|\bиз (?:числа )?(?:раненых|пострадавших)|"
    r"\byaral\w*dan\b|الجرحى|المصابين|جريحين|جريحان|\bиз (?:которых|них)\b"
    # "وفاة السائق متأثرا بجروحه": died of his wounds
    r"|متأثر\S*\s+ب(?:جروح|جراح|إصاب|اصاب)",
    re.IGNORECASE,
)


_DIED_OF_WOUNDS: Final = re.compile(
    r"\b(?:died|succumbed)\s+(?:later\s+)?(?:of|from|to)\s+(?:his|her|their|the)\s+"
    r"(?:wounds|injuries)\b|\bwho\s+(?:had|was)\s+(?:been\s+)?\w+\s+to\s+[^.;]{0,45}?hospital\b",
    re.IGNORECASE,
)


def _restates_attackers(
    toll: _Toll, attackers: list[int], counted: list[tuple[Slot, CasualtyMention | None]]
) -> bool:
    """ "3 militants were killed in the raid ... three people were killed in the clash": an
    overall figure after the attackers' own, with no victim counted yet, equal to theirs,
    is the same dead told again."""
    if toll.total is not None or not attackers or len(counted) != 1:
        return False
    slot, m = counted[0]
    if m is None or m.relation != "count" or m.group != "unknown" or _additive(m):
        return False
    if _personal_name(m):
        return False  # "Karimi and the bomber died": a man by his name is no figure again
    return _generic(m) and slot.best == sum(attackers)


def _personal_name(m: CasualtyMention) -> bool:
    """One person told by his name alone ("Karimi", "Ahmad Khan"), not by a figure."""
    words = m.quantity.text.split()
    if m.group_text is not None or m.quantity.best != 1 or not words:
        return False
    first = words[0]
    return first[:1].isupper() and first.lower() not in _NOT_NAMES and figure_value(first) is None


_NOT_NAMES: Final = frozenset({"one", "a", "an", "the", "he", "she", "both", "all"})


def _mention_of(slot: Slot, sentence: list[CasualtyMention]) -> CasualtyMention | None:
    """The mention that gave a slot its latest figure."""
    for m in sentence:
        if slot.spans and (m.start, m.end) == slot.spans[-1]:
            return m
    return None


def _additive_slot(slot: Slot, sentence: list[CasualtyMention]) -> bool:
    m = _mention_of(slot, sentence)
    return m is not None and _additive(m)


def _spread(counted: list[tuple[Slot, CasualtyMention | None]]) -> int:
    """How far a sentence's stated ranges reach above their lower ends ("от пяти до семи",
    "between five and seven"): a range's upper end is the toll's ``high``."""
    out = 0
    for _, m in counted:
        if m is None or m.quantity.vague:
            continue
        q = m.quantity
        if q.low is not None and q.best == q.low and q.high is not None and q.high > q.low:
            out += q.high - q.low
    return out


def _fold(toll: _Toll, counted: list[tuple[Slot, CasualtyMention | None]]) -> None:
    """Fold one sentence's victim figures into the running toll."""
    _fold_figures(toll, counted)  # reads the persons of the sentences before this one
    for s, m in counted:
        if m is not None and s.best == 1 and m.group_text:
            toll.persons[s.group] = m.group_text


def _fold_figures(toll: _Toll, counted: list[tuple[Slot, CasualtyMention | None]]) -> None:
    figures: list[tuple[str, int, CasualtyMention | None]] = []
    for s, m in counted:  # "the journalist and his cousin were killed": one group, two people
        same = [x for x, f in enumerate(figures) if f[0] == s.group]
        if same and toll.total is not None:
            group, count, first = figures[same[0]]
            figures[same[0]] = (group, count + (s.best or 0), first if first is not None else m)
        else:
            figures.append((s.group, s.best or 0, m))
    if not any(count for _, count, _ in figures) and toll.total is not None:
        return  # a zero for some ("no one else was hurt") never replaces a figure
    if toll.total == 0:
        toll.groups, toll.total, toll.seen = {}, None, []
    if toll.total is None:
        for group, count, _ in figures:
            toll.add(group, count)
        toll.spread = _spread(counted)
        return
    if any(m is not None and _additive(m) for _, _, m in figures):
        toll.spread += _spread(counted)
        for group, count, m in figures:
            if m is not None and _new_death(m):
                toll.move(group, count)  # a wounded man who died since: a new total told
            elif m is not None and not _additive(m) and group != "unknown" and group in toll.groups:
                toll.revise(group, count)  # "11 police ... not counting two drivers who also died"
            else:
                toll.add(group, count)
        return
    figures = [f for f in figures if not _part_again(toll, *f)]
    if not figures:
        return  # "six policemen ... the two Spanish policemen": some of them told again
    if all(
        m is not None
        and (
            (_indefinite_one(m) and toll.groups.get(group, 0) > count)
            or _one_of_them(toll, group, m)
        )
        for group, count, m in figures
    ):
        return  # "two de-miners ... a boy was killed": one of them, or someone told aside
    if all(m is not None and _generic(m) for _, _, m in figures):
        toll.restate(sum(c for _, c, _ in figures), toll.single_group())
        return
    if all(group in toll.groups and group != "unknown" for group, _, _ in figures):
        for group, count, m in figures:
            if _another_one(toll, group, m):
                toll.add(group, count)  # "the driver was killed ... the interpreter was killed"
            else:
                toll.revise(group, count)
        return
    named = sum(c for g, c, _ in figures if g != "unknown")
    if named <= toll.groups.get("unknown", 0) and toll.groups.get("unknown", 0) > 0:
        for group, count, _ in figures:
            toll.detail(group, count)
        return
    told = _restated_group(toll, figures)
    if told is not None:
        toll.groups.pop(told)
        for group, count, _ in figures:
            toll.groups[group] = toll.groups.get(group, 0) + count
        return
    for group, count, m in figures:
        if _told_again(toll, group, m) or _named_again(toll, group, m):
            continue
        if group != "unknown" and toll.groups.get(group) and count > 1:
            # "13 polis ... 13 polisin öldüğünü, 8 Taliban militanının da öldürüldüğünü": the
            # group already counted is told again (or revised) beside a new one, which adds;
            # one person of it is too often another ("the governor ... and his driver")
            if toll.groups[group] != count:
                toll.revise(group, count)
        else:
            toll.add(group, count)


def _another_one(toll: _Toll, group: str, m: CasualtyMention | None) -> bool:
    """One more person of a group counted as one, named by another definite role noun."""
    before = toll.persons.get(group)
    return (
        m is not None
        and toll.groups.get(group) == 1
        and before is not None
        and another_person(before, m)
    )


def _named_again(toll: _Toll, group: str, m: CasualtyMention | None) -> bool:
    """ "The district governor was killed ... Mawlawi Haqyar and his driver died": a person
    named by his name alone (no group, no "also"), when the toll so far is one victim, is that
    victim named; the people beside him are new."""
    if m is None or group != "unknown" or m.group_text is not None or m.quantity.best != 1:
        return False
    name = m.quantity.text
    if not name[:1].isupper() or " " not in name or name.split(" ")[0].lower() in _ARTICLES:
        return False
    victims = {g: c for g, c in toll.groups.items() if c and g != "attackers"}
    return toll.total == 1 and sum(victims.values()) == 1


_ARTICLES: Final = frozenset({"a", "an", "the", "one"})


def _told_again(toll: _Toll, group: str, m: CasualtyMention | None) -> bool:
    """ "The governor was wounded ... The governor, a third guard and a passer-by were
    wounded": one person named with "the", of a group already counted, is that person again;
    the people beside him are new."""
    if m is None or group == "unknown" or not toll.groups.get(group):
        return False
    return m.quantity.best == 1 and m.quantity.text.lower().startswith("the ")


def _part_again(toll: _Toll, group: str, count: int, m: CasualtyMention | None) -> bool:
    """ "Six policemen were killed ... the two Spanish policemen had died", "مقتل الشرطيين
    الإسبانيين": fewer people of a group already counted, named with "the", are some of them
    told again, not a revised figure for the group."""
    if m is None or group == "unknown" or _additive(m):
        return False
    return 1 < count < toll.groups.get(group, 0) and _DEFINITE.match(m.quantity.text) is not None


# A figure named as people already known: "the two", "both", Arabic "ال" on the noun or
# numeral ("الشرطيين", "الثلاثة").
_DEFINITE: Final = re.compile(r"(?:the|both|all)\b|ال", re.IGNORECASE)


def _one_of_them(toll: _Toll, group: str, m: CasualtyMention) -> bool:
    """ "20 were wounded ... said one of the wounded", "a lightly wounded cameraman said",
    "oyuncuların bir akşam yemeğinde hayatını kaybettiğini": one person of no group, not
    marked as more, after a larger toll, is one of those counted, not a toll of one. A person
    with a noun of his own ("بمقتل عنصر", a member was killed) is one of them only when the
    toll names no group either; after "three militants" he is one more."""
    if group != "unknown" or m.quantity.best != 1 or m.relation != "count" or _additive(m):
        return False
    if (toll.total or 0) <= 1:
        return False
    return m.group_text is None or not any(n for g, n in toll.groups.items() if g != "unknown")


# Groups broad enough to be told again in other words: "two employees of the embassy" are
# "a second secretary and a security guard"; "people" or "members" may be anyone.
_BROAD_GROUPS: Final = frozenset({"unknown", "target_side"})


def _restated_group(
    toll: _Toll, figures: list[tuple[str, int, CasualtyMention | None]]
) -> str | None:
    """The group an unmarked later figure tells again: "a suicide bomber killed two employees
    of the embassy ... a second secretary and a security guard had died" names the same two
    people, as does "killing four militants ... four members of the cell were killed". The
    figures (none marked as more) must add up to that group's count, of two or more people,
    and describe it compatibly: the same group, an unnamed one, or details of a broad one."""
    total = sum(count for _, count, _ in figures)
    if total < 2:
        return None  # one person told aside ("his driver was killed") is too often another
    for group, count in toll.groups.items():
        if count != total or group == "attackers":
            continue
        if all(g in (group, "unknown") or group in _BROAD_GROUPS for g, _, _ in figures):
            return group
    return None


def _indefinite_one(m: CasualtyMention) -> bool:
    """ "a boy was killed": one person told with "a", a new referent, never a revised
    figure for a group, nor a new overall toll. Turkish "bir" is "a" as well as "one":
    "Vali, bir saldırıda şehit oldu" (the governor died in an attack) after "the governor
    and two guards died" is one of the three told again."""
    return m.quantity.best == 1 and m.quantity.text.lower() in _INDEFINITE_ARTICLES


_INDEFINITE_ARTICLES: Final = frozenset({"a", "an", "bir"})


def _range(outcome: _Outcome) -> Casualties:
    toll = outcome.victims
    attackers = sum(outcome.attackers) if outcome.attackers else None
    if toll.total is None and attackers is None:
        return Casualties()
    victims = toll.total or 0
    seen = [*toll.seen, *outcome.earlier] or [victims]
    extra = attackers or 0
    extra_high = sum(outcome.attacker_highs) if outcome.attacker_highs else extra
    top = max(max(seen), victims + toll.spread)
    return Casualties(min(seen) + extra, victims + extra, top + extra_high)


def aggregate_report(
    mentions: Sequence[CasualtyMention],
    sentence_starts: Sequence[int],
    *,
    attackers_side: str = "actor1",
    related: int | None = None,
    attackers_told: int | None = None,
) -> CasualtyTotals:
    """Totals for one event of a report from its mentions; ``sentence_starts`` are the
    offsets of the sentences the mentions come from, in text order. ``attackers_told`` is how
    many attackers the report says took part (``attackers_told.attackers_told``)."""
    starts = sorted(sentence_starts)
    mentions = [_numbered(m, attackers_told) for m in mentions]
    mentions = sorted(effective_mentions(mentions), key=lambda m: m.start)
    killed = _read_outcome(mentions, "killed", starts, related)
    injured = _read_outcome(mentions, "injured", starts, related)
    kidnapped = _read_outcome(mentions, "kidnapped", starts, related)
    apart = sum(killed.attackers) if killed.attackers else 0
    fatalities = widened(
        _stand_in(_range(killed), mentions, "killed"), _own(mentions, "killed"), apart, claims=True
    )
    injuries = widened(_stand_in(_range(injured), mentions, "injured"), _own(mentions, "injured"))
    sides = _sides(killed, fatalities, attackers_side)
    attackers = sum(killed.attackers) if killed.attackers else None
    counted = any(m.outcome == "killed" and m.group == "attackers" for m in mentions)
    return CasualtyTotals(
        fatalities=fatalities,
        injuries=injuries,
        deaths_by_side=sides,
        attackers_killed=attackers if counted else None,
        kidnapped=_range(kidnapped).best,
    )


def unnumbered_attackers(m: CasualtyMention) -> bool:
    """Attackers told killed (or left out of a toll) without a figure: the mention that
    takes the count of attackers the report gave (``_numbered``)."""
    return (
        m.outcome == "killed"
        and m.group == "attackers"
        and m.relation == "count"
        and m.quantity.best is None
        and not m.quantity.vague  # "killed ISKP members": some, not the ones who attacked
    )


def _numbered(m: CasualtyMention, attackers_told: int | None) -> CasualtyMention:
    """ "Saldırganların öldürüldüğünü", "не включают нападавших": the attackers killed or
    left out of a toll without a figure are as many as the report said took part."""
    if attackers_told is None or not unnumbered_attackers(m):
        return m
    n = attackers_told
    return dataclasses.replace(m, quantity=Quantity(n, n, n, False, m.quantity.text))


def _own(mentions: Sequence[CasualtyMention], outcome: str) -> list[CasualtyMention]:
    return [m for m in mentions if m.outcome == outcome]


def _stand_in(result: Casualties, mentions: Sequence[CasualtyMention], outcome: str) -> Casualties:
    """Residents' or witnesses' figure when no official one exists."""
    if result.known:
        return result
    unofficial = [
        m.quantity.best
        for m in mentions
        if m.outcome == outcome and m.relation == "unofficial" and m.quantity.best is not None
    ]
    return Casualties.exactly(unofficial[0]) if unofficial else result


def _sides(outcome: _Outcome, fatalities: Casualties, attackers_side: str) -> DeathsBySide:
    """Deaths by side from the latest breakdown; the non-null sides add up to ``best``."""
    if fatalities.best is None:
        return DeathsBySide()
    if fatalities.best == 0:
        return DeathsBySide(0, 0, 0, 0)
    sides: dict[str, int] = {}
    for group, count in outcome.victims.groups.items():
        side = side_of_group(group, attackers_side)
        sides[side] = sides.get(side, 0) + count
    if outcome.attackers:
        sides[attackers_side] = sides.get(attackers_side, 0) + sum(outcome.attackers)
    missing = fatalities.best - sum(sides.values())
    if missing > 0:
        sides["unknown"] = sides.get("unknown", 0) + missing
    value = {k: (v if v > 0 else None) for k, v in sides.items()}
    return DeathsBySide(
        value.get("actor1"), value.get("actor2"), value.get("civilians"), value.get("unknown")
    )


def totals_of(sentences: Sequence[str], language: str = "en") -> CasualtyTotals:
    """The totals of one event told in ``sentences``, read as the consecutive sentences of one
    report: what the rules make of a toll's wording, without the rest of the extractor."""
    mentions: list[CasualtyMention] = []
    starts: list[int] = []
    offset = 0
    for sentence in sentences:
        starts.append(offset)
        mentions += find_casualties(sentence, offset=offset, language=language)
        offset += len(sentence) + 1
    return aggregate_report(mentions, starts)
