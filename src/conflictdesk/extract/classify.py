"""From trigger words to event type: ACLED event/sub-event type and GTD attack/weapon type.

GTD attack types follow the codebook hierarchy, the first that applies: Assassination,
Hijacking, Hostage Taking (Barricade), Hostage Taking (Kidnapping), Bombing/Explosion, Armed
Assault, Facility/Infrastructure Attack, Unknown. ACLED types follow the means and the target:
explosives are Explosions/Remote violence; fighting with an armed side (police, soldiers,
militants) is Battles/Armed clash; violence against unarmed people is Violence against
civilians. Arrests, threats and surrenders are Strategic developments and carry no GTD
attack type. A foiled or defused bomb is Disrupted weapons use for ACLED, while GTD still
codes the attempted bombing (tag ``attempt_failed``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictdesk.extract.caseless import Gated
from conflictdesk.extract.triggers import (
    ASSAULT_MEANS,
    EXPLOSIVE_MEANS,
    TriggerHit,
)

ATTACK_MEANS = frozenset(
    (
        *EXPLOSIVE_MEANS,
        *ASSAULT_MEANS,
        *("hijack", "barricade", "kidnap", "arson", "destroy", "assassination", "killing"),
        *("unarmed", "overrun"),
    )
)
_FIREARMS_BY_DEFAULT = frozenset(
    {"Armed Assault", "Assassination", "Hijacking", "Hostage Taking (Barricade Incident)"}
)
# GTD codes an attack with firearms as an armed assault even when grenades, projectiles
# (rockets, mortars) or explosives of no stated kind are used besides them; only a named
# device (a roadside or vehicle bomb, a suicide bomber, an air strike) makes it a bombing.
_BESIDE_FIREARMS = frozenset({"grenade", "shelling", "explosion"})
_FIRING = re.compile(r"fir(?:ed|ing)\b", re.IGNORECASE)
# A suicide vest or belt as worn, not as set off: "gunmen in suicide vests", "explosive
# belts", "a vest packed with explosives" (not "detonated his vest", "a suicide bomber").
_WORN_VEST = re.compile(
    r"^(?:(?:suicide|explosive|explosives?[- ]laden|bomb)[- ](?:vest|belt|jacket)s?"
    r"|(?:vest|belt|jacket)s? (?:packed|filled|laden|loaded|rigged|lined) with explosives?)$",
    re.IGNORECASE,
)
# Words that say a device went off or was stopped: then the vests are no longer just worn.
_DEVICE_OUTCOME = frozenset({"explosion", "failed", "premature"})
# A siege holds people: "took hostages inside", "held employees inside for hours"; not the
# defenders who "held out for two days".
_HELD = re.compile(
    r"hostage|^(?:(?:was|were)\s+)?(?:held|kept|holding|keeping)\b(?!\s+out\b)", re.IGNORECASE
)
# A failure word that names the device itself: "a bomb was found", "explosives were discovered".
_DEVICE = re.compile(r"bomb|device|explosive", re.IGNORECASE)
# Words of taking people away (a kidnapping), not of holding them: "abducted", "seized".
_TAKEN_AWAY = re.compile(r"kidnap|abduct|seiz|away|carried off", re.IGNORECASE)
# The account says how the attack was carried out is not known (GTD: Unknown attack type).
_MEANS_UNKNOWN = re.compile(r"^(?:how|method|means|manner|further|details)\b", re.IGNORECASE)
# Unarmed assaults with fists and feet, or a vehicle driven into people (GTD weapon types).
_BEATING = re.compile(
    r"kick|punch|beat|flogg|armed with|struck on|with (?:stones|rocks|sticks|clubs|fists|batons)",
    re.IGNORECASE,
)
# Words of entering a place, which name no arms: "raided a school and beat the teachers".
_ENTRY = re.compile(r"^(?:raid|storm)", re.IGNORECASE)
_RAMMING = re.compile(r"^(?:drove|rammed|ploughed|plowed)\b", re.IGNORECASE)
_DROVE_OFF = re.compile(r"drove\b", re.IGNORECASE)
# The pack's words for a security operation or raid (``triggers.json``).
_OPERATION_WORD = Gated(
    re.compile(r"операци|спецоперац|operasyon|داهم|مداهمة|عملية", re.IGNORECASE)
)
_GENERIC_ATTACK = re.compile(r"^attacks?$", re.IGNORECASE)
_BARE_TOOK = re.compile(r"^took$", re.IGNORECASE)
VEHICLE_WEAPON = "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)"
_EXPLOSIVE_SUB = {
    "suicide": "Suicide bomb",
    "air": "Air/drone strike",
    "vbied": "Remote explosive/landmine/IED",
    "ied": "Remote explosive/landmine/IED",
    "grenade": "Grenade",
    "shelling": "Shelling/artillery/missile attack",
    "explosion": "Remote explosive/landmine/IED",
}


@dataclass(frozen=True, slots=True)
class EventClass:
    """An event's type in both vocabularies, and the word that decided it."""

    event_type: str
    sub_event_type: str
    attack_type: str | None
    weapon_type: str | None
    suicide: bool
    trigger: TriggerHit | None
    tags: tuple[str, ...] = ()


