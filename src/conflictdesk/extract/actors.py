"""Actors in a sentence and the part each plays: claimed, blamed, acted, or was acted upon.

Every alias the registry knows is found first; each found span is then masked with ``Ⓐ`` of
the same length, so that the role patterns below read like grammar ("Ⓐ claimed
responsibility", "attributed the attack to Ⓐ") and positions stay those of the document.

The Islamic State rule: the registry maps "Islamic State", "ISIS", "Daesh" to ``IS``. When an
event happens in a country where exactly one child of the named group operates (the child's
``country`` field) and the parent's own country is another, the child is meant: an
"Islamic State" attack in Afghanistan is an ISKP attack (see ``localise``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from conflictdesk.extract import phrases
from conflictdesk.extract.cache import per_registry
from conflictdesk.extract.caseless import Caseless, Gated, Needs, fold, fold_pattern
from conflictdesk.resolve.matcher import Match
from conflictdesk.resolve.registry import Registry

MASK = "Ⓐ"
# A masked run matched from its first character only. Patterns that open with a masked run
# would otherwise retry from every character of it; the text after the run never starts
# with the mask, so a retry from inside a run matches exactly when one from its start does.
_RUN = "(?<!" + MASK + ")" + MASK
# Stronger roles first: blame stands even when the blamed group denies it ("authorities
# blamed the Taliban, who denied involvement" attributes the attack to the Taliban).
ROLES = ("claim", "attribution", "denial", "agent", "patient", "mention")

_NEGATION = re.compile(
    r"\b(?:no|not|n't|never|nobody|none|neither|nor|denied|denies|deny|denying|yet to|rejected"
    r"|without|dismissed)\b|n't\b",
    re.IGNORECASE,
)
_CLAIM_OBJECT = (
    r"(?:responsibility|credit|(?:the|this|that|these|those|both|an?|its|his|her|their)\s+"
    # not "claimed a string of attacks on Shia mosques": the group's record, no one attack
    r"(?!(?:(?:long|whole|deadly|recent)\s+)?(?:series|string|spate|wave|number|host|raft"
    r"|campaign)\s+of\b)"
    r"(?:[\wⒶ'’-]+\s+){0,3}?(?:attacks?|bombings?|blasts?|assaults?|explosions?|killings?"
    r"|operations?|strikes?|assassinations?|abductions?|kidnappings?|shootings?|raids?"
    r"|ambush(?:es)?|incidents?|attempts?|massacres?|burnings?|arson|beheadings?"
    r"|executions?|sieges?"
    # "claimed the capture of the city": a seizure claimed is the attack claimed
    r"|captures?|seizures?|takeovers?)|it\b|them\b|both\b|each\b"
    r"|all\s+(?:two|three|four|five|six|of them)\b)"
)
_WORDS = r"(?:[\w'’-]+\s+)"
# "blamed that attack on a faction of the Pakistani Taliban": a part of the group blamed.
_PART_OF = (
    # "blamed the Quetta leadership of the Taliban": the group's command blamed
    r"(?:(?:an?\s+|one\s+)?(?:[A-Z][\w-]*\s+)?(?:faction|wing|branch|cell|offshoot"
    r"|splinter\s+group|unit|leadership|shura|high\s+command)\s+"
    r"(?:of|from|within)\s+(?:the\s+)?)?"
)
_CLAIM_PATTERNS = (
    # "Ⓐ claimed responsibility", "Ⓐ's Amaq news agency later claimed the attack"
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,90}?)\b(?:(?:claimed|claims|claiming|claim|accepted"
        r"|has claimed|have claimed)\s+(?:full\s+|sole\s+)?"
        + _CLAIM_OBJECT
        # "took responsibility", not "men in Taliban uniforms took them from their homes"
        + r"|(?:took|takes|taken)\s+(?:full\s+|sole\s+)?(?:responsibility|credit)\b)",
        re.IGNORECASE,
    ),
    # "According to Ⓐ, their fighters planted the bomb": the group's account of its own men's
    # act, told as its source
    re.compile(
        r"\baccording\s+to\s+(?:the\s+)?" + _RUN + r"+(?P<gap>\s*),\s*(?:its|their)\s+"
        r"(?:own\s+)?(?:[\w-]+\s+)?(?:fighters|men|members|mujahideen|mujahidin|militants"
        r"|martyrdom[- ]seekers?)\s+(?:had\s+|have\s+)?(?:planted|placed|detonated|carried\s+out"
        r"|attacked|killed|stormed|ambushed|targeted|shot|set\s+off|fired|abducted|kidnapped)\b",
        re.IGNORECASE,
    ),
    # "Ⓐ acknowledged responsibility", "Ⓐ admitted the kidnapping", "Ⓐ owned up to the
    # attack": an admission is a claim (not "admitted the killing of its commander", the
    # group's loss)
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,60}?)\b(?:acknowledged|acknowledges|admitted|admits"
        r"|owned\s+up\s+to|owns\s+up\s+to)\s+(?:full\s+)?"
        r"(?![^.;]{0,40}?\bof\s+(?:its|their|a|an|the\s+group['’]s)\s)" + _CLAIM_OBJECT,
        re.IGNORECASE,
    ),
    # "Ⓐ admitted killing the two men", "Ⓐ claimed carrying out the raid": the act as a gerund
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,60}?)\b(?:acknowledged|admitted|claimed|owned\s+up\s+to)\s+"
        r"(?:having\s+)?(?:carrying\s+out|killing|kidnapping|abducting|attacking|planting"
        r"|staging|executing|beheading|bombing|ambushing|storming|assassinating|shooting"
        r"|targeting|setting\s+off)\b",
        re.IGNORECASE,
    ),
    # "Ⓐ issued a claim of responsibility", "Ⓐ posted a claim on Twitter"
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,60}?)\b(?:issued|posted|released|published|put\s+out|sent"
        r"|made)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?claim\b",
        re.IGNORECASE,
    ),
    # "Ⓐ claimed." with nothing after it, as terse summaries end
    re.compile(
        _RUN + r"+(?P<gap>\s+(?:(?:later|also|quickly|subsequently|soon)\s+)?)"
        r"(?:claimed|has\s+claimed|had\s+claimed)\s*(?=[.;]|$)",
        re.IGNORECASE,
    ),
    # "Ⓐ claimed to have captured the district centre", "Ⓐ claims to have shot down a
    # helicopter": the group's own account of the act, a claim without "responsibility"
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,60}?)\b(?:claimed|claims|claiming)\s+to\s+have\s+"
        r"(?:[\w-]+\s+)?(?:captured|killed|carried out|conducted|launched|attacked|seized"
        r"|taken|overrun|overran|stormed|ambushed|destroyed|shot down|downed|abducted"
        r"|kidnapped|executed|planted|blown up|targeted)\b",
        re.IGNORECASE,
    ),
    # "Ⓐ named the bomber in its claim", "In a claim posted online, Ⓐ said ...": the claim
    # told as the statement in which the group spoke
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,60}?)\bin\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?claims?\b"
        r"|^\s*in\s+(?:its|their|an?)\s+(?:[\w-]+\s+){0,2}?claims?\b(?P<gap2>[^.;Ⓐ]{0,50}?),\s*"
        r"(?:the\s+)?" + MASK,
        re.IGNORECASE,
    ),
    # "responsibility was claimed by Ⓐ", "a claim of responsibility from Ⓐ", "an attack
    # claimed by a faction of the Ⓐ"
    re.compile(
        r"\b(?:claimed|claims?|responsibility)\b(?P<gap>[^.;Ⓐ]{0,70}?)\b(?:by|from)\s+"
        r"(?:the\s+)?" + _PART_OF + _WORDS + r"{0,2}?" + MASK,
        re.IGNORECASE,
    ),
    # "..., an attack Ⓐ claimed", "the bombing of the ministry, which Ⓐ later claimed": the
    # claim as a relative clause after the attack noun. Nothing may follow "claimed" that says
    # what was claimed instead ("the attack, which Ⓐ claimed was staged").
    re.compile(
        r"\b(?:attacks?|bombings?|blasts?|assaults?|operations?|massacres?|killings?)"
        r"(?P<gap>(?:\s+(?:of|on|in|at|against|near)\b[^.;,Ⓐ]{0,50})?,?\s+(?:that\s+|which\s+)?"
        r"(?:the\s+)?)"
        + _RUN
        + r"+\s+(?:(?:later|subsequently|quickly|soon|also|itself|swiftly)\s+)?"
        r"(?:claimed|has claimed|had claimed)\b"
        r"(?!\s+(?:that|to|it|the|a|an|responsibility|was|were|is|had|would)\b)",
        re.IGNORECASE,
    ),
    # "Ⓐ said in a statement that it carried out the attack", "Ⓐ's spokesman said on Twitter
    # that the group had taken the district" (a masked subject only when it is "the group");
    # "a Ⓐ commander told reporters that the group had carried out the raid"; the doer may be
    # one of the group's men: "Ⓐ's spokesman said one of its fighters had set off the bomb",
    # "said the fighters had detained the officers".
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,90}?)\b(?:said|says|stated|announced|confirmed|admitted"
        # "Ⓐ claimed they had sent him", "Ⓐ's spokesman tweeted that the group had ..."
        r"|told|claimed|tweeted|wrote)\s+"
        # "told reporters the fighters had targeted the trainers": the hearers named
        r"(?:(?:reporters|journalists|the\s+media|the\s+press)\s+)?"
        # the statement's outlet may be named: "said on its Amaq news agency that ..."
        r"(?:[^.;]{0,50}?\bthat\s+)?"
        r"(?:(?:a|an|one|two|some|several)\s+"
        r"(?:[\w-]+\s+)?(?:members?|fighters?|militants?|mujahideen)\s+of\s+"
        r"(?:its|their|(?P<owner>" + MASK + r"+))(?:\s+[\w-]+)?"
        # "... that one of its members had blown himself up", "one of its fighters had carried
        # out the attack": some of the group's own men
        r"|(?:(?:one|two|three|four|five|several|some)\s+of\s+(?=its\s|their\s))?"
        r"(?:it|its\s+(?:[\w-]+\s+){1,2}|they|their\s+(?:[\w-]+\s+)?(?:fighters|men|members"
        # "said one of their martyrdom seekers had carried out the operation"
        r"|militants|mujahideen|martyrdom[- ]seekers?|istishhadis?)"
        # "Taliban spokesman X told the AP that the insurgents carried out the attack": the
        # group's men as the reporter words them
        r"|(?:the\s+)?(?:fighters|mujahideen|mujahidin|insurgents|militants)"
        # "ISKP announced that a martyrdom seeker had carried out the attack": the group's
        # own word for its bomber
        r"|(?:a|an|one|the|two)\s+(?:martyrdom[- ]seekers?|istishhadis?|mujahid)"
        # "a Ⓐ commander told reporters that his men had taken the tankers"
        r"|his\s+(?:fighters|men|mujahideen|militants))"
        r"|(?:the\s+)?(?P<subject>" + MASK + r"+)"
        # "said the group's fighters had captured four checkpoints": its men by its name
        r"(?:['’]s?\s+(?:own\s+)?(?:fighters|men|members|militants|mujahideen))?"
        # "said that a Taliban suicide bomber had carried out the attack": one of its men by
        # the group's name (the subject must still be the speaking group)
        r"|(?:an?|one)\s+(?P<member>" + MASK + r"+)\s+(?:suicide\s+)?(?:bomber|fighter|attacker"
        r"|gunman|militant|martyrdom[- ]seeker|mujahid))"
        r"\s*(?:had\s+|has\s+|have\s+)?"
        r"(?:carried out|conducted|launched|was behind|were behind|perpetrated|staged"
        r"|targeted|attacked|killed|executed|detonated|taken|captured|seized|overrun|overran"
        r"|stormed|ambushed|assaulted"
        # "said one of its fighters was responsible", "its fighters had been behind the
        # assault", "had carried it out", "had fired the mortars", "said it did it"
        r"|been\s+behind|(?:was|were)\s+responsible|carried\s+(?:it|them)\s+out|fired\b"
        r"|did\s+(?:it|this|that)\b(?!\s+not)"
        # "said the group had sent him", "said they had tried to disrupt the vote"
        r"|(?:sent|dispatched)\s+(?:him|her|them)\b"
        r"|(?:tried|sought|wanted|aimed|meant|planned)\s+to\s+(?:disrupt|kill|attack|target"
        r"|punish|stop|strike|destroy|capture|storm|assassinate)\b"
        # "the Taliban said they had destroyed the bridge", "... was holding the men"
        r"|destroyed|blown up|blew up|burned|burnt|set fire|brought down|abducted|kidnapped"
        r"|was holding|were holding|planted|placed|shot down|set off|detained|fired on|fired at"
        r"|bl(?:ew|own)\s+(?:him|her|them)sel(?:f|ves)\s+up"
        # "ISKP said it had sent the bomber", "said they dispatched two fighters": the
        # attacker sent is the group's own (not "sent a delegation")
        r"|(?:sent|dispatched)\s+(?:the\s+|an?\s+|its\s+|their\s+|\w+\s+of\s+(?:its|their)\s+"
        r"|two\s+|three\s+|four\s+|five\s+|several\s+|\d+\s+)?(?:[\w-]+\s+)?"
        r"(?:bombers?|attackers?|gunm[ae]n|fighters|mujahideen|militants|commandos?"
        r"|assailants?|infiltrators?)\b)",
        re.IGNORECASE,
    ),
    # "Ⓐ, which announced the ambush": an attack announced is an attack claimed
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,40}?)\bannounced\s+(?:the|this|that|its|their)\s+"
        # "... announced the capture of the city": a seizure announced is one claimed
        r"(?:ambush|attack|assault|raid|bombing|killing|capture|seizure|takeover|fall)\b"
        r"(?!\s+(?:of|on|by)\s+Ⓐ)",
        re.IGNORECASE,
    ),
    # "Ⓐ said six Ⓑ members were killed": a group giving the enemy's dead gives the toll of
    # its own attack (not an official's count: "Ⓐ officials said ...")
    re.compile(
        _RUN + r"+(?P<gap>(?:(?!officials?|authorit|government|ministry|police|army)[^.;Ⓐ])"
        r"{0,40}?)\b(?:said|says|announced|stated)\s+(?:that\s+)?(?:more\s+than\s+|over\s+"
        r"|at\s+least\s+|some\s+|about\s+|up\s+to\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s+"
        + MASK
        + r"+\s+(?:fighters|members|soldiers|forces|troops|militants|personnel|men)\s+"
        r"(?:were|had\s+been|have\s+been)\s+killed\b",
        re.IGNORECASE,
    ),
    # "ISKP's claim presented the killing as revenge", "the group's claim of responsibility
    # called it a reply": the group's own claim, a possessive and what the claim said
    re.compile(
        _RUN + r"+(?P<gap>['’]s?\s+(?:own\s+|official\s+)?)claim(?:\s+of\s+responsibility)?\s+"
        r"(?:presented|described|called|said|named|framed|portrayed|justified|cast)\b",
        re.IGNORECASE,
    ),
    # "claimed the burning on the group's behalf", "carried a claim of responsibility on behalf
    # of the group's Khorasan Province": the claim made for a group named after it
    re.compile(
        r"\b(?:claimed|claim|claims)\b(?P<gap>[^.;Ⓐ]{0,60}?)\bon\s+behalf\s+of\s+(?:the\s+)?"
        + _WORDS
        + r"{0,3}?"
        + MASK,
        re.IGNORECASE,
    ),
    # "its spokesman claimed the ambush for the Ⓐ", "claimed it for the Ⓐ, saying ...": the
    # group a speaker claims for, named last; not "claimed responsibility for the Ⓐ attack",
    # where the name qualifies what was claimed
    re.compile(
        r"\b(?:claimed|claims|claiming)\s+(?P<gap>(?:full\s+|sole\s+)?)"
        + _CLAIM_OBJECT
        + r"\s+for\s+(?:the\s+)?"
        + _RUN
        + r"+(?=\s*(?:[.,;)]|$|\s+(?:and|saying|in\s+a|on\s+(?:its|their|the|a)|via|through)\b))",
        re.IGNORECASE,
    ),
    # "Ⓐ's spokesman said the gunman had joined the group's ranks", "said the soldier was one
    # of its fighters": the attacker owned as the group's own man
    re.compile(
        _RUN + r"+(?P<gap>[^.;Ⓐ]{0,90}?)\b(?:said|says|stated|confirmed|admitted|told)\s+"
        r"(?:[^.;Ⓐ]{0,40}?\bthat\s+)?(?:the\s+)?(?:[\w-]+\s+)?(?:man|attacker|gunman|bomber"
        r"|soldier|policeman|guard|bodyguard|infiltrator|shooter|assailant|recruit|he)\s+"
        # ("the group's ranks": "the group" is masked as a stand-in)
        r"(?:had\s+|has\s+)?(?:joined\s+(?:its|their|the\s+movement['’]s|" + MASK + r"+['’]s)"
        r"\s+ranks"
        # "said the bomber had joined the army as an infiltrator": planted by the group
        r"|joined\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?as\s+(?:an?\s+|(?:its|their)\s+)?"
        r"infiltrators?\b"
        r"|(?:was|had\s+been)\s+(?:one\s+of\s+(?:its|their)|(?:its|their)\s+(?:own\s+)?)"
        # "said the attacker was one of their martyrdom seekers": the group's own word
        r"\s*(?:members?|fighters?|men|mujahideen|infiltrators?|martyrdom[- ]seekers?"
        r"|istishhadis?|mujahids?)\b)",
        re.IGNORECASE,
    ),
    # "Ⓐ spokesman X said the men had been killed because they worked for foreigners": the
    # group giving its reason for a killing owns it (not officials telling a motive)
    re.compile(
        _RUN + r"+(?P<gap>(?:(?!officials?|authorit|government|ministry|police|army)[^.;Ⓐ])"
        r"{0,60}?)\b(?:said|says|stated|told)\s+(?:that\s+)?[^.;Ⓐ]{0,40}?\b(?:had\s+been"
        r"|have\s+been|were|was)\s+(?:killed|executed|shot|beheaded|hanged|targeted|attacked"
        r"|abducted|kidnapped)\s+(?:because|for\s+(?:working|spying|helping|serving"
        r"|collaborating|supporting|insulting|spreading|preaching|converting|proselyti[sz]ing"
        r"|being|refusing|cooperating|changing))\b"
        # "Taliban spokesman X said the men had been tried and executed": a sentence the
        # group passed and carried out
        r"|" + _RUN + r"+(?P<gap2>(?:(?!officials?|authorit|government|ministry|police|army)"
        r"[^.;Ⓐ]){0,60}?)\b(?:said|says|stated|told)\s+(?:that\s+)?[^.;Ⓐ]{0,40}?\b(?:had\s+been"
        r"|have\s+been|were|was)\s+(?:tried\s+and\s+|sentenced\s+and\s+)?(?:executed"
        r"|sentenced\s+to\s+death|punished)\b",
        re.IGNORECASE,
    ),
)
# Not an official's account of the group: "Ⓐ denied it, but officials said the attack ...".
_NOT_OFFICIAL_GAP = (
    r"(?P<gap>(?:(?!officials?|authorit|government|ministry|police|army)[^.;Ⓐ]){0,60}?)"
)
_OWN_MAN_CLAIMS = (
    # "The Taliban said their man had been recruited inside the police", "ISKP said its
    # fighter had opened fire": the attacker owned as the group's man. Not "their commander
    # had been killed": the group's loss.
    re.compile(
        _RUN + r"+" + _NOT_OFFICIAL_GAP + r"\b(?:said|says|stated|confirmed|admitted|told)\s+"
        r"(?:[^.;Ⓐ]{0,40}?\bthat\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+)?"
        r"(?:man|fighter|member|bomber|attacker|gunman|infiltrator|mujahid)\s+"
        r"(?:(?:had\s+|has\s+|was\s+)?(?:been\s+)?(?:recruited|infiltrated|sent|placed|posted"
        r"|embedded|enlisted)"
        r"|(?:had\s+|has\s+)?(?:joined|infiltrated|blown|blew|detonated|carried\s+out"
        r"|opened\s+fire|stormed|attacked|killed|shot|set\s+off))\b",
        re.IGNORECASE,
    ),
    # "A Taliban spokesman said the movement's fighters had planted the bomb", "ISKP said on
    # Amaq that its 'soldiers of the caliphate' had killed the official": the group's men in
    # the plural, or named by the group's own noun, as the ones who did the act
    re.compile(
        _RUN + r"+" + _NOT_OFFICIAL_GAP + r"\b(?:said|says|stated|claimed|announced)\s+"
        # the outlet named on the way is the group's own ("on its Amaq news outlet that")
        r"(?:[^.;]{0,60}?\bthat\s+)?(?:(?:its|their|the\s+(?:group|movement|organi[sz]ation)['’]s"
        r"|" + MASK + r"+['’]s?)"
        r"\s+(?:own\s+)?[\"“'‘]?(?:fighters|men|members|mujahideen|mujahidin|gunmen|attackers"
        r"|soldiers(?:\s+of\s+the\s+caliphate)?)[\"”'’]?\s+"
        # "said a fighter of its Khorasan branch had carried out the bombing"
        r"|(?:a|one)\s+(?:fighter|member|soldier|mujahid)\s+of\s+(?:its|their)\s+"
        r"(?:(?:[\w-]+|" + MASK + r"+)\s+){0,3}?)"
        r"(?:had\s+|have\s+)?(?:planted|placed|detonated|carried\s+out|opened\s+fire|stormed|attacked|killed"
        # "said its fighters were avenging the burning of Korans", "their fighters did it"
        r"|shot|ambushed|targeted|assassinated|(?:were\s+)?avenging|avenged"
        r"|did\s+(?:it|this|that)(?!\s+not))\b",
        re.IGNORECASE,
    ),
    # "The Taliban said the attack avenged the burning of Korans", "said the bombing was
    # revenge for the raid": the group giving its attack's motive owns the attack
    re.compile(
        _RUN + r"+" + _NOT_OFFICIAL_GAP + r"\b(?:said|says|stated|announced|told)\s+"
        r"(?:[^.;Ⓐ]{0,40}?\bthat\s+)?(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?"
        r"(?:attack|bombing|assault|raid|ambush|killing|operation|blast)\s+"
        r"(?:had\s+)?(?:avenged|(?:was|had\s+been)\s+(?:meant\s+|intended\s+)?"
        r"(?:to\s+avenge|(?:in\s+|an?\s+)?(?:revenge|retaliation|reprisal|response)\s+(?:for|to))"
        r")\b",
        re.IGNORECASE,
    ),
)
# "A Taliban spokesman said the airfield had been attacked", "told reporters the palace had
# been the target", "a Taliban statement said the consulate had been targeted in revenge":
# the group naming what it struck (not "had been attacked by Ⓐ", another group's act).
# The target may name a group ("the palace and the Ⓐ office nearby had been the targets"), and
# the attack may be told as aimed ("said the attacks were aimed at security forces").
_TARGET_TOLD = re.compile(
    _RUN + r"+" + _NOT_OFFICIAL_GAP + r"\b(?:said|says|stated|told|tweeted|wrote)\s+"
    r"(?:reporters\s+|journalists\s+)?(?:that\s+)?[^.;]{0,60}?(?:\b(?:had|have)\s+been\s+"
    r"(?:the\s+(?:intended\s+|main\s+|real\s+)?targets?\b|targeted\b|attacked\b)"
    r"|\b(?:attacks?|bombings?|blasts?|assaults?|raids?|ambush(?:es)?|operations?)\s+"
    r"(?:was|were|had\s+been)\s+(?:aimed\s+at|directed\s+(?:at|against))\s)"
    r"(?!\s+by\b)",
    re.IGNORECASE,
)
# "The Taliban said it was their operation", "said the attack was theirs": the act owned.
_OWNED_ACT = re.compile(
    _RUN + r"+" + _NOT_OFFICIAL_GAP + r"\b(?:said|says|stated|told|tweeted|wrote)\s+"
    r"(?:[^.;Ⓐ]{0,40}?\bthat\s+)?(?:it|this|the\s+(?:attack|bombing|assault|raid|ambush"
    r"|killing|blast|operation))\s+(?:was|had\s+been)\s+(?:(?:their|its)\s+(?:own\s+)?"
    r"(?:operation|attack|work|doing)|theirs|its\s+own)\b",
    re.IGNORECASE,
)
_CLAIMED_THAT = re.compile(
    _RUN + r"+(?P<gap>[^.;Ⓐ]{0,60}?)\bclaimed\s+(?:(?:on|in|via|through)\s+[^.;Ⓐ]{0,40}?)?"
    r"that\s+[^.;]{0,90}?\b(?:attack|attacks|bombing|carried out|carry out|killing|was behind"
    r"|were behind|(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:killed|attacked|targeted))\b"
    # "Ⓐ claimed that more than 20 Taliban fighters were killed": the toll of its own attack
    # (not its own losses: "claimed that none of its fighters were killed")
    # ("claimed on Telegram that it had killed five": the outlet between)
    r"|" + _RUN + r"+(?P<gap2>[^.;Ⓐ]{0,60}?)\bclaimed\s+(?:(?:on|in|via|through)\s+[^.;Ⓐ]{0,40}?)?"
    r"that\s+"
    r"(?![^.;]{0,40}\b(?:its|their)\s+(?:own\s+)?(?:fighters|men|members)\b)"
    r"[^.;]{0,60}?\b(?:were|had been)\s+killed\b",
    re.IGNORECASE,
)
# "Both Ⓐ and Ⓐ claimed responsibility": every group of a joined subject claimed.
_JOINT_CLAIM = re.compile(
    _RUN + r"+\s*(?:,\s*|\s+and\s+|\s+as well as\s+)(?:the\s+)?(?P<second>" + MASK + r"+)"
    # "Both Ⓐ and Ⓐ said they had carried it out": the second's claim read by the patterns
    r"(?=\s+(?:both\s+|each\s+|separately\s+|also\s+)?(?:claimed|have claimed|had claimed"
    r"|said|have said|had said|say))",
    re.IGNORECASE,
)
_DENIAL = re.compile(_RUN + r"+[^.;Ⓐ]{0,60}?\b(?:denied|denies|rejected|disowned)\b", re.IGNORECASE)
# "The Taliban denied involvement, but officials blamed them", "... attributed the attack to
# them": the group that denied is the one blamed by the pronoun.
_DENIED_BUT_BLAMED = Gated(
    re.compile(
        _RUN + r"+[^.;Ⓐ]{0,60}?\b(?:denied|denies|rejected)\b[^.;Ⓐ]{0,40}?,?\s+but\s+[^.;Ⓐ]{0,50}?"
        r"\b(?:blamed|accused|suspected|attributed\s+(?:[\w-]+\s+){0,4}?to)\s+(?:them|it)\b",
        re.IGNORECASE,
    )
)
# "Officials said the Taliban and al-Qaeda were behind it": both groups of a joined subject
# are blamed (the attribution patterns read the one next to the verb).
_JOINT_BLAME = re.compile(
    _RUN + r"+\s*(?:,\s*|\s+and\s+)(?:the\s+)?(?P<second>" + MASK + r"+)"
    r"(?=\s+(?:were|had\s+been|are)\s+(?:\w+\s+)?(?:behind|blamed|suspected|responsible)\b)",
    re.IGNORECASE,
)
_ATTRIBUTION_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\battribut\w+\s+"
        + _WORDS
        + r"{0,5}?to\s+(?:the\s+)?"
        + _PART_OF
        + _WORDS
        + r"{0,2}?"
        + MASK,
        # "attributed the attack to supporters of the Ⓐ", "to a joint force of Ⓐ and Ⓐ"
        r"\battribut\w+\s+" + _WORDS + r"{0,5}?to\s+(?:an?\s+|the\s+)?(?:joint\s+force"
        r"|supporters|followers|sympathi[sz]ers|fighters|members|militants|a\s+cell"
        # "attributed the attack to remnants of the Taliban", "to elements of the group"
        r"|remnants|elements|loyalists)\s+"
        r"(?:of|from|loyal to)\s+(?:the\s+)?" + MASK,
        # "blamed a faction of the Pakistani Taliban for that attack"; not "were blamed by
        # Taliban officials", who do the blaming
        r"\b(?:blamed|blaming|blames|accused|accusing|accuses)\s+(?!by\s)(?:the\s+)?"
        + _PART_OF
        + _WORDS
        + r"{0,1}?"
        + MASK,
        # "blamed the attack on the Taliban"; not "blamed him for the attacks on the Russian
        # embassy", where "on" names what was attacked
        r"\bblam\w+\s+(?!"
        + _WORDS
        + r"{0,4}?for\s)"
        + _WORDS
        + r"{0,5}?on\s+(?:the\s+)?"
        + _PART_OF
        + _WORDS
        + r"{0,2}?"
        + MASK,
        _RUN + r"+(?:\s+[\w-]+){0,3}?\s+(?:was|were|is|are|has been|have been|had been)\s+"
        r"(?:\w+\s+)?(?:blamed|suspected|accused|believed|thought|held responsible|behind"
        # "officials said Taliban insurgents were to blame"
        r"|said to be behind|likely behind|to blame\b)",
        # a log's telegraphic passive, the verb closing the sentence: "Taliban blamed.",
        # "ISKP suspected." (not "Taliban blamed ISKP", where the group does the blaming)
        _RUN + r"+(?:\s+(?:fighters|militants|insurgents|gunmen|members))?\s+(?:blamed"
        r"|suspected)\s*(?:[.;]|$)",
        r"\b(?:suspected|alleged|presumed|purported|presumably|possible|likely|probable)\s+"
        + _WORDS
        + r"{0,1}?"
        + MASK,
        # "Sources suspected remnants of the Taliban", "officials suspected elements of the
        # group": the group's men suspected
        r"\b(?:suspected|suspect|suspects)\s+(?:the\s+)?(?:remnants|elements|members|fighters"
        r"|supporters|loyalists|followers|militants)\s+(?:of|from|loyal\s+to)\s+(?:the\s+)?" + MASK,
        # "Officials suspect the Haqqani network": the verb in the present
        r"\b(?:suspect|suspects)\s+(?:the\s+)?" + _PART_OF + MASK,
        r"\b(?:believed|thought|suspected|likely|said|assumed|presumed)\s+to\s+(?:be|have been)"
        r"\s+" + _WORDS + r"{0,4}?" + MASK,
        # "officials said the kidnappers belonged to a local Taliban group"
        r"\b(?:attackers?|assailants?|gunm[ae]n|kidnappers?|abductors?|captors|bombers?"
        r"|killers?)\s+(?:belonged|belong|belongs)\s+to\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + MASK,
        r"\b(?:linked|affiliated|connected|tied|loyal|(?:pledged|sworn|swore|owing) allegiance)"
        r"\s+(?:to|with)\s+(?:the\s+)?" + MASK,
        # "Tehran said a Tajik had planned it, pointing at ISKP"; not "pointing to the
        # Taliban's failure", where the group only owns what is pointed at
        r"\bpoint(?:s|ed|ing)?\s+(?:the\s+finger\s+)?(?:at|to)\s+(?:the\s+)?" + MASK + r"+(?!['’])",
        # "the Taliban, who had threatened to disrupt the vote, were suspected"
        _RUN + r"+\s*,\s*(?:who|which)\b[^,;.Ⓐ]{1,80},\s*(?:was|were|is|are|has been|have been"
        r"|had been)\s+(?:\w+\s+)?(?:blamed|suspected|accused|held responsible)\b",
        # "officials said he had been recruited by the Taliban", "the boy had been sent by"
        r"\b(?:recruited|dispatched|sent|paid|hired|trained)\s+by\s+(?:the\s+)?" + MASK,
        # "the spokesman said the killing was carried out by the Taliban": the act said to
        # be the group's, in the passive (the act's noun read with it: "killing" just before
        # a group would otherwise read as the group acted upon)
        r"\b(?:attacks?|killings?|murders?|assassinations?|bombings?|blasts?|explosions?"
        r"|shootings?|ambush(?:es)?|kidnappings?|abductions?|raids?|assaults?)\s+"
        r"(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:carried out|committed"
        r"|perpetrated|orchestrated|masterminded|organi[sz]ed|planned)"
        # "was planned from Pakistan by the Taliban": the place it came from is passed over
        # and the group after "by" is the one blamed
        r"(?:\s+(?:from|in|inside|across)\s+(?:the\s+)?(?:" + MASK + r"+|[\w-]+(?:\s+[\w-]+)?))?"
        r"\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<blamed>" + MASK + ")",
        # "police said the bomb had been planted by the Taliban", "the mine was laid by Ⓐ
        # fighters": the device said to be the group's
        r"\b(?:bombs?|mines?|landmines?|devices?|explosives?|IEDs?|charges?)\s+"
        r"(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:planted|placed|laid|hidden"
        r"|buried|attached|fixed|fitted|left|set)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"(?P<blamed>" + MASK + ")",
        # "police said the men were members of the Ⓐ", "said they were Ⓐ members"
        r"\b(?:said|say|says|believed|suspected|found|confirmed)\s+(?:that\s+)?(?:he|she|they"
        r"|both|the\s+(?:two\s+|three\s+)?(?:man|men|attackers?|gunmen|gunman|bombers?"
        r"|assailants?|suspects?|militants?|kidnappers?|abductors?|captors|killers?))\s+"
        r"(?:was|were|had been)\s+(?:a\s+|an\s+)?"
        r"(?:(?:members?|fighters?|supporters?)\s+of\s+(?:the\s+)?)?" + MASK,
        _RUN + r"+[-‑](?:linked|affiliated|inspired|aligned)\b",
        # "Local people said the Taliban were responsible", "said ISKP fighters were
        # responsible" (not "were not responsible")
        _RUN + r"+(?:\s+[\w-]+){0,2}?\s+(?:was|were|is|are|had\s+been)\s+"
        r"(?:(?:likely|probably|possibly|allegedly|directly|solely)\s+)?responsible\b",
        # "The kidnappers were later identified as the Taliban", "the work of the Taliban"
        r"\b(?:identified|named|unmasked)\s+as\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
        r"(?:(?:members?|fighters?)\s+of\s+(?:the\s+)?)?" + MASK,
        # (read from "work": "the killing was ..." before it would pass for a killing of Ⓐ)
        r"(?<=\bthe\s)work\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?" + MASK,
        # "men they said were Taliban members": the group named as what the men were (not
        # "struck villages Pakistan said were TTP hideouts", a place); read from after the
        # men, whom an arrest before may have acted upon
        r"(?:(?<=\bmen\s)|(?<=\bman\s)|(?<=\bsuspects\s)|(?<=\byouths\s)|(?<=\bpeople\s))"
        r"(?:(?:they|police|officials|who|whom|that)\s+)?(?:said|believed|suspected)\s+(?:was|were)\s+(?:a\s+|an\s+)?"
        r"(?:(?:members?|fighters?)\s+of\s+(?:the\s+)?)?" + MASK + r"+(?=\s+(?:members?"
        r"|fighters?|militants?|insurgents?)\b|\s*[.;,]|\s*$)",
        r"\bhallmarks?\s+of\s+(?:an?\s+|the\s+)?" + _WORDS + r"{0,1}?" + MASK,
        r"\bpointed\s+(?:the\s+finger|fingers)\s+at\s+(?:the\s+)?" + MASK,
        r"\b(?:held|holds|hold)\s+(?:the\s+)?" + MASK + r"+\s+responsible",
        r"\b(?:said|say|says|believe|believed|suspect|suspected|think|thought)\s+"
        # "said in a statement that", "said on Twitter that": the outlet named on the way
        r"(?:(?:in|on|via)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?=that\b))?"
        r"(?:that\s+)?(?:the\s+|an?\s+)?" + MASK + r"+"
        # "said the Taliban, who control the district, planted it": a clause about the group
        r"(?:\s*,\s*(?:who|which)\b[^,;.Ⓐ]{1,60},)?"
        r"\s+(?:[\w-]+\s+){0,2}?(?:had\s+|has\s+|have\s+)?"
        r"(?:planted|placed|carried out|conducted|staged|was behind|were behind|been behind"
        # "police said the Taliban had paid them": the men's sender blamed
        r"|paid|hired|sent|recruited|ordered|trained"
        # "said Taliban militants had carried it out", "said Taliban gunmen had killed them"
        r"|carried\s+(?:it|them)\s+out|killed|shot|kidnapped|abducted|attacked|set\s+off"
        # "Local police said the Taliban did it": the act named by a pronoun
        r"|detonated|did\s+(?:it|this|that)\b(?!\s+not))\b",
        # "According to the police, Taliban fighters planted the bomb": the act told on
        # another's word (the group's own word is its claim, see ``_CLAIM_PATTERNS``)
        r"\baccording\s+to\s+(?:the\s+)?[^,;.Ⓐ]{1,50},\s+(?:the\s+)?" + MASK + r"+"
        r"\s+(?:[\w-]+\s+){0,2}?(?:had\s+)?(?:planted|placed|carried\s+out|staged|detonated"
        r"|set\s+off|fired|attacked|killed|shot|kidnapped|abducted|stormed|ambushed)\b",
        # "officials said the attackers had acted for the Taliban", "on the orders of"
        # (not "working for": victims are killed for working for the government)
        r"\b(?:acted|acting)\s+(?:for|on\s+behalf\s+of|on\s+(?:the\s+)?orders\s+(?:of|from))"
        r"\s+(?:the\s+)?(?:[\w-]+\s+)?" + MASK,
        r"\bresponsib\w+\s+"
        + _WORDS
        + r"{0,3}?(?:lies|lay|rests|rested)\s+with\s+(?:the\s+)?"
        + MASK,
        # "elders negotiated with the Taliban, who were holding them", "The Taliban were
        # holding the two engineers": the captors named
        # "The Taliban held the two men": a kidnapping's captors (not "held talks", "held the
        # district", neither being people taken, nor "held him responsible", which blames him)
        _RUN + r"+\s*(?:,\s*(?:who|which)\s+)?(?:(?:were|was|had\s+been)\s+holding|held"
        r"|had\s+held)\s+(?:them|him|her|the\s+(?:[\w-]+\s+){0,2}?(?:hostages|captives|men"
        r"|workers|engineers|employees|passengers))\b"
        r"(?!\s+(?:responsible|accountable|liable|to\s+account)\b)",
        # "They were held by the Taliban until 2019", "the hostages were held captive by"
        r"\b(?:they|he|she|hostages|captives)\s+(?:was|were|had\s+been)\s+(?:being\s+)?held"
        r"\s+(?:captive\s+|hostage\s+)?by\s+(?:the\s+)?" + MASK,
    )
)
_ATTACK_VERBS = (
    r"(?:attacked|attack|attacks|stormed|ambushed|raided|killed|kill|shot|abducted|kidnapped"
    r"|detained|arrested|executed|detonated|fired|launched|carried out|conducted|targeted"
    r"|captured|seized|bombed|struck|assassinated|beheaded|burned|torched|set fire|destroyed"
    r"|clashed|overran|took control|opened fire|planted|hit|shelled|besieged|hanged"
    r"|massacred|overtook|fought|rounded up|apprehended|raided|launch|carry out|targeting"
    r"|attacking|killing|detaining|arresting|threatened|threatens|vowed|warned|stopped|set up"
    r"|entered|took|drugged|sprayed|threw|hijacked|kidnapped|abducted|overran|seized"
    r"|blew up|blown up|poisoned|mutilated|cut off|demolished|sabotaged|razed|burned down"
    r"|dropped|intercepted|bombarded|pounded|repulsed"
    # "officers of the Taliban's vice and virtue department beat a barber"
    r"|beat|flogged|whipped|lashed|tortured)"
)
_PASSIVE = r"(?:was|were|is|are|been|being|be|has been|had been|have been|got)"
_AGENT_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        _RUN + r"+(?:\s+[\w-]+){0,2}?\s+(?:said|say|says|announced|claimed|reported)\s+(?:that\s+)?"
        r"(?:they|it|(?:their|its)\s+(?:forces|troops|security forces|special forces))\s+"
        r"(?:had\s+|have\s+|has\s+)?" + _ATTACK_VERBS + r"\b",
        # up to four words between: "Ⓐ gunmen and suicide bombers stormed", "Ⓐ said its
        # fighters had fired"
        _RUN
        + r"+(?:'s?|’s?)?(?:\s*\([^)]{1,15}\))?(?:\s+(?!"
        + _PASSIVE
        + r"\b)[\w-]+){0,4}?\s+"
        + _ATTACK_VERBS
        + r"\b",
        # "by" first: look-behinds before it would be tried at every character. Not "a tunnel
        # complex used by the group", "a school run by the Taliban": not the act's agent.
        r"\bby(?<!condemned by)(?<!reported by)(?<!confirmed by)(?<!announced by)"
        r"(?<!claimed by)(?<!criticised by)(?<!criticized by)(?<!denounced by)(?<!stated by)"
        r"(?<!used by)(?<!run by)(?<!owned by)(?<!controlled by)(?<!held by)(?<!occupied by)"
        r"(?<!frequented by)(?<!operated by)(?<!built by)(?<!founded by)(?<!formed by)"
        r"(?<!created by)(?<!funded by)(?<!backed by)(?<!published by)(?<!released by)"
        r"(?<!issued by)"
        # "during a visit by the UAE ambassador": who came to a gathering, not its attacker
        r"(?<!visit by)(?<!visited by)(?<!attended by)(?<!hosted by)(?<!chaired by)"
        r"\s+(?:the\s+)?(?:[\w-]+\s+){0,1}?" + MASK,
        r"\b(?:in|during|an?|the)\s+(?:[\w-]+\s+){0,1}?" + MASK + r"+(?:'s|’s)?\s+(?:[\w-]+\s+)?"
        r"(?:raid|operation|offensive|air ?strike|drone strike|strike|attack|ambush|assault"
        r"|crackdown|shelling|bombing|offensive|counter-?terrorism operation|clearance operation"
        r"|search operation|suicide bombing|suicide attack"
        # "a Taliban car bomb killed ...": the group's bomb (not "an ISKP bomb team", a target)
        r"|(?:car|truck|lorry|roadside|suicide|sticky|magnetic)\s+bomb(?!s?\s+(?:team|cell"
        r"|maker|factory|network|squad|expert|unit)))s?\b",
        # "mortar shells fired from Pakistan", "rockets launched from across the border in Iran"
        r"\b(?:fired|launched|lobbed)\s+from\s+(?:across\s+the\s+border\s+in\s+|inside\s+)?"
        r"(?:the\s+)?" + MASK,
    )
)
_PATIENT_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:attacked|attacking|attack on|attacks on|assault on|targeted|targeting|against"
        r"|ambushed|raided|struck|hit|killed|killing|kidnapped|abducted|arrested|arresting"
        # "called on the Islamic Emirate to protect reporters" appeals to it, acts on no one
        r"|detained|detaining|captured|executed|near|outside|inside|at"
        r"|(?<!called )(?<!calls )(?<!call )(?<!calling )on|threatened|threatening"
        r"|warned)\s+(?:a\s+|an\s+|the\s+|two\s+|three\s+|several\s+|some\s+|\d+\s+)?"
        r"(?:(?!(?:its|their|his|her)\b)[\w-]+\s+)?" + MASK,  # not "on its Amaq outlet"
        _RUN + r"+(?:'s|’s)?(?:\s+[\w-]+){0,3}?\s+" + _PASSIVE + r"\s+(?:\w+\s+)?"
        r"(?:killed|wounded|injured|attacked|targeted|arrested|detained|captured|ambushed"
        r"|kidnapped|abducted|executed|shot|hit|struck|threatened)\b",
        r"\bbetween\s+(?:the\s+)?"
        + MASK
        + r"+[^.;Ⓐ]{0,40}?\band\s+(?:the\s+)?(?P<second>"
        + MASK
        + r")",
    )
)


def _for_folded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` (an ``IGNORECASE`` pattern) for the shadow folded by ``caseless.fold``, with
    the same matches: the mask in lower case, as folding writes it, and an opening masked run
    found from its first character (a literal start is searched for quickly, a look-behind
    is tried at every character)."""
    source = pattern.pattern.replace(_RUN + "+", MASK + "(?<!" + MASK * 2 + ")" + MASK + "*")
    return fold_pattern(source.replace(MASK, MASK.lower()))


