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
from collections.abc import Iterator
from dataclasses import dataclass

from conflictdesk.extract.caseless import Gated
from conflictdesk.extract.classify import ATTACK_MEANS
from conflictdesk.extract.dates import DateMention
from conflictdesk.extract.facts import Facts
from conflictdesk.extract.genre import Genre, SummaryBlock
from conflictdesk.extract.numbers import figure_value
from conflictdesk.extract.places import PlaceFix
from conflictdesk.extract.triggers import TriggerHit

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
_SINCE = Gated(re.compile(r"\b(?:since|before|after|until|than)\s+(?:\w+\s+){0,6}$", re.IGNORECASE))
# The same in Arabic and Russian, where the words run longer: "منذ عودة طالبان إلى الحكم في
# أغسطس 2021", "قبل أن تتولى الحركة الحكم في أغسطس 2021", "После прихода к власти в августе
# 2021 года". The words between stay inside one clause (no comma).
_SINCE_OTHER = re.compile(
    r"(?<!\w)(?:منذ|قبل|حتى|بعد أن|после|до|перед|с тех пор,? как|начиная с)"
    r"\s+(?:[^\s,،;]+\s+){0,6}$",
    re.IGNORECASE,
)
# Turkish puts the word after the date: "2021'deki yönetim değişikliğinin ardından", "5
# Nisan'da yapılacak seçimler öncesinde", "2015'ten bu yana".
_SINCE_AFTER_TR = Gated(
    re.compile(
        r"\S*\s+(?:[^\s,;.]+\s+){0,3}?(?:ardından|sonra(?:sında)?|beri|bu yana|itibaren"
        r"|öncesinde|önce)(?!\w)",
        re.IGNORECASE,
    )
)


