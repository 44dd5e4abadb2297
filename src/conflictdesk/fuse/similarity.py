"""Are two reports about the same event? Blocking, then a weighted similarity score.

Blocking rules out the impossible: dates more than ``DATE_WINDOW_DAYS`` apart, different
countries, different provinces when both reports' evidence backs its own province, different
event families, different targets, point places far apart, a threat against an act. Two
reports dated only to a month whose tolls are far apart, or told by one of them only, must
share a person or a named target.
A report with a vague date (none, or only a year: a passing mention) may only join a precisely
dated event of its province with which it shares a person. Inside a block the score weighs
date closeness, place, target, type, actors, persons and tolls over the components both
reports inform. Two bombings in Kabul on the same day at different targets stay two: their targets
are of different kinds, neither report mentions the other's, and one is a named place (or the
kinds of attack differ), which blocks them. Targets of different kinds two or more days apart
block even when one report mentions the other's target, if each report's evidence names its
own: an attack and a follow-up (a killing, then a bombing at the funeral).

Extracted reports of one event disagree in ways the rules allow for: one report's province
comes from its dateline or a bank's name ("Kabul Bank" in Kunduz), one calls a foiled-then-
deadly attack a strategic development, one names the victims ("civilians") where another names
the place ("Ministry of Foreign Affairs"), one picks a side as the target, one is in another
language. Such a disagreement lowers the score instead of blocking.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from conflictdesk.fuse.names import names_mentioned, word_mentioned
from conflictdesk.fuse.profile import Profile, profiler_for
from conflictdesk.model import Casualties, Event
from conflictdesk.resolve.registry import Registry

# Reports of one event are dated within this many days of each other: a relative date ("on
# Tuesday", "yesterday") read against a later dateline lands a day or two late. Extracted
# reports of one gold cluster are at most 2 days apart (samples and dev/clusters, 2026-11-21);
# the day-by-day agreement below keeps 2-3 days apart a weak match.
DATE_WINDOW_DAYS = 3

# Event families that may describe the same event in different reports: one outlet's
# "explosion" is another's "attack on civilians".
FAMILIES: dict[str, str] = {
    "Battles": "violent",
    "Explosions/Remote violence": "violent",
    "Violence against civilians": "violent",
    "Protests": "demonstration",
    "Riots": "demonstration",
    "Strategic developments": "strategic",
}

WEIGHTS: dict[str, float] = {
    "date": 2.0,
    "place": 2.0,
    # the most telling field between two attacks in one city on one day
    "target": 3.0,
    "type": 1.0,
    "actor": 1.0,
    "persons": 1.5,
    "tolls": 1.0,
}

# A report fuses with a cluster when their weighted agreement reaches this share of the
# weights both inform. Calibrated with tools/calibrate_fusion.py on the samples and dev/clusters
# gold (table in docs/fusion.md): dev/clusters is perfect (P 1.000, R 1.000) from 0.600 to
# 0.700 and loses the Asadabad raid at 0.725; on the samples 0.675 gives P 0.979, R 0.597
# (extraction of 2026-11-21, with the follow-up block below; combined P 0.987, R 0.705).
FUSE_THRESHOLD = 0.675

# Agreement of two dates by days apart: reports of one event give one day or the next (a
# relative date read against a later dateline); two and three days apart is rare in the gold
# clusters and common between an attack and the attack on its funeral two days later.
DAY_AGREEMENT = {0: 1.0, 1: 0.7, 2: 0.2}

# Reports this many days apart or more, whose targets are of different kinds and each named
# in its own report's evidence, are two events even when one report mentions the other's
# target: a follow-up attack is reported with the earlier one ("two days after the deputy
# governor was killed, a bomb hit his funeral in a mosque"). No two extracted reports of one
# gold cluster have targets of different kinds a day or more apart (samples, dev/clusters,
# dev/articles, dev/wire, 2026-11-21); with the block, the samples' Faizabad killing (6 June
# 2023) and funeral bombing (8 June) stay apart (samples P 0.898 -> 0.979 at 0.675).
FOLLOW_UP_DAYS = 2

# Agreement given to partial matches (each varied with the threshold, docs/fusion.md):
# a target one report names and the other's evidence mentions ("civilians" in "killing six
# civilians near the ministry"), or a target word both share ("Sikh temple", "Sikh gurdwara");
TARGET_MENTIONED = 0.75
# a target of the same kind under other words ("deputy governor", "provincial department":
# 0.5 fused those two Faizabad attacks at every threshold up to 0.70);
SAME_KIND_OTHER_WORDS = 0.25
# two sub-event types of one family (a suicide bomb and an IED; an IED and an armed clash in
# one complex attack);
OTHER_SUB_TYPE = 0.3
# perpetrators that differ when neither report has a claim (a side is often misread as the
# perpetrator: "Taliban officials said");
UNCLAIMED_ACTORS_DIFFER = 0.3
# person lists that share nobody (lists are short and noisy);
NO_SHARED_PERSON = 0.3
# two place names that differ inside one province when the point coordinates are this close.
NEAR_KM = 5.0
NEAR_PLACE = 0.6
# Two town fixes this close are one gazetteer point: one town under two spellings.
SAME_POINT_KM = 0.5

# Strings at least this similar (rapidfuzz token-set ratio, 0..100) count as the same name.
NAME_SIMILAR = 85.0

# Point locations (towns, districts) further apart than this are different places, unless
# they carry one name. Kabul's neighbourhoods are up to ~12 km apart and the extractor gives
# a neighbourhood's or the city's coordinates for one "Kabul"; districts of one province are
# further apart (Imam Sahib and Khanabad in Kunduz: ~60 km).
MAX_POINT_DISTANCE_KM = 15.0

# Tolls are revised upwards over days (19 -> 29, 7 -> 17, 19 -> 53 in the gold clusters):
# figures within this factor agree, within the second factor half agree.
TOLL_AGREE_FACTOR = 3
TOLL_HALF_FACTOR = 10


@dataclass(frozen=True, slots=True)
class Comparison:
    score: float
    blocked: str | None = None

    @property
    def same(self) -> bool:
        return self.blocked is None and self.score >= FUSE_THRESHOLD


def family(event: Event) -> str:
    return FAMILIES.get(event.event_type or "", "unknown")


def _casualties(event: Event) -> bool:
    return any((c.best or c.high or 0) > 0 for c in (event.fatalities, event.injuries))


def families_differ(a: Event, b: Event) -> bool:
    """Different families, except a "strategic development" with casualties next to a violent
    report: people died, so it was violence that one report misread (a foiled bomb followed
    by a gun attack)."""
    fa, fb = family(a), family(b)
    if "unknown" in (fa, fb) or fa == fb:
        return False
    if {fa, fb} == {"strategic", "violent"}:
        strategic = a if fa == "strategic" else b
        return not _casualties(strategic)
    return True


def provinces_contested(a: Profile, b: Profile) -> bool:
    """Different provinces that may still be one: each report's evidence names the other's
    province, or one report's province is not backed by its own evidence (a dateline)."""
    pa, pb = a.event.admin1, b.event.admin1
    if not a.grounded or not b.grounded:
        return True
    return pa in b.provinces_named and pb in a.provinces_named