# Patterns matched faster on the folded shadow (measured; the others gain nothing).
_AGENT_FOLDED = tuple(
    _for_folded(p) if i in (0, 1) else None for i, p in enumerate(_AGENT_PATTERNS)
)
_PATIENT_FOLDED = tuple(
    _for_folded(p) if i in (0, 1) else None for i, p in enumerate(_PATIENT_PATTERNS)
)
# "Taliban fighters stopped a minibus ... and abducted": the group that opens the sentence.
_SUBJECT_FIRST = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{4}\s*:\s*)?(?:The\s+|A\s+|An\s+)?"
    # "Hundreds of Taliban fighters entered", "a group of ISKP gunmen stormed"
    r"(?:(?:group|band|hundreds|dozens|scores|thousands)\s+of\s+"
    # "Fighters of the Islamic State in Khorasan blindfolded ...": the group's men
    r"|(?:[Ff]ighters|[Mm]embers|[Mm]ilitants|[Gg]unmen)\s+of\s+(?:the\s+)?)?"
    r"(?P<actor>" + MASK + r"+)(?:\s+(?!(?:was|were|is|are|had|has|been)\b)[a-z][\w-]*){0,2}"
    # "Taliban fighters in Qarqin district of Jawzjan province, Afghanistan, blew up": where
    # the men were, set off by commas before their verb
    r"(?:\s+(?:in|near)\s+[A-Z][^.;Ⓐ]{0,80}?,"
    # "Taliban fighters in army uniforms, some wearing suicide vests, entered": an aside on
    # the men, opened by a word counting them, set off by commas before their verb
    r"|(?:\s+(?:in|wearing|dressed\s+(?:in|as))\s+[^.;,Ⓐ]{1,40})?\s*,\s*(?:some|many"
    r"|several|all|most|one|two|three|four|five|each|both)\s[^.;,Ⓐ]{1,60},)?"
    # "Taliban fighters drove a Humvee packed with explosives to the headquarters"
    r"\s+(?:(?!(?:was|were)\b)[a-z]+ed|drove|took|shot|blew|threw|set|struck|fought|overran"
    r"|rode|ran|broke|hit|stole)\b"
)
_ACTED_UPON_AFTER = re.compile(
    r"\s+(?:(?:fighters|militants|members|insurgents|gunmen|operatives|suspects|men)\s+)?"
    r"(?:was|were|had been|have been)\s+(?:\w+ly\s+)?(?:killed|arrested|detained|captured"
    r"|shot dead|gunned down|eliminated)\b",
    re.IGNORECASE,
)
# A group named as the object of a verb of force, so not the subject of the verb after it.
_OBJECT_OF_ACT_BEFORE = re.compile(
    r"\b(?:killed|killing|arrested|arresting|detained|detaining|captured|capturing|raided"
    r"|raiding|targeted|targeting|ambushed|executed|eliminated)\s+"
    r"(?:(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|several|some|dozens\s+of"
    r"|scores\s+of|\d+)\s+)?(?:(?:suspected|alleged)\s+)?$",
    re.IGNORECASE,
)
# "A grenade thrown at a Ⓐ vehicle killed ...": what was aimed at is the target's, and the
# owner of a thing hit is no agent of the killing after it.
_AIMED_AT_BEFORE = Gated(
    re.compile(
        r"\b(?:thrown|hurled|lobbed|fired|aimed|directed)\s+(?:at|on|into|towards?|against)\s+"
        r"(?:an?\s+|the\s+)?$",
        re.IGNORECASE,
    )
)
_ACTED_UPON_BEFORE = re.compile(
    r"\b(?:arrested|arresting|detained|detaining|captured|killed|killing|raided|targeting"
    # not "fighters of Ⓐ were blamed": the group's men, not the object of an act
    r"|against|(?<!fighters\s)(?<!members\s)(?<!militants\s)(?<!gunmen\s)of)\s+"
    r"(?:(?:a|an|the|two|three|four|five|six|several|some|\d+)\s+)?$",
    re.IGNORECASE,
)
# "since the Taliban took Kabul" is background; "a day after Taliban fighters took them" is
# the event's own sequence, the time measured from the act
_BACKGROUND_BEFORE = Gated(
    re.compile(
        r"(?<!\bday )(?<!\bdays )(?<!\bhour )(?<!\bhours )(?<!\bweek )(?<!\bweeks )"
        r"(?<!\bminutes )(?<!\bshortly )(?<!\bsoon )\b(?:since|after|before|until)\s+(?:the\s+)?$",
        re.IGNORECASE,
    )
)
_UNIFORM_AFTER = re.compile(r"^\s+(?:army\s+|police\s+|military\s+)?uniforms?\b", re.IGNORECASE)
_CLASH_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?(?P<first>" + MASK + ")", re.IGNORECASE)
# Two sides as the joint subject of a mutual fight: "Taliban forces and Pakistani troops
# exchanged fire". The first named is the acting side, as "between X and Y"; the second the
# other side ("X and Y clashed" makes both agents through ``_ATTACK_VERBS``).
_MUTUAL = re.compile(
    _RUN
    + r"+(?:\s+[\w-]+){0,2}?\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<second>"
    + MASK
    + r")"
    + MASK
    + r"*(?:'s|’s)?(?:\s+[\w-]+){0,2}?\s+exchanged\s+(?:heavy\s+)?(?:fire|gunfire|shots)\b",
    re.IGNORECASE,
)
_MUTUAL_CUE = Caseless(r"exchanged")
# Each role pattern with the words one of which its every match holds (``caseless.Needs``):
# most sentences lack them, and the test is cheaper than the pattern.
_CLAIM_NEEDS = tuple(
    (p, Needs(p))
    for p in (*_CLAIM_PATTERNS, *_OWN_MAN_CLAIMS, _CLAIMED_THAT, _TARGET_TOLD, _OWNED_ACT)
)
_ATTRIBUTION_NEEDS = tuple((p, Needs(p)) for p in _ATTRIBUTION_PATTERNS)
_AGENT_READERS = tuple(
    (p, on_folded, Needs(p)) for p, on_folded in zip(_AGENT_PATTERNS, _AGENT_FOLDED, strict=True)
)
_PATIENT_READERS = tuple(
    (p, on_folded, Needs(p))
    for p, on_folded in zip(_PATIENT_PATTERNS, _PATIENT_FOLDED, strict=True)
)
_CLASH_NEEDS = Needs(_CLASH_FIRST)