def is_attack(hits: list[TriggerHit]) -> bool:
    return any(h.means in ATTACK_MEANS for h in hits)


def _first(hits: list[TriggerHit], means: tuple[str, ...]) -> TriggerHit | None:
    for wanted in means:
        for hit in hits:
            if hit.means == wanted:
                return hit
    return None


def _weapon(hits: list[TriggerHit], attack_type: str | None) -> str:
    """The weapon named, else the usual one for the attack type (GTD: an armed assault,
    assassination, hijacking or siege with no weapon named was carried out with firearms)."""
    means = {h.means for h in hits}
    if means & set(EXPLOSIVE_MEANS):
        return "Explosives"
    if "unarmed" in means:
        unarmed = next(h for h in hits if h.means == "unarmed")
        if _BEATING.search(unarmed.text):
            return "Melee"
        return VEHICLE_WEAPON if _RAMMING.match(unarmed.text) else "Chemical"
    if "firearm" in means:
        return "Firearms"
    if "melee" in means:
        return "Melee"
    if "arson" in means:
        return "Incendiary"
    if attack_type == "Hijacking" and all(
        _DROVE_OFF.match(h.text) for h in hits if h.means == "hijack"
    ):
        return "Unknown"  # a vehicle driven off with no weapon named
    if attack_type in _FIREARMS_BY_DEFAULT:
        return "Firearms"
    return "Unknown"


def _non_attack(hits: list[TriggerHit], casualties: bool) -> EventClass | None:
    attack_hits = [h for h in hits if h.means in ATTACK_MEANS]
    # An operation by security forces only frames what they did in it: "düzenlediği
    # operasyonla gözaltına aldı" (detained in an operation) is an arrest.
    acts = [h for h in attack_hits if not _OPERATION_WORD.search(h.text)]
    first_attack = min((h.start for h in acts), default=None)

    def leads(means: str) -> TriggerHit | None:
        hit = _first(hits, (means,))
        if hit is None or casualties:
            return None
        if first_attack is None or hit.start < first_attack:
            return hit
        return None

    arrest = leads("arrest")
    if (
        arrest is not None
        # "detained two reporters and beat them": the beating is the attack
        and not any(h.means in ("killing", "unarmed") for h in hits)
        and not _bomber_stopped(hits)
    ):
        return EventClass("Strategic developments", "Arrests", None, None, False, arrest)
    threat = leads("threat")
    if threat is not None:
        return EventClass("Strategic developments", "Other", None, None, False, threat, ("threat",))
    if not attack_hits:
        for means, (event_type, sub) in (
            ("surrender", ("Strategic developments", "Change to group/activity")),
            ("protest", ("Protests", "Peaceful protest")),
            ("arrest", ("Strategic developments", "Arrests")),
            ("threat", ("Strategic developments", "Other")),
        ):
            hit = _first(hits, (means,))
            if hit is not None:
                tags = ("threat",) if means == "threat" else ()
                return EventClass(event_type, sub, None, None, False, hit, tags)
    return None


def _bomber_stopped(hits: list[TriggerHit]) -> bool:
    """A would-be suicide bomber arrested before he could set off his vest ("police arrested
    a man wearing a suicide vest before he could detonate it"): GTD codes the attempted
    bombing, not the arrest."""
    means = {h.means for h in hits}
    return "suicide" in means and "failed" in means


def _hostage_class(
    hits: list[TriggerHit], tags: tuple[str, ...], suicide: bool, armed_target: bool
) -> EventClass | None:
    hostage = _first(hits, ("hijack", "barricade", "kidnap"))
    if hostage is None:
        return None
    if hostage.means == "barricade":
        held = [h for h in hits if h.means == "barricade" and _HELD.search(h.text)]
        if not held and _first(hits, ("kidnap",)) is None:
            return None  # a siege without hostages is an armed assault
        # "seized 23 volunteers from a bus ... killed during the standoff": the standoff
        # was over people taken away, a kidnapping
        taken = [h for h in hits if h.means == "kidnap" and _TAKEN_AWAY.search(h.text)]
        hostage = held[0] if held else (taken[0] if taken else hostage)
    if hostage.means == "barricade":
        # a siege with hostages is fought out with whoever guards the place
        event_type, sub = (
            ("Battles", "Armed clash") if armed_target else ("Violence against civilians", "Attack")
        )
        attack = "Hostage Taking (Barricade Incident)"
        weapon = _weapon(hits, attack)
        return EventClass(event_type, sub, attack, weapon, suicide, hostage, tags)
    attack = "Hijacking" if hostage.means == "hijack" else "Hostage Taking (Kidnapping)"
    extra = ("kidnapping",) if hostage.means == "kidnap" else ()
    return EventClass(
        "Violence against civilians",
        "Abduction/forced disappearance",
        attack,
        _weapon(hits, attack),
        suicide,
        hostage,
        (*tags, *extra),
    )


