"""Unnamed state forces as the acting side: "intelligence officers arrested", "the directorate
raided", "security forces killed".

Such a sentence names no actor, yet the perpetrator is known: the state of the place on that
date. In a pack's own country that is the armed group governing then (registry.government_on),
else the pack's state forces (an actor of kind ``state_forces`` in that country).
"""

from __future__ import annotations

import datetime as dt
import re

from conflictdesk.extract.caseless import Gated
from conflictdesk.resolve.registry import Registry

# A state body or its people directly followed by an act they carry out. Written from the
# dev/articles analysis pieces ("intelligence officers arrested", "the directorate arrested").
# Not after "as": "gunmen disguised as police officers stormed" are not the state.
# "its forces raided", "their forces stormed": in an analysis of a state's campaign, the
# forces of the state the paragraph is about (an armed group has "fighters", not "forces").
_STATE_SUBJECT = Gated(
    re.compile(
        r"(?<!\bas )\b(?:(?:intelligence|security|government|police|special|GDI|NDS)\s+"
        r"(?:officers|forces|agents|officials|operatives|units|personnel)"
        r"|(?:its|their)\s+(?:security\s+|special\s+)?forces"
        r"|the\s+(?:intelligence\s+)?directorate)\s+"
        r"(?:raided|arrested|detained|killed|captured|shot|stormed|seized|surrounded)\b",
        re.I,
    )
)


# The other languages name unnamed forces as the ones who carried out an operation or raid,
# the construction that tells the state's own act, not its answer to an attack: "في عملية
# دهم نفذتها قوات خاصة", "داهمت القوات الخاصة منزلا", "силовики провели спецоперацию",
# "güvenlik güçlerinin düzenlediği operasyonda".
_FORCES_AR = r"(?:ال)?(?:قوات|وحدات)\s+(?:ال)?(?:خاصة|الأمن|أمنية|الأمنية|الاستخبارات)"
_FORCES_OPERATION = Gated(
    re.compile(
        r"(?<!\w)(?:عملية|عمليات|دهم|مداهمة|حملة)\s+(?:\S+\s+){0,3}?(?:نفذتها|شنتها|قامت\s+بها)\s+"
        + _FORCES_AR
        + r"|(?<!\w)و?(?:داهمت|دهمت)\s+"
        + _FORCES_AR
        # "أن قوات تابعة للمديرية العامة للاستخبارات قتلت عنصرين": forces of a state body as the
        # subject of the act a statement reports
        + r"|(?<!\w)(?:ال)?(?:قوات|وحدات)\s+تابعة\s+(?:\S+\s+){1,3}?"
        r"(?:و?اعتقلت|و?قتلت|داهمت|نفذت|شنت)(?!\w)"
        + r"|(?<!\w)(?:силовики|спецназ|силы\s+безопасности|сотрудники\s+спецслужб)\s+"
        r"(?:\S+\s+){0,2}?пров[её]ли?\s+(?:спец)?операци"
        r"|(?<!\w)güvenlik\s+güçleri(?:nin|nce)?\s+(?:\S+\s+){0,3}?(?:düzenlediği|düzenlenen)\s+"
        r"(?:operasyon|baskın)"
        # the passive with no agent: "Herat'ta düzenlenen operasyonda üç militan öldürüldü" (an
        # operation, a raid that was carried out) is the state's, as a raid names no attacker
        r"|(?<!\w)(?:düzenlenen|gerçekleştirilen)\s+(?:\w+\s+){0,2}?(?:operasyon|baskın)\w*"
        r"\s+(?:\S+\s+){0,4}?\w+\s+(?:öldürüldü|yakalandı|gözaltına\s+alındı|etkisiz)",
        re.IGNORECASE,
    )
)


def names_state_agent(text: str) -> bool:
    """Whether ``text`` has unnamed state forces as the subject of an act, not of a clause
    that answers the attack ("held them hostage before special forces stormed the building":
    the forces ended the attack, they did not carry it out)."""
    return _FORCES_OPERATION.search(text) is not None or any(
        not _ANSWERING.search(text, max(0, m.start() - 40), m.start())
        for m in _STATE_SUBJECT.finditer(text)
    )