# Claim and blame in other languages are read per sentence: a sentence that says someone
# claimed (and does not deny it) gives the claim to the groups it names.
_FOREIGN_CUES: dict[str, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {
    "tr": (
        re.compile(r"üstlen|sorumluluğ", re.IGNORECASE),
        re.compile(r"üstlenmedi|üstlenen olmadı|üstlenen çıkmadı|reddetti|değil", re.IGNORECASE),
        # "saldırının TTP tarafından planlandığını öne sürdü": the attack said to be planned
        # or carried out by a group (the reported form only: "X tarafından düzenlenen basın
        # toplantısı" is a press conference)
        re.compile(
            r"sorumlu tut|suçla|atfet|şüphelen|arkasında"
            r"|tarafından (?:planlandığ|düzenlendiğ|gerçekleştirildiğ|işlendiğ|yapıldığ)",
            re.IGNORECASE,
        ),
    ),
    "ru": (
        re.compile(
            # "возложил ответственность за взрыв на «Талибан»" lays it on another: blame
            r"(?<!возложил )(?<!возложила )(?<!возложили )(?<!возлагает )(?<!возлагают )"
            r"ответственност|взял\w* на себя|взяла на себя|взяли на себя"
            r"|заявил\w* о (?:нападении|атаке|ударе|подрыве|взрыве)"
            # "«Вилаят Хорасан» уже заявлял об обстреле Термеза": the group told of its act
            r"|заявлял\w* об? (?:нападени|атак|удар|подрыв|взрыв|обстрел|убийств|теракт)\w*"
            r"|заявил\w* об? (?:обстрел|убийств|теракт)\w*"
            # "заявил, что боевики «освободили» центр уезда": the group's own account
            r"|заявил\w*,? что (?:[\w«»\"]+ ){0,2}?«?(?:освободил|захватил|атаковал|взял[иа]? "
            r"под контроль|уничтожил|напал)"
            # the group's statement of its own act: "распространило заявление, в котором
            # говорится о «ликвидации 20 вероотступников»"
            r"|(?:распространил|опубликовал|выпустил)\w*\s+(?:[\w-]+\s+){0,3}?заявлени\w*,?"
            r"\s+в котором (?:говорится|сообщается) об?\s+«?(?:ликвидаци|уничтожени|убийств"
            r"|нападени|атак|подрыв|казн)",
            re.IGNORECASE,
        ),
        re.compile(r"\bне\s+взял|никто не|не бер|отрица|опроверг", re.IGNORECASE),
        # "за нападением стоят «хаваридж»": who stands behind the attack, the verb after it
        # not "подозреваемых" (the suspects, people held), no one blamed
        re.compile(
            r"обвинил|обвиня|приписыва|подозрева(?!ем)|стоит за|стоят за|за \w+ сто(?:ит|ят|ял)"
            r"|возлож\w* ответственност|возлага\w* ответственност"
            # "в полиции считают, что убийство совершили боевики «Талибана»": the authorities'
            # belief of who carried the act out
            r"|(?:счита|полага)\w*,?\s+что\s+[^.]{0,60}?(?:совершил|устроил|организовал"
            r"|осуществил|пров[её]л)\w*",
            re.IGNORECASE,
        ),
    ),
    "ar": (
        re.compile(
            r"مسؤوليت|مسئوليت|تبن[ىتا]|تتبنى|يتبنى"
            # the group's responsibility announced by its spokesman: "وأعلن المتحدث باسم
            # طالبان مسؤولية الحركة عن الهجوم" (not "مسؤولية الحكومة عن حماية المدنيين")
            r"|(?<!\w)[وف]?(?:أعلن|أعلنت|يعلن|تعلن)\s+(?:\S+\s+){0,6}?مسؤولية\s+(?:\S+\s+){0,2}?"
            r"عن\s+(?:هذا\s+)?(?:ال)?(?:هجوم|تفجير|اعتداء|عملية|اغتيال|انفجار|هجمات|تفجيرات)"
        ),
        re.compile(r"لم\s+(?:تعلن|يعلن|تتبن|يتبن)|نفى|نفت"),
        # "أصابع الاتهام تشير إلى ..." (the finger of accusation points at ...); not "تبادل
        # الاتهامات" (an exchange of accusations between governments), no one blamed
        # the verbs "نسب" (ascribed) and "حمّل/حمل ... المسؤولية" (held responsible), not the
        # nouns "نسبة"/"بالنسبة" (a rate; as for) or "حمل السلاح" (carrying arms)
        re.compile(
            r"اتهم|الاتهام(?!ات)|(?<!\w)[وف]?(?:نسب|نسبت|ينسب|تنسب|نُسب|يُنسب)(?:ها|ه|وا|وها)?(?!\w)|حمّل"
            # the plural of officials too: "حمّلوا حركة طالبان المسؤولية" (they held the
            # Taliban responsible)
            r"|(?<!\w)[وف]?(?:حمّ?ل|حمّ?لت|حمّ?لوا|يحمّ?ل|تحمّ?ل|يحمّ?لون)\s+(?:\S+\s+){0,6}?(?:ال)?"
            r"مسؤولية"
            r"|يشتبه|تقف وراء|يقف وراء"
        ),
    ),
}


# A claim of many attacks is the group's record, not a claim of the one reported: "daha önce
# pek çok saldırıyı üstlenen IŞİD-Horasan", "взявшая на себя ответственность за целый ряд
# терактов", "الذي تبنى سلسلة من الهجمات".
_RECORD_CLAIM: dict[str, re.Pattern[str]] = {
    "tr": re.compile(
        r"(?:pek çok|birçok|bir çok|çok sayıda|bir dizi|onlarca|sayısız|birçoğunu)\s+"
        r"(?:\w+\s+)?(?:saldırı|eylem|bombalı)\w*\s+(?:da\s+)?üstlen",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?:ответственност\w*|взял\w* на себя)\s+(?:\w+\s+){0,3}?за\s+(?:целый\s+)?"
        r"(?:ряд|серию|многие|множество|десятки|сотни|несколько|большинство)\s+"
        r"(?:\w+\s+)?(?:нападени|теракт|атак|взрыв)\w*",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"(?:تبنى|تبنت|تبنّى|يتبنى)\s+(?:\S+\s+)?(?:سلسلة|عددا|عدداً|عشرات|العديد|مئات)\s+"
        r"(?:من\s+)?(?:ال)?(?:هجمات|عمليات|تفجيرات|اعتداءات)"
    ),
}


