"""Casualty counting: who was killed, injured, abducted ... and how many, from one sentence.

``find_casualties`` reads one sentence and returns a ``CasualtyMention`` per counted group
("At least six civilians were killed and 12 others were injured" gives two mentions).
``aggregate`` turns the mentions of one event into totals following the rules written in
``docs/quantities.md`` (subsets do not add, later revisions replace, attackers count).

English is read by a small chunker: noun phrases that name people (with their count) are
linked to casualty words as subjects ("were killed", "died"), objects ("killing two") or
counts ("12 dead", "the toll rose to 20"); ``toll_phrases`` completes what the chunker cannot
link ("as were all five attackers", "the bomber among them"). Turkish, Russian and Arabic use
word windows around their own casualty words. All word tables are data at the top of this
module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Final, NamedTuple

from conflictdesk.extract.caseless import Caseless, Gated, Needs
from conflictdesk.extract.casualty_mention import CasualtyMention as CasualtyMention
from conflictdesk.extract.casualty_mention import last_told_before, told_over
from conflictdesk.extract.numbers import (
    Quantity,
    figure_value,
    iter_quantities,
    match_quantity,
    parse_quantity,
)
from conflictdesk.extract.phrases import word_set
from conflictdesk.extract.rival_figures import SET_AGAINST, rival_figures
from conflictdesk.extract.toll_phrases import amend_tolls
from conflictdesk.model import Casualties, DeathsBySide

OUTCOMES: Final[tuple[str, ...]] = (
    "killed",
    "injured",
    "kidnapped",
    "captured",
    "arrested",
    "missing",
    "released",
    "unharmed",
)
GROUPS: Final[tuple[str, ...]] = ("civilians", "security", "attackers", "target_side", "unknown")
RELATIONS: Final[tuple[str, ...]] = (
    "count",
    "subset",
    "revision",
    "total",
    "claim",
    "implied",
    "unofficial",
    "transfer",
)

# How far a figure may stand from its head noun ("two Afghan National Army (ANA) soldiers"):
# six words covered every unit name in the development summaries.
MAX_MODIFIERS: Final = 6
# How far after "death toll" the revised figure may come ("the death toll later rose to 20").
TOLL_WINDOW: Final = 8
# Word window between a figure and a casualty word in Turkish, Russian and Arabic.
WINDOW_OTHER: Final = 4


@dataclass(frozen=True)
class CasualtyTotals:
    """Totals for one event; unknown stays ``None``."""

    fatalities: Casualties
    injuries: Casualties
    deaths_by_side: DeathsBySide
    attackers_killed: int | None
    kidnapped: int | None


# == English word tables ==========================================================================


@dataclass(frozen=True)
class Trigger:
    """A casualty word and how it links to its victims.

    ``form``: ``participle`` ("were killed"; also active past "killed two" when ``active``),
    ``gerund`` ("killing two"), ``object`` ("the deaths of five"), ``subject`` ("two died"),
    ``nominal`` ("12 dead") or ``toll`` ("the death toll rose to 20").
    """

    words: tuple[str, ...]
    outcome: str
    form: str
    active: bool = True


def _triggers(outcome: str, form: str, phrases: str, *, active: bool = True) -> list[Trigger]:
    return [
        Trigger(tuple(p.split()), outcome, form, active) for p in phrases.split("|") if p.strip()
    ]


_BODY_PARTS: Final = (
    "arm", "arms", "leg", "legs", "head", "chest", "shoulder", "stomach", "abdomen",
    "neck", "hand", "foot", "thigh", "face",
)  # fmt: skip
# The words a wound is told with ("suffered light wounds") and the parts of the body lost
# ("lost both legs") in the triggers of the hurt.
_WOUND_DEGREES: Final = (
    *("light", "slight", "minor", "serious", "severe", "critical", "grave"),
    *("shrapnel", "bullet", "head"),
)
_LOST_PARTS: Final = ("leg", "legs", "arm", "arms", "hand", "hands", "eye", "eyes", "foot", "feet")

_TRIGGER_LIST: Final[list[Trigger]] = [
    *_triggers(
        "killed",
        "participle",
        "killed|executed|beheaded|murdered|assassinated|martyred|slaughtered|"
        "shot dead|gunned down|shot and killed|stabbed and killed|stabbed to death|"
        "beaten to death|burned to death|burnt to death|hacked to death|"
        "tortured to death|strangled|lynched|shot to death|hanged",
    ),
    *_triggers(
        "killed",
        "participle",
        "slain|found dead|reported dead|confirmed dead|declared dead|pronounced dead|"
        "the only fatality|the sole fatality|the only casualty|the only person killed|"
        "the only one killed|the only victim|the only death|among the dead|"
        "among those killed|among the killed|among the fatalities",
        active=False,
    ),
    *_triggers(
        "injured",
        "participle",
        "wounded|injured|hurt|maimed|shot and wounded|shot and injured|"
        "stabbed and wounded|stabbed and injured",
    ),
    *_triggers(
        "injured",
        "participle",
        "harmed|among the wounded|among the injured|among those wounded|among those injured",
        active=False,
    ),
    # "militants beat three shopkeepers with rifle butts", "the driver was beaten up": a beating
    # of people is harm (the chunker links only people, so "beat the deadline" reads nothing;
    # "beaten to death", longer, stays a death)
    *_triggers("injured", "participle", "beat|beaten|beat up|beaten up|mutilated"),
    # "gunmen cut off the ears of two drivers": a mutilation wounds those it names
    *_triggers(
        "injured",
        "object",
        "|".join(
            f"{verb} off the {adjective}{part} of"
            for verb in ("cut", "chopped")
            for adjective in ("", "index ", "right ", "left ")
            for part in ("finger", "fingers", "hand", "hands", "ear", "ears", "nose", "noses")
        ),
    ),
    # "a guard was shot in the leg": a wound, not a death ("hit in the arm" is read already)
    *_triggers(
        "injured",
        "participle",
        "|".join(f"shot in the {part}" for part in _BODY_PARTS),
        active=False,
    ),
    *_triggers(
        "kidnapped",
        "participle",
        "abducted|kidnapped|taken hostage|held hostage|taken captive|taken away|snatched",
    ),
    *_triggers("captured", "participle", "captured|taken prisoner"),
    *_triggers("arrested", "participle", "arrested|detained|apprehended|taken into custody"),
    *_triggers("released", "participle", "released|freed|rescued|set free"),
    *_triggers("missing", "participle", "missing|reported missing|unaccounted for", active=False),
    *_triggers("unharmed", "participle", "unharmed|unhurt|unscathed", active=False),
    # what a hospital or morgue took in: "47 bodies had been received", "bodies were brought"
    *_triggers(
        "killed",
        "participle",
        "found|recovered|discovered|retrieved|received|brought|delivered|dumped",
        active=False,
    ),
    *_triggers(
        "killed",
        "participle",
        "found killed|found murdered|found beheaded|found shot dead|found strangled|"
        "found hanged|found executed",
        active=False,
    ),
    *_triggers(
        "injured",
        "participle",
        "taken to hospital|taken to a hospital|rushed to hospital|admitted to hospital|"
        "hospitalized|hospitalised|treated for wounds|treated for injuries|"
        "treated for their wounds|treated for their injuries|treated for burns|"
        "hit by shrapnel|hit by a bullet|hit by bullets|hit by gunfire|hit in the arm|"
        "hit in the leg|hit in the head|hit in the chest|hit in the shoulder|hit in the hand|"
        "hit in the back|hit in the stomach|hit in the foot",
        active=False,
    ),
    # "four other passengers were still being treated there": people under treatment after an
    # attack are its wounded ("being treated" alone is left alone: "the blast was being
    # treated as an act of terror")
    *_triggers(
        "injured",
        "participle",
        "still being treated|being treated in hospital|being treated in a hospital|"
        "being treated in the hospital|being treated in hospitals|being treated at|"
        "being treated for wounds|being treated for injuries|being treated for burns|"
        "being treated for their wounds|being treated for their injuries|"
        "receiving treatment|receiving medical treatment|under treatment",
        active=False,
    ),
    # "31 people had been brought in with wounds": what a hospital took in with wounds is the
    # wounded ("brought" alone is what a morgue took in: the dead)
    *_triggers(
        "injured",
        "participle",
        "|".join(
            f"{verb} with {kind}"
            for verb in ("brought in", "brought", "admitted", "taken to hospital", "treated")
            for kind in ("wounds", "injuries", "gunshot wounds", "shrapnel wounds", "burns")
        ),
        active=False,
    ),
    *_triggers(
        "killed",
        "gerund",
        "killing|executing|beheading|murdering|assassinating|kills|claiming the lives of|"
        "claimed the lives of|claiming the life of|claimed the life of|took the lives of|"
        "taking the lives of|leaving dead",
    ),
    # "the Taliban lost one fighter", "the army lost three soldiers": a side that lost its
    # men had them killed; read like "killing", so only the people after the verb count
    # ("lost the district" names no one, "lost both legs" is a wound read below)
    *_triggers("killed", "gerund", "lost"),
    # "squirted acid at schoolgirls, burning eight of them": burns are wounds
    *_triggers(
        "injured", "gerund", "wounding|injuring|hurting|wounds|injures|maiming|burning|scalding"
    ),
    *_triggers("kidnapped", "gerund", "abducting|kidnapping|abducts|kidnaps|seizing"),
    *_triggers("arrested", "gerund", "arresting|detaining"),
    *_triggers("captured", "gerund", "capturing"),
    *_triggers("released", "gerund", "releasing|freeing|rescuing"),
    *_triggers(
        "killed",
        "object",
        "deaths of|death of|killing of|killings of|lives of|bodies of|"
        "resulting in the deaths of|resulting in the death of",
    ),
    *_triggers("injured", "object", "injuries to|injuring of|wounding of"),
    *_triggers("kidnapped", "object", "abduction of|kidnapping of|abductions of|kidnappings of"),
    *_triggers(
        "killed",
        "subject",
        "died|perished|lost their lives|lost his life|lost her life|lost their life|"
        "succumbed|later died|were later found dead|was later found dead|"
        # "40 people lay dead": a scene of the dead is a death toll
        "lay dead|lie dead|were left dead|was left dead|lay dead or dying",
    ),
    *_triggers(
        "injured",
        "subject",
        "sustained injuries|sustained minor injuries|sustained serious injuries|"
        "sustained critical injuries|sustained severe injuries|sustained wounds|"
        "suffered injuries|suffered minor injuries|suffered serious injuries|"
        "suffered severe injuries|suffered wounds|received injuries|"
        "sustained gunshot wounds|suffered gunshot wounds|suffered burns|"
        "sustained burns|suffered minor burns|escaped with minor injuries|"
        "escaped with injuries|escaped with minor burns|escaped with burns|"
        "escaped with minor wounds|escaped with slight injuries|fell ill|"
        # "escaped with cuts", "escaped with a burn to his hand", "was grazed in the
        # shoulder", "was lightly burned in the face": a light wound is still a wound
        "escaped with cuts|escaped with a burn|escaped with a wound|escaped with wounds|"
        "was grazed|were grazed|was lightly burned|was slightly burned|was badly burned|"
        "were lightly burned|were badly burned|"
        # "his driver survived with gunshot wounds": hurt, not unharmed
        "survived with injuries|survived with wounds|survived with gunshot wounds|"
        "survived with minor injuries|survived with serious injuries|survived with burns|"
        # "suffered light wounds", "survived with serious wounds": the wound's degree told
        + "|".join(
            f"{verb} {degree} {kind}"
            for verb in ("suffered", "sustained", "survived with", "escaped with", "received")
            for degree in _WOUND_DEGREES
            for kind in ("wounds", "injuries", "burns")
        )
        + "|received gunshot wounds|received wounds|received burns|"
        # "lost both legs": a limb or an eye lost is a wound
        + "|".join(
            f"lost {whose} {part}"
            for whose in ("a", "an", "one", "both", "his", "her", "their")
            for part in _LOST_PARTS
        )
        + "|"
        "were poisoned|was poisoned|were sickened|became ill|were made ill|was made ill",
    ),
    *_triggers(
        "missing",
        "subject",
        "went missing|remain missing|remained missing|remains missing|are still missing",
    ),
    *_triggers(
        "unharmed",
        "subject",
        "escaped unhurt|escaped unharmed|escaped unscathed|"
        "survived unhurt|escaped injury|escaped without injury|"
        "survived|survived the attack|was unhurt",
    ),
    *_triggers("killed", "nominal", "dead|deaths|death|fatalities|fatality"),
    *_triggers(
        "killed",
        "implied",
        "blew himself up|blew herself up|blew themselves up|blowing himself up|"
        "blowing themselves up|detonated himself|detonated themselves|"
        "blew up himself|exploded himself",
    ),
    *_triggers("injured", "nominal", "injured|wounded|injuries"),
    *_triggers(
        "killed",
        "toll",
        "death toll|toll|number of dead|number of deaths|number of fatalities|"
        "number of those killed|number of people killed|fatality toll|killing toll|"
        "the dead at|"
        # "the final figure given by a hospital was 20": the last count of a toll told before
        "final figure|final count|final tally",
    ),
    *_triggers(
        "injured",
        "toll",
        "number of injured|number of wounded|number of those injured|"
        "number of those wounded|injury toll|the injured at|the wounded at",
    ),
]


_COMMON_TRIGGER_WORDS: Final = word_set(
    """
    claimed claiming later detonated confirmed escaped became fell leaving exploded taken lost
    the of to a and was were
    """
)


def _gate_word(words: tuple[str, ...]) -> str:
    """The word of a trigger phrase least likely to occur elsewhere ("lives" in "claimed the
    lives of")."""
    rare = [w for w in words if w not in _COMMON_TRIGGER_WORDS] or list(words)
    return max(rare, key=len)


def _all_triggers(by_first: dict[str, list[Trigger]]) -> list[Trigger]:
    return [t for triggers in by_first.values() for t in triggers]


class _TriggerIndex:
    """Triggers by first word, longest first, so multi-word ones win."""

    def __init__(self, triggers: Iterable[Trigger]) -> None:
        by_first: dict[str, list[Trigger]] = {}
        for trigger in triggers:
            by_first.setdefault(trigger.words[0], []).append(trigger)
        self.by_first = {
            k: tuple(sorted(v, key=lambda t: len(t.words), reverse=True))
            for k, v in by_first.items()
        }
        self.first_words = frozenset(by_first)
        # One word every phrase needs, its longest: a cheap test that a sentence may match.
        self.gate_words = frozenset(_gate_word(t.words) for t in _all_triggers(by_first))


TRIGGERS: Final = _TriggerIndex(_TRIGGER_LIST)


def _nouns(group: str, words: str) -> dict[str, tuple[str, bool]]:
    """``"soldier/soldiers|troops+"``: singular/plural pairs; ``+`` marks a plural-only word."""
    table: dict[str, tuple[str, bool]] = {}
    for entry in words.split("|"):
        entry = entry.strip()
        if not entry:
            continue
        if entry.endswith("+"):
            table[entry[:-1]] = (group, True)
            continue
        if entry.endswith("="):  # same form singular and plural: counted as plural
            table[entry[:-1]] = (group, True)
            continue
        singular, _, plural = entry.lower().partition("/")
        table[singular] = (group, False)
        table[plural or singular + "s"] = (group, True)
    return table


HEAD_NOUNS: Final[dict[str, tuple[str, bool]]] = {
    **_nouns(
        "attackers",
        "assailant|attacker|gunman/gunmen|bomber|perpetrator|terrorist|hijacker|"
        "kidnapper|abductor|shooter|suspect|raider|intruder|infiltrator",
    ),
    **_nouns("militants", "militant|insurgent|rebel|jihadist|extremist"),
    **_nouns(
        "security",
        "soldier|policeman/policemen|policewoman/policewomen|officer|guard|bodyguard|"
        "trooper|serviceman/servicemen|servicemember|commando|commander|"
        "recruit|cadet|marine|sergeant|lieutenant|colonel|captain|general|"
        "conscript|gendarme|jawan|paramilitary/paramilitaries|sentry/sentries|"
        "police=|troops+|personnel=|forces+|army|patrolman/patrolmen|"
        "security guard|deputy/deputies|warden|agent",
    ),
    **_nouns(
        "target_side",
        "official|governor|mayor|councilor|councillor|lawmaker|legislator|parliamentarian|"
        "senator|judge|prosecutor|minister|diplomat|ambassador|spokesman/spokesmen|"
        "spokesperson|candidate|chief|head|director|administrator|district chief|"
        "politician|envoy|consul|president|vice president|prime minister|king|prince|"
        "speaker|senator|deputy minister|secretary-general|ombudsman",
    ),
    **_nouns(
        "civilians",
        "civilian|child/children|boy|girl|woman/women|student|pupil|schoolchild/"
        "schoolchildren|schoolgirl|schoolboy|teacher|worshipper|worshiper|pilgrim|"
        "passenger|pedestrian|passerby/passersby|passer-by/passers-by|bystander|"
        "shopkeeper|vendor|trader|farmer|villager|resident|elder|cleric|imam|mullah|"
        "journalist|photojournalist|reporter|cameraman/cameramen|photographer|doctor|nurse|"
        "health worker|aid worker|deminer|de-miner|engineer|contractor|laborer|"
        "labourer|worker|employee|driver|relative|son|daughter|wife/wives|husband|"
        "brother|sister|father|mother|infant|baby/babies|toddler|teenager|youth=|"
        "minor|guest|mourner|shopper|customer|patient|athlete|player|spectator|"
        "refugee|migrant|nomad|tailor|barber|mechanic|cook|translator|interpreter|"
        "vaccinator|scholar|professor|lecturer|lawyer|businessman/businessmen|"
        "shepherd|herder|miner|peasant|girl student|boy student|family/families|"
        "kid|grandson|granddaughter|nephew|niece|cousin|uncle|aunt|grandfather|"
        "grandmother|activist|musician|singer|artist|poet|teen|owner|shop owner|"
        "manager|clerk|secretary|companion|colleague|friend|neighbor|neighbour|diner|"
        "protester|protestor|demonstrator|traveller|traveler|commuter|newborn|"
        "mother-in-law|father-in-law|brother-in-law|pupil|seminarian|parent|supporter|"
        "follower|technician|electrician|specialist|surveyor|researcher|volunteer|"
        "employe|staffer|attendant|watchman/watchmen|caretaker|custodian|labourer|"
        "porter|fisherman/fishermen|hunter|trucker|cleaner|housewife/housewives|"
        "orphan|girl|adolescent|groom|bride|relatives|tribesman/tribesmen|elder|"
        "schoolteacher|headmaster|principal|cameraman|presenter|anchor|editor|"
        "aid-worker|humanitarian|beggar|cyclist|motorist|motorcyclist|rickshaw driver|"
        "voter|election worker|polling staff|monitor|observer|candidate|pilot|"
        "waiter|waitress/waitresses|midwife/midwives|guide|chef|instructor|trainer|trainee|"
        "seller|hawker|peddler|pedlar|street vendor|stallholder|"
        # trades a summary names its victims by ("A money changer died", "a baker")
        "baker|butcher|grocer|carpenter|jeweller|jeweler|goldsmith|blacksmith|pharmacist|"
        "money changer|changer|moneychanger|money-changer|plumber|welder|cobbler|shoemaker|"
        "bus conductor|fruit seller|street sweeper|sweeper",
    ),
    **_nouns(
        "unknown",
        "person|people+|persons+|individual|man/men|victim|other|member|fighter|"
        "hostage|captive|occupant|inmate|prisoner|detainee|casualty/casualties|"
        "body/bodies|resident|staff=|staffer|crew=|crewman/crewmen|"
        "militiaman/militiamen|target|survivor|afghan/afghans|national|citizen|tourist|"
        # a faith or a people in the plural: "25 Sikhs", "eleven Hazaras"
        "sikhs+|hindus+|hazaras+|shias+|shiites+|sunnis+|ismailis+|pashtuns+|baluchs+|"
        "foreigner|remains=|leader|aide|assistant|"
        "rider|collector|visitor|tenant|owner|holder|recipient|participant|attendee|"
        "delegate|negotiator|mediator|inspector|surveyor|crewmember|occupant",
    ),
}
HEAD_NOUNS.update(_nouns("civilians", "resident"))
# A people named in the singular ("killed an American", "three Spaniards and an Afghan") is
# a person only when nothing but a verb, a conjunction or punctuation follows it; before
# another word it is an adjective ("an Afghan Local Police commander", "an American convoy").
SINGULAR_NATIONALS: Final[frozenset[str]] = word_set(
    """
    afghan american german briton pakistani iranian indian italian turk canadian australian
    russian uzbek tajik european westerner spaniard nepali filipino
    """
)
# the same peoples in the plural ("two Americans", "three Pakistanis") are always people
HEAD_NOUNS.update(_nouns("unknown", "|".join(sorted(SINGULAR_NATIONALS))))
_AFTER_SINGULAR_NATIONAL: Final = word_set(
    """
    , ; . : ) and or was were who working employed died killed wounded injured had on in at
    near as
    """
)

# Heads whose group the words around them decide ("Taliban members", "members of the ALP").
GENERIC_HEADS: Final[frozenset[str]] = word_set(
    """
    person people persons individual individuals man men member members fighter fighters
    officer officers personnel staff employee employees worker workers chief chiefs head
    heads commander commanders guard guards official officials forces troops victim victims
    other others hostage hostages body bodies militants militant insurgents insurgent driver
    drivers agent agents deputy deputies director directors instructor instructors trainer
    trainers trainee trainees
    """
)

KEYWORD_GROUPS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"\btaliban\b|\bislamic emirate\b"), "target_side"),
    (re.compile(r"\b(?:assailants?|attackers?|gunm[ae]n|bombers?|perpetrators?)\b"), "attackers"),
    (re.compile(r"\b(?:militias?|militiam[ae]n|uprising|arbakai|pro-government)\b"), "unknown"),
    (
        re.compile(
            r"\b(?:militants?|insurgents?|rebels?|jihadists?|islamic state|isis|isil|"
            r"daesh|iskp|is-k|al-qaeda|ttp)\b"
        ),
        "militants",
    ),
    (
        re.compile(
            r"\b(?:police|army|military|security|soldiers?|troops|commandos?|ana|anp|alp|"
            r"anbp|anca|nds|andsf|border|marines?|navy|air force|intelligence|"
            r"national directorate|defense|defence|armed forces|"
            r"special forces|coalition|nato|isaf|afghan forces|checkpoint|outpost)\b"
        ),
        "security",
    ),
    (
        re.compile(
            r"\b(?:civilians?|children|school|students?|university|mosque|shrine|"
            r"hospital|clinic|ngo|aid|charity|red crescent|red cross|unicef|tribal|"
            r"family|wedding|market|village|villagers?|hazaras?|sikhs?|hindus?|"
            r"shi[a']a?|shiites?|election|polling|media|radio|television|tv|press|"
            r"bank|company|construction|private)\b"
        ),
        "civilians",
    ),
    (
        re.compile(
            r"\b(?:government|governor'?s?|district|provincial|ministry|council|"
            r"municipal|official|parliament|court|judiciary|embassy|consulate|"
            r"un|united nations)\b"
        ),
        "target_side",
    ),
)

# Militants count as attackers only when the same sentence makes them the attackers.
MILITANT_ATTACK_CONTEXT: Final = Caseless(
    r"\b(?:militants?|insurgents?|rebels?|fighters?)\b[^.;]{0,80}?\b(?:attack(?:ed|ing)?|"
    r"storm(?:ed|ing)|ambush(?:ed|ing)?|opened fire|raid(?:ed|ing)|assault(?:ed|ing)|"
    r"overr(?:an|un)|launched|stormed|fired)\b|\battacking (?:militants|insurgents|fighters)\b",
)