def city_and_its_province(x: str, y: str) -> bool:
    """A city that is a province of its own and the province around it named after it
    ("Moscow" and "Moscow Oblast"): one report places an attack "outside Moscow" in the city,
    another in the province where the suburb lies."""
    shorter, longer = sorted((x, y), key=len)
    return longer.startswith(shorter + " ")


def blocked(a: Profile, b: Profile) -> str | None:
    """Why two reports cannot be the same event, or ``None`` when they may be."""
    ea, eb = a.event, b.event
    if a.vague or b.vague:
        reason = _vague_blocked(a, b)
        if reason:
            return reason
    elif _days_apart(a, b) > _window(a, b):
        return "dates too far apart"
    if ea.country and eb.country and ea.country != eb.country:
        return "different countries"
    if _provinces_differ(a, b):
        return "different provinces"
    if families_differ(ea, eb):
        return "different event families"
    if _different_targets(a, b):
        return "different targets"
    if _far_apart(a, b):
        return "different places"
    if ("threat" in ea.tags) != ("threat" in eb.tags):
        return "threat vs act"
    return None


def _provinces_differ(a: Profile, b: Profile) -> bool:
    pa, pb = a.event.admin1, b.event.admin1
    if not pa or not pb or pa == pb or provinces_contested(a, b):
        return False
    return not city_and_its_province(pa, pb)


def _vague_blocked(a: Profile, b: Profile) -> str | None:
    """A report without a usable date (a passing mention: "Qari Fateh was killed in a raid")
    may join a dated one only in the same province, inside its year, and through a person
    both name (``cluster`` also asks that only one event fits). Targets are not enough:
    analyses list places attacked more than once ("twice attacked the ministry")."""
    if a.vague and b.vague:
        return "both dates vague"
    if a.interval is not None and b.interval is not None and _days_apart(a, b) > 0:
        return "dates too far apart"
    if not (a.event.admin1 and a.event.admin1 == b.event.admin1):
        return "vague date in another or unknown province"
    if _persons(a, b) != 1.0:
        return "vague date and no shared person"
    return None


def _window(a: Profile, b: Profile) -> int:
    """Days two dates may be apart: the window for two days, none when either date is a week
    or a month (the interval already covers it)."""
    exact = a.event.date_precision == "day" and b.event.date_precision == "day"
    return DATE_WINDOW_DAYS if exact else 0