# A claim of attacks the group usually makes is its habit, no claim of the event: a verb of
# claiming in the present (habitual) tense with a word of habit, "ويتبنى تنظيم داعش خراسان عادة
# الهجمات على الشيعة", "bu tür saldırıları genellikle IŞİD-K üstleniyor", "обычно берёт на себя
# ответственность за нападения на шиитов".
_HABIT = r"(?:عادة|عادةً|غالبا|غالباً)"
_HABITUAL_CLAIM: dict[str, re.Pattern[str]] = {
    "ar": re.compile(
        r"(?<!\w)و?(?:يتبنى|تتبنى)\s+(?:\S+\s+){0,4}?" + _HABIT + r"(?!\w)"
        r"|(?<!\w)" + _HABIT + r"\s+(?:ما\s+)?(?:يتبنى|تتبنى)(?!\w)"
    ),
    "tr": re.compile(
        r"(?<!\w)(?:genellikle|çoğunlukla|sıklıkla|genelde)\s+(?:\S+\s+){0,3}?"
        r"üstlen(?:iyor|ir|mekte)",
        re.IGNORECASE,
    ),
    "ru": re.compile(
        r"(?<!\w)(?:обычно|как правило|зачастую),?\s+(?:\S+\s+){0,3}?(?:бер[её]т|берут)\s+"
        r"на\s+себя",
        re.IGNORECASE,
    ),
}
# In English the adverb stands right before the verb of claiming.
_HABIT_BEFORE_VERB = re.compile(
    r"\b(?:usually|typically|often|frequently|regularly|routinely|generally)\s*$", re.IGNORECASE
)
# The blame denied: "Taliban yönetimi herhangi bir gruba suçlama yöneltmedi", "власти никого
# не обвинили", "لم توجه السلطات الاتهام إلى أي جماعة": the one who did not blame is no one
# blamed.
_BLAME_DENIED: dict[str, re.Pattern[str]] = {
    "tr": re.compile(r"suçla\w*\s+yöneltmedi|suçlamadı|sorumlu tutmadı", re.IGNORECASE),
    "ru": re.compile(r"(?<!\w)не\s+(?:стал\w*\s+)?(?:обвин|возлож|приписа)\w*", re.IGNORECASE),
    "ar": re.compile(r"لم\s+(?:توجه|يوجه|تتهم|يتهم|تحمل|يحمل)(?!\w)"),
}


# Blame for violence in general, not for the event: "officials have blamed IS militants for
# much of the violence in the north", "обвиняют ИГ в большинстве терактов", "تتهم التنظيم
# بالوقوف وراء معظم الهجمات", "birçok saldırıdan IŞİD'i sorumlu tutuyor".
_GENERAL_BLAME = Gated(
    re.compile(
        r"\bfor\s+(?:much|most|many|some|all|a\s+(?:number|lot))\s+of\s+(?:the\s+)?(?:recent\s+)?"
        r"(?:violence|attacks|bombings|killings|unrest|insecurity)"
        r"|\bfor\s+(?:a|the)\s+(?:recent\s+)?(?:wave|string|series|spate|surge|rise)\s+of\b"
        r"|\bfor\s+(?:recent|previous|past|earlier|many|several|numerous|frequent)\s+"
        r"(?:\w+\s+)?(?:attacks|bombings|killings|assassinations)\b"
        r"|(?<!\w)(?:в|за)\s+(?:большинств\w+|многих|многие|ряд\w*|сери\w+|волн\w+)\s+"
        r"(?:\w+\s+)?(?:нападени|теракт|убийств|атак|взрыв)\w*"
        r"|(?:birçok|çoğu|pek çok|bir dizi)\s+(?:\w+\s+)?(?:saldırı|eylem)\w*"
        r"|(?:معظم|العديد من|سلسلة|عشرات)\s+(?:ال)?(?:هجمات|اعتداءات|تفجيرات|عمليات)",
        re.IGNORECASE,
    )
)


# Cheap tests run before the role patterns: most sentences have none of these words.
_CLAIM_CUE = Caseless(
    r"claim|responsib|credit|took|takes|taken|accepted|said|says|stated|announced|confirmed"
    r"|admitted|admits|told|acknowledg|owned up|owns up|tweeted|wrote|according"
)
_DENIAL_CUE = Caseless(r"denie|deny|reject|disown")
_BLAME_CUE = Caseless(
    r"attribut|blam|accus|suspect|alleged|presum|purport|possibl|likely|probabl|believ|thought"
    r"|said|assumed|linked|affiliat|connected|tied|loyal|inspired|aligned|hallmark|finger"
    r"|held|hold|responsib|behind|allegiance|recruited|dispatched|sent by|paid by|hired by"
    r"|trained by|found|confirmed|acted|acting|orders|identified|named|unmasked|work of"
    r"|holding|according"
)