DETERMINERS_SINGULAR: Final[frozenset[str]] = word_set(
    """
    the his her its their this that our your whose
    """
)
DETERMINERS_PLURAL: Final[frozenset[str]] = word_set(
    """
    these those some many
    """
)
# Pronouns: (count or None, group).
PRONOUNS: Final[dict[str, tuple[int | None, str]]] = {
    "he": (1, "inherit"),
    "she": (1, "inherit"),
    "him": (1, "unknown"),
    "her": (1, "unknown"),
    "himself": (1, "attackers"),
    "herself": (1, "attackers"),
    "they": (None, "inherit"),
    "them": (None, "inherit"),
    "themselves": (None, "attackers"),
    "everyone": (None, "unknown"),
    "anyone": (None, "unknown"),
    "someone": (1, "unknown"),
    "somebody": (1, "unknown"),
}
AUX_SINGULAR: Final[frozenset[str]] = word_set(
    """
    was is has
    """
)
AUX_PLURAL: Final[frozenset[str]] = word_set(
    """
    were are have had been be being got get gets
    """
)
ADVERBS: Final[frozenset[str]] = word_set(
    """
    also reportedly later subsequently allegedly all both each critically seriously severely
    slightly lightly badly fatally mortally gravely reported confirmed believed feared said
    initially immediately instantly eventually then thereby apparently reportedly likely
    found only still each either too as well yet further allegedly presumably
    nearby aboard onboard
    """
)
VIOLENT_VERBS: Final[frozenset[str]] = word_set(
    """
    shot stabbed attacked beaten tortured hit struck ambushed targeted
    """
)
INCLUDING_MARKERS: Final[frozenset[str]] = word_set(
    """
    including includes included among mostly namely incl
    """
)
TOTAL_MARKERS: Final[frozenset[str]] = word_set(
    """
    total altogether overall
    """
)
PREPOSITIONS: Final[frozenset[str]] = word_set(
    """
    in at on near to from by for with during after before into onto inside outside across
    through toward towards against within between behind beside besides under over via
    according following since until while when as targeting
    """
)
# Words a figure may be followed by and still be a count of people ("killing 14 in ...").
NON_PERSON_AFTER_BARE: Final[frozenset[str]] = word_set(
    """
    and or but more others other people persons in at on near during while when as after
    before including inside outside across, dead wounded injured killed others
    """
)
MODIFIER_STOP: Final[frozenset[str]] = word_set(
    """
    and or but nor of from to by for with in on at near into during after before when while
    as which who whom whose that where was were is are been be being had has have said says
    claimed attacked opened fire detonated threw shot hit struck blew set fled took left
    came went fought ran drove rode lost found held made brought caught sent led exploded
    targeted planted stormed killed wounded injured also including than the a an this these
    those there it its their his her them they he she we our not no
    """
)
ADJ_ENDINGS_OK: Final[frozenset[str]] = word_set(
    """
    armed unarmed unidentified suspected alleged retired off-duty elderly married unnamed
    detained kidnapped abducted uniformed veteran visiting ruling leading serving acting
    masked hooded trained displaced unknown unsuspecting pregnant wounded injured
    plainclothes plain-clothed disabled unemployed undercover
    """
)
CAPITALIZED_NON_NAMES: Final[frozenset[str]] = word_set(
    """
    the a an at in on no two three four five six seven eight nine ten one this that these
    those it its he she they we his her their there here however although though after
    before during while when if as since sources source officials police security
    afghanistan pakistan iraq syria kabul january february march april may june july august
    september october november december monday tuesday wednesday thursday friday saturday
    sunday islamic state taliban province district city village the following according
    meanwhile also both all several many some dozens local residents assailants attackers
    gunmen unknown unidentified no-one nobody none
    """
)
NAME_PARTICLES: Final[frozenset[str]] = word_set(
    """
    al al- bin ibn abu abdul ul ud ur
    """
)
# Words that head a noun phrase only as a modifier of the next noun ("police officers").
COMPOUND_MODIFIERS: Final[frozenset[str]] = word_set(
    """
    police security army militia border civilian government taliban family aid health polio
    service suicide tribal religious child women village district provincial local election
    bank school university mosque intelligence military private resident member staff people
    other shop
    """
)

# Explicit zeros. Each pattern lists the outcomes it sets to 0.
# "Neither man died", "neither of them was hurt": a zero for the two people named before.
_NEITHER: Final = r"neither(?: of them| of the \w+| (?!the\b|of\b)[a-z]+)?"
_BOTH = ("killed", "injured")
# "nobody (else) (of them) was", "neither man had been": the subject of the zeros below.
_NOBODY_WAS: Final = (
    r"\b(?:no one|nobody|no-one|none|no person|no people|no civilians?|no soldiers?|"
    + _NEITHER
    + r"|no (?:police )?officers?)\b(?: else| other)?"
    r"(?: of them| of (?:the|their|its) \w+(?: \w+)?)?"
    r"(?: was| were| had been| has been)?"
)
ZERO_PATTERNS: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = tuple(
    (re.compile(p, re.IGNORECASE), outcomes)
    for p, outcomes in (
        (
            r"\b(?:denied|dismissed) (?:that )?(?:there (?:were|had been) )?any (?:casualties|"
            r"deaths|losses)\b",
            _BOTH,
        ),
        (
            r"\bno (?:other |further |additional |immediate |known )?(?:reported )?"
            r"(?:casualties|victims|one (?:else )?(?:was )?(?:reported )?(?:hurt|harmed|injured "
            r"or killed|killed or injured))\b(?! among| in the ranks| on (?:the|their) side)",
            _BOTH,
        ),
        (r"\bno (?:immediate )?reports? of (?:any )?casualties\b", _BOTH),
        # "No damage or casualties were reported": the damage named first shares the "no"
        (r"\bno (?:material )?damage (?:or|and|nor) (?:any )?casualties\b", _BOTH),
        (
            # "the device was made safe before anyone was hurt"
            r"\bbefore (?:anyone|anybody|any one) (?:was|were|could be|had been) "
            r"(?:hurt|harmed|injured|wounded|killed)\b"
            r"|\bbefore (?:it|they) could (?:hurt|harm|injure|kill) (?:anyone|anybody)\b",
            _BOTH,
        ),
        (
            r"\b(?:did not|didn't|does not|failed to|did n't) (?:cause|result in|inflict|lead to|"
            r"produce) any (?:casualties|injuries|deaths)\b",
            _BOTH,
        ),
        (
            r"\bwithout (?:causing |inflicting |any )?(?:any )?(?:casualties|injuries|"
            r"harming anyone|hurting anyone|injuring anyone)\b",
            _BOTH,
        ),
        (
            # "nobody was reported killed or hurt", "none of the guards was killed or injured"
            r"\b(?:no one|nobody|no-one|none)\b(?: else| other)?"
            r"(?: of (?:the |them|their |its )[^.;,]{0,30})?"
            r"(?: was| were| had been| has been)?(?: reportedly| reported)? (?:killed|dead)"
            r" or (?:hurt|injured|wounded|harmed)\b",
            _BOTH,
        ),
        (
            # "hurt"/"harmed" is any harm, death included (as "no one was hurt" above)
            r"\bnone of (?:the |them|those )[^.;]{0,40}?(?: was| were| had been)"
            r" (?:hurt|harmed)\b",
            _BOTH,
        ),
        (
            r"\bnone of (?:the |them|those )[^.;]{0,40}?(?: was| were| had been)"
            r" (?:injured|wounded)\b",
            ("injured",),
        ),
        (
            r"\b(?:no one|nobody|no-one|none|no person|no people|no civilians?|no soldiers?|"
            + _NEITHER
            + r"|"
            r"no (?:police )?officers?|no policemen|no worshippers|no students|"
            # "no airport staff or passengers were hurt"
            r"no (?:\w+ )?(?:passengers|staff|guests|employees|workers|pupils|children)"
            r"(?: or (?:\w+ )?\w+)?)\b"
            r"(?: else| other)?(?: of them| of (?:the|their|its) \w+(?: \w+)?)?"
            r"(?: was| were| had been| has been)?(?: reportedly| reported| seriously)? "
            r"(?:hurt|harmed)\b",
            _BOTH,
        ),
        (
            _NOBODY_WAS + r"(?: reportedly| reported)? "
            r"(?:killed or (?:injured|wounded)|(?:injured|wounded) or killed)\b",
            _BOTH,
        ),
        (
            _NOBODY_WAS + r"(?: reportedly| reported| seriously)? "
            r"(?:injured|wounded)\b",
            ("injured",),
        ),
        (
            _NOBODY_WAS + r"(?: reportedly| reported)? (?:killed|died)\b",
            ("killed",),
        ),
        (r"\bno (?:other |further )?(?:reported )?(?:injuries|wounded|injured)\b", ("injured",)),
        (
            r"\bno (?:other |further )?(?:reported )?(?:deaths|fatalities|dead|loss of life|"
            r"lives were lost)\b",
            ("killed",),
        ),
        (r"\b(?:caused|resulted in|inflicted) no (?:casualties|damage or casualties)\b", _BOTH),
        (
            r"\b(?:released|freed|rescued|returned)\s+(?:unharmed|unhurt|"
            r"unscathed|safe and sound)\b",
            _BOTH,
        ),
    )
)

# Casualties stated without a usable figure: evidence that the outcome is not zero.
UNCOUNTED_PATTERNS: Final[tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]] = tuple(
    (re.compile(p, re.IGNORECASE), outcomes)
    for p, outcomes in (
        (r"\bcasualt(?:y|ies) (?:figures|numbers|tolls?|counts?)\b[^.;]{0,40}?\b(?:were|was|are"
         r"|is|remain|remains|remained) (?:not (?:available|known|given|released|reported)|unknown"
         r"|unclear|unavailable)\b", _BOTH),
        (r"\b(?:officials|authorities|sources|police) (?:confirmed|reported) (?:that there "
         r"were )?casualties\b", _BOTH),
        (r"(?<!no )(?<!no other )\bcasualties (?:were|have been) (?:confirmed|reported)\b",
         _BOTH),
        (r"\bnumber of (?:casualties|victims)[^.;]{0,40}\b(?:is|are|was|were|remains?) "
         r"(?:unknown|not known|unclear)\b", _BOTH),
        (r"\bnumber of (?:dead|deaths|fatalities)[^.;]{0,40}\b(?:is|are|was|were|remains?) "
         r"(?:unknown|not known|unclear)\b", ("killed",)),
        (r"\bnumber of (?:wounded|injured|injuries)[^.;]{0,40}\b(?:is|are|was|were|remains?) "
         r"(?:unknown|not known|unclear)\b", ("injured",)),
        (r"\bthere were casualties\b", _BOTH),
        (r"\bcaused casualties\b", _BOTH),
        (r"\bunknown number of (?:casualties|victims)\b", _BOTH),
    )
)  # fmt: skip

_ACROSS: Final = re.compile(
    r"\b(?:across|in|during|from|between|at) (?:the |all |these )?(both|two|three|four|five|six|"
    r"seven|eight|nine|ten)?\s*(?:related |coordinated |separate |simultaneous )?"
    r"(?:attacks|incidents|blasts|explosions|bombings|assaults|locations|sites)\b(?! on)",
    re.IGNORECASE,
)
_ACROSS_WORD: Final = Caseless(
    r"\btogether\b|\bin all\b|\bbetween them\b|"
    r"\bacross\b|\bcombined\b|\bin (?:the )?(?:two|three|both)\b|\bat (?:the )?\w+ sites\b",
)
_RELATED: Final = re.compile(
    r"\bone of (?:more than |over |at least |some |about |nearly )?(\w+) "
    r"(?:related |coordinated |similar |simultaneous |separate |suicide |"
    r"bomb |bombing |armed |rocket |roadside bomb |linked |[\w]+-bomb |magnetic |sticky |"
    # who made them: "one of two Taliban bombings that day"
    r"(?-i:[A-Z])[\w-]+ )*"
    r"(?:attacks|incidents|bombings|blasts|explosions|assaults)\b",
    re.IGNORECASE,
)
# The words one of which every match holds (``caseless.Needs``), tested before the pattern
# here and for the patterns below that read one sentence after the chunk reader.
_RELATED_NEEDS: Final = Needs(_RELATED)
_SHARED_WORDS: Final[dict[str, int]] = {
    "both": 2,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}


# == English reading ===============================================================================

# An abbreviation written with stops ("U.S.", "U.N.") is one word: its stops end no phrase
# ("killing 13 U.S. service members and 170 Afghans").
_TOKEN: Final = re.compile(r"(?:[A-Z]\.){2,}(?![\w])|\w+(?:['’\-]\w+)*|[^\w\s]")


class _Tok(NamedTuple):
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class _Chunk:
    """A noun phrase naming people: its count, group and token span ``[first, last)``."""

    first: int
    last: int
    quantity: Quantity
    group: str
    group_text: str | None
    kind: str  # number | singular | plural | name | bare | pronoun | implicit
    total: bool = False


@dataclass(frozen=True)
class _Trig:
    first: int
    last: int
    trigger: Trigger


_Item = _Chunk | _Trig | _Tok


@dataclass(frozen=True)
class _Link:
    chunk: _Chunk
    trig: _Trig
    relation: str
    negated: bool = False


class _Sentence:
    """One sentence being read: tokens, the figures in it, and items built from them."""

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower().replace("’", "'")
        spans = [m.span() for m in _TOKEN.finditer(text)]
        if len(lowered) == len(text):
            self.tokens = [_Tok(text[a:b], lowered[a:b], a, b) for a, b in spans]
        else:  # a letter whose lower case is longer ("İ"): lower each token on its own
            self.tokens = [
                _Tok(text[a:b], text[a:b].lower().replace("’", "'"), a, b) for a, b in spans
            ]
        self.low = low = [t.low for t in self.tokens]
        self.quantities: dict[int, tuple[Quantity, int]] = {}
        starts = {t.start: i for i, t in enumerate(self.tokens)}
        ends = {t.end: i for i, t in enumerate(self.tokens)}
        for found in iter_quantities(text, "en"):
            first, last = starts.get(found.start), ends.get(found.end)
            if first is not None and last is not None and not self._not_a_count(first, last):
                self.quantities[first] = (found.quantity, last + 1)
        self.militants_attack = bool(MILITANT_ATTACK_CONTEXT.search(text))
        # (``_is_head`` is False for a word not in HEAD_NOUNS, most words: not called for it)
        self.heads = [w in HEAD_NOUNS and _is_head(self, k) for k, w in enumerate(low)]
        self.modifiers = [_modifier_ok(self, k) for k in range(len(self.tokens))]

    def _not_a_count(self, first: int, last: int) -> bool:
        """Figures that are times, dates or measures ("at 10 a.m.", "15 km", "in 2019")."""
        nxt = self.low[last + 1] if last + 1 < len(self.low) else ""
        prev = self.low[first - 1] if first > 0 else ""
        if nxt in _UNIT_WORDS or (nxt in (":", "/") and self._glued_digits(last + 1)):
            return True  # "10:30", "3/4"; not "rose to 183: at least 170 Afghans"
        glued = first > 0 and self.tokens[first - 1].end == self.tokens[first].start
        if prev in ("/", ":", ".", "-") and glued:
            return True
        if prev in ("no", "number", "#", "district", "route", "highway", "gate", "unit", "zone"):
            return True
        if self._age(first):
            return True  # an age, not a count: "students aged between 15 and 26"
        text = self.tokens[first].text
        return text.isdigit() and len(text) == 4 and 1900 <= int(text) <= 2100

    def _age(self, first: int) -> bool:
        """Whether the figure at ``first`` follows "aged" ("aged 12 and 14", "aged 8 to 10")."""
        for k in range(first - 1, max(-1, first - 6), -1):
            low = self.low[k]
            if low in ("aged", "ages"):
                return True
            if not (low.isdigit() or low in ("and", "to", "between", ",", "-", "or")):
                return False
        return False

    def _glued_digits(self, k: int) -> bool:
        """Whether token ``k`` is glued to a digit on both sides ("10:30")."""
        if k + 1 >= len(self.tokens):
            return False
        after = self.tokens[k + 1]
        return self.tokens[k].end == after.start and after.text[:1].isdigit()

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.tokens[first].start, self.tokens[last - 1].end

    def span_text(self, first: int, last: int) -> str:
        start, end = self.span(first, last)
        return self.text[start:end]


_UNIT_WORDS: Final[frozenset[str]] = word_set(
    """
    km kilometres kilometers kilometre kilometer miles mile metres meters metre meter m kg
    kilograms kilos pounds lbs tons tonnes a.m am p.m pm o'clock hours hour minutes minute
    days day weeks week months month years year percent % afghanis dollars rupees year-old
    years-old vehicles vehicle cars car trucks truck tankers buses bus houses homes shops
    buildings rockets mortars rounds shells bombs mines devices weapons guns rifles
    motorcycles schools towers pylons
    """
)


def _modifier_ok(sent: _Sentence, k: int) -> bool:
    tok, low = sent.tokens[k], sent.low[k]
    if low in MODIFIER_STOP or low in TRIGGERS.first_words or not tok.text[0].isalnum():
        return False
    if tok.text[0].isdigit():
        return "-" in low  # "25-year-old"
    if k in sent.quantities:
        return False
    if low.endswith(("ed", "ing")) and tok.text.islower():
        return low in ADJ_ENDINGS_OK
    return True


def _skip_parenthesis(sent: _Sentence, k: int) -> int:
    if sent.low[k] != "(":
        return k
    for j in range(k + 1, min(k + 8, len(sent.tokens))):
        if sent.low[j] == ")":
            return j + 1
    return k


def _is_head(sent: _Sentence, k: int) -> bool:
    """A person noun that ends its phrase: not "police" in "police officers"."""
    low = sent.low[k]
    if low not in HEAD_NOUNS:
        return False
    nxt = sent.low[k + 1] if k + 1 < len(sent.low) else ""
    if low in ("head", "heads") and nxt != "of" and not _role_head(sent, k):
        return False
    if low == "other" and _NATIONALS_AFTER.match(sent.text, sent.tokens[k].end):
        return False  # "two other German soldiers", "two other Americans"
    if low in SINGULAR_NATIONALS:
        return nxt in _AFTER_SINGULAR_NATIONAL or not nxt
    return nxt not in HEAD_NOUNS  # "police officers", "Levies Forces officer", "women judges"


def _role_head(sent: _Sentence, k: int) -> bool:
    """ "The council head, two of his guards ... were killed": "head" after a noun of what
    he heads, ending its phrase, is a person; "shot in the head" and "head wounds" are not."""
    prev = sent.low[k - 1] if k > 0 else ""
    nxt = sent.low[k + 1] if k + 1 < len(sent.low) else ""
    return k > 0 and prev not in _NOT_A_ROLE_BEFORE and prev.isalpha() and nxt in _AFTER_ROLE


_NOT_A_ROLE_BEFORE: Final = word_set(
    """
    the a an his her their its my our your in on to of into at by from with severe serious
    minor bullet gunshot
    """
)
_AFTER_ROLE: Final = word_set(
    """
    , and was were had has who , ; . died
    """
)


# A people's name after "other": an adjective before the head ("German soldiers") or the
# plural noun itself ("Americans", "Afghans").
_NATIONALS_AFTER: Final = re.compile(r"\s+(?-i:[A-Z][a-z]+(?:ans?|ese|ish|is|ch|i))s?\b")


def _group(sent: _Sentence, first: int, last: int, head: int) -> str:
    """The group of the chunk ``[first, last)`` whose head noun is at ``head``."""
    head_word = sent.low[head]
    head_group = HEAD_NOUNS[head_word][0]
    if head_group == "attackers":
        return head_group
    before = sent.low[first:head]
    owner = [x for x, w in enumerate(before) if w.endswith("'s")]
    if head_group == "security" and owner:  # "the district governor's guards" guard him
        before = before[owner[-1] + 1 :]
    words = " ".join(before + sent.low[head + 1 : last])
    for pattern, group in KEYWORD_GROUPS:
        if not pattern.search(words):
            continue
        if group == "target_side" and pattern is KEYWORD_GROUPS[0][0]:
            return group  # Taliban fighters, commanders, officials: the side acted upon
        if head_word in GENERIC_HEADS or head_group == "militants":
            return _militants(sent, group)
        break
    if head_word in ("driver", "drivers") and _BOMB_VEHICLE.search(words):
        return "attackers"  # "the driver of the car bomb"
    return _militants(sent, head_group)


_BOMB_VEHICLE: Final = re.compile(
    r"\b(?:car|truck|lorry|vehicle|tanker|ambulance)[- ]?bombs?\b|\bbomb\b"
)


def _militants(sent: _Sentence, group: str) -> str:
    if group == "militants":
        return "attackers" if sent.militants_attack else "unknown"
    return group


def _plural_possessive(sent: _Sentence, j: int, k: int) -> bool:
    """Whether token ``j`` is the apostrophe of a plural possessive ("girls'") in the phrase
    after ``k``."""
    return sent.low[j] in ("'", "’") and j > k + 1 and sent.low[j - 1].endswith("s")


def _of_phrase_end(sent: _Sentence, k: int) -> int:
    """Extend a head over "of the Afghan Local Police (ALP)" so the group can be read."""
    n = len(sent.tokens)
    if k >= n or sent.low[k] not in ("of", "from"):
        return k
    end, j = k, k + 1
    while j < n and j - k <= MAX_MODIFIERS + 1:
        j2 = _skip_parenthesis(sent, j)
        if j2 == j and j in sent.quantities:
            j2 = sent.quantities[j][1]
        if j2 != j:
            end = j = j2
            continue
        if sent.low[j] in ("the", "a", "an") or _modifier_ok(sent, j) or sent.low[j] in HEAD_NOUNS:
            end = j = j + 1
            continue
        if _plural_possessive(sent, j, k):
            j += 1  # "pupils of a girls' school": the apostrophe of "girls'"
            continue
        if _of_inside_name(sent, j):
            j += 1  # "of the International Committee of the Red Cross": one name
            continue
        break
    return end if end > k + 1 else k


def _of_inside_name(sent: _Sentence, j: int) -> bool:
    """An "of" between capitalised words of one name ("Committee of the Red Cross", "Ministry
    of Interior"), which does not end the "of" phrase the name stands in."""
    n = len(sent.tokens)
    if sent.low[j] != "of" or not sent.tokens[j - 1].text[:1].isupper():
        return False
    nxt = j + 2 if j + 1 < n and sent.low[j + 1] == "the" else j + 1
    return nxt < n and sent.tokens[nxt].text[:1].isupper()


def _exact(count: int | None, text: str) -> Quantity:
    if count is None:
        return Quantity(None, None, None, True, text)
    return Quantity(count, count, count, False, text)


def _chunk_at(sent: _Sentence, i: int) -> _Chunk | None:
    """A noun phrase naming people that starts at token ``i``, if there is one."""
    low = sent.low[i]
    quantity: Quantity | None = None
    j = i
    if i in sent.quantities:
        quantity, j = sent.quantities[i]
    elif low in PRONOUNS and not (
        low == "her" and (_head_follows(sent, i + 1) or i + 1 in sent.quantities)
    ):
        count, group = PRONOUNS[low]
        return _Chunk(i, i + 1, _exact(count, sent.tokens[i].text), group, None, "pronoun")
    elif (low in DETERMINERS_SINGULAR or low in DETERMINERS_PLURAL) and i + 1 in sent.quantities:
        quantity, j = sent.quantities[i + 1]
    elif low in DETERMINERS_SINGULAR or low in DETERMINERS_PLURAL:
        j = i + 1
    if quantity is not None and j < len(sent.tokens) and sent.low[j] == "of":
        return _partitive(sent, i, j, quantity)
    head = _find_head(sent, j)
    if head is None and _counted_outcome(sent, quantity, j):
        head = _find_head(sent, j + 1)  # "eight wounded people", "three dead soldiers"
    if head is not None:
        return _headed_chunk(sent, i, head, quantity)
    named = sent.low[j] if j < len(sent.tokens) else ""
    if quantity is not None and quantity.best and named in _COUNTED_BY_NAME:
        text = sent.span_text(i, j + 1)  # "eight Taliban were killed", "killing 12 Taliban"
        return _Chunk(i, j + 1, quantity, _COUNTED_BY_NAME[named], text, "number")
    if quantity is not None and quantity.best:
        unknown = _unknown_head(sent, j)
        if unknown is not None:
            text = sent.span_text(i, unknown + 1)
            words = " ".join(sent.low[i : unknown + 1])
            group = next((g for p, g in KEYWORD_GROUPS if p.search(words)), "unknown")
            return _Chunk(i, unknown + 1, quantity, _militants(sent, group), text, "number")
    if quantity is not None:
        if j < len(sent.tokens) and sent.low[j] == "more":
            j += 1  # "Qadir was killed; three more were wounded"
        return _bare_chunk(i, j, quantity)
    if j == i:
        return _name_chunk(sent, i)
    return None


# Movements counted by their name, with no noun after it: their members.
# The relations that give a toll its own figure (not a subset, claim or other source).
TOLL_RELATIONS: Final = ("count", "revision", "total")
_COUNTED_BY_NAME: Final[dict[str, str]] = {"taliban": "target_side", "mujahideen": "unknown"}


def _unknown_head(sent: _Sentence, j: int) -> int | None:
    """A word not in the noun tables that ends a counted phrase and is followed by a verb or a
    break ("two Taliban tax collectors at ...", "its two riders,"): taken as people only when
    a casualty word links it; measures, vehicles and buildings are excluded."""
    k, n, last = j, len(sent.tokens), None
    while k < n and k - j <= MAX_MODIFIERS and _modifier_ok(sent, k):
        last = k
        k += 1
    if last is None:
        return None
    word = sent.low[last]
    nxt = sent.low[k] if k < n else "."
    plural = word.endswith("s") and not word.endswith("ss")
    if word in _UNIT_WORDS or word in _NON_PERSON or not sent.tokens[last].text.islower():
        return None
    if not plural or len(word) < 4:
        return None
    breaks = (",", ".", ";", "and", "or", "were", "was", "had", "have", "who")
    return last if nxt in breaks or nxt in PREPOSITIONS else None


_NON_PERSON: Final = word_set(
    """
    attacks blasts explosions incidents bombings assaults shots rounds times hours days weeks
    months years checkpoints posts outposts bases villages districts provinces mosques schools
    bridges roads convoys tankers weapons explosives mines grenades missiles drones shops
    stores markets offices compounds areas positions others dollars afghanis rupees cattle
    sheep goats animals horses donkeys cows camels homes houses vehicles cars trucks
    """
)


# Words telling, before the noun, what happened to counted people: "eight wounded people were
# brought in", "the three dead soldiers". After "a" they only describe ("a wounded man").
OUTCOME_ADJECTIVES: Final[dict[str, str]] = {
    "wounded": "injured",
    "injured": "injured",
    "dead": "killed",
}


