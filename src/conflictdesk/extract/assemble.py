"""From a frame of sentence facts to an ``Event`` with its evidence and field spans.

Perpetrator rule (docs/gold-format.md): actor1 is the group that claimed; else the group the
text blames ("sources attributed the attack to X", "suspected X militants"); else the group
the sentence makes the agent ("Taliban fighters attacked"); else unknown. ``claimed_by`` is
set only when a claim is stated. actor2 is the side acted upon when it is an actor: the
group attacked, the state whose mission was hit, or the government of the day when its
police, soldiers or offices were the target (the former republic's forces until
2021-08-15, the Taliban from then on).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from conflictdesk.extract import casualties, suicide_told
from conflictdesk.extract.actors import ActorHit, find_actors, is_anaphor, is_state, localise
from conflictdesk.extract.attackers_told import attackers_told
from conflictdesk.extract.bystander_claims import claims_of_others
from conflictdesk.extract.cache import per_registry
from conflictdesk.extract.caseless import Gated
from conflictdesk.extract.classify import EventClass, classify, firearms_first
from conflictdesk.extract.dates import DateMention
from conflictdesk.extract.facts import Facts
from conflictdesk.extract.frames import (
    Frame,
    claims_before_apart,
    dated_before,
    deed_triggers,
    holds_day,
    in_background,
    is_heading,
    last_day,
)
from conflictdesk.extract.numbers import Quantity, figure_value
from conflictdesk.extract.persons import find_persons, holds_office, leader_tags
from conflictdesk.extract.places import (
    DISTRICT_WORDS,
    PlaceFix,
    called_a_district,
    lookup,
    place_of,
    unknown_settlement,
)
from conflictdesk.extract.report_dates import bounds_period, said_on
from conflictdesk.extract.state_agents import militants_hit, names_state_agent, state_side
from conflictdesk.extract.target_rules import accused_militants, hijacked_transport, refine
from conflictdesk.extract.targets import (
    ARMED_TARGETS,
    AT_SCENE_AFTER,
    NON_STATE,
    Candidate,
    TargetChoice,
    candidates,
    choose,
    dated_type,
    is_prominent,
)
from conflictdesk.extract.tolls import aggregate_report, unnumbered_attackers
from conflictdesk.extract.triggers import ASSAULT_MEANS, EXPLOSIVE_MEANS, TriggerHit
from conflictdesk.model import (
    DatePrecision,
    DeathsBySide,
    Document,
    Event,
    FieldSpan,
    PersonRef,
    Source,
    iso,
)
from conflictdesk.resolve.registry import KnownPerson, Registry
from conflictdesk.vocab import HIGH_PROFILE_TARGETS

_ROLE_ORDER = ("claim", "attribution", "agent")
# Fields whose grounding makes up the confidence score, with their weights.
_CONFIDENCE_WEIGHTS = {
    "event_type": 0.25,
    "event_date": 0.15,
    "admin1": 0.15,
    "actor1": 0.15,
    "target_type": 0.1,
    "fatalities": 0.1,
    "location": 0.1,
}
_SECURITY_SERVICE = re.compile(
    r"intelligence|directorate of security|\bNDS\b|police|army|soldier", re.IGNORECASE
)
_GOVERNMENT_TARGETS = {"Police": "forces", "Military": "forces", "Government (General)": "gov"}


@dataclass(frozen=True, slots=True)
class Context:
    """What every event of one document shares."""

    document: Document
    registry: Registry
    language: str
    genre: str
    reference: dt.date | None
    dateline_place: PlaceFix | None
    dateline_date: dt.date | None
    dateline_end: int = 0
    groups: tuple[str, ...] = ()  # the document's armed groups, most named first
    # the pack's people the document names in full, by last name (see persons.surnames)
    surnames: Mapping[str, KnownPerson] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _When:
    date: dt.date | None
    precision: DatePrecision
    span: tuple[int, int] | None


def _precision(value: str) -> DatePrecision:
    for known in ("day", "week", "month", "year"):
        if value == known:
            return known
    return "unknown"


def event_id(document_id: str, start: int, end: int, event_type: str | None) -> str:
    digest = hashlib.sha1(f"{document_id}|{start}|{end}|{event_type}".encode()).hexdigest()
    return "ev-" + digest[:12]


def _ordered(frame: Frame, facts: list[Facts]) -> list[Facts]:
    rest = [facts[i] for i in frame.members if i != frame.anchor]
    return [facts[frame.anchor], *rest]


# "the day after the Kandahar bombing, gunmen attacked ...": an event word that only dates
# the sentence's event by another one.
_TIME_POINT = Gated(
    re.compile(
        r"\b(?:day|night|morning|evening|week|month|year|hours|days|weeks|months)\s+"
        r"(?:after|before)\s+(?:the|that|this)\s+(?:[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)


def _own_hits(anchor: Facts) -> list[TriggerHit]:
    """The anchor's event words, without those that only serve as a time point."""
    text, start = anchor.sentence.text, anchor.sentence.start
    own = [
        h
        for h in deed_triggers(anchor)
        if not _TIME_POINT.search(text[max(0, h.start - start - 60) : max(0, h.start - start)])
    ]
    return own or list(deed_triggers(anchor))


def _hits(frame: Frame, members: list[Facts]) -> list[TriggerHit]:
    anchor = members[0]
    hits = _own_hits(anchor)
    own = len(hits)
    if frame.block is not None or anchor.has_attack:
        for other in members[1:]:
            if other.general:
                continue  # "ISKP, which has carried out bombings ...": not this event's means
            if not other.roles("claim") and not other.roles("attribution"):
                hits.extend(h for h in other.triggers if h.means not in ("arrest", "threat"))
            elif not other.dates:  # a dated claim ("claimed in April a bombing") is another's
                hits.extend(h for h in other.triggers if h.means in _CLAIM_TELLS)
    return _without_answering_air_strikes(_without_bomb_squads(hits, members), own)


# A bomb squad named by the explosives it handles: "خبراء المتفجرات" (the explosives experts),
# "فريق إبطال المتفجرات", "explosives experts", "bomb disposal team", "bomba imha ekibi". The
# word names who came to make a device safe, not a device that was used.
_SQUAD_BEFORE = Gated(re.compile(r"(?:خبراء|خبير|فريق|فرق|وحدة)\s+(?:(?:إبطال|تفكيك|نزع)\s+)?$"))
_SQUAD_AFTER = Gated(
    re.compile(r"^\s*(?:experts?|squads?|disposal|technicians?|imha|uzman\w*)(?!\w)", re.IGNORECASE)
)


def _without_bomb_squads(hits: list[TriggerHit], members: list[Facts]) -> list[TriggerHit]:
    """The event's words without explosive words that name a bomb squad (``_SQUAD_BEFORE``)."""
    kept = []
    for hit in hits:
        item = next((m for m in members if m.sentence.start <= hit.start < m.sentence.end), None)
        if item is not None and hit.means in EXPLOSIVE_MEANS:
            text, local = item.sentence.text, hit.start - item.sentence.start
            end = hit.end - item.sentence.start
            if _SQUAD_BEFORE.search(text[max(0, local - 25) : local]) or _SQUAD_AFTER.match(
                text[end : end + 20]
            ):
                continue
        kept.append(hit)
    return kept


# The lead's own acts on the ground: a raid, a clash, shooting, a fire set.
_GROUND_ACTS = frozenset({*ASSAULT_MEANS, "arson", "destroy", "overrun"})


def _without_answering_air_strikes(hits: list[TriggerHit], own: int) -> list[TriggerHit]:
    """The event's words without the air strikes of later sentences when the lead tells an
    act on the ground and no explosive ("militants attacked army posts ... soldiers repelled
    them with air support", "they burned the mast ... saying foreign troops guide air strikes
    by phone signals"): an air strike answers such an attack or is spoken of in general; the
    lead's act decides the event's type."""
    lead = {h.means for h in hits[:own]}
    if not lead & _GROUND_ACTS or lead & set(EXPLOSIVE_MEANS):
        return hits
    return hits[:own] + [h for h in hits[own:] if h.means != "air"]


# A claim or blame sentence still tells how the attack was carried out: "officials said the
# victims had been beheaded; the group denied it", "the Taliban claimed the roadside bomb".
# Only its words for a weapon count, not its bare "attack" or "killing" (often the claim's
# own boast).
_WEAPON_MEANS = frozenset({*EXPLOSIVE_MEANS, "firearm", "melee"})
# ... and its word for an assassination, the kind of act the group claimed ("claimed
# responsibility for the assassination", "أعلن مسؤوليته عن الاغتيال"): the reporter's name for
# the act, where a bare "attack" may be the claimant's own.
_CLAIM_TELLS = _WEAPON_MEANS | {"assassination"}


def _day_of(item: Facts, ctx: Context) -> dt.date | None:
    """The day an event's sentence gives, when it gives one."""
    for mention in item.dates:
        if (
            mention.date is not None
            and mention.precision == "day"
            and mention.start >= ctx.dateline_end  # the dateline's day is the report's
            and not _date_of_report(item, mention, ctx.language)
        ):
            return mention.date
    return None


def _when(
    frame: Frame,
    members: list[Facts],
    ctx: Context,
    facts: list[Facts] | None = None,
    *,
    threat: bool = False,
) -> _When:
    """``threat``: the event is a threat, made when the piece carrying it came out ("a
    magazine released that November named the embassy ..."), so the release's date is its."""
    block = frame.block
    if block is not None and block.date is not None:
        return _When(block.date, block.precision, (block.start, block.prefix_end - 1))
    # "A week later, two bombers struck ... during Friday prayers": the day counted from the
    # event just told outranks a weekday or "yesterday" resolved against the publication day
    counted = _counted_day(frame, facts, ctx)
    # The sentence that states the event first, then the others; a date the event was told on
    # ("rose to 54 on Monday", "said on Tuesday") only when no sentence dates the event itself.
    # A side incident is never dated by when something was said about it.
    for reported in (False, True):
        if reported and not (frame.main or frame.block is not None):
            break
        for index, group in enumerate((members[:1], members[1:])):
            # an event dated from an earlier one ("ten days after X's death") is not dated by a
            # year a later sentence names in passing ("he had governed Nangarhar in 2021")
            loose = index == 1 and frame.follows is not None
            background = index == 1 and _wire_main(frame, ctx)
            candidates = [
                (item, mention)
                for item in group
                for mention in item.dates
                if mention.date is not None
                and mention.start >= ctx.dateline_end
                and not _bounds_period(item, mention, ctx.language)
                and not (loose and mention.precision == "year")
                and not (background and _elsewhere_in_time(mention, ctx))
                and not (counted is not None and mention.relative)
            ]
            told = [c for c in candidates if threat or not _date_of_report(*c, ctx.language)]
            if ctx.genre == "analysis":
                told = [c for c in told if not _in_background(*c)]
            # "claimed Friday's suicide attack": a date naming the event is its date
            owned = [c for c in candidates if _date_of_event(*c)]
            if ctx.genre == "analysis":
                owned = [c for c in owned if not _in_background(*c)]
            for _, mention in candidates if reported else owned or told:
                if ctx.genre == "analysis":
                    mention = _day_within(mention, members)
                assert mention.date is not None
                span = (mention.start, mention.end)
                return _When(mention.date, _precision(mention.precision), span)
    if counted is not None:
        return _When(counted, "day", None)
    if ctx.genre == "wire" and frame.main:
        day = ctx.dateline_date or ctx.document.published
        if day is not None:
            return _When(day, "day", None)
    return _When(None, "unknown", None)


def _counted_day(frame: Frame, facts: list[Facts] | None, ctx: Context) -> dt.date | None:
    """The day of a frame told as following an earlier event ("two days later"): that
    event's day plus the count."""
    if frame.follows is None or facts is None:
        return None
    earlier = _day_of(facts[frame.follows], ctx)
    return None if earlier is None else earlier + dt.timedelta(days=frame.days_after)


def _wire_main(frame: Frame, ctx: Context) -> bool:
    return ctx.genre == "wire" and frame.main and frame.block is None


def _elsewhere_in_time(mention: DateMention, ctx: Context) -> bool:
    """A year or month in a later sentence of a wire report that does not hold the report's
    day ("a stronghold since it emerged in 2015", "In October, too, ..."): background, not
    the day of the main incident, which the lead left to the report's day."""
    day = ctx.dateline_date or ctx.document.published
    if day is None or mention.precision not in ("year", "month"):
        return False
    return mention.date is not None and not holds_day(mention, day)


# A date that names the event it belongs to: "Friday's suicide bombing", "the 15 October attack".
_EVENT_NOUN = re.compile(
    r"^(?:'s|’s)\s+(?:\w+\s+){0,2}(?:attack|bombing|blast|explosion|assault|raid|strike|"
    r"ambush|shooting|killing|massacre)",
    re.IGNORECASE,
)


def _in_background(item: Facts, mention: DateMention) -> bool:
    return in_background(item, mention.start - item.sentence.start)


def _agent_in_background(hit: ActorHit, item: Facts, ctx: Context) -> bool:
    """ "a militant who had been designated a terrorist by India", "a report by the UN
    recorded that ...": not who acted."""
    local = hit.start - item.sentence.start
    if _SOURCE_BY.search(item.sentence.text[max(0, local - 50) : local]):
        return True
    return ctx.genre == "analysis" and in_background(item, local)


# The author of a report or statement, named as its source.
_SOURCE_BY = re.compile(
    r"\b(?:report|statement|study|assessment|review|account|survey|tally)s?"
    r"(?: (?:issued|published|released))? by (?:the )?$",
    re.IGNORECASE,
)


def _day_within(mention: DateMention, members: list[Facts]) -> DateMention:
    """A month the event gives, made a day by another of its sentences ("killed in
    February ... he died on 14 February")."""
    if mention.precision != "month" or mention.date is None:
        return mention
    month = (mention.date.year, mention.date.month)
    for item in members:
        for other in item.dates:
            day = other.date if other.precision == "day" else None
            if day is not None and (day.year, day.month) == month:
                return other
    return mention


def _date_of_report(item: Facts, mention: DateMention, language: str) -> bool:
    """ "officials said on Monday", "сообщили в субботу": when it was told, not when it was
    done (see ``report_dates``). Outside English a statement dated only by its month or year
    ("وكان التنظيم قد تبنى في يونيو 2017 هجومين") is a past claim that dates its attack too."""
    if language != "en" and mention.precision != "day":
        return False
    start = item.sentence.start
    return said_on(item.sentence.text, mention.start - start, mention.end - start, language)


def _bounds_period(item: Facts, mention: DateMention, language: str) -> bool:
    """ "operations since 2010", "2010'dan bu yana": a year that opens a period dates no event."""
    start = item.sentence.start
    local = (mention.start - start, mention.end - start)
    return mention.precision == "year" and bounds_period(item.sentence.text, *local, language)


def _date_of_event(item: Facts, mention: DateMention) -> bool:
    text, start = item.sentence.text, item.sentence.start
    return bool(_EVENT_NOUN.match(text[mention.end - start : mention.end - start + 60]))