# "The group claimed the bombing": a stand-in resolved to the document's main armed group.
GROUP_ANAPHOR = "@group"
_ANAPHOR_FIRST = (
    # "the same group claimed the airport bombing": the group named before
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:same\s+)?(?:(?:militant|jihadist|terrorist|extremist"
    r"|armed)\s+)?"
    r"(?:group|organi[sz]ation|outfit|affiliate|branch"
    # "an assault the movement claimed": the insurgent movement; not "the movement of troops"
    r"|movement(?!\s+of\b))\b(?!['’]s\s+(?:leader|founder|emir))"
)
# The Turkish, Russian and Arabic branches: each needs a letter of ``_OTHER_LETTERS``.
_ANAPHOR_OTHER = (
    r"\b(?:[Öö]rgüt|[Öö]rgütü|[Öö]rgütün|[Öö]rgüte|terör örgütü)\b"
    r"|\b(?:группировк[аиуе]|организаци[яиюе]|боевики)\b"
    r"|التنظيم"
    # "وسبق للتنظيم أن تبنى": with the preposition "ل" the article's alif is not written
    r"|للتنظيم"
    # "وكانت الجبهة قد تبنت": the Front named before ("جبهة الحرية الأفغانية"); not the
    # front line ("قتل جنديان على الجبهة")
    r"|(?<!على )(?<!في )(?<!إلى )(?<!\w)(?:الجبهة|للجبهة)(?!\w)"
    # "وكان قد تبنى في مارس هجوما": the claim in the pluperfect with its subject left in
    # the verb, the group the sentence before is about (a name after the verb wins, see
    # ``_beside_name``)
    r"|(?<!\w)و?كان(?:ت)?\s+قد(?=\s+(?:تبنى|تبنت|تبنّى|تبنّت)(?!\w))"
)
# The English branches after them.
_ANAPHOR_LAST = (
    # "a bombing it claimed": the group the sentence before names
    r"(?<=bombing )it(?=\s+claimed\b)|(?<=attack )it(?=\s+claimed\b)"
    # "ISKP has stepped up its campaign. It claimed the suicide bombing of ...": "It" opening
    # a sentence of claiming is the group the sentence before is about; not "It claimed the
    # lives of six people", where "it" is the blast
    r"|^\s*It(?=\s+(?:has\s+|had\s+|also\s+|later\s+|previously\s+)?claimed\s+"
    r"(?!(?:\S+\s+){0,3}?lives\b))"
    # "officials said the insurgents were behind the killing": the generic word for the
    # insurgents, blamed, is the group the report is about
    r"|\b[Tt]he\s+(?:insurgents|militants)(?=\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?"
    r"(?:behind|responsible)\b)"
    # "In March 2023, it claimed a suicide bombing": "it" after an opening time phrase is the
    # group last told as acting (see ``acting_groups``); the comma is part of the span so that
    # it is told apart from "a bombing it claimed"
    r"|(?<=\d{4}), it(?=\s+(?:has\s+|had\s+|also\s+|later\s+)?claimed\s+"
    r"(?!(?:\S+\s+){0,3}?lives\b))"
)
_ANAPHOR = re.compile("|".join((_ANAPHOR_FIRST, _ANAPHOR_OTHER, _ANAPHOR_LAST)))
# The same without the other languages' branches, for a text with none of their letters
# (case-sensitive, so no other letter can stand for one): those branches cannot match there,
# and the others are tried in the same order, so the matches are the same. Most English
# sentences; about half the cost.
_ANAPHOR_EN = re.compile("|".join((_ANAPHOR_FIRST, _ANAPHOR_LAST)))
_OTHER_LETTERS = re.compile(r"[Öö\u0400-\u04ff\u0600-\u06ff]")
# Every ``_ANAPHOR`` match contains one of these; most sentences have none, and the
# alternation above is tried at every character.
_ANAPHOR_WORDS = (
    "group",
    "organis",
    "organiz",
    "outfit",
    "affiliate",
    "branch",
    "movement",
    "örgüt",
    "Örgüt",
    "группировк",
    "организаци",
    "боевики",
    "التنظيم",
    "للتنظيم",
    "الجبهة",
    "للجبهة",
    "قد تبن",
    "claimed",
    "insurgents",
    "militants",
)


@dataclass(frozen=True, slots=True)
class ActorHit:
    """An actor named in a sentence, with its role there."""

    start: int
    end: int
    text: str
    actor_id: str
    role: str


def masked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with every span replaced by ``Ⓐ`` characters (same length, same offsets)."""
    pieces = []
    cursor = 0
    for start, end in spans:
        pieces.append(text[cursor:start])
        pieces.append(MASK * (end - start))
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _covering(spans: list[tuple[int, int]], position: int) -> int | None:
    for index, (start, end) in enumerate(spans):
        if start <= position < end:
            return index
    return None


# Quote marks around a group's name: "blamed the \"Khawarij\"", "blamed \"the Daesh Khawarij\"".
_QUOTES = frozenset('"“”«»„')


def _unquoted(shadow: str, spans: list[tuple[int, int]]) -> str:
    """The masked sentence with the quote marks that open or close a group's name (or the few
    words that lead up to it) turned into spaces, so the name reads as the object of the
    verb before it: a quoted name is still the name blamed or claimed."""
    chars = list(shadow)
    for start, end in spans:
        opening = shadow.rfind(" ", 0, max(0, start - 1))
        lead = shadow[opening + 1 : start]  # "the " in "blamed \"the Daesh Khawarij\""
        if lead[:1] in _QUOTES and len(lead) <= len('"the '):
            chars[opening + 1] = " "
        elif start and shadow[start - 1] in _QUOTES:
            chars[start - 1] = " "
        if end < len(shadow) and shadow[end] in _QUOTES:
            chars[end] = " "
    return "".join(chars)


def _roles(
    text: str,
    spans: list[tuple[int, int]],
    ids: list[str] | None = None,
    speakers: frozenset[int] = frozenset(),
) -> list[str]:
    """Each span's role. ``ids`` are the spans' actors; ``speakers`` the spans that are a
    group's spokesman named (see ``_spokesmen``)."""
    roles = ["mention"] * len(spans)
    shadow = _unquoted(masked(text, spans), spans)

    def assign(index: int | None, role: str) -> None:
        if index is not None and ROLES.index(role) < ROLES.index(roles[index]):
            roles[index] = role

    claims = _CLAIM_CUE.search(shadow) is not None
    for pattern, needs in _CLAIM_NEEDS if claims else ():
        for match in pattern.finditer(shadow) if needs.met(shadow) else ():
            gap = match.group("gap") or match.groupdict().get("gap2") or ""
            if _NEGATION.search(gap) or _negated_before(shadow, match.start()):
                continue
            if _HABIT_BEFORE_VERB.search(gap):
                continue  # "ISKP has usually claimed responsibility for attacks on Shias"
            if any(
                match.groupdict().get(name) is not None
                and not _ANAPHOR.match(text, match.start(name))
                and not _own_group(spans, match, name, ids, speakers)
                for name in ("subject", "owner")
            ):
                continue  # "Ⓐ said Ⓑ had killed them": Ⓑ's act, not Ⓐ's claim
            if match.groupdict().get("member") is not None and not _same_group(spans, match, ids):
                continue  # "Ⓐ officials said a Ⓑ bomber had done it": Ⓑ's man, no Ⓐ claim
            first = shadow[match.start()] == MASK
            assign(
                _covering(spans, match.start()) if first else _first_mask_in(spans, match, shadow),
                "claim",
            )
    for match in _JOINT_CLAIM.finditer(shadow) if claims else ():
        joint = _covering(spans, match.start("second"))
        if joint is not None and roles[joint] == "claim":
            assign(_covering(spans, match.start()), "claim")
    for match in _DENIAL.finditer(shadow) if _DENIAL_CUE.search(shadow) else ():
        assign(_covering(spans, match.start()), "denial")
    blames = _BLAME_CUE.search(shadow) is not None and not _GENERAL_BLAME.search(shadow)
    for pattern, needs in _ATTRIBUTION_NEEDS if blames else ():
        for match in pattern.finditer(shadow) if needs.met(shadow) else ():
            if _ACTED_UPON_BEFORE.search(shadow[max(0, match.start() - 40) : match.start()]):
                continue  # "arrested three suspected ISKP members": suspects, not blame
            blamed = _blamed_in(spans, match, shadow)
            if blamed is not None and _ACTED_UPON_AFTER.match(shadow, spans[blamed][1]):
                continue  # "two suspected ISKP fighters were killed": the raid's side hit
            assign(blamed, "attribution")
    for match in _JOINT_BLAME.finditer(shadow) if blames else ():
        joint = _covering(spans, match.start("second"))
        if joint is not None and roles[joint] == "attribution":
            assign(_covering(spans, match.start()), "attribution")
    for match in _DENIED_BUT_BLAMED.finditer(shadow) if blames else ():
        assign(_covering(spans, match.start()), "attribution")
    _agents_and_patients(shadow, spans, assign)
    for match in _STRUCK_A_MINE.finditer(shadow):
        index = _covering(spans, match.start())
        if index is not None and roles[index] == "agent":
            roles[index] = "patient"  # "a pickup carrying ALP men hit a landmine": they were hit
    for index, (start, end) in enumerate(spans):
        if _BREAKAWAY_BEFORE.search(text, max(0, start - 30), start) and _BREAKAWAY_AFTER.match(
            text, end
        ):
            roles[index] = "mention"  # "Fidai Mahaz, a breakaway Taliban faction, claimed it"
        if roles[index] != "agent":
            continue
        if _UNIFORM_AFTER.match(text[end:]) or _BACKGROUND_BEFORE.search(text[:start]):
            roles[index] = "mention"  # "wearing an Afghan army uniform", "since the Taliban took"
        elif _POSING_AS_BEFORE.search(text, max(0, start - 40), start):
            roles[index] = "mention"  # "a man posing as a Taliban envoy": the disguise only
    return roles


# A group named only as the disguise an attacker wore: "a man posing as a Taliban envoy",
# "gunmen disguised as Taliban fighters", "pretending to be from the Taliban".
_POSING_AS_BEFORE = Gated(
    re.compile(
        r"\b(?:posing|posed|poses|disguised|masquerading|pretending\s+to\s+be)\s+(?:as\s+)?"
        r"(?:(?:an?|the|from|from\s+the)\s+)?$",
        re.IGNORECASE,
    )
)


# A group named only to say what another group split from: "X, a breakaway Taliban faction".
_BREAKAWAY_BEFORE = Gated(
    re.compile(r"\b(?:an?|the)\s+(?:breakaway|splinter|dissident|renegade)\s+$", re.IGNORECASE)
)
_BREAKAWAY_AFTER = re.compile(r"\s+(?:faction|group|offshoot|splinter group)\b", re.IGNORECASE)


def _same_group(spans: list[tuple[int, int]], match: re.Match[str], ids: list[str] | None) -> bool:
    """Whether the man a group says acted ("a Ⓐ bomber") is of the speaking group itself."""
    speaker = _covering(spans, match.start())
    member = _covering(spans, match.start("member"))
    if ids is None or speaker is None or member is None:
        return False
    return ids[speaker] == ids[member]


def _own_group(
    spans: list[tuple[int, int]],
    match: re.Match[str],
    name: str,
    ids: list[str] | None,
    speakers: frozenset[int],
) -> bool:
    """Whether the group a spokesman says acted is his own: "Zabihullah Mujahid said the
    Taliban had attacked the hotel" is the Taliban's claim."""
    speaker = _covering(spans, match.start())
    done_by = _covering(spans, match.start(name))
    return (
        ids is not None
        and speaker in speakers
        and done_by is not None
        and ids[speaker] == ids[done_by]
    )


# "A pickup carrying Afghan Local Police men hit a landmine", "Taliban fighters struck a
# roadside bomb": the people who ran into a device were its victims, whoever laid it. Not "hit
# a police convoy with a roadside bomb", where the device is the means.
_STRUCK_A_MINE = Gated(
    re.compile(
        _RUN + r"+(?:\s+[\w'’-]+){0,3}?\s+(?:hit|struck|ran\s+over|drove\s+(?:over|onto|into)"
        r"|stepped\s+on|triggered|set\s+off)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:land\s?mines?|mines?|roadside\s+bombs?|IEDs?|improvised\s+explosive\s+devices?"
        r"|explosive\s+devices?|pressure-plate\s+(?:mines?|bombs?|IEDs?))(?![\w-])",
        re.IGNORECASE,
    )
)


def _agents_and_patients(
    shadow: str, spans: list[tuple[int, int]], setter: Callable[[int | None, str], None]
) -> None:
    for match in _CLASH_FIRST.finditer(shadow) if _CLASH_NEEDS.met(shadow) else ():
        setter(_covering(spans, match.start("first")), "agent")
    for match in _MUTUAL.finditer(shadow) if _MUTUAL_CUE.search(shadow) else ():
        setter(_covering(spans, match.start()), "agent")
        setter(_covering(spans, match.start("second")), "patient")
    subject = _SUBJECT_FIRST.match(shadow)
    if subject is not None:
        setter(_covering(spans, subject.start("actor")), "agent")
    folded = fold(shadow)
    for pattern, on_folded, needs in _AGENT_READERS:
        for match in _matches(pattern, on_folded, shadow, folded) if needs.met(shadow) else ():
            first = shadow[match.start()] == MASK
            before = shadow[max(0, match.start() - 60) : match.start()]
            if first and _OBJECT_OF_ACT_BEFORE.search(before):
                continue  # "forces killed eight Ⓐ members and detained seven": Ⓐ is the object
            if first and _AIMED_AT_BEFORE.search(before):
                continue
            index = (
                _covering(spans, match.start()) if first else _first_mask_in(spans, match, shadow)
            )
            setter(index, "agent")
    for pattern, on_folded, needs in _PATIENT_READERS:
        for match in _matches(pattern, on_folded, shadow, folded) if needs.met(shadow) else ():
            if "second" in pattern.groupindex:
                setter(_covering(spans, match.start("second")), "patient")
                continue
            first = shadow[match.start()] == MASK
            setter(
                _covering(spans, match.start()) if first else _first_mask_in(spans, match, shadow),
                "patient",
            )


def _matches(
    pattern: re.Pattern[str], on_folded: re.Pattern[str] | None, shadow: str, folded: str | None
) -> Iterator[re.Match[str]]:
    """``pattern``'s matches in ``shadow``, found in ``folded`` when there is a folded form
    (same offsets; matched text must be read from ``shadow``)."""
    if on_folded is None or folded is None:
        return pattern.finditer(shadow)
    return on_folded.finditer(folded)


def _blamed_in(spans: list[tuple[int, int]], match: re.Match[str], shadow: str) -> int | None:
    """The span an attribution match blames: its ``blamed`` group when the pattern names one
    (the group after "by", not a place masked before it), else its first mask."""
    if match.re.groupindex.get("blamed") is not None and match.start("blamed") >= 0:
        return _covering(spans, match.start("blamed"))
    if shadow[match.start()] == MASK:
        return _covering(spans, match.start())
    return _first_mask_in(spans, match, shadow)


def _first_mask_in(spans: list[tuple[int, int]], match: re.Match[str], shadow: str) -> int | None:
    """The span of the first mask inside ``match`` (read from ``shadow``, as a match on the
    folded shadow has the mask in lower case)."""
    position = shadow.find(MASK, match.start(), match.end())
    return None if position < 0 else _covering(spans, position)


# "No Ⓐ claimed", "Neither the Ⓐ nor the Ⓐ claimed": the article after the negation
# counts as part of it, so the second of two groups denied a claim is denied one too.
_NEGATED_BEFORE = re.compile(
    r"\b(?:no|not|neither|nor|never)\b\W*(?:the\s+)?$|\bneither\b", re.IGNORECASE
)


def _negated_before(shadow: str, position: int) -> bool:
    return _NEGATED_BEFORE.search(shadow, max(0, position - 25), position) is not None


# An armed group as the subject of an attack verb: Russian names the subject before the verb
# ("боевики ИГ напали на патруль"), Arabic mostly after it ("هاجم مسلحو داعش دورية").
_FOREIGN_AGENT_VERBS: dict[str, re.Pattern[str]] = {
    "ru": re.compile(
        r"(?<!\w)(?:напал[иа]?|атаковал[иа]?|обстрелял[иа]?|взорвал[иа]?|убил[иа]?"
        r"|расстрелял[иа]?|похитил[иа]?|захватил[иа]?|устроил[иа]? засаду"
        r"|совершил[иа]? (?:нападение|теракт)|ликвидировал[иа]?|уничтожил[иа]?"
        # the forces that carried out an operation: "Афганский спецназ ... провел операцию"
        r"|пров[её]л[иао]? (?:спец)?операци\w*)(?!\w)",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"(?<!\w)و?(?:هاجم|هاجمت|استهدف|استهدفت|اغتال|اغتالت|خطف|خطفت|اختطف|اختطفت)(?!\w)"
    ),
    # the simple past and, in background narrative, the pluperfect or reported past
    # ("IŞİD-Horasan geçen ay Kabil'i hedef almıştı")
    "tr": re.compile(
        r"(?<!\w)(?:düzenlediği (?:operasyon|baskın|saldırı)\w*|(?:(?:saldırı|baskın|operasyon)"
        r" düzenle|saldır|öldür|kaçır)(?:d[ıiuü]|m[ıiuü]ş(?:t[ıiuü]r?)?)|ateş aç(?:tı|mış(?:tı)?)"
        r"|pusu kur(?:du|muş(?:tu)?)|hedef al(?:dı|mış(?:tı)?)"
        # a seizure: "Taliban militanları ... sınır kapısını ele geçirdi"
        r"|ele geçir(?:di|miş(?:ti)?|diği))(?!\w)",
        re.IGNORECASE,
    ),
}
# A Turkish group name followed by a case ending that makes it the one acted upon or a place:
# "Taliban güçlerine" (to), "Taliban'a ait" (belonging to), "Kabil'de" (in); but "Taliban
# yönetimine bağlı güvenlik güçleri" (forces attached to it) are its own.
_TR_NOT_SUBJECT = re.compile(
    # a time adverbial after the subject is no case of it ("DEAŞ mart ayında ... kaçırdı")
    r"^(?![)\]»\"\s]*(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım"
    r"|aralık|geçen|geçtiğimiz|bu|dün|bugün|önceki|perşembe|cuma|cumartesi|pazar|pazartesi"
    r"|salı|çarşamba)\b)"
    r"(?![^.]{0,30}?\bbağlı\b)[)\]»\"\s]*(?:\([^)]{1,20}\))?(?:['’]?\w*)?(?:\s+\w+)?"
    r"(?:(?:[ıiuü]?n?[ae]|y[ae]|d[ae]|t[ae])\b(?<!ları)(?<!leri)|\s+ait\b)",
    re.IGNORECASE,
)


# A Turkish name that owns the object of the verb, the object in the accusative after a
# possessive ("-ını", "-ini", "-unu", "-ünü"): "DEAŞ militanlarını öldürdü", "Taliban'ın bir
# komutanını öldürdü" (the name, in the genitive or not, is the one hit, not the subject).
_TR_OBJECT_AFTER = re.compile(r"(?:['’]\w*)?(?:\s+[\w-]+){0,2}?\s+\w+[ıiuü]n[ıiuü]\b", re.I)