def _counted_outcome(sent: _Sentence, quantity: Quantity | None, j: int) -> bool:
    """Whether a count is followed by an outcome adjective ("eight wounded people")."""
    return (
        quantity is not None
        and bool(quantity.best)
        and quantity.text.lower() not in ("a", "an", "another", "one")
        and j < len(sent.low)
        and sent.low[j] in OUTCOME_ADJECTIVES
    )


def _head_follows(sent: _Sentence, j: int) -> bool:
    return j < len(sent.tokens) and _find_head(sent, j) is not None


def _find_head(sent: _Sentence, j: int) -> int | None:
    k, n = j, len(sent.tokens)
    heads, modifiers, low = sent.heads, sent.modifiers, sent.low
    while k < n and k - j <= MAX_MODIFIERS:
        if low[k] == "(":
            k2 = _skip_parenthesis(sent, k)
            if k2 != k:
                k = k2
                continue
        if heads[k]:
            return _past_sex_word(sent, k)
        if not modifiers[k]:
            return None
        k += 1
    return None


def _past_sex_word(sent: _Sentence, k: int) -> int:
    """ "women" or "men" before a compound noun tells the people's sex ("two women election
    workers", "three men aid workers"): the head is the later noun."""
    if sent.low[k] not in ("women", "men"):
        return k
    for later in range(k + 2, min(k + 4, len(sent.low))):
        if not sent.modifiers[later - 1]:
            return k
        if sent.heads[later]:
            return later
    return k


def _headed_chunk(sent: _Sentence, i: int, head: int, quantity: Quantity | None) -> _Chunk:
    plural = HEAD_NOUNS[sent.low[head]][1]
    last = _of_phrase_end(sent, head + 1)
    text = sent.span_text(i, last)
    if quantity is None and sent.low[head] in ("bodies", "remains"):
        inner = next(
            (sent.quantities[x] for x in range(head + 1, last) if x in sent.quantities), None
        )
        if inner is not None:
            quantity = inner[0]
    group = _group(sent, i, last, head)
    if quantity is not None and not (
        plural
        and quantity.best == 1
        and quantity.text.isalpha()
        and quantity.text.lower() in ("a", "an", "another")
    ):
        kind, count_q = "number", quantity
    elif plural:
        kind, count_q = "plural", _exact(None, text)
    else:
        kind, count_q = "singular", _exact(1, text)
    total = any(sent.low[x] in TOTAL_MARKERS for x in range(max(0, i - 3), i)) or (
        quantity is not None and "total" in quantity.text.lower()
    )
    return _Chunk(i, last, count_q, group, text, kind, total)


def _partitive(sent: _Sentence, i: int, j: int, quantity: Quantity) -> _Chunk | None:
    """ "two of the assailants", "one of them", "six of the hostages"."""
    n = len(sent.tokens)
    k = j + 1
    if k < n and sent.low[k] in ("them", "whom"):
        head = _find_head(sent, k + 1) if k + 1 < n else None  # "four of them children"
        if head is not None and sent.low[k + 1] not in ("were", "was"):
            group = _group(sent, k + 1, head + 1, head)
            return _Chunk(i, head + 1, quantity, group, sent.span_text(i, head + 1), "part")
        return _Chunk(i, k + 1, quantity, "inherit", None, "part")
    while k < n and k - j <= MAX_MODIFIERS:
        if sent.low[k] in _PARTITIVE_NOUNS:  # "one of the wounded"
            head = _find_head(sent, k + 1) if k + 1 < n else None
            if head is not None and head - k <= 2:  # "one of the wounded drivers"
                last = _of_phrase_end(sent, head + 1)
                group = _group(sent, k + 1, last, head)
                return _Chunk(i, last, quantity, group, sent.span_text(i, last), "number")
            return _Chunk(i, k + 1, quantity, "unknown", sent.span_text(i, k + 1), "number")
        if _is_head(sent, k):
            last = _of_phrase_end(sent, k + 1)
            group = _group(sent, j, last, k)
            return _Chunk(i, last, quantity, group, sent.span_text(i, last), "number")
        if sent.low[k] not in _PARTITIVE_DETERMINERS and not _modifier_ok(sent, k):
            return None
        k += 1
    return None


_PARTITIVE_NOUNS: Final = word_set("wounded injured dead deceased victims hostages captives")
_PARTITIVE_DETERMINERS: Final = word_set(
    """
    the those these his her their its our
    """
)


def _bare_chunk(i: int, j: int, quantity: Quantity) -> _Chunk | None:
    """A figure without a noun ("two were injured", "wounding three"); linking decides."""
    if quantity.text.lower() in ("a", "an", "the", "no", "single", "lone"):
        return None
    return _Chunk(i, j, quantity, "inherit", None, "bare")


def _is_name_token(sent: _Sentence, k: int) -> bool:
    tok = sent.tokens[k]
    if sent.low[k] in NAME_PARTICLES:
        return True
    return (
        tok.text[:1].isupper()
        and tok.text[0].isalpha()
        and sent.low[k] not in CAPITALIZED_NON_NAMES
        and sent.low[k] not in HEAD_NOUNS
        and sent.low[k] not in TRIGGERS.first_words
    )


def _name_chunk(sent: _Sentence, i: int) -> _Chunk | None:
    """A personal name ("Mohammad Ibrahim", "Al-Salihi"): one person."""
    if not _is_name_token(sent, i):
        return None
    if sent.low[i] in NAME_PARTICLES and not (
        sent.tokens[i].text[:1].isupper()
        and i + 1 < len(sent.tokens)
        and sent.low[i + 1] not in NAME_PARTICLES
        and _is_name_token(sent, i + 1)
    ):
        return None  # "Abdul Raziq" is a name, a lone "al" is not
    run = i
    while run > 0 and _is_name_token(sent, run - 1):
        run -= 1
    if run > 0 and sent.low[run - 1] in ("the", "a", "an"):
        return None  # "the Supreme Court" is not a person
    k, n = i, len(sent.tokens)
    while k < n and _is_name_token(sent, k):
        k += 1
    return _Chunk(i, k, _exact(1, sent.span_text(i, k)), "unknown", None, "name")


_BEAT_TO_DEATH: Final = Trigger(("beat",), "killed", "participle")
_BEAT_WORDS: Final = frozenset({("beat",), ("beaten",)})


def _beaten_to_death(sent: _Sentence, i: int) -> bool:
    """ "a mob dragged the minister out and beat him to death": the beating killed, also
    when the victim is named at length before "to death" ("beat a woman named Gul Bibi to
    death"), within the clause."""
    after = sent.low[i + 1 : i + 10]
    ends = [k for k, word in enumerate(after) if word in _CLAUSE_STOPS]
    after = after[: ends[0]] if ends else after
    return "death" in after and after[after.index("death") - 1] == "to"


_CLAUSE_STOPS: Final = frozenset({",", ";", ".", ":", "(", ")"})


def _trigger_at(sent: _Sentence, i: int) -> _Trig | None:
    for trigger in TRIGGERS.by_first.get(sent.low[i], ()):
        words = trigger.words
        if tuple(sent.low[i : i + len(words)]) != words:
            continue
        if words in _BEAT_WORDS and _beaten_to_death(sent, i):
            trigger = replace(_BEAT_TO_DEATH, words=words)
        if i > 0 and sent.low[i - 1] == "the" and trigger.form in ("participle", "nominal"):
            return None  # "the wounded", "the dead"
        after = i + len(words)
        if trigger.form in ("participle", "nominal") and after < len(sent.low):
            before = sent.low[i - 1] if i else ""
            titled = sent.tokens[after].text[:1].isupper()  # "shot dead Mullah Abdul Wali"
            if _is_head(sent, after) and before not in AUX_SINGULAR | AUX_PLURAL and not titled:
                return None  # "an ambulance carrying a wounded man"
        return _Trig(i, i + len(words), trigger)
    return None


_SUBSET_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(p.split())
    for p in (
        "most of them",
        "many of them",
        "some of them",
        "several of them",
        "among them",
        "among whom",
        "of whom",
        "most of whom",
        "many of whom",
        "all of them",
        "mostly",
        "among them were",
        "among those",
        "the majority of them",
        "nearly all of them",
        "almost all of them",
    )
)
_ADDITIVE_PHRASES: Final[tuple[tuple[str, ...], ...]] = tuple(
    tuple(p.split())
    for p in (
        "not including",
        "excluding",
        "in addition to",
        "besides",
        "apart from",
        "along with",
        "together with",
        "as well as",
        "not counting",
        "plus",
    )
)


def _marker_index() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrases, word in ((_SUBSET_PHRASES, "including"), (_ADDITIVE_PHRASES, "plus")):
        for phrase in phrases:
            index.setdefault(phrase[0], []).append((phrase, word))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in index.items()}


_MARKERS: Final = _marker_index()


def _marker_at(sent: _Sentence, i: int) -> _Tok | None:
    """Phrases that open a subset ("most of them") or an addition ("not including")."""
    for phrase, word in _MARKERS.get(sent.low[i], ()):
        if tuple(sent.low[i : i + len(phrase)]) == phrase:
            start, end = sent.span(i, i + len(phrase))
            return _Tok(sent.text[start:end], word, start, end)
    return None


def _items(sent: _Sentence) -> list[_Item]:
    items: list[_Item] = []
    i, n = 0, len(sent.tokens)
    while i < n:
        marker = _marker_at(sent, i)
        if marker is not None:
            items.append(marker)
            i += len(_TOKEN.findall(marker.text))
            continue
        found: _Trig | _Chunk | None = _trigger_at(sent, i)
        if found is None:
            found = _chunk_at(sent, i)
        if found is None:
            items.append(sent.tokens[i])
            i += 1
        else:
            items.append(_titled(sent, items, found))
            i = found.last if found.last > i else i + 1
    return items


def _titled(sent: _Sentence, items: list[_Item], found: _Chunk | _Trig) -> _Item:
    """A name and the one capitalised title right before it are one person ("General Abdul
    Raziq", "Mawlawi Abdul Rahman"): the title's chunk gives way to the whole name."""
    if not (isinstance(found, _Chunk) and found.kind == "name" and items):
        return found
    title = items[-1]
    nationals = _counted_nationals(sent, title, found)
    if nationals is not None:
        items.pop()
        return nationals
    if (
        isinstance(title, _Chunk)
        and title.kind == "singular"
        and title.last == found.first
        and title.last - title.first == 1
        and sent.tokens[title.first].text[:1].isupper()
    ):
        items.pop()
        return _Chunk(title.first, found.last, found.quantity, title.group, None, "name")
    return found


def _counted_nationals(sent: _Sentence, before: _Item, name: _Chunk) -> _Chunk | None:
    """A figure or "a" right before a lone people's name that closes a list item ("twelve
    Nepalese and two Indians,", "a Swiss and a Dutchman were killed") counts those people:
    such names are not person nouns in the tables, and read as a name they count one."""
    if name.last - name.first != 1 or not _is_national(sent, name.first):
        return None
    if name.last < len(sent.low) and sent.low[name.last] not in _LIST_BREAKS:
        return None  # "two Nepalese guards", "a Swiss aid group": an adjective
    if isinstance(before, _Chunk) and before.kind == "bare" and before.last == name.first:
        quantity = before.quantity
    elif (
        isinstance(before, _Tok)
        and before.low in ("a", "an")
        and before.start == sent.tokens[name.first - 1].start
    ):
        quantity = _exact(1, before.text)
    else:
        return None
    first = before.first if isinstance(before, _Chunk) else name.first - 1
    text = sent.span_text(first, name.last)
    return _Chunk(first, name.last, quantity, "unknown", text, "number")


def _is_national(sent: _Sentence, k: int) -> bool:
    word = sent.tokens[k].text
    if sent.low[k] in _COUNTED_BY_NAME or sent.low[k] in _NOT_NATIONALS:
        return False
    return sent.low[k] in _NATIONAL_WORDS or bool(_NATIONAL_ENDING.fullmatch(word))


# The endings of the names of peoples ("Nepalese", "Indian", "Pakistani", "Dutchman",
# "French") and the ones that have none of them.
_NATIONAL_ENDING: Final = re.compile(r"[A-Z][a-z]{2,}(?:ese|ians?|cans?|ans|is?|ish|ch|m[ae]n)")
_NATIONAL_WORDS: Final = word_set(
    """
    briton britons swiss turk turks uzbek uzbeks thai thais greek greeks pole poles swede
    swedes dane danes finn finns scot scots kazakh kazakhs kyrgyz czech czechs serb serbs
    croat croats arab arabs kurd kurds american german germans
    """
)
# Capitalised words with those endings that are not peoples.
_NOT_NATIONALS: Final = word_set(
    """
    afghan mullah mawlawi maulvi haji hajji qari sheikh khan sultan rahman usman osman
    suleiman salman noman nauman farman lukman luqman amin chairman spokesman
    """
)
_LIST_BREAKS: Final = word_set(
    """
    , and . ; were was had have
    """
)


# -- linking chunks to casualty words --------------------------------------------------------------


def _low(item: _Item) -> str:
    return item.low if isinstance(item, _Tok) else ""


def _skip_adverbs_left(items: list[_Item], k: int) -> int:
    while k >= 0:
        low = _low(items[k])
        if low in ADVERBS or low == ",":
            if low == "," and not (k > 0 and _low(items[k - 1]) in ADVERBS):
                return k
            k -= 1
            continue
        if low == "and" and k > 0 and _low(items[k - 1]) in VIOLENT_VERBS:
            k -= 2  # "was shot and killed"
            continue
        if low in VIOLENT_VERBS and k > 0 and _low(items[k - 1]) in AUX_SINGULAR | AUX_PLURAL:
            k -= 1  # "were shot dead"
            continue
        return k
    return k


def _aux_before(items: list[_Item], t: int) -> tuple[str | None, int, bool]:
    """(singular/plural auxiliary before trigger ``t`` or None, index left of it, negated)."""
    k = _skip_adverbs_left(items, t - 1)
    negated = False
    if k >= 0 and _low(items[k]) in ("not", "never", "n't"):
        negated = True
        k = _skip_adverbs_left(items, k - 1)
    if k < 0:
        return None, t - 1, negated
    low = _low(items[k])
    if low in AUX_SINGULAR or low in AUX_PLURAL:
        number = "singular" if low in AUX_SINGULAR else "plural"
        j = k - 1
        if low in ("been", "be", "being") and j >= 0:
            before = _low(items[j])
            if before in ("has", "have", "had", "to", "will", "would", "may", "might"):
                number = "singular" if before == "has" else "plural"
                j -= 1
        j = _skip_adverbs_left(items, j)
        return number, j, negated
    return None, t - 1, negated


def _collect_left(items: list[_Item], k: int) -> list[tuple[_Chunk, str]]:
    """Subject chunks ending at item ``k``: "Two soldiers and three assailants", "X, the Y,".

    "including" makes the chunks between it and the next comma a subset ("Nine guests,
    including foreigners, and the four gunmen"); a chunk must be joined by "and" or a comma.
    """
    found: list[tuple[_Chunk, str]] = []
    boundary = 0
    joinable, comma = True, False
    described: str | None = None  # the group an apposition gives the person before it
    k = _subject_end(items, k)
    while k >= 0:
        item = items[k]
        if isinstance(item, _Chunk):
            if item.kind == "part" and found and _after_trigger_comma(items, k):
                found = found[:boundary]  # "..., 46 of them girls, and 110 were wounded"
                break
            if not joinable or (found and comma and not _comma_joinable(items, k, item, found)):
                break
            if _after_preposition(items, k) and not (found and found[-1][1] == "added"):
                if not found or (
                    item.kind == "pronoun"
                    and item.quantity.text.lower() in ("him", "them", "her", "us", "me")
                ):
                    break  # "six died with him and 13 were wounded": he is not among them
                found.append((item, "count"))
                break
            if described is not None and item.group in _DESCRIBABLE:
                item = replace(item, group=described)  # "his driver, also a Taliban member,"
            described = None
            role = _role_before_name(items, k)
            if role is not None:  # "police chief Abdul Raziq and intelligence chief X"
                item, k = role
            found.append((item, "part" if item.kind == "part" else "count"))
            joinable, comma = False, False
            k -= 1
            continue
        low = _low(item)
        if low in ("and", "&", ",") and found:
            if low == "," and _low(items[k + 1]) == "and":
                boundary = len(found)  # ", and" closes an "including" list
            joinable, comma = True, comma or low == ","
            k -= 1
            continue
        if joinable and found and comma:
            skipped = _skip_modifier(items, k)
            if skipped is not None:
                k = skipped
                continue
        if low == "included" and comma and boundary == len(found):
            break  # "seven died, the bomber included, and 15 were hurt": not among the hurt
        if low in INCLUDING_MARKERS and found:
            found = found[:boundary] + [(c, "subset") for c, _ in found[boundary:]]
            joinable, comma = True, False
            k -= 1
            continue
        if _also_apposition(items, k, found):
            # "X and his driver, also a Taliban member, died": ", also a ..." describes the
            # person before it; the subject goes on left of the comma
            described = found[-1][0].group
            found, joinable, comma = found[:-1], True, False
            k -= 2
            continue
        if low == "plus" and found:  # "21 people, not including the bomber,": both count
            joinable, comma = True, False
            k -= 1
            continue
        break
    found.reverse()
    # "Six people, four of them children": a part of a group named before it is a subset;
    # "Four of them were later killed" on its own counts.
    parts = [
        (c, ("subset" if n else "count") if r == "part" else r) for n, (c, r) in enumerate(found)
    ]
    closed = {
        item.first
        for n, item in enumerate(items[:-1])
        if isinstance(item, _Chunk) and _comma_after(items, n + 1)
    }
    anded = {
        item.first
        for n, item in enumerate(items[:-1])
        if isinstance(item, _Chunk) and item.kind == "name" and _low(items[n + 1]) in ("and", "&")
    }
    return _breakdown(_drop_appositions(parts, closed, anded), closed)


# "All 38 people on board, 30 soldiers and eight Afghans, were killed": where the people
# were, told before the comma, does not open the list that breaks them down.
_WHERE_BEFORE_COMMA: Final = (("on", "board"), ("aboard",), ("onboard",), ("nearby",))


def _role_before_name(items: list[_Item], k: int) -> tuple[_Chunk, int] | None:
    """A name right after the role of one person ("police chief Abdul Raziq", "the district
    governor Abdul Rahim") is that person, of the role's group: the name with the role's
    group, and the role's index. None when the chunk at ``k`` is no such name."""
    name, role = items[k], items[k - 1] if k > 0 else None
    if not (isinstance(name, _Chunk) and name.kind == "name"):
        return None
    if not (isinstance(role, _Chunk) and role.kind == "singular" and role.last == name.first):
        return None
    return replace(name, group=role.group), k - 1


def _comma_after(items: list[_Item], k: int) -> bool:
    """Whether a comma follows at item ``k``, past a word for where the people were."""
    for words in ((), *_WHERE_BEFORE_COMMA):
        end = k + len(words)
        if (
            end < len(items)
            and all(_low(items[k + i]) == word for i, word in enumerate(words))
            and _low(items[end]) == ","
        ):
            return True
    return False


def _breakdown(
    found: list[tuple[_Chunk, str]], closed: frozenset[int] | set[int]
) -> list[tuple[_Chunk, str]]:
    """ "Seven staff, three Europeans and four Nepalese guards, were killed": a list between
    commas whose figures add up to the figure before it breaks that group down (subsets).
    The list may close before the subject does: in "Two embassy staff, a secretary and a
    guard, and four visitors died" the two are broken down and the four still add."""
    if len(found) < 3 or any(r != "count" for _, r in found):
        return found
    head = found[0][0]
    if head.kind != "number" or head.first not in closed:
        return found
    total = 0
    for end, (chunk, _) in enumerate(found[1:], start=1):
        if chunk.quantity.best is None:
            return found
        total += chunk.quantity.best
        if end > 1 and chunk.first in closed and total == head.quantity.best:
            parts = [(c, "subset") for c, _ in found[1 : end + 1]]
            return [found[0], *parts, *found[end + 1 :]]
        if total > (head.quantity.best or 0):
            return found
    return found


def _also_apposition(items: list[_Item], k: int, found: list[tuple[_Chunk, str]]) -> bool:
    """ ", also a Taliban member,": "also" between a comma and the one person just found
    (told with "a") opens an apposition, not a subject of its own."""
    if _low(items[k]) != "also" or len(found) != 1 or k < 1 or _low(items[k - 1]) != ",":
        return False
    return _told_with_a(found[0][0])


def _subject_end(items: list[_Item], k: int) -> int:
    """Step back over what separates a subject from its verb: a trailing comma, a relative
    clause (", who was presumed to be a bomber,") or a short place ("at the post")."""
    if (
        k >= 2
        and _low(items[k]) == "who"
        and _low(items[k - 1]) == ","
        and isinstance(items[k - 2], _Chunk)
    ):
        return k - 2  # "the attacker, who was shot dead": the attacker
    trailing_comma = k >= 0 and _low(items[k]) == ","
    while k >= 0 and _low(items[k]) == ",":
        k -= 1
    if (
        k >= 3
        and trailing_comma
        and _low(items[k]) == "included"
        and isinstance(items[k - 1], _Chunk)
        and _low(items[k - 2]) == ","
        and isinstance(items[k - 3], _Chunk)
    ):
        return k - 3  # "All ten attackers, the car bomber included, were killed": all ten
    for c in range(k, max(-1, k - 14), -1):
        if isinstance(items[c], _Trig) and trailing_comma:
            break
        if _low(items[c]) == "and" and c > 0 and _low(items[c - 1]) == ",":
            break  # "X, who was travelling with the unit, and a senior officer": a list
        after = _low(items[c + 1]) if c + 1 <= k else ""
        if after in ("who", "which", "whose", "that"):
            if trailing_comma and _low(items[c]) == ",":
                return c - 1
            if not trailing_comma and isinstance(items[c], _Chunk) and k - c <= 9:
                return c
    aside = _subset_aside(items, k) if trailing_comma else None
    if aside is not None:
        return aside
    placed = _place_trail(items, k) if trailing_comma else None
    if placed is not None:
        return placed
    skipped = _skip_modifier(items, k)
    end = k if skipped is None else skipped
    head = _head_of_modifier(items, end)  # "two men working as guards at the school"
    return end if head is None else head


# Prepositions that open the object of a participle describing people ("working at the
# airport as cleaners", "employed by the council as guards").
_MODIFIER_OBJECT: Final = word_set(
    """
    as for at in with by of from
    """
)


def _head_of_modifier(items: list[_Item], k: int) -> int | None:
    """ "Five women working at the airport as cleaners were shot dead": people named inside a
    participle phrase ("as cleaners") describe the counted people it follows, who are the
    subject. The chunk at ``k`` must follow a preposition; the phrase holds no verb, comma or
    conjunction. Returns the counted chunk's index, or None."""
    if k < 3 or not isinstance(items[k], _Chunk) or _low(items[k - 1]) not in _MODIFIER_OBJECT:
        return None
    for p in range(k - 2, max(0, k - 9), -1):
        item = items[p]
        low = _low(item)
        if isinstance(item, _Trig) or low in (",", ";", "and", "or", "were", "was", "who"):
            return None
        head = items[p - 1]
        if (
            low in _MODIFIER_VERBS
            and isinstance(head, _Chunk)
            and head.quantity.best
            and head.group != "unknown"  # "two men working for the group": whose men?
        ):
            return p - 1
    return None


# Last words of a place told as a comma list ("in Rustaq district, Takhar province,
# Afghanistan,").
_PLACE_WORDS: Final = word_set(
    """
    afghanistan pakistan province district city village town area
    """
)


def _place_trail(items: list[_Item], k: int) -> int | None:
    """The subject before a place told between it and its verb as a comma list ("Fourteen
    residents of Kasab village, Dara-i-Sufi Payin district, Samangan province, Afghanistan,
    were poisoned"): the last chunk not inside the place phrase, which must open it with a
    place preposition or "of". ``k`` is the place's last word."""
    if _low(items[k]) not in _PLACE_WORDS:
        return None
    for p in range(k - 1, max(-1, k - 30), -1):
        item = items[p]
        if isinstance(item, _Trig) or _low(item) == ";":
            return None
        if isinstance(item, _Chunk) and item.kind != "name" and not _after_preposition(items, p):
            opener = _low(items[p + 1])
            last = (item.group_text or "").lower().rsplit(" ", 1)[-1]
            placed = opener in _PLACE_PREPOSITIONS or opener == "of"
            return p if placed or (opener == "," and last in _PLACE_WORDS) else None
    return None