def _explosive_class(
    hits: list[TriggerHit], tags: tuple[str, ...], suicide: bool, assassination: bool
) -> EventClass | None:
    explosive = _first(hits, EXPLOSIVE_MEANS)
    if explosive is None:
        explosive = _found_device(hits)
    if explosive is None:
        return None
    sub = _EXPLOSIVE_SUB[explosive.means]
    event_type = "Explosions/Remote violence"
    if any(h.means == "failed" for h in hits):
        event_type, sub = "Strategic developments", "Disrupted weapons use"
    attack_type = "Assassination" if assassination else "Bombing/Explosion"
    return EventClass(event_type, sub, attack_type, "Explosives", suicide, explosive, tags)


def _found_device(hits: list[TriggerHit]) -> TriggerHit | None:
    """A bomb found before it went off ("a bomb was found under a bridge"): the attempted
    bombing (GTD), its weapon disrupted (ACLED), read as a planted device."""
    for h in hits:
        if h.means == "failed" and _DEVICE.search(h.text):
            return TriggerHit(h.start, h.end, h.text, "ied")
    return None


def unexploded_vests(hits: list[TriggerHit]) -> bool:
    """Whether the attackers wore suicide vests that the account never says went off: every
    suicide word is a worn vest or belt, and no explosion, failure or premature blast is told
    ("three gunmen in suicide vests stormed the hotel"; not "... two of them blew themselves
    up", "a bomber in a vest was shot before he could detonate it")."""
    worn = False
    for hit in hits:
        if hit.means == "suicide":
            if not _WORN_VEST.match(hit.text):
                return False
            worn = True
        elif hit.means in _DEVICE_OUTCOME:
            return False
    return worn


def firearms_first(hits: list[TriggerHit]) -> bool:
    """Whether firearms were used and every explosive named is one GTD counts as used besides
    them: a grenade or a rocket, explosions of no stated kind beside those, and suicide vests
    worn but never set off (GTD: gunmen in suicide vests make an armed assault)."""
    means = {h.means for h in hits}
    explosives = means & set(EXPLOSIVE_MEANS)
    named = explosives & {"grenade", "shelling"}
    vests = unexploded_vests(hits)
    beside = _BESIDE_FIREARMS | {"suicide"} if vests else _BESIDE_FIREARMS
    # "rockets were fired at the base", "firing mortars": the verb fires the projectile
    guns = [h for h in hits if h.means == "firearm" and not _FIRING.match(h.text)]
    return bool(guns) and (bool(named) or vests) and explosives <= beside


def _vests_storming(hits: list[TriggerHit]) -> bool:
    """Attackers in suicide vests that never went off who stormed or attacked a place with no
    weapon named: GTD's armed assault ("four attackers, two of them in suicide vests,
    stormed the hotel"), as with gunmen in vests."""
    explosives = {h.means for h in hits} & set(EXPLOSIVE_MEANS)
    stormed = any(h.means == "assault" and not _GENERIC_ATTACK.match(h.text) for h in hits)
    return stormed and explosives <= {"suicide", "grenade", "shelling"} and unexploded_vests(hits)