# A full stop or semicolon between a name and the verb: the verb is another sentence's.
_CLAUSE_END = re.compile(r"[.;]")


# A Turkish subject set off by a comma before a long clause: "Taliban militanları, ...
# ilçesindeki sınır kapısını ele geçirdi" (the subject, then everything else, then the verb).
# The owner of the forces may end a bracketed short name and take "bağlı" (attached to):
# "İçişleri Bakanlığı'na (İB) bağlı ekipler, ... operasyon düzenledi".
_TR_TOPIC_COMMA = re.compile(
    r"(?:\)?['’]?\w*\s+bağlı)?(?:\s+(?:militan|savaşçı|güç|birlik|üye|ekip|asker|tim)\w*)?\s*,"
)
# A name that only glosses the next one: "DEAŞ'ın Horasan kolu olarak bilinen İŞİD-K'ya"
# (the cell "of ISKP, known as ...") is no subject; the case of the name it glosses rules.
_TR_GLOSS = re.compile(r"\s+(?:olarak|diye)\s+(?:bilinen|anılan|tanınan|adlandırılan)\b", re.I)


def _tr_topic_subject(text: str, end: int, verb: int) -> bool:
    return (
        0 <= verb - end <= 250
        and _TR_TOPIC_COMMA.match(text, end) is not None
        and not _CLAUSE_END.search(text, end, verb)
    )


def _foreign_agent(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The group that is the subject of an attack verb: in Russian the last named within 60
    characters before the verb, in Arabic the first within 25 characters after it."""
    verbs = _FOREIGN_AGENT_VERBS.get(language)
    verb = verbs.search(text) if verbs is not None else None
    if verb is None:
        return None
    if language == "ar":
        after = [i for i, (start, _) in enumerate(spans) if 0 <= start - verb.end() <= 25]
        return after[0] if after else None
    reach = 90 if language == "tr" else 60  # Turkish puts the verb last
    before = [
        i
        for i, (_, end) in enumerate(spans)
        if 0 <= verb.start() - end <= reach
        or (language == "tr" and _tr_topic_subject(text, end, verb.start()))
    ]
    if language == "tr":
        before = [
            i
            for i in before
            if not _TR_NOT_SUBJECT.match(text[spans[i][1] :])
            and not _TR_OBJECT_AFTER.match(text, spans[i][1])
            and not _TR_GLOSS.match(text, spans[i][1])
            and not _CLAUSE_END.search(text, spans[i][1], verb.start())
        ]
    return before[-1] if before else None


def _foreign_roles(
    text: str,
    spans: list[tuple[int, int]],
    language: str,
    groups: list[tuple[str, str | None]] | None = None,
) -> list[str]:
    """The group nearest the claim (or blame) word gets the role; the others are mentions.
    Without a claim or blame, the subject of an attack verb is the agent. A group's name wins
    over "the group" ("группировки") beside it; when the sentence also names a branch of it
    ("Исламское государство" ... "Вилаят Хорасан"), the branch gets the role: the parent's
    name only says whose branch it is."""
    roles = ["mention"] * len(spans)
    cues = _FOREIGN_CUES.get(language)
    if cues is None or not spans:
        return roles
    claim, negation, blame = cues
    cue = claim.search(text) if not negation.search(text) else None
    record = _RECORD_CLAIM.get(language)
    if cue is not None and record is not None and record.search(text):
        cue = None  # "daha önce pek çok saldırıyı üstlenen X": the group's record, no claim
    habit = _HABITUAL_CLAIM.get(language)
    if cue is not None and habit is not None and habit.search(text):
        cue = None  # "يتبنى التنظيم عادة الهجمات": what the group usually claims
    if cue is None and not negation.search(text):
        own = _own_account(text, spans, language)
        if own is not None:
            roles[own] = "claim"
            return roles
    role = "claim"
    if cue is None:
        cue, role = blame.search(text), "attribution"
        if cue is not None and _GENERAL_BLAME.search(text):
            cue = None  # blamed for violence in general, not for the event
        denied = _BLAME_DENIED.get(language)
        if cue is not None and denied is not None and denied.search(text):
            cue = None  # "herhangi bir gruba suçlama yöneltmedi": no one blamed
    if cue is None and not negation.search(text):
        doer = _reported_doer(text, spans, language)
        if doer is not None:
            roles[doer] = "attribution"
            return roles
    if cue is not None:
        named = [
            i
            for i in range(len(spans))
            if groups is None
            or groups[i][0] != GROUP_ANAPHOR
            or (language == "ar" and not _beside_name(i, spans, groups))
        ]
        named = [i for i in named if not _only_naming(text, spans[i], language)] or named
        # the claimant is the subject; the blamed one is an object ("X'i sorumlu tuttu")
        turkish_claim = language == "tr" and role == "claim"
        pool = _turkish_subjects(text, spans, named, cue.start()) if turkish_claim else []
        nearest = min(
            pool or named or range(len(spans)), key=lambda i: _distance(spans[i], cue.start())
        )
        roles[nearest] = role
        branch = _branch_named(nearest, text, spans, groups)
        if branch is not None:
            roles[nearest], roles[branch] = "mention", role
    else:
        agent = _forces_owner(text, spans, language)
        if agent is None:
            agent = _own_forces(text, spans, language)
        if agent is None:
            agent = _attacker_of(text, spans, language)
        if agent is None:
            agent = _foreign_agent(text, spans, language)
        if agent is not None:
            roles[agent] = "agent"
    return roles


# A group's own account of what its fighters did is its claim: "Taliban sözcüsü ... militanların
# 30'dan fazla askeri öldürdüğünü iddia etti", "По утверждению ФНС, его бойцы уничтожили
# шестерых талибов". The group must stand in the part naming who speaks (``who``): a
# governor's spokesman telling what the Taliban's fighters did is no claim.
_TR_OWN_ACT = (
    r"[^.]{0,80}?(?:öldürdüğünü|ele geçirdiğini|saldırdığını|düzenlediğini|imha ettiğini"
    r"|vurduğunu|hedef aldığını|pusu kurduğunu|gerçekleştirdiğini"
    # a place taken told as passed into the fighters' hands: "kentin tamamen mücahitlerin
    # kontrolüne geçtiğini ileri sürdü"
    r"|kontrolüne geçtiğini|kontrolüne aldığını)"
)
_OWN_ACCOUNT: dict[str, tuple[re.Pattern[str], ...]] = {
    "tr": (
        re.compile(
            r"(?P<who>\S+(?:\s+\S+){0,2}?)\s+sözcüsü\b[^.]{0,100}?"
            r"\b(?:militan|savaşçı|mücahit|mücahid)\w*?(?:ların|lerin|larının|lerinin)\b"
            + _TR_OWN_ACT,
            re.IGNORECASE,
        ),
        # the group itself the subject of its statement: "Örgüt, yaptığı açıklamada saldırıyı
        # iki üyesinin gerçekleştirdiğini iddia etti" (said two of its members carried it out)
        re.compile(
            r"^(?P<who>[^,.]{1,50}),\s+(?:yaptığı|yayımladığı|yayınladığı)\s+(?:\S+\s+){0,2}?"
            r"açıklamada\b[^.]{0,100}?\b(?:militan|savaşçı|mücahit|mücahid|üye)\w*?n[ıiuü]n\b"
            + _TR_OWN_ACT,
            re.IGNORECASE,
        ),
    ),
    "ru": (
        re.compile(
            r"(?<!\w)по\s+(?:утверждению|заявлению|словам|данным)\s+(?P<who>[^,.]{1,40}),\s+"
            r"(?:его|её|ее|их)\s+(?:бойцы|боевики|отряды|силы|сторонники)\s+(?:\w+\s+)?"
            r"(?:уничтожили|убили|атаковали|захватили|ликвидировали|напали|взорвали|сбили)",
            re.IGNORECASE,
        ),
    ),
}


# A group that only gives another its name: "Taliban'ın «Hariciler» olarak adlandırdığı
# DEAŞ-Horasan", "«хаваридж», как называют их талибы", "الذين تسميهم طالبان «الخوارج»". The
# namer stands nearest the blame word yet is not the one blamed.
_NAMER_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(
        r"['’]?(?:n?[ıiuü]n)\s+(?:\S+\s+){1,3}?(?:olarak\s+)?(?:adlandırdığı|nitelendirdiği"
        r"|tanımladığı|dediği|andığı)",
        re.IGNORECASE,
    ),
    "ru": re.compile(r"\s+(?:их\s+)?(?:называ|именую)\w*", re.IGNORECASE),
}
_NAMER_BEFORE: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"(?:как|которых|которую|которые)\s+(?:их\s+)?(?:называ|именую)\w*\s+$"),
    "ar": re.compile(r"(?<!\w)(?:تسميهم|تسميها|يسميهم|يسميها|تصفهم|يصفهم|تطلق\s+عليهم)\s+$"),
}


def _only_naming(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the group at ``span`` only names another group (``_NAMER_AFTER``)."""
    after, before = _NAMER_AFTER.get(language), _NAMER_BEFORE.get(language)
    return bool(
        (after is not None and after.match(text, span[1]))
        or (before is not None and before.search(text[max(0, span[0] - 40) : span[0]]))
    )


def _own_account(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The group whose own account a sentence gives of its fighters' act (``_OWN_ACCOUNT``)."""
    found = next(
        (m for p in _OWN_ACCOUNT.get(language, ()) if (m := p.search(text)) is not None), None
    )
    if found is None:
        return None
    start, end = found.span("who")
    inside = [i for i, (a, b) in enumerate(spans) if start <= a and b <= end]
    return inside[-1] if inside else None


# A group told as the one who carried the act out, in the speaker's words: "saldırıyı Hakkani
# Ağı'nın düzenlediğini öne sürdü" (said that the Haqqani network carried out the attack).
# The group must stand right before the verb: "saldırıyı Pakistan'ın düzenlediğini söyledi"
# blames the state, not the Taliban whose spokesman says it.
_REPORTED_DOER_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(r"['’]?n?[ıiuü]n\s+(?:düzenlediğini|gerçekleştirdiğini)\b", re.IGNORECASE),
}


def _reported_doer(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The group a sentence reports as the doer of the act (``_REPORTED_DOER_AFTER``)."""
    after = _REPORTED_DOER_AFTER.get(language)
    if after is None or "diğini" not in text:
        return None
    return next((i for i, (_, end) in enumerate(spans) if after.match(text, end)), None)


# A Turkish name in a case ("Taliban'a", "DEAŞ'ın") or qualifying the next noun ("Taliban
# karşıtı UDC", "Taliban yönetiminin sözcüsü") is not the subject; "X ise" (as for X) is.
_TR_OBLIQUE = re.compile(
    r"^['’]\w+|^\s+(?:karşıt|yanlı|aleyh|ait|bağlı|yönetim|hükümet|güç|mensub|militan|savaşçı"
    r"|üye|sözcü|lider|komutan)\w*",
    re.IGNORECASE,
)


def _turkish_subjects(
    text: str, spans: list[tuple[int, int]], named: list[int], cue: int
) -> list[int]:
    """Turkish puts the claimant before its verb, in no case ending: "IŞİD-Horasan ...
    saldırıyı üstlendi ve Taliban'a hizmet edenleri hedef aldığını öne sürdü" (the group
    after the verb, in the dative, is the target)."""
    return [i for i in named if spans[i][1] <= cue and not _TR_OBLIQUE.match(text[spans[i][1] :])]


def _beside_name(
    index: int, spans: list[tuple[int, int]], groups: list[tuple[str, str | None]] | None
) -> bool:
    """Whether "the group" at span ``index`` stands right beside a group's name ("تنظيم
    داعش"): the name, not the word, takes the role. Arabic "التنظيم" alone is the subject
    ("وكان التنظيم قد تبنى هجوماً على نقطة لطالبان")."""
    if groups is None:
        return False
    start, end = spans[index]
    return any(
        groups[i][0] != GROUP_ANAPHOR and (0 <= other - end <= 15 or 0 <= start - other_end <= 15)
        for i, (other, other_end) in enumerate(spans)
    )


# "أعلنت حكومة طالبان أن قواتها قتلت ...": a group announcing what its own forces did.
_OWN_FORCES_AFTER: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"\s*(?:\S+\s+){0,3}?أن\s+(?:قواتها|قواته|عناصرها|مقاتليها|مقاتليه)(?!\w)"),
}


def _own_forces(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    after = _OWN_FORCES_AFTER.get(language)
    if after is None:
        return None
    for index, (_, end) in enumerate(spans):
        if after.match(text, end):
            return index
    return None


# An attacker said to be of a group: "وكان انتحاري من التنظيم قد فجّر نفسه", "قتل مسلحون من
# طالبان 21 شخصاً". Only the subject forms: "قتل ثلاثة مسلحين من طالبان" (accusative) are
# the ones killed.
_ATTACKER_OF: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"(?<!\w)(?:انتحاري|مسلح|مسلحون|مهاجم|مهاجمون)\s+من\s+(?:حركة\s+|تنظيم\s+)?$"),
}


def _attacker_of(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The group an attacker is said to be from (see ``_ATTACKER_OF``)."""
    before = _ATTACKER_OF.get(language)
    if before is None:
        return None
    for index, (start, _) in enumerate(spans):
        if before.search(text[max(0, start - 30) : start]):
            return index
    return None


# An operation or raid by security forces: the group whose forces carry it out acts.
_OPERATION = Gated(
    re.compile(
        r"(?<!\w)(?:operasyon\w*|baskın\w*|спецоперац\w*|операци\w*|рейд\w*|عملية|دهم|مداهمة)(?!\w)",
        re.IGNORECASE,
    )
)
# The forces of a group, around its name: "Taliban (yönetimine bağlı) güvenlik güçleri",
# "قوات خاصة تابعة لحركة طالبان", "силы разведки талибов".
_FORCES_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(
        r"^(?:['’]\w*)?\s+(?:yönetimine\s+bağlı\s+)?(?:\w+\s+){0,2}?(?:güç|birlik)\w*",
        re.IGNORECASE,
    ),
}
# The forces named as part of the group's name: "Taliban güçleri" is found as one name.
_FORCES_WITHIN: dict[str, re.Pattern[str]] = {
    "tr": re.compile(r"\s(?:güç|birlik|kuvvet)\w*$", re.IGNORECASE),
}
_FORCES_BEFORE: dict[str, re.Pattern[str]] = {
    "ar": re.compile(
        # the name may carry its own "ل" ("تابعة لطالبان" is found as "لطالبان")
        r"(?:قوات|القوات|وحدات|الوحدات)(?:\s+\S+){0,2}?\s+(?:ال)?تابعة\s+(?:ل|لحركة\s*|لحكومة\s*)?$"
        r"|(?:قوات|القوات)(?:\s+(?:الأمن|الخاصة))?\s+(?:حركة\s+)?$"
    ),
    "ru": re.compile(
        # "силы безопасности движения «Талибан»": the movement's name in quotes after it;
        # "Сотрудники Главного управления разведки талибов", "Спецподразделение Главного
        # управления разведки движения «Талибан»": the owner at the end of a genitive chain
        # (no preposition in it: "силы безопасности против боевиков талибов" are not theirs)
        r"(?<!\w)(?:сил[ыа]?|спецподразделени\w+|подразделени\w+|спецназ\w*|сотрудник\w*"
        r"|силовик\w*|бойц\w+|военнослужащи\w+)"
        r"(?:\s+(?!(?:против|на|в|во|с|со|по|у|для|от|из|и|к)(?!\w))\w+){0,4}?"
        r"\s+[«\"]?$",
        re.IGNORECASE,
    ),
}


# How far before a group's name its forces may be named: a Russian genitive chain runs long
# ("Спецподразделение Главного управления разведки движения «Талибан»").
_FORCES_REACH = 80