def _days_apart(a: Profile, b: Profile) -> int:
    if a.interval is None or b.interval is None:
        return 0
    (a0, a1), (b0, b1) = a.interval, b.interval
    return max((b0 - a1).days, (a0 - b1).days, 0)


def _target_type(event: Event) -> str | None:
    return None if event.target_type in (None, "Unknown") else event.target_type


def _target_words(a: Profile, b: Profile) -> float | None:
    """Target words agree? Only comparable between reports in one language."""
    if a.language != b.language:
        return None
    return _names_agree(a.target_key, b.target_key)


def _mentioned(a: Profile, b: Profile) -> bool:
    """The reports share a target word, or one report's target (its head word) appears in the
    other's evidence; close spellings count ("policeman" and "policemen"). One language only.
    """
    if a.language != b.language:
        return False
    if any(word_mentioned(w, b.target_words) for w in a.target_words):
        return True
    return word_mentioned(a.target_head, b.evidence_words) or word_mentioned(
        b.target_head, a.evidence_words
    )


def _named(a: Profile, b: Profile) -> bool:
    """One report's named target appears in the other's evidence, in any script."""
    return names_mentioned(a.target_names, b.evidence_words) or names_mentioned(
        b.target_names, a.evidence_words
    )


def _different_targets(a: Profile, b: Profile) -> bool:
    """Targets of different kinds, named differently, neither mentioned by the other report,
    and either one is a named place or institution or they were hit by different kinds of
    attack."""
    ta, tb = _target_type(a.event), _target_type(b.event)
    if not (ta and tb and ta != tb) or a.target_key is None or b.target_key is None:
        return False
    if _target_words(a, b) == 1.0 or _named(a, b):
        return False
    if _follow_up(a, b):
        return True
    if _target_words(a, b) is None or _mentioned(a, b):
        return False
    sa, sb = a.event.sub_event_type, b.event.sub_event_type
    return a.target_specific or b.target_specific or bool(sa and sb and sa != sb)


def _follow_up(a: Profile, b: Profile) -> bool:
    """Two day-precise reports ``FOLLOW_UP_DAYS`` or more apart whose evidence each names its
    own target (the caller has checked that the targets differ in kind and words)."""
    if a.event.date_precision != "day" or b.event.date_precision != "day":
        return False
    if _days_apart(a, b) < FOLLOW_UP_DAYS:
        return False
    return word_mentioned(a.target_head, a.evidence_words) and word_mentioned(
        b.target_head, b.evidence_words
    )


def _far_apart(a: Profile, b: Profile) -> bool:
    ea, eb = a.event, b.event
    if (ea.geo_precision or 3) > 2 or (eb.geo_precision or 3) > 2:
        return False
    if a.location_key == b.location_key or a.place_is_province or b.place_is_province:
        return False
    if not a.grounded or not b.grounded:
        return False
    km = _km(ea, eb)
    return km is not None and km > MAX_POINT_DISTANCE_KM


def _km(a: Event, b: Event) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    lat1, lon1 = math.radians(a.latitude), math.radians(a.longitude)
    lat2, lon2 = math.radians(b.latitude), math.radians(b.longitude)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _names_agree(x: str | None, y: str | None) -> float | None:
    if not x or not y:
        return None
    if x == y:
        return 1.0
    return 1.0 if fuzz.token_set_ratio(x, y) >= NAME_SIMILAR else 0.0


def _date(a: Profile, b: Profile) -> float | None:
    if a.event.date_precision != "day" or b.event.date_precision != "day":
        return None
    return DAY_AGREEMENT.get(_days_apart(a, b), 0.0)


def _place(a: Profile, b: Profile) -> float | None:
    ea, eb = a.event, b.event
    if ea.admin1 and eb.admin1 and ea.admin1 != eb.admin1:
        return 0.0
    if a.location_key is None or b.location_key is None:
        return None
    if _names_agree(a.location_key, b.location_key) == 1.0:
        return 1.0
    if a.place_is_province or b.place_is_province:
        return NEAR_PLACE
    km = _km(ea, eb)
    if km is not None and km < SAME_POINT_KM and ea.geo_precision == eb.geo_precision == 1:
        return 1.0  # one town spelled two ways ("Pul-e-Khumri", "Pul-i-Khumri")
    return NEAR_PLACE if km is not None and km <= NEAR_KM else 0.0


