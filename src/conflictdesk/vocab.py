"""Controlled vocabularies of the event record (DESIGN section 4).

ACLED event and sub-event types, GTD attack, weapon and target types. Values outside these
sets never leave the extractor; tests check every produced event against them.
"""

from __future__ import annotations

from typing import Final

ACLED_TYPES: Final[dict[str, tuple[str, ...]]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

EVENT_TYPES: Final[frozenset[str]] = frozenset(ACLED_TYPES)
SUB_EVENT_TYPES: Final[frozenset[str]] = frozenset(s for v in ACLED_TYPES.values() for s in v)
SUB_TO_TYPE: Final[dict[str, str]] = {s: t for t, subs in ACLED_TYPES.items() for s in subs}

ATTACK_TYPES: Final[tuple[str, ...]] = (
    "Assassination",
    "Armed Assault",
    "Bombing/Explosion",
    "Hijacking",
    "Hostage Taking (Barricade Incident)",
    "Hostage Taking (Kidnapping)",
    "Facility/Infrastructure Attack",
    "Unarmed Assault",
    "Unknown",
)

WEAPON_TYPES: Final[tuple[str, ...]] = (
    "Biological",
    "Chemical",
    "Radiological",
    "Nuclear",
    "Firearms",
    "Explosives",
    "Fake Weapons",
    "Incendiary",
    "Melee",
    "Vehicle (not to include vehicle-borne explosives, i.e., car or truck bombs)",
    "Sabotage Equipment",
    "Other",
    "Unknown",
)

TARGET_TYPES: Final[tuple[str, ...]] = (
    "Business",
    "Government (General)",
    "Police",
    "Military",
    "Abortion Related",
    "Airports & Aircraft",
    "Government (Diplomatic)",
    "Educational Institution",
    "Food or Water Supply",
    "Journalists & Media",
    "Maritime",
    "NGO",
    "Other",
    "Private Citizens & Property",
    "Religious Figures/Institutions",
    "Telecommunication",
    "Terrorists/Non-State Militia",
    "Tourists",
    "Transportation",
    "Unknown",
    "Utilities",
    "Violent Political Party",
)

# Targets that analysts call "high profile": attacks on them buy attention (DESIGN, issue 5).
HIGH_PROFILE_TARGETS: Final[frozenset[str]] = frozenset(
    {"Government (Diplomatic)", "Government (General)", "Religious Figures/Institutions"}
)

DATE_PRECISIONS: Final[tuple[str, ...]] = ("day", "week", "month", "year", "unknown")
GEO_PRECISIONS: Final[tuple[int, ...]] = (1, 2, 3)
REVIEW_STATUSES: Final[tuple[str, ...]] = ("machine", "reviewed", "rejected")
PERSON_OUTCOMES: Final[tuple[str, ...]] = ("killed", "captured", "injured", "surrendered")

TAGS: Final[tuple[str, ...]] = (
    "leader_killed",
    "leader_captured",
    "threat",
    "high_profile",
    "attempt_failed",
    "claim",
    "attackers_killed",
    "kidnapping",
    "needs_translation",
)