def _forces_owner(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The group whose forces carry out an operation the sentence tells ("Taliban güvenlik
    güçlerinin düzenlediği operasyonda", "عملية دهم نفذتها قوات خاصة تابعة لحركة طالبان")."""
    if not _OPERATION.search(text):
        return None
    after, before = _FORCES_AFTER.get(language), _FORCES_BEFORE.get(language)
    within = _FORCES_WITHIN.get(language)
    for index, (start, end) in enumerate(spans):
        if after is not None and after.match(text[end : end + 60]):
            return index
        if within is not None and within.search(text, start, end):
            return index
        if before is not None and before.search(text[max(0, start - _FORCES_REACH) : start]):
            return index
    return None


# A state's forces or aircraft as the subject after a verb of launching or carrying out:
# "قصف ... قالت السلطات إن القوات الباكستانية شنته", "غارة شنتها طائرة أمريكية مسيّرة".
_LAUNCH_AR = r"(?:شن|شنت|شنه|شنته|شنتها|شنها|شنوا|نفذ|نفذت|نفذته|نفذتها|نفذها|نفذوا)"
_AIRCRAFT_OF_RU = (
    r"(?:авиации|ВВС|беспилотника|беспилотников|самол[её]та|самол[её]тов|вертол[её]та"
    r"|вертол[её]тов)"
)
_LAUNCHED_BY: dict[str, re.Pattern[str]] = {
    "ar": re.compile(
        r"(?<!\w)" + _LAUNCH_AR + r"\s+"
        r"(?:(?:القوات|قوات|طائرة|طائرات|الطائرات|مقاتلات|المدفعية|مدفعية|الجيش|جيش)\s+)?$"
    ),
    # a strike by the state's aircraft: "удар авиации международной коалиции", "авиаудар ВВС
    # Пакистана" (the aircraft, then the state as their owner)
    "ru": re.compile(
        r"(?<!\w)(?:авиа)?удар\w*\s+" + _AIRCRAFT_OF_RU + r"\s+$"
        # the strike in the passive with the aircraft in the instrumental: "авиаудар ...,
        # нанесённый в среду авиацией коалиции" (dealt by the aircraft of the coalition)
        r"|(?<!\w)нанес[её]нн\w*\s+(?:[^\s,.;]+\s+){0,3}?(?:авиацией|ВВС|беспилотником"
        r"|беспилотниками|самол[её]том|самол[её]тами|вертол[её]том|вертол[её]тами)\s+$",
        re.IGNORECASE,
    ),
}
# The same subject before the verb, after "إن" ("قالت السلطات إن القوات الباكستانية شنته").
_LAUNCHED_AFTER: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"\s+" + _LAUNCH_AR + r"(?!\w)"),
    # "американский военнослужащий расстрелял 16 мирных жителей": a state's soldier or
    # aircraft as the subject of a verb of killing or striking
    "ru": re.compile(
        r"\s+(?:военнослужащ|солдат|снайпер|беспилотник|самол[её]т|вертол[её]т)\w*\s+"
        r"(?:\S+\s+)?(?:расстрелял|убил|застрелил|нан[её]с|атаковал|сбросил|обстрелял"
        r"|открыл\w* огонь)\w*"
        # "Афганский спецназ при поддержке авиации накануне провел операцию": the forces
        # that carried out an operation, within the clause
        r"|[^.;,]{0,40}?(?<!\w)пров[её]л[иао]? (?:спец)?операци",
        re.IGNORECASE,
    ),
    # "ABD'ye ait bir insansız hava aracının ... düzenlediği saldırıda", "Pakistan savaş
    # uçaklarının gece düzenlediği hava saldırılarında": a state's aircraft or forces as the
    # subject of the relative "düzenlediği" (that it carried out)
    "tr": re.compile(
        r"(?:['’]\w*)?\s+(?:ait\s+|bağlı\s+)?(?:bir\s+)?(?:\w+\s+){0,2}?"
        r"(?:insansız hava ara[cç]|İHA|uçak|uçağ|jet|helikopter|ordu|güç|asker|kuvvet|topçu)\w*"
        r"\s+(?:\S+\s+){0,3}?düzenlediği\s+(?:hava\s+|bombalı\s+)?(?:saldırı|operasyon|baskın"
        r"|bombardıman)"
        # a state's army or aircraft as the subject of a bombing, the verb closing the clause:
        # "ABD ordusu, geçen yıl vadideki mağaralara ağır bir bomba atmıştı", "Pakistan savaş
        # uçakları sınır köylerini bombaladı"
        r"|(?:['’]\w*)?\s+(?:savaş\s+)?(?:ordusu|güçleri|kuvvetleri|uçakları|jetleri)\s*,?"
        r"\s+[^.;]{0,160}?(?:bomba\w*\s+at|bombala)(?:[dt][ıi]|m[ıi]ş(?:t[ıi])?)(?!\w)",
        re.IGNORECASE,
    ),
}
# The state as the adjective of the aircraft that struck, between the strike and the
# aircraft: "удара иранского беспилотника", "ударов британской авиации" (the owner before
# the aircraft, where "удар авиации США" names it after).
_STRIKE_BEFORE: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"(?<!\w)(?:авиа)?удар\w*\s+$", re.IGNORECASE),
}
_AIRCRAFT_AFTER: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"\s+" + _AIRCRAFT_OF_RU + r"(?!\w)", re.IGNORECASE),
}
# The aircraft or soldier is the one hit, not the one striking: "был сбит американский
# вертолёт", "удар по американскому беспилотнику".
_LAUNCHER_HIT_BEFORE: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"(?<!\w)(?:сбит\w*|сбил\w*|подбит\w*|по|против|на|экипаж\w*)\s+$", re.I),
}


# A state's forces blamed: "قذيفة ... نسبها المسؤولون المحليون إلى القوات الباكستانية",
# "власти обвинили Пакистан", "yetkililer Pakistan ordusunu sorumlu tuttu".
_BLAMED_BEFORE: dict[str, re.Pattern[str]] = {
    "ar": re.compile(
        r"(?<!\w)و?(?:نسب|نسبت|نسبها|نسبه|نسبتها|نسبته|نسبوها|نسبوه|حمّل|حمل|حملت|اتهم|اتهمت)\s+"
        # the blamed state as the adjective of strikes: "نسبتها طالبان إلى غارات باكستانية"
        r"(?:\S+\s+){0,3}?(?:(?:إلى|الى)\s+)?(?:ال)?(?:قوات|جيش|طائرات|مدفعية|غارات|غارة"
        r"|ضربات|ضربة)?(?:\s+(?:ال)?(?:جوية|مسيرة|مسيّرة))?\s*$"
    ),
    "ru": re.compile(
        r"(?<!\w)(?:обвинил\w*|обвиня\w*|приписал\w*|приписыва\w*)\s+(?:\S+\s+){0,3}?$",
        re.IGNORECASE,
    ),
}
_BLAMED_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(
        r"^(?:['’]\w*)?\s+(?:(?:ordu|güç|asker|kuvvet)\w*\s+)?(?:suçla|sorumlu tut)"
        # the state in the genitive as the subject of a reported act: "saldırıyı Pakistan'ın
        # düzenlediğini söyledi" (said that Pakistan carried out the attack)
        r"|^['’]n?[ıiuü]n\s+(?:(?:ordu|güç|asker|kuvvet|uçak|jet)\w*\s+)?"
        r"(?:düzenlediğini|gerçekleştirdiğini)"
        # the state's forces in the genitive as the subject of a reported act of fire:
        # "Sözcü, Pakistan güçlerinin sınırdaki karakollara ateş açtığını söyledi"
        r"|^\s+(?:savaş\s+)?(?:ordu|güç|asker|kuvvet|uçak|jet)\w*n[ıiuü]n\s+[^.;]{0,120}?"
        r"(?:ateş açtığını|saldırdığını|bombaladığını|vurduğunu|düzenlediğini"
        r"|gerçekleştirdiğini)",
        re.IGNORECASE,
    ),
}


# Responsibility laid on a state by name, the blamed one the object of the laying: "возложил
# ответственность за обстрел на пакистанскую армию", "حمّل الجيش الباكستاني مسؤولية القصف".
# The construction names whom the speaker blames, whatever armed group the sentence also
# names (the speaker's own side: "и заявил, что «Исламский эмират» оставляет за собой право").
_LAID_ON_BEFORE: dict[str, re.Pattern[str]] = {
    "ru": re.compile(
        r"(?<!\w)(?:возлож|возлага)\w*\s+ответственност\w*\s+(?:за\s+(?:\S+\s+){1,4}?)?на\s+$",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"(?<!\w)[وف]?(?:حمّل|حمل|حمّلت|حملت|يحمّل|يحمل)\s+(?:\S+\s+){0,4}?(?:ال)?(?:قوات|جيش)?\s*$"
    ),
}
_LAID_ON_AFTER: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"^\s*(?:\S+\s+)?(?:ال)?مسؤولية(?!\w)"),
    # the place attacked, not the blamed: "за нападение на пакистанскую заставу на ТТП"
    "ru": re.compile(r"^(?![^,.;]*\sна\s)", re.IGNORECASE),
}


def _responsibility_laid_on(
    text: str, spans: list[tuple[int, int]], militant: list[int], language: str
) -> int | None:
    """The state span on which a sentence lays responsibility (``_LAID_ON_BEFORE``)."""
    before = _LAID_ON_BEFORE.get(language)
    if before is None:
        return None
    after = _LAID_ON_AFTER.get(language)
    for index, (start, end) in enumerate(spans):
        if index in militant or not before.search(text[max(0, start - 80) : start]):
            continue
        if after is None or after.match(text[end : end + 40]):
            return index
    return None


# Arabic puts the one who blames right after the verb and the one blamed after "إلى":
# "نسبت الحكومة الهجوم إلى ..." ; "انفجارات نسبتها طالبان إلى غارات باكستانية" (explosions the
# Taliban attributed to Pakistani strikes): the group after the verb is the subject.
_BLAMER_BEFORE: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"(?<!\w)و?(?:نسب|نسبت|نسبها|نسبه|نسبتها|نسبته|نسبوها|نسبوه)\s+(?:\S+\s+)?$"),
    "ru": re.compile(r""),  # the verb after the name is enough
}
_BLAMER_AFTER: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"\s+(?:\S+\s+){0,2}?(?:إلى|الى)\s"),
    # Russian names the one who blames before a singular past verb: "министерство обороны
    # талибов обвинило Пакистан" (never the impersonal "обвинили/обвиняют", whose object may
    # stand first: "талибов обвиняют в нападении")
    "ru": re.compile(r"[»\"]?\s+(?:\S+\s+)?обвинил[ао]?(?!\w)", re.IGNORECASE),
}


def _blamer(text: str, span: tuple[int, int], language: str) -> bool:
    """Whether the group at ``span`` is the subject of a verb of blaming (``_BLAMER_BEFORE``)."""
    before, after = _BLAMER_BEFORE.get(language), _BLAMER_AFTER.get(language)
    if before is None or after is None:
        return False
    start, end = span
    return bool(before.search(text[max(0, start - 30) : start]) and after.match(text, end))