_ANSWERING = re.compile(r"\b(?:before|until|when)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def state_side(registry: Registry, date: dt.date | None, country: str | None) -> str | None:
    """The state actor of ``country`` (a pack's country; ``None``: the pack's) on ``date``."""
    pack_countries = [p.country for p in registry.packs]
    if country is None and len(pack_countries) == 1:
        country = pack_countries[0]
    if country is None or country not in pack_countries:
        return None
    ruling = registry.government_on(date)
    if ruling is not None:
        return ruling
    forces = sorted(
        a.id for a in registry.actors.values() if a.kind == "state_forces" and a.country == country
    )
    return forces[0] if forces else None


# Words for the armed group's own people as the ones acted upon ("killed two militants",
# "the group's intelligence chief", "ten other members"); from the dev/articles pieces.
_MILITANTS = Gated(
    re.compile(
        r"\b(?:militants?|insurgents?|jihadists?|fighters|members|the group's|cells?|suspects"
        r"|hideouts?|used by the group|ячейк\w*|боевик\w*|hücre\w*|militan\w*)",
        re.I,
    )
)


# The event's lead telling civilians as the dead: "killed 12 civilians", "civilians were
# killed", "погибли пять мирных жителей", "мирных жителей, в том числе ..., погибли", "7
# sivilin hayatını kaybettiği", "مقتل خمسة مدنيين". Militants the report names after it are
# the striking side's account ("the army said it hit militants") or another incident, not the
# side this attack fell on.
_CIVILIANS_DEAD = Gated(
    re.compile(
        r"\b(?:killed|kills|killing)\s+(?:at\s+least\s+)?(?:[\w-]+\s+){0,2}?civilians\b"
        r"|\bcivilians\s+(?:(?:were|have\s+been|had\s+been)\s+)?(?:killed|died|dead)\b"
        r"|(?<!\w)погибл\w*\s+(?:\S+\s+){0,4}?мирн\w+\s+(?:жител|люд)"
        r"|(?<!\w)мирн\w+\s+(?:жител|люд)\w*,?(?:\s+\S+){0,6}?\s+погибл"
        r"|(?<!\w)sivil\w*\s+(?:\S+\s+){0,2}?(?:hayatını\s+kaybet|öldü|can\s+verdi)"
        r"|(?<!\w)(?:مقتل|قتل|قتلت)\s+(?:\S+\s+){0,2}?مدني"
        # a toll that counts children among its dead: "Семь человек, в том числе четверо детей,
        # погибли", "killing nine people, including four children"
        r"|\bincluding\s+(?:\S+\s+){0,2}?children\b"
        r"|(?<!\w)в том числе\s+(?:\S+\s+){0,2}?дет(?:ей|и)",
        re.I,
    )
)
# How much of the event's text is its lead: the sentence stating the event, with a dateline.
_LEAD_CHARS = 400


def militants_hit(text: str, groups: tuple[str, ...], acting: str | None) -> str | None:
    """The document's main armed group other than ``acting`` (``groups`` ranked, most named
    first) when ``text`` names its people as the ones acted upon."""
    if _CIVILIANS_DEAD.search(text, 0, _LEAD_CHARS):
        return None
    if not _MILITANTS.search(text):
        return None
    return next((g for g in groups if g != acting), None)


def ranked_groups(actor_ids: list[str], registry: Registry) -> tuple[str, ...]:
    """The armed groups among ``actor_ids``, most often named first (ties: first named)."""
    counts: dict[str, int] = {}
    for actor_id in actor_ids:
        actor = registry.actors.get(actor_id)
        if actor is not None and actor.kind == "militant":
            counts[actor_id] = counts.get(actor_id, 0) + 1
    return tuple(sorted(counts, key=lambda a: -counts[a]))