def _target(a: Profile, b: Profile) -> float | None:
    """Same words; else same kind of target; else one report's evidence mentions the other's
    target; else a disagreement when both kinds are known."""
    text = _target_words(a, b)
    if text == 1.0 or _named(a, b):
        return 1.0
    ta, tb = _target_type(a.event), _target_type(b.event)
    mentioned = TARGET_MENTIONED if _mentioned(a, b) else 0.0
    if ta and tb and ta == tb:
        return 1.0 if text is None else max(SAME_KIND_OTHER_WORDS, mentioned)
    if mentioned:
        return mentioned
    return 0.0 if ta and tb else text


def _type(a: Profile, b: Profile) -> float | None:
    ea, eb = a.event, b.event
    if not ea.sub_event_type or not eb.sub_event_type:
        return None
    if ea.sub_event_type == eb.sub_event_type:
        return 1.0
    return OTHER_SUB_TYPE if family(ea) == family(eb) else 0.0


def _actor(a: Profile, b: Profile) -> float | None:
    ea, eb = a.event, b.event
    if ea.claimed_by and eb.claimed_by:
        return 1.0 if ea.claimed_by == eb.claimed_by else 0.0
    x, y = ea.claimed_by or ea.actor1, eb.claimed_by or eb.actor1
    if not x or not y:
        return None
    return 1.0 if x == y else UNCLAIMED_ACTORS_DIFFER


def _persons(a: Profile, b: Profile) -> float | None:
    if not a.person_keys or not b.person_keys:
        return None
    if a.person_keys & b.person_keys:
        return 1.0
    for x in a.person_keys:
        for y in b.person_keys:
            if fuzz.ratio(x, y) >= NAME_SIMILAR:
                return 1.0
    return NO_SHARED_PERSON


def _tolls(a: Profile, b: Profile) -> float | None:
    return range_agreement(a.event.fatalities, b.event.fatalities)


def range_agreement(x: Casualties, y: Casualties) -> float | None:
    """How far apart two toll ranges are, as a factor between the nearest figures."""
    xs = [v for v in (x.low, x.best, x.high) if v is not None]
    ys = [v for v in (y.low, y.best, y.high) if v is not None]
    if not xs or not ys:
        return None
    if min(xs) > max(ys):
        small, large = max(ys), min(xs)
    elif min(ys) > max(xs):
        small, large = max(xs), min(ys)
    else:
        return 1.0
    if large <= TOLL_AGREE_FACTOR * max(small, 1):
        return 1.0
    return 0.5 if large <= TOLL_HALF_FACTOR * max(small, 1) else 0.0


COMPONENTS: dict[str, Callable[[Profile, Profile], float | None]] = {
    "date": _date,
    "place": _place,
    "target": _target,
    "type": _type,
    "actor": _actor,
    "persons": _persons,
    "tolls": _tolls,
}


def compare_profiles(a: Profile, b: Profile) -> Comparison:
    reason = blocked(a, b)
    if reason:
        return Comparison(0.0, reason)
    values = {name: component(a, b) for name, component in COMPONENTS.items()}
    told = {name: value for name, value in values.items() if value is not None}
    informed = set(told)
    total = sum(WEIGHTS[name] for name in told)
    agree = sum(WEIGHTS[name] * value for name, value in told.items())
    # Too little known about either report to say they are the same event: the reports must
    # meet on the day or on the town, and say enough besides.
    if not informed & {"date", "place"} or total < WEIGHTS["date"] + WEIGHTS["type"]:
        return Comparison(0.0, "too little information")
    if (
        _neither_day_precise(a, b)
        and not values["tolls"]
        and not _anchored(a, b, values["persons"])
    ):
        # a toll on one side only agrees no more than tolls far apart
        return Comparison(0.0, "month dates, no agreeing tolls and nothing specific shared")
    return Comparison(agree / total)


def _neither_day_precise(a: Profile, b: Profile) -> bool:
    return a.event.date_precision != "day" and b.event.date_precision != "day"


def _anchored(a: Profile, b: Profile, persons: float | None) -> bool:
    """Something only one event has in common between two reports: the same target words or
    a named target one report's evidence mentions, or a person both name (``persons``, the
    score's own persons component).

    When neither report gives the day (both date the event only to a month: "last month a blast
    hit a mosque in Kabul", "in August a suicide bomber killed a sheikh in Kabul"), a city, an
    attack type and a kind of target are shared by many events of a busy month. With tolls
    more than ``TOLL_HALF_FACTOR`` apart besides (21 dead against one), they are two events
    unless one of these ties them (dev/wire8: a mosque bombing and a cleric's killing, both in
    Kabul in August 2022, were fused before)."""
    return persons == 1.0 or _target_words(a, b) == 1.0 or _named(a, b)


def compare(a: Event, b: Event, registry: Registry | None = None) -> Comparison:
    """Compare two reports (or fused events) with the registry's gazetteer and actors."""
    profiler = profiler_for(registry)
    return compare_profiles(profiler.profile(a), profiler.profile(b))
