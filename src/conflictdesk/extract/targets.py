"""Who or what was attacked: the target words of the pack, ranked by their place in a sentence.

Rules (GTD codebook, docs/gold-format.md):

- The target is the object of the attack: words right after "targeted", "attacked", "near",
  "at", "inside", "opened fire on" win; the subject of a passive ("two judges were shot")
  counts as object too. Words directly before an active attack verb are the attacker
  ("Insurgents destroyed ...") and are never the target.
- "near the Ministry of Foreign Affairs" still codes Government (General): a bombing next to
  a building is coded by the building it was aimed at.
- Containers give way to what they hold or whom they belong to: "a minibus carrying
  employees of the Ministry of Mines" is a government target, "a guesthouse used by UN staff"
  a diplomatic one, "his convoy" the official's. Relatives of a person ("the son of a
  businessman") are private citizens.
- Incidental words (a vehicle, a road, "people") give way to any specific target; with no
  target word, the people killed or wounded are the target.
- A group named as the owner of the target ("Taliban positions", "a commander of
  Tehrik-i-Taliban Pakistan") makes it Terrorists/Non-State Militia; Taliban forces and
  officials are that before 2021-08-15, and Police / Military / Government (General) from then.
- A single prominent person (an official, commander, cleric, judge, journalist) makes the
  attack an assassination.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from conflictdesk.extract import phrases
from conflictdesk.extract.actors import ActorHit
from conflictdesk.extract.caseless import Gated, fold_pattern, fold_uncached
from conflictdesk.resolve.registry import Actor, Registry, TargetTerm

# The day the Taliban took Kabul: from then on their forces and officials are the state.
NON_STATE = "Terrorists/Non-State Militia"
ARMED_TARGETS = frozenset({"Police", "Military", NON_STATE})
# Words that hold or carry the real target; they rank low and defer to their owner.
CONTAINERS = frozenset(
    [
        "vehicle",
        "vehicles",
        "car",
        "cars",
        "minibus",
        "minibuses",
        "bus",
        "buses",
        "motorcycle",
        "motorbike",
        "rickshaw",
        "truck",
        "trucks",
        "road",
        "roads",
        "highway",
        "residence",
        "house",
        "home",
        "homes",
        "compound",
        "convoy",
        "staff",
        "employees",
        "employee",
        "members",
        "member",
        "people",
        "person",
        "man",
        "men",
        "woman",
        "women",
        "family",
        "guards",
        "office",
        "building",
        "facility",
        "taxi",
        "locals",
        "wall",
        "brother",
        "brothers",
        "son",
        "sons",
        "relatives",
        "relative",
        "passer-by",
        "passers-by",
        "passersby",
        "passerby",
        "companions",
        "secretary",
        "bodyguard",
        "bodyguards",
        "driver",
        "drivers",
        # a part serves its owner: "the generator of a mobile phone mast"
        "generator",
        "generators",
    ]
    # Russian vehicles in every case they take ("взрыв микроавтобуса с сотрудниками")
    + [
        stem + ending
        for stem in ("микроавтобус", "автобус", "грузовик", "мотоцикл", "фургон")
        for ending in ("", "а", "е", "у", "ом", "ы", "ов", "ах", "ам")
    ]
    + [f"машин{e}" for e in ("а", "у", "ы", "е", "ой", "ами")]
    + [f"автомобил{e}" for e in ("ь", "я", "ю", "е", "ем", "и", "ей")]
    + ["такси"]
    # Arabic buses, bare or with the article or a clinging preposition, and the adjective and
    # loanwords of "حافلة صغيرة", "ميني باص" (minibus): "حافلة تقل عسكريين" (a bus carrying
    # soldiers) gives way to the soldiers
    + [p + w for p in ("", "ب", "و", "ل") for w in ("حافلة", "الحافلة", "حافلات", "الحافلات")]
    + ["صغيرة", "ميني", "باص", "بميني", "وميني", "لميني"]
)
_RELATIVES = Gated(
    re.compile(
        r"\b(?:son|sons|daughter|daughters|brother|brothers|wife|father|mother|relative|relatives"
        r"|nephew|cousin|family|bodyguards?|driver)\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
        r"(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
_OWNER_LINK = re.compile(
    r"^\s*(?:[\w-]+\s+|and\s+[\w-]+\s+)?(?:of|belonging to|used by|carrying|taking|bringing"
    r"|ferrying|run by|owned by"
    r"|employed by|working for|working at|frequented by|housing|transporting|attended by"
    # "a doctor who led an irrigation charity": the body the person served says who he was
    r"|who (?:led|headed|ran|founded|worked for|worked at|worked with))\s+"
    r"(?:the\s+|a\s+|an\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The same links in Russian: "микроавтобус с сотрудниками министерства" (with), "микроавтобус,
# который вёз сотрудников телеканала", "автобус, перевозивший паломников".
_RU_OWNER_LINK = re.compile(
    r"^\s*,?\s*(?:со?|(?:который|которая|которое|которые)\s+(?:вёз|вез|везла|везли"
    r"|перевозил\w*|доставлял\w*)|вез(?:ший|шего|шем|шим|шая|шей|шую|шие|ших)|перевозивш\w+"
    r"|доставлявш\w+)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# The same link in Arabic: "حافلة تقل عسكريين" (a bus carrying soldiers), "كانت تنقل".
_AR_OWNER_LINK = re.compile(r"^\s*،?\s*(?:(?:كانت|كان)\s+)?(?:تقل|يقل|تنقل|ينقل|تحمل|يحمل)\s+$")
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# What an attack struck comes after these words: "stormed the ...", "near a ...".
_OBJECT_CUE_WORDS = (
    r"\b(?:targeted|targeting|targets|attacked|attacking|attack on|attacks on|assault on|rammed"
    r"|assaulted|stormed|storming|raided|ambushed|struck|hit|bombed|near|at|inside|outside"
    # whatever gunmen force their way into, or a shell lands on, is what they attacked, and
    # whom they drag or pull from a car or a home
    r"|burst into|broke into|landed (?:in|on)|dragged|pulled(?! (?:up|over|out|away|back|in)\b)"
    r"|in front of|entrance (?:of|to)|gates? (?:of|to)|against|killing|killed|wounding|abducted"
    r"|kidnapped|hijacked|shot|shot dead|shooting|into|fire on|fire at|fired on|fired at"
    r"|poisoned|contaminated|blew up|blown up|blowing up|threatened|threatening|warned|beat"
    r"|beating|stabbed|stabbing"
    r"|destroyed|set fire to|torched|burned|close to|next to|among|beside|opposite|on"
    r"|bod(?:y|ies) of"
    r"|(?:car|vehicle|convoy|motorcade|house|home|office|residence|chair|motorcycle|motorbike"
    r"|bicycle|rickshaw|truck|shop) of)\s+"
)
_OBJECT_CUE_DETERMINERS = (
    r"the\s+|a\s+|an\s+|two\s+|three\s+|four\s+|five\s+|several\s+|his\s+|her\s+|their\s+"
    r"|its\s+|\d+\s+"
)
_OBJECT_CUE_TAIL = r"(?:[\w'’-]+\s+){0,4}$"
_OBJECT_CUE = re.compile(
    _OBJECT_CUE_WORDS
    # "killed Faizullah Khan, a Taliban district governor": the role in apposition to a name
    + r"(?:(?-i:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?:the|a|an)\s+"
    + r"|"
    + _OBJECT_CUE_DETERMINERS
    + r")?"
    + _OBJECT_CUE_TAIL,
    re.IGNORECASE,
)
# ``_OBJECT_CUE`` without the name in apposition, the one part that reads case: written in
# lower case for text folded by ``fold_uncached``, where ``re`` need not fold case at every
# position (about a quarter of the time of ``_OBJECT_CUE`` on the windows it reads).
_OBJECT_CUE_UNNAMED = fold_pattern(
    _OBJECT_CUE_WORDS + r"(?:" + _OBJECT_CUE_DETERMINERS + r")?" + _OBJECT_CUE_TAIL
)


def _object_cue(before: str) -> bool:
    """Whether ``_OBJECT_CUE`` finds its words at the end of ``before``. A match without the
    name in apposition is one of ``_OBJECT_CUE``'s; a match with it needs a comma."""
    folded = fold_uncached(before)
    if folded is None:
        return _OBJECT_CUE.search(before) is not None
    if _OBJECT_CUE_UNNAMED.search(folded) is not None:
        return True
    return "," in before and _OBJECT_CUE.search(before) is not None