def reference_point(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` only bounds a period or marks a point to
    count from ("since the takeover in August 2021", "before the elections on 5 April"),
    not the day of an incident told."""
    # six words may stand between: "until the Taliban swept to power last August"
    window = text[max(0, start - 60) : start]
    if _SINCE.search(window):
        return True
    if _SINCE_OTHER.search(window):
        return True
    return _SINCE_AFTER_TR.match(text, end) is not None


# "the first attack on a mission since ...", "the deadliest bombing this year": a comparison
# with earlier incidents, not another incident.
_COMPARISON = Gated(
    re.compile(
        r"\b(?:first|deadliest|worst|biggest|largest|latest|bloodiest|most \w+|second|third)\s+"
        r"(?:[\w-]+\s+){0,2}(?:attack|bombing|blast|assault|strike|incident)",
        re.IGNORECASE,
    )
)

# Headings, footnotes and the notes section are not running text.
_APPARATUS = re.compile(r"\s*(?:#|\[\^?\d+\]|\d+\.\s+\S+,\s+\"|\*\*?[^*]{0,80}\*\*?\s*$)")
_NOTES_HEADING = Gated(
    re.compile(
        r"\s*(?:#+\s*)?(?:notes|endnotes|footnotes|references|sources|bibliography)\s*:?\s*$",
        re.IGNORECASE,
    )
)

# How many sentences a toll or claim may stand after the event it completes in an analysis.
ANALYSIS_GAP = 2
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
    # "The next day ...": the anchor of the event this one is dated from, and how many days
    # after it (an analysis' relative openings the date reader leaves undated).
    follows: int | None = None
    days_after: int = 0
    # Dated from ``follows`` though told apart from it ("... Twelve days later a bomb ..."
    # after a remark in between): the date only, not its place.
    dated_only: bool = False


def _specific(facts: Facts) -> bool:
    """A sentence about one incident: it names a date, place, number, or who acted; or it is
    an arrest dated from the event just told ("The next morning four men were detained",
    "were detained the next day", "Ertesi gün dört şüpheli yakalandı")."""
    return bool(
        facts.dates
        or _arrest_told_after(facts)
        or facts.casualties
        or facts.roles("agent")
        or facts.roles("claim")
        or facts.roles("patient")
        or facts.place is not None  # last: the place is read only when asked
    )


def _arrest_told_after(facts: Facts) -> bool:
    text = facts.sentence.text
    dated = later_days(text) is not None or _SAME_OR_NEXT.search(text) is not None
    return dated and _family(facts) == "arrest"


# "no further attack on a mission took place": an incident denied, not told.
_NONE_TOOK_PLACE = Gated(
    re.compile(
        r"\bno (?:[\w-]+ ){0,3}(?:attacks?|bombings?|strikes?|incidents?|raids?) (?:[\w-]+ ){0,8}?"
        r"(?:took place|occurred|happened|followed|was (?:carried out|reported|recorded))\b",
        re.IGNORECASE,
    )
)


def is_candidate(facts: Facts) -> bool:
    """A sentence that states an event of its own."""
    if not facts.has_event_trigger or facts.not_event:
        return False
    if _NONE_TOOK_PLACE.search(facts.sentence.text):
        return False
    if facts.general and not _named_threat(facts):
        if not (facts.dates or facts.casualties or facts.place):
            return False
        if not facts.casualties and not _day_dated(facts):
            return False  # "militants who had suffered heavy blows in Iraq and Syria"
    return _specific(facts)


def _named_threat(facts: Facts) -> bool:
    """A group threatening a named target ("in its propaganda magazine, ISKP threatened the
    Chinese embassy"): a specific event, though told with words of general remarks."""
    threat = any(h.means == "threat" for h in facts.triggers)
    return threat and bool(facts.actors) and facts.place is not None


def _day_dated(facts: Facts) -> bool:
    return any(d.date is not None and d.precision == "day" for d in facts.dates)


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


def _date_of(frame: Frame, facts: list[Facts], dateline_end: int = 0) -> dt.date | None:
    """The date the frame's anchor gives, after the dateline ("KABUL, June 10 —" is the day
    of the report, not of the event)."""
    for mention in facts[frame.anchor].dates:
        if mention.date is not None and mention.start >= dateline_end:
            return mention.date
    return None


def _places_of(frame: Frame, facts: list[Facts]) -> Iterator[PlaceFix]:
    """The places of a frame's sentences, anchor first."""
    for index in (frame.anchor, *frame.members):
        place = facts[index].place
        if place is not None:
            yield place


def _admin1_of(frame: Frame, facts: list[Facts]) -> str | None:
    return next((p.admin1 for p in _places_of(frame, facts) if p.admin1 is not None), None)


def _opens_new(
    candidate: Facts,
    frame: Frame,
    facts: list[Facts],
    dateline_end: int,
    report_day: dt.date | None = None,
) -> bool:
    """A later sentence of a wire report that tells another incident. When the lead gives
    no date, the main incident is of the report's days, so a sentence dated well before them
    ("Ekim ayında da ...", "in March") tells another one, unless it names the incident
    already told."""
    if candidate.separate:
        return True
    if _habitual(candidate):
        return False  # plural attacks with no day and no toll: a pattern, not an incident
    text = candidate.sentence.text
    specific = [h for h in candidate.triggers if h.means in SPECIFIC_MEANS]
    if not specific:
        return False
    if _AMONG_THE_DEAD.match(text) and not candidate.dates:
        return False  # "Среди убитых — командир, которого обвиняют во взрывах в Баглане"
    # "were killed in the fighting", "التفجير": the incident already told, wherever the
    # sentence then names (a hospital, the spokesman's seat); only another day parts it
    told_again = all(
        _TOLD_ALREADY.search(text, 0, h.start - candidate.sentence.start)
        or _DEFINITE_AR.match(h.text)
        or _verb_of_definite_ar(h, specific)
        or (not candidate.dates and _definite_tr(text, h.start - candidate.sentence.start, h.text))
        or _caused_by(text, h.start - candidate.sentence.start, h.end - candidate.sentence.start)
        or _reaction_to_told(
            text, h.start - candidate.sentence.start, h.end - candidate.sentence.start
        )
        for h in specific
    )
    if _COMPARISON.search(text) or _COMPARISON_OTHER.search(text):
        return False
    frame_date = _date_of(frame, facts, dateline_end)
    # "The insurgents attacked ... on Sunday night": the attackers just told, in the days the
    # incident lasted
    same_attackers = _SAME_ATTACKERS.match(text) is not None
    reach = SAME_INCIDENT_DAYS if same_attackers else WIRE_SAME_INCIDENT_DAYS
    if frame_date is None and report_day is not None:
        if told_again:
            return False
        frame_date, reach = report_day, SAME_INCIDENT_DAYS
    for mention in candidate.dates:
        if mention.date is None or frame_date is None:
            continue
        local = mention.start - candidate.sentence.start
        if reference_point(text, local, mention.end - candidate.sentence.start):
            continue
        if holds_day(mention, frame_date):
            continue
        if abs((mention.date - frame_date).days) > reach:
            # a later claim tells of this incident; an earlier, claimed one is another
            return not (candidate.roles("claim") and mention.date > frame_date)
    if told_again:
        return False
    return _placed_elsewhere(candidate, frame, facts)


def _seat_abroad(item: Facts, frame: Frame, facts: list[Facts]) -> bool:
    """A sentence of a wire report placed only by a city abroad, with no date, toll or
    deed: the seat of a government that speaks or keeps silent ("Официальный Исламабад
    обстрел не прокомментировал": Islamabad did not comment on the shelling; "Security
    officials in Islamabad said the jets had targeted hide-outs"; "İslamabad, ... saldırı
    düzenlediğini ileri sürüyor": Islamabad has long claimed ...). It tells no incident of
    its own, and adds nothing of the one told."""
    if item.dates or _tells_deed(item):
        return False
    return _placed_elsewhere(item, frame, facts) and _abroad(item, frame, facts)


def _abroad(item: Facts, frame: Frame, facts: list[Facts]) -> bool:
    """Whether a sentence is placed in another country than the frame."""
    country = item.place.country if item.place is not None else None
    told = next((p.country for p in _places_of(frame, facts) if p.country), None)
    return country is not None and told is not None and country != told


def _tells_deed(item: Facts) -> bool:
    """Whether a sentence placed elsewhere tells a deed of its own: a toll, or someone who
    acted, was acted upon or claimed."""
    return bool(
        item.casualties or item.roles("agent") or item.roles("patient") or item.roles("claim")
    )


def _placed_elsewhere(item: Facts, frame: Frame, facts: list[Facts]) -> bool:
    """A sentence placed in a province other than the frame's."""
    admin1 = item.place.admin1 if item.place is not None else None
    if admin1 is None:  # the frame's places are not read for a sentence with none
        return False
    frame_admin1 = _admin1_of(frame, facts)
    return frame_admin1 is not None and admin1 != frame_admin1


def holds_day(mention: DateMention, day: dt.date) -> bool:
    """A month or year that holds the day of the incident told ("this year", "in June"):
    no other day, so no other incident by its date."""
    if mention.date is None or mention.precision not in ("month", "year"):
        return False
    if mention.precision == "year":
        return mention.date.year == day.year
    return (mention.date.year, mention.date.month) == (day.year, day.month)


# An event word after these points back at the incident already told: "killed in the
# fighting", "during the clashes", "в ходе боёв", "after the blast", "после обстрела" (after
# the shelling: many families moved away).
_TOLD_ALREADY = Gated(
    re.compile(
        r"(?:\b(?:in|during|throughout|after|following) the|(?<!\w)(?:в ходе|во время|после))\s+$",
        re.IGNORECASE,
    )
)
# "President Ghani condemned the bombing and, speaking in Badakhshan, ...": a reaction to the
# incident just told, wherever the one reacting was; not "condemned the bombing of a school
# in Herat", an incident the words after the noun tell anew.
_REACTION_BEFORE = Gated(
    re.compile(
        r"\b(?:condemn(?:ed|s|ing)?|denounc(?:ed|es|ing)|deplor(?:ed|es|ing)|decri(?:ed|es))\s+"
        r"(?:the|this|that|\w+day['’]s)\s+(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
_TOLD_ANEW_AFTER = re.compile(r"\s+(?:of|on|in|at|near|against|outside)\b", re.IGNORECASE)


def _reaction_to_told(text: str, start: int, end: int) -> bool:
    """Whether the event word at ``text[start:end]`` is the incident told, named as what
    someone reacted to ("condemned the bombing")."""
    before = _REACTION_BEFORE.search(text, max(0, start - 60), start) is not None
    return before and _TOLD_ANEW_AFTER.match(text, end) is None


# A consequence of the incident just told: "Kabul lost power because of the attack",
# "из-за взрыва", "بسبب الهجوم", and Turkish after the noun: "Saldırı nedeniyle Kabil'in
# büyük bölümü elektriksiz kaldı". The sentence tells what the attack caused, wherever that
# was, not another attack.
_CAUSED_BY = Gated(
    re.compile(
        r"(?:\b(?:because of|due to|as a result of|owing to|caused by) the"
        r"|(?<!\w)(?:из-за|بسبب|جراء))"
        r"\s+$",
        re.IGNORECASE,
    )
)
_CAUSED_BY_TR = Gated(
    re.compile(r"[\w'’]*\s+(?:nedeniyle|yüzünden|sebebiyle|sonucunda)(?!\w)", re.IGNORECASE)
)


def _caused_by(text: str, start: int, end: int) -> bool:
    """Whether the event word at ``text[start:end]`` names the cause of what the sentence
    tells ("because of the attack", "saldırı nedeniyle")."""
    return bool(_CAUSED_BY.search(text, 0, start)) or _CAUSED_BY_TR.match(text, end) is not None


# Arabic event nouns with the article ("التفجير", "والهجوم"): the blast already told.
_DEFINITE_AR = re.compile(r"(?:[وفب]?ال|لل)\w")


def _verb_of_definite_ar(hit: TriggerHit, specific: list[TriggerHit]) -> bool:
    """An Arabic event verb whose subject, right after it, is an event noun with the article:
    "انفجرت العبوة" (the bomb went off) tells the blast already told, as "العبوة" alone does;
    "انفجرت عبوة" (a bomb went off) may be another."""
    return any(
        0 < other.start - hit.end <= 2 and _DEFINITE_AR.match(other.text) is not None
        for other in specific
    )


# Turkish has no article: an event noun in the genitive or accusative, or plural in the
# locative, is the incident already told ("patlamaların ardından", "saldırıyı üstlendi",
# "patlamalarda ölenlerin"), unless "bir" (a) or "başka" (another) stands before it.
_DEFINITE_TR = re.compile(r"l[ae]r(?:[ıi]n?|d[ae])$", re.IGNORECASE)
_INDEFINITE_TR = re.compile(r"(?<!\w)(?:bir|başka|ayrı)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _definite_tr(text: str, start: int, word: str) -> bool:
    """Whether the Turkish event word ``word`` at ``start`` names the incident already told."""
    if _DEFINITE_TR.search(word) is None or not _TURKISH_LETTERS.search(text):
        return False
    return _INDEFINITE_TR.search(text, max(0, start - 40), start) is None


_TURKISH_LETTERS = re.compile(r"[ğışİĞŞ]")


# A sentence opening on the attackers of the incident told: "The insurgents attacked ...".
_SAME_ATTACKERS = re.compile(
    r"\s*the (?:insurgents|attackers|assailants|militants|gunmen|raiders)\b", re.IGNORECASE
)

# The same ranking in Turkish, Russian and Arabic: "Taliban'ın 2021'de yönetimi ele
# geçirmesinden bu yana suikastle öldürülen en üst düzey yetkili", "самый высокопоставленный
# чиновник, убитый с 2021 года", "أرفع مسؤول يُقتل منذ عام 2021", "الهجوم الأكثر دموية".
_COMPARISON_OTHER = Gated(
    re.compile(
        r"\ben (?:üst düzey|yüksek rütbeli|kanlı|ölümcül)\b"
        r"|\b(?:сам(?:ый|ое|ая|ым|ого|ой)|наиболее) (?:высокопоставленн|кровав|смертоносн)\w*"
        r"|(?<!\w)(?:أرفع|أعلى) (?:\w+ )?(?:مسؤول|مسئول|قيادي)|الأكثر دموية"
        # "the first attack of its kind": "ويُعد هذا أول هجوم كبير في كابل", "ilk saldırı",
        # "первый теракт"
        r"|(?<!\w)أول (?:هجوم|تفجير|اعتداء|عملية)|\bilk (?:[\w-]+ )?(?:saldırı|eylem)\w*"
        # "وهذه أول مرة يتبنى فيها التنظيم هجوماً بهذا الحجم": this is the first time ...
        r"|(?<!\w)و?(?:هذه|هذا|هي|هو) (?:هي )?أول مرة"
        r"|\bперв(?:ый|ое|ая|ым|ого|ой) (?:[\w-]+ )?(?:теракт|нападени|атак)\w*",
        re.IGNORECASE,
    )
)


def wire_frames(
    facts: list[Facts], dateline_end: int = 0, report_day: dt.date | None = None
) -> list[Frame]:
    frames: list[Frame] = []
    waiting: list[int] = []
    for item in body(facts):
        if not frames:
            if is_candidate(item):
                frames.append(Frame(item.index, (*waiting, item.index), True))
            elif _supports(item) or item.has_event_trigger:
                waiting.append(item.index)
            continue
        if _habitual(item) and _placed_elsewhere(item, frames[0], facts):
            # "وقد نفذ خلال السنوات الماضية تفجيرات عدة استهدفت مساجد في كابل" (it has carried
            # out bombings of mosques in Kabul in past years) after an attack in Herat: a
            # pattern of attacks in another province, neither another incident nor a detail
            # of the one told; its place and means are not the incident's (one that names no
            # other province stays: "which has stepped up attacks" tells who is blamed)
            continue
        if is_candidate(item) and item.has_attack and _seat_abroad(item, frames[0], facts):
            continue
        if (
            is_candidate(item)
            and item.has_attack
            and _opens_new(item, frames[0], facts, dateline_end, report_day)
        ):
            frames.append(_dated_from_main(item, frames[0]))
            if claims_before_apart(item):  # "X claimed the attack, a week after a bombing in Y"
                frames[0] = dataclasses.replace(frames[0], members=(*frames[0].members, item.index))
            continue
        last = frames[-1]
        continues = last.members[-1] == item.index - 1 and not last.main
        target = (
            len(frames) - 1
            if continues and _continues_side(item, last, frames[0], facts, dateline_end)
            else 0
        )
        chosen = frames[target]
        frames[target] = dataclasses.replace(chosen, members=(*chosen.members, item.index))
    return frames


# "The attack came three days after a suicide bomber killed ...", "ويأتي الهجوم بعد أسبوع من
# تفجير ...": an earlier incident dated from the report's main one.
_APART = Gated(
    re.compile(
        r"\b(?:came|comes|occurred|happened|took place|followed|was|is)\s+(?:just\s+|exactly\s+"
        r"|only\s+)?(?P<en>a|one|two|three|four|five|six|seven|ten|\d+)\s+(?P<unit>days?|weeks?)\s+"
        r"(?P<dir>after|before)\b"
        r"|بعد\s+(?P<ar>أسبوعين|أسبوع|يومين|يوم|ثلاثة أيام|أربعة أيام|خمسة أيام)\s+(?:بالضبط\s+)?"
        r"(?:فقط\s+)?من"
        r"|(?:через|спустя)\s+(?P<ru>неделю|две недели|два дня|три дня|четыре дня|пять дней|сутки)"
        r"\s+после"
        r"|(?P<tr>bir hafta|iki hafta|iki gün|üç gün|dört gün|beş gün)\s+sonra",
        re.IGNORECASE,
    )
)
_APART_DAYS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "أسبوع": 7,
    "أسبوعين": 14,
    "يوم": 1,
    "يومين": 2,
    "ثلاثة أيام": 3,
    "أربعة أيام": 4,
    "خمسة أيام": 5,
    "неделю": 7,
    "две недели": 14,
    "сутки": 1,
    "два дня": 2,
    "три дня": 3,
    "четыре дня": 4,
    "пять дней": 5,
    "bir hafta": 7,
    "iki hafta": 14,
    "iki gün": 2,
    "üç gün": 3,
    "dört gün": 4,
    "beş gün": 5,
}


# "Ⓐ claimed the attack, saying it was in response to an air strike that killed civilians":
# the incident avenged is an earlier one, told after the words. Only one named anew (no
# article, no demonstrative): "in retaliation for the strikes" points back at one told.
_RETALIATION = Gated(
    re.compile(
        r"\b(?:in\s+(?:response|retaliation|revenge|reply)\s+(?:to|for)|to\s+avenge"
        r"|as\s+revenge\s+for)\s+(?:an?|two|three|several|recent|last)\b"
        r"|(?<!\w)(?:رد[اًّ]*\s+على|انتقام[اً]*\s+ل|ثأر[اً]*\s+ل)\s*(?!ال|لل|هذ|تلك)\w"
        r"|(?<!\w)(?:в\s+ответ\s+на|в\s+отместку\s+за|в\s+качестве\s+мести\s+за)"
        r"\s+(?!эт|тот|те\s|та\s|то\s)\w",
        re.IGNORECASE,
    )
)


def claims_before_apart(item: Facts) -> bool:
    """Whether a sentence claims (or blames) before it says how long after an earlier incident
    its own came ("وأعلن التنظيم مسؤوليته عن الهجوم، بعد أسبوع من تفجير مماثل في قندوز"), or
    what earlier incident it avenged ("وتبنت الحركة الهجوم، وقالت إنه جاء ردا على غارة"):
    the claim is of the report's event, the incident after the words is another's."""
    text = item.sentence.text
    edges = [f.start() for f in (_APART.search(text), _RETALIATION.search(text)) if f]
    if not edges:
        return False
    edge = item.sentence.start + min(edges)
    return any(a.start < edge for a in item.actors if a.role in ("claim", "attribution"))


def _dated_from_main(item: Facts, main: Frame) -> Frame:
    """A side incident of a wire report; when the report says how far it lies from the main
    one ("came three days after"), it is dated from it if it gives no date of its own."""
    found = _APART.search(item.sentence.text)
    if found is None:
        return Frame(item.index, (item.index,))
    if found.group("en"):
        word = found.group("en").lower()
        days = int(word) if word.isdigit() else _APART_DAYS[word]
        days *= 7 if found.group("unit").lower().startswith("week") else 1
        offset = -days if found.group("dir").lower() == "after" else days
    else:
        word = (found.group("ar") or found.group("ru") or found.group("tr")).lower()
        offset = -_APART_DAYS[word]
    return Frame(item.index, (item.index,), follows=main.anchor, days_after=offset)


# "in that attack", "the same bombing": a sentence pointing back at the incident just told.
_THAT_INCIDENT = re.compile(
    r"\b(?:that|the same|this) (?:attack|bombing|blast|explosion|assault|incident|raid)\b",
    re.IGNORECASE,
)


def _continues_side(
    item: Facts, side: Frame, main: Frame, facts: list[Facts], dateline_end: int
) -> bool:
    """Whether a sentence right after a side incident still tells it: it adds a toll, a claim
    or a blame and names no date of the main event ("His driver also died in that attack");
    otherwise the report has gone back to its main event."""
    if not _supports(item):
        return False
    if _THAT_INCIDENT.search(item.sentence.text):
        return True
    main_date = _date_of(main, facts, dateline_end)
    side_date = _date_of(side, facts, dateline_end)
    for mention in item.dates:
        if mention.date is None or main_date is None or mention.date == side_date:
            continue
        if abs((mention.date - main_date).days) <= WIRE_SAME_INCIDENT_DAYS:
            return False
    return True


# "arrested the two gunmen", "detained the attackers": a word for the attackers as the object
# of an arrest, not an attack of the sentence's own.
_ARRESTED_OBJECT = re.compile(
    r"\b(?:arrested|detained|captured|caught|seized|apprehended)\s+(?:the\s+|all\s+)?"
    r"(?:(?:two|three|four|five|six|both|[\w-]+ed|suspected|surviving|alleged)\s+){0,2}$",
    re.IGNORECASE,
)


def deed_triggers(facts: Facts) -> tuple[TriggerHit, ...]:
    """The sentence's event words without the attackers named as the object of an arrest."""
    text, start = facts.sentence.text, facts.sentence.start
    if not any(h.means == "arrest" for h in facts.triggers):
        return facts.triggers
    return tuple(
        h
        for h in facts.triggers
        if h.means == "arrest"
        or not _ARRESTED_OBJECT.search(text[max(0, h.start - start - 50) : h.start - start])
    )


def _arrest_first(facts: Facts) -> tuple[TriggerHit, ...]:
    """The sentence's event words, without the attack nouns that follow its arrest word and
    only say who was held: "four men were detained; they were later charged as the gunmen",
    "задержаны четверо, которых считают исполнителями теракта". A sentence with a toll, or
    an attack told before the arrest or by a verb in the past ("bombed"), keeps them."""
    kept = deed_triggers(facts)
    arrests = [h.start for h in kept if h.means == "arrest"]
    if not arrests or facts.casualties:
        return kept
    first = min(arrests)
    return tuple(
        h
        for h in kept
        if h.means == "arrest" or h.start < first or _TOLD_VERB.search(h.text) is not None
    )


def _family(facts: Facts) -> str:
    means = {h.means for h in _arrest_first(facts)}
    if means & ATTACK_MEANS:
        return "attack"
    for family in ("arrest", "threat", "surrender"):
        if family in means:
            return family
    return "other"


# How an attack was carried out: the means a sentence of details adds to the event just told.
_HOW_MEANS = frozenset(("suicide", "vbied", "ied", "grenade", "explosion", "firearm", "arson"))
# "the bombing", "this attack", "bu saldırı": the event just told named again, not its details.
_BACK_REFERENCE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|his|bu|o|şu|bunu|этот|эта|это|этого|этой)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "has been used by the group repeatedly since then": a remark on a habit, not a detail.
_HABIT_REMARK = re.compile(r"\b(?:has|have) been\b|\brepeatedly\b", re.IGNORECASE)


def _tells_how(item: Facts) -> bool:
    """An event word in ``item`` that tells the means of an attack as something done ("two
    suicide bombers detonated their explosives", "they shot at the audience"), not the event
    named again ("the bombing showed that ...")."""
    text, start = item.sentence.text, item.sentence.start
    return any(
        h.means in _HOW_MEANS
        and not _BACK_REFERENCE.search(text[max(0, h.start - start - 40) : h.start - start])
        for h in item.triggers
    )


def _details(item: Facts, last: Frame) -> bool:
    """A sentence right after an event that tells how it was done, with nothing of its own
    to place or date it: "ISKP attacked a shrine in Herat on 9 May 2021. Two suicide bombers
    blew themselves up among the pilgrims" (the bombings are that attack, and make it a
    suicide bombing); not a remark that names the attack again ("No group
    claimed the bombing") or ranks it ("the deadliest attack since the siege of 2004")."""
    text = item.sentence.text
    return (
        item.index == last.members[-1] + 1
        and not item.general
        and not item.not_event
        and not item.dates
        and later_days(text) is None  # "Three days later the group struck"
        and _AFTER_NAMED.match(text) is None
        and _RANKED.search(text) is None
        and _HABIT_REMARK.search(text) is None
        and _tells_how(item)
        and not _habitual(item)
    )


def _anchored(facts: Facts) -> bool:
    """A sentence that pins an incident down: a day or month, a place chain, or a toll."""
    dated = any(d.date is not None and d.precision in ("day", "week", "month") for d in facts.dates)
    return dated or facts.place is not None or bool(facts.casualties)


# A diplomatic mission named (English, Russian, Turkish, Arabic): a threat against one is
# specific even when the sentence gives no date ("угроза с севера" is no threat to a building).
_MISSION_WORD = re.compile(
    r"\b(?:embass|consulat)|посольств|консульств|büyükelçili|konsoloslu|سفار|قنصلي",
    re.IGNORECASE,
)


def _placed_only(facts: Facts) -> bool:
    """A sentence whose only anchor is a place: no date, toll or acting group ("The clearest
    example is the assassination in Mazar-i-Sharif", "One attack on a ministry earns more
    attention than a month of ambushes in Kunar"): a reference or a general remark, which
    opens no event of its own in an analysis."""
    if any(_TOLD_VERB.search(h.text) for h in facts.triggers if h.means in ATTACK_MEANS):
        return False  # "Four gunmen attacked the concert hall in Krasnogorsk": it happened
    if _AFTER_NAMED.match(facts.sentence.text):
        return False  # "Ten days after the Fateh raid, a bomber ...": dated from an event told
    if _named_threat(facts) and _MISSION_WORD.search(facts.sentence.text):
        return False  # "In the same month the group's outlet named the embassy of X as a target"
    return not (
        facts.dates
        or facts.casualties
        or facts.roles("agent")
        or facts.roles("claim")
        or facts.roles("patient")
    )


# An event word that is a verb in the past ("attacked", "struck", "blew up"), not a noun
# ("the assassination", "one attack").
_TOLD_VERB = re.compile(r"(?:ed|struck|shot|hit|blew up|went off|set off)$", re.IGNORECASE)


def _own_date(facts: Facts) -> DateMention | None:
    text = facts.sentence.text
    for mention in facts.dates:
        if mention.date is None or mention.precision == "year":
            continue
        local = mention.start - facts.sentence.start
        end = mention.end - facts.sentence.start
        if reference_point(text, local, end) or in_background(facts, local):
            continue
        if not _AMONG.search(text[:local]):
            return mention
    return None


def dated_before(facts: Facts, day: dt.date) -> bool:
    """Whether a sentence tells only of days well before ``day`` ("In August a soldier killed
    three Australians", "وفي مارس/آذار الماضي قتلت ..."): a background incident, whose toll is
    not the event's. Dates after "since", in a "who had" clause or about the people "among"
    the dead do not count, nor does a sentence that also names a day of the event."""
    text = facts.sentence.text
    dated = False
    for mention in facts.dates:
        if mention.date is None or mention.precision not in ("day", "week", "month"):
            continue
        if mention.relative:
            return False  # "on Monday", "yesterday": resolved against a dateline, too loose
        local = mention.start - facts.sentence.start
        if _SINCE.search(text[max(0, local - 30) : local]) or in_background(facts, local):
            continue
        if _AMONG.search(text[:local]):
            continue  # "among them X, one of the first to enter the palace in August"
        last = last_day(mention)
        if last >= day - dt.timedelta(days=SAME_INCIDENT_DAYS):
            return False
        dated = True
    return dated


def last_day(mention: DateMention) -> dt.date:
    """The last day a date of some precision may stand for ("in August": the 31st)."""
    assert mention.date is not None
    if mention.precision == "month":
        following = (mention.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return following - dt.timedelta(days=1)
    if mention.precision == "week":
        return mention.date + dt.timedelta(days=6)
    return mention.date


# "At least 19 were killed, among them X, one of the first to enter the palace in August":
# dates after "among them" describe the people named, not the incident.
_AMONG = re.compile(r"\b(?:among them|among the dead|including)\b", re.IGNORECASE)


# A clause about the past of someone or something named: "a militant who had been
# designated a terrorist in January", "X, who as governor of Nangarhar in 2021 had presided
# over ..."; its dates, places and agents are not the event's. The clause runs to the next
# comma; a few words may stand between the pronoun and "had".
_BACKGROUND_CLAUSE = re.compile(
    r"\b(?:who|which|whom)\s+(?:[^\s,;:]+\s+){0,8}?had\b[^,;:]*", re.IGNORECASE
)


def in_background(facts: Facts, local: int) -> bool:
    """Whether the sentence position ``local`` stands in a "who had ..." clause."""
    text = facts.sentence.text
    if "had" not in text:
        return False
    return any(m.start() <= local < m.end() for m in _BACKGROUND_CLAUSE.finditer(text))


# A sentence that opens on a later day or hour than the one just told: "The next day",
# "that night", "twelve days later", "Ertesi gün", "Üç gün sonra", "Через три дня", "На
# следующий день", "Два дня спустя". ``n``/``unit`` count the days; the fixed phrases are in
# ``_LATER_FIXED``.
_COUNT = r"(?P<{}>\d{{1,2}}|[^\W\d_]+(?:[ -][^\W\d_]+)?)"
_LATER = re.compile(
    r"\s*(?:(?:just|exactly|only|barely|precisely|tam|tam olarak|yalnızca|sadece|ровно|всего)\s+)?"
    r"(?:(?P<fixed>the (?:next|following) (?:day|morning|evening|night|week)"
    r"|that (?:same )?(?:morning|afternoon|evening|night)"
    r"|the same (?:day|morning|afternoon|evening|night)"
    r"|ertesi (?:gün|sabah|akşam|gece)|aynı (?:gün|gece|sabah|akşam)|o (?:gece|sabah|akşam)"
    r"|на следующий день|на другой день|на следующее утро|в тот же день|той же ночью"
    r"|тем же (?:утром|вечером)|в ту же ночь|в тот же вечер|через сутки|сутки спустя)"
    rf"|{_COUNT.format('n')}\s+(?P<unit>days?|weeks?|gün|hafta|дня|дней|день|недели|недель|неделю)"
    r"\s+(?:later|after that|sonra|спустя)"
    rf"|(?:через|спустя)\s+(?:{_COUNT.format('ru_n')}\s+)?(?P<ru_unit>дня|дней|день|недели|недель|неделю)"
    r"|(?:hours|days|weeks) later)(?!\w)",
    re.IGNORECASE,
)
_LATER_FIXED = {
    "next": 1,
    "following": 1,
    "ertesi": 1,
    "следующий": 1,
    "следующее": 1,
    "другой": 1,
    "сутки": 1,
}
_WEEK_UNITS = ("week", "hafta", "недел")
_COUNT_LANGUAGES = ("en", "tr", "ru")


def later_days(text: str) -> int | None:
    """How many days after the event just told a sentence opening on a later day is dated
    ("Twelve days later a bomb ..." -> 12; "That night ..." -> 0); None for "hours later",
    "weeks later" (no count) or a sentence that does not open so."""
    found = _LATER.match(text)
    if found is None:
        return None
    if found.group("fixed"):
        words = found.group("fixed").lower().split()
        days = next((_LATER_FIXED[w] for w in words if w in _LATER_FIXED), 0)
        return 7 * days if words[-1] == "week" else days
    unit = (found.group("unit") or found.group("ru_unit") or "").lower()
    if not unit:
        return None
    raw = found.group("n") or found.group("ru_n")
    count = 1 if raw is None else _count_value(raw)
    if count is None:
        return None
    return count * (7 if unit.startswith(_WEEK_UNITS) else 1)


def _count_value(raw: str) -> int | None:
    """ "twelve", "üç", "три", "12": the count of days (the languages' number words differ)."""
    low = raw.lower()
    if low in ("a", "one", "bir", "одну", "один"):
        return 1
    values = (figure_value(low, language) for language in _COUNT_LANGUAGES)
    return next((v for v in values if v is not None), None)


# "... was killed in February. ISKP later stated that he died on 14 February": the death of
# the person just told, by a pronoun.
_HIS_DEATH = re.compile(
    r"\b(?:he|she) (?:died|was killed|had been killed|was captured|had been captured)\b", re.I
)


def _same_death_refined(item: Facts, mention: DateMention, told: DateMention | None) -> bool:
    """A pronoun's death or capture dated to a day within the month the event gave."""
    if told is None or told.date is None or mention.date is None or told.precision != "month":
        return False
    same_month = (mention.date.year, mention.date.month) == (told.date.year, told.date.month)
    return same_month and _HIS_DEATH.search(item.sentence.text) is not None


# "Police arrested the two gunmen the same evening": a day told from the event just before,
# inside the sentence.
_SAME_OR_NEXT = re.compile(
    r"\b(?:the same (?P<same>day|evening|night)|the (?:next|following) (?P<next>day|morning))\b",
    re.IGNORECASE,
)


def _later_frame(item: Facts, last: Frame) -> Frame:
    """A frame opened by ``item``, following ``last`` when it opens with "the next day",
    "that evening" or "two days later", or is an arrest told "the same evening" or "the next
    day": dated from it when it gives no date of its own."""
    days = later_days(item.sentence.text)
    inside = _SAME_OR_NEXT.search(item.sentence.text)
    if days is None and inside is not None and _family(item) == "arrest" and not item.dates:
        days = 0 if inside.group("same") else 1
    if days is None:
        return Frame(item.index, (item.index,))
    return Frame(item.index, (item.index,), follows=last.anchor, days_after=days)


# "Among the dead was a former police chief of Baghlan", "Ölenler arasında ... da vardı",
# "Среди погибших был бывший начальник полиции": who died in the event just told; the place
# in the person's title is not another incident's.
_AMONG_THE_DEAD = re.compile(
    r"\s*(?:among (?:the|those) (?:dead|killed|victims|wounded|injured)"
    r"|(?:ölenler|hayatını kaybedenler|yaralananlar|kurbanlar) arasında"
    r"|среди (?:погибших|убитых|жертв|раненых|пострадавших))\b",
    re.IGNORECASE,
)


def _starts_another(item: Facts, frame: Frame, facts: list[Facts]) -> bool:
    """In an analysis, a sentence after an event that tells a different one."""
    if _AMONG_THE_DEAD.match(item.sentence.text) and not _own_date(item):
        return False
    if item.separate or _family(item) != _family(facts[frame.anchor]):
        return True
    if _LATER.match(item.sentence.text) and any(h.means in SPECIFIC_MEANS for h in item.triggers):
        return True  # "... killed four members in a raid. The next day a bomb exploded ..."
    mention = _own_date(item)
    if mention is not None and _same_death_refined(item, mention, _own_date(facts[frame.anchor])):
        return False
    if mention is not None and mention.date is not None:
        frame_mention = _own_date(facts[frame.anchor])
        if frame_mention is None or frame_mention.date is None:
            return True
        if abs((mention.date - frame_mention.date).days) > SAME_INCIDENT_DAYS:
            return True
        days = {mention.precision, frame_mention.precision} == {"day"}
        if days and mention.date != frame_mention.date and item.has_attack:
            return True  # "On 6 June ... killed the deputy governor. Two days later, on 8 June"
    admin1 = _admin1_told(item)
    frame_admin1 = _admin1_of(frame, facts)
    return admin1 is not None and frame_admin1 is not None and admin1 != frame_admin1


def _admin1_told(item: Facts) -> str | None:
    """The sentence's province, unless read in a clause about someone's past ("Muzammil,
    who as governor of Nangarhar had presided over ..., was killed")."""
    place = item.place
    if place is None or place.admin1 is None:
        return None
    span = place.admin1_span
    if span is not None and in_background(item, span[0] - item.sentence.start):
        return None
    return place.admin1


# "the most senior official killed since the takeover", "the deadliest attack of the year",
# "the fifth roadside-bomb incident on this road since June": a ranking or count of earlier
# incidents; its event word tells no incident of its own.
_RANKED = Gated(
    re.compile(
        r"\b(?:first|deadliest|worst|biggest|largest|bloodiest|most [\w-]+|highest[- ]ranking"
        r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:[\w'-]+\s+){0,7}?"
        r"(?:since|of the (?:year|war|decade)"
        r"|in (?:a|two|three) (?:decades?|years?)|in years)\b",
        re.IGNORECASE,
    )
)


# How many sentences after an event "ISKP claimed the attack" may stand and still claim it.
CLAIM_REACH = 3
# "claimed the attack", "claimed it", "claimed responsibility for the bombing": the incident
# just told.
_CLAIMED_IT = re.compile(
    r"\bclaimed (?:responsibility (?:for )?)?(?:it|(?:the|this|that) (?:\w+ )?(?:attack|bombing"
    r"|blast|explosion|assault|killing|assassination|raid|massacre|operation|attempt|plot))\b",
    re.IGNORECASE,
)
# The same claim in the other languages, the incident named as a definite object:
# "Saldırıyı örgüt ertesi gün üstlendi", "iki saldırıyı da üstlendi"; "взяла на себя
# ответственность за теракт", "ответственность взяло на себя «ИГ»" (no object: the one told);
# "أعلن التنظيم مسؤوليته عن الهجوم", "تبنى التنظيم التفجير".
_CLAIMED_IT_FOREIGN = re.compile(
    r"(?:saldırıyı|saldırıları|eylemi|patlamayı|suikastı|baskını)\b(?:\s+\S+){0,6}?\s+üstlen"
    r"(?:di|miş)"
    r"|ответственност\w*\s+(?:на\s+себя\s+)?за\s+(?:\w+\s+){0,2}?(?:теракт|нападени|взрыв|атак"
    r"|убийств|обстрел|подрыв)"
    r"|взя\w*\s+(?:на\s+себя\s+)?ответственност\w*+(?!\s+(?:на\s+себя\s+)?за)"
    r"|ответственност\w*\s+взял\w*\s+на\s+себя(?!\s+за)"
    r"|مسؤوليت\w*\s+عن\s+(?:هذا\s+)?(?:ال)?(?:هجوم|تفجير|اعتداء|عملية|اغتيال|انفجار)"
    r"|تبن[ىّ]\w*\s+(?:\S+\s+){0,3}?(?:ال)(?:هجوم|تفجير|اعتداء|عملية|اغتيال)",
    re.IGNORECASE,
)


def _claimed_past_arrest(item: Facts, frames: list[Frame], facts: list[Facts]) -> int | None:
    """The frame a claim belongs to when an arrest told just after the attack stands between
    them ("... was shot. Police arrested a suspect at the scene. ISKP claimed the attempt."):
    the attack before the arrest, not the arrest, is what the group claims."""
    if len(frames) < 2 or not _claims_it(item):
        return None
    arrest, attack = frames[-1], frames[-2]
    if item.index - arrest.members[-1] > 1 or arrest.anchor - attack.members[-1] > 1:
        return None
    if not all(h.means == "arrest" for h in facts[arrest.anchor].triggers):
        return None
    return len(frames) - 2


def _claims_it(item: Facts) -> bool:
    """ "ISKP claimed the attack the same day": a claim of the incident just told, no
    incident of its own (no toll, no date other than one relative to it)."""
    return (
        bool(item.roles("claim"))
        and not item.casualties
        and all(d.relative for d in item.dates)
        and (
            _CLAIMED_IT.search(item.sentence.text) is not None
            or _CLAIMED_IT_FOREIGN.search(item.sentence.text) is not None
        )
        and len(item.triggers) <= 1
    )


# "The wrestling club attack of September 2018 is typical", "The killing of X in December
# sums up ...", "Since the bombing at the consular gate in September 2022, the group has
# ...": an incident named again as the subject of a remark, with no day of its own.
_NAMED_AGAIN = re.compile(
    r"\s*(?:Since )?The\s+(?:[\w'-]+\s+){0,4}?(?:attacks?|bombings?|killings?|assassinations?"
    r"|raids?|strikes?|blasts?|explosions?|massacres?|ambush(?:es)?)\b",
    re.IGNORECASE,
)


# "...; the Mazar bombing made that claim look hollow": an incident named by its place or
# target, inside a sentence, is one the text has told already.
_NAMED_BY_PLACE = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:attacks?|bombings?|killings?|assassinations?"
    r"|raids?|strikes?|blasts?|explosions?|massacres?|ambush(?:es)?)\b"
)


def _mentioned_again(item: Facts) -> bool:
    if any(d.precision == "day" for d in item.dates):
        return False
    return _NAMED_AGAIN.match(item.sentence.text) is not None or _named_by_place(item)


def _named_by_place(item: Facts) -> bool:
    """Every event word of the sentence stands in a "the <Name> bombing" back-reference, and
    it gives no day."""
    text = item.sentence.text
    if "the " not in text.lower() or not item.triggers:
        return False
    if any(d.precision == "day" for d in item.dates):
        return False
    start = item.sentence.start
    spans = [(m.start() + start, m.end() + start) for m in _NAMED_BY_PLACE.finditer(text)]
    return bool(spans) and all(any(a <= h.start < b for a, b in spans) for h in item.triggers)


# "This year alone the group has killed a governor and sent a bomber to the ministry": a
# tally in the perfect tense; the incidents it sums up are told on their own.
_PERFECT_TALLY = re.compile(
    r"\b(?:has|have) (?:\w+ly )?(?:killed|attacked|bombed|struck|sent|targeted|hit|carried out"
    r"|mounted|staged)\b",
    re.IGNORECASE,
)
# Rumours and mass actions, not one incident: "Reports circulated in June that the emir had
# been killed", "suspects were detained in large numbers".
_NOT_ONE_INCIDENT = re.compile(
    r"\b(?:reports? (?:circulated|surfaced)|unconfirmed reports?|rumou?rs? (?:that|of)"
    r"|in (?:large|great|growing|huge) numbers|en masse)\b",
    re.IGNORECASE,
)


# The same tally in the passive, of people with no count or a vague one: "Dozens of
# mid-ranking Taliban figures have been shot or bombed since 2022", "Families of suspects
# have been detained to force surrenders".
_PERFECT_PASSIVE_TALLY = Gated(
    re.compile(
        r"\b(?:has|have) been (?:\w+ly )?(?:killed|shot|bombed|attacked|targeted|struck|detained"
        r"|arrested|abducted|kidnapped|executed|assassinated|murdered)\b",
        re.IGNORECASE,
    )
)
# A sentence about someone's past, in the pluperfect with a word that sets it before the
# story: "Muzammil had previously commanded Taliban units fighting ISKP in Nangarhar".
_EARLIER_LIFE = Gated(
    re.compile(r"\bhad (?:previously|formerly|once|long|earlier|already) \w+ed\b", re.IGNORECASE)
)


def _summed_up(item: Facts) -> bool:
    """A sentence that sums up or rumours incidents rather than telling one."""
    if _NOT_ONE_INCIDENT.search(item.sentence.text):
        return True
    dated = any(d.precision in ("day", "week", "month") for d in item.dates)
    return not dated and _PERFECT_TALLY.search(item.sentence.text) is not None


def _tally_or_past(item: Facts) -> bool:
    """A sentence with no day, month or exact toll that sums up people harmed in the
    passive ("Dozens of ... figures have been shot or bombed since 2022") or tells the
    earlier life of someone named ("X had previously commanded units fighting ISKP in
    Nangarhar"): it neither tells an event nor adds to the one before."""
    if any(d.precision in ("day", "week", "month") for d in item.dates):
        return False
    text = item.sentence.text
    if not item.casualties and _EARLIER_LIFE.search(text) is not None:
        return True
    uncounted = all(c.quantity.vague for c in item.casualties)
    return uncounted and _PERFECT_PASSIVE_TALLY.search(text) is not None


def _outside_rankings(item: Facts) -> Facts:
    """The sentence's facts without the event words that only rank it against others."""
    text, start = item.sentence.text, item.sentence.start
    spans = [(m.start() + start, m.end() + start) for m in _RANKED.finditer(text)]
    if not spans:
        return item
    kept = tuple(h for h in item.triggers if not any(a <= h.start < b for a, b in spans))
    return dataclasses.replace(item, triggers=kept)


# Remarks about attacks in general, told with the words of one: a gerund as the subject
# ("Killing leaders has been the favourite tool of ...", "Killing them is harder than ..."),
# "each" or "every" ("Each strike kills civilians in Khost"), the present passive ("cannot
# afford to look indifferent when its guests are killed").
_GENERIC_REMARK = Gated(
    re.compile(
        r"^\s*(?:Killing|Bombing|Attacking|Targeting|Kidnapping|Assassinating|Arresting|Striking)"
        r"\s+(?:[\w'’-]+\s+){0,5}?(?:is|was|has been|have been|remains|remained|would be|will be)\b"
        r"|^\s*(?:Each|Every)\s+(?:[\w'’-]+\s+){0,3}?(?:attack|strike|raid|bombing|blast)\b"
        r"|\b(?:are|is|get|gets) (?:killed|attacked|targeted|kidnapped|bombed|abducted)\b"
        # how often such attacks happen: "Targeted killings of clerics in Balkh are rare"
        r"|\b(?:attacks|killings|bombings|strikes|raids|assassinations|kidnappings|abductions)"
        r"\s+(?:(?:of|on|against|in)\s+(?:[\w'’-]+\s+){1,5}?)?(?:are|remain|remained|were)"
        r"\s+(?:\w+ly\s+)?(?:rare|common|frequent|routine|uncommon|unusual|infrequent)\b"
        # a trend: "By the spring, its claimed attacks in Nangarhar had fallen sharply"
        r"|\b(?:attacks|killings|bombings|strikes|raids|assassinations|kidnappings|abductions)"
        r"\s+(?:(?:in|on|against|of)\s+(?:[\w'’-]+\s+){1,3}?)?(?:had|have|has)\s+"
        r"(?:\w+ly\s+)?(?:fallen|declined|dropped|risen|increased|decreased|dwindled|slowed)\b"
        # what one attack, were it to happen, would do: "a raid on a TTP leader in Kabul
        # would mark a new phase"
        r"|\b(?:a|an|any)\s+(?:[\w'’-]+\s+)?(?:attack|strike|raid|bombing|blast|assault)\b"
        r"[^.;:!?]{0,60}?\b(?:would|could|might)\s+(?:\w+ly\s+)?(?:mark|be|mean|signal|show|"
        r"trigger|provoke|change|open|test)\b",
        re.IGNORECASE,
    )
)


def _generic_remark(item: Facts) -> bool:
    """An analysis sentence that speaks of attacks in general, with no day, month or toll of
    its own: it neither tells an event nor adds to the one before."""
    counted = any(not c.quantity.vague for c in item.casualties)
    if counted and not _GERUND_SUBJECT.match(item.sentence.text):
        return False  # "Each strike killed four" counts the dead of one; "kills civilians" none
    if any(d.precision in ("day", "week", "month") for d in item.dates):
        return False
    return _GENERIC_REMARK.search(item.sentence.text) is not None


_GERUND_SUBJECT = re.compile(r"\s*(?:Killing|Bombing|Attacking|Targeting)\b")


def analysis_frames(facts: list[Facts]) -> list[Frame]:
    frames: list[Frame] = []
    for item in (_outside_rankings(f) for f in body(facts)):
        if item.has_event_trigger and (_generic_remark(item) or _tally_or_past(item)):
            continue
        last = frames[-1] if frames else None
        claimed = _claimed_past_arrest(item, frames, facts)
        if claimed is not None:  # "... arrested a suspect at the scene. ISKP claimed it."
            frames[claimed] = dataclasses.replace(
                frames[claimed], members=(*frames[claimed].members, item.index)
            )
            continue
        # one sentence without an event may stand between an event and its toll: "...
        # attacked the mosque in Kandahar. The first was shot at the gate. At least 47 died."
        gap = ANALYSIS_GAP if last is not None and _supports(item) and not item.dates else 1
        adjacent = last is not None and item.index - last.members[-1] <= gap
        if last is not None and adjacent:
            opens = (
                is_candidate(item)
                and _starts_another(item, last, facts)
                and not _named_by_place(item)
            )
            if not opens and (is_candidate(item) or _supports(item) or _details(item, last)):
                frames[-1] = dataclasses.replace(last, members=(*last.members, item.index))
                continue
            if opens:
                frames.append(_with_heading(_opened(item, frames, last, facts), item, facts))
                continue
        if _claims_it(item):
            if last is not None and item.index - last.members[-1] <= CLAIM_REACH:
                frames[-1] = dataclasses.replace(last, members=(*last.members, item.index))
            continue
        if (
            is_candidate(item)
            and _anchored(item)
            and not _habitual(item)
            and not _placed_only(item)
            and not _mentioned_again(item)
            and not _summed_up(item)
        ):
            above = _heading_of(item, facts) or _section_heading(item, facts)
            frame = Frame(item.index, (*above, item.index))
            if last is not None:  # "Twelve days later ..." after a remark on the last event
                frame = _dated_after(frame, item, last, facts)
                named = _after_named(item, frames, facts)
                if named is not None:
                    frame = dataclasses.replace(
                        frame, follows=named.follows, days_after=named.days_after, dated_only=True
                    )
            frames.append(
                _placed_by_lead(_dated_by_lead(frame, item, last, facts), item, last, facts)
            )
            continue
    return _lead_ins_joined(frames, facts)


# "Ten days after Qari Fateh's death, a suicide bomber ...": dated from the earlier event
# the sentence names, which need not be the one just told.
_AFTER_NAMED = re.compile(
    r"\s*(?:(?:just|only|barely|exactly|some)\s+)?"
    + _COUNT.format("n")
    + r"\s+(?P<unit>days?|weeks?)\s+after\s+(?P<what>[^,;.]{3,80}?)\s*,",
    re.IGNORECASE,
)
_NAME_IN = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w-]+)*")


def _after_named(item: Facts, frames: list[Frame], facts: list[Facts]) -> Frame | None:
    """A frame for ``item`` dated from the latest earlier event whose sentences name what its
    opening "N days after <name>'s death" names."""
    found = _AFTER_NAMED.match(item.sentence.text)
    if found is None:
        return None
    count = _count_value(found.group("n"))
    names = [re.sub(r"['’]s$", "", n) for n in _NAME_IN.findall(found.group("what"))]
    names = [n for n in names if len(n) > 3]
    if count is None or not names:
        return None
    days = count * (7 if found.group("unit").lower().startswith("week") else 1)
    for frame in reversed(frames):
        told = " ".join(facts[i].sentence.text for i in frame.members)
        if any(name in told for name in names):
            return Frame(item.index, (item.index,), follows=frame.anchor, days_after=days)
    return None


def _opened(item: Facts, frames: list[Frame], last: Frame, facts: list[Facts]) -> Frame:
    """The frame a sentence opens right after another event: dated from an event it names
    ("ten days after X's death"), from the event just told ("the next day"), or from the
    remark between them that dates it ("... reaches back to 1 January 2017. That night ...")."""
    named = _after_named(item, frames, facts)
    if named is not None:
        return named
    return _dated_by_lead(_later_frame(item, last), item, last, facts)


def _with_heading(frame: Frame, item: Facts, facts: list[Facts]) -> Frame:
    """A frame opened right after another event, with the heading of its own section when
    that gives the day or place ("### Dasht-e-Barchi, 26 October 2023 / An explosion at a
    boxing club killed four"); not one dated from the event before."""
    if frame.follows is not None or frame.members != (item.index,):
        return frame
    above = _heading_of(item, facts) or _section_heading(item, facts)
    return dataclasses.replace(frame, members=(*above, *frame.members)) if above else frame


# A threat is dated to the month of the piece that carried it: "In March 2025 the group's
# magazine published a list of targets. The list named the embassy of X ...".
_LEAD_PRECISIONS = {"threat": ("day", "month")}


def _dated_by_lead(frame: Frame, item: Facts, last: Frame | None, facts: list[Facts]) -> Frame:
    """An event sentence with no date of its own, right after a sentence that gives a day
    and tells no event: the day is the event's. "Memory of it reaches back to 1 January
    2017. That night a gunman opened fire in a nightclub" (that night counts from the day
    just given, not from an earlier event); "The group's first big attack came on 26 October
    2022 at a shrine in Shiraz. A gunman walked in and shot 13 visitors" (the lead-in joins
    the event: it may name the place)."""
    before = item.index - 1
    headings = frame.members[: frame.members.index(item.index)]
    if before < 0 or before in headings or _own_date(item) is not None:
        return frame
    if last is not None and before <= last.members[-1]:
        return frame
    if not all(is_heading(facts[i]) for i in headings):
        return frame
    lead = facts[before]
    mention = _own_date(lead)
    if (
        mention is None
        or mention.precision not in _LEAD_PRECISIONS.get(_family(item), ("day",))
        or mention.relative
        or lead.triggers
        or lead.casualties
        or _APPARATUS.match(lead.sentence.text)
    ):
        return frame
    days = later_days(item.sentence.text)
    if frame.follows is not None and (days is None or frame.days_after != days):
        return frame  # "ten days after X's death", "arrested the same evening": dated already
    if days is not None:
        return dataclasses.replace(frame, follows=before, days_after=days, dated_only=True)
    members = (*headings, before, *frame.members[len(headings) :])
    return dataclasses.replace(frame, members=members, follows=None, dated_only=False)


# "there" pointing back to a place, not the "there is/was" that only says something exists.
_THERE = Gated(
    re.compile(
        r"(?<!^)(?<![.:;] )\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might"
        r"|must|can|could|seems?|seemed|appears?|appeared|remains?|remained)\b)"
    )
)


def _placed_by_lead(frame: Frame, item: Facts, last: Frame | None, facts: list[Facts]) -> Frame:
    """An event sentence placed only by "there", right after a sentence that names a place
    and tells nothing else: "The pattern was set in Kabul's district of Dasht-e-Barchi. In
    December 2017 a bomber struck a cultural centre there" (the lead-in joins the event for
    its place; it has no date, toll or event word to lend)."""
    before = item.index - 1
    if before < 0 or before in frame.members or frame.members[0] != item.index:
        return frame
    if last is not None and before <= last.members[-1]:
        return frame  # the sentence before belongs to the event told before
    if item.place is not None or not _THERE.search(item.sentence.text):
        return frame
    lead = facts[before]
    if lead.triggers or lead.casualties or lead.dates or is_heading(lead):
        return frame
    if lead.place is None or lead.place.admin1 is None:
        return frame
    return dataclasses.replace(frame, members=(before, *frame.members))


def _dated_after(frame: Frame, item: Facts, last: Frame, facts: list[Facts]) -> Frame:
    """``frame``, dated from the event ``last`` told when ``item`` opens on a later day, or
    when the sentence just before it does and tells nothing itself: "Üç gün sonra örgüt ilk
    kez bir yabancı misyonu hedef aldı. Büyükelçiliğin kapısında bir bomba patladı ..." (the
    lead-in joins the event: it may name the place)."""
    days = later_days(item.sentence.text)
    if days is not None:
        return dataclasses.replace(frame, follows=last.anchor, days_after=days, dated_only=True)
    before = item.index - 1
    if _own_date(item) is not None or before <= last.members[-1] or before in frame.members:
        return frame
    lead = facts[before]
    days = later_days(lead.sentence.text)
    if days is None or lead.dates or lead.casualties or _APPARATUS.match(lead.sentence.text):
        return frame
    members = (before, *frame.members)
    return dataclasses.replace(
        frame, members=members, follows=last.anchor, days_after=days, dated_only=True
    )


def _lead_ins_joined(frames: list[Frame], facts: list[Facts]) -> list[Frame]:
    """ "Three months later the group struck in the north-east. On 6 June 2023 a suicide car
    bomber killed ...": a one-sentence frame with no date and no toll, followed at once by a
    day-dated telling of the same kind of event, announces that event; it joins it."""
    out: list[Frame] = []
    for frame in frames:
        before = out[-1] if out else None
        if (
            before is not None
            and before.members == (before.anchor,)
            and before.follows is None  # "Ten days later ... captured X": dated, no lead-in
            and frame.anchor == before.anchor + 1
            and not facts[before.anchor].casualties
            and not facts[before.anchor].dates
            and _day_dated(facts[frame.anchor])
            and _family(facts[before.anchor]) == _family(facts[frame.anchor])
        ):
            out[-1] = dataclasses.replace(frame, members=(before.anchor, *frame.members))
            continue
        out.append(frame)
    return out


# How far above an event its section heading may stand ("### Dasht-e-Barchi, 26 October
# 2023" over "An explosion at a boxing club ... killed four young men"; "## Shiraz, twice").
HEADING_REACH = 6


# "He was killed by a drone strike ...": the subject is the person the section is about.
_PRONOUN_SUBJECT = re.compile(r"\s*(?:He|She) (?:was|had been) (?:\w+ly )?(?:killed|captured)")


def _section_heading(item: Facts, facts: list[Facts]) -> tuple[int, ...]:
    """The heading of the event's section, when it gives a day or a place the event's own
    sentence does not."""
    pronoun = bool(_PRONOUN_SUBJECT.match(item.sentence.text))
    if _day_dated(item) and item.place is not None and not pronoun:
        return ()
    for index in range(item.index - 1, max(-1, item.index - 1 - HEADING_REACH), -1):
        if is_heading(facts[index]):
            above = facts[index]
            adds = (
                pronoun
                or (_day_dated(above) and not _day_dated(item))
                or (above.place is not None and item.place is None)
            )
            return (index,) if adds else ()
    return ()


def is_heading(facts: Facts) -> bool:
    """A heading or a bold line, not the notes section."""
    text = facts.sentence.text
    return bool(_APPARATUS.match(text) or _NUMBERED_HEADING.match(text)) and not (
        _NOTES_HEADING.match(text)
    )


# A short heading line over a numbered paragraph ("Senior figures killed\n3."), as reports in
# numbered paragraphs run them together.
_NUMBERED_HEADING = re.compile(r"\s*[^\n.!?]{1,60}\n\s*(?:\d{1,3}|[IVX]{1,5})\.\s*$")


# A sentence that starts with what happened, its subject in the heading above it:
# "**Mawlawi Hamdullah Mukhlis, commander of the Kabul corps.** Killed on 2 November 2021 ..."
SUBJECTLESS = re.compile(
    r"\s*(?:Killed|Captured|Arrested|Detained|Wounded|Injured|Assassinated|Executed|Shot dead"
    r"|Surrendered)\b"
)


def _heading_of(item: Facts, facts: list[Facts]) -> tuple[int, ...]:
    """The heading line just before a subjectless sentence, which names its subject."""
    before = item.index - 1
    if before < 0 or not SUBJECTLESS.match(item.sentence.text):
        return ()
    heading = facts[before].sentence.text
    return (before,) if _APPARATUS.match(heading) and not _NOTES_HEADING.match(heading) else ()


_PLURAL_EVENT_WORD = re.compile(
    r"(?:attacks|bombings|blasts|explosions|raids|operations|killings|strikes|assaults|"
    r"ambushes|assassinations|abductions|kidnappings|arrests|campaign|clashes"
    r"|saldırılar\w*|eylemler\w*|bombalamalar\w*|çatışmalar\w*"
    r"|нападения|нападений|теракты|терактов|атаки|атак|взрывы|взрывов|столкновения"
    # Arabic plurals, with any clitic glued before them ("الهجمات", "وتفجيرات")
    r"|هجمات|تفجيرات|انفجارات|اعتداءات|اغتيالات|عمليات|مواجهات|اشتباكات)$",
    re.IGNORECASE,
)


def _habitual(facts: Facts) -> bool:
    """ "In the months after August 2021, ISKP claimed attacks almost every week": only plural
    event words, no day, no toll: a pattern of attacks, not one."""
    if facts.casualties or any(d.precision == "day" for d in facts.dates):
        return False
    if any(h.means == "arrest" and _TOLD_VERB.search(h.text) for h in facts.triggers):
        return False  # "arrested men it accused of preparing attacks": the arrest happened
    return (
        bool(facts.triggers)
        and all(
            _PLURAL_EVENT_WORD.search(h.text) for h in facts.triggers if h.means in ATTACK_MEANS
        )
        and any(h.means in ATTACK_MEANS for h in facts.triggers)
    )


def body(facts: list[Facts]) -> list[Facts]:
    """The sentences of the text proper: no headings, list of notes or footnotes."""
    kept = []
    for item in facts:
        text = item.sentence.text
        if _NOTES_HEADING.match(text):
            break
        if not _APPARATUS.match(text) and not _NUMBERED_HEADING.match(text):
            kept.append(item)
    return kept


def build_frames(
    genre: Genre,
    facts: list[Facts],
    blocks: list[SummaryBlock],
    dateline_end: int = 0,
    report_day: dt.date | None = None,
) -> list[Frame]:
    """``report_day``: the dateline's day or the publication date of a wire report."""
    if genre == "summary":
        return summary_frames(facts, blocks)
    if genre == "wire":
        return wire_frames(facts, dateline_end, report_day)
    return analysis_frames(facts)