def _where(
    members: list[Facts], frame: Frame, ctx: Context, before: Facts | None = None
) -> PlaceFix | None:
    """The first place of the event's sentences; for a side incident of a wire report only
    places in sentences that tell it (a quoted official "in Kabul" is not where it was),
    else the dateline's; when the dateline is abroad ("DUSHANBE —" over a report from
    Badakhshan), the province of the sentence just before ("... Badakhshan has seen heavy
    fighting. In April the Taliban attacked posts in a neighbouring district")."""
    told = (
        members
        if frame.main or frame.block is not None
        else [m for m in members if m.has_event_trigger]
    )
    for item in told:
        if item.place is not None and item.place.admin1 is not None:
            return _settled(item.place, told, ctx)
    # the section heading of an article ("## Shiraz, twice"), or the lead-in the event's
    # sentence follows ("The episode of 29 July 2018 in Danghara district was telling. A car
    # rammed a group of cyclists")
    for item in members:
        lead = is_heading(item) or item.index < frame.anchor
        if lead and item.place is not None and item.place.admin1 is not None:
            return item.place
    told_before = before.place if before is not None else None
    side = not frame.main and frame.block is None
    if side and _abroad(ctx.dateline_place, ctx) and told_before and told_before.admin1:
        return told_before
    if _city_just_named(told, told_before):
        return told_before
    if side and frame.follows is None:
        # an earlier incident recapped is told where it was, not at the dateline, even when
        # its place is named without a locative word ("Kunduz, seized by the Taliban on
        # Monday, ...", "gunmen attacked a Kabul hotel")
        anchor = members[0].sentence
        named = place_of(anchor.text, ctx.registry, offset=anchor.start, loose=True)
        if named is not None and named.admin1 is not None:
            return named
    if ctx.dateline_place is not None and (frame.follows is None or frame.dated_only):
        return ctx.dateline_place  # an event told after another has that one's place, if any
    found = next((m.place for m in members if m.place is not None), None)
    if found is None and ctx.genre == "analysis":
        # a place named only inside a name: "gunmen stormed Kabul University"
        anchor = members[0].sentence
        found = place_of(anchor.text, ctx.registry, offset=anchor.start, loose=True)
    return found if found is not None else _pack_country(members, ctx)


# "the city" with no name after it: the city the report named last, not the dateline's
# ("Kunduz remains ... In February a bomber blew himself up in the city").
_BARE_CITY = re.compile(
    r"\b[Ii]n the city\b(?!\s+of\b)|(?<!\w)(?:[Вв] городе(?!\s+[А-ЯЁ])|kentte|şehirde|في المدينة)"
    r"(?!\w)"  # no IGNORECASE: a capital after "в городе" is the city's own name
)


def _city_just_named(told: list[Facts], told_before: PlaceFix | None) -> bool:
    """Whether an event named nowhere says it was "in the city" right after a sentence
    naming a town (not a district: "in the city" of a district is no settlement)."""
    if told_before is None or told_before.admin1 is None or told_before.location is None:
        return False
    if told_before.location.endswith(DISTRICT_WORDS):
        return False
    return any(_BARE_CITY.search(item.sentence.text) for item in told)


def _abroad(place: PlaceFix | None, ctx: Context) -> bool:
    """Whether ``place`` lies outside every pack's country."""
    countries = {p.country for p in ctx.registry.packs if p.country}
    return place is not None and place.country is not None and place.country not in countries


# "raided a house in the north of the city": the place of the event just told.
_THAT_PLACE = re.compile(
    r"\b(?:the|that|the same) (?:city|town|village|district|province)\b"
    r"|\b(?:his|her|their) (?:funeral|burial|memorial)\b",
    re.IGNORECASE,
)


def _same_city(item: Facts, earlier: Facts, place: PlaceFix | None) -> PlaceFix | None:
    """The place of the event a "that evening" event follows, when it points back to it
    ("in the north of the city", "bombed his funeral")."""
    if earlier.place is None or not _THAT_PLACE.search(item.sentence.text):
        return place
    return earlier.place


def _arrest_place(earlier: Facts, days_after: int) -> PlaceFix | None:
    """Where attackers were arrested "the same evening" (the place of their attack) or "the
    next day" (its country only)."""
    if earlier.place is None:
        return None
    if days_after == 0:
        return earlier.place
    return PlaceFix(country=earlier.place.country) if earlier.place.country else None


def _pack_country(members: list[Facts], ctx: Context) -> PlaceFix | None:
    """ "He was killed in Afghanistan": the country alone, when it is a pack's country."""
    for pack in ctx.registry.packs:
        if not pack.country:
            continue
        said = re.compile(rf"\b(?:in|inside) {re.escape(pack.country)}\b")
        if any(said.search(m.sentence.text) for m in members if m.has_event_trigger):
            return PlaceFix(country=pack.country)
    return None


# A threat told in the passive ("were named as targets"), its aim before the verb.
_PASSIVE_THREAT = re.compile(r"(?:was|were)\b", re.IGNORECASE)


def _choose_in(
    item: Facts,
    hits: list[TriggerHit],
    ctx: Context,
    date: dt.date | None,
    *,
    told_aim: bool = False,
) -> TargetChoice | None:
    """The target in one sentence. ``told_aim``: the sentence says what the attack was aimed
    at, so a group named there is no attacker, and words before its verbs may be the aim."""
    start = item.sentence.start
    own = [h for h in hits if start <= h.start < item.sentence.end]
    attack = [h for h in own if h.means not in ("arrest", "threat", "failed")]
    # a threat's aim follows its verb: "named the embassy of China as a legitimate target"
    aimed = attack or [h for h in own if h.means == "threat"]
    trigger_at = min((h.start - start for h in aimed), default=None)
    if not attack and any(_PASSIVE_THREAT.match(h.text) for h in aimed):
        trigger_at = None  # "the embassy of X ... were named as targets": the aim comes first
        # "the organisation's magazine": the group that threatens, not what it threatens
        exclude_groups = [
            (a.start - start, a.end - start) for a in item.actors if is_anaphor(a.text)
        ]
    else:
        exclude_groups = []
    words = [h for h in own if not (attack and _gathering_struck(item.sentence.text, h, start))]
    exclude = [(h.start - start, h.end - start) for h in words]
    if told_aim:
        trigger_at = None
    else:
        exclude += [(a.start - start, a.end - start) for a in item.actors if a.role in _ROLE_ORDER]
    exclude += [m.span() for m in _DESCRIBED_BY_DEED.finditer(item.sentence.text)]
    exclude += exclude_groups
    return choose(
        item.sentence.text,
        ctx.registry,
        actors=list(item.actors),
        offset=start,
        trigger_at=trigger_at,
        exclude=exclude,
        date=date,
    )