def _subset_aside(items: list[_Item], k: int) -> int | None:
    """The subject's end before an aside between commas that names only part of it ("24
    people, mothers and a midwife among them, were killed"; "two of the attackers, one of
    them the driver, were killed"): the part neither adds nor is the subject. ``k`` is the
    last item of the aside."""
    closing = _low(items[k]) in INCLUDING_MARKERS
    for c in range(k - 1, max(0, k - 14), -1):
        low = _low(items[c])
        if isinstance(items[c], _Trig) or low == ";":
            return None
        if low != "," or _low(items[c + 1]) == "and":
            continue
        before = items[c - 1]
        if closing and isinstance(before, _Chunk) and before.kind == "number":
            return c - 1  # the counted group the listed part belongs to
        if _including_unread(items, c, k) and isinstance(before, _Chunk):
            return c - 1
        # "13 of them foreigners" alone, or with its own "including ..." list
        part_ends = (c + 2 == k and isinstance(items[k], _Chunk)) or (
            c + 2 < k and _low(items[c + 2]) in INCLUDING_MARKERS
        )
        named_part = _is_part(items[c + 1]) and part_ends
        if named_part and isinstance(before, _Chunk):
            return c - 1
        if not closing:
            return None
    return None


def _including_unread(items: list[_Item], c: int, k: int) -> bool:
    """Whether items ``c``..``k`` are ", including ..." with words the chunk reader left
    unread ("two hostages, including the group's pastor Lee Min-ho, were shot"): the aside
    names part of the group before it, which stays the subject."""
    if _low(items[c + 1]) not in INCLUDING_MARKERS:
        return False
    aside = items[c + 2 : k + 1]
    if any(isinstance(item, _Trig) or not _one_victim_named(item) for item in aside):
        return False  # a counted part ("including at least three children") is read as one
    # words between the chunks, or two chunks side by side ("the surveyor Anwar Gul"), stop
    # the subject reader inside the aside
    unread = any(isinstance(item, _Tok) and item.low not in ("and", ",") for item in aside)
    return unread or any(
        isinstance(aside[x], _Chunk) and isinstance(aside[x + 1], _Chunk)
        for x in range(len(aside) - 1)
    )


def _one_victim_named(item: _Item) -> bool:
    """A word, a name, or one person who is not an attacker ("the bomber" is a death of
    another side, read on its own)."""
    if not isinstance(item, _Chunk):
        return True
    return item.kind == "name" or (item.kind == "singular" and item.group != "attackers")


def _skip_modifier(items: list[_Item], k: int) -> int | None:
    """Index of a chunk followed by a short modifier ending at ``k`` ("policemen stationed at
    the post", "judges working for the court", "passengers on the bus"), or None."""
    if k < 0 or isinstance(items[k], _Chunk | _Trig):
        return None
    relative = _before_relative(items, k)
    if relative is not None:
        return relative
    for p in range(k, max(0, k - 7), -1):  # "students aged between 15 and 26"
        if isinstance(items[p], _Trig) or _low(items[p]) in (",", ";"):
            break
        if _low(items[p]) == "aged" and isinstance(items[p - 1], _Chunk):
            return p - 1
    for p in range(k, max(-1, k - 7), -1):
        item = items[p]
        low = _low(item)
        if isinstance(item, _Trig) or low in (",", ";", "and", "or", "were", "was"):
            return None
        if (
            p > 0
            and isinstance(items[p - 1], _Chunk)
            and (low in _PLACE_PREPOSITIONS or low.endswith("ing") or low in _MODIFIER_VERBS)
        ):
            return p - 1
    return None


def _before_relative(items: list[_Item], k: int) -> int | None:
    """The person a "who" clause ending at ``k`` describes ("an Indian photojournalist working
    for Reuters who was travelling with the unit"): the nearest chunk before "who" that does
    not follow a preposition, or None."""
    w = next(
        (
            p
            for p in range(k, max(0, k - 9), -1)
            if _low(items[p]) == "who"
            or isinstance(items[p], _Trig)
            or _low(items[p]) in (",", ";")
        ),
        None,
    )
    if w is None or _low(items[w]) != "who":
        return None
    if w >= 2 and _low(items[w - 1]) == "," and isinstance(items[w - 2], _Chunk):
        w -= 1  # "his cousin, who was in the passenger seat, and two passers-by"
    for p in range(w - 1, max(-1, w - 7), -1):
        item = items[p]
        if isinstance(item, _Trig) or _low(item) in (",", ";", "and", "or"):
            return None
        if isinstance(item, _Chunk) and not _after_preposition(items, p):
            return p
    return None


_PLACE_PREPOSITIONS: Final = word_set(
    """
    at in inside on aboard near outside from
    """
)
_MODIFIER_VERBS: Final = word_set(
    """
    assigned stationed posted deployed based working serving travelling traveling guarding
    manning riding employed hired contracted attached
    """
)


def _after_preposition(items: list[_Item], k: int) -> bool:
    before = _low(items[k - 1]) if k > 0 else ""
    if k == 1 and before == "in" and _opens_with_all(items[k]):
        return False  # "In all seven died": "in all" opening the sentence, the count its subject
    if before == "to" and k > 1 and _low(items[k - 2]) == "addition":
        return False
    if before == "for" and k > 1 and _low(items[k - 2]) == "except" and _relative_after(items, k):
        return False  # "... let go, except for two who were found shot dead": their verb
    return before in PREPOSITIONS and before not in _CLAUSE_OPENERS


def _opens_with_all(item: _Item) -> bool:
    return isinstance(item, _Chunk) and item.quantity.text.lower().startswith("all ")


def _relative_after(items: list[_Item], k: int) -> bool:
    return k + 1 < len(items) and _low(items[k + 1]) in ("who", "whom")


_CLAUSE_OPENERS: Final = word_set(
    """
    as before after when while since until
    """
)


def _comma_joinable(
    items: list[_Item], k: int, item: _Chunk, found: list[tuple[_Chunk, str]]
) -> bool:
    """Whether a chunk before a comma still belongs to the same subject (list, apposition)."""
    if _after_preposition(items, k):
        return False
    if item.kind == "name":
        return found[-1][0].kind in ("singular", "name", "number")
    return True


def _drop_appositions(
    found: list[tuple[_Chunk, str]],
    closed: frozenset[int] | set[int] = frozenset(),
    anded: frozenset[int] | set[int] = frozenset(),
) -> list[tuple[_Chunk, str]]:
    """ "Ahmad, the police chief," and "one soldier, Mihail Golin," name one person; so do
    "a third vaccinator, a 19-year-old woman," (an age between commas: ``closed`` holds the
    chunks a comma follows). A name joined by "and" (``anded``) to the one person after it
    is another person ("Karimi and the bomber died")."""
    kept: list[tuple[_Chunk, str]] = []
    for chunk, relation in found:
        if kept and kept[-1][1] == relation:
            prev = kept[-1][0]
            # "Laila Noori ... and her driver": someone's relative or aide is another person
            kin = (chunk.group_text or "").lower().split(" ")[0] in _KIN_OPENERS
            if prev.kind == "name" and _single(chunk) and not kin and prev.first not in anded:
                kept[-1] = (_retitled(prev, chunk), relation)
                continue
            if prev.kind in ("singular", "number") and chunk.kind == "name":
                continue
            if _described_kin(prev, chunk, closed):
                if prev.group in _DESCRIBABLE:
                    kept[-1] = (replace(prev, group=chunk.group), relation)
                continue  # "his driver, a Taliban member,": the driver, described
            if (
                prev.quantity.best == 1
                and prev.kind in ("singular", "number")
                and _single(chunk)
                and chunk.group == prev.group
                and chunk.first in closed
                and _AGED.search(chunk.group_text or "")
            ):
                continue  # "a third vaccinator, a 19-year-old woman,": one woman
        kept.append((chunk, relation))
    return kept


def _described_kin(prev: _Chunk, chunk: _Chunk, closed: frozenset[int] | set[int]) -> bool:
    """Someone's relative or aide ("his driver") followed by one person told with "a" between
    commas (", a Taliban member,") is described, not joined by another person."""
    opener = (prev.group_text or "").lower().split(" ")[0]
    return (
        opener in _KIN_OPENERS and _single(prev) and _told_with_a(chunk) and chunk.first in closed
    )


# Groups a person's description may make specific: an aide or relative is a civilian only
# until the text says he was a member of some side ("his driver, also a Taliban member").
_DESCRIBABLE: Final = frozenset({"unknown", "civilians"})

_AGED: Final = re.compile(r"\b\d+-year-old\b", re.IGNORECASE)


def _single(chunk: _Chunk) -> bool:
    """One person named by a role: "the local police chief", "a party worker"."""
    return chunk.kind == "singular" or _told_with_a(chunk)


def _told_with_a(chunk: _Chunk) -> bool:
    """One person told with "a" or "an" ("a party worker", ", a Taliban member,")."""
    return chunk.kind == "number" and chunk.quantity.text.lower() in ("a", "an")


def _retitled(name: _Chunk, role: _Chunk) -> _Chunk:
    return _Chunk(name.first, role.last, name.quantity, role.group, role.group_text, "singular")


def _collect_right(items: list[_Item], k: int) -> list[tuple[_Chunk, str]]:
    """Object chunks from item ``k``: "two police officers and a civilian, including ..."."""
    found: list[tuple[_Chunk, str]] = []
    relation = "count"
    n = len(items)
    while k < n:
        item = items[k]
        if isinstance(item, _Chunk):
            if item.kind == "bare" and not _bare_object_ok(items, k):
                break
            if item.kind == "name" and found and found[-1][0].kind in ("singular", "number"):
                k += 1  # "a soldier, Colonel Hasan," names the same person
            elif _second_role(items, k, found):
                k += 1  # "Ali, a teacher and member of the council": one person, two roles
            else:
                found.append((item, "subset" if item.kind == "part" and found else relation))
                k += 1
            companion = _companions_at(items, k)
            if companion is not None:
                relation, k = "count", companion
                continue
            if k < n and _low(items[k]) in INCLUDING_MARKERS:
                relation = "subset"
                k += 1
                continue
            if _single(item):
                k = _past_name_marker(items, _past_role_complement(items, k))
                if k < n and _is_name_chunk(items[k]):
                    continue  # "police chief Ahmad Khan and two of his guards": his name
            if k + 1 < n and _low(items[k]) in ("and", "&") and isinstance(items[k + 1], _Chunk):
                k += 1
                continue
            if (
                k + 1 < n
                and _low(items[k]) == ","
                and (_list_continues(items, k + 1) or _is_part(items[k + 1]))
            ):
                k += 1
                continue
            if k + 2 < n and _low(items[k]) == "," and _low(items[k + 1]) in INCLUDING_MARKERS:
                relation = "subset"
                k += 2
                continue
            if k + 2 < n and _low(items[k]) == "," and _low(items[k + 1]) == "and":
                if _own_clause(items, k + 2):
                    break  # "killed along with a cameraman, and 13 people were wounded"
                k += 2
                continue
            kin = _kin_after_modifier(items, k) if _single(item) else None
            if kin is None and item.kind in ("name", "singular", "number"):
                kin = _kin_closing_clause(items, k)
            if kin is not None:  # "killed a presenter at a radio station and his cousin"
                k = kin
                continue
            break
        low = _low(item)
        if low in ("at", "least", "the", "lives", "of") and not found:
            k += 1
            continue
        break
    if found and (found[-1][0].kind in ("name", "pronoun") or _single(found[-1][0])):
        later = _companions_later(items, k)  # "killed the chief ..., along with his guards"
        if later is not None:
            found.append((later, "count"))
    return _breakdown_after(items, _drop_appositions(_drop_enumeration(found)))


def _past_name_marker(items: list[_Item], k: int) -> int:
    """Past "known as", "named" or "called" before the name of the one person just told ("a
    commander known as Mullah X and one of his guards"): the name is his, the list goes on."""
    if k >= len(items) or _low(items[k]) not in _NAME_MARKERS:
        return k
    j = k + 1
    if j < len(items) and _low(items[j]) == "as":
        j += 1
    elif _low(items[k]) in ("known", "identified"):
        return k  # "known" alone is no name marker ("known to the police")
    return j if j < len(items) and _is_name_chunk(items[j]) else k


_NAME_MARKERS: Final = word_set("known named called identified")


def _companions_at(items: list[_Item], k: int) -> int | None:
    """The index of the people killed with an object, told after "along with" or "together
    with" ("killed the mayor, along with two of his guards"): they are more dead. None if no
    such phrase opens at ``k`` or no people follow it ("along with himself" is read apart)."""
    if k < len(items) and _low(items[k]) == ",":
        k += 1
    if k + 1 >= len(items) or not _companion_marker(items[k]):
        return None
    after = items[k + 1]
    if not isinstance(after, _Chunk) or after.kind in ("pronoun", "bare"):
        return None
    return k + 1


def _companions_later(items: list[_Item], k: int) -> _Chunk | None:
    """People killed with the object, told after a place, a time or an aside ("killed the
    district chief in his office on Monday, along with two of his guards"): the clause must
    go on without another verb, list or figure up to the ", along with"."""
    for p in range(k, min(len(items) - 2, k + _COMPANION_REACH)):
        item = items[p]
        if isinstance(item, _Trig) or _low(item) in _CLAUSE_ENDS:
            return None
        if isinstance(item, _Chunk) and not _passed_in_clause(items, p, item):
            return None
        if _low(item) != "," or not _companion_marker(items[p + 1]):
            continue
        after = items[p + 2]
        if isinstance(after, _Chunk) and after.kind in ("number", "plural", "part"):
            return after
        return None
    return None


def _passed_in_clause(items: list[_Item], p: int, chunk: _Chunk) -> bool:
    """A chunk that does not add people to the object: a name, one person or a pronoun in an
    aside ("whom they called the governor"), or a day's figure ("on 26 July")."""
    if chunk.kind in ("name", "pronoun") or _single(chunk):
        return True  # "Ali, a candidate for the council, along with ...": the same man
    return chunk.kind == "bare" and p > 0 and _low(items[p - 1]) == "on"


def _companion_marker(item: _Item) -> bool:
    return isinstance(item, _Tok) and item.text.lower() in _COMPANION_MARKERS


_COMPANION_REACH: Final = 24
_CLAUSE_ENDS: Final = word_set(
    """
    ; . and but while who which when after before because
    """
)
_COMPANION_MARKERS: Final = ("along with", "together with")


def _breakdown_after(
    items: list[_Item], found: list[tuple[_Chunk, str]]
) -> list[tuple[_Chunk, str]]:
    """ "killed seven people, three soldiers and four civilians": figures told right after a
    count and a comma break it down when they add up to it, or, after a count of no side
    ("people", "members of a team"), when they name part of it ("ten aid workers, six
    Americans and two Afghans"): subsets, not more dead. "two soldiers, three policemen and a
    civilian" adds up to more than its first figure and stays a list."""
    if len(found) < 2 or any(r != "count" for _, r in found):
        return found
    head, rest = found[0][0], [c for c, _ in found[1:]]
    if head.kind != "number" or head.quantity.best is None or head.quantity.vague:
        return found
    at = next((n for n, item in enumerate(items) if item is head), None)
    if at is None or at + 1 >= len(items) or _low(items[at + 1]) != ",":
        return found
    figures = [c.quantity.best for c in rest]
    if None in figures or any(c.kind != "number" for c in rest):
        return found
    total = sum(f or 0 for f in figures)
    generic = head.group == "unknown"
    if total == head.quantity.best or (generic and total < head.quantity.best):
        return [found[0]] + [(c, "subset") for c in rest]
    return found


def _second_role(items: list[_Item], k: int, found: list[tuple[_Chunk, str]]) -> bool:
    """A singular noun with no determiner after "and" ("a cleric and member of the council",
    "a lawmaker and former commander") is a second role of the person just named: English
    names another person with a determiner or a figure ("and a guard", "and his driver").
    A name after it ("and police chief Ahmad") makes it a title of someone else."""
    item = items[k]
    if not (isinstance(item, _Chunk) and item.kind == "singular" and found):
        return False
    if k == 0 or _low(items[k - 1]) != "and" or not _single(found[-1][0]):
        return False
    first = (item.group_text or "").split(" ")[0]
    if not first[:1].islower() or first in DETERMINERS_SINGULAR or first in DETERMINERS_PLURAL:
        return False
    after = items[k + 1] if k + 1 < len(items) else None
    return not (isinstance(after, _Chunk) and after.kind == "name")


def _own_clause(items: list[_Item], j: int) -> bool:
    """Whether the chunk at ``j`` (after ", and") is the subject of a clause of its own: its
    auxiliary follows it directly or after an aside between commas ("13 people, among them
    the governor, were wounded")."""
    if j >= len(items) or not isinstance(items[j], _Chunk):
        return False
    k = j + 1
    if k < len(items) and _low(items[k]) == ",":
        k = next(
            (c + 1 for c in range(k + 1, min(len(items), k + 12)) if _low(items[c]) == ","),
            k,
        )
    return k < len(items) and _low(items[k]) in AUX_SINGULAR | AUX_PLURAL


def _past_role_complement(items: list[_Item], k: int) -> int:
    """Past the "of"/"for" phrase that completes one person's role before his name in
    apposition: "killing the governor of neighbouring Wardak province, Abdul Ghafar, and eight
    other worshippers", "the minister for refugees, Khalil Haqqani, and two of his guards", "the
    police commander for the north, the provincial police chief and four other people". The
    comma must be followed by a name or a further item of the list, so "the head of the
    council, officials said" is left."""
    if k >= len(items) or _low(items[k]) not in ("of", "for"):
        return k
    for j in range(k + 1, min(k + 7, len(items) - 1)):
        low = _low(items[j])
        if low in ("and", "&", ";", ".") or isinstance(items[j], _Trig):
            return k
        if low == ",":
            after = items[j + 1]
            named = isinstance(after, _Chunk) and after.kind == "name"
            return j if named or _list_continues(items, j + 1) else k
    return k


_KIN_OPENERS: Final = word_set("his her their")
# Finite forms of "be" and "have" that open a clause after its subject.
_FINITE_AUX: Final = word_set("was were is are has have had")


def _kin_after_modifier(items: list[_Item], k: int) -> int | None:
    """Index of a relative named after one person's short place modifier ("a presenter at a
    private radio station and his cousin"): "and his/her ..." closes the same object list."""
    if k >= len(items) or _low(items[k]) not in _PLACE_PREPOSITIONS:
        return None
    for p in range(k + 1, min(len(items) - 1, k + 8)):
        item = items[p]
        if isinstance(item, _Chunk | _Trig) or _low(item) in (",", ";", "."):
            return None
        if _low(item) == "and":
            nxt = items[p + 1]
            if isinstance(nxt, _Chunk) and nxt.kind == "singular":
                opener = nxt.quantity.text.lower() or (nxt.group_text or "").split(" ")[0]
                verb = _low(items[p + 2]) if p + 2 < len(items) else ""
                if opener.split(" ")[0] in _KIN_OPENERS and verb not in _FINITE_AUX:
                    return p + 1
            return None
    return None


_KIN_HEADS: Final = word_set(
    """
    driver drivers bodyguard bodyguards guard guards son sons daughter daughters brother
    brothers nephew nephews cousin cousins wife husband aide aides companion companions
    colleague colleagues assistant secretary child children father mother
    """
)
_NOT_KIN_VERBS: Final = _FINITE_AUX | word_set("said told says")


def _kin_closing_clause(items: list[_Item], k: int) -> int | None:
    """Index of "..., and his/her/their driver" that closes an object list after the victims'
    description, however long ("shot dead Laila Noori, a presenter for a local radio station,
    and her driver", "shot dead four women who worked at the airport, and their driver"). No
    other casualty word may come between, and the relative may not open a new clause ("and
    his brother was wounded")."""
    for p in range(k, min(len(items) - 2, k + 16)):
        item = items[p]
        if isinstance(item, _Trig) or _low(item) in (";", "."):
            return None
        if not (_low(item) == "," and _low(items[p + 1]) == "and"):
            continue
        nxt = items[p + 2]
        if not isinstance(nxt, _Chunk) or nxt.kind != "singular":
            return None
        words = f"{nxt.quantity.text} {nxt.group_text or ''}".lower().split()
        verb = _low(items[p + 3]) if p + 3 < len(items) else ""
        if (
            len(words) >= 2
            and words[0] in _KIN_OPENERS
            and words[-1] in _KIN_HEADS
            and verb not in _NOT_KIN_VERBS
        ):
            return p + 2
        return None
    return None


def _drop_enumeration(found: list[tuple[_Chunk, str]]) -> list[tuple[_Chunk, str]]:
    """ "two riders, a teacher and his nephew": the singles after a count of N name the same
    N people."""
    if len(found) < 3:
        return found
    head, rest = found[0][0], found[1:]
    singles = all(_single(c) or c.kind in ("name", "pronoun") for c, _ in rest)
    if head.kind == "number" and head.quantity.best == len(rest) and singles:
        return found[:1]
    return found


def _is_name_chunk(item: _Item) -> bool:
    return isinstance(item, _Chunk) and item.kind == "name"


def _is_part(item: _Item) -> bool:
    return isinstance(item, _Chunk) and item.kind == "part"


def _list_continues(items: list[_Item], k: int) -> bool:
    """After a comma, is the chunk at ``k`` another item of the same list ("two soldiers,
    three policemen and a civilian") rather than a new clause ("..., officials said")?"""
    chunk = items[k]
    if not isinstance(chunk, _Chunk) or chunk.kind in ("plural", "pronoun"):
        return False
    after = _past_role_complement(items, k + 1) if _single(chunk) else k + 1
    nxt = _low(items[after]) if after < len(items) else "."
    return nxt in ("and", ",", ".", ";", "&", "") or nxt in INCLUDING_MARKERS


def _bare_object_ok(items: list[_Item], k: int) -> bool:
    if k + 1 >= len(items):
        return True
    nxt = items[k + 1]
    if isinstance(nxt, _Tok) and nxt.text[:1].isalpha():
        return nxt.low in NON_PERSON_AFTER_BARE or nxt.low in PREPOSITIONS
    return True


def _link(items: list[_Item]) -> list[_Link]:
    links: list[_Link] = []
    for t, item in enumerate(items):
        if isinstance(item, _Trig):
            links.extend(_link_trigger(items, t, item))
    linked = {(lk.chunk.first, lk.chunk.last) for lk in links}
    links.extend(_adjective_links(items, linked))
    for k, item in enumerate(items):
        if (
            isinstance(item, _Chunk)
            and item.kind == "part"
            and (item.first, item.last) not in linked
        ):
            trig = _trigger_before_comma(items, k)
            if trig is not None:  # "Twelve were killed, five of them boys"
                links.append(_Link(item, trig, "subset"))
    return links


def _past_figure(words: list[str], figure: str) -> int:
    """The index of the word after the figure in a group's ``words``: the figure may follow a
    determiner the chunk took in ("that nine wounded people", "all 12 injured men")."""
    counted = figure.lower().split()
    for k in range(len(words) - len(counted) + 1):
        if words[k : k + len(counted)] == counted:
            return k + len(counted)
    return len(counted)


def _adjective_links(items: list[_Item], linked: set[tuple[int, int]]) -> list[_Link]:
    """A counted group no verb took whose adjective tells its outcome: "10 bodies and eight
    wounded people had been brought in" (eight injured; "brought" only takes the bodies)."""
    links: list[_Link] = []
    for item in items:
        if not (isinstance(item, _Chunk) and item.kind == "number" and item.group_text):
            continue
        if (item.first, item.last) in linked:
            continue
        words = item.group_text.lower().split()
        skip = _past_figure(words, item.quantity.text)
        if len(words) > skip + 1 and words[skip] in OUTCOME_ADJECTIVES:
            outcome = OUTCOME_ADJECTIVES[words[skip]]
            trigger = Trigger((words[skip],), outcome, "participle", active=False)
            trig = _Trig(item.first + skip, item.first + skip + 1, trigger)
            links.append(_Link(item, trig, "count"))
    return links


def _after_trigger_comma(items: list[_Item], k: int) -> bool:
    """Whether item ``k`` follows a casualty word and a comma ("were killed, six of them")."""
    return _trigger_before_comma(items, k) is not None


def _trigger_before_comma(items: list[_Item], k: int) -> _Trig | None:
    """The casualty word a "N of them ..." after a comma belongs to: "53 people were killed
    in last Friday's bombing at the centre, 46 of them girls"."""
    if k < 2 or _low(items[k - 1]) != ",":
        return None
    for j in range(k - 2, max(-1, k - 2 - _APPOSITION_REACH), -1):
        item = items[j]
        if isinstance(item, _Trig):
            return item
        if _low(item) in (";", ":", ".") or (isinstance(item, _Chunk) and item.kind == "number"):
            return None
    return None


# How many words back a "N of them ..." apposition may look for its casualty word.
_APPOSITION_REACH: Final = 16


