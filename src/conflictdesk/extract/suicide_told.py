"""Suicide attacks told without the word "suicide".

A report often tells a suicide attack by what happened rather than by name: "a bomber on
foot set off his charge", "a woman with explosives hidden under her burqa", "a car packed
with explosives was driven into the gates", "the bomber died in the blast", "killing 80
people including himself", "along with the driver of the van". GTD codes suicide when the
attacker meant to die in the attack (also when the charge failed to go off), and ACLED's
sub-event type of such a bombing is "Suicide bomb", as ``classify`` sets it for the word.

A bomb planted, parked, timed or set off from afar is no suicide attack, nor is an attacker
shot dead by police after a shootout, nor one who only "died" in a blast (he may have been
carrying or laying the bomb), nor a victim who drove the bus that was hit.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Final, Protocol

from conflictdesk.extract.caseless import Gated
from conflictdesk.extract.classify import EventClass
from conflictdesk.extract.triggers import EXPLOSIVE_MEANS, TriggerHit


class _Sentence(Protocol):
    @property
    def text(self) -> str: ...


class _Member(Protocol):
    @property
    def sentence(self) -> _Sentence: ...


_SUICIDE_BOMB: Final = "Suicide bomb"
_BOMBING: Final = "Bombing/Explosion"
_EXPLOSIONS: Final = "Explosions/Remote violence"
# Attack types a suicide bombing keeps: a hostage siege or hijacking stays what it is (as
# ``classify`` does for the word), an assassination stays one whatever the weapon.
_KEPT_ATTACK_TYPES: Final = frozenset(
    {
        "Assassination",
        "Hijacking",
        "Hostage Taking (Barricade Incident)",
        "Hostage Taking (Kidnapping)",
    }
)

# A device set off from afar, left behind, stuck on or thrown, or a bomber who got away: he
# did not mean to die with it.
_FROM_AFAR: Final = Gated(
    re.compile(
        r"\bplant(?:ed|ing)\b|\bparked\b|\bremote(?:ly)?[- ](?:control\w*|detonat\w*|trigger\w*)"
        r"|\b(?:detonated|triggered|set off|exploded) (?:\w+ )?(?:remotely|by remote)\b"
        r"|\btim(?:ed|er)\b"
        r"|\bmagnetic\b|\bsticky bomb|\blimpet\b|\bcontrolled (?:detonation|explosion)"
        r"|\battached (?:to|on|under)\b|\b(?:threw|thrown|hurled|tossed|lobbed)\b"
        r"|\b(?:bomber|attacker|assailant)s? (?:\w+ )?(?:fled|escaped|got away)\b",
        re.IGNORECASE,
    )
)
# "bomber" as the attacker, not the aircraft ("B-52 bombers", "bomber jets"), nor the one who
# made or laid a device ("bomb-maker", "roadside bomber").
_BOMBER: Final = Gated(
    re.compile(
        r"(?<![\w-])(?<!roadside )(?<!b-52 )(?<!stealth )(?<!strategic )bombers?\b"
        r"(?! (?:jets?|aircraft|planes?|squadrons?|crews?|pilots?|flights?|fleet)\b)",
        re.IGNORECASE,
    )
)
# The attacker died by his own act in a blast: "killing 80 people including himself",
# "besides himself", "detonated himself", "killing six guards and himself" (not a gunman
# who shot people and then himself: ``suicide_told`` asks for an explosive).
_SELF: Final = re.compile(
    r"\b(?:killing|killed|including|besides|as well as|along with|not counting|detonated"
    r"|blew up) (?:him|her|them)sel(?:f|ves)\b"
    r"|\bkill(?:ing|ed) [^.;]{0,60}? and (?:him|her|them)sel(?:f|ves)\b",
    re.IGNORECASE,
)
# The charge worn on the body: "explosives hidden under her burqa", "a bomb hidden under
# the clothes of a man", "explosives tied around his waist", "explosives in his turban".
_WORN_PLACE: Final = (
    r"(?:clothes|clothing|garments?|burqa|burka|chador|coat|overcoat|jacket|shirt|robe|shawl"
    r"|turban|cap|waist|body|chest|torso|arm|legs?|artificial leg|prosthetic(?: leg)?"
    r"|shoes?|underwear)"
)
_WORN: Final = re.compile(
    r"\b(?:explosives?|bomb|charge|device)s? (?:[\w-]+ ){0,3}?"
    r"(?:under|beneath|in|inside|around|on|to|into) (?:his|her|their) (?:own )?(?:[\w-]+ )?"
    + _WORN_PLACE
    + r"\b"
    r"|\b(?:explosives?|bomb|charge|device)s? (?:[\w-]+ ){0,2}?(?:under|beneath|inside|in) the "
    r"(?:clothes|clothing|garments?|burqa|coat) of\b"
    r"|\b(?:belt|vest|jacket|waistcoat)s? of explosives\b"
    r"|\bexplosives? (?:that |which )?(?:he|she|they) (?:wore|was wearing|were wearing|had on)\b"
    r"|\bwearing (?:an? )?(?:explosives?|bomb)\b",
    re.IGNORECASE,
)
# The attacker set off the charge he carried: "set off his charge", "detonated vests" (a vest
# is the suicide bomber's device), "the vest was set off", "triggered his suicide vest", "a
# second attacker set off explosives".
_SET_OFF: Final = Gated(
    re.compile(
        r"\b(?:detonated|set off|triggered|exploded|blew up) (?:his|her|their) (?:own )?"
        r"(?:suicide )?(?:charges?|explosives?|devices?|payload|load|vests?|belts?)\b"
        r"|\b(?:detonated|set off|triggered|exploded|blew up) (?:the |their |two |three )?"
        r"(?:explosives? |suicide )?(?:vests?|belts?)\b"
        r"|\b(?:vest|belt)s? (?:was |were )(?:set off|detonated|triggered)\b"
        r"|\b(?:attacker|assailant|man|woman|boy|girl|teenager|youth|one of them)"
        r" (?:[\w-]+ ){0,2}?(?:detonated|set off|triggered) (?:the )?explosives\b",
        re.IGNORECASE,
    )
)
# A vehicle laden with explosives driven into its target: "a car packed with explosives was
# driven into the gates", "an explosive-laden car drove into a convoy", "a minivan laden with
# explosives hit a convoy", "drove a captured Humvee full of explosives into the base", "drove
# a truck bomb into the gate" (not
# one parked, nor one that only "exploded").
_VEHICLE: Final = (
    r"(?:car|truck|lorry|vehicle|van|minivan|minibus|tanker|ambulance|taxi|humvee|pickup"
    r"|pick-up|jeep|suv|motorcycle|motorbike|rickshaw|bus)s?"
)
_LADEN: Final = (
    r"(?:(?:packed|laden|loaded|filled|rigged|stuffed|crammed) with|full of) explosives?"
)
_DRIVEN: Final = (
    r"(?:(?:was|were) )?(?:driven|drove|rammed|crashed|smashed|slammed|ploughed|plowed"
    r"|swerved|sped|hit|struck)\b"
)
_DRIVEN_IN: Final = Gated(
    re.compile(
        r"\bexplosives?[- ](?:laden|packed|filled|rigged|loaded) (?:[\w-]+ ){0,2}?"
        + _VEHICLE
        + r" "
        + _DRIVEN
        + r"|\b"
        + _VEHICLE
        + r" "
        + _LADEN
        + r",? "
        + _DRIVEN
        + r"|\b(?:drove|rammed|steered) (?:an? |the |his |her )?(?:[\w-]+ ){0,2}?"
        r"(?:explosives?[- ](?:laden|packed|filled|rigged|loaded) (?:[\w-]+ ){0,2}?"
        + _VEHICLE
        + r"|"
        + _VEHICLE
        + r" "
        + _LADEN
        + r")"
        + r"|\b(?:drove|driven|rammed|steered) (?:an? |the |his |her )?(?:[\w-]+ )?"
        + _VEHICLE
        + r"[- ]bombs? (?:into|at|through)\b"
        + r"|\b"
        + _VEHICLE
        + r"[- ]bombs? (?:was |were )?(?:driven|rammed) (?:into|at|through)\b",
        re.IGNORECASE,
    )
)
# The driver of the bomb vehicle died with it: "along with the driver of the van", "as was
# the man behind the wheel", "among them the driver of the car" (not "the driver of the
# targeted bus": the vehicle named must be the one the bomb was in).
_DRIVER_OF: Final = re.compile(r"\bdriver of the ([\w-]+)", re.IGNORECASE)
_BEHIND_WHEEL: Final = re.compile(r"\b(?:man|person|one) behind the wheel\b", re.IGNORECASE)
_DEATH: Final = Gated(re.compile(r"\b(?:died|dead|killed|killing|death|toll)\b", re.IGNORECASE))
_BOMB_VEHICLE_MEANS: Final = frozenset({"vbied", "suicide"})
# The driver of a vehicle bomb caught before it went off: "the driver arrested before it
# went off", "detained the driver of the explosives-laden car".
_DRIVER_CAUGHT: Final = Gated(
    re.compile(
        r"\bdrivers? (?:was |were )?(?:arrested|detained|captured|caught|seized)\b"
        r"|\b(?:arrested|detained|captured|caught|seized) (?:the|its|his) drivers?\b",
        re.IGNORECASE,
    )
)
_EXPLOSIVE_MEANS: Final = frozenset(EXPLOSIVE_MEANS)
# The charge carried never went off: "the charge failed to go off", "surrendered before
# pressing the trigger", "the explosives were made safe" (not "one vest failed and the
# second went off": see ``_WENT_OFF``).
_FAILED: Final = Gated(
    re.compile(
        r"\b(?:failed to|did not|didn't|never) (?:go off|explode|detonate)\b"
        r"|\bbefore (?:pressing|pulling|triggering|setting off|detonating)\b"
        r"|\b(?:made safe|defused|disarmed)\b"
        r"|\bbefore (?:it|they) "
        r"(?:went off|exploded|detonated|could (?:go off|explode|detonate))\b",
        re.IGNORECASE,
    )
)
_WENT_OFF: Final = re.compile(
    r"(?<!before it )(?<!before they )\b(?:went off|exploded|blew up|blast|explosion)\b"
    r"|\b(?:killed|killing|died|dead)\b",
    re.IGNORECASE,
)
# The account denies a suicide attack: "the blast, which was not a suicide attack".
_NOT_SUICIDE: Final = re.compile(
    r"\bnot (?:a |an )?suicide\b|\bno suicide (?:bomber|attacker)\b", re.IGNORECASE
)
_SUB_WITHOUT_SUICIDE: Final = (
    ("air", "Air/drone strike"),
    ("grenade", "Grenade"),
    ("shelling", "Shelling/artillery/missile attack"),
    ("vbied", "Remote explosive/landmine/IED"),
    ("ied", "Remote explosive/landmine/IED"),
    ("explosion", "Remote explosive/landmine/IED"),
)


def with_suicide_told(
    cls: EventClass, members: Sequence[_Member], hits: Sequence[TriggerHit]
) -> EventClass:
    """The event class, a suicide bombing when its sentences tell one without the word (or
    tell the vest of gunmen going off), a disrupted one when the charge never went off, and
    no suicide bombing when they deny it."""
    if cls.attack_type is None:
        return cls
    text = " ".join(m.sentence.text for m in members)
    if cls.suicide and _NOT_SUICIDE.search(text):
        return _denied(cls, hits)
    if not cls.suicide and not suicide_told(text, hits):
        return cls
    if _FAILED.search(text) and not _WENT_OFF.search(text):
        return _disrupted(cls)
    if cls.suicide and not _SET_OFF.search(text):
        return cls  # vests worn by gunmen are an armed assault while none is told to go off
    return _as_suicide_bombing(cls)


def suicide_told(text: str, hits: Sequence[TriggerHit]) -> bool:
    """Whether the text of an attack tells that its attacker meant to die in it."""
    means = {h.means for h in hits}
    if means & _EXPLOSIVE_MEANS and _SELF.search(text):
        return True
    if _FROM_AFAR.search(text):
        return False
    if _WORN.search(text) or _SET_OFF.search(text) or _DRIVEN_IN.search(text):
        return True
    if not _fight_only(means) and _BOMBER.search(text):
        return True
    return _driver_died(text, hits) or _vehicle_bomb_driver_told(text, means)


def _vehicle_bomb_driver_told(text: str, means: set[str]) -> bool:
    """A vehicle bomb whose driver was caught with it: he brought it to die with it (a bomb
    parked or set off from afar is ruled out by ``_FROM_AFAR`` first)."""
    if "vbied" not in means:
        return False
    return bool(_DRIVER_CAUGHT.search(text))


def _fight_only(means: set[str]) -> bool:
    """A fight and no blast of its own: a bomber it names belongs to the attack
    it follows ("killed in the fighting; neither the gunmen nor the bomber are counted")."""
    return "clash" in means and not means & _EXPLOSIVE_MEANS


def _driver_died(text: str, hits: Sequence[TriggerHit]) -> bool:
    """The driver of the bomb's own vehicle died: the vehicle he drove is the one the bomb
    trigger names ("a car bomb ... the driver of the car")."""
    if not _DEATH.search(text):
        return False
    bomb_vehicles = " ".join(h.text.lower() for h in hits if h.means in _BOMB_VEHICLE_MEANS)
    if not bomb_vehicles:
        return False
    if _BEHIND_WHEEL.search(text):
        return True
    return any(m.group(1).lower() in bomb_vehicles for m in _DRIVER_OF.finditer(text))


def _as_suicide_bombing(cls: EventClass) -> EventClass:
    """The class ``classify`` gives an attack whose words name a suicide bombing: a bombing
    with explosives, its ACLED sub-event a suicide bomb; a disrupted bombing stays
    disrupted, and a siege, hijacking or assassination keeps its attack type."""
    if cls.sub_event_type == "Disrupted weapons use":
        return dataclasses.replace(cls, suicide=True)
    if cls.attack_type in _KEPT_ATTACK_TYPES and cls.attack_type != "Assassination":
        return dataclasses.replace(cls, suicide=True)
    attack_type = cls.attack_type if cls.attack_type in _KEPT_ATTACK_TYPES else _BOMBING
    return dataclasses.replace(
        cls,
        event_type=_EXPLOSIONS,
        sub_event_type=_SUICIDE_BOMB,
        attack_type=attack_type,
        weapon_type="Explosives",
        suicide=True,
    )


def _disrupted(cls: EventClass) -> EventClass:
    """A suicide bombing whose charge never went off: GTD's attempted bombing, ACLED's
    disrupted weapons use, as ``classify`` codes a foiled one."""
    tags = cls.tags if "attempt_failed" in cls.tags else (*cls.tags, "attempt_failed")
    return dataclasses.replace(
        cls,
        event_type="Strategic developments",
        sub_event_type="Disrupted weapons use",
        attack_type=_BOMBING,
        weapon_type="Explosives",
        suicide=True,
        tags=tags,
    )


def _denied(cls: EventClass, hits: Sequence[TriggerHit]) -> EventClass:
    """The class without the suicide the account denies: the sub-event of the other
    explosive named, if it was a suicide bomb."""
    if cls.sub_event_type != _SUICIDE_BOMB:
        return dataclasses.replace(cls, suicide=False)
    means = {h.means for h in hits}
    sub = next((s for m, s in _SUB_WITHOUT_SUICIDE if m in means), cls.sub_event_type)
    return dataclasses.replace(cls, suicide=False, sub_event_type=sub)