def classify(
    hits: list[TriggerHit],
    *,
    armed_target: bool,
    prominent_target: bool,
    casualties: bool,
    territory: bool = True,
) -> EventClass | None:
    """The event class of the trigger words of one event, or ``None`` if none signal one.

    ``territory``: the target is a seat of territorial control (a district centre), so
    overrunning it is a non-state actor taking territory rather than a clash."""
    if not hits:
        return None
    other = _non_attack(hits, casualties)
    if other is not None:
        return other
    if not is_attack(hits) and _found_device(hits) is None:
        return None
    suicide = any(h.suicide or h.means == "suicide" for h in hits)
    failed = any(h.means in ("failed", "premature") for h in hits)
    tags: tuple[str, ...] = ("attempt_failed",) if failed else ()
    assassination = _first(hits, ("assassination",)) is not None or prominent_target
    if (
        _first(hits, ("unarmed",)) is not None
        and _first(hits, ("killing", "assassination")) is None
    ):
        assassination = False  # acid thrown at a presenter is meant to maim, not to kill
    if firearms_first(hits) or _vests_storming(hits):
        # (any suicide word left is a vest worn, never set off: ``unexploded_vests``)
        hits = [h for h in hits if h.means not in _BESIDE_FIREARMS and h.means != "suicide"]
    if assassination and _taken_from_home_only(hits):
        # GTD's hierarchy: a prominent person taken from home and found shot is an
        # assassination; the bare "took" is no kidnapping word of its own
        hits = [h for h in hits if h.means != "kidnap"]
    found = _hostage_class(hits, tags, suicide, armed_target) or _explosive_class(
        hits, tags, suicide, assassination
    )
    if found is not None:
        return found
    assault = _first(hits, ASSAULT_MEANS)
    unarmed = _first(hits, ("unarmed",))
    property_hit = _first(hits, ("arson", "destroy"))
    deciding = assault or unarmed or _first(hits, ("assassination", "killing")) or property_hit
    # Property harmed with no one hurt is a facility attack, unless a town or post was
    # overrun ("took the town and burned the offices") or people were beaten or poisoned
    # ("beat the guard and set the office on fire") or shot ("shot the driver and burned the
    # tanker"): those are the attack.
    if (
        property_hit is not None
        and not casualties
        and _first(hits, ("overrun", "unarmed")) is None
        and not _person_shot(hits)
    ):
        return EventClass(
            "Strategic developments",
            "Looting/property destruction",
            "Facility/Infrastructure Attack",
            "Incendiary" if property_hit.means == "arson" else "Unknown",
            suicide,
            property_hit,
            tags,
        )
    if _first(hits, ("overrun",)) is not None and territory:
        event_type, sub = "Battles", "Non-state actor overtakes territory"
    elif _first(hits, ("clash", "overrun")) is not None or armed_target:
        event_type, sub = "Battles", "Armed clash"
    else:
        event_type, sub = "Violence against civilians", "Attack"
    if assassination and not _aim_only_with_means_unknown(hits):
        attack_type = "Assassination"
    elif unarmed is not None and _no_arms_used(hits):
        attack_type = "Unarmed Assault"
    elif _means_unknown(hits):
        attack_type = "Unknown"
    elif assault is not None or _first(hits, ("overrun",)) is not None:
        # GTD: overrunning posts or a town is fought out with firearms, an armed assault.
        attack_type = "Armed Assault"
    else:
        attack_type = "Unknown"
    return EventClass(
        event_type, sub, attack_type, _weapon(hits, attack_type), suicide, deciding, tags
    )


# Words that name the attackers as armed, not an act with arms: "gunmen beat two teachers".
_ARMED_ATTACKERS = re.compile(
    r"^(?:gunm[ae]n|armed\s+(?:men|assailants|attackers|militants|individuals|gunmen|group))$",
    re.IGNORECASE,
)


# A shooting told with its verb: "they shot the driver and burned the tanker".
_SHOT = re.compile(r"^shot\b", re.IGNORECASE)


def _person_shot(hits: list[TriggerHit]) -> bool:
    """Whether someone was shot ("shot the driver and burned the vehicle"): the shooting is
    the attack even when the toll tells no one dead, so it is no facility attack."""
    return any(h.means == "firearm" and _SHOT.match(h.text) for h in hits)


def _taken_from_home_only(hits: list[TriggerHit]) -> bool:
    """Whether every hostage word is the bare "took" of "took an official from his home"
    (``lexicon_en``), with no kidnapping, hostage or siege word besides."""
    taken = [h for h in hits if h.means in ("hijack", "barricade", "kidnap")]
    return bool(taken) and all(_BARE_TOOK.match(h.text) for h in taken)


def _no_arms_used(hits: list[TriggerHit]) -> bool:
    """Whether the assault words beside a poisoning or a beating name no arms used: none, the
    bare "attack" ("the person behind the attack"), or only armed attackers ("gunmen dragged
    two teachers out and beat them with rifle butts" is an unarmed assault, GTD)."""
    return all(
        _GENERIC_ATTACK.match(h.text) or _ARMED_ATTACKERS.match(h.text) or _ENTRY.match(h.text)
        for h in hits
        if h.means in ASSAULT_MEANS
    )


def _aim_only_with_means_unknown(hits: list[TriggerHit]) -> bool:
    """Whether a prominent person was attacked by means the account says are not known and
    no assassination word is used ("assailants attacked a tribal elder ... details of how the
    attack was carried out were not reported"): the summary's coder left the attack type
    Unknown, which GTD does when the means are not told."""
    return _first(hits, ("assassination",)) is None and _means_unknown(hits)


def _means_unknown(hits: list[TriggerHit]) -> bool:
    """Whether the account says the means are unknown ("how the attack was carried out was
    not reported") and names no weapon or act beyond a bare "attacked" or "killed"."""
    means = {h.means for h in hits}
    generic = {"assault", "clash", "killing", "failed", "premature"}
    told = any(h.means == "assault" and _MEANS_UNKNOWN.match(h.text) for h in hits)
    return told and means <= generic