def _state_blamed(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The span a sentence blames with a verb of blaming just before (or, in Turkish, after)
    it, when no armed group takes a role there: a state's forces said to have fired."""
    before, after = _BLAMED_BEFORE.get(language), _BLAMED_AFTER.get(language)
    for index, (start, end) in enumerate(spans):
        if start == end:
            continue  # an armed group's span, read by ``_foreign_roles``
        if before is not None and before.search(text[max(0, start - 60) : start]):
            return index
        if after is not None and after.match(text[end : end + 160]):
            return index
    return None


def _state_launcher(text: str, spans: list[tuple[int, int]], language: str) -> int | None:
    """The span named right after a verb of launching an attack (see ``_LAUNCHED_BY``)."""
    launched, launching = _LAUNCHED_BY.get(language), _LAUNCHED_AFTER.get(language)
    hit = _LAUNCHER_HIT_BEFORE.get(language)
    for index, (start, end) in enumerate(spans):
        before = text[max(0, start - 40) : start]
        if hit is not None and hit.search(before):
            continue
        if launched is not None and launched.search(before):
            return index
        if launching is not None and launching.match(text, end):
            return index
        if _owns_striking_aircraft(text, start, end, language):
            return index
    return None


def _owns_striking_aircraft(text: str, start: int, end: int, language: str) -> bool:
    """Whether the span is the adjective of the aircraft in "удар <state> <aircraft>"."""
    before, after = _STRIKE_BEFORE.get(language), _AIRCRAFT_AFTER.get(language)
    if before is None or after is None:
        return False
    window = text[max(0, start - 20) : start]
    if language == "ru" and _DEALT_BEFORE_RU.search(window):
        return _AIRCRAFT_SUBJECT_RU.match(text, end) is not None
    return bool(before.search(window) and after.match(text, end))


_REPORTED_CLAUSE_RU = re.compile(
    r"(?<!\w)(?:заявил|сообщил|утвержда\w*|считает|уверен|подтвердил)[аи]?,?\s+что(?!\w)",
    re.IGNORECASE,
)
# The strike's verb with its subject after it, the aircraft in the nominative: "удар по дому
# нанёс пакистанский беспилотник".
_DEALT_BEFORE_RU = re.compile(r"(?<!\w)нан[её]с(?:ли|ла|ло)?\s+$", re.IGNORECASE)
_AIRCRAFT_SUBJECT_RU = re.compile(
    r"\s+(?:беспилотник|самол[её]т|вертол[её]т|дрон)(?:ы|и)?(?!\w)|\s+(?:авиация|ВВС)(?!\w)",
    re.IGNORECASE,
)


# A group named as the side an attack fell on: the owner of the post, column or positions
# attacked, or the people killed or acted against ("нападение на пост сил безопасности
# талибов", "атаковали позиции движения «Талибан»", "операцию против ячейки ИГ"; "هجوم على
# نقطة لطالبان", "استهدف عناصر طالبان"). Read on the words just before the name; a Russian
# subject after its verb ("пост атаковали боевики ИГ") is in the nominative, kept out.
_ATTACKED_BEFORE: dict[str, re.Pattern[str]] = {
    "ru": re.compile(
        r"(?<!\w)(?:атаковал\w*|напал\w*\s+на|атак[аиуе]\w*\s+на"
        r"|обстрелял\w*|засад\w+\s+(?:на|для)|против|убил[аи]?|уничтожил[аи]?"
        r"|погибл[аи]|ликвидировал[аи]?)"
        r"(?:\s+(?!(?:боевики|бойцы|сторонники|члены|террористы|смертники?|силы|отряды"
        r"|группировка|движение)(?!\w))[^\s.,;:!?]+){0,4}?\s+[«\"„]?$",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"(?<!\w)(?:هجوم|هجوما|هجوماً|الهجوم|هجمات|اعتداء|كمين|كميناً)\s+(?:\S+\s+){0,2}?"
        r"(?:على|ضد|استهدف\S*)\s+(?:\S+\s+){0,3}?(?:ل|لحركة\s+|حركة\s+)?$"
        # the past tense only: "كما يستهدف مقاتلي طالبان" tells what a group does in general
        r"|(?<!\w)و?(?:استهدف|استهدفت)\s+(?:\S+\s+){0,2}?"
        r"(?:ل|لحركة\s+|حركة\s+)?$"
    ),
}
# Turkish names the owner first, in a case, before the thing attacked: "Taliban'a ait
# karakola saldırı", "Taliban güçlerine yönelik pusu", "Taliban militanlarını hedef alan".
_ATTACKED_AFTER: dict[str, re.Pattern[str]] = {
    "tr": re.compile(
        r"^(?:['’](?:y?[ae]|n?[ıiuü]n)\s+(?:ait|yönelik|karşı)(?!\w)"
        r"|(?:\s+yönetimi)?\s+(?:güç|militan|milis|savaşçı|mensup|üye|asker|karakol|konvoy"
        r"|mevzi|nokta)\w*?(?:[yn][ae]|[yn]?[ıiuü]|l[ae]r[ıi]n[ıi])\s+"
        r"(?:\w+\s+)?(?:yönelik|karşı|hedef\s+al|saldır))",
        re.IGNORECASE,
    ),
}


def _attacked_side(text: str, spans: list[tuple[int, int]], language: str) -> set[int]:
    """The spans named as the side an attack fell on (see ``_ATTACKED_BEFORE``)."""
    before, after = _ATTACKED_BEFORE.get(language), _ATTACKED_AFTER.get(language)

    def attacked(start: int, end: int) -> bool:
        if before is not None and before.search(text[max(0, start - 70) : start]):
            return True
        return after is not None and after.match(text[end : end + 70]) is not None

    return {index for index, (start, end) in enumerate(spans) if attacked(start, end)}


# A state's soldiers told among the dead or wounded: the state is the side the attack fell
# on ("погибли двое американских военнослужащих", "iki İtalyan askeri hayatını kaybetti",
# "مقتل جنديين أمريكيين"). Russian and Turkish put the state's adjective before the soldiers,
# Arabic after them.
_SOLDIERS_AFTER: dict[str, re.Pattern[str]] = {
    "ru": re.compile(r"^\s+(?:военнослужащ|солдат|военн|морпех|десантник|миротворц)\w*", re.I),
    "tr": re.compile(r"^\s+(?:asker|personel|er(?:ler)?\b|komando|paraşütçü)\w*", re.I),
}
_SOLDIERS_BEFORE: dict[str, re.Pattern[str]] = {
    "ar": re.compile(r"(?:جنود|جنديين|جنديان|جندي|عسكريين|عسكريان|عسكري)\s+$"),
}
_FALLEN = Gated(
    re.compile(
        r"погиб|гибел|убит|ранен|öldü|öldürül|hayatını kaybet|yaralan|şehit"
        r"|قتل|مقتل|مصرع|أصيب|إصابة|جرح",
        re.IGNORECASE,
    )
)


def _soldiers_fallen(text: str, spans: list[tuple[int, int]], language: str) -> set[int]:
    """The spans naming the state whose soldiers a sentence tells killed or wounded."""
    after, before = _SOLDIERS_AFTER.get(language), _SOLDIERS_BEFORE.get(language)
    if (after is None and before is None) or not _FALLEN.search(text):
        return set()

    def soldiers(start: int, end: int) -> bool:
        if after is not None and after.match(text[end : end + 30]):
            return True
        return before is not None and before.search(text[max(0, start - 20) : start]) is not None

    return {index for index, (start, end) in enumerate(spans) if soldiers(start, end)}


def _branch_named(
    chosen: int,
    text: str,
    spans: list[tuple[int, int]],
    groups: list[tuple[str, str | None]] | None,
) -> int | None:
    """A group named in the same sentence part as ``chosen`` whose parent is ``chosen``."""
    if groups is None:
        return None
    chosen_id = groups[chosen][0]
    for i, (_, parent) in enumerate(groups):
        if i == chosen or parent != chosen_id:
            continue
        a, b = sorted((spans[chosen][0], spans[i][0]))
        if not re.search(r"[.;؛]", text[a:b]):
            return i
    return None


def _distance(span: tuple[int, int], position: int) -> int:
    return min(abs(span[0] - position), abs(span[1] - position))


# "an anti-Taliban uprising": the group named is the one opposed, not an actor here.
_ANTI = Gated(re.compile(r"\banti-\s?$", re.IGNORECASE))
# "a Pakistan-based group", "US-based analysts": the name only says where someone is based.
_BASED = Gated(re.compile(r"[-‑]based\b", re.IGNORECASE))
# "Lashkar-e-Jhangvi, a Pakistani sectarian group, claimed it": a state's adjective that says
# where an armed group comes from; the state is no actor there.
_NATIONALITY_OF_GROUP = re.compile(
    r"\s+(?:(?:militant|sectarian|jihadist|extremist|terrorist|armed|insurgent|separatist"
    r"|islamist|rebel|radical|banned|proscribed|outlawed)\s+){0,2}"
    r"(?:group|outfit|organi[sz]ation|faction|militia)s?\b"
)


def _state_naming_a_group(text: str, match: Match, registry: Registry) -> bool:
    actor = registry.actors.get(match.value)
    if actor is None or actor.kind != "state":
        return False
    return _NATIONALITY_OF_GROUP.match(text, match.end) is not None


def find_actors(
    text: str, registry: Registry, *, offset: int = 0, language: str = "en"
) -> list[ActorHit]:
    """Actors named in one sentence with their roles; offsets into the document."""
    matches = [
        m
        for m in _with_anaphors(phrases.find_actors(registry, text), text)
        if not _ANTI.search(text, max(0, m.start - 5), m.start)
        and not _BASED.match(text, m.end)
        and not _state_naming_a_group(text, m, registry)
    ]
    speakers: frozenset[int] = frozenset()
    if language == "en":
        matches, speakers = _with_spokesmen(matches, text, registry)
    if not matches:
        return []
    spans = [(m.start, m.end) for m in matches]
    if language == "en":
        roles = _roles(text, spans, [m.value for m in matches], speakers)
        # a spokesman stands for his group only as the one claiming for it
        kept = [i for i in range(len(matches)) if i not in speakers or roles[i] == "claim"]
        matches, roles = [matches[i] for i in kept], [roles[i] for i in kept]
        roles = [
            "mention" if role == "agent" and _country_in_front(text, m, registry) else role
            for m, role in zip(matches, roles, strict=True)
        ]
    else:
        militant = [i for i, m in enumerate(matches) if _is_militant(m.value, registry)]
        groups = [(matches[i].value, _parent(matches[i].value, registry)) for i in militant]
        plain, plain_spans = _unmarked(text, spans)
        found = _foreign_roles(plain, [plain_spans[i] for i in militant], language, groups)
        roles = ["mention"] * len(spans)
        for index, role in zip(militant, found, strict=True):
            if role == "attribution" and _blamer(plain, plain_spans[index], language):
                continue  # the one who blames, not the one blamed
            roles[index] = role
        laid_on = _responsibility_laid_on(plain, plain_spans, militant, language)
        if laid_on is not None:
            roles = ["mention"] * len(spans)
            roles[laid_on] = "attribution"
        if all(role == "mention" for role in roles):
            states = [span if i not in militant else (0, 0) for i, span in enumerate(plain_spans)]
            blamed = (
                None if _GENERAL_BLAME.search(plain) else _state_blamed(plain, states, language)
            )
            launcher = _state_launcher(plain, plain_spans, language)
            if blamed is not None:
                roles[blamed] = "attribution"
            elif launcher is not None:
                reported = _REPORTED_CLAUSE_RU.search(plain, 0, plain_spans[launcher][0])
                # "представитель заявил, что удар нанёс пакистанский беспилотник": a source's
                # word on who struck is blame, read with the event told in another sentence
                roles[launcher] = "attribution" if language == "ru" and reported else "agent"
        for index in _attacked_side(plain, plain_spans, language):
            # a named group only: "атаковали боевики" has "the militants" as its subject
            named = index in militant and matches[index].value != GROUP_ANAPHOR
            if roles[index] == "mention" and named:
                roles[index] = "patient"
        for index in _soldiers_fallen(plain, plain_spans, language):
            actor = registry.actors.get(matches[index].value)
            if roles[index] == "mention" and actor is not None and actor.kind == "state":
                roles[index] = "patient"
    if _LINK_LABEL.match(text):
        roles = ["mention"] * len(matches)  # another story's headline: no role in this one
    return [
        ActorHit(m.start + offset, m.end + offset, m.text, m.value, role)
        for m, role in zip(matches, roles, strict=True)
    ]


# A link to another story that a page prints inside the article ("Read more: Daesh claims
# responsibility for Kabul mosque blast"): the headline after the label tells that story.
_LINK_LABEL = Gated(
    re.compile(
        r"\s*(?:read\s+more|read\s+also|also\s+read|see\s+also|related(?:\s+(?:story|news|article))?"
        r"|читайте\s+также|ilgili\s+haber|ayrıca\s+bakınız|اقرأ\s+أيضا|اقرأ\s+أيضاً)\s*:",
        re.IGNORECASE,
    )
)


# "Protesters angered by the burning of a Quran in the United States overran the compound":
# a country after "in" is where something happened, and the verb after it is the subject's.
# (not "from": "shells fired from Pakistan landed" were fired by Pakistan)
_IN_FRONT = re.compile(r"\bin\s+(?:the\s+)?$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ed|overran|took|stormed|shot|struck|threw|blew|set)\b")


def _country_in_front(text: str, match: Match, registry: Registry) -> bool:
    actor = registry.actors.get(match.value)
    return (
        actor is not None
        and actor.kind == "state"
        and _IN_FRONT.search(text, max(0, match.start - 10), match.start) is not None
        and _VERB_AFTER.match(text, match.end) is not None
    )


def _spokesmen(registry: Registry) -> dict[str, str]:
    """The pack's people whose every role is to speak for a group: person id -> group."""
    return {
        p.person_id: p.actor
        for p in registry.people
        if p.actor and p.roles and all(_SPOKESMAN.search(r.title or "") for r in p.roles)
    }


_SPOKESMAN = re.compile(r"spokes(?:man|woman|person)", re.IGNORECASE)


def _with_spokesmen(
    matches: list[Match], text: str, registry: Registry
) -> tuple[list[Match], frozenset[int]]:
    """``matches`` with the group's spokesmen the sentence names ("Zabihullah Mujahid claimed
    the bombing") as that group, and the indexes of those added."""
    if not _CLAIM_CUE.search(text):
        return matches, frozenset()
    voices = per_registry(registry, "spokesmen", _spokesmen)
    found = [
        Match(p.start, p.end, p.text, voices[p.value])
        for p in phrases.find_people(registry, text)
        if p.value in voices and not any(a.start < p.end and p.start < a.end for a in matches)
    ]
    if not found:
        return matches, frozenset()
    merged = sorted([*matches, *found], key=lambda m: m.start)
    return merged, frozenset(i for i, m in enumerate(merged) if m in found)


# Arabic short-vowel marks, written in some words only ("قُتل", "تتبنَّ", "نفّذه").
_ARABIC_MARKS = re.compile(r"[\u064b-\u0652\u0670]")


def _unmarked(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` without Arabic short-vowel marks, and ``spans`` moved to match, so that the
    role words are read whether or not the writer voweled them."""
    if not _ARABIC_MARKS.search(text):
        return text, spans
    kept = [0]
    for char in text:
        kept.append(kept[-1] + (0 if _ARABIC_MARKS.match(char) else 1))
    plain = _ARABIC_MARKS.sub("", text)
    return plain, [(kept[start], kept[end]) for start, end in spans]


def _local_branches(registry: Registry) -> dict[tuple[str, str], str]:
    children: dict[tuple[str, str], list[str]] = {}
    for actor in registry.actors.values():
        if actor.parent and actor.country:
            children.setdefault((actor.parent, actor.country), []).append(actor.id)
    branches = {}
    for (parent, country), ids in children.items():
        parent_actor = registry.actors.get(parent)
        if len(ids) == 1 and parent_actor is not None and parent_actor.country != country:
            branches[(parent, country)] = ids[0]
    return branches


def localise(actor_id: str | None, country: str | None, registry: Registry) -> str | None:
    """The local branch meant by a parent group's name in ``country`` (IS in Afghanistan: ISKP)."""
    if actor_id is None or country is None:
        return actor_id
    branches = per_registry(registry, "local-branches", _local_branches)
    return branches.get((actor_id, country), actor_id)


def _parent(actor_id: str, registry: Registry) -> str | None:
    actor = registry.actors.get(actor_id)
    return actor.parent if actor is not None else None


def _is_militant(actor_id: str, registry: Registry) -> bool:
    if actor_id == GROUP_ANAPHOR:
        return True
    actor = registry.actors.get(actor_id)
    return actor is not None and actor.kind == "militant"


def is_anaphor(text: str) -> bool:
    """Whether an actor's words are a stand-in ("the group") rather than its name."""
    return _ANAPHOR.fullmatch(text) is not None


def _with_anaphors(matches: list[Match], text: str) -> list[Match]:
    """Add "the group" (and its Turkish, Russian, Arabic forms) as a stand-in actor."""
    if not any(word in text for word in _ANAPHOR_WORDS):
        return matches
    found = [
        Match(m.start(), m.end(), m.group(), GROUP_ANAPHOR)
        for m in (_ANAPHOR if _OTHER_LETTERS.search(text) else _ANAPHOR_EN).finditer(text)
        if not any(a.start < m.end() and m.start() < a.end for a in matches)
    ]
    if not found:
        return matches
    return sorted([*matches, *found], key=lambda m: m.start)


def resolve_anaphors(hits: tuple[ActorHit, ...], topic: str | None) -> tuple[ActorHit, ...]:
    """ "The group" is ``topic`` (the group last named as acting, else the document's main
    armed group); without one it names nobody."""
    resolved = []
    for hit in hits:
        if hit.actor_id != GROUP_ANAPHOR:
            resolved.append(hit)
        elif topic is not None:
            resolved.append(ActorHit(hit.start, hit.end, hit.text, topic, hit.role))
    return tuple(resolved)


# Roles in which a group acts: "the group" later in the text most likely refers back to it.
_ACTING_ROLES = frozenset({"claim", "agent", "attribution"})


def acting_groups(
    sentences: list[tuple[ActorHit, ...]],
    registry: Registry,
    governing: frozenset[str] = frozenset(),
) -> list[str | None]:
    """Per sentence, the armed group named last before it as acting (claiming, attacking,
    blamed), which "the group" in that sentence refers to; ``None`` before any. A group that
    is the government when the report is written (``governing``) is "the group" only when no
    other armed group has acted: its raid on a cell ("Taliban güvenlik güçlerinin IŞİD-K
    hücresine düzenlediği operasyon ... Ancak örgüt birçok saldırı düzenledi") leaves the
    cell's group the one "the organisation" names."""
    out: list[str | None] = []
    last: str | None = None
    last_governing: str | None = None
    named_as: dict[str, str] = {}  # per Arabic head noun, the group last named with it
    before: str | None = None  # the group the sentence before names first, not as hit
    # a non-governing group named in any role: "the group" rather than the government
    # hunting it ("Taliban forces raided a house used by Islamic State militants ... The
    # group did not comment")
    named_other: str | None = None
    for hits in sentences:
        head = next(
            (
                _BARE_HEADS[h.text]
                for h in hits
                if h.actor_id == GROUP_ANAPHOR and h.text in _BARE_HEADS
            ),
            None,
        )
        organisation = named_as.get(head) if head is not None else None
        pronoun = any(h.actor_id == GROUP_ANAPHOR and h.text == "it" for h in hits)
        if organisation is not None:
            out.append(organisation)
        else:
            out.append(
                before if pronoun and before is not None else last or named_other or last_governing
            )
        before = next(
            (
                h.actor_id
                for h in hits
                if h.actor_id != GROUP_ANAPHOR
                and h.role != "patient"
                and _is_militant(h.actor_id, registry)
            ),
            None,
        )
        for hit in hits:
            if (
                hit.actor_id != GROUP_ANAPHOR
                and hit.actor_id not in governing
                and _is_militant(hit.actor_id, registry)
            ):
                named_other = hit.actor_id
            acting = hit.role in _ACTING_ROLES
            if acting and hit.actor_id != GROUP_ANAPHOR and _is_militant(hit.actor_id, registry):
                if hit.actor_id in governing:
                    last_governing = hit.actor_id
                else:
                    last = hit.actor_id
            for noun in _HEAD_NOUNS:
                if hit.actor_id != GROUP_ANAPHOR and noun in hit.text:
                    named_as[noun] = hit.actor_id
    return out


# Arabic "التنظيم" (the organisation) refers back to the group named "تنظيم X" ("تنظيم
# داعش"), not to whichever group acted last (often the government that hunts it).
# So does "الجبهة" (the Front) to the group named "جبهة X" ("جبهة الحرية الأفغانية").
_BARE_HEADS = {"التنظيم": "تنظيم", "للتنظيم": "تنظيم", "الجبهة": "جبهة", "للجبهة": "جبهة"}
_HEAD_NOUNS = frozenset(_BARE_HEADS.values())


def topic_group(all_hits: list[ActorHit], registry: Registry) -> str | None:
    """The armed group a document names most often as acting (ties: the first named); else
    the one it names most often in any role."""
    for roles in (_ACTING_ROLES, None):
        counts: dict[str, int] = {}
        for hit in all_hits:
            if roles is not None and hit.role not in roles:
                continue
            if hit.actor_id != GROUP_ANAPHOR and _is_militant(hit.actor_id, registry):
                counts[hit.actor_id] = counts.get(hit.actor_id, 0) + 1
        if counts:
            return max(counts, key=lambda a: counts[a])
    return None


def is_state(actor_id: str | None, registry: Registry) -> bool:
    actor = registry.actors.get(actor_id or "")
    return actor is not None and actor.kind in ("state", "state_forces", "organisation")
