"""Named people in an event: who they are, their role, and what happened to them.

Names are found three ways: the pack's known people (any alias: "Abu Usman al-Kashmiri" is
Ahmad Ahangar), a title before a capitalised name ("Maulvi Rajab", "Qari Fateh", "Sheikh
Abdul Haseeb"), and Arabic kunyas ("Abu Omar al-Khorasani"). "X, also known as Y" and
"X, or the person known as Y" make Y an alias of X, not a second person. Roles come from
appositives ("Ziauddin, the group's second-in-command,") or a role before the name ("ISKP
leader Shahab al-Muhajir"); outcomes from the verb about the person (killed, captured,
injured, surrendered).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from conflictdesk.extract import phrases
from conflictdesk.extract.cache import per_registry
from conflictdesk.extract.caseless import Caseless, Gated, Needs, fold
from conflictdesk.extract.facts import Facts
from conflictdesk.extract.persons_foreign import foreign_names
from conflictdesk.extract.targets import mourned
from conflictdesk.extract.triggers import TriggerHit
from conflictdesk.model import PersonRef
from conflictdesk.resolve.registry import KnownPerson, Registry

_TITLES = (
    r"(?:Maulvi|Mawlawi|Mawlavi|Molvi|Moulvi|Maulana|Sheikh|Shaikh|Shaykh|Qari|Kari|Mullah|Mulla"
    r"|Mufti|Hafiz|Haji|Hajji|Commander|General|Gen\.|Dr\.|Dr|Ustad|Engineer|Eng\.|Qazi|Qadi"
    r"|Lt\.|Col\.|Colonel|Captain|Capt\.|Major|Maj\.|Brig\.|Brigadier"
    r"|(?:First |Second )?Lieutenant|Sergeant|Sgt\.)"
)
_NAME_WORD = r"(?:[A-Z][a-z'’]+(?:-[a-zA-Z'’]+)*|(?:al|el|ul|ud|ad|bin|ibn)-[A-Z][a-z'’]+)"
# Between two words of a name: "Abu Bakr al-Baghdadi", and the particles written apart in
# South Asian names ("Mujib ur Rahman Ansari", "Osama bin Laden").
_NAME_JOIN = r"\s+(?:al-|el-|ud-|ul-|(?:ur|ul|ud|bin|ibn)\s+)?"
_NAME = rf"{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{0,3}}"
_TITLED = re.compile(rf"\b{_TITLES}\s+(?P<name>{_NAME})")
# An untitled name made a person by its role: "Hamdullah Mukhlis, the commander of the Kabul
# corps", "Wahid Kakar, Kandahar's deputy governor", "cleric Mujib Rahman Ansari".
_ROLE_NAMED = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:{_NAME_JOIN}{_NAME_WORD}){{1,3}}),\s+"
    r"(?:the\s+|a\s+|an\s+|then\s+|[A-Z][\w-]+['’]s\s+)"
    rf"(?:[\w'’-]+\s+){{0,5}}?(?:commander|governor|minister|leader|emir|amir|cleric|chief"
    rf"|spokesman|deputy|head|founder|judge|official|guard|president|lawmaker|member of"
    rf"|senator|mayor|journalist|reporter|presenter|correspondent|editor|activist|imam"
    rf"|scholar|elder|prosecutor|diplomat|ambassador|envoy|officer|director|secretary"
    rf"|advis[eo]r|teacher|doctor|engineer"
    # a trade in apposition ("Ghani Rasooli, a money-changer, was abducted")
    rf"|money-changer|shopkeeper|trader|merchant|businessman)\b"
)
# An untitled name made a person by what happened to it: "Abdul Hasib was killed in a raid",
# "Abu Saad Orakzai, also known as Abu Saad Erhabi, was killed".
_NAMED_SUBJECT = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,\s*\d{{1,3}})?"
    # an apposition after the name ("X, the former president who led the talks, was killed"),
    # or the comma that closes one the name ends ("the team leader, X, died")
    rf"(?:,[^;.]{{1,130}}?,|,)?\s+"
    rf"(?:(?:was|had been|has been)\s+(?:\w+ly\s+)?(?:killed|captured|arrested|detained|"
    rf"assassinated|shot dead|wounded|injured|executed)|died|later died|lost his life"
    rf"|lost her life|succumbed)\b"
)
# A name with an age in apposition is a person: "Nasratullah Amin, 31, who hosted a show".
_AGED = re.compile(rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+\d{{1,3}},\s")
# "Among the dead was Zemari Ahmadi", "the victims included Abdul Basir", "killing nine
# people, among them Abdul Basir".
_AMONG_VICTIMS = re.compile(
    rf"\b(?:[Aa]mong (?:the |those )?(?:dead|killed|victims|wounded|injured|taken|abducted"
    rf"|kidnapped|hostages)"
    rf"(?:\s+(?:militants|fighters|insurgents|attackers|gunmen|civilians|soldiers|officers))?"
    rf"\s+(?:was|were)"
    rf"|[Aa]mong them"
    rf"|(?:[Tt]he )?(?:dead|victims|wounded) included)\s+"
    # "a man identified as", "the group's local commander": a short description before the
    # name, or one in apposition ("among those taken was the site foreman, X")
    rf"(?:(?:the\s+)?[a-z][\w'’-]*,?\s+){{0,4}}?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)
# "cleric Mujib Rahman Ansari"; a role in apposition before the name, closed by a comma:
# "fired at the head of mission, Rahim Gul Wardak, as he left", "his guard, Noor Agha, was".
# A diplomat's name may open with initials ("counsellor K. Subramanya Iyer"): the initials
# and one more word make a name.
_INITIALS = r"(?:[A-Z]\.\s?){1,2}"
# A role noun in lower case written right before a name, as a title ("shot prosecutor X",
# "Provincial police chief X", "the pastor X"). Capitalised, the word may be a given name
# ("Amir Mohammad") or name a place after a person ("the Imam Zaman mosque").
_ROLE_WORDS_BEFORE_NAME = (
    "commander",
    "governor",
    "minister",
    "cleric",
    "spokesman",
    "emir",
    "amir",
    "counsellor",
    "counselor",
    "consul",
    "attache",
    "attaché",
    "prosecutor",
    "judge",
    "journalist",
    "reporter",
    "presenter",
    "correspondent",
    "photographer",
    "cameraman",
    "chief",
    "member",
    "interpreter",
    "translator",
    "driver",
    "pastor",
    "priest",
    "comedian",
    "singer",
    "imam",
    "scholar",
    "teacher",
    "lecturer",
    "professor",
    "doctor",
    "engineer",
    "elder",
    "lawmaker",
    "senator",
    "activist",
    "mayor",
)
_ROLE_THEN_NAME = re.compile(
    r"\b(?:"
    + "|".join(_ROLE_WORDS_BEFORE_NAME)
    + rf")\s+(?P<name>{_INITIALS}{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    rf"|{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})"
)
# One word is a name there too when its predicate follows: "A vaccinator, Noorullah, was
# hit in the leg", "the commander, Nasrullah, died".
_ROLE_APPOSED = re.compile(
    r"\b(?:commander|governor|minister|cleric|emir|amir|head of mission|ambassador|guard"
    r"|bodyguard|driver|imam|mayor|judge|prosecutor|journalist|reporter|presenter"
    r"|correspondent|vaccinator|teacher|doctor|nurse|engineer|interpreter|translator"
    rf"|shopkeeper|farmer|soldier|policeman|officer|elder),\s+(?P<name>{_NAME_WORD}"
    # a name of two words or more closed by a comma or by the sentence's end ("trying to
    # kill the head of mission, Rahim Gul Wardak.")
    rf"(?:\s+{_NAME_WORD}){{1,3}}(?=,|\.(?:\s|$))"
    rf"|{_NAME_WORD}(?=,\s+(?:was|were|had|has|died|later|who)\b))"
)
# The victim named after the verb and a description: "killing a Sikh worshipper, Sawinder
# Singh, and a guard", "wounding the owner of the shop, Abdul Qadir,".
_VICTIM_APPOSED = re.compile(
    r"\b(?:killing|wounding|injuring|abducting|kidnapping|killed|wounded|injured|abducted"
    r"|kidnapped)\s+(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})(?:,|\s+and\b|\.)"
)
# A victim described, then named in apposition, as the subject of a toll shared with others:
# "A Chinese surveyor, Li Hongwei, and two guards were killed", "One Sikh worshipper,
# Savinder Singh, and a guard were killed".
_DESCRIBED_SUBJECT = re.compile(
    r"\b(?:A|An|One|The)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]+,\s+"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}),\s+and\s+[^.;]{{1,80}}?\s+"
    r"(?:were|was)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|abducted|kidnapped|shot dead)\b"
)
# A name an authority gave a person it killed or held: "named one of them as Jamshid
# Rakhimov", "whom the Taliban identified as Davlat Saidov".
# The description between the verb and "as" may be longer ("named one of the dead militants
# as X", "identified the bomber as X"); one word is a name when an age or a description
# follows it ("identified one of them as Naqibullah, 22,", "as Zarif, a shopkeeper").
_IDENTIFIED_AS = re.compile(
    r"\b(?:identified|named)\s+(?:[a-z][\w'’-]*\s+){0,5}?"
    rf"as\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}}"
    rf"|{_NAME_WORD}(?=,\s+(?:\d{{1,3}}\b|an?\s|the\s|who\s)))"
)
_KUNYA = re.compile(
    r"\bAbu\s+[A-Z][a-z'’]+(?:\s+(?:al|el|ul|ud)[-\s][A-Z][a-z'’]+|\s+[A-Z][a-z'’]+i\b)?"
)
_ALIAS = re.compile(
    r"^\s*,?\s*(?:\(|,\s*)?(?:also known as|a\.k\.a\.?|aka|alias|better known as|known as"
    r"|or the person known as|or|nicknamed|whose real name is|real name)\s+(?P<alias>"
    + _NAME
    + ")",
)
_ROLE_NOUNS = (
    r"(?:leader|commander|chief|head|governor|minister|spokesman|spokesperson|deputy"
    r"|second-in-command|emir|amir|founder|cleric|judge|member|official|director|mayor"
    r"|prosecutor|scholar|imam|journalist|financier|recruiter|ideologue|strategist|operative"
    r"|militant|fighter|mastermind|planner|cofounder|co-founder|representative|envoy|elder"
    r"|secretary|coordinator|qazi|mufti|wali|preacher)"
)
# The role nouns as plain words, each a piece of text every _ROLE_BEFORE match holds.
_ROLE_NOUN_WORDS = tuple(_ROLE_NOUNS[3:-1].split("|"))
_APPOSITIVE = Gated(
    re.compile(
        r"^\s*,\s*(?P<role>(?:(?:the|a|an|who was the|who is the|then|former|its|his)\b)?"
        r"[^,;.()]{0,80}?"
        r"\b" + _ROLE_NOUNS + r"\b[^,;.()]{0,60}?)\s*(?=[,;.)]|$|\s+(?:was|were|is|had|has|and)\b)",
        re.IGNORECASE,
    )
)
_ROLE_BEFORE = re.compile(
    r"(?P<role>(?:[A-Z][\w-]*\s+){0,3}(?:[\w-]+\s+){0,2}?" + _ROLE_NOUNS + r"(?:\s+of\s+[A-Z]\w+)?)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_OUTCOMES = (
    ("killed", r"killed|died|dead|assassinated|slain|executed|eliminated|shot dead|perished"),
    ("captured", r"captured|arrested|detained|apprehended|seized|taken into custody|nabbed"),
    ("injured", r"injured|wounded|hurt"),
    ("surrendered", r"surrendered|gave himself up|turned himself in|defected"),
)
# Not past "whose": "X, whose nephew was among the wounded" tells of the nephew.
_OUTCOME_AFTER = {
    outcome: Gated(
        re.compile(
            r"^(?:(?!whose\b)[^.;]){0,90}?\b(?:was|were|had been|has been|is|got|reportedly"
            r"|reported)\s+(?:\w+\s+){0,2}?(?:" + words + r")\b",
            re.IGNORECASE,
        )
    )
    for outcome, words in _OUTCOMES
}
# Before the name, the verb may also be a participle: "killing Omar Khalid Khorasani".
_PARTICIPLES = {
    "killed": "|killing",
    "captured": "|capturing|arresting|detaining",
    "injured": "|wounding|injuring",
}
_OUTCOME_BEFORE = {
    outcome: re.compile(
        r"\b(?:" + words + _PARTICIPLES.get(outcome, "") + r")\s+(?:[\w'’-]+,?\s+){0,6}?$",
        re.IGNORECASE,
    )
    for outcome, words in _OUTCOMES
}
# "Qari Fateh, the group's intelligence chief and the planner of the attacks on two
# embassies, was killed": a long appositive between the name and its verb.
_OUTCOME_AFTER_APPOSITIVE = {
    outcome: re.compile(
        r"^\s*,[^.;]{0,160}?,\s+(?:was|had been|has been)\s+(?:\w+\s+){0,2}?(?:" + words + r")\b",
        re.IGNORECASE,
    )
    for outcome, words in _OUTCOMES
}
# "Hamidullah Sarwari, 31, a presenter for the radio, died at the scene": died without "was".
# "the team leader, Abdul Basir, died": the comma that closes an apposition the name ends.
_DIED_AFTER = re.compile(
    r"^(?:\s*,[^.;]{0,160}?,|,)?\s+(?:later\s+|also\s+)?(?:died|lost (?:his|her) life|succumbed)"
    r"\b",
    re.IGNORECASE,
)
# "one of the dead, Qari Naseer, had been": the dead, then the name in apposition.
_ONE_OF_THE_DEAD = re.compile(r"\b(?:one|two|three) of the (?:dead|killed),\s+$", re.IGNORECASE)
# "Abu Omar Khorasani was not among the lucky: the Taliban killed him", "X lasted less than a
# year: he died in a raid": the verb on a pronoun for the person just named.
_OUTCOME_ON_PRONOUN = {
    outcome: Gated(
        re.compile(
            r"^[^.;]{0,90}?(?:\b(?:" + words + r")\s+(?:him|her)\b"
            r"|:\s+(?:he|she)\s+(?:was\s+|had\s+been\s+)?(?:" + words + r")\b)",
            re.IGNORECASE,
        )
    )
    for outcome, words in _OUTCOMES
}
# The Arabic words of each outcome, written the same whether read anywhere in a sentence
# (``_FOREIGN_OUTCOMES``) or as its own news (``_PREDICATE_OUTCOMES``).
# "فأردياه قتيلاً" (they left him dead): the adjective of the dead man
_AR_KILLED = r"قُتل|قتل|مقتل|لقي حتفه|لقي مصرعه|مصرع|استشهد|اغتيال|اغتيل|قتيل"
_AR_INJURED = r"أصيب|جرح"
_AR_CAPTURED = r"اعتقل|القبض"
# Other languages: the outcome word anywhere in the person's sentence.
_FOREIGN_OUTCOMES = (
    (
        "killed",
        re.compile(
            r"öldürül|hayatını kaybet|\böldü\b|yaşamını yitir|убит|погиб|уничтожен|ликвидирован|"
            + _AR_KILLED,
            re.IGNORECASE,
        ),
    ),
    ("injured", re.compile(r"yaralan|ранен|пострадал|" + _AR_INJURED, re.IGNORECASE)),
    (
        "captured",
        re.compile(r"yakalan|gözaltına|tutuklan|задержан|арестован|" + _AR_CAPTURED, re.I),
    ),
)
_LEADER_ROLE = re.compile(
    r"\b(?:leader|chief|head|emir|amir|commander|deputy|second-in-command|founder|governor"
    r"|minister|wali)\b",
    re.IGNORECASE,
)
_VICTIM_ROLE = re.compile(
    r"\b(?:governor|minister|official|cleric|judge|mayor|journalist|scholar|imam|elder"
    r"|prosecutor|lawmaker|MP|director|preacher)\b",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "This",
        "That",
        "Taliban",
        "Islamic",
        "State",
        "Afghanistan",
        "Kabul",
        "Province",
        "District",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


@dataclass(frozen=True, slots=True)
class PersonFind:
    """The people of one event, the tags they imply, and where their names are."""

    people: tuple[PersonRef, ...] = ()
    tags: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()
    prominent_victim: bool = False
    known_leader_victim: bool = False


@dataclass(frozen=True, slots=True)
class _Named:
    start: int
    end: int
    name: str
    known: KnownPerson | None
    # Found by a role in Russian, Turkish or Arabic alone: a person of the event only when
    # the sentence tells what happened to them ("the son of the late commander X" is not).
    needs_outcome: bool = False


def _people_by_id(registry: Registry) -> dict[str, KnownPerson]:
    return {p.person_id: p for p in registry.people}


def _names_in(text: str, registry: Registry, language: str = "en") -> list[_Named]:
    known = per_registry(registry, "people-by-id", _people_by_id)
    found: list[_Named] = []
    for match in phrases.find_people(registry, text):
        person = known[match.value]
        name = _as_written(match.text, person, language)
        found.append(_Named(match.start, match.end, name, person))
    taken = [(n.start, n.end) for n in found]
    for pattern, group, needs in _NAMED_BY:
        if needs is not None and not needs.met(text):
            continue  # none of the words its every match holds: it cannot match
        for found_name in pattern.finditer(text):
            start, end = found_name.span(group)
            if any(s < end and start < e for s, e in taken):
                continue
            if found_name.group(group).split()[0] in _NOT_NAMES:
                continue
            if _AN_OFFICE.search(found_name.group(group)):
                continue  # "General Directorate of Intelligence": a body, not a general
            if _CLAN_PLACE.search(found_name.group(0)):
                continue  # "Deh Mullah Khel village": a clan's village, not a person
            if pattern is not _TITLED and _not_a_person(found_name.group(group), registry):
                continue
            if pattern is _TITLED:
                # "Hafiz Dawlat", "Qari Naseer": a title that is part of the name stays;
                # "Mullah Abdul Rauf", "Commander Abdul Rauf": the name is "Abdul Rauf"
                start = found_name.start()
                name = _untitled(_RANK_PREFIX.sub("", text[start:end]))
                start = end - len(name)
            else:
                start, name = found_name.start(group), found_name.group(group)
                start, name = _without_role_word(start, name)
            found.append(_Named(start, end, name, None))
            taken.append((found_name.start(), end))
    for start, end, written in foreign_names(text, language, registry):
        if any(s < end and start < e for s, e in taken):
            continue
        if _not_a_person(text[start:end], registry):
            continue  # "جلال آباد": a place opening with a given name
        bare = _untitled(text[start:end])
        name = _untitled(written)
        found.append(_Named(end - len(bare), end, name, None, needs_outcome=True))
        taken.append((start, end))
    return sorted(found, key=lambda n: n.start)


# The role words that are never a given name ("Amir", "Emir" and "Imam" are).
_ROLE_WORDS_NEVER_NAMES = frozenset(_ROLE_WORDS_BEFORE_NAME) - {"amir", "emir", "imam"}


# A body's name a title word opens: "General Directorate", "General Command".
_AN_OFFICE = re.compile(
    r"^(?:Directorate|Department|Command|Staff|Secretariat|Assembly|Administration)\b"
)
# A Pashto clan name ends in "Khel" and names the clan's village: "Mullah Khel", "Ahmad Khel".
_CLAN_PLACE = re.compile(r"\s(?:Khel|Kheyl|Khail)$")


def _without_role_word(start: int, name: str) -> tuple[int, str]:
    """A name run that opens with a capitalised role word ("Photographer Anja Niedringhaus
    was killed" at a sentence's start) without it, when two words of name remain."""
    first, _, rest = name.partition(" ")
    if first.lower() in _ROLE_WORDS_NEVER_NAMES and len(rest.split()) >= 2:
        return start + len(first) + 1, rest
    return start, name


class _AgedNeeds:
    """The test before ``_AGED``: its every match ends with ", 31, " (an age in commas),
    which a literal-led search finds far faster than the name-led pattern."""

    _TAIL = re.compile(r",\s+\d{1,3},\s")

    def met(self, text: str) -> bool:
        return self._TAIL.search(text) is not None


# The patterns that make a name a person, in the order they take names, each with the test
# that rules it out cheaply. ``_TITLED`` has none: testing its 35 titles costs more than it.
_NAMED_BY: tuple[tuple[re.Pattern[str], str | int, Needs | _AgedNeeds | None], ...] = (
    (_TITLED, "name", None),
    (_KUNYA, 0, Needs(_KUNYA)),
    (_ROLE_NAMED, "name", Needs(_ROLE_NAMED)),
    (_ROLE_THEN_NAME, "name", Needs(_ROLE_THEN_NAME)),
    (_ROLE_APPOSED, "name", Needs(_ROLE_APPOSED)),
    (_VICTIM_APPOSED, "name", Needs(_VICTIM_APPOSED)),
    (_NAMED_SUBJECT, "name", Needs(_NAMED_SUBJECT)),
    (_AGED, "name", _AgedNeeds()),
    (_AMONG_VICTIMS, "name", Needs(_AMONG_VICTIMS)),
    (_DESCRIBED_SUBJECT, "name", Needs(_DESCRIBED_SUBJECT)),
    (_IDENTIFIED_AS, "name", Needs(_IDENTIFIED_AS)),
)


# Ranks and offices before a name, never part of it.
_RANK_PREFIX = re.compile(
    r"^(?:(?:Commander|General|Gen\.|Dr\.|Dr|Engineer|Eng\.|Lt\.|Col\.|Colonel|Captain|Capt\."
    r"|Major|Maj\.|Brig\.|Brigadier|(?:First |Second )?Lieutenant|Sergeant|Sgt\.)\s+)+"
)
# Honorifics a name is written without; "Hafiz", "Qari" and "Haji" are often part of a name.
_TITLE_PREFIX = re.compile(
    r"^(?:(?:Mullah|Mulla|Maulvi|Mawlawi|Mawlavi|Molvi|Moulvi|Maulana|Sheikh|Shaikh|Shaykh"
    r"|Molla|Mevlevi|Mevlana|Şeyh|[Мм]улл[аыу]|[Мм]авлав?и|[Мм]авлеви|[Шш]ейх)\s+)+"
)


def _untitled(name: str) -> str:
    """A name without its honorifics when two words remain ("Mullah Dawood Muzammil" is
    "Dawood Muzammil"; "Qari Fateh" stays)."""
    bare = _TITLE_PREFIX.sub("", name.strip())
    return bare if len(bare.split()) >= 2 else name.strip()


def _as_written(text: str, person: KnownPerson, language: str) -> str:
    """A known person's name as an English text writes it ("Mohammad Dawood Muzammil"); a
    surname alone, or another language's spelling, gives the pack's name. A text that
    writes the pack's name in full, title and all ("Mullah Dawood Muzammil"), keeps the
    title: that is the name the person goes by."""
    if language == "en" and text.split() == person.name.split():
        return person.name
    written = _untitled(text)
    if language == "en" and len(written.split()) >= 2 and written[:1].isupper():
        return written
    if language != "en":
        return person.name  # "Нисара Ахмада Ахмади" is the pack's "Mullah Nisar Ahmad Ahmadi"
    return _untitled(person.name)


def _not_a_person(name: str, registry: Registry) -> bool:
    """A place or a group named like a person: "Kandahar City, the seat of the leader",
    "Islamic State, the group". A place or tribe later in the name is a surname: "Hayatullah
    Zadran", "Abdul Haseeb Logari" (a district and a province's adjective) are people."""
    found = [*phrases.find_places(registry, name), *phrases.find_actors(registry, name)]
    return any(match.start == 0 for match in found)


def _fold_aliases(text: str, names: list[_Named]) -> list[_Named]:
    """Drop a name that is given as another's alias ("X, also known as Y")."""
    kept: list[_Named] = []
    for named in names:
        if (
            kept
            and _ALIAS.match(text[kept[-1].end : named.end])
            and named.start - kept[-1].end < 40
        ):
            merged = kept[-1]
            if merged.known is None and named.known is not None:
                kept[-1] = _Named(merged.start, named.end, named.known.name, named.known)
            elif named.known is not None and _BETTER_KNOWN.match(text[merged.end : named.start]):
                # "Zia ul-Haq, better known as Abu Omar Khorasani": the name he is known by
                kept[-1] = _Named(merged.start, named.end, named.name, named.known)
            continue
        kept.append(named)
    return kept


_BETTER_KNOWN = re.compile(r"\s*,?\s*(?:better|more widely|widely) known as\s+$", re.I)


def _role(text: str, named: _Named) -> str | None:
    after = text[named.end :]
    alias = _ALIAS.match(after)
    if alias:
        after = after[alias.end() :]
    appositive = _APPOSITIVE.match(after)
    if appositive:
        return appositive.group("role").strip()
    window = text[max(0, named.start - 80) : named.start]
    folded = fold(window)
    if folded is not None and not any(noun in folded for noun in _ROLE_NOUN_WORDS):
        return None  # no role noun before the name: _ROLE_BEFORE cannot match
    before = _ROLE_BEFORE.search(window)
    if before:
        return before.group("role").strip(" ,")
    return None


def _outcome(text: str, named: _Named, role: str | None) -> str | None:
    nearby = _outcome_nearby(text, named)
    if nearby is not None:
        return nearby
    if _speaker(text, named.start, named.end, role) or _a_spokesman(named.known):
        # "وقال المتحدث باسم الحكومة ذبيح الله مجاهد ... قُتل": the source of the deaths the
        # sentence tells, not one of them
        return None
    if named.needs_outcome:
        return _predicate_outcome(text)
    for outcome, pattern in _FOREIGN_OUTCOMES:
        if pattern.search(text):
            return outcome
    return None


def _predicate_outcome(text: str) -> str | None:
    """The outcome a Russian, Turkish or Arabic sentence tells as its own news, for a name
    its role alone found: not a death told as background by a Turkish pluperfect or verbal
    noun ("öldürülmüştü", "öldürülmesinin ardından"), a Russian long participle ("сын
    погибшего полевого командира X") or an Arabic anniversary ("ذكرى مقتل X")."""
    if _ANNIVERSARY.search(text):
        return None
    for outcome, pattern in _PREDICATE_OUTCOMES:
        if pattern.search(text):
            return outcome
    return None


_TR_NOT_NEWS = r"(?!m[iıuü]ş[td][iıuü]|m[ae]s[iı])"
_PREDICATE_OUTCOMES = (
    (
        "killed",
        re.compile(
            rf"(?:öldürül|hayatını kaybet|yaşamını yitir){_TR_NOT_NEWS}|\böldü\b"
            # the dead as a noun the name is listed among: "hayatını kaybedenler arasında X"
            # (the stem's t softens to d), "Среди погибших — X"
            r"|hayatını kaybeden|(?<!\w)(?:[Сс]реди|из)\s+(?:погибших|убитых|уничтоженных"
            r"|ликвидированных|жертв)(?!\w)"
            # the dead named: "Погибших талибов звали X", "ölen askerin X olduğu"
            r"|(?<!\w)(?:[Пп]огибш|[Уу]бит|[Уу]ничтоженн)\w*\s+(?:\S+\s+){0,2}?звали(?!\w)"
            r"|(?<!\w)[Öö]len(?:ler)?(?:in|den|e|i)?(?!\w)"
            r"|(?<!\w)(?:убит|погиб|уничтожен|ликвидирован|застрелен|расстрелян)(?:[аоы]|л[аи]?)?"
            r"(?!\w)|(?<!\w)(?:скончал(?:ся|ась|ись)|убил[аи]?|застрелил[аи]?)(?!\w)"
            # "взрыв унёс жизнь X": a blast that took one life, a person's (not "унёс жизни
            # шести человек", a toll a speaker may give)
            r"|(?<!\w)(?:унёс|унес|унесла|унесло)\s+жизнь(?!\w)|" + _AR_KILLED,
            re.IGNORECASE,
        ),
    ),
    (
        "injured",
        re.compile(
            # "получили ранения" and its inverted order "Ранения получили ... X"
            # "X'in ... ateşle vurulduğunu söyledi": shot (a death a later sentence may tell)
            rf"yaralan{_TR_NOT_NEWS}|(?<!\w)vurul{_TR_NOT_NEWS}"
            r"|(?<!\w)ранен[аоы]?(?!\w)|получил\w* ранени"
            r"|(?<!\w)ранени[яй]\s+получил|(?<!\w)[Сс]реди\s+(?:раненых|пострадавших)(?!\w)|"
            + _AR_INJURED,
            re.IGNORECASE,
        ),
    ),
    (
        "captured",
        re.compile(
            rf"(?:yakalan|gözaltına alın|tutuklan){_TR_NOT_NEWS}"
            r"|(?<!\w)(?:задержан|арестован)[аоы]?(?!\w)|" + _AR_CAPTURED,
            re.IGNORECASE,
        ),
    ),
)
# A kidnapping the sentence tells as its own news ("mühendisleri X ile Y'nin kaçırıldığını",
# "имена похищенных: инженер X", "اختطف مسلحون المهندس X"): the person a role names there is
# its hostage, kept with no outcome (the vocabulary has none for a hostage), where a name
# found by its role alone is otherwise kept only with an outcome.
_ABDUCTED = Gated(
    re.compile(
        rf"kaçırıl{_TR_NOT_NEWS}|rehin alın{_TR_NOT_NEWS}|(?<!\w)(?:похищ|похитил)\w*"
        r"|(?<!\w)(?:[وف]?اختطف|[وف]?خطف|المختطف)\w*"
        # "увезли их в неизвестном направлении", "увели в сторону гор": people driven off by
        # their captors (not "увезли в больницу", which tells the wounded)
        r"|(?<!\w)(?:увез|увел)(?:л[аи]?)?\s+(?:(?:их|его|её|ее)\s+)?(?:в неизвестном направлении"
        r"|в сторону)",
        re.IGNORECASE,
    )
)
# A Turkish pluperfect tells a fate as background ("X ... öldürülmüştü", "kaçırılmıştı"): no
# news beside the report's own event, but the news of the past event whose anchor sentence
# it is (the event read from "Aralık ayında Bakan X ... saldırıda öldürülmüştü").
_TOLD_BEFORE = (
    ("killed", re.compile(r"(?:öldürül|hayatını kaybet|yaşamını yitir)m[iıuü]şt[iıuü]", re.I)),
    ("injured", re.compile(r"yaralanm[iıuü]şt[iıuü]", re.I)),
    ("captured", re.compile(r"(?:yakalan|gözaltına alın|tutuklan)m[iıuü]şt[iıuü]", re.I)),
)
_ABDUCTED_BEFORE = re.compile(r"(?:kaçırıl|rehin alın)m[iıuü]şt[iıuü]", re.I)
_ANNIVERSARY = re.compile(r"ذكرى|годовщин|yıl ?dönüm", re.IGNORECASE)


def _outcome_nearby(text: str, named: _Named) -> str | None:
    """The outcome told of the person's own name ("X was killed", "killing X", "X, who was
    himself killed"), not one anywhere in the sentence."""
    after = text[named.end :]
    before = text[max(0, named.start - 80) : named.start]
    # "X, the police spokesman, said 19 people had been killed", "killing six and wounding
    # 13, police spokesman X said": X is the source of the toll, not one of it
    if _SAID_AFTER.match(after[:90]) is not None:
        return None
    for outcome, gated in _OUTCOME_AFTER.items():
        if gated.match(after):
            return outcome
    # "Two of the dead were women, said X": a verb before the speech verb is not X's
    before_name = _SPEECH_VERB.split(before)[-1]
    for outcome, pattern in _OUTCOME_BEFORE.items():
        if pattern.search(before_name):
            return outcome
    for outcome, pattern in _OUTCOME_AFTER_APPOSITIVE.items():
        if pattern.match(after):
            return outcome
    if _DIED_AFTER.match(after) or _ONE_OF_THE_DEAD.search(before):
        return "killed"
    for outcome, gated in _OUTCOME_ON_PRONOUN.items():
        if gated.match(after):
            return outcome
    return None


# Sentences whose people are remembered per registry: an event's sentences are read again for
# each event they belong to, and every event of a document is built from the same sentences.
_REMEMBERED = 512
_Read = tuple[tuple[_Named, str | None, str | None], ...]


def _new_memory(registry: Registry) -> dict[tuple[str, str, tuple[str, ...]], _Read]:
    return {}


# Parts of names too common to stand for one man alone.
_COMMON_NAME_PARTS = frozenset(
    {
        "khan",
        "ahmad",
        "ahmed",
        "mohammad",
        "muhammad",
        "mohammed",
        "rahman",
        "ullah",
        "abdul",
        "abu",
        "haji",
        "hafiz",
        "qari",
        "mullah",
        "mawlawi",
        "sheikh",
        "omar",
        "umar",
        "ali",
        "din",
        "uddin",
        "haq",
        "haqqani",
        "hussain",
        "hussein",
        "mahmood",
        "mahmud",
        "akbar",
        "jan",
        "gul",
        "shah",
        "noor",
        "nur",
        "amin",
        "zada",
        "zai",
        "khorasani",
        "afghani",
        "pakistani",
        "al",
        "ul",
        "ur",
    }
)


def surnames(texts: Iterable[str], registry: Registry) -> dict[str, KnownPerson]:
    """The last names of the pack's people a document names in full, each standing for its
    man in the rest of the document ("Aslam Farooqi ... the directorate captured Farooqi"),
    and the kunya a name so written starts with ("Abu Omar Khorasani ... Abu Omar").
    A last name two of them share stands for neither. ``texts`` are the document's sentences:
    the matcher remembers each one's people for the readers that ask again, where the whole
    text would be tokenised and matched a second time."""
    known = per_registry(registry, "people-by-id", _people_by_id)
    found: dict[str, KnownPerson] = {}
    shared: set[str] = set()
    for match in (m for text in texts for m in phrases.find_people(registry, text)):
        if len(match.text.split()) < 2:
            continue
        person = known[match.value]
        if _a_spokesman(person):
            continue  # "Mujahid said": a spokesman named again is the source again
        # the kunya of the name as written, not of every alias: "Abu Saad Orakzai" is not
        # "Abu Sayed" though the pack spells him "Abu Sayed Orakzai" too
        shorts = [_last_name(name) for name in (person.name, *person.aliases)]
        for short in (*shorts, _kunya_of(match.text)):
            if short is None:
                continue
            if found.get(short, person) is not person:
                shared.add(short)
            found[short] = person
    return {k: v for k, v in found.items() if k not in shared}


def _last_name(name: str) -> str | None:
    words = name.split()
    last = words[-1].strip(".,'’") if len(words) >= 2 else ""
    if len(last) < 4 or last.lower() in _COMMON_NAME_PARTS or last[:1].islower():
        return None
    return last


def _kunya_of(name: str) -> str | None:
    """The kunya a longer name starts with, which stands for the man once he is named in
    full: "Abu Hamza al-Kunari" is "Abu Hamza" for the rest of the text."""
    words = name.split()
    if len(words) < 3 or words[0] != "Abu" or not words[1][:1].isupper():
        return None
    return f"Abu {words[1]}"


def _by_surname(
    text: str, named: list[_Named], by_surname: Mapping[str, KnownPerson]
) -> list[_Named]:
    """Known people named in this sentence by their last name alone."""
    named = [_known_by_kunya(n, by_surname) for n in named]
    # A word equal to a last name holds it: with none of them in the text there is no word
    # to look up (the case of most sentences; the words of one cost 20 µs).
    if not any(surname in text for surname in by_surname):
        return named
    taken = [(n.start, n.end) for n in named]
    extra: list[_Named] = []
    for word in _CAPITALISED.finditer(text):
        person = by_surname.get(word.group(0))
        if person is None or any(s < word.end() and word.start() < e for s, e in taken):
            continue
        if any(n.known is person for n in named):
            continue
        extra.append(_Named(word.start(), word.end(), _untitled(person.name), person))
    return sorted([*named, *extra], key=lambda n: n.start) if extra else named


def _known_by_kunya(named: _Named, by_surname: Mapping[str, KnownPerson]) -> _Named:
    """An unknown name that is the kunya of a pack person the text named in full."""
    person = by_surname.get(named.name) if named.known is None else None
    if person is None or " " not in named.name:
        return named
    return _Named(named.start, named.end, _untitled(person.name), person)


_CAPITALISED = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*(?![\w'’-])")


def _people_in(
    text: str,
    registry: Registry,
    language: str,
    by_surname: Mapping[str, KnownPerson] | None = None,
) -> _Read:
    """The people named in one sentence, each with its role and outcome there."""
    remembered = per_registry(registry, "people-in-sentences", _new_memory)
    key = (text, language, tuple(sorted(by_surname or ())))
    found = remembered.get(key)
    if found is None:
        if len(remembered) >= _REMEMBERED:
            remembered.clear()
        named = _fold_aliases(text, _names_in(text, registry, language))
        if by_surname:
            named = _by_surname(text, named, by_surname)
        found = tuple(_read(text, n) for n in named)
        remembered[key] = found
    return found


def _read(text: str, named: _Named) -> tuple[_Named, str | None, str | None]:
    role = _role(text, named)
    return named, role, _outcome(text, named, role)


def find_persons(
    members: list[Facts],
    registry: Registry,
    hits: list[TriggerHit],
    language: str = "en",
    by_surname: Mapping[str, KnownPerson] | None = None,
) -> PersonFind:
    """The people named in an event's sentences, one entry per person."""
    people: dict[str, PersonRef] = {}
    tags: list[str] = []
    spans: list[tuple[int, int]] = []
    prominent = False
    known_victim = False
    previous_names: list[str] = []
    among_many: set[str] = set()  # named as one of a toll of many: no assassination
    anchor = members[0].index if members else None  # the event's own sentence comes first
    by_index = {m.index: m.sentence.text for m in members}
    for item in sorted(members, key=lambda m: m.index):
        text, offset = item.sentence.text, item.sentence.start
        told = _SUBJECTLESS_OUTCOME.match(text)
        if told is not None:  # "Killed on 2 November 2021 ...": the heading's person
            outcome = _outcome_word(told.group(1))
            for key in previous_names:
                person = people[key]
                if person.outcome is None:
                    people[key] = PersonRef(
                        name=person.name,
                        person_id=person.person_id,
                        role=person.role,
                        outcome=outcome,
                    )
        previous_names = []
        for named, role, outcome in _people_in(text, registry, language, by_surname):
            if outcome is None and (
                _speaker(text, named.start, named.end, role) or _a_spokesman(named.known)
            ):
                # "spokesman Zabihullah Mujahid said": a source, not in the event, even when
                # the toll he gives is in the same sentence (``_outcome`` gives a speaker only
                # an outcome told beside his own name)
                continue
            own = item.index == anchor
            if outcome is None and named.needs_outcome and own:
                outcome = _told_before(text)  # the news of the past event anchored here
            fate_told = (
                outcome is not None
                or _ABDUCTED.search(text) is not None
                or (own and _ABDUCTED_BEFORE.search(text) is not None)
            )
            if named.needs_outcome and not fate_told:
                outcome = _fate_by_surname_next(named, by_index.get(item.index + 1))
                if outcome is None:
                    continue
            if _mourned_only(text, named):
                continue  # "a bomb at the funeral of X": X died before the event
            key = named.known.person_id if named.known else named.name.lower()
            previous = people.get(key)
            name = named.name
            if previous is not None:  # the name as the event first wrote it
                name = previous.name
                role = previous.role or role
                outcome = previous.outcome or outcome
            people[key] = PersonRef(
                name=name,
                person_id=named.known.person_id if named.known else None,
                role=role,
                outcome=outcome,
            )
            spans.append((named.start + offset, named.end + offset))
            previous_names.append(key)
            if _ONE_OF_MANY.search(text, max(0, named.start - 60), named.start):
                among_many.add(key)
    for key, person in people.items():
        known = person.person_id is not None and _is_leader(person, registry)
        leader = known or bool(person.role and _LEADER_ROLE.search(person.role))
        if leader and person.outcome == "killed":
            tags.append("leader_killed")
        if leader and person.outcome == "captured":
            tags.append("leader_captured")
        victim = person.outcome in ("killed", "injured")
        if victim and person.role and _VICTIM_ROLE.search(person.role) and key not in among_many:
            prominent = True
        if victim and known and _state_side(person, registry):
            known_victim = True
    return PersonFind(
        tuple(people.values()), tuple(dict.fromkeys(tags)), tuple(spans), prominent, known_victim
    )


# "Nine people, including AFP journalist X": a victim named as one of a larger toll, not
# the person the attack was aimed at.
_ONE_OF_MANY = re.compile(
    r"\b(?:including|among them|among (?:the|those) (?:dead|killed|victims))\s+[^,;.]{0,40}$",
    re.IGNORECASE,
)


def _fate_by_surname_next(named: _Named, following: str | None) -> str | None:
    """The fate of a person a role introduced, told by the next sentence that opens with his
    surname alone: "секретарь посольства Сергей Воронов ехал ... . Воронов получил ранение"."""
    words = named.name.split()
    if following is None or len(words) < 2 or len(words[-1]) < 4:
        return None
    surname = words[-1]
    opening = following.lstrip()
    if not opening.startswith(surname) or opening[len(surname) : len(surname) + 1].isalpha():
        return None
    return _predicate_outcome(following)


def _told_before(text: str) -> str | None:
    """The outcome a Turkish pluperfect tells in the anchor sentence of a past event."""
    return next((outcome for outcome, pattern in _TOLD_BEFORE if pattern.search(text)), None)


def _mourned_only(text: str, named: _Named) -> bool:
    """The dead person a bombed funeral was held for ("во время заупокойной молитвы по
    Ахмади ... погибли 11 человек"), unless the sentence tells that person's own death ("the
    funeral of X, who was himself killed two days before")."""
    before, after = text[max(0, named.start - 60) : named.start], text[named.end :]
    return mourned(before, after) and _outcome_nearby(text, named) is None


_SPEECH_VERB = re.compile(r"\b(?:said|says|told|according to|quoted)\b", re.IGNORECASE)
_SPEAKER_ROLE = re.compile(r"spokes(?:man|woman|person)|\bspeaker\b", re.IGNORECASE)
_SAID_AFTER = Gated(
    re.compile(
        # "the health director, Dr X, said": the comma that closes the apposition the name ends
        # (an aside, not the person's own predicate: "X, was hit in the chest and died on the
        # way to hospital, said Y" tells what befell X, and Y speaks)
        r"^\s*,?\s*(?:,(?![^,.;]{0,70}?\b(?:was|were|had|has|is|are|died)\b)[^,.;]{0,70},\s*)?"
        r"(?:said|says|told|stated|wrote|added|tweeted|announced"
        r"|confirmed|posted)\b"
        # "X, who speaks for the Taliban in the south, denied ...": a spokesman described
        r"|^\s*,\s*who\s+(?:speaks|spoke|has\s+spoken|speak)\s+for\b"
        # "..., AA muhabirine yaptığı açıklamada", "Муджахид сообщил", "... заявил"
        r"|^['’]?\w{0,4}\s*(?:,[^.;]{0,90}?)?\s(?:(?:açıklamasında|açıklamada|açıkladı|söyledi"
        r"|bildirdi)\w*"
        # one speaker: "X, сообщили в полиции" (they reported) tells of X, X does not speak
        r"|(?:сообщил|заявил|рассказал|написал|подтвердил)[ао]?(?!\w))",
        re.IGNORECASE,
    )
)
# "Kabil Emniyet Müdürü X, patlamada ... öldüğünü ... söyledi.": X, then the clause he
# reports, closed by the sentence's speech verb.
_TR_SAID_AT_END = re.compile(
    r"^,[^.;]*\s(?:söyledi|belirtti|kaydetti|açıkladı|bildirdi|ifade etti|dedi|aktardı)\w*"
    r"\s*\.?\s*$"
)
_SPEAKER_BEFORE = Gated(
    re.compile(
        r"(?:spokes(?:man|woman|person)|according to|said|told|quoted)\s+(?:[\w'’.-]+\s+){0,5}$"
        r"|(?:sözcüsü|представител\w*|пресс-секретар\w*|по словам|по данным|المتحدث باسم"
        r"|الناطق باسم|المتحدث الرسمي|وقال|قال|أعلن|وأعلن|صرح)\s+"
        # not a name in the clause the speaker reports:
        # "وقال مسؤول إن قائد الشرطة، المولوي X، استشهد"
        # nor past the comma that closes "По словам представителя полиции, водитель X ...": the
        # speaker's phrase ends there and the clause it reports begins
        r"(?:(?![إأ]ن\s)[^\s.;]+(?<!,)\s+){0,6}$",
        re.IGNORECASE,
    )
)


# "X'in ... kaçırıldığını açıkladı", "X'in öldüğünü söyledi": a name in the genitive is the
# subject of the verbal noun ("-dığını") that the speech verb reports, never the speaker, who
# is in the nominative ("X'in açıklamasında" has no such verbal noun and stays a speaker).
_TR_REPORTED_SUBJECT = re.compile(
    r"['’]n?[ıiuü]n(?!\w)[^.;]{0,160}?\s\w+[dt][ıiuü]ğ[ıiuü]n[ıiuü](?!\w)"
)


# "said a shopkeeper, Ali Reza, whose nephew ...", "said a local elder, X, who": the speaker
# described, then named in apposition. Not when the name's own predicate follows ("said the
# commander, X, was killed": X is what the clause reports).
_SAID_DESCRIBED = Gated(
    re.compile(
        r"\b(?:said|says|told|according\s+to)\s+(?:a|an|the|one|his|her|their)\s+"
        r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s*$",
        re.IGNORECASE,
    )
)
_OWN_PREDICATE = re.compile(r"\s*,\s*(?:was|were|had|has|is|died|later)\b", re.IGNORECASE)


def _a_spokesman(person: KnownPerson | None) -> bool:
    """A known person whose every role is to speak for a group: named without an outcome,
    they are the report's source in any language."""
    roles = person.roles if person is not None else ()
    return bool(roles) and all(_SPEAKER_ROLE.search(r.title or "") for r in roles)


def _speaker(text: str, start: int, end: int, role: str | None) -> bool:
    """Whether a named person is only a source of the report."""
    if role and _SPEAKER_ROLE.search(role):
        return True
    if _TR_REPORTED_SUBJECT.match(text, end):
        return False
    return bool(
        _SAID_AFTER.match(text[end : end + 90])
        or _TR_SAID_AT_END.match(text[end:])
        or _SPEAKER_BEFORE.search(text[max(0, start - 60) : start])
        or (
            _SAID_DESCRIBED.search(text[max(0, start - 60) : start]) is not None
            and not _OWN_PREDICATE.match(text, end)
        )
    )


_SUBJECTLESS_OUTCOME = Gated(
    re.compile(
        r"\s*(?:(?:He|She) (?:was|had been) (?:\w+ly )?)?(Killed|Captured|Arrested|Detained|Wounded"
        r"|Injured|Assassinated|Executed|Shot dead|Surrendered)\b",
        re.IGNORECASE,
    )
)


def _outcome_word(word: str) -> str | None:
    for outcome, words in _OUTCOMES:
        if re.fullmatch(words, word, re.IGNORECASE):
            return outcome
    return None


def _is_leader(person: PersonRef, registry: Registry) -> bool:
    known = per_registry(registry, "people-by-id", _people_by_id)
    entry = known.get(person.person_id or "")
    return entry is not None and entry.leader


def holds_office(person: PersonRef, registry: Registry) -> bool:
    """A known person who held an office or was a cleric, not a fighter or commander."""
    return _state_side(person, registry)


def _state_side(person: PersonRef, registry: Registry) -> bool:
    """A known person who held an office or was a cleric (not a militant commander)."""
    known = per_registry(registry, "people-by-id", _people_by_id).get(person.person_id or "")
    return known is not None and any(_VICTIM_ROLE.search(r.title) for r in known.roles)


# A leader or commander killed or captured, named or not ("killing the provincial police
# chief", "a local Taliban commander and two of his fighters were killed"). Governors and
# ministers count when they are the Taliban's (docs: leaders of armed organisations).
_LEADER_NOUN = (
    r"(?:commander|police chief|chief of police|security chief|intelligence chief|leader|emir"
    r"|amir|general|(?:taliban['’]?s?\s+|deputy\s+|provincial\s+|district\s+)*governor"
    r"|(?:acting\s+)?minister)"
)
_KILLED_WORDS = r"(?:killed|killing|shot dead|assassinated|slain|died|dead|executed|beheaded)"
_CAPTURED_WORDS = r"(?:captured|capturing|arrested|arresting|detained|seized|abducted)"
_LEADER_EVENT = {
    outcome: (
        Gated(
            re.compile(
                rf"\b{words}\s+(?:him\s+and\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
                rf"(?:[\w'’-]+\s+){{0,5}}?{_LEADER_NOUN}\b",
                re.IGNORECASE,
            )
        ),
        Gated(
            re.compile(
                rf"\b{_LEADER_NOUN}\b(?:\s+(?:of|in|and)\s+[^.;]{{0,50}}?|[^.;]{{0,30}}?)\s+"
                rf"(?:was|were|had been|has been)\s+(?:\w+\s+)?{words}\b"
                rf"|\b{_LEADER_NOUN}\b[^.;]{{0,80}}?\b{words}\s+him\b"
                rf"|\b{_LEADER_NOUN}\s+{words}\b",
                re.IGNORECASE,
            )
        ),
    )
    for outcome, words in (("killed", _KILLED_WORDS), ("captured", _CAPTURED_WORDS))
}
_LEADER_HINT = Caseless(r"commander|chief|leader|emir|amir|general|governor|minister")
_STATE_OFFICE = re.compile(r"governor|minister", re.IGNORECASE)
_TALIBAN_NEAR = re.compile(r"taliban", re.IGNORECASE)


def leader_tags(texts: list[str], *, taliban_state: bool) -> tuple[str, ...]:
    """``leader_killed`` / ``leader_captured`` from the words of an event's sentences.

    ``taliban_state``: the event is after the takeover, so governors and ministers are the
    Taliban's (an armed organisation's leaders)."""
    tags = []
    all_texts = texts
    texts = [t for t in texts if _LEADER_HINT.search(t)]
    for outcome, patterns in _LEADER_EVENT.items():
        for text in texts:
            found = next((m for p in patterns for m in p.finditer(text)), None)
            if found is None:
                continue
            words = found.group(0)
            office = _STATE_OFFICE.search(words) and not _LEADER_ONLY.search(words)
            if office and not (taliban_state or _TALIBAN_NEAR.search(words)):
                continue
            tags.append(f"leader_{outcome}")
            break
    if "leader_killed" not in tags and any(
        _FOREIGN_LEADER_NEEDS.met(t) and _FOREIGN_LEADER_KILLED.search(t) for t in all_texts
    ):
        tags.insert(0, "leader_killed")
    return tuple(tags)


# A commander or leader killed, in Russian, Turkish and Arabic: "ликвидировали ... одного из
# командиров", "komutanı ... öldürüldü", "مقتل قائد".
_FOREIGN_LEADER_KILLED = re.compile(
    r"(?<!\w)(?:ликвидир\w*|уничтож\w*|убит\w*|убил\w*)[^.;]{0,40}?"
    r"(?:командир|лидер|главар|эмир)\w*"
    r"|(?<!\w)(?:командир|лидер|главар|эмир)\w*[^.;]{0,60}?(?:ликвидир|уничтож|убит)\w*"
    r"|(?<!\w)(?:komutan|lider|elebaşı)\w*[^.;]{0,60}?(?:öldürüldü|etkisiz hale getirildi)"
    r"|(?<!\w)(?:مقتل|قتل|قُتل|اغتيال)\s+(?:\S+\s+)?(?:قائد|زعيم|أمير)(?!\w)",
    re.IGNORECASE,
)
# Every match holds a Russian, Turkish or Arabic verb or title, which English text lacks.
_FOREIGN_LEADER_NEEDS = Needs(_FOREIGN_LEADER_KILLED)


_LEADER_ONLY = re.compile(r"commander|chief|leader|emir|amir|general", re.IGNORECASE)