def _link_trigger(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    form = trig.trigger.form
    if form == "toll":
        return _link_toll(items, t, trig)
    if form == "gerund" and _burning_of_a_thing(items, t, trig):
        return []
    if form in ("gerund", "object"):
        return [_Link(c, trig, r) for c, r in _collect_right(items, _object_start(items, t))]
    if form == "subject":
        number, k, _ = _aux_before(items, t)
        if number is None:
            k = _skip_adverbs_left(items, t - 1)
        found = _collect_left(items, k)
        if trig.trigger.outcome == "killed" and len(found) == 2 and _is_part(found[1][0]):
            return [_Link(found[1][0], trig, "transfer")]  # "six, one of whom later died"
        return [_Link(c, trig, r) for c, r in found]
    if form == "nominal":
        return _link_nominal(items, t, trig)
    if form == "implied":
        return _link_implied(items, t, trig)
    return _link_participle(items, t, trig)


def _burning_of_a_thing(items: list[_Item], t: int, trig: _Trig) -> bool:
    """ "the burning of Korans", "the burning of homes": a burn wound takes its victims as
    the object ("burning eight of them"); "burning of" names the burning of a thing."""
    return trig.trigger.words == ("burning",) and t + 1 < len(items) and _low(items[t + 1]) == "of"


def _link_implied(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    """ "A suicide bomber blew himself up": the bomber died, unless the text counts him."""
    words = trig.trigger.words
    k = _skip_adverbs_left(items, t - 1)
    subject = items[k] if k >= 0 else None
    if isinstance(subject, _Chunk) and subject.group == "attackers":
        chunk = subject
    elif (
        isinstance(subject, _Chunk)
        and subject.kind == "bare"
        and "themselves" in words
        and (subject.quantity.best or 0) > 1
    ):
        # "four attackers stormed in; two blew themselves up": a bare figure counts attackers
        # who died, beside any others of them the sentence counts ("and two were shot dead")
        return [_Link(replace(subject, group="attackers"), trig, "count")]
    elif "himself" in words or "herself" in words:
        chunk = _Chunk(trig.first, trig.last, _exact(1, ""), "attackers", None, "implicit")
    else:
        return []
    if "themselves" in words and chunk.kind != "number":
        chunk = _Chunk(
            chunk.first,
            chunk.last,
            _exact(None, chunk.quantity.text),
            "attackers",
            chunk.group_text,
            chunk.kind,
        )
    return [_Link(chunk, trig, "implied")]


def _object_start(items: list[_Item], t: int) -> int:
    """Where the objects of trigger ``t`` begin; "killing or wounding 30" shares them."""
    k = t + 1
    if k + 1 < len(items) and _low(items[k]) in ("or", "and") and isinstance(items[k + 1], _Trig):
        return k + 2
    return k


# Verbs whose object is killed "to death": "beat him to death", "stoned two women to death".
_DEATH_VERBS: Final = word_set("beat beaten stoned stabbed burned burnt hacked tortured kicked")


def _link_nominal(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    """ "12 dead", "left four people dead", "five deaths"; "were dead" reads as a verb."""
    if trig.trigger.words[0] == "dead" and _aux_before(items, t)[0] is not None:
        as_verb = Trigger(("dead",), "killed", "participle", False)
        return _link_participle(items, t, _Trig(trig.first, trig.last, as_verb))
    k = t - 1
    # "beat him to death", "stoned two women to death": the verb's object died
    verb = _low(items[k - 2]) if k >= 2 else ""
    to_death = trig.trigger.words[0] == "death" and _low(items[k]) == "to" and verb in _DEATH_VERBS
    if to_death:
        k -= 1
    if k < 0 or not isinstance(items[k], _Chunk):
        return []
    chunk = items[k]
    assert isinstance(chunk, _Chunk)
    shot_part = chunk.kind == "part" and k > 0 and _low(items[k - 1]) in ("shot", "left")
    if shot_part and trig.trigger.words[0] == "dead":
        return [_Link(chunk, trig, "count")]  # "lined them up and shot ten of them dead"
    if chunk.kind not in ("bare", "number", "plural", "pronoun", "singular", "name"):
        return []
    if chunk.kind == "name" and not to_death:
        return []
    among = k > 0 and _low(items[k - 1]) == "among" and chunk.quantity.best is not None
    if among and t + 1 < len(items) and _low(items[t + 1]) in ("were", "was"):
        # "Among the 35 dead were 22 instructors": the 35 are the toll, the 22 part of it
        return [_Link(chunk, trig, "count"), *_link_among(items, t, trig)]
    if to_death and k == t - 2:
        return [_Link(chunk, trig, "count")]
    elliptical = (
        k > 0 and _low(items[k - 1]) == "and"
    )  # "... was shot dead and his colleague wounded"
    if chunk.kind == "singular" and trig.trigger.words[0] != "dead" and not elliptical:
        return []
    if (
        trig.trigger.words[0] in ("injured", "wounded")
        and k > 0
        and _low(items[k - 1]) in (AUX_SINGULAR | AUX_PLURAL)
    ):
        return []
    if trig.trigger.words[0] == "dead":  # "shot her and her bodyguard dead"
        return [_Link(c, trig, r) for c, r in _collect_left(items, k)]
    return [_Link(chunk, trig, "count")]


def _link_participle(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    if t >= 2 and _low(items[t - 1]) in ("and", "or") and isinstance(items[t - 2], _Trig):
        first = items[t - 2]
        assert isinstance(first, _Trig)
        if (
            _aux_before(items, t - 2)[0] is not None
            and first.trigger.outcome != trig.trigger.outcome
        ):
            shared = _link_participle(items, t - 2, first)
            return [_Link(lk.chunk, trig, lk.relation, lk.negated) for lk in shared]
    if t + 1 < len(items) and _low(items[t + 1]) in ("were", "was") and _opens_clause(items, t):
        part = trig.trigger.words[0] == "among"  # "Among the dead was ...": part of a toll
        return [  # "Killed were ..."
            _Link(c, trig, "subset" if part else r) for c, r in _collect_right(items, t + 2)
        ]
    if _modal_before(items, t):
        return []  # "Shia Muslims may be killed as heretics": nobody was
    if trig.trigger.active and _perfect_active(items, t):
        objects = _collect_right(items, _object_start(items, t))
        # "the bombing had killed at least 11 people"; "a governor it had killed": the
        # subject of a perfect tense is the killer, not the killed
        return [_Link(c, trig, r) for c, r in objects]
    number, k, negated = _aux_before(items, t)
    if _is_body_verb(trig) and number is None:
        return []
    if number is not None:
        subjects = _collect_left(items, k)
        opening = _opening_chunk(items)
        if not subjects and k >= 0 and _low(items[k]) == "and" and opening is not None:
            subjects = [(opening, "count")]  # "Two gunmen tried to ... and were killed"
        if not subjects and opening is not None and _before_being(items, k, opening):
            subjects = [(opening, "count")]  # "A gunman held staff for hours before being shot"
        if not subjects:
            if (
                number == "singular"
                and trig.trigger.words[0] != "among"
                and not _is_body_verb(trig)
            ):
                return [_Link(_implicit_one(trig), trig, "count", negated)]
            return _link_among(items, t, trig)
        if number == "singular":
            subjects = [_singular(subjects)]
        if _is_body_verb(trig):
            subjects = [sub for sub in subjects if _is_body(sub[0])]
        relation = "subset" if trig.trigger.words[0] == "among" else None
        links = [_Link(c, trig, relation or r, negated) for c, r in subjects]
        return links + _along_with(items, t, trig)
    if trig.trigger.words[0] == "among":
        return _link_among(items, t, trig)
    if trig.trigger.active:
        objects = _collect_right(items, _object_start(items, t))
        if objects:
            return [_Link(c, trig, r) for c, r in objects]
    k = _skip_adverbs_left(items, t - 1)
    before = items[k] if k >= 0 else None
    elliptical = k > 0 and _low(items[k - 1]) == "and"  # "... shot dead and his colleague wounded"
    if isinstance(before, _Chunk) and (
        before.kind in ("number", "bare")
        or (elliptical and before.kind in ("singular", "name"))
        or (elliptical and before.kind == "plural" and _counted_before(items, k))
    ):
        return [  # "four others injured"; "eleven bodies and 30 wounded": the bodies are not
            _Link(c, trig, r)
            for c, r in _collect_left(items, k)
            if trig.trigger.outcome == "killed" or not _is_body(c)
        ]
    return []


def _counted_before(items: list[_Item], k: int) -> bool:
    """ "21 police and civilians killed": a plural after "and" that ends a list opened by a
    counted group is counted with it (not "soldiers and civilians killed in the war")."""
    opener = items[k - 2] if k >= 2 else None
    return isinstance(opener, _Chunk) and opener.kind == "number"


_MODALS: Final = word_set("may might could would should must can will shall to")


def _modal_before(items: list[_Item], t: int) -> bool:
    """ "may be killed", "would be wounded", "to be executed": a possibility, not a toll."""
    k = _skip_adverbs_left(items, t - 1)
    if k < 1 or _low(items[k]) != "be":
        return False
    j = k - 1
    if _low(items[j]) in ("not", "n't", "never") and j > 0:
        j -= 1
    return _low(items[j]) in _MODALS


def _perfect_active(items: list[_Item], t: int) -> bool:
    """ "has killed", "had wounded": a perfect tense, active, unlike "had been killed"."""
    k = _skip_adverbs_left(items, t - 1)
    return k >= 0 and _low(items[k]) in ("has", "have", "had")


_BODY_VERBS: Final = word_set(
    """
    found recovered discovered retrieved received brought delivered dumped
    """
)


def _is_body_verb(trig: _Trig) -> bool:
    """ "found", "recovered": a death only when what was found is a body."""
    return len(trig.trigger.words) == 1 and trig.trigger.words[0] in _BODY_VERBS


def _is_body(chunk: _Chunk) -> bool:
    text = (chunk.group_text or "").lower()
    return "body" in text or "bodies" in text or "remains" in text


def _along_with(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    """ "... were killed along with all three attackers": the attackers count too."""
    k = t + 1
    if k < len(items) and _low(items[k]) == ",":
        k += 1
    if k < len(items) and _low(items[k]) == "plus":
        return [_Link(c, trig, "count") for c, _ in _collect_right(items, k + 1)]
    return []


def _opening_chunk(items: list[_Item]) -> _Chunk | None:
    """The chunk a sentence opens with, after any "03/27/2023:" prefix."""
    for item in items[:8]:
        if isinstance(item, _Chunk):
            return item
        if not isinstance(item, _Tok) or any(ch.isalpha() for ch in item.text):
            return None
    return None


def _before_being(items: list[_Item], k: int, opening: _Chunk) -> bool:
    """The attacker who opens the sentence is the one "before being killed" ends with: the
    attack told first, his own death after it ("Two gunmen stormed the office and held staff
    for hours before being shot dead by commandos"). ``k`` is the item left of "being"."""
    return (
        opening.group == "attackers"
        and 0 <= k < len(items) - 1
        and _low(items[k]) == "before"
        and _low(items[k + 1]) == "being"
    )


def _opens_clause(items: list[_Item], t: int) -> bool:
    return t == 0 or _low(items[t - 1]) in (";", ":", ".")


def _link_among(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    """ "Among the dead were three children": a subset of an earlier figure."""
    k = t + 1
    while k < len(items) and _low(items[k]) in AUX_SINGULAR | AUX_PLURAL | {","}:
        k += 1
    return [_Link(c, trig, "subset") for c, _ in _collect_right(items, k)]


def _singular(subjects: list[tuple[_Chunk, str]]) -> tuple[_Chunk, str]:
    """A singular verb ("was killed") names one person, whatever the appositions say."""
    counted = [s for s in subjects if s[1] == "count"] or subjects
    chunk = counted[0][0]
    for other, _ in counted:
        if other.group not in ("unknown", "inherit"):
            chunk = _Chunk(
                chunk.first, chunk.last, chunk.quantity, other.group, other.group_text, chunk.kind
            )
            break
    if chunk.kind in ("number", "bare", "pronoun"):
        return chunk, "count"
    one = _exact(1, chunk.quantity.text)
    return _Chunk(chunk.first, chunk.last, one, chunk.group, chunk.group_text, "singular"), "count"


def _implicit_one(trig: _Trig) -> _Chunk:
    return _Chunk(trig.first, trig.first, _exact(1, ""), "unknown", None, "implicit")


_OF_PART: Final = re.compile(r"\S+ of (?:the|them|those|these)\b", re.IGNORECASE)


def _link_toll(items: list[_Item], t: int, trig: _Trig) -> list[_Link]:
    """The figure a toll reached: "rose to 20", "put the toll at nine", "first given as 10,
    later rose to 23" (the figure after "to"/"at" wins over an earlier one)."""
    figures: list[_Chunk] = []
    near = t + TOLL_WINDOW + 4
    for k in range(t + 1, len(items)):
        item = items[k]
        if isinstance(item, _Chunk) and item.kind in ("bare", "number"):
            before = _low(items[k - 1]) if k > t + 1 else trig.trigger.words[-1]
            if before in ("to", "at", "reached") or (before == "of" and k < near):
                k, item = _later_revision(items, k, item)
                return [_Link(item, trig, "revision"), *_toll_parts(items, k, trig)]
            if _OF_PART.match(item.group_text or ""):
                break  # "confirmed the toll and said one of the wounded": a part, not the toll
            if k < near:
                figures.append(item)
        if isinstance(item, _Trig) or _low(item) in (".", ";"):
            break
    # Past the window only "rose to N" counts: "The death toll from Monday's suicide bombing
    # outside the Russian embassy in Kabul rose to eight".
    return [_Link(figures[0], trig, "revision")] if figures else []


# Words that chain a second revision onto the first: "rose to 15 and then to 18", "climbed to
# 12, later 20", "reached 30 and finally 41".
_REVISION_CHAIN: Final = frozenset({"then", "later", "finally", "eventually", "subsequently"})
_REVISION_JOIN: Final = frozenset({"and", ",", "to", "further", "again", "reached", "rose"})
_REVISION_GAP: Final = 4


def _later_revision(items: list[_Item], k: int, figure: _Chunk) -> tuple[int, _Chunk]:
    """The last figure of a chain of revisions ("the toll rose to 15 and then to 18" reads 18):
    the figure after "then"/"later" replaces the one before it; a plain "and" does not chain
    ("rose to 15 and 30 were wounded" keeps 15)."""
    chained = False
    for j in range(k + 1, min(k + 1 + _REVISION_GAP, len(items))):
        item = items[j]
        if isinstance(item, _Chunk):
            if chained and item.kind in ("bare", "number") and not _starts_clause(items, j + 1):
                return _later_revision(items, j, item)
            break
        low = _low(item)
        if low in _REVISION_CHAIN:
            chained = True
        elif low not in _REVISION_JOIN:
            break
    return k, figure


def _starts_clause(items: list[_Item], k: int) -> bool:
    """ "rose to 15, then 40 were wounded": the figure is a new clause's subject, not the toll."""
    return k < len(items) and (isinstance(items[k], _Trig) or _low(items[k]) in _FINITE_AUX)


def _toll_parts(items: list[_Item], k: int, trig: _Trig) -> list[_Link]:
    """ "The toll rose to 10, including four attackers": the groups an "including" list names
    after the figure a toll reached are parts of that toll, not more dead."""
    if (
        k + 2 >= len(items)
        or _low(items[k + 1]) != ","
        or _low(items[k + 2]) not in INCLUDING_MARKERS
    ):
        return []
    return [_Link(c, trig, "subset") for c, _ in _collect_right(items, k + 3)]


# -- English mentions -----------------------------------------------------------------------------


_IN_TOTAL: Final = re.compile(r"\b(?:in total|in all|altogether|in which)\b", re.IGNORECASE)


def _shared_by(sentence: str) -> int | None:
    """How many incidents a figure in this sentence covers ("across both attacks" = 2,
    "which together killed 18" after "one of two attacks" = 2; 0 when not said)."""
    if not _ACROSS_WORD.search(sentence):
        related = _RELATED.search(sentence) if _RELATED_NEEDS.met(sentence) else None
        if related is not None and _IN_TOTAL.search(sentence, related.end()):
            return figure_value(related.group(1)) or 0  # "one of several attacks, in which 47 died"
        return None
    match = _ACROSS.search(sentence)
    if match is not None and match.group(1):
        return _SHARED_WORDS.get(match.group(1).lower(), 0)
    related = _RELATED.search(sentence)
    if related is not None:
        return figure_value(related.group(1)) or 0
    return 0 if match is not None else None


def _resolve_groups(links: list[_Link]) -> list[str]:
    """Figures without a noun take the group of the nearest named group before them."""
    order = sorted(range(len(links)), key=lambda x: links[x].chunk.first)
    resolved: dict[int, str] = {}
    last_group = "unknown"
    for idx in order:
        group = links[idx].chunk.group
        if group == "inherit":
            resolved[idx] = last_group
        else:
            resolved[idx] = group
            if not (group == "attackers" and links[idx].chunk.quantity.best == 1):
                last_group = group  # "..., not counting the bomber; residents said 30": not his
    return [resolved[i] for i in range(len(links))]


_ZERO_CUE: Final = Caseless(
    r"\b(?:no|none|neither|nobody|no-one|without|denied|dismissed|not|n't|failed|released|freed|before|"
    r"rescued|returned|caused|resulted|inflicted|casualt\w*|number)\b",
)

# Each pattern with the words one of which its every match holds.
_ZERO_TABLES: Final = tuple(
    (tuple((pattern, outcomes, Needs(pattern)) for pattern, outcomes in table), zero)
    for table, zero in ((ZERO_PATTERNS, True), (UNCOUNTED_PATTERNS, False))
)


def _zero_mentions(sentence: str, offset: int) -> list[CasualtyMention]:
    """Explicit zeros ("no casualties"), and casualties stated without figures."""
    mentions: list[CasualtyMention] = []
    if not _ZERO_CUE.search(sentence):
        return mentions
    taken: list[tuple[int, int]] = []
    for table, zero in _ZERO_TABLES:
        for pattern, outcomes, needs in table:
            for match in pattern.finditer(sentence) if needs.met(sentence) else ():
                if any(a < match.end() and match.start() < b for a, b in taken):
                    continue
                taken.append((match.start(), match.end()))
                text = match.group(0)
                figure = Quantity(0, 0, 0, False, text) if zero else _exact(None, text)
                mentions.extend(
                    CasualtyMention(
                        match.start() + offset,
                        match.end() + offset,
                        text,
                        outcome,
                        figure,
                        "unknown",
                        None,
                    )
                    for outcome in outcomes
                )
    return mentions


def _mention(
    sent: _Sentence, link: _Link, group: str, offset: int, shared: int | None
) -> CasualtyMention:
    chunk, trig = link.chunk, link.trig
    outcome = "unharmed" if link.negated else trig.trigger.outcome
    first = min(chunk.first, trig.first)
    last = max(chunk.last, trig.last)
    start, end = sent.span(first, last)
    relation = "total" if chunk.total and link.relation == "count" else link.relation
    source = _source(sent.text, start, group)
    if source is not None and relation in TOLL_RELATIONS:
        relation = source
    earlier = relation in TOLL_RELATIONS and _earlier(sent.text, start, end)
    return CasualtyMention(
        start=start + offset,
        end=end + offset,
        text=sent.text[start:end],
        outcome=outcome,
        quantity=chunk.quantity,
        group="unknown" if group == "inherit" else group,
        group_text=chunk.group_text,
        relation=relation,
        shared_by=shared,
        earlier=earlier,
        more=additive(sent.text[start:end]),
    )


# Words that mark a figure as superseded when they come before it ("the first count put the
# dead at 73", "officials initially said four", "officials first said 36") or right after it
# ("19 dead first given").
_EARLIER_BEFORE: Final = Gated(
    re.compile(
        r"\b(?:initially|originally|previously|at first"
        # a statement in the pluperfect: "officials on Thursday had reported 11 dead"
        r"|had (?:reported|put|given|announced|spoken of|counted)"
        r"|(?:had |have )?(?:earlier|first) (?:said|reported|put|gave|given|stated|announced"
        r"|spoke of|counted|claimed)|(?:first|earlier|initial|previous|preliminary|original) "
        r"(?:counts?|tolls?|figures?|reports?|estimates?|tall(?:y|ies)|information))\b",
        re.IGNORECASE,
    )
)
_EARLIER_AFTER: Final = Gated(
    re.compile(
        r"[^,;.]{0,12}?\b(?:first|initially|earlier) (?:given|reported|put|announced|released|"
        r"stated|cited)\b",
        re.IGNORECASE,
    )
)
# Between an "initially" and the figure, these words mean the figure is the newer one.
_LATER_WORDS: Final = re.compile(
    r"\b(?:rose|risen|rise|rising|climbed|increased|jumped|reached|later|now|since|revised|"
    r"updated|raised|but|however)\b",
    re.IGNORECASE,
)


def _earlier(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at ``[start, end)`` is one the sentence says was superseded."""
    if _EARLIER_AFTER.match(sentence, end):
        return True
    # A cue marks the figures of its own clause: "the toll was first given as 58; by the next
    # day officials said 85 were dead" supersedes 58 (the cue inside its span), not 85.
    clause = sentence.rfind(";", 0, start) + 1
    cues = list(_EARLIER_BEFORE.finditer(sentence, clause, end))
    return bool(cues) and not _LATER_WORDS.search(sentence, cues[-1].end(), start)


def _combined(links: list[_Link], items: list[_Item]) -> list[_Link]:
    """One figure, one outcome: the nearest casualty word wins a chunk claimed twice, except
    "killing or wounding 30" (two words joined), where neither outcome gets a best value."""
    joined = _joined_triggers(items)
    by_chunk: dict[tuple[int, int], list[_Link]] = {}
    for link in links:
        by_chunk.setdefault((link.chunk.first, link.chunk.last), []).append(link)
    out: list[_Link] = []
    for key, claims in by_chunk.items():
        outcomes = {lk.trig.trigger.outcome for lk in claims}
        if outcomes != {"killed", "injured"} or key[0] == key[1]:
            out.extend(claims)
            continue
        if any(lk.trig.first in joined for lk in claims):
            for link in claims:
                q = link.chunk.quantity
                vague = Quantity(None, None, q.high, True, q.text)
                chunk = _Chunk(
                    link.chunk.first,
                    link.chunk.last,
                    vague,
                    link.chunk.group,
                    link.chunk.group_text,
                    link.chunk.kind,
                )
                out.append(_Link(chunk, link.trig, link.relation, link.negated))
            continue
        out.append(min(claims, key=lambda lk: _distance(lk.chunk, lk.trig)))
    return sorted(out, key=lambda lk: (lk.chunk.first, lk.trig.first))


def _distance(chunk: _Chunk, trig: _Trig) -> int:
    if trig.first >= chunk.last:
        return trig.first - chunk.last
    return chunk.first - trig.last


def _joined_triggers(items: list[_Item]) -> set[int]:
    """Token positions of casualty words joined to another ("killed or wounded")."""
    joined: set[int] = set()
    for k in range(len(items) - 2):
        a, b = items[k], items[k + 2]
        if (
            isinstance(a, _Trig)
            and isinstance(b, _Trig)
            and _low(items[k + 1]) in ("and", "or")
            and a.trigger.outcome != b.trigger.outcome
        ):
            joined.update((a.first, b.first))
    return joined


def _after_before(sent: _Sentence, chunk: _Chunk) -> bool:
    """ "... before guards shot him dead": the object of a clause opened by "before" or
    "until", a few words back in the same clause."""
    words = [t.text.lower() for t in sent.tokens[max(0, chunk.first - _BEFORE_REACH) : chunk.first]]
    for word in reversed(words):
        if word in (",", ";", ".", ":"):
            return False
        if word in ("before", "until"):
            return True
    return False


# Words back from "him" to the "before" of its clause ("before two of the guards shot him").
_BEFORE_REACH: Final = 6


# ", believed to number four," / ", numbering six,": an aside that counts the group before it.
_NUMBER_ASIDE_OPENERS: Final = word_set("believed thought said estimated reported")


def _whom_figure_at(items: list[_Item], j: int) -> int | None:
    """ "of whom there were four", "whom police put at eight": the index of the figure of an
    aside that counts the group before it with "whom", or None."""
    opener = _low(items[j]) if j < len(items) else ""
    if opener not in ("whom", "including"):  # "of whom" is read as "including"
        return None
    if j + 3 < len(items) and _low(items[j + 1]) == "there":
        return j + 3 if _low(items[j + 2]) in ("were", "was") else None
    if opener != "whom":
        return None
    for at in range(j + 2, min(j + 5, len(items) - 1)):
        if _low(items[at]) == "at" and _low(items[at - 1]) in ("put", "numbered"):
            return at + 1
    return None


def _aside_figure(items: list[_Item], j: int) -> tuple[Quantity, int] | None:
    """The figure of a counting aside starting at item ``j`` (after the comma) and the index
    of its closing comma (or of the stop that ends the sentence after it), or None."""
    whom_at = _whom_figure_at(items, j)
    if whom_at is not None:
        at = whom_at
    elif j < len(items) and _low(items[j]) == "numbering":
        at = j + 1
    elif (
        j + 3 < len(items)
        and _low(items[j]) in _NUMBER_ASIDE_OPENERS
        and _low(items[j + 1]) == "to"
        and _low(items[j + 2]) == "number"
    ):
        at = j + 3
    else:
        return None
    closer = _low(items[at + 1]) if at + 1 < len(items) else ""
    if closer != "," and not (whom_at is not None and closer in (".", ";", "")):
        return None
    figure = items[at]
    if isinstance(figure, _Chunk):
        quantity: Quantity | None = figure.quantity if figure.kind in ("bare", "number") else None
    elif isinstance(figure, _Tok):
        quantity = parse_quantity(figure.text)
    else:
        return None
    if quantity is None or quantity.best is None or (whom_at is not None and quantity.vague):
        return None
    return quantity, at + 1


def _numbered_asides(items: list[_Item]) -> list[_Item]:
    """A group without a figure counted in an aside between commas ("All of the attackers,
    believed to number four, also died"; "the gunmen, numbering six, were killed") takes the
    aside's figure, and the aside is read no further (its figure is nobody else)."""
    if not any(_low(item) in ("numbering", "number", "whom", "there") for item in items):
        return items
    out: list[_Item] = []
    k = 0
    while k < len(items):
        item = items[k]
        found = None
        if (
            isinstance(item, _Chunk)
            and item.kind == "plural"
            and item.quantity.best is None
            and k + 1 < len(items)
            and _low(items[k + 1]) == ","
        ):
            found = _aside_figure(items, k + 2)
        if found is None or not isinstance(item, _Chunk):
            out.append(item)
            k += 1
            continue
        quantity, close = found
        out.append(replace(item, quantity=quantity, kind="number"))
        k = close + 1 if close < len(items) and _low(items[close]) == "," else close
    return out


def _nationals_with_article(items: list[_Item], sent: _Sentence) -> list[_Item]:
    """ "a Briton and a German", "a Swiss, a Dutchman,": "a" and a people's name closing a
    list item are one person (the name reader leaves a name after "a" unread)."""
    if not any(_low(item) in ("a", "an") for item in items):
        return items
    index = {tok.start: k for k, tok in enumerate(sent.tokens)}
    out: list[_Item] = []
    k = 0
    while k < len(items):
        item, nxt = items[k], items[k + 1] if k + 1 < len(items) else None
        if isinstance(item, _Tok) and item.low in ("a", "an") and isinstance(nxt, _Tok):
            at = index.get(nxt.start)
            after = _low(items[k + 2]) if k + 2 < len(items) else "."
            if at is not None and after in _LIST_BREAKS and _is_national(sent, at):
                text = sent.span_text(at - 1, at + 1)
                out.append(_Chunk(at - 1, at + 1, _exact(1, text), "unknown", text, "number"))
                k += 2
                continue
        out.append(item)
        k += 1
    return out


# Plural nouns that say whose companions people were, not which side they are on: "his seven
# colleagues" of a policeman are policemen, of a teacher teachers.
_RELATIONAL_PLURALS: Final = word_set("colleagues companions comrades friends")


def _side_unsaid(chunk: _Chunk) -> _Chunk:
    """``chunk`` with no side when its noun only relates its people to someone else."""
    words = (chunk.group_text or "").lower().split()
    if not words or words[-1] not in _RELATIONAL_PLURALS:
        return chunk
    return _Chunk(chunk.first, chunk.last, chunk.quantity, "unknown", chunk.group_text, chunk.kind)


def _with_antecedents(items: list[_Item], sent: _Sentence) -> list[_Item]:
    """ "abducted five employees ... and killed them": "them" counts five; "he" in "A gunman
    opened fire ... before he was shot dead" is the gunman, and so is "him" in "A gunman
    opened fire ... before guards shot him dead"."""
    items = _nationals_with_article(items, sent)
    out: list[_Item] = []
    last_counted: _Chunk | None = None
    opening = _opening_chunk(items)
    numbered: _Chunk | None = None  # the last group counted with a figure
    # "seven travellers, including three women, ... beheaded them": a part told after
    # "including" is not whom "them" counts; the part ends at the next comma
    in_part = False
    for item in items:
        if isinstance(item, _Trig):
            in_part = False
        elif isinstance(item, _Tok):
            low = item.low
            in_part = low in INCLUDING_MARKERS or (in_part and low not in (",", ";", "."))
        if isinstance(item, _Chunk):
            pronoun = item.quantity.text.lower()
            subject = pronoun in ("he", "she")
            if (
                item.kind == "pronoun"
                and (subject or (pronoun in ("him", "her") and _after_before(sent, item)))
                and opening is not None
                and opening is not item
                and opening.group == "attackers"
            ):
                item = _Chunk(item.first, item.last, item.quantity, "attackers", None, "pronoun")
            plural_pronoun = item.quantity.text.lower() in ("they", "them", "themselves")
            if item.kind == "pronoun" and plural_pronoun and last_counted is not None:
                if last_counted.quantity.best is None and numbered is not None:
                    # "took off five men they said were soldiers and shot them dead", "his
                    # seven colleagues ... let fighters in, who shot them dead": a plural
                    # named later without a figure is rarely whom "them" counts
                    last_counted = _side_unsaid(numbered)
                q = last_counted.quantity
                item = _Chunk(
                    item.first,
                    item.last,
                    Quantity(q.low, q.best, q.high, q.vague, item.quantity.text),
                    last_counted.group,
                    last_counted.group_text,
                    "pronoun",
                )
            elif in_part:
                pass
            elif (item.kind == "number" and (item.quantity.best or 0) > 1) or item.kind == "plural":
                last_counted = item
                numbered = item if item.kind == "number" else numbered
        out.append(item)
    return out


_REPORTING_VERB: Final = Gated(
    re.compile(
        r"\b(?:claimed|said|says|saying|stated|asserted|announced|boasted|reported|put|added|"
        r"told|spoke of|speak of|talked of)\b(?: that| the (?:death )?toll at)?",
        re.IGNORECASE,
    )
)
_REPORTING: Final = re.compile(
    r"\b(?P<who>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:,\s*who [^,;]{0,60},)?\s+(?:\w+ly\s+)?"
    r"(?:claimed|said|says|stated|asserted|announced|boasted|reported|put)\b(?: that)?"
    r"[^;.]{0,12}$",
    re.IGNORECASE,
)
_OFFICIAL: Final = re.compile(
    r"\b(?:officials?|authorities|ministry|government|police|army|spokes(?:man|woman|person)|"
    r"governor|hospital|doctors?|witnesses|sources|reports|media|agency|un|unama)\b",
    re.IGNORECASE,
)
_PERPETRATOR: Final = re.compile(
    r"\b(?:taliban|group|insurgents|militants|islamic state|isis|isil|iskp|daesh|nrf|"
    r"resistance front|attackers|rebels|fighters|perpetrators|it|they|front|network)\b",
    re.IGNORECASE,
)


_UNOFFICIAL: Final = Gated(
    re.compile(
        r"\b(?:residents|witnesses|eyewitnesses|locals|villagers|relatives|elders|activists|"
        r"famil(?:y|ies)|tribesmen|survivors|social media|local people|neighbou?rs?)\b",
        re.IGNORECASE,
    )
)


# "said they had lost two fighters": the speaker counts its own dead, which is no claim.
_OWN_LOSS: Final = re.compile(r"\blost\s*$", re.IGNORECASE)


# "claimed the attack, saying its fighters had killed five": the claimant's own men did it.
_OWN_MEN: Final = re.compile(
    # "said in a statement on X that its fighters had killed ..."
    r"\s*(?:(?:in|on|by|through|via) [^,;]{0,50}?\bthat )?"
    # "the movement's mujahideen had killed 12 policemen": the group named by its kind
    r"(?:(?:its|their|the (?:movement|group|organi[sz]ation)[’']s) "
    r"(?:fighters|men|members|militants|mujahideen|forces|(?:suicide )?bombers?"
    r"|attackers?|gunmen)|the (?:fighters|mujahideen)"
    # "the Front said they had ambushed a convoy and killed 14", "Daesh claimed on Telegram
    # that it had killed five": the group speaking of itself
    r"|(?P<itself>it|they|we)) (?:had |have )?\w+\s*"
    # "said its fighters attacked a checkpoint in X district, and killed three": the men's
    # own deed goes on past a first verb, to the one that takes the figure
    r"(?:(?:(?!\b(?:not|never|denied)\b|n't\b)[^;:]){0,200}?"
    r"(?:\band|,)(?:\s+(?:had |then )?\w+)?\s*)?$",
    re.IGNORECASE,
)
# "claimed responsibility and said 11 policemen had died": whoever claimed the attack gives
# the figure as its perpetrator, though a spokesman speaks.
_CLAIMED_AND: Final = re.compile(
    r"\bclaimed\s+(?:responsibility|the\s+(?:\w+\s+)?(?:attack|bombing|ambush|assault|raid))"
    r"[^;.]{0,40}?\band\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "citing survivors": the figure is the witnesses', whoever passes it on.
_CITING: Final = Gated(
    re.compile(
        r"\bciting (?:\w+ )?(?:survivors|witnesses|eyewitnesses|residents|relatives|locals|"
        r"villagers|families)\b",
        re.IGNORECASE,
    )
)
# A speaker who speaks for a government ("the Taliban government's spokesman").
_GOVERNMENT: Final = re.compile(
    r"\b(?:government|administration|ministry|officials?|authorities|governor|police|army)\b",
    re.IGNORECASE,
)
# What a speaker's apposition says of it is not who speaks: "the Freedom Front, a group led by
# former army officers, said its fighters had killed six" is the group, not the army.
_APPOSITION: Final = re.compile(r",[^,]{3,120},|\([^)]{0,60}\)")
_PRONOUN_SPEAKER: Final = re.compile(r"^\s*(?:it|they)(?:\s+also)?\s*$", re.IGNORECASE)


def _source(sentence: str, start: int, group: str = "unknown") -> str | None:
    """Who gives the figure at ``start``: "claim" for the perpetrator ("the Taliban said 10
    soldiers died"), "unofficial" for residents or witnesses, None for officials or the text.
    The speaker is read from the clause before the nearest reporting verb. A bare "It said"
    counting the attackers' own dead is not their claim: perpetrators do not count their own
    losses, so the pronoun stands for whoever spoke before ("It also said 194 of the
    attackers had been killed" after the defence ministry's figures)."""
    head = sentence[:start]
    cut = max(head.rfind(";"), head.rfind(". "), head.rfind(", while"), head.rfind(", but"),
              head.rfind(", whereas"))  # fmt: skip
    clause = head[cut + 1 :]
    if _CITING.search(sentence, start):
        return "unofficial"  # "as many as 12 people were killed, citing survivors"
    verbs = list(_REPORTING_VERB.finditer(clause))
    if not verbs:
        return None
    rest = clause[verbs[-1].end() :]
    if _OWN_LOSS.search(rest) or sentence.startswith("lost ", start):
        return None  # "the Taliban said they lost three fighters": its own dead, no claim
    speaker = clause[: verbs[-1].start()]
    own = _OWN_MEN.match(rest)
    subject = _first_subject(speaker)
    if (
        own
        and "forces" not in own.group().lower()
        and _PERPETRATOR.search(subject)
        and not _GOVERNMENT.search(_APPOSITION.sub(" ", subject))
        # the Taliban, the authorities since 2021, tell of their own operations and of the
        # attackers they killed ("the Taliban said they lost two fighters and killed six")
        and not (own.group("itself") and "taliban" in subject.lower())
    ):
        return "claim"  # "the group's spokesman said its fighters had killed 23 soldiers"
    claimed = verbs[-1].group().lower() == "saying" and "claimed" in clause.lower()
    if rest.strip(" ,") and len(rest) > 14 and not (claimed and _OWN_MEN.match(rest)):
        return "unofficial" if _unofficial_that_clause(speaker, rest) else None
    if _CLAIMED_AND.search(speaker) and not _GOVERNMENT.search(speaker):
        return "claim"
    if not rest.strip(" ,") and _claimed_by_perpetrator(verbs[-1].group(), speaker, group):
        return "claim"
    if _OFFICIAL.search(speaker):
        return None
    if group == "attackers" and _PRONOUN_SPEAKER.match(speaker):
        return None
    if group == "attackers" and _PERPETRATOR.search(speaker):
        # "The Taliban said 6 attackers were killed": a group does not call its own men the
        # attackers; it speaks as the side attacked (the Taliban as the authorities)
        return None
    if _PERPETRATOR.search(speaker):
        return "claim"
    return "unofficial" if _UNOFFICIAL.search(speaker) else None


def _claimed_by_perpetrator(verb: str, speaker: str, group: str) -> bool:
    """ "Taliban spokesman X told AP that the insurgents carried out the attack and claimed
    that 15 police had been killed": what the perpetrator's own spokesman "claimed" right
    before the figure is its claim, though a spokesman is also who speaks for officials; not
    the attackers' own dead, and never what officials claimed. (The caller makes sure that
    "claimed" is right before the figure: "which ISKP claimed and in which 19 people died"
    claims the attack, not the figure.)"""
    return (
        verb.lower().startswith("claimed")
        and group != "attackers"
        and bool(_PERPETRATOR.search(speaker))
        and not _GOVERNMENT.search(_APPOSITION.sub(" ", speaker))
    )


# "said on Wednesday that", "told reporters late on Tuesday that": a reported clause opens.
_THAT_CLAUSE: Final = re.compile(
    r"^\s*(?:[^,;:]{0,40}?\s)?that\b[^;:\"“”]*$",
    re.IGNORECASE,
)


# "the Taliban claimed to have captured the police headquarters, and said": a subject, its
# first verb and what that verb took, then the verb the figure follows.
_COORDINATED: Final = re.compile(
    r"^(?P<subject>[^;]*?)\b(?:claimed|said|announced|stated|boasted)\b[^;]*,\s+and\s+$",
    re.IGNORECASE,
)


def _first_subject(speaker: str) -> str:
    """The subject of a reporting verb joined by "and" to an earlier one ("the Taliban claimed
    to have captured the police headquarters, and said their fighters had killed 30"): the
    earlier verb's object ("the police headquarters") does not speak."""
    coordinated = _COORDINATED.match(speaker)
    return coordinated.group("subject") if coordinated else speaker


def _unofficial_that_clause(speaker: str, rest: str) -> bool:
    """ "Village elders said on Wednesday that an air strike the previous night killed eight
    farmers": the figure inside a "that" clause residents, elders or witnesses state is theirs,
    however long the clause's subject before it (a quotation inside it is not)."""
    return (
        bool(_UNOFFICIAL.search(speaker))
        and not _OFFICIAL.search(speaker)
        and not _PERPETRATOR.search(speaker)
        and bool(_THAT_CLAUSE.match(rest))
    )


_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _find_english(sentence: str, offset: int) -> list[CasualtyMention]:
    zeros = _zero_mentions(sentence, offset)
    if TRIGGERS.gate_words.isdisjoint(_LETTERS.findall(sentence.lower())):
        if _EXCLUDED_CUE.search(sentence):  # "The bomber is not included in either figure."
            left_out = list(_EXCLUDED.finditer(sentence))
            inside = _included_attackers(sentence, offset) if "includ" in sentence else []
            return [*zeros, *_excluded_attackers(left_out, offset, []), *inside]
        return zeros  # no casualty word: nothing to link (most sentences of a report)
    sent = _Sentence(sentence)
    items = _with_antecedents(_numbered_asides(_items(sent)), sent)
    links = _combined(_link(items), items)
    zero_spans = [(m.start - offset, m.end - offset) for m in zeros]
    links = [lk for lk in links if not _inside(sent, lk, zero_spans)]
    hedges = [m.span() for m in _HEDGE.finditer(sentence)]
    if hedges:
        links = [lk for lk in links if not _hedged(sent, lk, hedges)]
    groups = _resolve_groups(links)
    shared = _shared_by(sentence)
    seen: set[tuple[int, int, str]] = set()
    mentions: list[CasualtyMention] = []
    for link, group in zip(links, groups, strict=True):
        mention = _mention(sent, link, group, offset, shared)
        key = (link.chunk.first, link.chunk.last, mention.outcome)
        if key in seen:
            continue
        seen.add(key)
        mentions.append(mention)
    mentions = amend_tolls(sentence, offset, mentions)
    if SET_AGAINST.search(sentence):
        mentions = rival_figures(sentence, offset, mentions)
    mentions = [m for m in mentions if not _relative_pronoun(sentence, offset, m, mentions)]
    if _ELSEWHERE_NEEDS.met(sentence):
        mentions = _elsewhere(sentence, offset, mentions)
    if any(m.relation == "revision" for m in mentions):
        mentions.extend(_superseded(sentence, offset, mentions))
    if _EXCLUDED_CUE.search(sentence):
        left_out = list(_EXCLUDED.finditer(sentence))
        mentions = _drop_toll_of_excluded(left_out, offset, mentions)
        excluded = _excluded_attackers(left_out, offset, mentions)
        spans = [(m.start, m.end) for m in excluded]
        mentions = [m for m in mentions if not _other_outcome_inside(m, spans)]
        mentions.extend(excluded)
        if "includ" in sentence and not _attackers_dead(mentions):
            mentions.extend(_included_attackers(sentence, offset))
    if mentions:
        mentions.extend(_attackers_too(sentence, offset, mentions))
    if "left" in sentence or "leaving" in sentence:
        mentions.extend(_dead_left_behind(sentence, offset, mentions))
    return sorted([*mentions, *zeros], key=lambda m: (m.start, m.end, m.outcome))


# "The insurgents retreated, leaving behind 15 of their dead": the side that fell back leaves
# its own dead on the field, and in an attack report that side is the attackers. "Their"
# must be there: "the blast left 20 dead" is a toll of victims (read by the triggers).
_LEFT_BEHIND: Final = re.compile(
    r"\b(?:left|leaving|leave|leaves)\s+(?:behind\s+)?(?P<fig>(?:at least |about |some )?"
    r"[\w-]+)\s+of\s+their\s+(?:own\s+)?(?:dead|bodies|corpses|slain)\b",
    re.IGNORECASE,
)


def _dead_left_behind(
    sentence: str, offset: int, found: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The attackers' own dead told as left behind (see ``_LEFT_BEHIND``), unless a figure
    already read covers the phrase."""
    out: list[CasualtyMention] = []
    for match in _LEFT_BEHIND.finditer(sentence):
        start, end = match.start() + offset, match.end() + offset
        if told_over(found, start, end, "killed"):
            continue
        quantity = parse_quantity(match.group("fig"))
        if quantity is None or quantity.best is None:
            continue
        text = match.group(0)
        out.append(CasualtyMention(start, end, text, "killed", quantity, "attackers", None))
    return out


# "including one of the attackers, who was shot by the guard before he died": the pronoun is
# the person the "who" clause describes, already inside the figure before it.
_RELATIVE_PRONOUN: Final = re.compile(
    r"\bwho\b[^;]{0,80}\b(?:before|after|until|when|as)\s*$", re.IGNORECASE
)


def _relative_pronoun(
    sentence: str, offset: int, m: CasualtyMention, mentions: list[CasualtyMention]
) -> bool:
    if m.quantity.text.lower() not in ("he", "she") or m.relation != "count":
        return False
    before = [o for o in mentions if o.outcome == m.outcome and o.end <= m.start and o is not m]
    if not before or not before[-1].quantity.best:
        return False
    return bool(_RELATIVE_PRONOUN.search(sentence[before[-1].end - offset : m.start - offset]))


# A clause about another incident ("a separate bombing near the ministry killed 22 more") or
# about a whole city's day ("violence across the capital killed at least 15 people in all").
# A second attacker or blast, or the same night's other act, whose figure is marked as more
# ("a second bomber killed 22 more", "the earlier blast had killed 16 other people", "the same
# night a cadet blew himself up, killing 26 more") tells another incident's toll, not this one's.
_ELSEWHERE: Final = re.compile(
    r"\b(?P<separate>(?:a|another) separate (?:[\w-]+ ){0,2}?(?:attacks?|bombings?|blasts?|"
    r"explosions?|assaults?))\b|\b(?P<across>across the (?:capital|city|country|province))\b"
    r"|(?<!\bin )(?<!\bat )(?<!\bof )(?<!\bafter )(?<!\bfrom )"  # "died in the second blast"
    r"\b(?:(?P<other>(?:an?|the) (?:earlier|first|(?:near(?:ly)?[- ])?simultaneous) "
    r"(?:[\w-]+ ){0,2}?(?:bomb(?:er|ing)?s?|blasts?|explosions?|attack(?:er)?s?|assailants?|"
    r"gunm[ae]n)|the (?:first|earlier) had|(?:the|that) same (?:night|morning|afternoon|evening))"
    r"|(?P<second>(?:an?|the) (?:second|third) |another )(?:[\w-]+ ){0,2}?(?:bomb(?:er|ing)?s?|"
    r"blasts?|explosions?|attack(?:er)?s?|assailants?|gunm[ae]n))\b",
    re.IGNORECASE,
)
_ELSEWHERE_NEEDS: Final = Needs(_ELSEWHERE)
# A second or another attacker is another incident's when told at a place of its own ("a
# second bomber killed 22 more near the embassy in Kabul"); one that struck the rescuers at the
# same site ("a second bomber then blew himself up, killing 12 more") may be this incident's.
_ELSEWHERE_PLACE: Final = re.compile(r"\b(?:in|near|outside) (?:the )?[A-Z]|\bnearby\b")


def _elsewhere(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Figures in a clause about another incident are dropped; a total for a whole city's
    violence ("... in all") is shared with other incidents (see ``_shared_by``)."""
    for match in _ELSEWHERE.finditer(sentence):
        start = max(sentence.rfind(";", 0, match.start()), sentence.rfind(". ", 0, match.start()))
        end = sentence.find(";", match.end())
        first, last = start + 1 + offset, (len(sentence) if end < 0 else end) + offset
        inside = [m for m in mentions if first <= m.start and m.end <= last]
        if match.group("separate"):
            mentions = [m for m in mentions if m not in inside]
        elif match.group("other") or _ELSEWHERE_PLACE.search(sentence, match.end(), last - offset):
            mentions = _without_other_toll(mentions, inside, match.start() + offset)
        elif _IN_TOTAL.search(sentence, match.end(), last - offset):  # "... in all"
            mentions = [replace(m, shared_by=0) if m in inside else m for m in mentions]
    return mentions


def _without_other_toll(
    mentions: list[CasualtyMention], inside: list[CasualtyMention], other: int
) -> list[CasualtyMention]:
    """The figures told as more after a second attacker or blast (at ``other``) are its own,
    and so is the death its bomber's "blew himself up" implies; without a figure told as
    more, the clause may be this incident's own (a second bomber as its main act)."""
    after = [m for m in inside if m.start >= other]
    if not any(m.more for m in after):
        return mentions
    return [m for m in mentions if not (m in after and (m.more or m.relation == "implied"))]


# "has risen to 25, up from 19 given on the day", "well above the 19 reported on Friday".
_SUPERSEDED: Final = re.compile(
    r"\b(?:up from|down from|(?:well |far )?(?:above|below)|compared (?:with|to)|"
    r"revised from|raised from)\s+(?:an? |the )?(?:earlier |initial |previous |first )?",
    re.IGNORECASE,
)


def _superseded(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The earlier figure a revised toll is compared with, as a superseded figure."""
    revision = next(m for m in mentions if m.relation == "revision")
    out: list[CasualtyMention] = []
    for cue in _SUPERSEDED.finditer(sentence, revision.end - offset):
        found = match_quantity(sentence, cue.end(), "en")
        if found is None or found.quantity.best is None:
            continue
        text = sentence[cue.start() : found.end]
        out.append(
            CasualtyMention(
                cue.start() + offset,
                found.end + offset,
                text,
                revision.outcome,
                found.quantity,
                revision.group,
                None,
                "revision",
                revision.shared_by,
                earlier=True,
            )
        )
    return out


_EXCLUDED_CUE: Final = Caseless(
    r"\b(?:include|includes|counting|including|excluding|"
    r"included|counted|count|counts|take in|besides|apart from|in addition to|on top of"
    r"|left out|leaves out|leave out|excluded|alongside|along with|not included)\b",
)


def _other_outcome_inside(m: CasualtyMention, spans: list[tuple[int, int]]) -> bool:
    """A non-fatal outcome linked to attackers the sentence leaves out of the toll ("a toll
    of six dead, not counting the bomber, and ten wounded": the bomber is not wounded), or
    the phrase that leaves them out after the wounded ("30 were wounded, excluding the bomber":
    the attackers that end the mention are the left-out ones)."""
    if m.outcome == "killed" or m.group != "attackers":
        return False
    return any(a <= m.start < b or a < m.end <= b for a, b in spans)


# A clause the speaker does not assert ("it did not say the attacker died", "it is unclear
# whether anyone was hurt"): a figure inside it is not reported; a group without a figure
# stays as evidence of casualties not counted ("did not say how many people were wounded").
_HEDGE: Final = Caseless(
    r"\b(?:(?:did|does|do|would|could|will|can)(?: not|n't| n't)|declined to|refused to)"
    r"\s+(?:immediately\s+|yet\s+)?(?:say|specify|give|disclose|confirm|reveal|provide|know)\b"
    r"[^.;]*?(?=,\s*(?:but|while|although|though|and)\b|[.;]|$)"
    r"|\b(?:unclear|not (?:yet |immediately )?(?:clear|known))\s+(?:how many|whether|if)\b"
    r"[^.;]*?(?=,\s*(?:but|while|although|though)\b|[.;]|$)",
)


_ATTACKERS_NAMED: Final = (
    r"(?:the|both|all|its|their)\s+(?:(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+)?(?:suicide\s+)?(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b"
)
_ATTACKER_NOUN: Final = re.compile(
    r"\b(?:bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b", re.IGNORECASE
)
# "The figures do not include the bomber", "neither count includes the bomber", "not counting
# the bomber", "the bomber is not included in either figure": the attackers died and are
# counted on top of the figures given.
_EXCLUDED: Final = re.compile(
    # "the seven dead did not include the bomber": the dead told as a toll
    r"\b(?:(?:figures?|counts?|tolls?|numbers?|tall(?:y|ies)|totals?|dead)"
    # "the toll of 20 dead does not include ..."
    r"(?:\s+of\s+(?:at least\s+|about\s+)?\w+(?:\s+(?:dead|killed|deaths))?)?"
    r"\s+(?:that\s+|which\s+)?"
    # "a figure it said did not include the bomber"
    r"(?:(?:it|they|he|she|officials|police)\s+said\s+)?"
    r"(?:do(?:es)?|did)(?: not|n't)\s+(?:include|count|take in|cover)|neither (?:count|figure"
    r"|toll|number|tally|total) (?:includes?|included|counts?|counted)|not (?:counting|including)"
    r"|excluding"
    r"|besides|apart from|in addition to|on top of|without counting|leaves? out|left out"
    r"|alongside)\s+(?:"
    + _ATTACKERS_NAMED
    + r"|(?:him|them)sel(?:f|ves)\b|the (?:suicide |car |truck |bomb )?drivers?\b)"
    + r"|\b"
    + _ATTACKERS_NAMED.replace("?P<n>", "?P<m>")
    # "the bomber's own death is not included", "the two bombers' deaths are in addition"
    + r"(?:['’]s?\s+(?:own\s+)?deaths?)?"
    + r"(?:,[^,.;]{1,30},)?\s+(?:is|was|are|were)\s+(?:not\s+(?:included|counted)|left out"
    r"|excluded|in addition\b)\b"
    # "killing seven soldiers along with himself": the one who set off the blast died too
    r"|\balong with (?:him|them)sel(?:f|ves)\b"
    # "nine people were killed, the bomber excluded", "34 died, the attacker not included"
    r"|(?<=,\s)"
    + _ATTACKERS_NAMED.replace("?P<n>", "?P<x>")
    + r"\s+(?:excluded|not\s+(?:included|counted))\b",
    re.IGNORECASE,
)


# "The bomber is included in the seven dead", "the toll includes both attackers": the
# attackers died and are inside the figure given, not on top of it. "is not included" and
# "neither figure includes the bomber" do not match.
_INCLUDED: Final = re.compile(
    r"\b"
    + _ATTACKERS_NAMED.replace("?P<n>", "?P<i>")
    + r"\s+(?:is|was|are|were)\s+(?:also\s+)?(?:included|counted)\s+(?:in|among)\b"
    r"|(?<!neither )(?<!no )\b(?:figures?|counts?|tolls?|numbers?|tall(?:y|ies)|totals?)\s+"
    r"(?:also\s+)?(?:includes?|included)\s+"
    + _ATTACKERS_NAMED.replace("?P<n>", "?P<j>")
    # "23 people were killed, including the bomber", "put the dead, the bomber included, at 72"
    + r"|(?<=,\s)including\s+"
    + _ATTACKERS_NAMED.replace("?P<n>", "?P<k>")
    + r"(?!['’])|(?<=,\s)"
    + _ATTACKERS_NAMED.replace("?P<n>", "?P<l>")
    + r"\s+included\b",
    re.IGNORECASE,
)


def _included_attackers(sentence: str, offset: int) -> list[CasualtyMention]:
    """Attackers a sentence puts inside the toll (``_INCLUDED``), as a subset of the dead."""
    out: list[CasualtyMention] = []
    for match in _INCLUDED.finditer(sentence):
        word = match.group("i") or match.group("j") or match.group("k") or match.group("l")
        noun = _ATTACKER_NOUN.search(match.group(0))
        count = _attacker_count(word, noun is not None and _plural_attackers(noun.group(0)))
        start, end = match.start() + offset, match.end() + offset
        quantity = _exact(count, match.group(0))
        out.append(
            CasualtyMention(
                start, end, match.group(0), "killed", quantity, "attackers", None, "subset"
            )
        )
    return out


# Attackers told after a toll as dying too, past an aside the chunk reader does not cross:
# "Seven people died, among them a journalist, along with two of the attackers", "ten
# civilians were killed, as was the man behind the wheel", "five died, as did the car bomber
# and all four gunmen", "five were killed, among them two officers, plus seven attackers",
# "ten were killed, the bomber too".
_FIGURE_WORD: Final = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)"
_ATTACKER_ITEM: Final = re.compile(
    r"(?:(?P<of>" + _FIGURE_WORD + r")\s+of\s+)?(?:the|both|all|its|their)\s+"
    r"(?:(?P<n>" + _FIGURE_WORD + r")\s+)?(?:suicide\s+|car\s+|truck\s+)?"
    r"(?P<noun>bombers?|attackers?|assailants?|gunm[ae]n|perpetrators?)\b(?!['’])"
    r"|(?P<bare>" + _FIGURE_WORD + r")\s+(?P<plural>bombers|attackers|assailants|gunmen)\b"
    r"(?!['’])"
    # the driver of the vehicle that blew up, whose side the sentence does not tell
    r"|(?P<driver>the\s+(?:driver|man\s+behind\s+the\s+wheel)(?:\s+of\s+the\s+[\w-]+)?)",
    re.IGNORECASE,
)
# the same without its named groups, to repeat it in a list
_LISTED_ATTACKER: Final = re.sub(r"\?P<\w+>", "?:", _ATTACKER_ITEM.pattern)
_ATTACKERS_TOO: Final = Gated(
    re.compile(
        r"\b(?:along\s+with|together\s+with|as\s+well\s+as|plus|as\s+(?:did|were|was))\s+"
        rf"(?P<list>(?:{_LISTED_ATTACKER})(?:(?:\s*,\s*|\s+and\s+)(?:{_LISTED_ATTACKER}))*)"
        # "six soldiers were killed, the bomber too"
        rf"|(?<=,\s)(?P<alone>{_LISTED_ATTACKER})\s+(?:too|as\s+well)\b",
        re.IGNORECASE,
    )
)


def _attackers_too(
    sentence: str, offset: int, found: list[CasualtyMention]
) -> list[CasualtyMention]:
    """The attackers ``_ATTACKERS_TOO`` adds to the dead told before it, unless a mention
    already read covers them or the figure before them is not of the dead."""
    out: list[CasualtyMention] = []
    for match in _ATTACKERS_TOO.finditer(sentence):
        start, end = match.start() + offset, match.end() + offset
        if told_over(found, start, end):
            continue
        last = last_told_before(found, start)
        if last is None or last.outcome != "killed":
            continue  # "30 were wounded, as were two of the attackers"
        told = "list" if match.group("list") else "alone"
        listed = match.start(told) + offset
        items = [
            _attacker_item(item, listed + item.start())
            for item in _ATTACKER_ITEM.finditer(match.group(told))
        ]
        # "as were the attackers": how many is not told, and a summary's toll of the others
        # stands without them
        out.extend(m for m in items if m.quantity.best is not None)
    return out


def _attacker_item(item: re.Match[str], start: int) -> CasualtyMention:
    """One attacker (or group of them) of a list ``_ATTACKERS_TOO`` read."""
    text = item.group(0)
    if item.group("driver"):
        one = _exact(1, text)
        # told as one more than the toll before it ("more"): not a restatement of it
        return CasualtyMention(
            start, start + len(text), text, "killed", one, "unknown", None, more=True
        )
    word = item.group("of") or item.group("n") or item.group("bare")
    count = _attacker_count(word, _plural_attackers(item.group("noun") or item.group("plural")))
    return CasualtyMention(
        start, start + len(text), text, "killed", _exact(count, text), "attackers", text
    )


def _plural_attackers(noun: str) -> bool:
    return noun.lower().endswith(("s", "men"))


def _attacker_count(word: str | None, plural: bool) -> int | None:
    """How many attackers a phrase counts: its figure word; without one, a singular ("the
    bomber") is one and a plural ("the gunmen") some number not told here."""
    if word:
        return figure_value(word)
    return None if plural else 1


def _attackers_dead(found: list[CasualtyMention]) -> bool:
    return any(m.outcome == "killed" and m.group == "attackers" for m in found)


def _drop_toll_of_excluded(
    left_out: list[re.Match[str]], offset: int, found: list[CasualtyMention]
) -> list[CasualtyMention]:
    """ "The toll does not include the two bombers" names attackers left out of a toll, not a
    toll of two: a toll figure read inside that phrase is dropped, and the attackers are then
    counted on top (``_excluded_attackers``)."""
    spans = [(m.start() + offset, m.end() + offset) for m in left_out]
    return [
        m
        for m in found
        if not (
            m.relation in ("revision", "total")
            and m.group == "attackers"
            and any(a < m.end <= b for a, b in spans)
        )
    ]


def _excluded_attackers(
    left_out: list[re.Match[str]], offset: int, found: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Attackers the sentence says the figures leave out (``left_out``, the matches of
    ``_EXCLUDED``), as a death of their own, unless the sentence already counts them."""
    out: list[CasualtyMention] = []
    for match in left_out:
        start, end = match.start() + offset, match.end() + offset
        if any(
            m.outcome == "killed" and m.group == "attackers" and m.start < end and start < m.end
            for m in found
        ):
            continue
        if match.group(0).lower().startswith("along with") and _attackers_dead(found):
            continue  # "blew himself up, killing four along with himself": already counted
        word = match.group("n") or match.group("m") or match.group("x")
        noun = _ATTACKER_NOUN.search(match.group(0))
        plural = (noun is not None and _plural_attackers(noun.group(0))) or bool(
            re.search(r"\b(?:themselves|drivers)\b", match.group(0), re.IGNORECASE)
        )
        count = _attacker_count(word, plural)
        # "not counting the attackers": the ones who took part, however many the report
        # told (``tolls._numbered``), not some of no known number
        quantity = _exact(count, match.group(0))
        if count is None:
            quantity = replace(quantity, vague=False)
        out.append(
            CasualtyMention(start, end, match.group(0), "killed", quantity, "attackers", None)
        )
    return out


def _hedged(sent: _Sentence, link: _Link, spans: list[tuple[int, int]]) -> bool:
    """A figure stated inside a hedged clause (see ``_HEDGE``)."""
    return link.chunk.quantity.best is not None and _inside(sent, link, spans)


def _inside(sent: _Sentence, link: _Link, spans: list[tuple[int, int]]) -> bool:
    start = sent.tokens[link.trig.first].start
    return any(a <= start < b for a, b in spans)


# "said Ghulam Sakhi, who lost two cousins": a witness or mourner told by the relatives he
# lost; they are some of the dead already counted, not a toll of their own.
_WHO_BEFORE: Final = re.compile(r"\bwho\s+(?:had\s+)?$", re.IGNORECASE)
_KIN_LOST: Final = re.compile(
    r"lost\s+(?:[\w-]+\s+){0,2}?(?:brothers?|sisters?|sons?|daughters?|cousins?|relatives"
    r"|nephews?|nieces?|children|wife|husband|father|mother|uncles?|aunts?|grandsons?"
    r"|granddaughters?|family members)\b",
    re.IGNORECASE,
)


def _kin_lost(sentence: str, offset: int, m: CasualtyMention) -> CasualtyMention:
    start = m.start - offset
    if m.relation != "count" or not _WHO_BEFORE.search(sentence[:start]):
        return m
    if not _KIN_LOST.match(m.text):
        return m
    return replace(m, relation="subset")


def _uncounted_losses_dropped(mentions: list[CasualtyMention]) -> list[CasualtyMention]:
    """Drop "lost" read as a death when no one is counted: "armed groups have lost their
    leaders" speaks of losses in general; "the army lost three soldiers" tells a toll."""
    return [
        m for m in mentions if not (m.text.lower().startswith("lost ") and m.quantity.best is None)
    ]


# == public API ====================================================================================


def find_casualties(
    sentence: str, *, offset: int = 0, language: str = "en"
) -> list[CasualtyMention]:
    """Every counted group in one sentence with what happened to it.

    ``offset`` is added to the spans (the sentence's position in its document). Zero is
    reported only when the sentence says so ("there were no casualties").
    """
    lang = language.split("-")[0].lower()
    if lang == "en":
        mentions = _uncounted_losses_dropped(_find_english(sentence, offset))
        if "who lost" in sentence or "who had lost" in sentence:
            mentions = [_kin_lost(sentence, offset, m) for m in mentions]
    else:
        from conflictdesk.extract.casualties_other import find_other  # imports this module

        mentions = find_other(sentence, offset, lang)
    if any(m.outcome == "injured" for m in mentions):
        mentions = [_condition_of_some(sentence, offset, lang, m) for m in mentions]
    if lang == "en" and mentions:
        mentions = _wholes_and_parts(sentence, offset, mentions)
    if mentions and over_a_period(sentence, lang):
        return [replace(m, shared_by=0) if m.shared_by is None else m for m in mentions]
    return mentions


def _wholes_and_parts(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """English wording that makes a figure the whole toll or a part of one: "among the 13
    wounded", "N ... in all", "X, one of the three men killed" (the sentence folded once)."""
    folded = sentence.lower()
    if "among " in folded:
        mentions = [_among_the_counted(sentence, offset, m) for m in mentions]
        if ", as w" in folded:
            mentions = [_as_were_among(sentence, offset, m) for m in mentions]
    if _IN_ALL_AFTER.search(sentence):
        mentions = [_in_all(sentence, offset, m) for m in mentions]
    if "one of the" in folded:
        mentions = [_one_of_the_toll(sentence, offset, m) for m in mentions]
    if "of the " in folded and len(mentions) > 1:
        mentions = _without_whole_of_partition(sentence, offset, mentions)
    return mentions


# "Of the eleven passengers, nine were killed and two wounded": the figure after "Of the" is
# the whole the next figures divide, not a toll of its own.
_OF_THE_BEFORE: Final = re.compile(r"(?:^|[;:]\s*|\.\s+)\s*of\s*$", re.IGNORECASE)
_WHOLE_THEN_PART: Final = re.compile(r"^the\s+\S+\s+(?:[\w-]+\s+){0,2}?[\w-]+\s*,\s*", re.I)


def _without_whole_of_partition(
    sentence: str, offset: int, mentions: list[CasualtyMention]
) -> list[CasualtyMention]:
    """Drop the figure a sentence opens with "Of the N ..., M were killed" when another
    mention counts the part right after its comma."""
    kept = []
    for m in mentions:
        opening = _OF_THE_BEFORE.search(sentence[: m.start - offset])
        whole = _WHOLE_THEN_PART.match(m.text)
        part_after = whole is not None and any(
            o is not m and o.start >= m.start + whole.end() for o in mentions
        )
        if opening is None or not part_after:
            kept.append(m)
    return kept


# "the governor and two soldiers were among the 13 wounded", "... were among 25 people
# killed": the figure right after "among" (with or without "the", with its noun) is the whole
# toll the others are part of ("Among the 35 dead were ..." is read already).
_AMONG_BEFORE: Final = re.compile(r"\bamong\s*$", re.IGNORECASE)
_THE_FIGURE: Final = re.compile(
    # "among more than 80 dead", "among at least 12 killed": the figure may be hedged
    r"(?:the\s+)?(?:(?:more\s+than|over|at\s+least|about|some|nearly|almost|around)\s+)?"
    # "among 21 police and civilians killed": the noun may be a pair
    r"\S+\s+(?:[a-z]+\s+){0,2}?(?:and\s+[a-z]+\s+)?(?:wounded|injured|hurt|dead|killed)$",
    re.IGNORECASE,
)


def _among_the_counted(sentence: str, offset: int, m: CasualtyMention) -> CasualtyMention:
    """A counted "(the) N (people) wounded" right after "among" is a toll of its own, not a
    part."""
    if m.relation != "subset" or (m.quantity.best or 0) < 2:
        return m
    if not _THE_FIGURE.fullmatch(m.text) or not _AMONG_BEFORE.search(sentence[: m.start - offset]):
        return m
    return replace(m, relation="count")


# "the chief was among 41 dead, as were all five attackers": the group added after ", as
# were" is among the same toll, a part of it, not more dead.
_AMONG_TOLL_AS_WERE: Final = re.compile(
    r"\bamong\s+(?:the\s+)?\S+\s+(?:[a-z]+\s+){0,2}?(?:dead|killed)\s*,\s*as\s+(?:were|was)\s+$",
    re.IGNORECASE,
)


def _as_were_among(sentence: str, offset: int, m: CasualtyMention) -> CasualtyMention:
    """A group told after "among N dead, as were" is a part of those N (``subset``)."""
    if m.relation != "count" or m.outcome != "killed":
        return m
    if not _AMONG_TOLL_AS_WERE.search(sentence[: m.start - offset]):
        return m
    return replace(m, relation="subset")


# "Sergeant X, one of the three men killed": a person told as one of a counted toll ("the N
# ... killed/wounded", definite) is a part of it, not one more victim.
_ONE_OF_THE_TOLL: Final = re.compile(
    # no verb between: "one of the three attackers was killed" is one killed of three
    r"\bone\s+of\s+the\s+(?P<n>\S+)\s+(?:(?!(?:was|were|is|are|had|has|have|been)\b)[a-z]+\s+){0,2}?"
    r"(?P<outcome>killed|dead|wounded|injured|hurt)\b",
    re.IGNORECASE,
)


def _one_of_the_toll(sentence: str, offset: int, m: CasualtyMention) -> CasualtyMention:
    """One person counted as "one of the N killed" is a part of that toll (``subset``)."""
    if m.relation != "count" or m.quantity.best != 1:
        return m
    for found in _ONE_OF_THE_TOLL.finditer(sentence, m.start - offset, m.end - offset):
        whole = figure_value(found.group("n"))
        if whole is not None and whole > 1 and found.end() == m.end - offset:
            return replace(m, relation="subset")
    return m


# "nine people were dead in all": "in all" / "in total" / "altogether" right after a count
# makes it the whole toll, the parts told before it included.
_IN_ALL_AFTER: Final = Gated(re.compile(r"\s*(?:in\s+all|in\s+total|altogether)\b", re.IGNORECASE))


def _in_all(sentence: str, offset: int, m: CasualtyMention) -> CasualtyMention:
    """A count followed by "in all" is a ``total``: it includes the parts told before it."""
    if m.relation != "count" or m.more or (m.quantity.best or 0) < 2:
        return m
    if not _IN_ALL_AFTER.match(sentence, m.end - offset):
        return m
    return replace(m, relation="total")


# The state of some of the wounded told after their figure: "three wounded people are in
# critical condition", "Трое раненых находятся в тяжёлом состоянии", "Üç yaralının durumu
# ağır", "ثلاثة من الجرحى في حالة خطيرة". The condition is the predicate of the counted
# wounded (no verb of wounding between them), so they are some of the wounded already told.
_CONDITION_AFTER: Final[dict[str, re.Pattern[str]]] = {
    "en": re.compile(
        r"\s*(?:are|is|were|was|remain|remains|remained)\s+(?:still\s+|now\s+)?in\s+(?:a\s+)?"
        r"(?:critical|serious|grave|stable|severe|life-threatening)\s+condition\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\s*(?:находятся|находится|остаются|остаётся|остается|пребывают)?\s*в\s+(?:крайне\s+)?"
        r"(?:тяж[её]лом|критическом|стабильном|серь[её]зном)\s+состоянии",
        re.IGNORECASE,
    ),
    "tr": re.compile(
        r"\s*(?:durumu|durumunun|durumları|durumlarının)\s+(?:çok\s+)?(?:ağır|ciddi|kritik)",
        re.IGNORECASE,
    ),
    "ar": re.compile(r"\s*(?:(?:لا\s+)?(?:يزال|تزال|يزالون)\s+)?في\s+حالة\s+(?:خطرة|خطيرة|حرجة)"),
}
# "وحالة ثلاثة جرحى خطيرة": the Arabic condition noun may come first.
_CONDITION_BEFORE_AR: Final = re.compile(r"(?:^|\s)و?حالة\s*$")
_CONDITION_WORD_AR: Final = re.compile(r"\s*(?:خطيرة|خطرة|حرجة)")


def _condition_of_some(
    sentence: str, offset: int, lang: str, m: CasualtyMention
) -> CasualtyMention:
    """An injured figure whose predicate is the condition of the wounded is a subset."""
    if m.outcome != "injured" or m.relation != "count" or not m.quantity.best:
        return m
    after = _CONDITION_AFTER.get(lang)
    if after is None:
        return m
    start, end = m.start - offset, m.end - offset
    told = after.match(sentence, end) is not None
    if not told and lang == "ar":
        before = _CONDITION_BEFORE_AR.search(sentence[:start]) is not None
        told = before and _CONDITION_WORD_AR.match(sentence, end) is not None
    return replace(m, relation="subset") if told else m


# A count over a period ("over the past two years", "geçen yıl ülkede", "за последние два
# года", "منذ بداية العام") sums many incidents: a figure shared by incidents (see
# ``_shared_by``). "The deadliest attack in the country this year" ranks one incident: not.
_PERIOD: Final[dict[str, re.Pattern[str]]] = {
    "en": re.compile(
        r"\b(?:over|in|during|within) the (?:past|last) (?:[\w-]+ )?(?:years?|months?|weeks?)\b"
        r"|\bso far this year\b|\bsince the (?:start|beginning) of (?:the|this) year\b"
        r"|\b(?:last|this) year\b[^.;]{0,40}\b(?:across|in) the country\b"
        r"|\b(?:across|in) the country\b[^.;]{0,40}\b(?:last|this) year\b"
        # the present perfect of a year's count: "at least eight media workers have been
        # killed this year"
        r"|\b(?:have|has)\s+been\s+(?:\w+\s+)?(?:killed|wounded|injured|murdered|shot dead"
        r"|assassinated)\s+(?:so far\s+)?(?:this|last) year\b"
        # a year's toll of a kind of violence: "were killed in militant violence in Pakistan
        # last year", "died in attacks in the province this year"
        r"|\bin (?:[\w-]+ ){0,2}(?:violence|attacks|fighting|conflict)\b[^.;]{0,40}"
        r"\b(?:last|this) year\b",
        re.IGNORECASE,
    ),
    "tr": re.compile(
        r"\bson (?:\w+ )?(?:yılda|ayda|haftada|yıl içinde|ay içinde)\b"
        r"|\b(?:yılbaşından|yılın başından) (?:bu yana|beri)\b"
        r"|\b(?:geçen|bu) yıl\b[^.;]{0,40}\bülke(?:de|genelinde)\b"
        r"|\bülke(?:de|genelinde)\b[^.;]{0,40}\b(?:geçen|bu) yıl\b",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"\bза (?:последние|прошедшие) (?:\w+ )?(?:лет|года?|месяц\w*|недел\w*)"
        r"|\bс начала (?:этого |текущего )?года\b"
        r"|\b(?:в|за) (?:прошлом|этом|прошлый|этот) году?\b[^.;]{0,40}\bв стране\b"
        r"|\bв стране\b[^.;]{0,40}\b(?:в|за) (?:прошлом|этом|прошлый|этот) году?\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"منذ (?:بداية|مطلع) (?:العام|السنة)"
        r"|خلال (?:ال)?(?:عامين|أعوام|سنوات|أشهر|شهور|العامين|الأشهر|السنوات|الأعوام)"
        r"\s+(?:ال)?(?:ماضية|الماضيين|الأخيرة|ماضيين)"
        r"|(?:العام|السنة) (?:الماضي|الماضية|الحالي|الحالية)[^.؛]{0,40}في (?:أنحاء )?البلاد"
    ),
}
_RANKING: Final = re.compile(
    # "the deadliest year in a decade" ranks a period, not one incident
    r"\b(?:deadliest|worst|bloodiest|largest|biggest)\b(?!\s+(?:years?|months?|decades?)\b)"
    r"|\ben (?:kanlı|büyük|ağır)\b"
    r"|\bсам\w+ (?:кровопролитн|крупн|страшн)|الأكثر دموية|الأعنف|الأسوأ",
    re.IGNORECASE,
)


def over_a_period(sentence: str, language: str) -> bool:
    """Whether the sentence counts over a period (``_PERIOD``: "over the past two years", "so
    far this year") without ranking one incident, so its figures sum many incidents."""
    pattern = _PERIOD.get(language)
    if pattern is None or not pattern.search(sentence):
        return False
    return not _RANKING.search(sentence)


def related_incidents(text: str) -> int | None:
    """N from "This was one of N related attacks" (GTD divides shared figures by N)."""
    match = _RELATED.search(text)
    return figure_value(match.group(1)) if match else None


def _divide(q: Quantity, shared: int | None, related: int | None) -> Quantity:
    """A figure shared by several incidents, divided as GTD does (half up, never below one)."""
    parts = shared if shared else related
    if shared is None or not parts or parts < 2:
        return q

    def part(v: int | None) -> int | None:
        if v is None or v == 0:
            return v
        return max(1, (2 * v + parts) // (2 * parts))

    return Quantity(part(q.low), part(q.best), part(q.high), q.vague, q.text)


# "more" marks people on top of others ("three more policemen"), but not in a floor or a
# ceiling ("more than 20", "20 or more", "no more than 5"): those restate one figure.
ADDITIVE: Final = Gated(
    re.compile(
        r"\b(?:also|other|others|another|(?<!\bor )(?<!\bno )more(?!\s+than\b)|additional"
        r"|further|too|as well|besides|plus"
        # "three attackers blew themselves up, and a fourth was shot dead": one more (an
        # ordinal with a noun is often a title: "a second secretary", "a third guard")
        r"|(?:a|the) (?:second|third|fourth|fifth|sixth)(?= (?:was|died|is|had)\b))\b",
        re.IGNORECASE,
    )
)


# ", also a Taliban member,": "also" in an apposition describes a person; it adds no one.
_ALSO_APPOSITION: Final = Gated(re.compile(r",\s*also\s+an?\s+[^,;.]+,", re.IGNORECASE))


def additive(text: str) -> bool:
    """Whether a mention's words mark its people as more than others already counted."""
    return bool(ADDITIVE.search(_ALSO_APPOSITION.sub(",", text)))


@dataclass
class Slot:
    """One group's figure for one outcome, with the revisions the text gives for it."""

    group: str
    figures: list[Quantity]
    spans: list[tuple[int, int]]
    texts: list[str] = field(default_factory=list)

    @property
    def low(self) -> int | None:
        first = self.figures[0]
        lows = [q.low for q in self.figures if q.low is not None]
        return first.low if first.low is not None else (min(lows) if lows else None)

    @property
    def best(self) -> int | None:
        return self.figures[-1].best

    @property
    def high(self) -> int | None:
        highs = [q.high for q in self.figures]
        return None if highs[-1] is None else max(h for h in highs if h is not None)


def _parent(
    m: CasualtyMention, mentions: Sequence[CasualtyMention], relations: tuple[str, ...] = ("count",)
) -> CasualtyMention | None:
    """The figure a subset belongs to: the nearest count of the same outcome before it (or a
    toll, with ``relations``: "the toll rose to 10, including four attackers")."""
    before = [
        p for p in mentions
        if p.outcome == m.outcome and p.relation in relations and p.start <= m.start and p is not m
    ]  # fmt: skip
    return before[-1] if before else None


# "beheaded a tribal elder ... His body was left by the road": the body of one person told
# with "his" or "her" is that person, like "he was killed"
_ONE_BODY: Final = re.compile(r"(?:(?:his|her)\s+(?:[\w-]+\s+)?)?body\b", re.IGNORECASE)


def _restates(m: CasualtyMention, mentions: Sequence[CasualtyMention]) -> bool:
    """A figure already inside another one: "the assailant was killed" next to "13 people,
    including the bomber, were killed", or "he was killed" after "a police officer was killed"."""
    if m.relation != "count" or m.quantity.best is None:
        return False
    if m.group == "unknown" and (
        m.quantity.text.lower() in PRONOUNS or _ONE_BODY.match(m.quantity.text)
    ):
        return any(
            o.outcome == m.outcome and o.start < m.start and o.relation == "count"
            and o.group != "attackers"
            and o.quantity.best == 1
            for o in mentions
        )  # fmt: skip
    if m.group == "unknown":
        return _members_of_the_group_again(m, mentions)
    for o in mentions:
        if (o.relation != "subset" or o.outcome != m.outcome or o.group != m.group
                or o.quantity.best is None or o.quantity.best < m.quantity.best):  # fmt: skip
            continue
        parent = _parent(o, [x for x in mentions if x is not m], TOLL_RELATIONS)
        if parent is not None and parent.quantity.best is not None:
            return True
    return False


# "killed three members of Daesh ... 'Three members of the group were killed,' he said": the
# group told back with "the group" (or "the cell", "the network") is the armed group named
# before, and the same figure for it is the same dead told again.
_OF_THE_GROUP: Final = re.compile(
    r"\bmembers?\s+of\s+the\s+(?:group|cell|network|organi[sz]ation|militia|gang|movement)$",
    re.IGNORECASE,
)


def _members_of_the_group_again(m: CasualtyMention, mentions: Sequence[CasualtyMention]) -> bool:
    """Members "of the group" counted again with the figure told before for armed men."""
    if not _OF_THE_GROUP.search(m.group_text or ""):
        return False
    return any(
        o.outcome == m.outcome and o.start < m.start and o.relation == "count"
        and o.group in ("attackers", "militants") and o.quantity.best == m.quantity.best
        for o in mentions
    )  # fmt: skip


def usable(m: CasualtyMention, closed_world: bool, related: int | None) -> bool:
    """Whether a mention gives a figure the totals may use (see docs/quantities.md)."""
    if m.relation in ("subset", "claim", "unofficial", "implied"):
        return False
    if m.relation == "transfer" and m.outcome != "killed":
        return False
    if m.shared_by is not None and not related:
        return False  # a figure only "across the three attacks" is not this incident's
    return not (closed_world and m.quantity.vague)


def slots_of(
    mentions: Sequence[CasualtyMention],
    outcome: str,
    related: int | None,
    closed_world: bool,
    *,
    context: Sequence[CasualtyMention] | None = None,
) -> tuple[list[Slot], list[int]]:
    """The per-group figures of one outcome, and the overall revisions ("toll rose to 20").
    ``context``: the event's other mentions, for figures that refer back to them."""
    every = mentions if context is None else context
    own = [refer_back(m, every) for m in mentions if m.outcome == outcome]
    relevant = [m for m in own if usable(m, closed_world, related)]
    if any(m.shared_by is None for m in relevant):  # this incident's own figures win
        relevant = [m for m in relevant if m.shared_by is None]
    slots: list[Slot] = []
    revisions: list[int] = []
    for m in relevant:
        q = _divide(m.quantity, m.shared_by, related)
        if m.relation in ("revision", "total"):
            if q.best is not None:
                revisions.append(q.best)
            continue
        if _restates(m, every) or _names_back(m, q, slots):
            continue
        same = [s for s in slots if s.group == m.group]
        if (
            same
            and m.group == "attackers"
            and _all_attackers(same[-1], m, q)
            and _revises(same[-1], m, q)
        ):  # the attackers' whole number, the one told before among them: no revision
            slots[slots.index(same[-1])] = Slot(
                m.group, [q], [(m.start, m.end)], [m.group_text or m.text]
            )
        elif same and _revises(same[-1], m, q):
            # a later figure for the same group revises it; one the text says was superseded
            # ("57 were killed. Initial reports had put the dead at 45") is its first figure
            at = 0 if m.earlier else len(same[-1].figures)
            same[-1].figures.insert(at, q)
            same[-1].spans.insert(at, (m.start, m.end))
            same[-1].texts.insert(at, m.group_text or m.text)
        else:
            slots.append(Slot(m.group, [q], [(m.start, m.end)], [m.group_text or m.text]))
    return slots, revisions


_DEFINITE_FIGURE: Final = frozenset({"both", "all"})


def _names_back(m: CasualtyMention, q: Quantity, slots: Sequence[Slot]) -> bool:
    """ "Gunmen beat two teachers ... Both men were badly hurt", "... All three were hurt": a
    definite figure of nobody in particular names again the people already counted."""
    words = m.quantity.text.lower().split()
    if m.group != "unknown" or not words or words[0] not in _DEFINITE_FIGURE or not q.best:
        return False
    if m.relation != "count" or not slots:
        return False
    latest = [s.figures[-1].best or 0 for s in slots]
    return q.best in latest or q.best == sum(latest)


def _revises(slot: Slot, m: CasualtyMention, q: Quantity) -> bool:
    """A figure for a group already counted, told in another clause and not marked as more
    ("also", "other", "another"), restates or revises that figure instead of adding to it."""
    if m.relation == "transfer" or not q.best or m.more or additive(m.text):
        return False
    if slot.best == 1 and another_person(slot.texts[-1], m):
        return False  # "the driver was beheaded ..., the interpreter was killed": two men
    if m.quantity.text.lower() in PRONOUNS or not m.quantity.text:
        return False  # "he", or a bare "was killed": another person, not a new figure
    if not any(f.best for f in slot.figures):
        return False  # a zero ("no US staff were hurt") neither revises nor is revised
    if (
        slot.group == "attackers"
        and not _all_attackers(slot, m, q)
        and any(_attacker_kind(t) != _attacker_kind(m.group_text or m.text) for t in slot.texts)
    ):
        return False  # "the three gunmen were shot dead and the car bomber died": both count
    return all(end <= m.start or m.end <= start for start, end in slot.spans)


def another_person(before: str, m: CasualtyMention) -> bool:
    """ "The driver was beheaded ... the interpreter was killed": one person named by a
    definite role noun after another one named by a different role noun is someone else, not
    the same person's figure told again. Nouns anyone may be called by ("the man", "the
    victim", "the official") may name the same person and are left out."""
    if m.quantity.best != 1 or m.group == "attackers":
        return False
    earlier, later = _definite_role(before), _definite_role(m.group_text or "")
    return earlier is not None and later is not None and earlier != later


def _definite_role(text: str) -> str | None:
    """The role noun of one person told with "the" ("the interpreter"), or None."""
    found = _THE_ROLE.match(text.strip())
    if found is None or found.group(1).lower() in _ANYONE_NOUNS:
        return None
    return found.group(1).lower()


_THE_ROLE: Final = re.compile(r"the\s+(?:[a-z-]+\s+)?([a-z]+)$", re.IGNORECASE)
_ANYONE_NOUNS: Final = word_set(
    """
    man woman person individual victim body child boy girl official officer one other
    latter former deceased youth
    """
)


_BOMBER: Final = re.compile(r"\bbomb(?:er|ers)?\b|\bblew (?:him|them)sel(?:f|ves) up\b", re.I)


# A definite figure of all the attackers: "all five attackers", "both assailants", "the two
# bombers" (not "two more gunmen").
_ALL_ATTACKERS: Final = re.compile(r"\b(?:all|both|the)\b", re.I)
_ANY_ATTACKER: Final = re.compile(r"\b(?:attackers?|assailants?|militants?)\b", re.I)


def _all_attackers(slot: Slot, m: CasualtyMention, q: Quantity) -> bool:
    """ "A suicide bomber was shot dead ... All five attackers died": a larger definite figure
    of the attackers is their whole number, the one told before among them, when it names
    them all ("attackers") or when what it follows named no kind ("police shot him dead ...
    not counting the two bombers")."""
    if not _ALL_ATTACKERS.search(m.quantity.text) or (q.best or 0) <= (slot.best or 0):
        return False
    if _ANY_ATTACKER.search(m.group_text or m.text):
        return True
    return all(t.split(" ", 1)[0].lower() in PRONOUNS for t in slot.texts)


def _attacker_kind(text: str) -> str:
    """Attackers of another kind are other people: the bomber is not one of the gunmen."""
    return "bomber" if _BOMBER.search(text) else "other"


def _sum(values: Sequence[int | None], *, strict: bool) -> int | None:
    known = [v for v in values if v is not None]
    if not known or (strict and len(known) < len(values)):
        return None
    return sum(known)


def _attackers_uncounted(own: Sequence[CasualtyMention], slots: Sequence[Slot]) -> bool:
    """Whether the attackers died without a figure anywhere ("security forces killed the
    attackers; officials did not say how many there were"): deaths without a usable figure,
    so the closed world of a summary gives no toll (docs/gold-format.md). Only a definite
    group the text never counts: "an unspecified number of attackers" beside the victims'
    figure leaves that figure standing, as the summaries' gold codes it."""
    if any(s.group == "attackers" and s.best is not None for s in slots):
        return False
    return any(
        m.group == "attackers"
        and m.relation == "count"
        and m.quantity.best is None
        and m.quantity.high is None
        and m.quantity.text.lower().startswith(("the ", "all "))
        for m in own
    )


# The small vague words ("several", "a few", "some": best 3) name a handful more victims
# beside the counted ones; the large ones ("many", "dozens") are mostly asides on a counted
# figure ("150 people, many from houses nearby, were wounded") or another source's word.
_FEW: Final = 3
# Fighters told vaguely ("several militants died in the fighting") are most often the side
# that attacked, whose uncounted dead leave the victims' figure standing.
_FIGHTERS: Final = re.compile(
    r"\b(?:militants?|insurgents?|fighters?|taliban|gunm[ae]n|attackers?|assailants?)\b",
    re.IGNORECASE,
)


# The vague figure told as people who died beside the counted victim: "and several others",
# "several of his students also died" (told as more), "killed with several aides", "along with
# several guards"
_WITH_VICTIM: Final = re.compile(r"\bwith\b", re.IGNORECASE)


def _victims_uncounted(own: Sequence[CasualtyMention]) -> bool:
    """Whether some of the victims are told only by a vague word beside the counted ones
    ("killing the minister and several others", "killed with several of his guards"): the
    summary gives no usable toll, so its closed world gives none (docs/gold-format.md). The
    attackers' vague dead ("dozens of attackers") leave the victims' figure standing."""
    if any(m.relation == "unofficial" and m.quantity.best is not None for m in own):
        return False  # "wounded several others; the hospital said it treated five"
    return any(
        m.quantity.vague
        and m.relation == "count"
        and m.group != "attackers"
        and not _FIGHTERS.search(m.group_text or "")
        and m.shared_by is None
        and m.quantity.best is not None
        and m.quantity.best <= _FEW
        and (m.more or _WITH_VICTIM.search(m.text) is not None)
        for m in own
    )


def _totals(
    mentions: Sequence[CasualtyMention], outcome: str, related: int | None, closed_world: bool
) -> Casualties:
    """One outcome's low/best/high, from usable figures; other sources only widen ``high``.

    Unofficial figures (residents, witnesses) stand in when no usable figure exists; a
    perpetrator's claim never gives ``best``. Silence is ``None``, or 0 in the closed world of
    an incident summary; a mention without a usable figure keeps it ``None``.
    """
    own = [m for m in mentions if m.outcome == outcome]
    slots, revisions = slots_of(mentions, outcome, related, closed_world)
    if not slots and not revisions:
        unofficial = [m for m in own if m.relation == "unofficial" and m.quantity.best is not None]
        if unofficial:
            return widened(Casualties.exactly(unofficial[0].quantity.best), own)
        if not own and closed_world:
            return Casualties(0, 0, 0)
        if closed_world and _claims_against_silence(own, mentions):
            return widened(Casualties(0, 0, 0), own)
        return Casualties()
    if closed_world and outcome == "killed" and _attackers_uncounted(own, slots):
        return Casualties()
    if closed_world and _victims_uncounted(own):
        return Casualties()
    low = _sum([s.low for s in slots], strict=False)
    best = _sum([s.best for s in slots], strict=False)
    high = _sum([s.high for s in slots], strict=True)
    if outcome == "injured":  # the wounded who later died are counted among the dead
        moved = sum(m.quantity.best or 0 for m in mentions if m.relation == "transfer")
        low, best, high = (None if v is None else max(0, v - moved) for v in (low, best, high))
    if revisions:
        # A revised toll is the victims' ("the toll rose to 140"); attackers the text counts
        # apart ("all ten attackers were killed as well", "not counting the bomber") add to it.
        apart = sum(s.best or 0 for s in slots if s.group == "attackers")
        revisions = [r + apart for r in revisions]
        result = _revised(low, best, high, revisions)
    else:
        result = Casualties(low, best, high)
    apart = sum(s.best or 0 for s in slots if s.group == "attackers")
    return widened(result, own, apart if outcome == "killed" else 0, claims=closed_world)


def _claims_against_silence(
    own: Sequence[CasualtyMention], mentions: Sequence[CasualtyMention]
) -> bool:
    """Only the perpetrator gives this outcome a figure while the rest of the account counts
    another ("officials said two officers were wounded; the group said three were killed"):
    in an incident summary the account's silence is a zero the claim stands against."""
    if not own or any(m.relation != "claim" or m.quantity.best is None for m in own):
        return False
    outcome = own[0].outcome
    return any(
        m.outcome in ("killed", "injured")
        and m.outcome != outcome
        and m.relation in TOLL_RELATIONS
        and m.quantity.best
        for m in mentions
    )


def widened(
    result: Casualties, own: Sequence[CasualtyMention], apart: int = 0, *, claims: bool = False
) -> Casualties:
    """Raise ``high`` to the largest figure another source gives ("officials said none; the
    Taliban said 10 died" is 0/0/10). ``apart``: attackers the text counts apart from the
    victims; a hospital's or residents' count of the victims leaves them out too."""
    others = [
        figure + (apart if _victims_only(m, claims) else 0)
        for m in own
        if m.relation in ("claim", "unofficial")
        # "убиты или ранены около 20": a claimed ceiling for the dead and wounded together
        for figure in [m.quantity.best if m.quantity.best is not None else m.quantity.high]
        if figure is not None
    ]
    if not others or result.best is None:
        return result
    high = max([*others, result.high if result.high is not None else result.best])
    return Casualties(result.low, result.best, high)


def _victims_only(m: CasualtyMention, claims: bool) -> bool:
    """A figure that leaves the attackers out: residents' or a hospital's count of the
    victims, and (``claims``, in a report or an incident summary) a claim naming its victims
    ("11 Taliban fighters were killed"; with two attackers dead the ceiling is 13)."""
    if m.group == "attackers":
        return False
    return m.relation == "unofficial" or (claims and m.group != "unknown")


def refer_back(m: CasualtyMention, mentions: Sequence[CasualtyMention]) -> CasualtyMention:
    """ "Their bodies were found", "the hostages were killed": the group abducted earlier
    (the same group if it was named: "two of them soldiers ... the soldiers were killed")."""
    if m.quantity.best is not None or m.outcome != "killed":
        return m
    words = (m.group_text or m.text).lower().split()
    if not words or words[0] not in ("their", "the", "all"):
        return m
    taken = [
        k
        for k in mentions
        if k.outcome in ("kidnapped", "captured")
        and k.start < m.start
        and k.quantity.best
        and k.relation in ("count", "subset")
    ]
    same = [k for k in taken if k.group == m.group and m.group != "unknown"]
    taken = same or [k for k in taken if k.relation == "count"]
    if not taken:
        return m
    q = taken[-1].quantity
    figure = Quantity(q.low, q.best, q.high, q.vague, m.quantity.text)
    return CasualtyMention(
        m.start,
        m.end,
        m.text,
        m.outcome,
        figure,
        taken[-1].group,
        m.group_text,
        m.relation,
        m.shared_by,
    )


def _revised(
    low: int | None, best: int | None, high: int | None, revisions: list[int]
) -> Casualties:
    """The last revision is the best figure; low is the first credible one, high the largest."""
    figures = [x for x in (low, best, high, *revisions) if x is not None]
    first = low if low is not None else (best if best is not None else revisions[0])
    return Casualties(min(first, revisions[-1]), revisions[-1], max(figures))


def _side_deaths(
    mentions: Sequence[CasualtyMention],
    attackers_side: str,
    fatalities: Casualties,
    related: int | None,
    closed_world: bool,
) -> tuple[DeathsBySide, int | None]:
    """Deaths by side; the non-null sides add up to ``fatalities.best``."""
    if fatalities.best is None:
        return DeathsBySide(), None
    if fatalities.best == 0:
        return DeathsBySide(0, 0, 0, 0), None
    sides: dict[str, int] = {}
    for slot in slots_of(mentions, "killed", related, closed_world)[0]:
        if slot.best:
            side = side_of_group(slot.group, attackers_side)
            sides[side] = sides.get(side, 0) + slot.best
    for m in mentions:
        if m.outcome != "killed" or m.relation != "subset" or not m.quantity.best:
            continue
        parent = _parent(m, mentions)
        if parent is None or parent.group == m.group or parent.quantity.best is None:
            continue
        parent_side = side_of_group(parent.group, attackers_side)
        moved = min(m.quantity.best, sides.get(parent_side, 0))
        sides[parent_side] = sides.get(parent_side, 0) - moved
        side = side_of_group(m.group, attackers_side)
        sides[side] = sides.get(side, 0) + moved
    missing = fatalities.best - sum(sides.values())
    if missing > 0:  # a revised toll larger than the named groups: the rest is unknown
        sides["unknown"] = sides.get("unknown", 0) + missing
    value = {k: (v if v > 0 else None) for k, v in sides.items()}
    counted = any(m.outcome == "killed" and m.group == "attackers" for m in mentions)
    return (
        DeathsBySide(
            value.get("actor1"), value.get("actor2"), value.get("civilians"), value.get("unknown")
        ),
        value.get(attackers_side) if counted else None,
    )


def ordered_range(figure: Casualties) -> Casualties:
    """``low <= best <= high`` whenever ``best`` is known: a missing or inconsistent end
    takes the best figure ("15, 15, None" is 15, 15, 15; "3, 1, 3" is 1, 1, 3)."""
    if figure.best is None:
        return figure
    low = figure.best if figure.low is None else min(figure.low, figure.best)
    high = figure.best if figure.high is None else max(figure.high, figure.best)
    return Casualties(low, figure.best, high)


def side_of_group(group: str, attackers_side: str) -> str:
    """The ``deaths_by_side`` key a casualty group goes to."""
    if group == "attackers":
        return attackers_side
    if group in ("security", "target_side"):
        return "actor2" if attackers_side == "actor1" else "actor1"
    return group if group == "civilians" else "unknown"


def _whole_toll(m: CasualtyMention) -> bool:
    """Whether ``m`` is a total of all the dead of its own incident ("a total of 3")."""
    return (
        m.outcome == "killed"
        and m.relation == "total"
        and m.shared_by is None
        and not m.earlier
        and m.quantity.best is not None
    )


# "a fourth was shot dead", "killed the second gunman", "another attacker died": an attacker
# told by his rank among them is not the one who blew himself up
_ONE_MORE: Final = re.compile(
    r"^(?:a|the) (?:second|third|fourth|fifth|sixth|last|remaining|other)\b|^another\b",
    re.IGNORECASE,
)


# "A suicide bomber blew himself up ...; the two gunmen were also killed": gunmen counted
# beside a bomber who blew himself up are others than he
_IMPLIED_BOMBER: Final = re.compile(r"\bbomber\b", re.IGNORECASE)
_COUNTED_GUNMEN: Final = re.compile(r"\bgunm[ae]n\b", re.IGNORECASE)


def _one_more_attacker(m: CasualtyMention) -> bool:
    """Whether ``m`` counts one attacker told as one more than others ("a fourth", "the
    second gunman"): beside him, the attackers who blew themselves up died too."""
    return m.quantity.best == 1 and _ONE_MORE.search(m.group_text or m.quantity.text) is not None


def effective_mentions(mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """Resolve deaths implied by "blew himself up": counted only when the text does not count
    the attackers' dead itself, and only once."""
    bomber = any(m.relation == "implied" and _IMPLIED_BOMBER.search(m.text) for m in mentions)
    attackers_dead = any(
        m.outcome == "killed"
        and m.group == "attackers"
        and m.relation in ("count", "subset")
        and not _one_more_attacker(m)
        and not (bomber and _COUNTED_GUNMEN.search(m.group_text or m.quantity.text))
        for m in mentions
    )
    # "A total of 3 people were killed: two fighters and a passer-by": a total of everyone who
    # died holds the bomber too; his implied death is not one more (a revised toll, "rose to
    # 16", is left alone: writers split on whether it holds him)
    attackers_dead = attackers_dead or any(_whole_toll(m) for m in mentions)
    kept: list[CasualtyMention] = []
    implied_seen = False
    for m in mentions:
        if m.relation == "implied":
            if attackers_dead or implied_seen:
                continue
            implied_seen = True
            m = CasualtyMention(
                m.start,
                m.end,
                m.text,
                m.outcome,
                m.quantity,
                m.group,
                m.group_text,
                "count",
                m.shared_by,
            )
        kept.append(m)
    return kept


def _own_before_shared(
    mentions: list[CasualtyMention], related: int | None
) -> list[CasualtyMention]:
    """Figures given for several incidents together ("in total 26 died at the three sites"),
    their subsets included, give way to the incident's own figures for that outcome."""
    own = {m.outcome for m in mentions if m.shared_by is None and usable(m, False, related)}
    return [m for m in mentions if m.shared_by is None or m.outcome not in own]


def _first_toll_counted(m: CasualtyMention) -> CasualtyMention:
    """A toll the text says was superseded ("the governor first gave a toll of 42; hospital
    officials later said 89 died") is a first count of the dead, which a later figure revises,
    not the last word a toll otherwise is."""
    if m.earlier and m.relation in ("revision", "total"):
        return replace(m, relation="count")
    return m


def aggregate(
    mentions: Sequence[CasualtyMention],
    *,
    attackers_side: str = "actor1",
    closed_world: bool = False,
    related: int | None = None,
) -> CasualtyTotals:
    """Totals for one event from its mentions (rules in docs/quantities.md).

    ``attackers_side`` is the side the perpetrators are on ("actor1" by default).
    ``closed_world`` applies the incident-summary rule of docs/gold-format.md: the summary is
    a complete account, so an outcome it never mentions is 0, while vague figures ("several
    people were killed") give no usable figure (``None``). ``related`` is N in "one of N
    related attacks": with it, figures given only "across the attacks" are divided by N as
    GTD does; without it they are not used.
    """
    mentions = _own_before_shared(effective_mentions(mentions), related)
    mentions = [_first_toll_counted(m) for m in mentions]
    fatalities = _totals(mentions, "killed", related, closed_world)
    injuries = _totals(mentions, "injured", related, closed_world)
    kidnapped = _totals(mentions, "kidnapped", related, closed_world=False)
    sides, attackers = _side_deaths(mentions, attackers_side, fatalities, related, closed_world)
    return CasualtyTotals(
        fatalities=fatalities,
        injuries=injuries,
        deaths_by_side=sides,
        attackers_killed=attackers,
        kidnapped=kidnapped.best,
    )