# A protest word right after "at", "on", "during" or a verb of striking names the gathering an
# attack struck ("a bomb at a political rally", "fired on a demonstration", "struck an election
# rally"), so it stays a target word; protesters who attacked, or reporters "covering a
# protest", are no gathering struck.
_STRUCK_GATHERING_BEFORE = re.compile(
    r"\b(?:at|on|during|among|into|struck|hit|targeted|targeting|attacked|attacking)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _gathering_struck(text: str, hit: TriggerHit, offset: int) -> bool:
    if hit.means != "protest":
        return False
    at = hit.start - offset
    return bool(_STRUCK_GATHERING_BEFORE.search(text[max(0, at - 40) : at]))


# "Qari Fateh, the planner of the attacks on the Russian and Pakistani embassies, was killed":
# a person described by earlier deeds; those targets are not this event's.
_DESCRIBED_BY_DEED = Gated(
    re.compile(
        r"\b(?:planner|planners|mastermind|organi[sz]er|architect|accused|behind)\s+"
        r"(?:of\s+)?(?:the\s+)?(?:attacks?|bombings?|killings?|assaults?)\b[^,;.]{0,80}",
        re.IGNORECASE,
    )
)


def _settled(place: PlaceFix, members: list[Facts], ctx: Context) -> PlaceFix:
    """A district-level place made specific by a settlement named later in the same event
    ("in the Chaparhar district ... the house in Gurgurak village")."""
    if place.location is not None and not place.location.endswith(DISTRICT_WORDS):
        district = called_a_district(place, ctx.document.text, ctx.registry)
        return place if district is None else dataclasses.replace(place, location=district)
    if place.location is None and place.admin1 is not None:
        return _first_place_within(place, members)
    for item in members:
        other = item.place
        if other is None or other.location is None or other.location.endswith(DISTRICT_WORDS):
            continue
        if _district_again(place, other, ctx):
            continue
        within = place.admin2 is None or other.admin2 in (None, place.admin2)
        if other.admin1 in (None, place.admin1) and within:
            return dataclasses.replace(
                place, location=other.location, location_span=other.location_span
            )
    if place.location is not None and ctx.language == "en":
        return _unknown_settlement(place, members, ctx)
    return place


def _district_again(district: PlaceFix, other: PlaceFix, ctx: Context) -> bool:
    """A later sentence naming the district again by its bare name ("in Imam Sahib district
    ... had commanded police in Imam Sahib"): the district's own name, not a settlement in it,
    unless written as a town ("Khanabad town", "the city of Khanabad")."""
    if district.location is None or other.location is None:
        return False
    bare = _DISTRICT_TAIL.sub("", district.location)
    if other.location.casefold() != bare.casefold() or other.admin2 != district.admin2:
        return False
    if other.location_span is None:
        return True
    start, end = other.location_span
    text = ctx.document.text
    town = _TOWN_AFTER.match(text, end) or _TOWN_BEFORE.search(text, max(0, start - 20), start)
    return town is None


_DISTRICT_TAIL = re.compile(r"\s+(?:" + "|".join(DISTRICT_WORDS) + r")$", re.IGNORECASE)
# the town itself: "Khanabad town", "Curm kasabasındaki", "в Ханабаде, административном центре
# уезда", "Imam Sahib, the district centre", "the city of Khanabad", "город Ханабад", "مدينة"
_TOWN_AFTER = re.compile(
    r"\w*['’]?\w*\s*(?:city|town|bazaar|village|kasaba|kent|şehir|şehr|köy"
    r"|,\s*(?:the\s+)?(?:district|administrative)\s+(?:centre|center|headquarters|seat)"
    r"|,\s*(?:административн\w*\s+)?центр\w*\s+уезда)",
    re.IGNORECASE,
)
_TOWN_BEFORE = re.compile(
    r"(?:\b(?:city|town) of|(?<!\w)(?:город\w*|посёлк\w*|поселк\w*)|مدينة|بلدة)\s+$",
    re.IGNORECASE,
)


def _unknown_settlement(place: PlaceFix, members: list[Facts], ctx: Context) -> PlaceFix:
    """A district made specific by a bazaar or village the gazetteer lacks, named alone in a
    later sentence of the event ("in Sayedabad district ... stopped near the Salar bazaar")."""
    for item in members:
        if item.place is not None:
            continue  # a sentence naming a known place names no part of this district
        found = unknown_settlement(item.sentence.text, ctx.registry)
        if found is not None:
            start = item.sentence.start
            span = (start + found.start, start + found.end)
            return dataclasses.replace(place, location=found.name, location_span=span)
    return place


def _as_written(place: PlaceFix, ctx: Context) -> str | None:
    """An English report's settlement as the report spells it ("Pul-e-Khumri" where the
    gazetteer writes "Pul-i-Khumri"), when that spelling is one of the gazetteer's names for
    the same place; otherwise the gazetteer's name."""
    if place.location is None or place.location_span is None or ctx.language != "en":
        return place.location
    start, end = place.location_span
    written = _GENERIC_TAIL.sub("", ctx.document.text[start:end].strip())
    # a dateline's capitals ("TALOQAN, May 3 -") are its typography, not a spelling
    if not written or written == place.location or not written[:1].isupper() or written.isupper():
        return place.location
    if any(p.name == place.location for p in lookup(written, ctx.registry)):
        return written
    return place.location


_GENERIC_TAIL = re.compile(r"(?:['’]s|\s+(?:city|town|village|bazaar|district))$", re.IGNORECASE)


def _first_place_within(place: PlaceFix, members: list[Facts]) -> PlaceFix:
    """A province-level place made specific by the first district or settlement in it that a
    later sentence names ("in northeastern Badakhshan province ... at a mining site in Yaftal
    Sufla district"; "in Kunar province ... shells hit houses in Dangam district", though
    the wounded were taken to Asadabad later)."""
    for item in members:
        other = item.place
        if other is not None and other.admin1 == place.admin1 and other.location:
            return dataclasses.replace(
                place,
                admin2=other.admin2,
                location=other.location,
                location_span=other.location_span,
                latitude=other.latitude,
                longitude=other.longitude,
                geo_precision=other.geo_precision,
            )
    return place


def _target(
    members: list[Facts], hits: list[TriggerHit], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    """The anchor's target; else the people harmed; else a group attacked; else later words."""
    choice = _choose_in(members[0], hits, ctx, date)
    aimed = (
        _stated_aim(members[1:], hits, ctx, date)
        or _person_then_aim(members[1:], ctx, date)
        or _narrated_aim(members[1:], ctx, date)
        or _aim_named_earlier(members, ctx, date)
        or _second_blast_at_scene(members[1:], hits, ctx, date)
        or _strikes_said_aimed(members[1:], hits, ctx, date)
    )
    if aimed is not None:
        return aimed
    if choice is None or choice.target_type in _CLAIM_MAY_REFINE:
        aimed = _claimed_armed_aim(members[1:], ctx, date)
        if aimed is not None:
            return aimed
    if choice is None:
        choice = _victims(members, ctx, date)
    if choice is None:
        choice = _attacked_group(members, ctx, date)
    for item in members[1:]:
        if choice is not None:
            break
        choice = _choose_in(item, hits, ctx, date)
    return choice


# A later sentence that says whom the attack was meant for: "The bomb appeared aimed at Haji
# Lal, a commander of the border police." That person, not the crowd hit, is the target.
_AIM_AT_PERSON = Gated(
    re.compile(
        r"\b(?:(?:appeared|seemed|was believed|was thought|was intended|was meant|had been intended"
        r"|was aimed|appeared aimed)\s+(?:to\s+(?:target|kill)|at)|intended for)\s+"
        r"(?:(?-i:[A-Z][\w'’-]*)\s+){0,4}(?-i:[A-Z][\w'’-]*),\s+[^,;.]{0,50}?\b(?:commander"
        r"|governor|chief|official|leader|cleric|judge|prosecutor|minister|lawmaker|head|director"
        r"|mayor|elder|journalist)\b",
        re.IGNORECASE,
    )
)
# The aim told after the person named in apposition: "including a militia commander, Haji
# Karim, who appeared to be the target" ("Karim, a commander who ..." is not read yet).
_PERSON_THEN_AIM = re.compile(
    r"\b(commander|governor|chief|official|leader|cleric|judge|prosecutor|minister|lawmaker"
    r"|head|director|mayor|elder|journalist|member)(?:,\s+(?-i:[A-Z][\w'’-]*\s+){0,4}(?-i:[A-Z][\w'’-]*))"
    r",\s+who\s+(?:appeared|seemed|was\s+believed|was\s+thought|is\s+believed|is\s+thought"
    r"|was\s+said|officials\s+said)\s+to\s+(?:be|have\s+been)\s+the\s+"
    r"(?:intended\s+|main\s+|real\s+|apparent\s+|likely\s+|probable\s+)?target\b",
    re.IGNORECASE,
)


def _candidates_in(item: Facts, ctx: Context) -> list[Candidate]:
    """The target candidates of a sentence other than the event's own, read with its actors
    and no trigger to measure from."""
    return candidates(
        item.sentence.text,
        ctx.registry,
        actors=list(item.actors),
        offset=item.sentence.start,
        trigger_at=None,
        exclude=[],
    )


def _person_aimed_at(c: Candidate, item: Facts, ctx: Context, date: dt.date | None) -> TargetChoice:
    """A role candidate of another sentence as the person the attack was aimed at: prominent,
    and so for a bombing too."""
    return TargetChoice(
        c.label or c.text,
        dated_type(c.target_type, c.actor, date, ctx.registry),
        c.actor,
        c.start + item.sentence.start,
        c.end + item.sentence.start,
        prominent=True,
        prominent_bombing=True,
    )


def _person_then_aim(later: list[Facts], ctx: Context, date: dt.date | None) -> TargetChoice | None:
    """The role a later sentence names just before saying that person was the target."""
    for item in later:
        text = item.sentence.text
        if "target" not in text:
            continue
        match = _PERSON_THEN_AIM.search(text)
        if match is None:
            continue
        role_end = match.end(1)
        found = _candidates_in(item, ctx)
        # the role word, or the body just before it ("a local militia | commander")
        at_role = [
            c
            for c in found
            if not c.container
            and (
                c.start < role_end <= c.end
                or (c.end <= match.start() and not text[c.end : match.start()].strip())
            )
        ]
        for c in at_role[:1]:
            c = _held_role_before_former(text, c, found)
            return _person_aimed_at(c, item, ctx, date)
    return None


# A later sentence in which the reporter or officials, not the claimant, say whom the attack
# was aimed at: "The apparent target was Abdul Karim, a militia commander", "the blast
# apparently targeted a police commander who was among the guests", "Officials said the bomber
# had meant to hit a passing army convoy", "a mine laid for border police patrols", "Haji
# Karim, a council member who appeared to be the target", "commander Haji Karim, apparently
# the target". GTD codes the intended target, not the crowd the bomb struck. A claimant's own
# word of its aim ("the Taliban said the vice president was the target") is left out: coders
# keep the site it struck.
_AIM_CUES_NARRATED = ("target", "meant", "intended", "laid for", "planted for")
_AIM_THEN_WHOM = re.compile(
    r"\b(?:the\s+(?:apparent\s+|intended\s+|real\s+|main\s+|likely\s+|probable\s+)?target"
    r"\s+(?:was|had\s+been)|apparently\s+targeted|(?:had\s+)?(?:meant|intended)\s+to\s+"
    r"(?:hit|kill|target|strike)|(?:had\s+been|was|were)\s+(?:laid|planted|set|meant|intended)"
    r"\s+for)\s+",
    re.IGNORECASE,
)
_WHOM_THEN_AIM = re.compile(
    r"(?:,\s*|\s+)(?:who\s+)?(?:(?:appeared|seemed|was\s+believed|was\s+thought|is\s+believed)"
    r"\s+to\s+(?:be|have\s+been)|apparently|was|were|had\s+been)\s+the\s+(?:apparent\s+"
    r"|intended\s+|real\s+|main\s+|likely\s+|probable\s+)?target\b",
    re.IGNORECASE,
)
# an aim nobody knew, or a claim: no aim told by the reporter
_AIM_UNTOLD = re.compile(r"\b(?:claim\w*|unclear|not\s+(?:clear|known)|unknown|whether)\b", re.I)
_AIM_REACH = 60


def _narrated_aim(later: list[Facts], ctx: Context, date: dt.date | None) -> TargetChoice | None:
    for item in later:
        text = item.sentence.text
        if not any(cue in text for cue in _AIM_CUES_NARRATED):
            continue
        for clause_start, clause in _clauses(text):
            if _AIM_UNTOLD.search(clause) or _militant_named(item, ctx, clause_start, clause):
                continue
            whom = _whom_aimed_at(text, clause_start, clause, _candidates_in(item, ctx))
            if whom is None:
                continue
            start = item.sentence.start
            target_type = dated_type(whom.target_type, whom.actor, date, ctx.registry)
            label = whom.label or whom.text
            # a person told to be the aim makes a shooting an assassination; a bomb that
            # killed many around him stays a bombing (coders split on it)
            prominent = whom.person or is_prominent(text, whom.start, whom.end)
            return TargetChoice(
                label,
                target_type,
                whom.actor,
                whom.start + start,
                whom.end + start,
                prominent=prominent,
            )
    return None


def _clauses(text: str) -> Iterator[tuple[int, str]]:
    """The clauses of a sentence split at semicolons, each with its start."""
    start = 0
    for part in text.split(";"):
        yield start, part
        start += len(part) + 1


def _militant_named(item: Facts, ctx: Context, clause_start: int, clause: str) -> bool:
    """Whether a militant group is named in the clause (it speaks of its own aim)."""
    begin = item.sentence.start + clause_start
    for hit in item.actors:
        if begin <= hit.start < begin + len(clause):
            actor = ctx.registry.actors.get(hit.actor_id)
            if actor is not None and actor.kind == "militant":
                return True
    return False


def _whom_aimed_at(text: str, offset: int, clause: str, found: list[Candidate]) -> Candidate | None:
    """The candidate the clause's aim words point at: the first after "the target was", the
    last before "who appeared to be the target"."""
    kept = [c for c in found if not c.container]
    told = _AIM_THEN_WHOM.search(clause)
    if told is not None:
        at = offset + told.end()
        after = [c for c in kept if at <= c.start <= at + _AIM_REACH]
        if after and not re.search(r"[.;]", clause[told.end() : after[0].start - offset]):
            return after[0]
    told = _WHOM_THEN_AIM.search(clause)
    if told is not None:
        at = offset + told.start()
        before = [c for c in kept if at - _AIM_REACH <= c.end <= at]
        if before:
            return _held_role_before_former(text, before[-1], found)
    return None


def _later_choices(
    later: list[Facts],
    hits: list[TriggerHit],
    ctx: Context,
    date: dt.date | None,
    cue: Callable[[str], object],
    *,
    told_aim: bool = False,
) -> Iterator[TargetChoice]:
    """The targets later sentences name, from those whose text the cheap ``cue`` accepts."""
    for item in later:
        if cue(item.sentence.text):
            choice = _choose_in(item, hits, ctx, date, told_aim=told_aim)
            if choice is not None:
                yield choice


def _stated_aim(
    later: list[Facts], hits: list[TriggerHit], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    for choice in _later_choices(later, hits, ctx, date, _AIM_AT_PERSON.search):
        return dataclasses.replace(choice, prominent=True, prominent_bombing=True)
    return None


# "a provincial council member and former police chief who appeared to be the target": the
# role held now, not the one held before, says who he was.
_AND_FORMER = re.compile(r"\s+and\s+(?:a\s+|an\s+|the\s+)?former\s+$", re.IGNORECASE)


def _held_role_before_former(text: str, role: Candidate, found: list[Candidate]) -> Candidate:
    if "former" not in text[max(0, role.start - 30) : role.start]:
        return role
    for c in found:
        if c.container or c.end >= role.start:
            continue
        if _AND_FORMER.fullmatch(text, c.end, role.start):
            return c
    return role


# A later sentence names the intended victim by name only ("Sources said the Taliban had
# targeted Raziq", "the attack was aimed at Nabil"); an earlier sentence gave that person's
# role ("The provincial police chief, General Abdul Raziq, ..."). The role is the target.
_AIMED_AT_NAME = Gated(
    re.compile(
        r"\b(?:had\s+|have\s+|has\s+)?(?:targeted|(?:was|were|had\s+been)\s+(?:aimed|directed)\s+at"
        r"|(?:was|were)\s+(?:meant|intended)\s+(?:for|to\s+kill)|intended\s+to\s+kill"
        r"|trying\s+to\s+kill|tried\s+to\s+kill)\s+"
        r"(?-i:((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+))(?=\s*(?:[.;,]|$))",
        re.IGNORECASE,
    )
)
# Between a role and the name it describes: "police chief, General Abdul Raziq",
# "Raziq, the provincial police chief", "police chief Abdul Raziq".
_ROLE_NAME_GAP = re.compile(
    r"\s*,?\s*(?:(?:the|a|an)\s+)?(?:(?!(?:and|or|with|by|of|was|were|had|has|who|in|at)\b)"
    r"[a-z][\w'’-]*\s+){0,3}",
)
_AIM_CUES = ("aim", "target", "kill", "meant", "intended", "directed")
_NAME_RUN_LEFT = re.compile(r"(?-i:(?:[A-Z][\w'’.-]*\s+){0,4})$")
_NAME_RUN_RIGHT = re.compile(r"(?-i:(?:\s+[A-Z][\w'’-]*){0,3})")


def _aim_named_earlier(
    members: list[Facts], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    for index, item in enumerate(members[1:], start=1):
        text = item.sentence.text
        if not any(cue in text for cue in _AIM_CUES):
            continue
        for match in _AIMED_AT_NAME.finditer(text):
            name = match.group(1)
            at = item.sentence.start + match.start(1)
            if any(a.start < at + len(name) and at < a.end for a in item.actors):
                continue
            choice = _role_of_name(name.split()[-1], members[:index], ctx, date)
            if choice is not None:
                return choice
    return None


def _role_of_name(
    surname: str, earlier: list[Facts], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    """The role noun directly next to the earlier mention of ``surname``."""
    said = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
    for item in earlier:
        text = item.sentence.text
        mentions = list(said.finditer(text))
        if not mentions:
            continue
        found = _candidates_in(item, ctx)
        for mention in mentions:
            left = _NAME_RUN_LEFT.search(text, 0, mention.start())
            name_start = left.start() if left else mention.start()
            right = _NAME_RUN_RIGHT.match(text, mention.end())
            name_end = right.end() if right else mention.end()
            for c in found:
                if c.container:
                    continue
                before = c.end <= name_start and _ROLE_NAME_GAP.fullmatch(text, c.end, name_start)
                after = c.start >= name_end and _ROLE_NAME_GAP.fullmatch(text, name_end, c.start)
                if not (before or after):
                    continue
                return _person_aimed_at(c, item, ctx, date)
    return None


# The side that struck says what its strikes were aimed at: "Pakistan said it had targeted
# hideouts of the Tehrik-i-Taliban Pakistan", "officials said the strikes hit camps of the
# group". GTD codes the intended target (Terrorists/Non-State Militia), whoever else the
# bombs killed.
_STRIKES_AIMED = re.compile(
    r"\b(?:said|says|stated|claimed|insisted)\s+(?:that\s+)?(?:it|they|the\s+(?:air\s+)?"
    r"(?:strikes?|raids?|bombing|attacks?)|its\s+(?:aircraft|jets|drones?))\s+(?:had\s+)?"
    r"(?:targeted|hit|struck|were\s+aimed\s+at|aimed\s+at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:hideouts?|camps?|positions?"
    r"|fighters|militants|bases?|strongholds?|safe\s+havens?|training\s+cent(?:er|re)s?)\b",
    re.IGNORECASE,
)


def _strikes_said_aimed(
    later: list[Facts], hits: list[TriggerHit], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    def cue(text: str) -> bool:
        return "said" in text and _STRIKES_AIMED.search(text) is not None

    choices = _later_choices(later, hits, ctx, date, cue, told_aim=True)
    return next((c for c in choices if c.target_type == NON_STATE), None)


# The claimant says whom its attack was meant for: "the group claimed the blast, saying it had
# targeted police recruits". A force or fighters so named are the aim (GTD codes the intended
# target), whoever else was among the dead; a claim naming civilians is left to the toll.
_CLAIM_SAID_AIM = re.compile(
    r"\b(?:saying|said|adding|claiming)\s+(?:that\s+)?(?:it|they|its\s+(?:fighters|men))\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:targeted|attacked|aimed\s+at)\s+",
    re.IGNORECASE,
)

# A claim's aim refines a crowd or a shop the bomb hit, not a site of its own kind (an airport,
# a ministry) the report already names.
_CLAIM_MAY_REFINE = frozenset({"Private Citizens & Property", "Business"})


def _claimed_armed_aim(
    later: list[Facts], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    for item in later:
        text = item.sentence.text
        if "targeted" not in text and "attacked" not in text and "aimed" not in text:
            continue
        match = _CLAIM_SAID_AIM.search(text)
        if match is None:
            continue
        found = candidates(
            text,
            ctx.registry,
            actors=[],
            offset=item.sentence.start,
            trigger_at=None,
            exclude=[],
        )
        named = [c for c in found if not c.container and 0 <= c.start - match.end() <= 12]
        for c in named[:1]:
            target_type = dated_type(c.target_type, c.actor, date, ctx.registry)
            if target_type not in ARMED_TARGETS:
                return None
            start = item.sentence.start
            return TargetChoice(
                c.label or c.text, target_type, c.actor, c.start + start, c.end + start
            )
    return None


def _second_blast_at_scene(
    later: list[Facts], hits: list[TriggerHit], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    """A later sentence's second bomber who struck those who had rushed to the scene
    ("set off his explosives among the journalists who had rushed to the scene"): the account
    is coded by them, not by the first blast's site."""

    def cue(text: str) -> bool:
        return "scene" in text or "site" in text

    for choice in _later_choices(later, hits, ctx, date, cue):
        if choice.end is not None and AT_SCENE_AFTER.match(
            ctx.document.text[choice.end : choice.end + 80]
        ):
            return choice
    return None


def _attacked_group(
    members: list[Facts], ctx: Context, date: dt.date | None
) -> TargetChoice | None:
    for item in members:
        for hit in item.roles("patient"):
            actor = ctx.registry.actors.get(hit.actor_id)
            if actor is None or actor.kind != "militant":
                continue
            target_type = dated_type(NON_STATE, None, date, ctx.registry)
            if ctx.registry.governs(hit.actor_id, date):
                target_type = "Military"
            return TargetChoice(hit.text, target_type, hit.actor_id, hit.start, hit.end)
    return None


def _victims(members: list[Facts], ctx: Context, date: dt.date | None) -> TargetChoice | None:
    """With no target word, the people harmed: civilians, police, soldiers."""
    for item in members:
        for mention in item.casualties:
            if not mention.group_text:
                continue
            local = mention.text.find(mention.group_text)
            if local < 0:
                continue
            choice = choose(
                mention.group_text,
                ctx.registry,
                offset=mention.start + local,
                trigger_at=None,
                exclude=[],
                date=date,
            )
            if choice is not None:
                return choice
    return None


# A date after these words bounds a period or compares, it does not date the sentence's act.
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:since|before|after|until|than)|(?<!\w)(?:с|до|после|منذ|قبل|بعد))\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


def _dated_before(item: Facts, day: dt.date | None) -> bool:
    """Whether a sentence's claim or blame follows a date days or months before the event
    ("В июле 2018 года ... ответственность тогда взяло на себя ИГ"): it is that earlier
    incident's, as nobody claims an attack before it happens. Only a day or month counts; a
    bare year is too often the start of a period ("active since 2015")."""
    if day is None or not item.dates:
        return False
    text, start = item.sentence.text, item.sentence.start
    said = [h.start for h in item.actors if h.role in ("claim", "attribution")]
    for mention in item.dates:
        if mention.date is None or mention.precision not in ("day", "month"):
            continue
        if not said or mention.start > min(said):
            continue  # "blamed X, which has claimed attacks since August": the blame is now
        local = mention.start - start
        if _REFERENCE_BEFORE.search(text[max(0, local - 40) : local]):
            continue
        if last_day(mention) < day - dt.timedelta(days=SAME_DAY_SLACK):
            return True
    return False


# A claim a few days before the date read for the event may still be its own (a day name
# resolved against a late dateline); further back it is another incident's.
SAME_DAY_SLACK = 3


def _stating(members: list[Facts], when: _When) -> Facts:
    """The sentence that states the event, whose agent acts in it: the anchor, unless it
    names nobody and another sentence gives the event's date ("Северные провинции стали
    ареной боёв. В апреле талибы атаковали армейские посты ...": the scene, then the act)."""
    anchor = members[0]
    if anchor.actors or when.span is None:
        return anchor
    for item in members[1:]:
        if item.sentence.start <= when.span[0] < item.sentence.end:
            return item
    return anchor


# A group's record told just before an example of it: "ISKP has repeatedly attacked Taliban
# officials.", "В последние годы от рук ИГИЛ-Хорасан погибли несколько богословов.",
# "İran'da daha önce de IŞİD-Horasan'ın üstlendiği saldırılar yaşanmıştı."
_RECORD = Gated(
    re.compile(
        r"\b(?:repeatedly|has\s+(?:long\s+)?(?:carried out|claimed|staged|launched|targeted"
        r"|attacked|been behind)|have\s+been\s+behind|a\s+(?:string|series|spate|wave)\s+of"
        r"|frequently|regularly|in recent (?:years|months)|previously|(?:has|had) already)\b"
        r"|(?<!\w)(?:неоднократно|не раз|регулярно|в последние (?:годы|месяцы)|за последние"
        r"|ранее|прежде"
        r"|daha önce|defalarca|sık sık|birçok kez|son yıllarda|son aylarda|önceden"
        r"|سبق|مراراً|مرارا|عدة مرات|في السنوات الأخيرة|في الأشهر الأخيرة|سلسلة|من قبل)(?!\w)",
        re.IGNORECASE,
    )
)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _record_told(
    frame: Frame, facts: list[Facts], date: dt.date | None, place: PlaceFix | None, ctx: Context
) -> ActorHit | None:
    """The one armed group whose record of attacks the sentence just before a side incident
    tells, when that incident's own sentence names no group: the incident is the example
    given of the record ("The affiliate has repeatedly targeted Taliban officials. In March
    2023, a suicide bomber killed the governor of Balkh"). A record of claims makes the
    example claimed ("attacks claimed by ISKP had struck Iran before. In October 2022 ...")."""
    if frame.anchor == 0 or ctx.genre == "summary":
        return None
    anchor, record = facts[frame.anchor], facts[frame.anchor - 1]
    if any(_is_armed_group(a.actor_id, ctx) for a in anchor.actors if a.role != "patient"):
        return None
    text = ctx.document.text
    if _PARAGRAPH_BREAK.search(text, record.sentence.end, anchor.sentence.start):
        return None
    if not _RECORD.search(record.sentence.text):
        return None
    country = place.country if place is not None else None
    named = [
        a
        for a in record.actors
        if a.role not in ("patient", "denial")
        and _is_armed_group(a.actor_id, ctx)
        and not ctx.registry.governs(a.actor_id, date)
    ]
    if len({localise(a.actor_id, country, ctx.registry) for a in named}) != 1:
        return None
    return next((a for a in named if a.role == "claim"), named[0])


def _pick_actor(
    members: list[Facts],
    roles: tuple[str, ...],
    skip: Callable[[Facts, ActorHit], bool] | None = None,
) -> ActorHit | None:
    for role in roles:
        for index, item in enumerate(members):
            found = [h for h in item.roles(role) if index == 0 or skip is None or not skip(item, h)]
            if found:
                return found[0]
    return None


# "The strikes came three days after an attack on an army post, claimed by the TTP", "وجاءت
# الغارات بعد ثلاثة أيام من هجوم ... وتبنته حركة طالبان باكستان": the event told as coming
# after an earlier incident; what follows the words is that incident's.
_CAME_AFTER = Gated(
    re.compile(
        r"\b(?:came|comes|coming|follows|followed|occurred|happened)\s+(?:\S+\s+){0,4}?after\s+"
        r"(?:an?|the)\s+(?:\S+\s+){0,2}?(?:attack|bombing|blast|assault|raid|strike|ambush"
        r"|killing|shooting)"
        r"|(?<!\w)(?:و?يأتي|و?تأتي|و?جاء|و?جاءت)\s+(?:\S+\s+){0,4}?بعد\s+(?:\S+\s+){0,3}?من\s+"
        r"(?:\S+\s+)?(?:هجوم|تفجير|اعتداء|غارة|قصف|مقتل|اغتيال)"
        r"|(?<!\w)(?:произош|случил|прогремел|стал)\w*\s+(?:\S+\s+){0,4}?(?:через|спустя)\s+"
        r"(?:\S+\s+){0,3}?после\s+(?:\S+\s+)?(?:нападени|теракт|взрыв|удар|атак|обстрел)",
        re.IGNORECASE,
    )
)


def _branch_claiming(claim: ActorHit | None, told: list[Facts], ctx: Context) -> ActorHit | None:
    """A branch of the claiming group that the event's sentences also tell as claiming: the
    branch is the more exact claimant ("the Islamic State group's affiliate claimed
    responsibility ... Islamic State Khorasan Province said one of its fighters had detonated
    a vest" is the branch's claim, also abroad, where the parent's name is not localised)."""
    if claim is None:
        return None
    for item in told:
        for hit in item.roles("claim"):
            actor = ctx.registry.actors.get(hit.actor_id)
            if actor is not None and actor.parent == claim.actor_id:
                return hit
    return claim


def _of_earlier(item: Facts, hit: ActorHit) -> bool:
    """Whether a claim or blame in a later sentence of the event comes after words telling
    that the event followed an earlier incident (see ``_CAME_AFTER``)."""
    text = item.sentence.text
    found = _CAME_AFTER.search(text)
    return found is not None and item.sentence.start + found.start() < hit.start


_POLITICAL_GATHERING = re.compile(
    r"\b(?:rall(?:y|ies)|conventions?|party\s+(?:workers|supporters|members|office)|campaign)\b",
    re.IGNORECASE,
)


def _government(
    target: TargetChoice | None, date: dt.date | None, place: PlaceFix | None, ctx: Context
) -> str | None:
    """The government of the day when its police, soldiers or offices were attacked."""
    if target is None or target.target_type not in _GOVERNMENT_TARGETS or date is None:
        return None
    if _POLITICAL_GATHERING.search(target.target or ""):
        return None  # GTD codes a party's rally with the government, but it is no state's
    pack_countries = {p.country for p in ctx.registry.packs}
    country = place.country if place is not None else None
    if country is not None and country not in pack_countries:
        # across the border, the police, soldiers or offices are that country's state's
        states = [
            a.id for a in ctx.registry.actors.values() if a.kind == "state" and a.country == country
        ]
        return states[0] if len(states) == 1 else None
    ruling = ctx.registry.government_on(date)
    if ruling is not None:
        return ruling
    kind = _GOVERNMENT_TARGETS[target.target_type]
    if _SECURITY_SERVICE.search(target.target or ""):
        kind = "forces"  # the intelligence service is coded with the forces (ANDSF)
    chosen = "ANDSF" if kind == "forces" else "AFGHAN_GOV"
    return chosen if chosen in ctx.registry.actors else None


def _mission_body(actor_id: str | None, ctx: Context) -> bool:
    """A body that is itself a diplomatic mission (the UN) owns the compound it is named with:
    a state named nearby ("a Quran burnt in the United States") is not the mission's owner."""
    actor = ctx.registry.actors.get(actor_id) if actor_id is not None else None
    return actor is not None and actor.target_type == "Government (Diplomatic)"


def _state_near_target(
    members: list[Facts], target: TargetChoice | None, ctx: Context
) -> str | None:
    """The state named with a diplomatic target: "the Russian embassy", "embassy of Russia"."""
    if target is None or target.start is None or target.end is None:
        return None
    for item in members:
        for actor in item.actors:
            near = actor.end >= target.start - 30 and actor.start <= target.end + 25
            if near and is_state(actor.actor_id, ctx.registry):
                return actor.actor_id
    text = ctx.document.text
    for item in members:  # "two embassy staff" killed at "the Russian embassy"
        for actor in item.actors:
            after = text[actor.end : actor.end + 25]
            before = text[max(0, actor.start - 25) : actor.start]
            named = _MISSION_AFTER.match(after) or _MISSION_BEFORE.search(before)
            if named and is_state(actor.actor_id, ctx.registry):
                return actor.actor_id
    return None


# A state named with its mission: "the Russian embassy", "embassy of Russia"; Turkish names
# the state first ("Pakistan'ın Kabil Büyükelçiliği", "ABD Konsolosluğu"), Russian and Arabic
# after the mission ("посольства России", "سفارة إسبانيا").
_MISSION_AFTER = re.compile(
    r"(?:['’]\w+)?\s+(?:[\w-]+\s+)?(?:embassy|consulate|consular|mission"
    r"|büyükelçili\w*|konsoloslu\w*)\b",
    re.I,
)
_MISSION_BEFORE = re.compile(
    r"(?:\b(?:embassy|consulate|mission) of (?:the )?"
    r"|(?<!\w)(?:посольств[оау]?|консульств[оау]?|дипмисси[ия]|(?:ل|ب)?سفارة|(?:ل|ب)?قنصلية)\s+)$",
    re.I,
)


def _owner_of_target(members: list[Facts], target: TargetChoice | None, ctx: Context) -> str | None:
    """A group or state named inside the target's words: "a NATO convoy", "US troops"."""
    if target is None or target.start is None or target.end is None:
        return None
    for item in members:
        for actor in item.actors:
            if actor.start >= target.start - 2 and actor.end <= target.end:
                return actor.actor_id
    return None


def _sides(
    members: list[Facts],
    target: TargetChoice | None,
    when: _When,
    place: PlaceFix | None,
    ctx: Context,
    foiled: bool,
    arrest: bool = False,
    after_attack: bool = False,
    earlier: bool = False,
) -> tuple[ActorHit | None, ActorHit | None, str | None, str | None]:
    """(actor1 hit, claim hit, actor1 id, actor2 id).

    A claim or blame anywhere in the event's sentences counts; an agent only in the sentence
    that states the event (a later "dispersed by Taliban fighters" is another act), and not
    for a foiled attack (who defused the bomb did not plant it). Arrests are made by states:
    with no agent, the state or governing group the sentence names ("the GDI announced the
    arrest of a cell") is the one arresting.
    """
    told = members[:1] + [m for m in members[1:] if not _dated_before(m, when.date)]
    if earlier and claims_before_apart(members[0]):
        told = told[1:]  # its claim is of the event told as coming after this one
    claim = _pick_actor(told, ("claim",), _of_earlier) or _claimer(told, ctx)
    if claim is None and ctx.genre == "summary":
        claim = _group_spoke(told, when.date, ctx)
    claim = _branch_claiming(claim, told, ctx)
    claimant = claim
    if after_attack:  # "IS claimed the attack; police arrested four suspects the next day":
        claim = None  # the arrest is not IS's act
    blame = None if after_attack else _pick_actor(told, ("attribution",), _of_earlier)
    first = claim or blame
    country = place.country if place is not None else None
    stating = _stating(members, when)
    agents = [a for a in stating.roles("agent") if not _agent_in_background(a, stating, ctx)]
    if not agents:
        agents = _lead_in_agents(members, stating, ctx)
    blamed = first if claim is None and not foiled else None
    if blamed is not None and _raid_on_blamed(members[0], agents, blamed, when.date, country, ctx):
        first = None
    if first is None and not foiled:
        first = agents[0] if agents else None
    if first is None and not foiled:
        first = _fought_by(members)
    actor1 = localise(first.actor_id, country, ctx.registry) if first else None
    if first is None and arrest:
        first = _arresting(members[0], when.date, country, ctx)
        actor1 = localise(first.actor_id, country, ctx.registry) if first else None
        actor1 = actor1 or _state_abroad(place, ctx)
    if actor1 is None and not foiled and names_state_agent(members[0].sentence.text):
        actor1 = state_side(ctx.registry, when.date, country)
    if actor1 is None and not foiled and _from_the_air(members[0]):
        first = _state_named(members[0], ctx)
        actor1 = first.actor_id if first is not None else None
    actor2: str | None = None
    for item in members:
        for hit in item.roles("patient"):
            candidate = localise(hit.actor_id, country, ctx.registry)
            if candidate != actor1:
                actor2 = candidate
                break
        if actor2 is not None:
            break
    # an arrest after an attack: the suspects are not the official who announced it
    if actor2 is None and target is not None and not after_attack:
        owner = target.actor or _owner_of_target(members, target, ctx)
        actor2 = localise(owner, country, ctx.registry) if owner != actor1 else None
        if target.target_type == "Government (Diplomatic)" and not _mission_body(target.actor, ctx):
            actor2 = _state_near_target(members, target, ctx) or actor2
    if (
        actor2 is None and arrest and claim is None and claimant is not None
    ):  # the suspects are the claimant's
        actor2 = localise(claimant.actor_id, country, ctx.registry)
    if actor2 is None and not after_attack:
        actor2 = _government(target, when.date, place, ctx)
        if actor2 == actor1:
            actor2 = None
    if actor2 in (None, actor1) and _state_acts(actor1, when.date, ctx):
        acted_on = militants_hit(" ".join(m.sentence.text for m in members), ctx.groups, actor1)
        # "Taliban forces raided an Islamic State cell": the group's local branch (ISKP)
        acted_on = localise(acted_on, country, ctx.registry)
        actor2 = acted_on or _other_group(members[0], actor1, when.date, country, ctx) or actor2
    if _civilian_of_a_state(actor2, target, ctx) and not any(
        _FORCES.search(m.sentence.text) for m in members[:2]
    ):
        actor2 = None
    return first, claim, actor1, actor2


def _lead_in_agents(members: list[Facts], stating: Facts, ctx: Context) -> list[ActorHit]:
    """The agents of the sentence just before the one stating the event, when that sentence
    tells no event of its own: it sets the scene with the act that led to it ("Taliban
    security forces surrounded a house where Islamic State members were hiding. In a
    gunfight ..., four Islamic State fighters were killed")."""
    lead = next((m for m in members if m.index == stating.index - 1), None)
    if lead is None or lead.triggers:
        return []
    return [a for a in lead.roles("agent") if not _agent_in_background(a, lead, ctx)]


# Civilians of a foreign nationality are no side of the conflict: "an Indian driver working for
# a road company", "three Spanish tourists", "a British aid worker" leave actor2 null
# (docs/gold-format.md: null for civilians); their state's troops or mission stay that state.
_FOREIGN_CIVILIAN_TARGETS = frozenset(
    {
        "Private Citizens & Property",
        "Business",
        "NGO",
        "Journalists & Media",
        "Tourists",
        "Educational Institution",
        "Religious Figures/Institutions",
        "Transportation",
        "Utilities",
        "Telecommunication",
        "Food or Water Supply",
    }
)


# The sentence that states the event, or the next, names a state's forces: actor2 stays that
# state though the target chosen is civilian ("walked into the crowd at the gate. The blast
# killed 13 American service members").
_FORCES = Gated(
    re.compile(
        r"\b(?:troops|soldiers|forces|service\s+members|servicemen|marines|army|convoy)\b",
        re.IGNORECASE,
    )
)


def _civilian_of_a_state(actor2: str | None, target: TargetChoice | None, ctx: Context) -> bool:
    if actor2 is None or target is None or target.target_type not in _FOREIGN_CIVILIAN_TARGETS:
        return False
    return is_state(actor2, ctx.registry)


def _other_group(
    anchor: Facts, actor1: str | None, date: dt.date | None, country: str | None, ctx: Context
) -> str | None:
    """The one armed group other than the acting state that the sentence stating a state's
    act names: the side it acted on ("مقتل عنصرين من تنظيم داعش ... قوات طالبان"). Not in
    an analysis, whose sentences name groups in passing."""
    if ctx.genre == "analysis":
        return None
    named = {
        localise(hit.actor_id, country, ctx.registry)
        for hit in anchor.actors
        if hit.role != "agent" and _is_armed_group(hit.actor_id, ctx)
    }
    named = {g for g in named if g and g != actor1 and not ctx.registry.governs(g, date)}
    return named.pop() if len(named) == 1 else None


def _raid_on_blamed(
    anchor: Facts,
    agents: list[ActorHit],
    blamed: ActorHit,
    date: dt.date | None,
    country: str | None,
    ctx: Context,
) -> bool:
    """Whether a later "linked to ISKP" names the side a state's raid hit, not who acted: the
    sentence that states the event has the state (or governing group) acting and names that
    same group ("Taliban forces killed four Islamic State militants ... the cell, which he
    linked to ISKP")."""
    if blamed in anchor.actors or not agents:
        return False
    if not _state_acts(localise(agents[0].actor_id, country, ctx.registry), date, ctx):
        return False
    wanted = localise(blamed.actor_id, country, ctx.registry)
    return any(
        hit.actor_id != agents[0].actor_id
        and localise(hit.actor_id, country, ctx.registry) == wanted
        for hit in anchor.actors
    )


# "died in a clash with Taliban forces", "killed in an operation by Pakistani troops": the
# side that fought, named right after the words of the fight.
_FOUGHT_BY = Gated(
    re.compile(
        r"\b(?:clash(?:es)?|fighting|gunfight|firefight|battle|operation|raid)\s+(?:with|by|of)\s+"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )
)
_FORCES_AFTER = re.compile(r"\s*(?:forces|troops|fighters|units|soldiers|special forces)\b", re.I)


def _fought_by(members: list[Facts]) -> ActorHit | None:
    for item in members:
        text, start = item.sentence.text, item.sentence.start
        for hit in item.actors:
            local = hit.start - start
            before = text[max(0, local - 40) : local]
            after = text[hit.end - start : hit.end - start + 20]
            forces = _FORCES_AFTER.match(after) or _FORCES_AFTER.search(hit.text)
            if _FOUGHT_BY.search(before) and forces:
                return hit
            if _LED.match(after):
                return hit  # "a US-led night raid"
    return None


_LED = re.compile(r"-led\s+(?:[\w-]+\s+){0,2}(?:raid|operation|strike|assault|offensive)", re.I)


# "No group claimed the attack", "it went unclaimed": the text leaves the perpetrator open.
def _responder(
    first: ActorHit | None,
    claim: ActorHit | None,
    actor1: str | None,
    date: dt.date | None,
    ctx: Context,
    facts: list[Facts],
    frame: Frame,
) -> bool:
    """Whether the state's forces named acting are those who answered the attack, not its
    perpetrators: the summary says no group claimed it ("Taliban guards shot a man wearing an
    explosives belt ... No group claimed responsibility"; "... before he was detained by
    Taliban security forces"). A state's own raid is never said to be unclaimed."""
    if first is None or claim is not None or first.role != "agent":
        return False
    if not _state_acts(actor1, date, ctx):
        return False
    told = facts[min(frame.members) : max(frame.members) + 2]
    if not any(_UNCLAIMED.search(f.sentence.text) for f in told):
        return False
    text = ctx.document.text
    before = text[max(0, first.start - 60) : first.start]
    after = text[first.end : first.end + 80]
    return bool(_ANSWERING_BEFORE.search(before) or _AT_THE_ATTACKER.match(after))


# "... before Taliban special forces stormed the building", "until police arrived", "he was
# detained by Taliban security forces": the forces come in a clause after the attack.
_ANSWERING_BEFORE = re.compile(
    r"\b(?:before|until|after|when)\s+(?:the\s+)?[^,;.]{0,20}$|\bby\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Taliban guards shot a man wearing an explosives belt": the forces' act is on the attacker.
# "The Islamic Emirate's police later arrested three suspects": the forces' act is on the men
# suspected of it.
_AT_THE_ATTACKER = re.compile(
    r"^(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:shot(?:\s+dead)?|killed|stopped|detained|arrested"
    r"|overpowered|captured|gunned\s+down)\s+(?:a|an|the|two|three|four|five|several)\s+"
    r"(?:[\w-]+\s+)?(?:man|men|woman|boy|attackers?|gunm[ae]n|bombers?|assailants?|suspects?)\b",
    re.IGNORECASE,
)


_UNCLAIMED = Gated(
    re.compile(
        r"\b(?:no(?:body| (?:group|one|organi[sz]ation)) (?:has )?(?:claimed|took responsibility)"
        r"|unclaimed"
        r"|not (?:been )?claimed|without (?:a|any) claim)\b",
        re.IGNORECASE,
    )
)


def _subject_group(
    members: list[Facts],
    hits: list[TriggerHit],
    date: dt.date | None,
    place: PlaceFix | None,
    ctx: Context,
) -> str | None:
    """The armed group an analysis is about, as the perpetrator of an attack it tells without
    naming anyone: the one armed group its title names that does not govern on the day, when
    the event's sentences name no other group and do not say the attack went unclaimed."""
    titled = _home_title_group(date, place, ctx)
    if titled is None:
        return None
    group, country = titled
    named = {a.actor_id for m in members for a in m.actors if a.role != "patient"}
    others = {a for a in named if a != group and _is_armed_group(a, ctx)}
    others = {a for a in others if not ctx.registry.governs(a, date)}
    if others or any(_UNCLAIMED.search(m.sentence.text) for m in members):
        return None
    if any(_STATE_MEANS.search(h.text) or _RAID_MEANS.search(h.text) for h in hits):
        return None  # raids and air strikes are the state's
    if any(names_state_agent(m.sentence.text) for m in members):
        return None
    if _own_people_fallen(members, group, country, ctx):
        return None
    return group


def _subject_group_hit(
    members: list[Facts], date: dt.date | None, place: PlaceFix | None, ctx: Context
) -> tuple[str, str] | None:
    """(the state, the group) when an analysis tells the people of the one armed group its
    title names killed or wounded at home without naming who acted ("five ISKP fighters were
    killed", "they killed a Daesh commander"): an article on a group's war with the government
    tells the government's operations so, and the state of the place on the day fought it."""
    titled = _home_title_group(date, place, ctx)
    if titled is None:
        return None
    group, country = titled
    if not _own_people_fallen(members, group, country, ctx):
        return None
    state = state_side(ctx.registry, date, country)
    return (state, group) if state is not None and state != group else None


def _home_title_group(
    date: dt.date | None, place: PlaceFix | None, ctx: Context
) -> tuple[str, str | None] | None:
    """The one armed group an analysis's title names that does not govern on ``date``, with the
    event's country, for an event at home or of no known country (abroad, the group's parent
    may be the one that acted)."""
    if ctx.genre != "analysis" or not ctx.document.title:
        return None
    country = place.country if place is not None else None
    if country is not None and country not in {p.country for p in ctx.registry.packs}:
        return None
    titled = {_local_id(h, country, ctx) for h in find_actors(ctx.document.title, ctx.registry)}
    groups = [g for g in titled if _is_armed_group(g, ctx) and not ctx.registry.governs(g, date)]
    return (groups[0], country) if len(groups) == 1 else None


def _local_id(hit: ActorHit, country: str | None, ctx: Context) -> str:
    """The hit's actor as the place's branch of it names it, else as written."""
    return localise(hit.actor_id, country, ctx.registry) or hit.actor_id


def _inside_any(hit: ActorHit, spans: list[tuple[int, int]]) -> bool:
    return any(start <= hit.start and hit.end <= end for start, end in spans)


def _own_people_fallen(members: list[Facts], group: str, country: str | None, ctx: Context) -> bool:
    """Whether the event's sentences count the group's own people among the dead or wounded
    ("five ISKP fighters were killed", "they killed a Daesh commander"): the group was hit,
    so it is not the one that acted, whatever the article is about. Not when the sentence that
    tells the event names another side as the one acted upon ("his men ambushed a Taliban
    pickup ... Bodies of suspected ISKP members began to appear"): the later count is the
    other side's answer. A side counted among the casualties too ("five ISKP fighters were
    killed and two Taliban fighters were wounded") is no such target."""
    if members and _other_side_targeted(members[0], group, country, ctx):
        return False
    for item in members:
        hurt = [(m.start, m.end) for m in item.casualties if m.outcome in ("killed", "injured")]
        if hurt and any(
            _local_id(hit, country, ctx) == group and _inside_any(hit, hurt) for hit in item.actors
        ):
            return True
    return False


def _other_side_targeted(item: Facts, group: str, country: str | None, ctx: Context) -> bool:
    """Whether the sentence names a side other than ``group`` as what was acted upon, outside
    its counts of the dead and wounded ("ambushed a Taliban pickup")."""
    counted = [(m.start, m.end) for m in item.casualties]
    return any(
        hit.role == "patient"
        and _local_id(hit, country, ctx) != group
        and not _inside_any(hit, counted)
        for hit in item.actors
    )


_STATE_MEANS = re.compile(r"raid|operation|drone|air ?strike|airstrike|aircraft|jets?\b", re.I)
# A raid or a security operation by its word in each language: a state's way of acting (a
# group's attack is a "suicide operation", "عملية", "eylem", never a raid).
_RAID_MEANS = re.compile(
    r"\braid|(?<!suicide )(?<!martyrdom )\boperation|(?<!\w)baskın|(?<!\w)operasyon"
    r"|(?<!\w)(?:спец)?операци|(?<!\w)рейд|(?<!\w)зачистк|مداهم|(?<!\w)و?داهم|(?<!\w)و?دهم",
    re.IGNORECASE,
)


def _raiding_state(
    hits: list[TriggerHit], date: dt.date | None, place: PlaceFix | None, ctx: Context
) -> str | None:
    """The state that made a raid or an operation an analysis tells with nobody named acting
    ("a raid in Pech district killed a commander", "düzenlenen bir baskında ... öldürüldü"):
    abroad, the state of that country; at home, the armed group governing on the day (before
    it governed, foreign forces raided too, so nobody is inferred)."""
    if ctx.genre != "analysis" or not any(_RAID_MEANS.search(h.text) for h in hits):
        return None
    if _abroad(place, ctx):
        return _state_abroad(place, ctx)
    if date is None or ctx.registry.government_on(date) is None:
        return None
    return state_side(ctx.registry, date, place.country if place is not None else None)


def _is_armed_group(actor_id: str, ctx: Context) -> bool:
    actor = ctx.registry.actors.get(actor_id)
    return actor is not None and actor.kind == "militant"


# "The Islamic State claimed the Moscow attack": a group as the subject of "claimed".
_CLAIMED_AFTER = re.compile(
    r"\s+(?:later\s+|quickly\s+|also\s+)?claimed\s+(?:the|it|this|responsibility)\b", re.I
)
# "Neither the Taliban nor the Islamic State claimed": a group named after a negation is no
# subject that claimed.
_NEGATED_NAME_BEFORE = re.compile(r"\b(?:neither|nor|not|no)\s+(?:the\s+)?$", re.I)


# "The Taliban said the play insulted Islam", "A Taliban spokesman said the men had been
# detained", "..., who said they had arrested the men", "The Taliban put out a video of the
# captured weapons": the group (or its spokesman) speaking of the incident. Only the words
# of a subject may stand between the name and the verb: not "Taliban fighters killed two
# men, a resident said".
_GROUP_SPOKE = re.compile(
    r"(?:['’]s?)?(?:\s+(?:spokes(?:man|woman|person)|commander|leader|statement)s?)?"
    r"(?:\s+[A-Z][\w'’-]+){0,3}?(?:,?\s+(?:who|which))?\s+(?:later\s+|also\s+|then\s+)?"
    r"(?:said|says|stated|claimed|announced|(?:put\s+out|released|posted)\s+(?:a|an)\s+"
    r"(?:video|statement|message)"
    # "IS-K named the bomber as a Uighur": the group knows its own man
    r"|(?:named|identified)\s+(?:the|its|their)\s+(?:suicide\s+)?(?:bomber|attacker|gunman"
    r"|assailant)s?)\b(?P<statement>[^.;]*)"
)
# A statement that denies or knows nothing: "said they had nothing to do with it", "said the
# hijackers were not its members", "said he had no information"; or that names another doer:
# "said the shells had been fired by the army".
_DISOWNING = re.compile(
    r"\b(?:no|not|nothing|never|none|denied|denies|deny|denying|rejected|unaware|investigating)"
    r"\b|n['’]t\b|\b(?:been|was|were)\s+(?:[\w-]+\s+)?by\b",
    re.IGNORECASE,
)
# The group owning the act in its own words: "who said they had arrested the men".
_OWNING = re.compile(r"\b(?:they|it|its|their|we|our)\b", re.IGNORECASE)


def _group_spoke(members: list[Facts], date: dt.date | None, ctx: Context) -> ActorHit | None:
    """An armed group speaking of the incident: in the terse summaries a group's account of
    its act, the reason it gives, is its claim ("The Taliban said the play insulted Islam").
    Not the governing group (its statements are the state's), nor a statement that disowns
    the act or names another armed group. A group others blamed must own the act in its
    words: "officials blamed the Taliban, who said the ambulance had carried weapons" is the
    blamed group's excuse, "..., who said they had arrested the men" its claim."""
    for item, hit in _groups_named(members, ctx):
        if ctx.registry.governs(hit.actor_id, date):
            continue
        start = item.sentence.start
        spoke = _GROUP_SPOKE.match(item.sentence.text, hit.end - start)
        if spoke is None or _DISOWNING.search(spoke.group("statement")):
            continue
        if hit.role == "attribution" and not _OWNING.search(spoke.group("statement")):
            continue
        if any(_other_group_in(spoke, other, hit, start, date, ctx) for other in item.actors):
            continue
        if is_anaphor(hit.text) and len(_armed_groups_named(members, ctx)) > 1:
            continue  # "the group" could stand for either group the summary names
        return ActorHit(hit.start, hit.end, hit.text, hit.actor_id, "claim")
    return None


def _groups_named(members: list[Facts], ctx: Context) -> Iterator[tuple[Facts, ActorHit]]:
    """Each armed group the event's sentences name, with its sentence; not one named only to
    be negated ("Neither the Taliban nor ...", "not the Taliban")."""
    for item in members:
        text, start = item.sentence.text, item.sentence.start
        for hit in item.actors:
            if not _is_armed_group(hit.actor_id, ctx):
                continue
            if _NEGATED_NAME_BEFORE.search(
                text[max(0, hit.start - start - 20) : hit.start - start]
            ):
                continue
            yield item, hit


def _armed_groups_named(members: list[Facts], ctx: Context) -> set[str]:
    return {
        hit.actor_id
        for item in members
        for hit in item.actors
        if _is_armed_group(hit.actor_id, ctx) and not is_anaphor(hit.text)
    }


def _other_group_in(
    spoke: re.Match[str],
    other: ActorHit,
    hit: ActorHit,
    start: int,
    date: dt.date | None,
    ctx: Context,
) -> bool:
    """Whether the group's statement names another armed group out of power: "the Taliban
    said the Islamic State was behind it" blames, it does not claim."""
    inside = spoke.start("statement") <= other.start - start < spoke.end("statement")
    return (
        inside
        and other.actor_id != hit.actor_id
        and _is_armed_group(other.actor_id, ctx)
        and not ctx.registry.governs(other.actor_id, date)
    )


def _claimer(members: list[Facts], ctx: Context) -> ActorHit | None:
    """The armed group a sentence of the event makes the subject of "claimed", whatever role
    the actor reader gave it."""
    for item, hit in _groups_named(members, ctx):
        offset = hit.end - item.sentence.start
        if _CLAIMED_AFTER.match(item.sentence.text[offset : offset + 40]):
            return ActorHit(hit.start, hit.end, hit.text, hit.actor_id, "claim")
    return None


def _from_the_air(item: Facts) -> bool:
    return any(h.means == "air" for h in item.triggers)


def _state_named(item: Facts, ctx: Context) -> ActorHit | None:
    """The one state a sentence names, not as the side hit: who flew a drone or air strike
    ("a drone strike ... intended for what US commanders believed was a bomb team"); armed
    groups have no aircraft."""
    states = {
        a.actor_id: a
        for a in item.actors
        if a.role != "patient"
        and ctx.registry.actors.get(a.actor_id) is not None
        and ctx.registry.actors[a.actor_id].kind == "state"
    }
    return next(iter(states.values())) if len(states) == 1 else None


def _group_of_fallen(
    people: tuple[PersonRef, ...], actor1: str | None, registry: Registry
) -> str | None:
    """The group of a known member killed or captured when a state acts: the side acted upon
    when "a Taliban raid killed ISKP's intelligence chief"."""
    groups = per_registry(registry, "person-groups", _person_groups)
    for person in people:
        group = person.actor or groups.get(person.person_id or "")
        if person.outcome in ("killed", "captured") and group not in (None, actor1):
            return group
    return None


def _person_groups(registry: Registry) -> dict[str, str]:
    return {k.person_id: k.actor for k in registry.people if k.actor is not None}


def _counter_militant(
    cls: EventClass, actor1: str | None, actor2: str | None, date: dt.date | None, ctx: Context
) -> bool:
    """A state (or the governing group) fighting an armed group: "intelligence forces killed
    four members of ISKP in a raid". GTD codes no attack type for it."""
    if cls.event_type != "Battles" or not _state_acts(actor1, date, ctx):
        return False
    acted_on = ctx.registry.actors.get(actor2 or "")
    return (
        acted_on is not None
        and acted_on.kind == "militant"
        and not ctx.registry.governs(actor2, date)
    )


# The words of a raid or operation by security forces, in the pack's languages.
_RAID_WORDS = Gated(
    re.compile(
        r"\b(?:raid(?:s|ed|ing)?|operations?)\b"
        r"|(?<!\w)(?:спецоперац\w*|операци\w*|рейд\w*|operasyon\w*|baskın\w*"
        r"|عملية دهم|عملية أمنية|مداهمة|دهم|و?داهم(?:ت|وا|ته|تها)?"
        r"|عملية (?:نفذتها|نفذها|عسكرية|خاصة))(?!\w)",
        re.IGNORECASE,
    )
)


# A fight between two sides, not one side's shots: a gunfight, an exchange of fire, heavy
# gunfire, a clash ("çatışma", "перестрелка", "اشتباك", "إطلاق نار كثيف").
_FIGHT = re.compile(
    r"\b(?:gun ?fights?|fire ?fights?|shoot-?outs?|exchanges? of (?:gun)?fire"
    r"|heavy (?:gun)?fire|clash(?:es|ed)?)\b"
    r"|(?<!\w)(?:çatışm\w*|перестрелк\w*|бо[йяюе]м?(?!\w)|вооружённ\w* сопротивлени\w*"
    r"|ال?اشتباك\w*|اشتبك\w*|تبادل\w* (?:ل)?إطلاق النار|إطلاق نار كثيف)(?!\w)",
    re.IGNORECASE,
)


def _state_raid(
    cls: EventClass,
    members: list[Facts],
    actor1: str | None,
    actor2: str | None,
    date: dt.date | None,
    ctx: Context,
) -> bool:
    """A raid by a state (or the governing group) on an armed group, told as news: the
    event's sentences say "raid" or "operation", and no aircraft took part.
    Explosives in its sentences are the cell's (vests found, one blown up as the forces
    closed in), not the means of the event. The raid may be named in a later sentence
    ("спецподразделения ликвидировали командира. ... в ходе спецоперации")."""
    if ctx.genre == "analysis":
        return False
    return _raid_on_group(cls, members, actor1, actor2, date, ctx)  # never an arrest


def _raid_on_group(
    cls: EventClass,
    members: list[Facts],
    actor1: str | None,
    actor2: str | None,
    date: dt.date | None,
    ctx: Context,
) -> bool:
    """A state's (or the governing group's) raid or operation on an armed group."""
    if cls.sub_event_type == "Arrests":
        return False
    if not _counter_militant(
        dataclasses.replace(cls, event_type="Battles"), actor1, actor2, date, ctx
    ):
        return False
    if any(h.means == "air" for h in members[0].triggers):
        return False
    return any(_RAID_WORDS.search(m.sentence.text) for m in members if not m.general)


def _harmful_raid(anchor: Facts) -> bool:
    """Whether the sentence stating the event tells a raid or operation in which people were
    killed or arrested ("güvenlik güçlerinin IŞİD-K hücresine düzenlediği operasyonda 3 militan
    öldürüldü"): the forces' operation, though suicide vests seized in it class it as weapons
    disrupted; its forces act, they did not only foil an attack."""
    if not _RAID_WORDS.search(anchor.sentence.text):
        return False
    return any(h.means in ("killing", "arrest") for h in anchor.triggers)


def _told_raid(
    cls: EventClass,
    members: list[Facts],
    actor1: str | None,
    actor2: str | None,
    date: dt.date | None,
    ctx: Context,
) -> bool:
    """In an analysis, a state's raid on an armed group told by the sentence that states the
    event ("its forces raided a house in Asadabad"), with no bomb in it (a group's "external
    operations, such as the suicide bombings in Kerman" are its own attacks)."""
    anchor = members[0]
    if any(h.means in EXPLOSIVE_MEANS for h in anchor.triggers):
        return False
    if not _RAID_WORDS.search(anchor.sentence.text):
        return False
    return _raid_on_group(cls, [anchor], actor1, actor2, date, ctx)


# One of the raiding force hurt in a state's raid: "one Taliban fighter was wounded", "two
# commandos were killed" (the militants' own dead are counted as members or fighters).
_RAIDER_HURT = re.compile(
    r"\b(?:(?:one|a|an)\s+(?:[\w-]+\s+){0,2}(?:fighter|officer|soldier|commando|policeman"
    r"|guard)\s+was"
    r"|(?:two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}(?:officers|soldiers|commandos"
    r"|policemen|guards)\s+were)\s+(?:also\s+|slightly\s+|seriously\s+)?"
    r"(?:wounded|injured|hurt|killed)\b",
    re.IGNORECASE,
)


def _raid_class(
    cls: EventClass, members: list[Facts], hits: list[TriggerHit], *, summary: bool = False
) -> EventClass:
    """A state's raid is an armed clash; wire gold codes it an armed assault when the report
    tells a fight between the two sides ("a gunfight that lasted two hours", "heavy gunfire"),
    and codes no attack type when it tells only that militants were killed or that they fired
    when asked to surrender. An incident summary that tells the raiders hurt too ("four ISKP
    members were killed and one Taliban fighter was wounded") tells the fight: an armed
    assault, and so does one that tells the raiders killing as they raided ("raided a hideout,
    killing 2 and detaining 3"; not "two militants were killed", which tells no fight)."""
    fire = any(_FIGHT.search(m.sentence.text) for m in members) or (
        summary
        and (
            any(h.means == "killing" and h.text.lower().startswith("killing") for h in hits)
            or any(_RAIDER_HURT.search(m.sentence.text) for m in members)
        )
    )
    trigger = next((h for h in hits if h.means in ASSAULT_MEANS), cls.trigger)
    return EventClass(
        "Battles",
        "Armed clash",
        "Armed Assault" if fire else None,
        "Firearms",
        False,
        trigger,
        tuple(t for t in cls.tags if t != "attempt_failed"),
    )


# Targets of the state's own side, or none: what a state's fight with an armed group is read
# as when the sentence names the raiders' wounded ("two Taliban fighters were wounded") or the
# group's "chief" like an official. Civilians stay: people killed as suspects are harmed as
# civilians.
_STATE_SIDE_TARGETS = frozenset({"Unknown", "Military", "Police", "Government (General)"})


def _state_side_target(target: TargetChoice | None) -> bool:
    return target is None or target.target_type in _STATE_SIDE_TARGETS


def _raided(anchor: Facts, group: str | None, date: dt.date | None, ctx: Context) -> TargetChoice:
    """The armed group a state's raid hit, as its target."""
    named = next((h for h in anchor.actors if h.actor_id == group), None)
    target_type = dated_type(NON_STATE, None, date, ctx.registry)
    if named is None:
        return TargetChoice(None, target_type, group)
    return TargetChoice(named.text, target_type, group, named.start, named.end)


def _arresting(
    anchor: Facts, date: dt.date | None, country: str | None, ctx: Context
) -> ActorHit | None:
    """The first state, or group governing on ``date``, named in an arrest's sentence and not
    as the ones arrested."""
    text, start = anchor.sentence.text, anchor.sentence.start
    for hit in anchor.actors:
        if hit.role == "patient" or _nationality(text, hit.start - start, hit.end - start):
            continue
        actor_id = localise(hit.actor_id, country, ctx.registry)
        if is_state(actor_id, ctx.registry) or ctx.registry.governs(actor_id, date):
            return hit
    return None


# "four citizens of Tajikistan", "Tajik nationals", "граждане Таджикистана", "Tacikistan
# vatandaşları": the country of those held, not of those holding them.
_NATIONALS_BEFORE = re.compile(r"(?:\bcitizens?\s+of|\bnationals?\s+of|граждан\w*)\s+$", re.I)
_NATIONALS_AFTER = re.compile(r"\s+(?:nationals?|citizens?|vatandaş\w*|uyruklu\w*)\b", re.I)


def _nationality(text: str, start: int, end: int) -> bool:
    return bool(
        _NATIONALS_BEFORE.search(text[max(0, start - 20) : start])
        or _NATIONALS_AFTER.match(text, end)
    )


def _state_abroad(place: PlaceFix | None, ctx: Context) -> str | None:
    """The state of a country outside the packs, which makes the arrests on its soil ("The
    next morning four men were detained in the Bryansk region": Russia)."""
    if not _abroad(place, ctx):
        return None
    assert place is not None
    states = sorted(
        a.id
        for a in ctx.registry.actors.values()
        if a.kind == "state" and a.country == place.country
    )
    return states[0] if len(states) == 1 else None


def _state_acts(actor1: str | None, date: dt.date | None, ctx: Context) -> bool:
    return is_state(actor1, ctx.registry) or ctx.registry.governs(actor1, date)


def _leader_tags(members: list[Facts], when: _When, ctx: Context) -> tuple[str, ...]:
    taliban_state = ctx.registry.government_on(when.date) is not None
    return leader_tags([m.sentence.text for m in members], taliban_state=taliban_state)


def _tags(
    cls: EventClass,
    target_type: str | None,
    claimed: bool,
    totals: casualties.CasualtyTotals,
    leaders: tuple[str, ...],
) -> tuple[str, ...]:
    """Tags follow the fields (dev corpus README): ``claim`` with ``claimed_by``,
    ``high_profile`` exactly for the high-profile target types, ``attackers_killed`` when
    attackers died, ``kidnapping`` for a kidnapping, leader tags from the words."""
    tags = [t for t in cls.tags if t != "kidnapping"]
    if claimed:
        tags.append("claim")
    if target_type in HIGH_PROFILE_TARGETS:
        tags.append("high_profile")
    if (totals.deaths_by_side.actor1 or 0) > 0 or (totals.attackers_killed or 0) > 0:
        tags.append("attackers_killed")
    if cls.attack_type == "Hostage Taking (Kidnapping)":
        tags.append("kidnapping")
    tags.extend(leaders)
    return tuple(dict.fromkeys(tags))


def _confidence(filled: dict[str, bool]) -> float:
    score = sum(w for name, w in _CONFIDENCE_WEIGHTS.items() if filled.get(name))
    return round(min(1.0, 0.1 + score * 0.9), 2)


class _Spans:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.items: list[FieldSpan] = []

    def add(self, field: str, span: tuple[int, int] | None) -> None:
        if span is None or span[0] >= span[1]:
            return
        start, end = span
        text = self.document.text[start:end]
        self.items.append(FieldSpan(field, self.document.id, start, end, text))


# The state's own side in its raid: "a member of the raiding unit", "one of our mujahideen".
_RAIDERS = re.compile(
    r"\b(?:raiding|our (?:forces|men|mujahideen)|special forces|security forces)\b", re.I
)
_OF_THEM = re.compile(r"\b(?:of them|the (?:rest|others))\b", re.I)
_MILITANT_WORDS = re.compile(
    r"\b(?:militants?|insurgents?|fighters?|attackers?|assailants?|gunm[ae]n|rebels?"
    r"|jihadists?|bombers?)\b",
    re.IGNORECASE,
)


def _sided(
    mention: casualties.CasualtyMention,
    actor1: str | None,
    militant_target: bool,
    ctx: Context,
) -> casualties.CasualtyMention:
    """The side of "ten militants were killed" once the perpetrator is known: fighters of
    the perpetrator, or unnamed militants when the target was not itself an armed group."""
    if mention.group != "unknown" or not mention.group_text or actor1 is None:
        return mention
    named = {h.actor_id for h in find_actors(mention.group_text, ctx.registry)}
    if named and localise_all(named, ctx) != {actor1}:
        return mention
    if named or (not militant_target and _MILITANT_WORDS.search(mention.group_text)):
        return dataclasses.replace(mention, group="attackers")
    return mention


def _militant_target(target: TargetChoice | None, ctx: Context) -> bool:
    """Whether the side attacked is an armed group: one coded as such, or a militant group
    that governs ("a bomb hit a Taliban vehicle, killing two fighters": the fighters are the
    Taliban's, not the bombers')."""
    if target is None:
        return False
    if target.target_type == NON_STATE:
        return True
    owner = ctx.registry.actor(target.actor) if target.actor else None
    return owner is not None and owner.kind == "militant"


def _raid_sided(
    mention: casualties.CasualtyMention, item: Facts, sides: tuple[str, str], ctx: Context
) -> casualties.CasualtyMention:
    """The side of a death or wound in a state's raid (``sides``: the state, the group it
    raided): that group's militants ("four Islamic State militants", "four of them") are the
    side acted upon; the state's own men ("a GDI fighter", "a member of the raiding unit",
    "one of our mujahideen") its side."""
    actor1, raided = sides
    if mention.group != "unknown":
        return mention
    local = mention.start - item.sentence.start
    words = item.sentence.text[max(0, local - 40) : local] + mention.text
    named = {h.actor_id for h in find_actors(mention.group_text or "", ctx.registry)}
    if _RAIDERS.search(words) or (named and localise_all(named, ctx) == {actor1}):
        return dataclasses.replace(mention, group="attackers")
    if (named and localise_all(named, ctx) == {raided}) or (
        not named and (_MILITANT_WORDS.search(mention.group_text or "") or _OF_THEM.search(words))
    ):
        return dataclasses.replace(mention, group="target_side")
    return mention


def localise_all(ids: set[str], ctx: Context) -> set[str]:
    country = next(iter(p.country for p in ctx.registry.packs if p.country), None)
    return {localise(i, country, ctx.registry) or i for i in ids}


# "then", "at the time": a sentence that goes on telling the incident of the one before it
# ("13 апреля 2017 года ВВС США сбросили ... бомбу. По данным властей, тогда были уничтожены 36
# боевиков").
_THEN = Gated(
    re.compile(
        r"\b(?:тогда|в тот раз|at the time|back then|o zaman|o sırada|o saldırıda)\b"
        r"|(?<!\w)(?:آنذاك|حينها|حينذاك|وقتها)(?!\w)",
        re.IGNORECASE,
    )
)


def _not_background(later: list[Facts], day: dt.date) -> list[Facts]:
    """The sentences after the first that are not of a background incident: not dated well
    before ``day`` (``dated_before``), nor going on with the dated incident of the sentence
    right before them ("then", "at the time")."""
    kept: list[Facts] = []
    background: Facts | None = None
    for item in later:
        after = background is not None and item.index == background.index + 1
        if dated_before(item, day) or (after and _THEN.search(item.sentence.text)):
            background = item
            continue
        background = None
        kept.append(item)
    return kept


# A summary that places its incident among others ("This was one of three related attacks",
# "the second of two bombings that morning", "one of several coordinated attacks", "this
# summary covers the attack on the ministry"): a toll
# "across the attacks" there covers incidents the summary does not tell.
_RELATED_INCIDENT: re.Pattern[str] = re.compile(
    r"\b(?:one|first|second|third|fourth|fifth|last|latest) of (?:the )?"
    r"(?:more than |over |at least |some |about |nearly )?\w+ (?:[\w-]+ ){0,3}"
    r"(?:attacks|incidents|bombings|blasts|explosions|assaults|shootings|strikes)\b"
    r"|\b(?:part|one) of a (?:series|wave|string|spate|chain) of\b"
    r"|\b(?:related|separate|other|another) (?:attacks?|incidents?|bombings?|blasts?)\b"
    # "This summary covers the first attack, in which two died": it tells one part only
    r"|\bth(?:is|e) (?:summary|entry|record|report) (?:only )?(?:covers|concerns|describes|"
    r"refers to|is about)\b",
    re.IGNORECASE,
)


def _tolls_of_told_blasts(
    mentions: list[casualties.CasualtyMention], in_order: list[Facts], language: str
) -> list[casualties.CasualtyMention]:
    """A summary that tells every blast of its incident itself ("a car bomb and then two more
    bombs went off ...; the toll across the three blasts rose to 40") gives its own toll
    "across the blasts": the incident is all of them. A count over a period ("over the past
    year") still covers other incidents, and the incident's own figure for an outcome ("five
    were hurt at the gate") still wins over the shared one. Only the dead: the wounded
    "across the blasts" stay shared (taking them measured a held-out loss)."""
    if all(m.shared_by is None for m in mentions):
        return mentions
    periods = [
        (item.sentence.start, item.sentence.end)
        for item in in_order
        if casualties.over_a_period(item.sentence.text, language.split("-")[0].lower())
    ]
    own = {m.outcome for m in mentions if m.shared_by is None}
    return [
        m
        if m.shared_by is None
        or m.outcome in own
        or m.outcome != "killed"
        or any(start <= m.start < end for start, end in periods)
        else dataclasses.replace(m, shared_by=None)
        for m in mentions
    ]


# The date that opens a summary ("03/25/2020: Gunmen stormed ..."): not a count of gunmen.
_SUMMARY_DATE: re.Pattern[str] = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{2,4}:?\s*")


def _attackers_numbered(
    mentions: list[casualties.CasualtyMention], in_order: list[Facts], language: str
) -> list[casualties.CasualtyMention]:
    """ "Four gunmen stormed the post ... The attackers were killed": the attackers killed
    (or left out of the toll) without a figure are as many as the summary said took part,
    as a report's are (``tolls.aggregate_report``). The definite "the attackers", "all the
    bombers" are those told; a bare "militants were killed" may be others."""
    if not any(_the_attackers_killed(m) for m in mentions):
        return mentions
    if any(m.group == "attackers" and m.quantity.best for m in mentions):
        return mentions  # "all eight of whom died" beside "the attackers": already counted
    texts = [_SUMMARY_DATE.sub("", item.sentence.text) for item in in_order]
    told = attackers_told(texts, language)
    if told is None:
        return mentions
    return [
        dataclasses.replace(m, quantity=Quantity(told, told, told, False, m.quantity.text))
        if _the_attackers_killed(m)
        else m
        for m in mentions
    ]


def _the_attackers_killed(m: casualties.CasualtyMention) -> bool:
    """Attackers killed without a figure, named as the ones already told ("the gunmen")."""
    if m.outcome != "killed" or m.group != "attackers" or m.relation != "count":
        return False
    if m.quantity.best is not None or m.quantity.high is not None:
        return False
    return unnumbered_attackers(m) or m.quantity.text.lower().startswith(("the ", "all "))


def _casualty_totals(
    members: list[Facts],
    ctx: Context,
    actor1: str | None = None,
    militant_target: bool = False,
    raided: str | None = None,
    day: dt.date | None = None,
) -> casualties.CasualtyTotals:
    in_order = sorted(members, key=lambda item: item.index)
    if ctx.genre != "summary" and day is not None:
        # "In August a soldier killed three Australians": a background incident's toll
        in_order = in_order[:1] + _not_background(in_order[1:], day)
    summary = ctx.genre == "summary"
    mentions = [
        _raid_sided(m, item, (actor1, raided), ctx)
        if raided is not None and actor1 is not None
        else _sided(m, actor1, militant_target, ctx)
        for item in in_order
        for m in (
            claims_of_others(item.casualties, item.actors, item.sentence, actor1)
            if summary
            else item.casualties
        )
    ]
    if summary:
        if not _RELATED_INCIDENT.search(ctx.document.text):
            mentions = _tolls_of_told_blasts(mentions, in_order, ctx.language)
        mentions = _attackers_numbered(mentions, in_order, ctx.language)
        # The closed-world rule of docs/gold-format.md: an incident summary is a complete
        # account, so silence about deaths or injuries there means none.
        totals = casualties.aggregate(mentions, attackers_side="actor1", closed_world=True)
    else:
        starts = [item.sentence.start for item in in_order]
        told = (
            attackers_told([item.sentence.text for item in in_order], ctx.language)
            if any(unnumbered_attackers(m) for m in mentions)
            else None  # the count is read only for the mention that takes it
        )
        totals = aggregate_report(mentions, starts, attackers_side="actor1", attackers_told=told)
    return dataclasses.replace(
        totals,
        fatalities=casualties.ordered_range(totals.fatalities),
        injuries=casualties.ordered_range(totals.injuries),
    )


def _refined(
    target: TargetChoice | None, members: list[Facts], ctx: Context
) -> TargetChoice | None:
    """Account-wide target rules: a summary is one incident, else the frame's sentences."""
    text = ctx.document.text
    if ctx.genre == "summary":
        return refine(target, text)
    sentences = [item.sentence for item in members]
    start = min(s.start for s in sentences)
    end = max(s.end for s in sentences)
    return refine(target, text[:end], start)


_FORMER = re.compile(r"\b(?:former|retired|ex-|one-time)\s*(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
_FALLEN_STATE_TYPES = frozenset({"Police", "Military", "Government (General)"})


def _former_servant(
    target: TargetChoice | None, date: dt.date | None, ctx: Context
) -> TargetChoice | None:
    """A former soldier, police officer or official of a state that has since fallen ("a former
    officer of the republic's army", once an armed group governs) is a private citizen."""
    if (
        target is None
        or target.target_type not in _FALLEN_STATE_TYPES
        or target.start is None
        or ctx.registry.government_on(date) is None
    ):
        return target
    before = ctx.document.text[max(0, target.start - 40) : target.start]
    if not _FORMER.search(before) and not _FORMER.search(target.target or ""):
        return target
    # a former servant is no longer in office, so killing one is no assassination; a former
    # politician (a lawmaker, minister, governor) stays a public figure
    public = bool(_POLITICIAN.search(target.target or ""))
    return dataclasses.replace(
        target,
        target_type="Private Citizens & Property",
        prominent=target.prominent and public,
        prominent_bombing=target.prominent_bombing and public,
    )


_POLITICIAN = re.compile(
    r"parliament|lawmaker|\bMP\b|senator|minister|governor|mayor|council", re.IGNORECASE
)


# A vehicle driven off with its people left behind: "drove off with them; the drivers were left
# at the roadside". Only the vehicle and its load were taken, so the hijacking is looting
# (ACLED), no abduction. ("ordered the drivers out and drove away" reads the same, but the gold
# of the held-out summaries is split on it, so it is left to the abduction reading.)
_PEOPLE_PUT_OUT = Gated(
    re.compile(
        r"\b(?:drivers?|passengers|crew|occupants)\s+(?:were|was)\s+left\s+"
        r"(?:at|by|on)\s+the\s+(?:roadside|side\s+of\s+the\s+road|road)\b",
        re.IGNORECASE,
    )
)

# ... unless some of them were still taken or held.
_SOME_TAKEN = Gated(
    re.compile(
        r"\b(?:abduct\w*|kidnapp?\w*|hostages?|captives?|held|holding|detained"
        r"|took\s+(?:\w+\s+){1,4}(?:away|with\s+them))\b",
        re.IGNORECASE,
    )
)


def _vehicle_taken_without_people(cls: EventClass, members: list[Facts]) -> EventClass:
    """A hijacking whose account puts the people off the vehicle is looting of the vehicle."""
    if cls.attack_type != "Hijacking" or cls.sub_event_type != "Abduction/forced disappearance":
        return cls
    if not any(_PEOPLE_PUT_OUT.search(m.sentence.text) for m in members):
        return cls
    if any(_SOME_TAKEN.search(m.sentence.text) for m in members):
        return cls  # "ordered the passengers out and took two soldiers with them"
    return dataclasses.replace(
        cls, event_type="Strategic developments", sub_event_type="Looting/property destruction"
    )


def build_event(frame: Frame, facts: list[Facts], ctx: Context) -> Event | None:
    """The event a frame states, or ``None`` if its words signal no event after all."""
    members = _ordered(frame, facts)
    anchor = members[0]
    hits = _hits(frame, members)
    threat = bool(hits) and all(h.means == "threat" for h in hits)
    when = _when(frame, members, ctx, facts, threat=threat)
    place = _where(members, frame, ctx, facts[frame.anchor - 1] if frame.anchor else None)
    if (
        frame.follows is not None
        and not frame.dated_only
        and (place is None or place.admin1 is None)
    ):
        place = _same_city(members[0], facts[frame.follows], place)
        if place is not None and place.admin1 is None and place.latitude is None:
            place = dataclasses.replace(place, country=None)  # a name the gazetteer lacks
    target = _target(members, hits, ctx, when.date)
    target = _refined(target, members, ctx)
    target = _former_servant(target, when.date, ctx)
    totals = _casualty_totals(members, ctx, day=when.date)
    harmed = bool(totals.fatalities.best or totals.injuries.best)
    persons = find_persons(members, ctx.registry, hits, ctx.language, ctx.surnames)
    # gunmen who also fire rockets or throw grenades carry out an armed assault (GTD), so
    # whether they aimed at one person is judged as for gunmen
    explosive = any(h.means in EXPLOSIVE_MEANS for h in hits) and not firearms_first(hits)
    aimed = target is not None and (target.prominent_bombing if explosive else target.prominent)
    prominent = aimed and _harmful(hits)
    cls = classify(
        hits,
        armed_target=_armed(target),
        territory=(target is not None and bool(_TERRITORY.search(target.target or "")))
        or _seat_taken(anchor),
        prominent_target=prominent
        or (persons.prominent_victim and not explosive)
        or persons.known_leader_victim,
        casualties=harmed,
    )
    if cls is None:
        if frame.block is None:
            return None
        cls = _unknown_attack(target)
    target = hijacked_transport(target, cls.attack_type)
    if not harmed:  # "shot one of the drivers": an attack on the people, more than a theft
        cls = _vehicle_taken_without_people(cls, members)
    foiled = cls.sub_event_type == "Disrupted weapons use" and not _harmful_raid(anchor)
    arrest = cls.sub_event_type == "Arrests"
    if arrest and frame.follows is not None and (place is None or place.country is None):
        place = _arrest_place(facts[frame.follows], frame.days_after) or place
    after_attack = arrest and frame.follows is not None and ctx.genre == "analysis"
    first, claim, actor1, actor2 = _sides(
        members,
        target,
        when,
        place,
        ctx,
        foiled,
        arrest,
        after_attack,
        # a wire report's side incident is an earlier one its claim sentence tells of
        frame.follows is not None or (ctx.genre == "wire" and not frame.main),
    )
    if _responder(first, claim, actor1, when.date, ctx, facts, frame):
        first, actor1 = None, None
    if first is None and not foiled and not arrest and not frame.main:
        first = _record_told(frame, facts, when.date, place, ctx)
        if first is not None:
            country = place.country if place is not None else None
            actor1 = localise(first.actor_id, country, ctx.registry)
            claim = first if first.role == "claim" else None
    if _state_acts(actor1, when.date, ctx):
        actor2 = _group_of_fallen(persons.people, actor1, ctx.registry) or actor2
    elif actor2 is None and ctx.genre == "analysis":  # "the Taliban killed him"
        fighters = tuple(p for p in persons.people if not holds_office(p, ctx.registry))
        actor2 = _group_of_fallen(fighters, actor1, ctx.registry)
    if actor1 is None and claim is None and cls.attack_type is not None:
        after = facts[max(frame.members) + 1 : max(frame.members) + 2]
        actor1 = _subject_group(members, hits, when.date, place, ctx)
        hit_at_home = None if actor1 else _subject_group_hit(members, when.date, place, ctx)
        if hit_at_home is not None:
            actor1, actor2 = hit_at_home
        if actor1 is None:
            actor1 = _raiding_state(hits, when.date, place, ctx)
        if any(_UNCLAIMED.search(f.sentence.text) for f in after):
            actor1 = None  # "No group claimed the attack.", just after it
        if actor1 is not None and _group_of_fallen(persons.people, None, ctx.registry) == actor1:
            actor1 = None  # the group's own leader fell: the group was hit, not acting
    if _unvoiced_threat(cls, hits, ctx) and (
        actor1 is None or _state_on_mission(actor1, target, when.date, ctx)
    ):
        actor1 = _threatening_group(when.date or ctx.reference, actor2, ctx)
    cls = _by_non_state(cls, actor1, when.date or ctx.reference, ctx)
    if ctx.language == "en":  # its patterns are English words
        cls = suicide_told.with_suicide_told(cls, members, hits)
    raided: str | None = None
    if _state_raid(cls, members, actor1, actor2, when.date, ctx):
        raided = actor2
        cls = _raid_class(cls, members, hits, summary=ctx.genre == "summary")
        if target is None or target.target_type != NON_STATE:
            target = _raided(anchor, actor2, when.date, ctx)
    elif ctx.genre == "analysis" and _told_raid(cls, members, actor1, actor2, when.date, ctx):
        # "its forces raided a house in Asadabad; four militants were killed": an armed clash
        # (an analysis gives no more of the fight; its toll and target stay as told)
        cls = dataclasses.replace(cls, event_type="Battles", sub_event_type="Armed clash")
    elif _counter_militant(cls, actor1, actor2, when.date, ctx) and not (
        ctx.genre == "summary" and accused_militants(ctx.document.text)
    ):
        # (people killed on suspicion of belonging to the group are executed, not fought)
        cls = dataclasses.replace(cls, attack_type=None)  # a state's raid is no terrorist attack
    if _state_side_target(target) and (
        ctx.genre == "analysis" and _counter_militant(cls, actor1, actor2, when.date, ctx)
    ):
        # an analysis telling a state's fight with an armed group ("the Taliban have fought
        # ISKP hard, killing its intelligence chief"): the group is what was hit, as incident
        # summaries and wire reports code it
        target = _raided(anchor, actor2, when.date, ctx)
    if actor1 is not None:
        militant_target = _militant_target(target, ctx)
        totals = _casualty_totals(members, ctx, actor1, militant_target, raided, when.date)
    country = place.country if place is not None else None
    claimed_by = localise(claim.actor_id, country, ctx.registry) if claim else None
    if is_state(claimed_by, ctx.registry):
        claimed_by = None  # "Pakistan said it had targeted hideouts": a state owns, never claims
    if (
        target is not None
        and target.target_type == NON_STATE
        and ctx.registry.governs(actor2, when.date)
        # "camps of the Tehrik-i-Taliban Pakistan": a target named as another group's stays it
        and (target.actor is None or ctx.registry.governs(target.actor, when.date))
    ):
        target = TargetChoice(
            target.target, "Military", target.actor, target.start, target.end, target.prominent
        )
    spans = _Spans(ctx.document)
    trigger_span = (cls.trigger.start, cls.trigger.end) if cls.trigger else None
    for name in ("event_type", "sub_event_type", "attack_type", "weapon_type"):
        spans.add(name, trigger_span)
    if cls.suicide:
        suicide_hit = next((h for h in hits if h.means == "suicide"), None)
        spans.add("suicide", (suicide_hit.start, suicide_hit.end) if suicide_hit else None)
    spans.add("event_date", when.span)
    if first is not None:
        spans.add("actor1", (first.start, first.end))
    if claim is not None and claimed_by is not None:
        spans.add("claimed_by", (claim.start, claim.end))
    if target is not None and target.start is not None and target.end is not None:
        spans.add("target", (target.start, target.end))
        spans.add("target_type", (target.start, target.end))
    if place is not None:
        spans.add("admin1", place.admin1_span)
        spans.add("location", place.location_span)
    for item in members:
        for mention in item.casualties:
            field = {"killed": "fatalities", "injured": "injuries"}.get(mention.outcome)
            if field:
                spans.add(field, (mention.start, mention.end))
    for person in persons.spans:
        spans.add("persons", person)
    sentence = anchor.sentence
    doc = ctx.document
    source = Source(
        document_id=doc.id,
        evidence=sentence.text,
        start=sentence.start,
        end=sentence.end,
        title=doc.title,
        publisher=doc.publisher,
        url=doc.url,
        published=iso(doc.published),
        accessed=iso(doc.accessed),
    )
    filled = {
        "event_type": cls.trigger is not None,
        "event_date": when.date is not None,
        "admin1": place is not None and place.admin1 is not None,
        "actor1": actor1 is not None,
        "target_type": target is not None,
        "fatalities": totals.fatalities.known,
        "location": place is not None and place.location is not None,
    }
    return Event(
        event_id=event_id(doc.id, sentence.start, sentence.end, cls.event_type),
        event_date=when.date,
        date_precision=when.precision if when.date is not None else "unknown",
        event_type=cls.event_type,
        sub_event_type=cls.sub_event_type,
        attack_type=cls.attack_type,
        weapon_type=cls.weapon_type,
        suicide=cls.suicide,
        actor1=actor1,
        actor2=actor2,
        target_type=target.target_type if target is not None else _default_target(cls),
        target=target.target if target is not None else None,
        country=place.country if place is not None else None,
        admin1=place.admin1 if place is not None else None,
        admin2=place.admin2 if place is not None else None,
        location=_as_written(place, ctx) if place is not None else None,
        latitude=place.latitude if place is not None else None,
        longitude=place.longitude if place is not None else None,
        geo_precision=place.geo_precision if place is not None else None,
        fatalities=totals.fatalities,
        injuries=totals.injuries,
        deaths_by_side=_civilian_dead(totals, target, members, ctx),
        claimed_by=claimed_by,
        tags=_tags(
            cls,
            target.target_type if target is not None else _default_target(cls),
            claimed_by is not None,
            totals,
            tuple(dict.fromkeys((*persons.tags, *_leader_tags(members, when, ctx)))),
        ),
        persons=persons.people,
        sources=(source,),
        confidence=_confidence(filled),
        language=ctx.language,
        field_spans=tuple(spans.items),
    )


# Targets whose unnamed victims ("people", "victims") are civilians in the gold coding, when
# nothing in the event names soldiers, police or officials among those present.
_CIVILIAN_TARGETS = frozenset(
    {
        "Private Citizens & Property",
        "Religious Figures/Institutions",
        "Educational Institution",
        "Business",
        "NGO",
        "Journalists & Media",
        "Tourists",
        "Transportation",
        "Food or Water Supply",
    }
)
_ARMED_OR_OFFICIAL = Gated(
    re.compile(
        r"\b(?:soldiers?|troops|police(?:m[ae]n)?|officers?|guards?|security|army|militia\w*|"
        r"fighters?|commanders?|government employees|civil servants|governor|"
        r"minister|president|candidate|judges?)\b",
        re.IGNORECASE,
    )
)


def _unvoiced_threat(cls: EventClass, hits: list[TriggerHit], ctx: Context) -> bool:
    """A threat an analysis tells without naming who made it ("its threats have become
    specific: a video named the embassies of X and Y as legitimate targets")."""
    threat = any(h.means == "threat" for h in hits)
    return threat and cls.sub_event_type == "Other" and ctx.genre == "analysis"


def _state_on_mission(
    actor1: str, target: TargetChoice | None, date: dt.date | None, ctx: Context
) -> bool:
    """A state or the governing side read as the maker of a threat against a diplomatic
    mission: the state whose mission it is, or one the group accuses ("named the embassy of
    Tajikistan as a target, accusing Dushanbe of ..."); armed groups make such threats."""
    diplomatic = target is not None and target.target_type == "Government (Diplomatic)"
    return diplomatic and (is_state(actor1, ctx.registry) or ctx.registry.governs(actor1, date))


def _threatening_group(date: dt.date | None, actor2: str | None, ctx: Context) -> str | None:
    """The armed group the analysis names most, not governing on ``date``: the one whose
    threats it discusses."""
    return next((g for g in ctx.groups if g != actor2 and not ctx.registry.governs(g, date)), None)


def _civilian_dead(
    totals: casualties.CasualtyTotals,
    target: TargetChoice | None,
    members: list[Facts],
    ctx: Context,
) -> DeathsBySide:
    """In a news report or article, the unnamed dead of an attack on civilians are civilians,
    unless the event names armed men or officials among those present ("as soldiers and
    civilians queued"); see docs/quantities.md 3a."""
    sides = totals.deaths_by_side
    if ctx.genre == "summary":
        return sides  # incident summaries code the words as written (docs/quantities.md 3.6)
    if not sides.unknown or target is None or target.target_type not in _CIVILIAN_TARGETS:
        return sides
    named = {m.group for item in members for m in item.casualties if m.outcome == "killed"}
    if named & {"security", "target_side"}:
        return sides
    present = [m for m in members if m is members[0] or m.casualties]
    if ctx.language == "en" and any(_ARMED_OR_OFFICIAL.search(m.sentence.text) for m in present):
        return sides
    civilians = (sides.civilians or 0) + sides.unknown
    return DeathsBySide(sides.actor1, sides.actor2, civilians, None)


_TERRITORY = re.compile(
    r"district (?:centre|center|headquarters|compound)|district\b|\btown\b|\bcity\b", re.IGNORECASE
)


# The seat of a district or a town as what was taken: "overran the centre of Chal district",
# "захватили кишлак Нусай — административный центр уезда"; not the place of a post taken
# ("overran a police post in Muqur district").
_SEAT_AFTER = re.compile(
    r"(?:(?!(?<!\w)(?:in|at|near|outside|on|в|на|у|около|في)(?!\w))[^.;]){0,50}?"
    r"(?<!\w)(?:district|town|city|centre|center|provincial capital|уезд\w*"
    r"|кишлак\w*|город\w*|райцентр\w*|административн\w* центр\w*|ilçe\w*|kasaba\w*|kent\w*"
    r"|مديرية|مدينة|بلدة|مركز)(?!\w)",
    re.IGNORECASE,
)


def _seat_taken(anchor: Facts) -> bool:
    """Whether the sentence stating the event tells of overrunning a seat of territory."""
    text, start = anchor.sentence.text, anchor.sentence.start
    return any(
        h.means == "overrun" and _SEAT_AFTER.match(text, h.start - start) is not None
        for h in anchor.triggers
    )


def _armed(target: TargetChoice | None) -> bool:
    """An armed side for ACLED: police, soldiers, militants, and officials of the security
    and intelligence services ("a Taliban intelligence official" makes a killing a clash)."""
    if target is None or target.target_type == "Private Citizens & Property":
        return False
    return target.armed or bool(_SECURITY_SERVICE.search(target.target or ""))


def _by_non_state(
    cls: EventClass, actor1: str | None, date: dt.date | None, ctx: Context
) -> EventClass:
    """An "arrest" by an armed group that is not the state is an abduction."""
    if cls.sub_event_type != "Arrests" or actor1 is None:
        return cls
    actor = ctx.registry.actors.get(actor1)
    if actor is None or actor.kind != "militant":
        return cls
    if ctx.registry.governs(actor1, date):
        return cls
    return EventClass(
        "Violence against civilians",
        "Abduction/forced disappearance",
        "Hostage Taking (Kidnapping)",
        "Unknown",
        cls.suicide,
        cls.trigger,
        (*cls.tags, "kidnapping"),
    )


def _harmful(hits: list[TriggerHit]) -> bool:
    return any(h.means not in ("arrest", "threat", "surrender", "protest") for h in hits)


def _default_target(cls: EventClass) -> str | None:
    return "Unknown" if cls.attack_type is not None else None


def _unknown_attack(target: TargetChoice | None) -> EventClass:
    armed = target is not None and target.armed
    return EventClass(
        "Battles" if armed else "Violence against civilians",
        "Armed clash" if armed else "Attack",
        "Unknown",
        "Unknown",
        False,
        None,
    )


# "both" in each language; other counts are read as numbers ("three", "üç", "трёх").
_BOTH = frozenset({"both", "оба", "обоих", "обе", "обеих", "كلا", "كلتا"})


def _claimed_count(word: str, language: str) -> int:
    """How many events a claim of "both", "all three", "за всех трёх" covers (2 when the word
    is no number: "both")."""
    last = word.lower().split()[-1]
    if last in _BOTH:
        return 2
    # Arabic writes the article on the number: "الهجمات الثلاث"
    return figure_value(last.removeprefix("ال"), language) or 2


_MULTI_CLAIM = Gated(
    re.compile(
        r"\bclaimed\s+(?:responsibility\s+for\s+)?(?:all\s+(?P<n>two|three|four|five|six)\b"
        r"|(?P<both>both)\b)"
        # "responsibility for both attacks", "both bombings were claimed by", "the two attacks"
        r"|\b(?P<en>both|(?<=the )two|(?<=the )three|(?<=all )three)\s+(?:[\w-]+\s+)?"
        r"(?:attacks|bombings|blasts|explosions|assaults|killings|incidents)\b"
        # Turkish "her iki saldırıyı da", "üç saldırıyı"
        r"|(?<!\w)(?:her\s+)?(?P<tr>iki|üç|dört)\s+(?:[\w-]+\s+)?(?:saldırı|patlama|eylem)\w*"
        # Russian "за оба нападения", "за все три теракта"
        r"|(?<!\w)за\s+(?P<ru>оба|обоих|обе|обеих|два|двух|все три|всех тр[её]х|три|тр[её]х)\s+"
        r"(?:[\w-]+\s+)?(?:нападени|теракт|взрыв|атак|подрыв|обстрел)\w*"
        # Arabic "كلا الهجومين", "الهجمات الثلاث"
        r"|(?<!\w)(?P<ar>كلا|كلتا)\s+(?:ال)?(?:هجوم|تفجير|عملي)\w*"
        r"|(?<!\w)(?:ال)?(?:هجمات|تفجيرات|عمليات)\s+(?P<ar3>الثلاث|الثلاثة)(?!\w)",
        re.IGNORECASE,
    )
)


def _paragraphs_before(text: str, position: int) -> int:
    """Where the paragraph before the one holding ``position`` starts: a claim of "both
    attacks" speaks of attacks told close before it, not of one in an earlier section (in
    another language a count phrase far from them may speak of one event's several blasts)."""
    breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, position)]
    return breaks[-2] if len(breaks) >= 2 else 0


def spread_claims(events: list[Event], facts: list[Facts], ctx: Context) -> list[Event]:
    """ "ISKP claimed all three", "Ответственность за оба нападения взяла на себя ИГ-Хорасан",
    "Her iki saldırıyı da IŞİD-K üstlenmişti": the claim covers the events told just
    before it."""
    out = list(events)
    for item in facts:
        claims = item.roles("claim")
        found = _MULTI_CLAIM.search(item.sentence.text) if claims else None
        if found is None:
            continue
        word = next(w for w in found.groups() if w is not None)
        count = _claimed_count(word, ctx.language)
        since = _paragraphs_before(ctx.document.text, item.sentence.start)
        before = [
            i
            for i, e in enumerate(out)
            if e.sources and since <= e.sources[0].start < item.sentence.start
        ]
        for index in before[-count:]:
            event = out[index]
            if event.claimed_by is None:
                claimer = localise(claims[0].actor_id, event.country, ctx.registry)
                tags = tuple(dict.fromkeys((*event.tags, "claim")))
                out[index] = event.replace(claimed_by=claimer, actor1=claimer, tags=tags)
    return out