# The participles of harm done to a victim named before them ("the shrine was attacked", "two
# reporters were seized", "a mast was blown up"), for the passives below.
_HARMED = (
    "(?:shot|killed|wounded|injured|kidnapped|abducted|targeted|attacked|ambushed|assassinated"
    "|executed|beheaded|stabbed|seized|dragged|pulled|blown up|struck|hit)"
)
_PASSIVE_VICTIM = Gated(
    re.compile(
        r"^[^,.;]{0,70}?\b(?:was|were|had been|have been)\s+(?:(?!\w+ed\s)\w+\s+)?"
        rf"(?:{_HARMED}|hurt)\b",
        re.IGNORECASE,
    )
)
# The same in Russian, where the dead or hurt are the subject of an intransitive verb or a
# short participle: "четверо иностранных туристов погибли", "двое полицейских были ранены".
_RU_VICTIM_AFTER = Gated(
    re.compile(
        r"^\s+(?:(?:был[иао]?|не|также|в|во|на)\s+)?(?:погибл?[иао]?|убит[аоы]?|ранен[аоы]?"
        r"|похищен[аоы]?|пострадал[иао]?)\b",
        re.IGNORECASE,
    )
)
# ... when the noun opens its sentence ("Не менее девяти ", "Четверо ").
_RU_SUBJECT_BEFORE = re.compile(r"^(?:[\w-]+\s+){0,3}$")
# The subject that opens a summary and the passive that ends its clause, however long the
# description between them: "A police officer buying bread in the bazaar of Mehtarlam city,
# Laghman province, Afghanistan, was shot dead".
_SUBJECT_BEFORE = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{4}:\s*)?(?:(?i:a|an|the|two|three|four|five|six|seven|eight"
    r"|nine|ten|several|\d+)\s+)?(?:[\w'’-]+\s+){0,2}$"
    # "Ahmad Wali Karzai, head of the Kandahar provincial council, was shot"; "Dr. ..."
    r"|^(?:\d{1,2}/\d{1,2}/\d{4}:\s*)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Eng)\.\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
    r"(?:(?i:a|an|the)\s+)?(?:[\w'’-]+\s+){0,4}$",
)
# The subject's description may hold a relative clause of its own between commas ("A
# shopkeeper, Ahmad Khan, who had served in the army, was shot dead"), and the harm may follow
# another act ("was robbed and shot", "were beaten and killed").
_SUBJECT_PASSIVE = re.compile(
    r"^(?:(?!\b(?:was|were|had|has|have|is|are)\b)[^.;]){0,200}"
    r"(?:,\s+who\s+[^,.;]{1,80},(?:(?!\b(?:was|were|had|has|have|is|are)\b)[^.;]){0,40})?"
    r"\b(?:was|were|had been|have been)\s+(?:(?!\w+ed\s)\w+\s+)?(?:\w+\s+and\s+)?"
    rf"{_HARMED}\b",
    re.IGNORECASE,
)
# The words between a noun and its verb never include "was"/"were": "the shrine was attacked"
# makes the shrine the target of a passive, not the attacker; nor "and": "the strikes hit camps
# of the group and killed its fighters" goes on with the strikes' own verb.
_AGENT_AFTER = Gated(
    re.compile(
        r"^\s+(?:(?!(?:was|were|is|are|been|being|and)\b)[\w-]+\s+){0,2}?(?:attacked|stormed|detonated|destroyed|fired|opened|shot|killed"
        # "a polling station set up in a school": a participle, no act of the station's
        r"|ambushed|abducted|kidnapped|hijacked|set(?!\s+up\s+(?:in|inside|at|as)\b)|burned|torched"
        r"|planted|launched|raided|blew|overran|captured|beat"
        # "insurgents occupied a building and fired at the compounds"; "a house occupied by
        # militants" is the participle of whoever holds it, so "by" keeps the noun in play
        r"|(?:occupied|seized)(?!\s+by\b)"
        r"|struck|on\s+(?:a|an)\s+(?:motorcycle|motorbike)"
        # acts on people or vehicles that only an attacker performs: "insurgents cut off the
        # fingers of voters", "gunmen stopped a minibus and beheaded two men"; a vehicle that
        # merely stopped ("the bus stopped at a checkpoint") has no object after the verb
        r"|cut\s+off|beheaded|flogged|lashed|hanged|dragged"
        # "insurgents cut the cables of a tower": whoever cuts something attacked it
        r"|cut\s+(?:down|through|the|a|an|its|their|two|three|several|\d+)\s"
        r"|stopped\s+(?:a|an|the|two|three|four|five|several|\d+)\s)\b",
        re.IGNORECASE,
    )
)
# "The shrine was attacked": a place (not a person) as the subject of a passive attack verb is
# the target, though the verb also follows it as it would an attacker's name.
_PASSIVE_SITE = re.compile(
    r"^\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:attacked|stormed|raided"
    r"|struck|bombed|destroyed|torched|burned|set on fire)\b",
    re.IGNORECASE,
)
# "local officials and colleagues said": the first of two sources is a source as well.
_SOURCE_WORDS = re.compile(
    r"^\s*(?:(?:and|or)\s+(?:the\s+|their\s+|his\s+)?(?:[\w'’-]+\s+){1,2}?)?"
    # "Officials did not say how they were killed", "police would not say": a source that
    # withholds what it knows is a source all the same
    r"(?:(?:did|do|does|would|could)\s+not\s+)?"
    r"(?:said|say|says|told|reported|confirmed|stated|added)\b"
    r"|^,?\s*(?:who|which) spoke",
    re.IGNORECASE,
)
# "..., said Nazir Haleem, a spokesman for the provincial governor": the role of a speaker
# named after "said" (and the body he speaks for) is the source, not the target.
_SPEAKER_ROLE_BEFORE = Gated(
    re.compile(
        r"\b(?:said|told|added|according to)\s+(?-i:(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+"
        r"(?:a|an|the)\s+[^,.;:]{0,60}$"
    )
)
# "three men whom local officials described as members of ISKP": the officials who name the
# dead in a relative clause are a source. Without the relative word the participle describes
# the noun itself ("two men described as militants"), which stays a target.
_DESCRIBED_AFTER = re.compile(r"^\s+(?:had\s+)?(?:described|identified|named)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:whom|who|that|which)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "defused by security forces": the agent of a passive; "Police District 13" is a place.
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+|local\s+)*$", re.IGNORECASE)
# "A suicide bomber was shot by an armed guard": whoever a passive names after "by" acted.
_PASSIVE_AGENT_BEFORE = Gated(
    re.compile(
        r"\b(?:was|were|been)\s+(?:\w+\s+)?[a-z]+(?:ed|en|wn|ot|ht)\s+(?:dead\s+|down\s+|up\s+)?"
        r"by\s+"
        r"(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
# "Police District 9": a numbered city district named after its police, a place; "the
# Police District 6 station" is still the police's own building.
_AREA_NAME_AFTER = re.compile(
    r"^\s+District\s+\d+(?!\s+(?:police\s+)?(?:stations?|headquarters|compound|offices?)\b)",
    re.IGNORECASE,
)
_ACCORDING = Gated(re.compile(r"\baccording to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE))
_PROMINENT = re.compile(
    r"\b(?:governor|official|judge|prosecutor|cleric|imam|mullah|mawlawi|maulvi|scholar"
    r"|commander|chief|journalist|reporter|activist|elder|lawmaker|minister|mayor|director"
    r"|spokesman|spokesperson|leader|head|member of parliament|MP|presenter|ambassador"
    r"|diplomat|envoy|prayer leader|preacher|council member|candidate|judges|prosecutors"
    r"|president|vice president|deputy|presenter|anchor|commissioner"
    # a teacher of a religious school teaches as a cleric does
    r"|madrass?ah? teacher)$",
    re.IGNORECASE,
)
# One person holding an office, in Turkish, Russian and Arabic: the singular role word that
# opens the target's words ("din alimi", "командира", "قائد شرطة"); plurals do not match.
_FOREIGN_ROLE = Gated(
    re.compile(
        r"(?:din alimi|imam|vali|kaymakam|komutan|emniyet müdürü|gazeteci|hakim|savcı|molla"
        # the media and rights roles the English list holds (journalist, presenter, reporter,
        # activist), in their singular and feminine forms
        r"|muhabir|sunucu|aktivist|yargıç"
        r"|губернатор[аеу]?|командир[аеу]?|начальник[аеу]?|имам[аеу]?|журналист(?:к)?[аеуи]?"
        r"|(?:теле|радио)?ведущ(?:ий|его|ему|ая|ую|ей)|корреспондент[аеу]?|активист(?:к)?[аеуи]?"
        r"|судь[яиюе]|прокурор[аеу]?|мулл[аыуе]|министр[аеу]?|bakan"
        # a diplomat, and the Russian idiom for one, "сотрудник посольства" (an embassy's man)
        r"|дипломат[аеу]?|сотрудник[аеу]? (?:посольства|консульства)"
        r"|чиновник[аеу]?"
        r"|(?:ال|و|ل)?(?:قائد|والي|حاكم|إمام|امام|صحفي|قاضي?|مدير|رئيس|وزير|مسؤول"
        r"|صحفية|مذيعة?|إعلامية?|ناشطة?|قاضية)"
        r"|(?:و|ل)?(?:رجل (?:ال)?دين|عالم دين))(?!\w)",
        re.IGNORECASE,
    )
)
# Turkish puts the head of a compound last and marks it with a suffix: "Curm ilçe valisi" (the
# governor of Jurm district), "karakol komutanı" (the post's commander), "Ulema Şurası Başkanı"
# (the head of the ulema council). The role ends the target's words.
_TR_ROLE_HEAD = Gated(
    re.compile(
        r"(?<!\w)(?:valisi|kaymakamı|komutanı|müdürü|imamı|başkanı|cumhurbaşkanı|savcısı|bakanı"
        r"|sunucusu|muhabiri|aktivisti)$",
        re.IGNORECASE,
    )
)


# The same head after a body the pack names on its own: "İl Meclisi Başkanı" (the head of the
# provincial council), "Ulema Şurası başkan yardımcısı": the body's words are the target term,
# the one person heading it follows.
_TR_HEAD_AFTER = Gated(
    re.compile(
        r"\s+(?:başkanı|başkan yardımcısı|müdürü|müdür yardımcısı|komutanı|reisi)(?!\w)",
        re.IGNORECASE,
    )
)


def _foreign_role(words: str) -> bool:
    """A prominent role in Turkish, Russian or Arabic: "imam", "губернатора", "القاضي",
    "Belh Valisi"."""
    return bool(_FOREIGN_ROLE.match(words) or _TR_ROLE_HEAD.search(words))


# The one person who heads a body, in Russian and Arabic: "глава совета улемов", "رئيس مجلس
# العلماء" (the body's words are the target term found).
_FOREIGN_HEAD_BEFORE = Gated(
    re.compile(
        r"(?:^|(?<=\s))(?:глав[аеуы]|председател[ьяюе]|руководител[ьяюе]|رئيس|الرئيس)\s+"
        r"(?:[\w-]+\s+){0,1}$",
        re.IGNORECASE,
    )
)
_PROMINENT_START = Gated(re.compile(r"(?:head|chief|director|deputy)\s+of\b", re.IGNORECASE))
_MEMBER_OF_BODY = Gated(
    re.compile(
        r"(?:senior\s+|female\s+|former\s+)?member\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
        r"(?:council|parliament|jirga|assembly|senate|commission)\b",
        re.IGNORECASE,
    )
)
_PCP = "Private Citizens & Property"
# A role held in a body named after it: "member of the", "deputy chief of the".
_ROLE_OF_BEFORE = Gated(
    re.compile(
        r"\b(?:(?:senior|female|deputy|acting)\s+)?(?:member|head|chief|director|chairman"
        r"|chairperson|chairwoman|deputy|secretary)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
_BODY_END = re.compile(
    r"\b(?:council|parliament|jirga|assembly|senate|commission|department|directorate"
    r"|shura|committee|mission|embassy|consulate)$",
    re.IGNORECASE,
)
_BUILDING_AFTER = Gated(
    re.compile(
        r"['’]s?\s+(?:[\w-]+\s+)?(?:compound|office|residence|house|home|guesthouse|guest house"
        r"|headquarters|building|palace|convoy|vehicle|car)\b",
        re.IGNORECASE,
    )
)
# "the driver's", "Kabil'de", and the plural possessive "the passengers' papers"
_POSSESSIVE_AFTER = re.compile(r"['’](?:s?\b|(?=\s))")
# A name of one to five capitalised words, whatever the flags around it.
_CAPITALISED_NAME = r"(?-i:(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*)"
# Words before a person that make them the one the attack was aimed at.
_AIMED_AT = Gated(
    re.compile(
        r"\b(?:killing|killed|targeting|targeted|assassinated|assassinating|shot|shot dead|shooting"
        r"|stabbed|kidnapped|abducted|(?:car|vehicle|convoy|motorcade|bodyguards?) of|attached to"
        r"\s+(?:the|his|her)\s+(?:car|vehicle)\s+of)\s+"
        # "targeted Abdul Rauf Amiri, the country's head of mission": the role after the name
        r"(?:" + _CAPITALISED_NAME + r",\s+)?"
        r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
_SINGULAR_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its)\s+|['’]s\s+)(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
# The one an armed attack was placed for: "fired at a military parade attended by the
# president". Gunmen who attack an event held by or for one prominent person attack him (GTD:
# an assassination); a bomb at a rally he addresses is coded a bombing.
_PRESENCE_BEFORE = re.compile(
    r"\b(?:attended|addressed|hosted|opened|inaugurated|visited)\s+by\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# The one a bomb was timed for: "blew himself up as Mujib Ansari, a prominent cleric, greeted
# worshippers", "a roadside bomb went off as the district police chief drove home", "exploded
# as Ahmad Zia, the governor, addressed elders": the bomb waited for that one man. A crowd or
# a patrol passing ("exploded as worshippers left", "as a police patrol passed") is no person.
_BOMBER_SET_OFF = r"blew himself up|detonated (?:his|her|the) (?:explosives|vest|bomb)"
_PASSING_BEFORE = Gated(
    re.compile(
        # any blast timed as a role passed, named or not ("went off as the police chief drove")
        r"\b(?:" + _BOMBER_SET_OFF + r"|exploded|went off|detonated|blew up)\s+as\s+"
        # "exploded as Arsala Jamal, governor of Logar, spoke": after a name, the role may go
        # without its article
        r"(?:" + _CAPITALISED_NAME + r",\s+(?:the\s+|a\s+|an\s+)?|(?:the\s+|a\s+|an\s+))"
        r"(?:[\w'’-]+\s+){0,3}$"
        # a bomber who waited for a named man, his role without an article
        r"|\b(?:"
        + _BOMBER_SET_OFF
        + r")\s+as\s+"
        + _CAPITALISED_NAME
        + r",\s+(?:[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
_NAME_LEFT = re.compile(r"(?<![\w-])((?:[A-Z][\w'’]*(?:-[\w'’]+)*\s+){1,4})$")
# Nouns that, next to a group's name, make that group the target ("Taliban positions",
# "a commander of Tehrik-i-Taliban Pakistan", "the Taliban's shadow chief for Andar district").
_OWNED_NOUNS = (
    r"(?:commanders?|chiefs?|fighters?|members?|militants?|militiamen|positions?|checkpoints?"
    r"|posts?|outposts?|bases?|camps?|hideouts?|convoys?|vehicles?|officials?|leaders?|governors?|police"
    r"|policemen|soldiers?|forces|guards?|troops|personnel|patrols?|compound|offices?"
    # "a car of the Taliban's intelligence agency": the group's arm
    r"|agency|agencies)"
)
_OWNED_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:local\s+|senior\s+|top\s+|former\s+|security\s+|military\s+"
    r"|shadow\s+|intelligence\s+|district\s+|provincial\s+|regional\s+|deputy\s+)?(?P<noun>"
    + _OWNED_NOUNS
    + r")\b",
    re.IGNORECASE,
)
_OWNED_BEFORE = Gated(
    re.compile(
        # "the headquarters of the International Security Assistance Force"; before a name,
        # "the ISAF headquarters" may be one of a list of sites, and the first listed leads
        r"\b(?P<noun>" + _OWNED_NOUNS + r"|headquarters)\s+(?:of|belonging to|from|loyal to)\s+"
        r"(?:the\s+)?"
        r"(?:local\s+)?$|\bbelonging to\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
)
_BOMB_AT_PERSON = Gated(
    re.compile(
        r"\b(?:(?:car|vehicle|convoy|motorcade|chair|office|home|house|residence)\s+of|targeting"
        r"|(?:embracing|embraced|greeting|greeted|hugging|hugged|meeting|met(?: with)?"
        r"|approached|approaching|walked up to|threw himself at"
        # "set off explosives hidden in a camera during an interview with the commander"
        r"|(?:interview|interviewing|audience|talks)\s+with"
        # "blew himself up beside the minister, Khalil ur-Rahman Haqqani": at his side
        r"|(?:blew (?:himself|herself) up|detonated (?:his|her) (?:vest|explosives)"
        r"|detonated (?:himself|herself))"
        r"\s+(?:beside|next to|alongside))"
        r"|(?:car|vehicle|convoy|motorcade|helicopter|aircraft|plane|motorcycle|boat)\s+"
        r"(?:carrying|transporting|bringing|ferrying))\s+(?:the\s+|a\s+|an\s+)?"
        # "the car of Abdul Rahim Ahmadzai, a judge": a name, then the role in apposition
        r"(?:[\w'’-]+\s+){0,4}(?:[\w'’-]+,\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3})?$",
        re.IGNORECASE,
    )
)
_HIS_VEHICLE_BEFORE = re.compile(
    r"\b(?:his|her)\s+(?:car|vehicle|convoy|motorcade)\b[^.;]{0,40}$", re.IGNORECASE
)
# "A district governor escaped unharmed when a roadside bomb struck his convoy", "was killed
# when a bomb hidden in a parked motorcycle exploded as his car drove past".
_HIS_VEHICLE_AFTER = Gated(
    re.compile(
        r"^[^.;]{0,140}?\b(?:struck|hit|targeted|hitting|striking|under"
        r"|(?:attached|stuck|fixed|planted|placed)\s+(?:to|on|onto|under|beneath)"
        r"|(?:exploded|detonated|went off|blew up)\s+(?:as|when|near|next to|beside))\s+(?:his|her"
        # "the police chief and one of his bodyguards ... a bomb attached to their vehicle"
        r"|their)\s+(?:own\s+)?(?:car|vehicle|convoy|motorcade|pickup|motorcycle)\b",
        re.IGNORECASE,
    )
)
# "The governor was killed when a suicide bomber threw himself at him".
_BOMBER_AT_HIM = Gated(
    re.compile(
        r"^[^.;]{0,120}?\b(?:threw himself (?:at|on)|approached|embraced|hugged|walked up to"
        r"|ran up to|blew himself up (?:next to|beside))\s+(?:him|her)\b",
        re.IGNORECASE,
    )
)
_KILLING_BEFORE = Gated(
    re.compile(
        r"\b(?:killing|killed)\s+"
        # "killing General Abdul Karim Zahid, the police commander", "killed Mujib ur Rahman
        # Ansari, a cleric" (the lower-case particles of Arabic names)
        r"(?:(?-i:(?:(?:[A-Z][\w'’-]*|ur|ul|ud|al|bin|ibn)\s+){0,4}[A-Z][\w'’-]*),\s+)?"
        r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
_AT_OWN_PLACE = re.compile(
    # "killed X, the former president and head of the High Peace Council, at his home": the
    # person's offices may run to seven words before the place
    r"(?:\s+[\w'’-]+){0,7}?,?\s+(?:at|in|inside|outside)\s+(?:his|her|the)\s+(?:own\s+)?"
    r"(?:office|home|house|residence|seminary|madrasa|ministry|compound|headquarters)\b",
    re.IGNORECASE,
)
# "Taliban patrol vehicles": a word for what the vehicles do may stand between owner and noun
_OWNER_GAP = re.compile(
    r"(?:['’]s?)?\s+(?:local\s+|senior\s+|former\s+|shadow\s+|patrol\s+|supply\s+)?"
)
_LEADER_NOUNS = frozenset({"commander", "leader", "governor", "official", "chief"})
_STATE_NOUN_TYPES = (
    (
        re.compile(r"official|governor|leader|intelligence|directorate|\bNDS\b|\bGDI\b", re.I),
        "Government (General)",
    ),
    (re.compile(r"police|policemen|\bALP\b|\bANP\b", re.I), "Police"),
    # the force named says whose checkpoint it is: "a checkpoint of the Taliban's army"
    (re.compile(r"\b(?:army|military|soldiers|troops)\b", re.I), "Military"),
    (re.compile(r"checkpoint|\bposts?\b", re.I), "Police"),
)


@dataclass(frozen=True, slots=True)
class TargetChoice:
    """The chosen target: its text, GTD type, owning actor, span and two flags."""

    target: str | None
    target_type: str
    actor: str | None = None
    start: int | None = None
    end: int | None = None
    prominent: bool = False
    prominent_bombing: bool = False

    @property
    def armed(self) -> bool:
        return self.target_type in ARMED_TARGETS


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible target in one sentence (offsets relative to the sentence)."""

    start: int
    end: int
    text: str
    target_type: str
    label: str | None
    actor: str | None
    score: float = 0.0
    container: bool = False
    person: bool = False


def group_type(actor: Actor | None, words: str) -> str:
    """What an armed group's ``words`` ("office", "fighters") are coded when attacked:
    non-state militia, or the pack's own type for the group (a party with an armed wing is a
    Violent Political Party), except for its armed men and their camps, which are a militia."""
    if actor is None or not actor.target_type or _ARMED_WING.search(words):
        return NON_STATE
    return actor.target_type


_ARMED_WING = re.compile(
    r"\b(?:fighters?|militia(?:men|s)?|gunmen|insurgents|militants|camps?|bases?|positions?)\b",
    re.IGNORECASE,
)


def dated_type(term_type: str, actor: str | None, date: dt.date | None, registry: Registry) -> str:
    """The pack's type, or non-state militia for a group's targets before it became the state
    (the Taliban before 2021-08-15, from ``governs_since`` in the pack)."""
    if registry.ever_governs(actor) and date is not None and not registry.governs(actor, date):
        return NON_STATE
    return term_type


# "a former Taliban minister", "a former Taliban governor": an office of the group's earlier
# government, no longer held, so the man is not one of the group's fighters.
_FORMER_BEFORE = re.compile(r"\bformer\s+$", re.IGNORECASE)


def _office_dated_type(text: str, c: Candidate, date: dt.date | None, registry: Registry) -> str:
    """``dated_type``, except for an office of state the group held before and the person no
    longer holds (``_FORMER_BEFORE``): it stays the office's type."""
    former = _FORMER_BEFORE.search(text[max(0, c.start - 12) : c.start]) is not None
    if former and c.target_type == "Government (General)":
        return c.target_type
    return dated_type(c.target_type, c.actor, date, registry)


def _from_term(start: int, end: int, text: str, term: TargetTerm) -> Candidate:
    return Candidate(
        start,
        end,
        text,
        term.target_type,
        term.label,
        term.actor,
        # "staff members", "family members": words that only hold people
        container=all(word in CONTAINERS for word in text.lower().split())
        or term.target_type == "Transportation",
    )


def _owned_by_actor(
    text: str, actors: list[ActorHit], offset: int, registry: Registry, terms: list[Candidate]
) -> list[Candidate]:
    found = []
    # "Tehrik-i-Taliban Pakistan (TTP)": the abbreviation after a name is the group again,
    # not a target the group names
    names = {(hit.start - offset, hit.end - offset) for hit in actors}
    for hit in actors:
        start, end = hit.start - offset, hit.end - offset
        if any(
            (0 <= t.start - end <= 2 or t.start <= start < end < t.end)
            and not t.container
            and (t.start, t.end) not in names
            for t in terms
        ):
            continue  # the group names a pack target: "Turkish embassy", "UN vehicle"
        if text[end : end + 1] == "-":
            continue  # "the British-based HALO Trust": the name is part of an adjective
        after = _OWNED_AFTER.match(text[end:])
        before = _OWNED_BEFORE.search(text[max(0, start - 50) : start])
        if after is not None:
            noun, span_start, span_end = after.group("noun"), start, end + after.end()
        elif before is not None:
            noun = before.group("noun") or "members"
            span_start, span_end = start - len(before.group(0)), end
            # "a police vehicle of the Islamic Emirate": the pack's words the noun ends keep
            # saying which arm it is
            span_start = min(
                (t.start for t in terms if t.start < span_start < t.end), default=span_start
            )
        else:
            continue
        actor = registry.actors.get(hit.actor_id)
        if actor is None or actor.kind == "militant":
            target_type = group_type(actor, noun)
        elif actor.target_type:
            # "a vehicle of the UN food agency": a body the pack types (the UN is a diplomatic
            # mission) keeps its type for whatever of it is attacked
            target_type = actor.target_type
        else:
            target_type = _state_noun_type(f"{hit.text} {noun}")
        found.append(
            Candidate(
                max(0, span_start),
                span_end,
                text[max(0, span_start) : span_end],
                target_type,
                None,
                hit.actor_id,
                score=0.5,
                person=noun.lower() in _LEADER_NOUNS,
            )
        )
    return found


def _inherit_group(
    text: str, c: Candidate, actors: list[ActorHit], offset: int, registry: Registry
) -> Candidate:
    """ "Taliban tax collectors", "ISKP's commander": the group named right before a target
    word owns it (its members are non-state militia unless the group is the state)."""
    if c.actor is not None:
        return c
    for hit in actors:
        gap = text[hit.end - offset : c.start]
        if _SIDING.search(text[max(0, hit.start - offset - 5) : hit.start - offset]):
            continue  # "a pro-Taliban cleric" sides with the group, he is not its man
        if hit.end - offset <= c.start and _OWNER_GAP.fullmatch(gap):
            actor = registry.actors.get(hit.actor_id)
            if (
                actor is not None
                and actor.kind != "militant"
                and _FORCE_NAME.search(hit.text)
                and _state_asset(c)
                and _state_noun_type(hit.text) != c.target_type
            ):
                # "an Afghan National Army supply convoy": the force's convoy, not a trader's;
                # "Afghan Local Police outposts", "an NDS training centre": the force's own
                return replace(c, actor=hit.actor_id, target_type=_state_noun_type(hit.text))
            if actor is None or actor.kind != "militant":
                return c
            members = group_type(actor, c.text)
            kind = members
            if registry.ever_governs(hit.actor_id) and not c.container and c.target_type != _PCP:
                kind = c.target_type  # "Taliban police": the force named keeps its type
            # after "of", an armed group's name is part of its men's words: "a gathering of
            # Islamic State Khorasan Province fighters" links the gathering to the fighters
            start = c.start
            if kind == members and _OF_GROUP_BEFORE.search(
                text[max(0, hit.start - offset - 8) : hit.start - offset]
            ):
                start = hit.start - offset
            return replace(
                c, actor=hit.actor_id, target_type=kind, start=start, text=text[start : c.end]
            )
    return c


_SIDING = Gated(re.compile(r"\b(?:pro|anti)-$", re.IGNORECASE))
_OF_GROUP_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)
_FORCE_NAME = re.compile(
    r"\b(?:army|military|police|forces|troops|ANA|ANP|ANDSF|NATO|ISAF|NDS)\b", re.IGNORECASE
)
_CONVOY = re.compile(r"\b(?:convoys?|trucks?|tankers?|lorr(?:y|ies))$", re.IGNORECASE)


def _state_convoy(c: Candidate) -> bool:
    return c.target_type == "Business" and bool(_CONVOY.search(c.text.strip()))


# What a state force's name right before it makes the force's own: its vehicles, posts, bases
# and training sites ("an Afghan National Army bus", "Afghan Local Police outposts").
_VEHICLE_NOUNS = r"bus|buses|vehicles?|cars?|trucks?|minibus(?:es)?"
_FORCE_VEHICLE = re.compile(rf"\b(?:{_VEHICLE_NOUNS})$", re.I)
_FORCE_SITE_TYPES = frozenset({"Military", "Police", "Government (General)"})
_TRAINING_SITE = re.compile(r"\b(?:training|academy|academies)\b", re.IGNORECASE)


def _state_asset(c: Candidate) -> bool:
    if _state_convoy(c):
        return True
    if c.person:
        return False
    if c.container:
        return bool(_FORCE_VEHICLE.search(c.text.strip()))
    return c.target_type in _FORCE_SITE_TYPES or bool(_TRAINING_SITE.search(c.text))


def _state_noun_type(noun: str) -> str:
    for pattern, target_type in _STATE_NOUN_TYPES:
        if pattern.search(noun):
            return target_type
    return "Military"


def taliban_type(noun_text: str) -> str:
    """What a Taliban target is after the takeover: officials, police, or forces."""
    return _state_noun_type(noun_text)


# "outside his shop", "from her home": the victim's own place, where he was found.
_OWN_PLACE_BEFORE = Gated(
    re.compile(
        r"\b(?:outside|near|at|in front of|from|inside|in|on the way to)\s+(?:his|her|their)\s+"
        r"(?:own\s+)?$",
        re.IGNORECASE,
    )
)


# The people a gathering was held for are whom an attack on it struck, more than a guard at
# its door: "a ceremony held for journalists", "a dinner for the visiting ambassador",
# "gazeteciler için düzenlenen bir törende".
_GATHERING_FOR_BEFORE = Gated(
    re.compile(
        r"\b(?:ceremony|gathering|event|meeting|celebration|reception|dinner|banquet|lunch)\s+"
        r"(?:held\s+|organi[sz]ed\s+|given\s+)?"
        r"(?:for|honou?ring)\s+(?:the\s+|a\s+|an\s+)?(?:local\s+|visiting\s+)?$",
        re.IGNORECASE,
    )
)
_GATHERING_FOR_TR_AFTER = re.compile(
    r"^\s+için\s+(?:düzenlenen|yapılan|verilen|organize edilen)\b", re.IGNORECASE
)


# A sticky or magnetic bomb is stuck on the target's own vehicle: "a magnetic bomb attached to
# a police vehicle" struck the police. A plain bomb "fixed to a parked motorcycle" only rode
# on its carrier, so "attached/fixed to" is no cue of its own.
_STICKY_WORDS = ("magnetic", "sticky", "limpet")
_STICKY_ON = re.compile(
    r"\b(?:magnetic|sticky|limpet)\s+(?:bomb|mine|device|explosive|IED)s?\s+(?:was\s+|had been\s+)?"
    r"(?:attached|fixed|stuck|planted|placed|hidden)\s+(?:to|under|on|onto|beneath|underneath)\s+"
    r"(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _stuck_on(before: str) -> bool:
    """Whether a sticky or magnetic bomb was stuck on the words after ``before``."""
    folded = before.lower()
    return any(w in folded for w in _STICKY_WORDS) and bool(_STICKY_ON.search(before))


def _score(text: str, c: Candidate, trigger_at: int | None) -> float:
    score = c.score
    before = text[max(0, c.start - 70) : c.start]
    after = text[c.end :]
    if _stuck_on(before):
        score += 3.5  # the bomb's own target, more than where it went off ("near the bazaar")
    elif _object_cue(before) or _role_after_name(text, c, before):
        score += 3.0
    if (
        _PASSIVE_VICTIM.match(after)
        or (_RU_VICTIM_AFTER.match(after) and _RU_SUBJECT_BEFORE.match(text[: c.start]))
        or (_SUBJECT_BEFORE.match(text[: c.start]) and _SUBJECT_PASSIVE.match(after))
    ):
        score += 3.5
    elif _GATHERING_FOR_BEFORE.search(before) or _GATHERING_FOR_TR_AFTER.match(after):
        score += 3.0  # wherever the attack word stands: the gathering names whom it struck
    elif trigger_at is not None:
        score += 1.5 if c.start >= trigger_at else -2.0
    if c.container:
        score -= 2.5
    if c.label:
        score += 0.5
    if _where_only(text, c):
        score -= 3.0
    return score - c.start / 10_000


def _role_after_name(text: str, c: Candidate, before: str) -> bool:
    """A prominent role set after the name of whom the attack struck, with no article:
    "ambushed the car of Haji Abdul Qayum, chief of Nad Ali district"."""
    return bool(_AIMED_AT.search(before)) and is_prominent(text, c.start, c.end)


# A road named after "on" or "along" says where the attack happened ("stopped two buses on
# the highway", "a minibus on the road to Khost"), and whatever a bomb was hidden under is
# where it lay ("a bomb hidden under a culvert exploded beneath a bus"): the people or
# vehicles hit are the target, the way itself only when nothing else is named.
_ROAD = re.compile(r"\b(?:road|roads|highway|street|bridge|culvert)$", re.IGNORECASE)
_ON_THE_WAY = re.compile(
    r"\b(?:on|along)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HIDDEN_IN = re.compile(
    r"\b(?:hidden|planted|placed|buried|concealed)\s+(?:under|in|inside|beneath|beside|near)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


# The building that houses what was attacked: "a polling station set up in a school", "a
# voter registration centre housed in a mosque" (GTD codes the use the site was put to).
_HOUSED_IN = Gated(
    re.compile(
        r"\b(?:set up|housed|located|opened|established)\s+(?:in|inside)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


def _where_only(text: str, c: Candidate) -> bool:
    if _HOUSED_IN.search(text[max(0, c.start - 40) : c.start]):
        return True  # "a polling station set up in a school": the station was the target
    if c.target_type != "Transportation" or not _ROAD.search(c.text):
        return False
    before = text[max(0, c.start - 40) : c.start]
    return bool(_ON_THE_WAY.search(before) or _HIDDEN_IN.search(before))


# The dead person a funeral is held for is not its target: "a bombing at the funeral of the
# deputy governor" struck the mourners.
_MOURNED = Gated(
    re.compile(
        r"\b(?:funeral|burial|mourning|memorial|wake)(?:\s+(?:prayers?|ceremony|service|rites))?"
        r"\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)


# The same in Russian and Arabic ("на похоронах командира", "ذكرى مقتل القائد"), and in
# Turkish, where the dead person comes first ("Komutanı X'in ölüm yıl dönümü için ... anma").
_MOURNED_FOREIGN_BEFORE = Gated(
    re.compile(
        r"(?:похорон\w*|годовщин\w*(?:\s+(?:гибели|смерти|убийства))?|поминк\w*|جنازة|تشييع"
        r"|ذكرى(?:\s+(?:مقتل|وفاة|اغتيال|رحيل))?)\s+(?:[\w-]+\s+){0,3}$",
        re.IGNORECASE,
    )
)
_MOURNED_TR_AFTER = Gated(
    re.compile(
        r"^[^.;,]{0,60}?(?:ölüm yıl ?dönümü|anma tören|cenaze tören|cenazesi)", re.IGNORECASE
    )
)


# "заупокойная молитва по Ахмади": the person prayed for, named right after "по".
_PRAYED_FOR = re.compile(
    r"(?:заупокойн\w*(?:\s+(?:молитв|служб)\w*)?|панихид\w*|отпевани\w*)\s+по\s+$",
    re.IGNORECASE,
)


# A person long dead whom a gathering honours ("a crowd walking to the tomb of General X",
# "marking the anniversary of X's death", "a rally in memory of X"): not a person of the
# attack on it. Read for people only: the tomb itself may be what was attacked.
_REMEMBERED = Gated(
    re.compile(
        r"\b(?:(?:tomb|grave|mausoleum)\s+of|anniversary\s+of(?:\s+the\s+(?:death|killing"
        r"|assassination)\s+of)?|in\s+(?:the\s+)?memory\s+of|commemorating|commemoration\s+of)"
        r"\s+(?:the\s+late\s+|the\s+)?(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


def mourned(before: str, after: str) -> bool:
    """Whether the name between ``before`` and ``after`` is the dead person a funeral or a
    memorial is held for ("a bomb struck the funeral of X", "во время заупокойной молитвы
    по X", "X'in cenazesinde"): someone killed earlier, not in the attack on the mourners."""
    return bool(
        _MOURNED.search(before)
        or _MOURNED_FOREIGN_BEFORE.search(before)
        or _PRAYED_FOR.search(before)
        or _MOURNED_TR_AFTER.match(after)
        or _REMEMBERED.search(before)
    )


# Whom a supply run served is not its target: "a convoy of fuel tankers supplying an army
# base", "trucks carrying supplies for NATO forces" (GTD codes the contractor: Business).
_SUPPLIED = Gated(
    re.compile(
        r"\b(?:supplying|supplies (?:for|to)|fuel (?:for|to)|delivering (?:[\w-]+\s+){0,2}to"
        r"|bound for|destined for|contracted by|contracted to)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


# "the vehicle of the district governor detonated": a noun inside an "of" phrase is not the
# subject of an active verb that follows it ("judges of the Supreme Court were shot" still
# drops the court, whose verb is a passive).
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}$")
_LINK_BEFORE = re.compile(
    r"\b(?:of|for)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,2}$", re.I
)
_PASSIVE_HARM = re.compile(
    r"^\s+(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:shot|killed|wounded"
    r"|injured|kidnapped|abducted|assassinated|executed|beheaded|stabbed)\b",
    re.IGNORECASE,
)
# "По словам представителя губернатора", "المتحدث باسم حاكم", "vali sözcüsü": the office a
# spokesman speaks for is the source of the report, not the target.
_FOREIGN_SOURCE_BEFORE = Gated(
    re.compile(
        r"(?:по словам|по данным|представител\w*|пресс-секретар\w*|спикер\w*"
        r"|المتحدث باسم|الناطق باسم|متحدث باسم|الناطق الرسمي باسم"
        # Arabic puts the verb of saying first: "أعلنت وزارة الدفاع أن ..." (the ministry
        # announced that ...); the body right after it speaks
        r"|(?:^|\s)(?:أعلنت|أعلن|قالت|قال|أكدت|أكد|ذكرت|ذكر|أفادت|أفاد|أوضحت|أوضح)"
        # Russian "сообщили в полиции" (the police said): the body speaks after the verb
        r"|(?:^|\s)(?:сообщили|заявили|рассказали|подтвердили|уточнили))"
        r"\s+(?:[\w-]+\s+){0,1}$",
        re.IGNORECASE,
    )
)
# Arabic puts the verb first: "شنت مروحيات غارة" (helicopters launched a raid), "نفذ مسلحون
# هجوما" (gunmen carried out an attack): the noun right after a verb of launching is the one
# that acted.
_AR_LAUNCHER_BEFORE = re.compile(r"(?:^|\s)(?:شنت|شن|نفذت|نفذ)\s+$")
_FOREIGN_SOURCE_AFTER = Gated(
    re.compile(r"^(?:\s+[\w-]+){0,2}\s+(?:sözcü|açıklama)", re.IGNORECASE)
)
# A Turkish sentence that opens with who speaks and ends on the verb of saying: "İçişleri
# Bakanlığı, patlamaların ... açıkladı".
_TR_NATIONAL_OFFICE = re.compile(
    r"bakanlı\w*|cumhurbaşkan\w*|başbakan\w*|yetkililer\w*", re.IGNORECASE
)
_TR_SPEAKER_AFTER = Gated(
    re.compile(
        r"^[^,]{0,40},[^\n]*\s(?:açıkladı|bildirdi|söyledi|belirtti|kaydetti|dedi|duyurdu"
        r"|ifade etti|aktardı)[\s.\"”]*$",
        re.IGNORECASE,
    )
)
_STAFF_OF_BEFORE = re.compile(
    r"\b(?:staff|staffers|employees|workers|personnel)(?:\s+members)?\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PASSIVE_AFTER = re.compile(r"^\s+(?:was|were|is|are|had been|has been|have been)\b", re.I)
# "near Dand-e Shahabuddin village": a named place, not a target.
_NAMED_PLACE = re.compile(r"(?:^|\s)[A-Z][\w'’-]*\s+$")
_PLACE_NOUNS = frozenset(
    {"village", "villages", "area", "town", "city", "district", "valley"}
    # "a bus terminal in the Shahr-e Naw neighbourhood": a named neighbourhood says where
    | {"neighbourhood", "neighborhood"}
)
# "accusing him of passing information to the government", "searched the passengers for
# government employees": a motive or a search, not the target.
_MOTIVE_BEFORE = Gated(
    re.compile(
        r"\baccus\w+\s+(?:\w+\s+)?of\s+(?:[\w'’-]+\s+){0,6}$"
        r"|\bsearch\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}for\s+(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


# "blew up a bridge to slow army reinforcements", "a culvert ... to stop army convoys": whom the
# attack meant to hinder is why it was done, not what it struck (GTD codes the bridge).
_HINDERED_BEFORE = Gated(
    re.compile(
        r"\bto\s+(?:slow|stop|block|halt|hinder|delay|hamper|impede|obstruct|cut\s+off)\s+"
        r"(?:down\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


# "taken to hospital", "rushed to a nearby clinic": where the wounded went, not the target.
_TAKEN_TO = Gated(
    re.compile(
        r"\b(?:(?:taken|rushed|admitted|brought|transferred|evacuated|moved|carried)\s+to"
        r"|(?:treated|admitted)\s+(?:in|at))\s+"
        r"(?:a\s+|the\s+|local\s+|nearby\s+|a nearby\s+|the nearest\s+)?$",
        re.IGNORECASE,
    )
)


# "forced the driver to go to a remote village", "made the drivers take them to a valley":
# where hijackers or kidnappers took a vehicle or its people is no target.
_CAPTIVES_TAKEN_TO = Gated(
    re.compile(
        r"\b(?:(?:drivers?|pilots?|crew)\s+to\s+(?:go|drive|head|fly)"
        r"|(?:take|took|taken|drive|drove|driven|marched|led)\s+(?:it|them|him|her)(?:\s+away)?)"
        r"\s+(?:to|towards|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


# "gunmen in a car blocked a minibus", "attackers on two motorcycles": the attackers' own
# vehicle carried them to the attack and is no target.
_ATTACKERS_RIDE = Gated(
    re.compile(
        r"\b(?:gunmen|militants|insurgents|attackers|assailants|fighters|bombers?|men)\s+"
        r"(?:in|on|riding|aboard)\s+(?:a|an|two|three|four|several|their)\s+(?:[\w-]+\s+)?$",
        re.IGNORECASE,
    )
)
# What attackers ride: the vehicles a force rides too, and the two- and three-wheelers gunmen
# ride to a killing ("shot dead by two gunmen on a motorbike").
_RIDDEN = re.compile(rf"\b(?:{_VEHICLE_NOUNS}|motor(?:cycle|bike)s?|rickshaws?)$", re.IGNORECASE)


# "escaped on foot into the crowd", "fled towards the mountains": where the attackers went.
_FLED_TO = Gated(
    re.compile(
        r"\b(?:escaped|fled|fleeing|escaping|disappeared|vanished|melted|ran off|ran away)\s+"
        r"(?:[\w-]+\s+){0,3}?(?:into|to|towards|toward|through)\s+(?:the\s+|a\s+|a nearby\s+)?$",
        re.IGNORECASE,
    )
)


# "detained two reporters and beat them at a police station", "arrested him and took him to
# the prison": where captives were held after they were seized, not a target.
_DETAINED_BEFORE = re.compile(
    r"\b(?:detained|arrested|took (?:him|her|them) to)\b[^.;]*$", re.IGNORECASE
)
_LOCKUP = re.compile(r"\b(?:police stations?|prisons?|jails?|detention cent(?:er|re)s?)$", re.I)


def _lockup(text: str, c: Candidate) -> bool:
    return bool(_LOCKUP.search(c.text) and _DETAINED_BEFORE.search(text[: c.start]))


# "overran the village after a two-day battle with local militiamen": the side fought before
# the attack told, not the attack's target (the villagers killed are).
_EARLIER_FIGHT = Gated(
    re.compile(
        r"\bafter\s+(?:a|an|the|days\s+of|hours\s+of)\s+(?:[\w-]+\s+){0,2}?(?:battle|siege|fight"
        r"|fighting|clash|clashes|gunfight)\s+(?:with|of|against)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)
# "gunmen in police uniforms": a disguise, not a target.
_UNIFORM_AFTER = Gated(re.compile(r"^\s+(?:[\w-]+\s+)?uniforms?\b", re.IGNORECASE))
# "Two days after a car bomb killed the deputy governor, a bomb went off at his memorial": an
# earlier attack the report dates this one by.
_EARLIER_EVENT = Gated(
    re.compile(
        r"^(?:[\d/]+:\s*)?(?:[\w-]+\s+){0,2}(?:days?|hours|weeks?|months?|shortly|soon)\s+after"
        r"\s+(?:a|an|the|his|her)\s[^,;.]{0,90}$",
        re.IGNORECASE,
    )
)


# "released them on the Afghan bank": the side of a river, not a bank.
_RIVER_BANK = re.compile(r"\b(?:on|to|from|along) the (?:[\w-]+\s+)?$", re.IGNORECASE)


# "on the eve of Nowruz": the day before a feast, a time and no target (the pack's "eve" is
# Turkish "ev", a house, with its dative ending: "eve girdiler", they entered the house).
_EVE_OF_AFTER = re.compile(r"^\s+of\b", re.IGNORECASE)


# A Turkish landmark the attack was only near: "Kabil Üniversitesi yakınlarındaki bir
# kavşakta" (at a junction near Kabul University) says where, not whom.
# Turkish "park etmek" (to park): "park edilmiş bir otomobil" (a parked car) is no park.
_TR_PARKED_AFTER = re.compile(r"^\s+(?:et|ed|edil)\w*", re.IGNORECASE)
_TR_NEAR_AFTER = re.compile(r"^(?:['’]\w*)?\s+yak[ıi]n(?:lar)?[ıi]nda(?:ki)?\b", re.IGNORECASE)


def _dropped(text: str, c: Candidate) -> bool:
    """Attackers, sources of information, places, the mourned, whom a supply run served and
    the words of a motive are not targets."""
    after = text[c.end :]
    before = text[max(0, c.start - 40) : c.start]
    inside_of = _OF_BEFORE.search(before) and not _PASSIVE_AFTER.match(after)
    # "judges of the Supreme Court were shot": the passive's subject is the judges, not the
    # body named inside their "of"/"for" phrase
    modifier = (
        _LINK_BEFORE.search(before)
        and _PASSIVE_HARM.match(after)
        # "three staff members of the election commission were abducted": the staff are the
        # commission's people, and the commission says who they were
        and not _STAFF_OF_BEFORE.search(before)
    )
    agent = (_AGENT_AFTER.match(after) or modifier) and not inside_of
    return bool(
        (agent and (c.person or not _PASSIVE_SITE.match(after)))
        or _SOURCE_WORDS.match(after)
        or (_DESCRIBED_AFTER.match(after) is not None and _RELATIVE_BEFORE.search(before))
        or _ACCORDING.search(before)
        or _SPEAKER_ROLE_BEFORE.search(text[max(0, c.start - 120) : c.start])
        or _FOREIGN_SOURCE_BEFORE.search(before)
        or _FOREIGN_SOURCE_AFTER.match(after)
        or _AR_LAUNCHER_BEFORE.search(before) is not None
        or (
            _TR_SPEAKER_AFTER.match(after) is not None
            and "," not in text[: c.start]
            and _TR_NATIONAL_OFFICE.search(c.text) is not None
        )
        or _MOURNED.search(before)
        or _MOURNED_FOREIGN_BEFORE.search(before)
        or _MOURNED_TR_AFTER.match(after)
        or _SUPPLIED.search(before)
        or _MOTIVE_BEFORE.search(text[max(0, c.start - 80) : c.start])
        or _HINDERED_BEFORE.search(before)
        or _TAKEN_TO.search(before)
        or _PASSIVE_AGENT_BEFORE.search(text[max(0, c.start - 70) : c.start])
        or _FLED_TO.search(text[max(0, c.start - 60) : c.start])
        or _CAPTIVES_TAKEN_TO.search(text[max(0, c.start - 70) : c.start])
        or (_RIDDEN.search(c.text) is not None and _ATTACKERS_RIDE.search(before))
        or _UNIFORM_AFTER.match(after)
        or _EARLIER_FIGHT.search(before)
        or _lockup(text, c)
        or (c.text.lower() == "bank" and bool(_RIVER_BANK.search(before)))
        or (c.text.lower() == "park" and bool(_TR_PARKED_AFTER.match(after)))
        or (c.text.lower() == "eve" and bool(_EVE_OF_AFTER.match(after)))
        or _EARLIER_EVENT.search(text[: c.start])
        or (c.text.lower() in _PLACE_NOUNS and bool(_NAMED_PLACE.search(before)))
        or _TR_NEAR_AFTER.match(after) is not None
        # "in Police District 9 of Kabul city": a numbered district of a city is a place
        or _AREA_NAME_AFTER.match(after) is not None
    )


def _possessive_building(text: str, c: Candidate) -> Candidate:
    """ "the district governor's compound" is the governor's side's building, not the person."""
    building = _BUILDING_AFTER.match(text[c.end :])
    if building is None:
        return c
    end = c.end + building.end()
    return replace(c, end=end, text=text[c.start : end], person=False, container=False)


# What a piece of infrastructure is decides its type, not the company that owns it: "a mobile
# phone mast belonging to a company" is telecommunication (GTD).
_INFRASTRUCTURE = frozenset(
    {"Telecommunication", "Utilities", "Maritime", "Airports & Aircraft", "Food or Water Supply"}
)


_TOURISTS = "Tourists"
_KIN_LINK = re.compile(
    r"\b(?:half-)?(?:brother|sister|son|daughter|father|mother|nephew|cousin|uncle|wife"
    r"|husband|relative)s?\b",
    re.IGNORECASE,
)


def _resolve_container(text: str, best: Candidate, found: list[Candidate]) -> Candidate:
    """Follow "a minibus carrying employees of the Ministry" to the ministry."""
    current = best
    for _ in range(3):
        owner = next(
            (
                c
                for c in sorted(found, key=lambda c: c.start)
                if c.start > current.end
                and (
                    _OWNER_LINK.match(text[current.end : c.start])
                    or (current.container and _RU_OWNER_LINK.match(text[current.end : c.start]))
                    or (current.container and _AR_OWNER_LINK.match(text[current.end : c.start]))
                )
                and (current.container or c.target_type != _PCP)
                # "head of the council and half-brother of the president": a kinship, no owner
                and (current.container or not _KIN_LINK.search(text[current.end : c.start]))
                and not (current.target_type in _INFRASTRUCTURE and c.target_type == "Business")
                # "a hotel used by foreigners": a business that foreign guests use stays the
                # business (GTD); its guests own no part of it
                and not (current.target_type == _BUSINESS and c.target_type == _TOURISTS)
                # "an ambulance of the health department": an ambulance is Other whoever runs
                # it (GTD), unless a charity does ("an ambulance of the Red Crescent")
                and not (current.target_type == "Other" and c.target_type != "NGO")
            ),
            None,
        )
        if owner is None:
            break
        current = owner
        if not current.container:
            break
    if current.container and _POSSESSIVE.search(text[max(0, current.start - 30) : current.start]):
        person = _owner_before(found, before=current.start) or _person_after(
            text, found, after=current.end
        )
        if person is not None:
            return person
    if _RELATIVES.search(text[max(0, current.start - 60) : current.start]):
        return replace(current, target_type="Private Citizens & Property", actor=None)
    return current


def _person_after(text: str, found: list[Candidate], after: int) -> Candidate | None:
    people = [c for c in found if c.start >= after and is_prominent(text, c.start, c.end)]
    return min(people, key=lambda c: c.start) if people else None


def _owner_before(found: list[Candidate], before: int) -> Candidate | None:
    """The nearest specific target before "his/her/their <container>"."""
    owners = [c for c in found if c.end <= before and not c.container]
    return max(owners, key=lambda c: c.end) if owners else None


def candidates(
    text: str,
    registry: Registry,
    *,
    actors: list[ActorHit],
    offset: int,
    trigger_at: int | None,
    exclude: list[tuple[int, int]],
) -> list[Candidate]:
    """Target words in one sentence, scored; positions are relative to the sentence."""
    places = [
        (m.start, m.end)
        for m in phrases.find_places(registry, text)
        if registry.places.get(m.value) is not None
        and registry.places[m.value].kind in ("district", "province", "town")
    ]
    found = [
        _from_term(m.start, m.end, m.text, term)
        for m, term in phrases.find_targets(registry, text)
        # "Imam Sahib district", "Sayed Karam": a word inside a place's name is no target
        if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in places)
    ]
    found = [_of_the_un(text, c) for c in _with_place_roles(text, found)]
    found = [_inherit_group(text, c, actors, offset, registry) for c in found]
    owned = _owned_by_actor(text, actors, offset, registry, found)
    found = [
        c
        for c in found
        if c.actor is not None or not any(c.start < o.end and o.start < c.end for o in owned)
    ]
    owned = [
        o
        for o in owned
        if not any(
            c.start < o.end
            and o.start < c.end
            and (c.actor or (c.start <= o.start and c.end >= o.end and not c.container))
            for c in found
        )
    ]
    found.extend(owned)
    found.sort(key=lambda c: c.start)
    found = _companies_of_kind(found, text)
    heads = [
        _possessive_building(text, c)
        for i, c in enumerate(found)
        if not (
            i + 1 < len(found)
            and 0 < found[i + 1].start - c.end <= 1
            and not c.person
            and not _owns_next(c, found[i + 1])
            and not _title_opens_name(text, found[i + 1])
        )
        and not (
            len(found) > 1 and c.target_type == _PCP and _POSSESSIVE_AFTER.match(text[c.end :])
        )
        and not (i + 1 < len(found) and _name_part(text, c, found[i + 1]))
    ]
    kept = []
    for c in heads:
        if any(c.start < e and s < c.end for s, e in exclude) or _dropped(text, c):
            continue
        if not c.person and _OWN_PLACE_BEFORE.search(text[max(0, c.start - 40) : c.start]):
            c = replace(c, container=True)  # "shot a man outside his shop": the man
        kept.append(replace(c, score=_score(text, c, trigger_at)))
    return _titles_to_roles(text, _employed_by(text, kept))


# Workers named with whom they work for: "a French worker for the UN refugee agency", "two
# engineers with an aid group", "six workers from a road construction company". The employer
# says who they were (GTD codes staff by their employer), not the bare word for a worker.
_EMPLOYEE_WORDS = frozenset(
    {"worker", "workers", "employee", "employees", "staff", "engineer", "engineers"}
)
_EMPLOYER_GAP = re.compile(
    r"\s+(?:for|with|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}", re.IGNORECASE
)
_HIRED = frozenset({_PCP, "Business"})  # a bare worker, an engineer (a trade's own type)
_EMPLOYERS = frozenset(
    {"Government (Diplomatic)", "NGO", "Government (General)", "Journalists & Media", "Business"}
)


def _employed_by(text: str, kept: list[Candidate]) -> list[Candidate]:
    out = list(kept)
    for i in range(len(out) - 1):
        worker, employer = out[i], out[i + 1]
        if worker.target_type not in _HIRED or employer.target_type not in _EMPLOYERS:
            continue
        if worker.text.lower().split()[-1] not in _EMPLOYEE_WORDS:
            continue
        if _EMPLOYER_GAP.fullmatch(text, worker.end, employer.start):
            out[i] = replace(worker, target_type=employer.target_type, actor=employer.actor)
    return out


# People, vehicles or offices of the United Nations: "three UN election workers", "a United
# Nations refugee agency vehicle". The pack types the bare noun (election workers are
# Government (General)); the UN's own are a diplomatic mission's people (GTD: Government
# (Diplomatic)), whatever work they do.
_UN_BEFORE = re.compile(
    r"(?-i:\bUN|\bU\.N\.|\bUnited Nations)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_UN_RETYPED = frozenset({"Government (General)", "NGO", _PCP, "Business"})


def _of_the_un(text: str, c: Candidate) -> Candidate:
    if c.target_type not in _UN_RETYPED or c.actor is not None:
        return c
    if not _UN_BEFORE.search(text[max(0, c.start - 40) : c.start]):
        return c
    return replace(c, target_type="Government (Diplomatic)")


# A role split by the name of the place it governs: "Haji Abdul Qayum, chief of Nad Ali
# district", "the head of Khas Uruzgan district". "Chief" and "head" alone are no pack terms
# (a tribal chief, the head of a family); with a district or province named they are its
# administrator (GTD: Government (General)).
_PLACE_ROLE = re.compile(
    r"\b(?:(?:deputy|acting|former)\s+)?(?:chief|head|administrator)\s+of\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’-]*\s+){1,3}(?:district|province)\b(?!['’])",
    re.IGNORECASE,
)


def _with_place_roles(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` and the place roles no pack term covers ("police chief of X district" is the
    pack's "police chief")."""
    if " of " not in text or not ("chief" in text or "head" in text or "administrator" in text):
        return found
    extra = [
        Candidate(m.start(), m.end(), m.group(0), "Government (General)", None, None)
        for m in _PLACE_ROLE.finditer(text)
        if not any(c.start < m.end() and m.start() < c.end for c in found)
        and not text[max(0, m.start() - 12) : m.start()]
        .lower()
        .rstrip()
        .endswith(("police", "intelligence", "army", "security", "taliban"))
    ]
    return sorted(found + extra, key=lambda c: c.start) if extra else found


# Capitalised words between two target words: "the Park Palace guesthouse", "the Garden
# Star hotel". The first word opens the name of the second's place, no target of its own.
_NAME_GAP = re.compile(r"\s+(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}")


def _name_part(text: str, c: Candidate, following: Candidate) -> bool:
    return c.text[:1].isupper() and bool(_NAME_GAP.fullmatch(text, c.end, following.start))


# Companies whose trade has a GTD target type of its own: "the Afghan Telecom company", "a
# Roshan firm", "a power company", "a media company" are telecommunication, utilities and
# media, not Business.
_COMPANY_WORDS = frozenset({"company", "companies", "firm", "firms"})
_TRADE_TYPES = frozenset({"Telecommunication", "Utilities", "Journalists & Media"})


def _companies_of_kind(found: list[Candidate], text: str) -> list[Candidate]:
    """Joins a trade's word and the generic "company" after it into one target of the trade."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and c.text.lower() in _COMPANY_WORDS
            and prev.target_type in _TRADE_TYPES
            and not prev.container
            and 0 < c.start - prev.end <= 1
        ):
            out[-1] = replace(prev, end=c.end, text=text[prev.start : c.end])
            continue
        out.append(c)
    return out


def _owns_next(c: Candidate, following: Candidate) -> bool:
    """ "Home" after a target word is an adverb, not the noun the word modifies: in "a minibus
    taking employees of a television channel home from work" the channel is the owner. An
    institution before a vehicle or its staff owns them: "a Supreme Court car" is the court's,
    and so are "Supreme Court employees"."""
    word = following.text.lower()
    if word == "home":
        return True
    if c.container or c.target_type not in _OWNER_BODIES:
        return False
    if c.target_type in ARMED_TARGETS and c.actor is not None:
        return False  # a group's patrol and its vehicles take the type the date gives them
    return word in _OWNED_BY_BODY or (word in _FORCE_MEN and c.target_type in ARMED_TARGETS)


_VEHICLES = frozenset({"car", "cars", "vehicle", "vehicles", "minibus", "minibuses", "bus"})
_OWNED_BY_BODY = _VEHICLES | {"employees", "employee", "staff", "workers", "worker", "staffers"}
# Bodies whose cars carry their staff (a Supreme Court car, an NGO vehicle, a TV channel's bus),
# and forces whose buses and men are theirs ("a police academy bus", "Afghan Local Police men").
_OWNER_BODIES = frozenset(
    {
        "Government (General)",
        "Government (Diplomatic)",
        "NGO",
        "Journalists & Media",
        "Police",
        "Military",
    }
)
_FORCE_MEN = frozenset({"men", "pickup", "pickups"})


# A religious title before a name ("Mullah", "Mawlawi") is part of how the man is called; the
# role in apposition after the name says who he is: "Mawlawi Abdul Wakil, a judge of the
# appeals court", "Mullah Naqibullah, a Taliban commander" (a cleric's role keeps the type).
_TITLE_WORDS = frozenset({"mullah", "mawlawi", "maulvi", "mawlavi", "maulana", "molvi", "mulla"})
_NAME_THEN_ROLE = re.compile(
    r"^(?:\s+[A-Z][\w'’-]*){1,4},\s+(?:a|an|the)\s+[^,;.]{0,60}", re.UNICODE
)


def _titles_to_roles(text: str, kept: list[Candidate]) -> list[Candidate]:
    out = list(kept)
    for title in kept:
        if title.text.strip().lower() not in _TITLE_WORDS:
            continue
        before = _role_before_title(text, title, out)
        if before is not None:
            out = [
                replace(c, score=max(c.score, title.score), person=True) if c is before else c
                for c in out
                if c is not title
            ]
            continue
        after = _NAME_THEN_ROLE.match(text[title.end :])
        if after is None:
            continue
        limit = title.end + after.end()
        inside = [c for c in out if title.end < c.start < limit]
        if any(c.target_type == _RELIGIOUS for c in inside):
            continue  # "a teacher at a religious school": still a religious figure
        role = next(
            (c for c in sorted(inside, key=lambda c: c.start) if not c.container),
            None,
        )
        if role is None:
            continue
        out = [
            replace(c, score=max(c.score, title.score), person=True) if c is role else c
            for c in out
            if c is not title
        ]
    return out


_NAME_AFTER_TITLE_WORD = re.compile(r"\s+[A-Z]")
_NOT_ROLES = frozenset({"Religious Figures/Institutions", _PCP})


def _title_opens_name(text: str, c: Candidate) -> bool:
    """A religious title followed by a name ("Mawlawi Abdul Rahman"), not a role ("a mullah")."""
    return c.text.strip().lower() in _TITLE_WORDS and bool(
        _NAME_AFTER_TITLE_WORD.match(text, c.end)
    )


def _role_before_title(text: str, title: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The role set right before a religious title and the name it opens says who the man is:
    "the police chief Mawlawi Abdul Rahman" is a police chief ("a cleric Mawlawi ..." stays
    religious, the role's own type). A title with no name after it is itself the role: "a
    village mullah"."""
    if not _title_opens_name(text, title):
        return None
    return next(
        (
            c
            for c in kept
            if 0 < title.start - c.end <= 1 and not c.container and c.target_type not in _NOT_ROLES
        ),
        None,
    )


def _display(text: str, c: Candidate) -> tuple[str, int]:
    """The target's words, extended left over a proper name: "Imam Bargah Shia mosque"."""
    if c.label:
        return c.label, c.start
    left = _NAME_LEFT.search(text[max(0, c.start - 60) : c.start])
    if left and c.start - len(left.group(1)) > 0:
        words = left.group(1)
        return words + c.text, c.start - len(words)
    return c.text, c.start


# The rules ask this of one candidate again and again (nine times in ten over the benchmark's
# reports, about 517 distinct questions in 5,300): remembered for a document's candidates.
@lru_cache(maxsize=1024)
def is_prominent(text: str, start: int, end: int) -> bool:
    """A prominent person: "the district governor", "a cleric", "Kabul's mayor", "a member of
    the provincial council". Not a building named after one: "the governor's compound".
    """
    words = text[start:end]
    if _foreign_role(words) or _FOREIGN_HEAD_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    if _TR_HEAD_AFTER.match(text[end : end + 30]):
        return True
    holder = _ROLE_OF_BEFORE.search(text[max(0, start - 40) : start])
    if holder is not None and _BODY_END.search(words) and not _POSSESSIVE_AFTER.match(text[end:]):
        # "a member of the provincial council", "the head of the provincial department"
        return _singular_before(text, start - len(holder.group(0)))
    role = _PROMINENT.search(words) or _PROMINENT_START.match(words)
    if _MEMBER_OF_BODY.match(text[start:]):
        role = _MEMBER_OF_BODY.match(text[start:])
    if not role or _POSSESSIVE_AFTER.match(text[end:]):
        return False
    singular = _singular_before(text, start) or bool(_NAME_AFTER_TITLE.match(text, end))
    return singular or text[start:end].lower().endswith(("judges", "prosecutors"))


# A title before a name is one person: "President Hamid Karzai", "Governor Mohammad Omar".
_NAME_AFTER_TITLE = re.compile(r"\s+(?-i:[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*)")


def _singular_before(text: str, start: int) -> bool:
    """One person: "a", "the", "his" or a name before the role."""
    before = text[max(0, start - 40) : start]
    return (
        bool(_SINGULAR_BEFORE.search(before))
        or bool(re.search(r"[A-Z]\w+,?\s*$", before))
        or bool(_NAME_THEN_MODIFIERS.search(before))
    )


# A role in apposition to a name, after a modifier or two: "Burhanuddin Rabbani, former
# president", "Ahmad Shah Massoud, defence minister".
_NAME_THEN_MODIFIERS = re.compile(r"(?-i:[A-Z][\w'’-]+),\s+(?:[\w-]+\s+){1,2}$")


def choose(
    text: str,
    registry: Registry,
    *,
    actors: list[ActorHit] | None = None,
    offset: int,
    trigger_at: int | None,
    exclude: list[tuple[int, int]],
    date: dt.date | None,
) -> TargetChoice | None:
    """The best target in one sentence (offsets into the document), or ``None``."""
    found = candidates(
        text, registry, actors=actors or [], offset=offset, trigger_at=trigger_at, exclude=exclude
    )
    if not found:
        return None
    specific = [c for c in found if not c.container]
    pool = specific if specific and max(c.score for c in specific) >= 0 else found
    first = _subject_over_place(text, max(pool, key=lambda c: c.score), found)
    first = _people_at_place(text, _held_at(text, first, found), found)
    first = _guarded_site(text, _visa_queue(text, first, found), found)
    first = _used_by(text, _put_to_use(text, first, found), found)
    visited = _guard_of_site(text, _visitor(text, first, found), found)
    first = _prominent_present(text, visited, found)
    # the attack on the place he was at was aimed at him: an assassination (GTD), by any means
    aimed_at_present = first is not visited
    first = _official_killed_at_state_site(text, _named_first_among_dead(text, first, found), found)
    guest = _official_killed_at_celebration(text, first, found)
    # the bomb at the celebration was aimed at him: an assassination (GTD), by any means
    aimed_at_guest = guest is not first
    first = guest
    first = _site_supply(text, _responders(text, first, found), found)
    first = _working_on_utility(text, _second_of_kind(text, first, found), found)
    best = _mixed_crowd(text, _resolve_container(text, first, found), found)
    best = _person_bombed_at_site(text, _inside_state_compound(text, best, found), found)
    label, start = _display(text, best)
    target_type = _office_dated_type(text, best, date, registry)
    if target_type == NON_STATE and registry.governs(best.actor, date):
        target_type = taliban_type(text[best.start : best.start + _TALIBAN_NOUN_WINDOW])
    holder = _role_holder_killed(text, found)
    named = _named_holder_killed(text, found)
    if named is not None:
        best, holder = named, True
        label, start = _display(text, best)
        target_type = _office_dated_type(text, best, date, registry)
    return TargetChoice(
        target=label,
        target_type=target_type,
        actor=best.actor,
        start=start + offset,
        end=best.end + offset,
        prominent=holder
        or _aimed_at_person(text, first, best, found)
        or _named_role_attacked(text),
        prominent_bombing=holder
        or aimed_at_guest
        or aimed_at_present
        or _bomb_aimed_at_person(found, text),
    )


# A summary that opens on a named person in a prominent role, killed: "Arsala Jamal, the
# governor of Logar province, was killed when a bomb hidden in a microphone exploded", "Malalai
# Maiwand, a presenter at Enikas radio, was shot dead". The account is about him: he was its
# aim (GTD: an assassination, by any means), not the prayer or the crowd around him.
# A name of two to five capitalised words ("Hakim Taniwal", "Haji Alam Gul").
_FULL_NAME = r"(?-i:(?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*)"
_NAMED_HOLDER_KILLED = Gated(
    re.compile(
        r"(?:\d{1,2}/\d{1,2}/\d{4}:\s+)?"
        r"(?:" + _FULL_NAME + r",\s+"
        r"(?P<role>(?:(?:a|an|the)\s+)?[^.;,]{3,120}?)"
        # the role before the name: "The head of the provincial council, Haji Alam Gul, was
        # killed", "Governor of Paktia, Hakim Taniwal, was killed"
        r"|(?P<role_first>(?:(?:a|an|the)\s+)?[^.;,]{3,80}?),\s+" + _FULL_NAME + r")"
        r",\s+was\s+(?:killed|shot dead|shot|assassinated|stabbed|gunned down|beheaded)\b",
        re.IGNORECASE,
    )
)


def _named_holder_killed(text: str, found: list[Candidate]) -> Candidate | None:
    """The prominent role, in apposition to the name that opens the sentence, of one killed."""
    told = _NAMED_HOLDER_KILLED.match(text)
    if told is None:
        return None
    first = told.group("role") is None
    start, end = told.span("role_first") if first else told.span("role")
    return next(
        (
            c
            for c in found
            if start <= c.start
            and c.end <= end
            and not c.container
            and (c.person or is_prominent(text, c.start, c.end) or (first and _role_word(c.text)))
        ),
        None,
    )


def _role_word(words: str) -> bool:
    """A prominent role's words, with nothing to say they name one person: the name set after
    them says it ("Governor of Paktia, Hakim Taniwal, was killed")."""
    return bool(_PROMINENT.search(words) or _PROMINENT_START.match(words))


# A named person shot at or killed and described by the body he heads or by a prominent role:
# "shot dead Safia Ama Jan, head of the women's affairs department of Kandahar province",
# "opened fire on the car of Farid Nazari, director of the private station Radio Sulh", "walked
# up to Anders Berg, a correspondent for a Swedish radio network", "fired on Najiba Rahimi, who
# presented a women's programme". The role's words follow the name, so no target term carries
# it; a named person attacked for such a role is prominent (GTD: an assassination).
_NAMED_ROLE_ATTACKED = Gated(
    re.compile(
        r"\b(?:shot dead|shot|killed|assassinated|stabbed|gunned down|opened fire on"
        r"|fired (?:on|at)|walked up to)\s+(?:the\s+(?:car|vehicle)\s+of\s+)?"
        r"(?-i:(?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*),\s+"
        r"(?:(?:the\s+|a\s+|an\s+)?(?:(?:acting|deputy|provincial|district)\s+)?"
        r"(?:head|chief|director|chairman)\s+of\s+the\b"
        r"|(?:the\s+|a\s+|an\s+)(?:[\w'’-]+\s+){0,2}?(?:correspondent|presenter|journalist|reporter"
        r"|editor|anchor|commander|cleric|imam|preacher|judge|prosecutor)\b"
        r"|who\s+(?:presented|hosted|anchored|edited|headed|chaired|directed|commanded)\b)",
        re.IGNORECASE,
    )
)


# A named officer of an intelligence service shot or killed: "shot dead Qari Rahim, an officer
# of the Taliban's intelligence directorate", "killed a Taliban intelligence officer, Mullah
# Nasir,". Singled out by name, he was the aim (GTD: an assassination); an unnamed officer shot
# at a checkpoint stays an armed assault, as does any rank-and-file officer named.
_NAMED_INTELLIGENCE_OFFICER = Gated(
    re.compile(
        r"\b(?:shot dead|shot|killed|assassinated|stabbed|gunned down)\s+"
        r"(?:" + _CAPITALISED_NAME + r",\s+(?:a|an|the)\s+"
        r"(?:(?:[\w'’-]+\s+){0,2}?intelligence\s+(?:officer|official|agent)\b"
        r"|officer\s+of\s+(?:the\s+)?[^,.;]{0,40}?\bintelligence\b)"
        r"|(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?intelligence\s+(?:officer|official|agent),\s+"
        + _CAPITALISED_NAME
        + r"\s*,)",
        re.IGNORECASE,
    )
)


def _named_role_attacked(text: str) -> bool:
    return "," in text and bool(
        _NAMED_ROLE_ATTACKED.search(text) or _NAMED_INTELLIGENCE_OFFICER.search(text)
    )


# One named role-holder attacked at his own home or in his own car, and killed: "a bomb
# planted near the home of a school principal exploded as he left for work, killing him",
# "ambushed the vehicle of a Japanese doctor ..., killing him, his driver and four bodyguards".
# The attack was aimed at him (GTD: an assassination), though his role is no office of state.
# Rank-and-file people stay a bombing or an assault ("the car of an employee of the ministry
# exploded, killing him", "the motorcycle of a police officer").
_OWN_THING_OF_BEFORE = re.compile(
    r"\b(?:home|house|residence|car|vehicle|motorcycle|motorbike)\s+of\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ROLE_HOLDER = re.compile(
    r"\b(?:principal|headmaster|headmistress|doctor|physician|surgeon|professor|lecturer|dean"
    r"|rector|engineer|lawyer|director|manager)$",
    re.IGNORECASE,
)
_KILLING_HIM_AFTER = re.compile(r"^[^.;]{0,160}?\bkilling (?:him|her)\b", re.IGNORECASE)


def _role_holder_killed(text: str, found: list[Candidate]) -> bool:
    """Whether one role-holder was killed in an attack on his own home or vehicle."""
    if "killing h" not in text:
        return False
    return any(
        _ROLE_HOLDER.search(c.text)
        and _OWN_THING_OF_BEFORE.search(text[max(0, c.start - 60) : c.start])
        and _KILLING_HIM_AFTER.match(text[c.end :])
        for c in found
    )


# A second bomber who struck those who had rushed to the scene of the first blast: "a second
# bomber ... walked into the crowd of reporters who had rushed to the scene". The follow-up blast
# was aimed at them, and the account is coded by them (GTD), when they are more than a crowd
# of onlookers.
AT_SCENE_AFTER = re.compile(
    r"^\s+(?:who|that)\s+(?:had\s+)?(?:rushed|gathered|arrived|come|came|converged|flocked"
    r"|hurried)\s+(?:to|at|on)\s+the\s+(?:scene|site|spot)\b",
    re.IGNORECASE,
)


def _responders(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if "scene" not in text and "site" not in text and "spot" not in text:
        return first
    for c in found:
        if c.container or c.target_type == _PCP or c is first:
            continue
        if AT_SCENE_AFTER.match(text[c.end :]):
            return c
    return first


# The water or food a site keeps for its own people serves that site: "drinking water from a
# tank at a girls' high school" poisoned the school (GTD: Educational Institution), not a
# public supply.
_FOOD_WATER = "Food or Water Supply"
_AT_SITE = re.compile(
    r"^[^,.;]{0,30}?\b(?:at|in|inside|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _site_supply(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.target_type != _FOOD_WATER:
        return first
    for c in found:
        if c.start <= first.end or c.container or c.target_type in (_PCP, _FOOD_WATER):
            continue
        if _AT_SITE.match(text[first.end : c.start]):
            return c
    return first


# "passed one police checkpoint and blew up at a second near the ministry", "detonated it at a
# second checkpoint": an ordinal counts on from a target already named, and the blast at the
# second one struck that kind of target, more than the building it was near. The noun after the
# ordinal may be left out (it is followed by a preposition or a stop).
_SECOND_ONE = re.compile(
    r"\b(?:at|near|outside|into|on)\s+(?:a|the)\s+(?:second|third|another)\b"
    r"(?:\s+(?P<noun>(?!(?:near|in|on|at|outside|close|by|of)\b)[\w-]+))?",
    re.IGNORECASE,
)


def _second_of_kind(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.person or not any(w in text for w in ("second", "third", "another")):
        return first
    m = _SECOND_ONE.search(text)
    if m is None:
        return first
    noun = m.group("noun")
    earlier = [c for c in found if c.end <= m.start() and not c.container]
    if noun is not None:
        # the earlier one of the same head noun holds its kind ("police checkpoint"); else the
        # one the ordinal names, if it is a target at all
        same = [c for c in earlier if c.text.lower().split()[-1] == noun.lower()]
        named = [c for c in found if c.start == m.start("noun") and not c.container]
        chosen = same[-1] if same else named[0] if named else None
    else:
        chosen = earlier[-1] if earlier else None
    return first if chosen is None else chosen


# The Taliban target and the words that say which arm: "vehicle of the Taliban's provincial
# police chief", "Taliban intelligence officials".
_TALIBAN_NOUN_WINDOW = 80
_GATHERING = re.compile(r"funeral|mourner|memorial|prayer|ceremony|gathering", re.IGNORECASE)
_HELD_AT = re.compile(
    r"^[^,;.]{0,25}?\b(?:at|outside|in|inside|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_RELIGIOUS = "Religious Figures/Institutions"


# People who are at a place of worship to worship: "opened fire on pilgrims" inside a shrine is
# an attack on the shrine (gold-format: worshippers inside a mosque are a religious target).
_CONGREGATION = re.compile(r"pilgrims?|worshipp?ers?|devotees|congregation", re.IGNORECASE)


# "outside a bank where Taliban soldiers were queuing", "a wedding hall where religious
# scholars had gathered", "the guesthouse where UN staff lodged": the people the place held at
# the time are whom the attack was aimed at, when they are more than private citizens. A
# business (a bank, a guesthouse) gives way to people named as a body's own ("Taliban
# soldiers", "employees of the Taliban administration", "United Nations staff"), and to
# unnamed soldiers or police alone ("a bank where soldiers queued for their pay": coders give
# the soldiers); a queue of several kinds ("where soldiers and teachers were queuing") is the
# bank's own crowd of customers, and stays Business.
_PLACE_TYPES = frozenset({_PCP, "Educational Institution"})
_BUSINESS = "Business"
_VISITED_TYPES = frozenset({_PCP, _BUSINESS, "Educational Institution", "Government (General)"})
_NAMED_BODY = re.compile(r"\b[A-Z][a-z]+")
_PEOPLE_TYPES = frozenset(
    {
        "Police",
        "Military",
        "Government (General)",
        "Government (Diplomatic)",
        _RELIGIOUS,
        "Journalists & Media",
        "NGO",
        NON_STATE,
    }
)
_WHERE_PEOPLE = re.compile(
    r"^[^.;]{0,90}?(?:,\s*|\s)(?:where|as|while)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE
)
_PEOPLE_DOING = re.compile(
    r"^(?:\s+and\s+[\w-]+)?\s+(?:(?:were|had|was|had been)\s+(?:\w+\s+)?)?"
    r"(?:\w+ing|gathered|queued|waited|lined|met|stood|assembled|sat|slept|lodged|stayed"
    r"|lived|worked|prayed|came|come|collected|drew)\b",
    re.IGNORECASE,
)
_FORCES = frozenset({"Police", "Military"})
# "soldiers and civilians queued": people of more than one kind follow the first
_AND_OTHERS = re.compile(r"^\s+(?:and|as well as)\s", re.IGNORECASE)


# A checkpoint or gate that guards a place is where a bomber was stopped on his way to it: "blew
# himself up at a checkpoint outside the military airport", "at the gate of the provincial council".
_GUARD_POST = re.compile(r"\b(?:checkpoints?|check\s?posts?|gates?|entrance)$", re.IGNORECASE)
# The place guarded may be a gathering held by the person aimed at: "at a checkpoint outside an
# election rally addressed by the president", "outside a campaign rally for the governor".
_GUARDING = re.compile(
    r"^\s+(?:outside|guarding|in front of|(?:at\s+)?the\s+(?:entrance|gate)\s+(?:of|to))\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:(?:rally|meeting|gathering|ceremony|speech)\s+(?:(?:addressed|held|hosted|attended)\s+by"
    r"|for|of)\s+(?:the\s+)?(?:[\w'’-]+\s+)?)?$",
    re.IGNORECASE,
)


# "a mosque that was being used as a voter registration centre", "a school ..., that was to
# serve as a polling centre": a site is coded by the use it was put to (GTD: a polling
# station in a school is Government (General)). The relative may be reduced: "a school being
# used as a polling centre", "a clinic used as a polling station" (right after the site only).
_USED_AS = Gated(
    re.compile(
        r"^(?:[^.;]{0,90}?,?\s+(?:that|which)\s+(?:was|were|had been|is|are)\s+"
        r"(?:being\s+|then\s+)?"
        r"|,?\s+(?:being\s+|then\s+)?(?=used\s+as\b|serving\s+as\b))"
        r"(?:used\s+as|to\s+(?:serve|be\s+used)\s+as|serving\s+as|converted\s+into|turned\s+into)"
        r"\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$",
        re.IGNORECASE,
    )
)


def _put_to_use(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.person or first.container:
        return first
    for c in found:
        other = c.start > first.end and not c.container and c.target_type != first.target_type
        if other and _USED_AS.match(text[first.end : c.start]):
            return c
    return first


# A site "used by" or "run by" a force, mission or charity was attacked for its users (GTD: the
# intended target): "the main gate of the airport, used by NATO forces", "a base run by US
# troops", "a guesthouse used by a Swedish aid group". A road or track used by patrols is no
# site of theirs: a mine there struck whoever passed. The site's place may come between: "a
# guesthouse in the old quarter of Herat city, Herat province, used by Red Cross staff".
_USED_BY = re.compile(
    r"^(?:\s+(?:[\w'’-]+\s+){0,3}?|\s+(?:in|near|on)\s+[^.;]{0,100}?)?,?\s+(?:used|run|occupied)"
    r"\s+by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_USER_TYPES = frozenset({"Military", "Government (Diplomatic)", "NGO", "Police"})
# The Arabic "belonging to": "دار ضيافة تابعة لمنظمة إغاثة" (a guesthouse belonging to an aid
# group), "المجمع التابع للجيش"; the owner's words follow at once, their "ل" joined to them.
_AR_BELONGING_TO = re.compile(r"^\s+(?:ال)?تابع(?:ة|ين|تين)?\s+$")


def _used_by(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.person or _ROAD.search(first.text):
        return first
    for c in found:
        if c.start <= first.end or c.target_type not in _USER_TYPES:
            continue
        between = text[first.end : c.start]
        if c.target_type != first.target_type and (
            _USED_BY.match(between) or _AR_BELONGING_TO.match(between)
        ):
            return c
        return first
    return first


# Armed men named first in a list that ends with civilians: "a gathering of Taliban fighters,
# soldiers and civilians celebrating the ceasefire", "among Taliban fighters, soldiers and
# villagers". A crowd of both sides and civilians is a public gathering (Private Citizens &
# Property), not an attack on either force.
_CIVILIANS_LAST = re.compile(
    r"^(?:,\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)+,?\s+(?:and|as well as)\s+(?:local\s+|ordinary\s+)?"
    r"(?:civilians|villagers|residents|locals)\b",
    re.IGNORECASE,
)


def _mixed_crowd(text: str, best: Candidate, found: list[Candidate]) -> Candidate:
    if best.target_type not in ARMED_TARGETS or best.person:
        return best
    mixed = _CIVILIANS_LAST.match(text[best.end :])
    if mixed is None:
        return best
    end = best.end + mixed.end()
    civilians = [c for c in found if best.end < c.start < end and c.target_type == _PCP]
    return civilians[-1] if civilians else best


# "opened fire inside the governor's compound, killing the provincial police chief": at a
# state building, the official the attack killed says whom it was aimed at, more than the
# building it happened in (GTD: the target is who was attacked).
_STATE_SITES = frozenset({"Government (General)", "Police", "Military"})


def _official_killed_at_state_site(
    text: str, first: Candidate, found: list[Candidate]
) -> Candidate:
    if first.person or first.container or first.target_type not in _STATE_SITES:
        return first
    if is_prominent(text, first.start, first.end):
        return first
    for c in found:
        if c.start <= first.end or c.target_type == first.target_type:
            continue
        if c.target_type not in _STATE_SITES or not is_prominent(text, c.start, c.end):
            continue
        if _KILLING_BEFORE.search(text[max(0, c.start - 70) : c.start]):
            return c
    return first


# Engineers or a company at work on a power installation serve the utility (GTD: Utilities):
# "engineers working on a power substation", "a company building a dam". A project is the
# builder's own contract: "engineers working on a dam project" stay Business.
_AT_WORK_ON = re.compile(
    r"^,?\s+(?:who\s+(?:were|was|had\s+been)\s+)?(?:working\s+on|building|constructing"
    r"|repairing|installing|maintaining)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PROJECT_AFTER = re.compile(r"^\s+(?:projects?|contracts?|scheme)\b", re.IGNORECASE)


# "engineers of a company building a dam": the workers' employer may come between
_OF_EMPLOYER = re.compile(r"^\s+(?:of|from|with)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$", re.I)


def _working_on_utility(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.target_type != _BUSINESS:
        return first
    worker = first
    for c in found:
        if c.start <= worker.end or c.container:
            continue
        between = text[worker.end : c.start]
        if c.target_type == _BUSINESS and _OF_EMPLOYER.match(between):
            worker = c
            continue
        if not _AT_WORK_ON.match(between) or c.target_type != "Utilities":
            return first
        return first if _PROJECT_AFTER.match(text[c.end :]) else c
    return first


# A named official killed by an attack on a family celebration was its aim, not the guests:
# "struck a wedding in Aybak, killing Ahmad Khan Samangani, a member of parliament" (GTD codes
# the official, Government (General)). A guest killed without a name or role leaves the party.
_CELEBRATION = re.compile(
    r"\b(?:wedding|weddings|engagement|reception|celebration|feast|party|parties)$", re.I
)
_OFFICIAL_TYPES = frozenset({*_STATE_SITES, "Government (Diplomatic)"})


def _official_killed_at_celebration(
    text: str, first: Candidate, found: list[Candidate]
) -> Candidate:
    if first.person or first.target_type != _PCP or not _CELEBRATION.search(first.text):
        return first
    for c in found:
        if c.start <= first.end or c.container or c.target_type not in _OFFICIAL_TYPES:
            continue
        killing = _KILLING_BEFORE.search(text[max(0, c.start - 70) : c.start])
        if killing and is_prominent(text, c.start, c.end) and _named(text, c):
            return c
    return first


def _named_first_among_dead(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    """A bomb at a place that killed a prominent person named first, the others counted after
    him, was aimed at him and is coded by him: "blew himself up inside the mosque, killing the
    district governor, Abdul Wahid Nuri, and 12 other worshippers" is Government (General)."""
    if first.person or is_prominent(text, first.start, first.end):
        return first
    for c in found:
        if c is first or c.container or not is_prominent(text, c.start, c.end):
            continue
        before = text[max(0, c.start - 70) : c.start]
        if (
            _KILLING_BEFORE.search(before)
            and _OTHERS_AFTER.match(text[c.end : c.end + 160])
            and _named(text, c)
        ):
            return c
    return first


# A mosque, school or shop inside the compound of a state body serves that body's people: "a
# mosque inside the police headquarters compound", "مسجدا داخل مجمع مقر الشرطة" (GTD: the
# Peshawar police-lines mosque is a police target).
_INSIDE_COMPOUND = re.compile(
    r"^\s+(?:inside|within|(?:ب|في\s+)?داخل)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_INSIDE_OF_STATE = frozenset({*_STATE_SITES, "Government (Diplomatic)"})


def _inside_state_compound(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.person or first.target_type not in _PERSON_OVER_SITE:
        return first
    for c in found:
        if c.start <= first.end or c.container:
            continue
        inside = _INSIDE_COMPOUND.match(text[first.end : c.start])
        if inside is None:
            return first
        if c.target_type in _INSIDE_OF_STATE:
            return c
    return first


def _guarded_site(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if not _GUARD_POST.search(first.text):
        return first
    for site in (c for c in found if c.start > first.end and not c.container):
        if not _GUARDING.match(text[first.end : site.start]):
            return first
        if site.target_type == first.target_type:
            return first
        if site.target_type != _PCP:
            return site
        # "outside a tribal gathering addressed by the governor": the gathering is his.
    return first


# "the crowd of Afghans waiting for visas outside the consular section": a visa queue is the
# mission's own, and the mission is the target (gold-format: embassies, consulates).
_VISA_QUEUE = re.compile(
    r"^(?:\s+of\s+[\w'’-]+)?,?\s+(?:who\s+(?:were|had\s+been)\s+)?(?:waiting|queuing|queueing"
    r"|queued|lined\s+up|lining\s+up|gathered)\s+(?:\w+\s+){0,2}?(?:for|to\s+(?:get|apply\s+for"
    r"|collect))\s+(?:their\s+)?visas?\b",
    re.IGNORECASE,
)
_DIPLOMATIC = "Government (Diplomatic)"


def _visa_queue(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.target_type != _PCP or not _VISA_QUEUE.match(text[first.end :]):
        return first
    return next((c for c in found if c.target_type == _DIPLOMATIC), first)


# A visitor at the site when the bomb went off is whom it was aimed at, more than the site
# he visited: "exploded in the council hall during a visit by the Turkish ambassador", "blew
# himself up as a government delegation toured the power plant".
_VISIT_BY_BEFORE = re.compile(
    r"\b(?:during|on|at)\s+(?:a|an|the)\s+visit\s+(?:by|of)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_AS_BEFORE = re.compile(r"\b(?:as|while|when)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
_VISITING_AFTER = re.compile(r"^\s+(?:was\s+|were\s+)?(?:visit(?:ed|ing)|tour(?:ed|ing))\b", re.I)


def _visitor(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.person or first.target_type not in _VISITED_TYPES:
        return first
    for c in found:
        if c is first or c.container or c.target_type not in _PEOPLE_TYPES:
            continue
        before = text[max(0, c.start - 60) : c.start]
        if "visit" in before and _VISIT_BY_BEFORE.search(before):
            return c
        if _AS_BEFORE.search(before) and _VISITING_AFTER.match(text[c.end :]):
            return c
    return first


# A guard or watchman at a site is there for the site, which the attack was aimed at (GTD: the
# intended target): "shot dead a guard at a telecommunications tower and then blew up the
# tower", "killed the watchman of a girls' school".
_GUARD_WORDS = re.compile(r"\b(?:guards?|watchm[ae]n|chowkidars?)$", re.IGNORECASE)
_GUARD_OF = re.compile(
    r"^\s+(?:at|of|guarding|outside)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE
)


def _guard_of_site(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.target_type != _PCP or not _GUARD_WORDS.search(first.text):
        return first
    site = next((c for c in found if c.start > first.end and not c.container), None)
    if site is None or site.target_type == _PCP or site.person:
        return first
    return site if _GUARD_OF.match(text[first.end : site.start]) else first


# One prominent person at the place when it was struck is whom the attack was aimed at (GTD:
# the intended victim, not the venue): "a wedding where a police commander was among the
# guests", "a mosque where the district governor was praying", "outside the market as the
# district police chief, Mohammad Sadiq, walked past". Crowds at the place leave the place.
_PRESENT_AT_TYPES = frozenset({_PCP, _RELIGIOUS, _BUSINESS, "Educational Institution"})
_PRESENT_PERSON_TYPES = frozenset(
    {"Police", "Military", "Government (General)", "Government (Diplomatic)"}
)
_WHERE_PERSON = re.compile(
    r"(?:,\s*|\s)(?:where|as|while|when)\s+(?:[\w'’-]+,?\s+){0,5}$", re.IGNORECASE
)
_PRESENT_AFTER = re.compile(
    r"^(?:,?\s+who\s+[^,;.]{1,60},|,\s+[^,;.]{1,40},)?\s+"
    r"(?:(?:was|had\s+been)\s+(?:among|at|in|inside|present|attending|visiting|praying"
    r"|celebrating|speaking|addressing|passing|walking|meeting)\b"
    r"|(?:walked|passed|drove|arrived|began|started|prayed|spoke|stood|sat)\b)",
    re.IGNORECASE,
)


# The crowd named after the person ("where Abdul Karim, the former police chief, was among
# the spectators"): "among" makes the crowd look like the object, but the person is the aim.
_AMONG_BEFORE = re.compile(r"\b(?:was|were)\s+among\s+(?:the\s+)?$", re.IGNORECASE)


def _prominent_present(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.person or first.target_type not in _PRESENT_AT_TYPES:
        return first
    if _AMONG_BEFORE.search(text[max(0, first.start - 30) : first.start]):
        return _prominent_among(text, first, found)
    for c in found:
        if c.start <= first.end or c.container or c.target_type not in _PRESENT_PERSON_TYPES:
            continue
        between = text[first.end : c.start]
        if len(between) > 120 or not _WHERE_PERSON.search(between):
            continue
        if _PRESENT_AFTER.match(text[c.end :]) and is_prominent(text, c.start, c.end):
            return c
    return first


def _prominent_among(text: str, crowd: Candidate, found: list[Candidate]) -> Candidate:
    for c in found:
        if c.end >= crowd.start or crowd.start - c.end > 120 or c.container:
            continue
        if c.target_type not in _PRESENT_PERSON_TYPES:
            continue
        if not _WHERE_PERSON.search(text[max(0, c.start - 60) : c.start]):
            continue
        presence = text[c.end : crowd.start].lstrip(",")  # "Gul Noori, a former chief, was"
        if _PRESENT_AFTER.match(presence) and is_prominent(text, c.start, c.end):
            return c
    return crowd


def _forces_alone(text: str, place: Candidate, people: Candidate) -> bool:
    """Soldiers or police with no other kind of people joined to them: "where soldiers
    queued", not "where soldiers and teachers queued" nor "as civil servants and soldiers
    queued" (a guest, a minister staying at a hotel, or clerks at a bank leave it Business)."""
    if people.target_type not in _FORCES or _AND_OTHERS.match(text[people.end :]):
        return False
    return " and " not in text[place.end : people.start]


def _people_at_place(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    business = first.target_type == _BUSINESS
    if first.person or not (business or first.target_type in _PLACE_TYPES):
        return first
    for c in sorted(found, key=lambda c: c.start):
        if c.start <= first.end or c.target_type not in _PEOPLE_TYPES:
            continue
        # ("where UN election workers lived": the UN's people are named by the "UN" before
        # them, retyped diplomatic, though the words kept hold no name)
        named = _NAMED_BODY.search(c.text) or c.target_type == "Government (Diplomatic)"
        if business and c.actor is None and not named and not _forces_alone(text, first, c):
            continue
        if _WHERE_PEOPLE.match(text[first.end : c.start]) and _PEOPLE_DOING.match(text[c.end :]):
            return c
    return first


def _held_at(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    """A funeral or prayer gathering held at a mosque or shrine: the place of worship is the
    target ("Ahmadi's funeral at the Nabawi mosque"); so are pilgrims or worshippers when the
    sentence names the place of worship they were at."""
    if first.target_type == _PCP and _CONGREGATION.fullmatch(first.text.strip()):
        site = next((c for c in found if c.target_type == _RELIGIOUS), None)
        return site if site is not None else first
    if first.target_type != _PCP or not _GATHERING.search(first.text):
        return first
    for c in found:
        after = c.start > first.end and c.target_type == _RELIGIOUS
        if after and _HELD_AT.match(text[first.end : c.start]):
            return c
        if (
            c.start > first.end
            and c.target_type == _PARTY
            and _PARTY_GATHERING.match(text[first.end : c.start])
        ):
            return c
    return first


# A gathering of a party or for its leader: "a rally of the X party", "a ceremony to
# commemorate the X party leader" struck the party (GTD: Violent Political Party).
_PARTY = "Violent Political Party"
_PARTY_GATHERING = re.compile(
    r"^\s+(?:of|for|held\s+by|organi[sz]ed\s+by|to\s+(?:commemorate|honou?r|mark)"
    r"|commemorating|honou?ring|in\s+memory\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:late\s+)?$",
    re.IGNORECASE,
)


def _aimed_at_person(text: str, first: Candidate, best: Candidate, found: list[Candidate]) -> bool:
    """Whether the attack was aimed at one prominent person (an assassination)."""
    for c in (first, best):
        if c.person or is_prominent(text, c.start, c.end):
            return True
    return any(
        is_prominent(text, c.start, c.end)
        and (
            _AIMED_AT.search(text[max(0, c.start - 60) : c.start])
            or _PRESENCE_BEFORE.search(text[max(0, c.start - 60) : c.start])
        )
        for c in found
    )


def _bomb_aimed_at_person(found: list[Candidate], text: str) -> bool:
    """A bombing is an assassination when aimed at one prominent person: at their car, convoy
    or office ("a magnetic bomb attached to the car of a prosecutor", "attached to his car
    killed the deputy chief"), explicitly "targeting" an official, or killing them at their
    own office or home. A prominent victim among many at a mosque, rally or funeral makes it
    no assassination (GTD)."""
    return (
        _BOMB_ON_CAR_OF_ROLE.search(text) is not None
        or _bombed_person(found, text) is not None
        or _sticky_on_named_car(text)
    )


def _bombed_person(found: list[Candidate], text: str) -> Candidate | None:
    """The prominent person a bombing was aimed at (see ``_bomb_aimed_at_person``)."""
    sticky = _STICKY_BOMB.search(text) is not None
    for c in found:
        if not (c.person or is_prominent(text, c.start, c.end)):
            continue
        if sticky and (c.person or _named(text, c)):
            return c  # a sticky bomb is set on one person's car: a named holder was its aim
        if _bomb_aimed_at(text, c):
            return c
    return None


# "near the office of the provincial governor", "struck the office of the district governor":
# an office held by whoever holds the post, its "the" and no name, is a government building
# (GTD: a bombing); "the office of Kandahar's deputy governor", "the campaign office of Abdul
# Jabar Qahraman" stay the person's own.
_INSTITUTION_OFFICE = re.compile(
    r"\boffice\s+of\s+the\s+(?:(?:provincial|district|deputy|acting)\s+){0,2}"
    r"(?:governor|governors|mayor|police chief|chief of police)\s*$",
    re.IGNORECASE,
)


def _bomb_aimed_at(text: str, c: Candidate) -> bool:
    """Whether the words around a prominent person say the bomb was set for them."""
    before = text[max(0, c.start - 70) : c.start]
    at_person = _BOMB_AT_PERSON.search(_before_person(text, c))
    if at_person is not None and not _INSTITUTION_OFFICE.search(at_person.group(0) + c.text):
        return True
    if _HIS_VEHICLE_BEFORE.search(before):
        return True
    if _HIS_VEHICLE_AFTER.match(text[c.end :]) or _BOMBER_AT_HIM.match(text[c.end :]):
        return True
    killing = _KILLING_BEFORE.search(before) is not None
    if killing and _AT_OWN_PLACE.match(text[c.end : c.end + 90]):
        return True
    if killing and _HIS_PEOPLE_AFTER.match(text[c.end : c.end + 120]):
        return True
    if killing and _OTHERS_AFTER.match(text[c.end : c.end + 160]) and _named(text, c):
        return True
    if _MEANT_FOR.search(text[max(0, c.start - 80) : c.start]):
        return True
    if _TOLD_THE_TARGET_AFTER.match(text[c.end : c.end + 120]):
        return True
    if _HOUSE_OF_BEFORE.search(_before_person(text, c)) and _named(text, c):
        return True
    if _PASSING_BEFORE.search(text[max(0, c.start - 90) : c.start]):
        return True
    return _foreign_role(c.text) and _foreign_aimed_at(text, c)


# A bomb set for one prominent person at a place he was at is coded by him, not by the place:
# "a bomb hidden in the lectern exploded as the district governor spoke at the mosque" is
# Government (General) (GTD: an assassination's target is the person). A person among many dead
# at the place, with nothing saying the bomb was his, leaves the place.
_PERSON_OVER_SITE = frozenset({_RELIGIOUS, _PCP, _BUSINESS, "Educational Institution"})


def _person_bombed_at_site(text: str, best: Candidate, found: list[Candidate]) -> Candidate:
    if best.person or best.target_type not in _PERSON_OVER_SITE:
        return best
    if is_prominent(text, best.start, best.end):
        return best
    aimed = _bombed_person(found, text)
    return best if aimed is None or aimed.container else aimed


# The opening subject of a passive harm, of a kind of its own, was whom the attack struck; a
# public place, shop, school or mosque named after the verb is only where it happened: "A
# teacher, Gul Ahmad, was shot dead outside a mosque" (Educational Institution), "A money
# changer was robbed and shot in the bazaar" (Business). Civilians killed at a place leave the
# place (the place may have been the aim).
_WHERE_AFTER_VERB = re.compile(
    r"^[^.;]{0,60}?\b(?:at|outside|inside|in|near|in front of)\s+(?:the\s+|a\s+|an\s+|his\s+"
    r"|her\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _subject_over_place(text: str, first: Candidate, found: list[Candidate]) -> Candidate:
    if first.container or first.target_type not in _PERSON_OVER_SITE:
        return first
    for c in found:
        if c.start >= first.start or c.container or c.target_type in (_PCP, first.target_type):
            continue
        if not _SUBJECT_BEFORE.match(text[: c.start]):
            continue
        between = text[c.end : first.start]
        passive = _SUBJECT_PASSIVE.match(between)
        if passive and _WHERE_AFTER_VERB.match(between[passive.end() :]):
            return c
    return first


# Room for a name and its modifiers between the act and the role: "blew himself up beside
# Sheikh Rahimullah Haqqani, a prominent pro-Taliban cleric".
_PERSON_WINDOW = 100


def _before_person(text: str, c: Candidate) -> str:
    """The words before the person a candidate names; a role held in a body starts at the
    role ("the car of Haji Ghafar, head of the Laghman provincial council")."""
    start = c.start
    holder = _ROLE_OF_BEFORE.search(text[max(0, start - 40) : start])
    if holder is not None and _BODY_END.search(c.text):
        start -= len(holder.group(0))
    return text[max(0, start - _PERSON_WINDOW) : start]


# The prominent person named, and named first among the dead, the others counted after:
# "killing the deputy governor, Abdul Wahid Nuri, and six other people", "killing Mawlawi
# Sadiq, a senior cleric, and three of his students". The toll is told around the one it was
# meant for (unlike "killing 14 worshippers, among them a cleric", or an unnamed "killing the
# prayer leader and three worshippers", a bomb among the congregation).
_OTHERS_AFTER = re.compile(
    r"^[^;.]{0,120}?,?\s+and\s+(?:at\s+least\s+|about\s+|some\s+)?"
    r"(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+"
    r"(?:other\s+|more\s+|of\s+(?:his|her)\s+)?|(?:his|her)\s+)"
    r"(?:[\w-]+\s+)?(?:people|persons|others|civilians|worshippers|worshipers|students"
    r"|guards|bodyguards|aides|companions|staff|colleagues|passers-by|men|children|relatives"
    r"|[\w-]+ers)\b",
    re.IGNORECASE,
)
_NAME_BEFORE_ROLE = re.compile(
    r"(?-i:[A-Z][\w'’-]*\s+){0,3}(?-i:[A-Z][\w'’-]*),\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$"
)
_NAME_AFTER_ROLE = re.compile(
    r"(?:\s+of\s+[^,;.]{1,50})?,\s+(?-i:[A-Z][\w'’-]*\s+){1,3}(?-i:[A-Z][\w'’-]*)\s*,"
)


def _named(text: str, c: Candidate) -> bool:
    """The person is named beside the role: "Abdul Wahid Nuri, the deputy governor", "the
    deputy governor of Logar province, Abdul Wahid Nuri,", "Governor Abdul Wahid Nuri"."""
    before = text[max(0, c.start - 60) : c.start]
    return bool(
        _NAME_BEFORE_ROLE.search(before)
        or _NAME_AFTER_ROLE.match(text, c.end)
        or _NAME_AFTER_TITLE.match(text, c.end)
    )


# A bomb stuck on a vehicle by design, in the four languages ("magnetic bomb", "yapışkan
# bomba", "магнитная мина", "عبوة لاصقة").
_STICKY_BOMB = Gated(
    re.compile(
        r"\b(?:magnetic|sticky|limpet)\s+(?:bomb|mine|device|IED)"
        r"|(?:yapışkan|mıknatıslı|manyetik) bomba"
        r"|магнитн\w*\s+(?:мин|бомб)|липк\w*\s+бомб|(?:عبوة|قنبلة)\s+(?:ناسفة\s+)?(?:لاصقة|مغناطيسية)",
        re.IGNORECASE,
    )
)


# "a magnetic bomb fixed under the car of a local leader of the party": a bomb set on the car
# of one prominent person, whatever the pack calls his body.
_BOMB_ON_CAR_OF_ROLE = Gated(
    re.compile(
        r"\b(?:attached|fixed|stuck|planted|placed|hidden)\s+(?:to|under|on|in|beneath)\s+"
        r"(?:the|his|her)\s+(?:car|vehicle|motorcycle)\s+of\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
        r"(?:leader|governor|commander|official|judge|prosecutor|cleric|chief|head|elder"
        r"|director|mayor|lawmaker|minister)\b",
        re.IGNORECASE,
    )
)


# "a magnetic bomb attached to the car of Noor Rasool Stanikzai, the school headmaster": a
# sticky bomb set on the car of a man named, whatever his role, was set for him (GTD: an
# assassination); "the car of a police officer", unnamed, stays a bombing.
_ON_CAR_OF_NAMED = re.compile(
    r"\b(?:attached|fixed|stuck|planted|placed)\s+(?:to|under|on|onto|beneath)\s+"
    r"(?:the|his|her)\s+(?:car|vehicle|motorcycle)\s+of\s+"
    r"(?-i:(?:[A-Z][\w'’-]*\s+){1,4}[A-Z][\w'’-]*)(?:,|\s+(?:exploded|went off|blew up))",
    re.IGNORECASE,
)


def _sticky_on_named_car(text: str) -> bool:
    return _STICKY_BOMB.search(text) is not None and _ON_CAR_OF_NAMED.search(text) is not None


# "his car", "his convoy" in Turkish, Russian and Arabic: with an official named in the same
# sentence, the bomb was set for that official ("عبوة لاصقة ثُبتت أسفل سيارته").
_FOREIGN_HIS_VEHICLE = re.compile(
    r"(?<!\w)(?:aracına|aracının|arabasına|arabasının|otomobiline|konvoyuna"
    r"|(?:его|её) (?:машин|автомобил|кортеж)\w*"
    r"|(?:ب|ل)?(?:سيارته|موكبه|سيارتها|موكبها))(?!\w)",
    re.IGNORECASE,
)


# His own place in Turkish, Russian and Arabic: the bomb went off at the office or home of the
# official named in the sentence ("makam odasında" (in his office), "в своём кабинете",
# "تفجير استهدف منزله" (a blast that targeted his home)).
_FOREIGN_HIS_PLACE = re.compile(
    r"(?<!\w)(?:makam odası\w*|makamın\w*|(?:[\w'’]+deki\s+)?evinde"
    r"|в (?:своём|своем|его) (?:доме|офисе|кабинете|медресе)"
    r"|(?:ب|ل)?(?:مكتبه|منزله|مدرسته|بيته|مقر إقامته|مكتبها|منزلها|بيتها))(?!\w)",
    re.IGNORECASE,
)
# His own people named with him among the dead, right after the role and name: "Vali Muzemmil
# ile iki koruması" (the governor and two of his bodyguards), "губернатор Ахмади и двое его
# охранников", "قُتل القاضي وسائقه" (the judge and his driver).
_FOREIGN_HIS_PEOPLE_AFTER = re.compile(
    r"^[^.;:]{0,60}?(?:\s(?:ile|ve|и)\s+(?:(?:его|её|\d+|bir|iki|üç|dört|beş|двое|трое|четверо"
    r"|двух|трёх|трех)\s+){0,2}(?:korumas\w*|koruma\w*|şoför\w*|oğl\w*|yardımcıs\w*"
    r"|охранник\w*|телохранител\w*|водител\w*|сын\w*|помощник\w*)"
    r"|\s(?:و|واثنين من |وثلاثة من |واثنان من )(?:سائقه|حارسه|حراسه|مرافقيه|مرافقه|نجله|ابنه"
    r"|سائقها|حارسها|حراسها))(?!\w)",
    re.IGNORECASE,
)


def _foreign_aimed_at(text: str, c: Candidate) -> bool:
    """A bomb aimed at the official named by a role in Turkish, Russian or Arabic: at their car,
    office or home, killing them with their own guards or driver, or killing them alone."""
    if _FOREIGN_HIS_VEHICLE.search(text) or _FOREIGN_HIS_PLACE.search(text):
        return True
    if _FOREIGN_HIS_PEOPLE_AFTER.match(text[c.end : c.end + 120]):
        return True
    return _foreign_holder_killed(text, c)


# The role holder told as the one the bomb killed: the killing word takes the role as its
# object ("убив министра Халила Хаккани", "أودى بحياة الوزير" (claimed the minister's life),
# "قُتل رجل الدين البارز"), or the named holder is the subject of a singular death verb
# ("Губернатор ... Мохаммад Омар погиб"). A holder counted among others ("погибли 15 человек,
# в том числе губернатор", "قُتل إمام المسجد و20 مصليا") was one of many dead, not the aim.
_FOREIGN_KILLED_BEFORE = re.compile(
    r"(?<!\w)(?:убив|убит[аы]?|убили|погиб(?:ла|ли)?|أودى بحياة|أودت بحياة|قُتل|قتل|مقتل)\s+$",
    re.IGNORECASE,
)
_RU_NAMED_DIED_AFTER = re.compile(
    r"^[^,.;:()«»]{0,60}?(?-i:[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)\s+(?:погиб|погибла|убит|убита)(?!\w)"
)
_RU_NAME_AFTER = re.compile(r"^\s+(?-i:[А-ЯЁ][а-яё-]+\s+[А-ЯЁ][а-яё-]+)")
_OTHERS_KILLED_WITH = re.compile(
    r"^[^.;:]{0,80}?(?:\s(?:и|а также)\s+(?:\d+|ещё|еще|двое|трое|четверо|пятеро|несколько)"
    r"|\sو(?:\d|[اأإ]ثن|ثلاث|أربع|خمس|ست|سبع|ثمان|تسع|عشر|عدد|آخرين|مصل))",
    re.IGNORECASE,
)


def _foreign_holder_killed(text: str, c: Candidate) -> bool:
    after = text[c.end : c.end + 120]
    if _OTHERS_KILLED_WITH.match(after):
        return False
    if _FOREIGN_KILLED_BEFORE.search(text[max(0, c.start - 20) : c.start]):
        # Russian names the holder ("убив министра Халила Хаккани"); Arabic writes the role
        # definite ("الوزير"), the one it means
        return bool(_RU_NAME_AFTER.match(after)) or c.text.startswith(("ال", "رجل ال"))
    return bool(_RU_NAMED_DIED_AFTER.match(after))


# "The attack appeared to target Abdul Hakim Jan, a local militia commander".
_MEANT_FOR = Gated(
    re.compile(
        r"\b(?:(?:appeared|seemed|was believed|was thought|was apparently|was intended|was meant"
        r"|had been intended|was aimed)\s+to\s+(?:target|kill)|aimed at|intended for|apparently"
        r"\s+targeting)\s+[^.;]{0,50}$",
        re.IGNORECASE,
    )
)


# The person told to have been the aim after the role: "Abdul Rahim, a district council member
# and former commander who appeared to be the target", "the governor, who was the intended
# target". A bomb that killed many is then his assassination (GTD).
_TOLD_THE_TARGET_AFTER = re.compile(
    r"^[^.;]{0,70}?\b(?:who|whom)\s+(?:(?:appeared|seemed|was believed|was thought|is believed"
    r"|was said)\s+to\s+(?:be|have been)|was|had been)\s+the\s+(?:intended\s+|main\s+|real\s+"
    r"|likely\s+|apparent\s+)?target\b",
    re.IGNORECASE,
)


# A named person's own guesthouse or seminary: "outside the guesthouse of acting defence minister
# Aziz Rahimi", "at the madrasa of Sheikh Nur Ahmad, a senior cleric". Unnamed ("the guesthouse
# of the provincial governor", "of a former council member") it may be the office's house or a
# gathering's place, and the bombing stays a bombing.
_HOUSE_OF_BEFORE = Gated(
    re.compile(
        r"\b(?:guesthouse|guest house|madrasa|madrassa|seminary)\s+of\s+(?:[\w'’-]+\s+){0,4}"
        r"(?:[\w'’-]+,\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3})?$",
        re.IGNORECASE,
    )
)


# "killing the acting minister and two of his staff", "killed a senior commander and his
# driver": the others are named as the person's own people, so the person was the one aimed at.
_HIS_PEOPLE_AFTER = re.compile(
    r"^(?:\s+[\w'’-]+){0,6}?(?:,\s*[^,;.]{1,50},)?,?\s+and\s+(?:(?:one|two|three|four|five|six|several|\d+)\s+of\s+)?"
    r"(?:his|her)\s+(?:[\w-]+\s+)?(?:driver|drivers|bodyguards?|guards?|staff|aides?|son|sons"
    r"|brothers?|nephews?|cousins?|colleagues?|companions?|secretary|assistants?)\b",
    re.IGNORECASE,
)
