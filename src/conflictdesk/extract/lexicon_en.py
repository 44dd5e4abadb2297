"""English event vocabulary: the words that signal an attack, and what each one means.

This is language knowledge, not theatre knowledge, so it lives in code; words of other
languages come from the pack's ``triggers.json``. Each entry maps a regular expression to a
*means* (see ``triggers.MEANS``): how the attack was carried out. Patterns are matched
case-insensitively on one sentence at a time.
"""

from __future__ import annotations

from typing import Final

# The rest of a clause that tells people were shot or killed where they were taken from a
# vehicle ("... and shot them dead"): no kidnapping, they were never taken away.
_SHOT_THERE = r"[^.;]{0,80}?\b(?:shot|killed|executed|beheaded|gunned)\b"

# (means, pattern): each pattern signals one means (see ``triggers.MEANS``).
# Order matters where two patterns match at one position: the first listed wins, so
# "detonated prematurely" is read before "detonated".
EN_TRIGGERS: Final[tuple[tuple[str, str], ...]] = (
    (
        "unarmed",
        r"poison\w*|acid attacks?|threw acid|sprayed (?:\w+ ){0,2}with acid|acid\b"
        r"|contaminat\w+ (?:the |a )?(?:[\w-]+ ){0,3}water"
        # a farm chemical put into drinking water: "poured insecticide into the village well"
        r"|(?:threw|poured|dumped|put|mixed|emptied) (?:[\w-]+ ){0,2}?(?:pesticides?|insecticides?"
        r"|herbicides?|fertili[sz]ers?|chemicals?|toxins?) (?:in|into) (?:a |an |the |their )?"
        r"(?:[\w-]+ )?(?:wells?|water|reservoirs?|tanks?|food)\b"
        # Fists and feet: "kicked and punched them", "were badly beaten"
        r"|kicked and punched|punched and kicked|(?:was|were) (?:badly |severely )?beaten\b"
        # a blow to the body told in the passive: "a farmer who had been struck on the head"
        r"|(?:was|were|had been) (?:badly |repeatedly )?struck on the (?:head|face|back|body)\b"
        # blows with no arms: "had attacked the team with stones", "assaulted him with sticks"
        r"|(?:attacked|assaulted|pelted) (?:[\w'-]+ ){0,4}?with (?:stones|rocks|sticks|clubs|fists"
        r"|batons)\b"
        r"|beat (?:him|her|them)\b|flogg\w+"
        # "beat up a group of musicians": the phrasal verb is always a beating
        r"|beat(?:ing)? up\b"
        # "a group of men beat the imam of a mosque", "forces beat farmers who were protesting"
        # (the verb alone, as below; the people beaten with or without a determiner)
        r"|beat(?= (?:(?:a|an|the|two|three|four|five|several|\d+) )?(?:[\w'-]+ ){0,3}?"
        r"(?:m[ae]n|wom[ae]n|boys?|girls?|imams?|clerics?|mullahs?|teachers?|students?|reporters?|journalists?"
        r"|workers?|villagers?|shopkeepers?|prisoners?|detainees?|protesters?|trekkers?"
        r"|farmers?|residents?|civilians?|youths?"
        r"|tourists?|guides?|drivers?|passengers?|officials?|doctors?|nurses?)\b)"
        # "beat a reporter with their fists", "beaten with cables and sticks"
        # (the verb alone, so the person beaten stays a candidate for the target)
        r"|beat(?:en)?(?= (?:[\w'-]+ ){0,4}?with (?:their |his |her )?(?:bare )?(?:fists|hands"
        r"|sticks|cables|rods|batons|clubs|whips|rifle butts)\b)"
        # attackers with blunt weapons only: "youths armed with clubs and stones"
        r"|armed with (?:[\w-]+ ){0,2}?(?:sticks|clubs|batons|rods|cables|stones|whips"
        r"|rifle butts)\b(?:,? (?:and|or) (?:[\w-]+ ){0,2}?(?:sticks|clubs|batons|rods|cables"
        r"|stones|whips|rifle butts)\b)?"
        # a toxic substance spread where the victims were (schoolgirls poisoned in class)
        # ("an unknown substance was sprayed into their classrooms")
        r"|(?:toxic|poisonous|noxious|unknown|unidentified|mysterious) (?:powder|substance|gas"
        r"|chemical|spray|liquid)s?\b"
        # A vehicle driven into people: "drove a pickup truck into worshippers"
        r"|(?:drove|rammed|ploughed|plowed) (?:a |an |his |her |the )?(?:[\w-]+ ){0,2}"
        r"(?:car|truck|vehicle|van|pickup) (?:into|through) (?:a |the )?(?:[\w-]+ ){0,2}"
        r"(?:crowd|worshipp?ers|people|protesters|pedestrians|mourners|shoppers|students)\b",
    ),
    (
        # Taking over a vehicle with people in it, before "took control of" (overrun).
        "hijack",
        r"(?:took|seized|taken) control of (?:a|an|the|two|several) (?:[\w-]+ )?"
        r"(?:bus|buses|plane|aircraft|airliner|vehicle|truck|lorry|minibus|van)\b"
        # "forced the driver to drive on", "ordered the driver to follow them"
        r"|(?:forced|ordered) (?:the |its )?(?:drivers?|pilots?|crew) to (?:drive|take|fly|divert"
        r"|go|head|follow)"
        # "stopped a bus ... took control of it": the words after the vehicle, which stays a
        # candidate for the target (one fixed-width look-behind per noun)
        r"|(?:(?<=\bbus)|(?<=\bbuses)|(?<=\bcoach)|(?<=\bplane)|(?<=\baircraft)|(?<=\bvehicle)"
        r"|(?<=\btruck)|(?<=\bminibus))(?=\W)[^.;]{0,160}?(?:took|seized|taken) control of"
        r" (?:it|them)\b"
        # "made the drivers take six of the tankers", "made the boatman take them downstream"
        r"|made (?:the |its |their )?(?:drivers?|pilots?|crew|boatm[ae]n|ferrym[ae]n|captain)"
        r" (?:take|drive|sail|fly|steer|go|head)\b"
        # "tried to take control of a domestic flight", "seized a small ferry" (the verb alone
        # is the trigger, so the vehicle stays a candidate for the target)
        r"|(?:tried|attempted) to (?:take|seize) control of(?= (?:a|an|the) (?:[\w-]+ ){0,4}?"
        r"(?:flight|plane|aircraft|airliner|bus|ferry|boat)\b)"
        r"|seized(?= (?:a|an|the|two|three|several) (?:[\w-]+ ){0,2}(?:ferry|ferries|boats?"
        r"|plane|aircraft|airliner|bus|buses|minibus|ambulance)\b)"
        # "drove off with the vehicle", "drove the trucks away with their loads"
        r"|drove (?:off|away) with(?= (?:the|a|an|its|their|two|three|several) (?:[\w-]+ ){0,2}"
        r"(?:vehicles?|trucks?|lorr(?:y|ies)|ambulances?|cars?|pickups?|vans?|buses|bus|tankers?)\b)"
        r"|drove(?= (?:the|its|their|both) (?:[\w-]+ ){0,2}(?:vehicles?|trucks?|lorr(?:y|ies)"
        r"|ambulances?|cars?|pickups?|vans?|buses|bus|tankers?) (?:off|away)\b)"
        # "stopped a bus and drove it with its 25 passengers to a village": the vehicle taken
        # with the people in it
        r"|drove(?= (?:them|it) (?:away |off )?with (?:its|their) (?:\d+ |[\w-]+ )?"
        r"(?:passengers|travell?ers|drivers|crews?|occupants)\b)"
        # "stopped a passenger bus ... drove it into the desert", "stopped two fuel tankers ...
        # and drove off with them": the vehicle stopped is taken
        r"|stopped(?= (?:a|an|the|two|three|four|several|\d+) (?:[\w-]+ ){0,2}(?:bus|buses"
        r"|minibus|coach|vans?|trucks?|lorr(?:y|ies)|tankers?|cars?|vehicles?)\b[^.;]{0,160}?"
        r"\bdrove (?:(?:it|them) (?:away|off|to|into|towards)|(?:off|away) with (?:it|them))\b)"
        # the same told of the vehicle: "a bus was stopped on the highway by armed men who
        # drove it away"
        r"|(?:was|were) stopped(?=[^.;]{0,160}?\bdrove (?:it|them) (?:away|off)\b)",
    ),
    (
        "overrun",
        r"overr[au]n\b|seized control of|took control of|fell to the"
        r"|captured the district(?! (?:police |security |intelligence )?(?:chiefs?|governors?"
        r"|commanders?|officials?|heads?)\b)"
        # a place captured, not people: "captured Ghazni city, Ghazni province", "captured a
        # police post in" (not "captured the district police chief", "captured soldiers at a
        # checkpoint")
        r"|captured(?= (?:(?!(?:in|at|on|near|from|of)\b)[\w'-]+ ){0,3}(?:city|town|district"
        r"|village|base|capital|centre|center|headquarters|posts?|outposts?|checkpoints?)"
        r"(?:[,.;]| (?:in|of|on|after|and|near|from)\b))",
    ),
    (
        "premature",
        r"(?:detonated|exploded|went off|blew up) prematurely"
        r"|premature(?:ly)? (?:detonation|explosion)"
        r"|while (?:he was |they were |being )?(?:planting|planted|assembling|preparing|fitting)"
        r"|accidentally (?:detonated|exploded)",
    ),
    (
        "failed",
        r"foil(?:ed|s)?\b|thwart\w*|defus\w+"
        r"|prevent(?:ed)? (?:an? |the )?(?:attack|bomb|suicide)"
        # "the driver, a would-be suicide bomber, was arrested": his attack never happened
        r"|would[- ]be (?:suicide )?(?:bombers?|attackers?)",
    ),
    (
        "failed",
        r"fail(?:ed)? to (?:detonate|explode)"
        r"|(?:bomb|device|explosives?) (?:was|were) (?:found|discovered)",
    ),
    (
        "failed",
        r"before (?:it|he|she|they) could (?:detonate|explode|be detonated|carry out|reach"
        r"|set (?:it|them|the \w+) off|set off|blow (?:himself|herself|themselves) up)",
    ),
    (
        # a worn vest told as set off in a clause after it: "in suicide vests that went off",
        # "explosive belts, which exploded" (read before the bare "suicide vest")
        "suicide",
        r"(?:(?:suicide|explosives?|bomb)[- ])?(?:vests?|belts?|jackets?),? (?:that|which) "
        r"(?:went off|exploded|detonated|blew up)\b",
    ),
    (
        "suicide",
        r"suicide[- ](?:bomb(?:er|ers|ing|ings)?|attack(?:er|ers|s)?|blast|explosion|vest"
        r"|belt|car|truck|vehicle|operation|assault|mission|squad|strike|drivers?)",
    ),
    ("suicide", r"explosive?s?[- ]laden (?:vest|belt|jacket)"),
    # "a vest packed with explosives": the device a suicide bomber wears
    (
        "suicide",
        r"(?:vest|belt|jacket)s? (?:packed|filled|laden|loaded|rigged|lined) with explosives?",
    ),
    # "a man wearing an explosives vest" as "an explosive vest"
    ("suicide", r"(?:explosives?|bomb|suicide) (?:vest|belt|jacket)s?"),
    ("suicide", r"(?:blew|blowing) (?:himself|herself|themselves) up|self[- ]detonat\w*"),
    # a worn vest that went off: "one of them set off his vest", "the belt went off"
    (
        "suicide",
        r"set(?:ting)? off (?:his|her|their|its|the|a|an) (?:own )?(?:suicide |explosives? )?"
        r"(?:vests?|belts?|jackets?)\b|(?:vests?|belts?|jackets?) went off",
    ),
    ("suicide", r"detonated (?:his|her|their) (?:explosives?|vests?|belts?|bombs?)"),
    # the same told other ways: "triggered his suicide vest", "the vest was set off in the
    # lobby", "two vests exploded", "killed by their own vests"
    (
        "suicide",
        r"(?:triggered|detonated|activated|exploded) (?:his|her|their|its|the|a|an|one) (?:own )?"
        r"(?:suicide |explosives? )?(?:vests?|belts?|jackets?)\b"
        r"|(?:vests?|belts?|jackets?) (?:(?:was|were) (?:set off|detonated|triggered|exploded)"
        r"|exploded|detonated|blew up)\b"
        r"|by (?:his|her|their) own (?:suicide )?(?:vests?|belts?|jackets?|explosives)\b",
    ),
    (
        "suicide",
        # "detonated a bomb hidden in his turban" as "explosives hidden in his turban"
        r"(?:explosives?|bomb) (?:hidden|concealed|sewn|strapped)"
        r" (?:in|under|into|to|on) (?:his|her) "
        r"(?:turban|clothes|clothing|body|shoes?|waist|chest|artificial leg)",
    ),
    (
        "suicide",
        r"martyrdom[- ]operation\w*|martyrdom[- ]seek\w*|istishhadi|inghimasi\w*",
    ),
    # A vehicle bomb driven into its target by its driver (GTD: a suicide attack, the driver
    # meant to die): "drove a car packed with explosives into a minibus", "a taxi packed with
    # explosives swerved into a bus", "a truck laden with explosives and driven by a young man"
    # (not one parked and set off from afar: "a car packed with explosives parked outside").
    (
        "suicide",
        r"(?:drove|driving|rammed|steered) (?:an? |the |his |her )?(?:[\w-]+ )?"
        r"(?:car|truck|lorry|vehicle|van|minivan|tanker|ambulance|taxi|humvee|pickup)s? "
        r"(?:packed|laden|loaded|filled|rigged) with explosives"
        r"|(?:car|truck|lorry|vehicle|van|minivan|tanker|ambulance|taxi|humvee|pickup)s? "
        r"(?:packed|laden|loaded|filled|rigged) with explosives,? (?:and )?(?:driven by"
        r"|(?:swerved|crashed|smashed|ploughed|plowed|slammed) into|rammed)",
    ),
    (
        "vbied",
        r"(?:car|truck|lorry|tanker|vehicle|motorcycle|motorbike|bicycle|rickshaw)[- ]bombs?"
        r"|vehicle[- ]borne (?:improvised )?(?:explosive\w*|bombs?)|v\.?b\.?i\.?e\.?d\.?s?|vbieds?"
        r"|explosives?[- ](?:laden|packed|filled|rigged) (?:car|truck|vehicle|motorcycle|tanker)"
        r"|(?:car|truck|vehicle|tanker|van|motorcycle) (?:loaded|packed|filled|rigged|laden)"
        r" with explosives",
    ),
    (
        "ied",
        r"improvised explosive devices?|\bieds?\b|road[- ]?side (?:bomb|mine)s?"
        r"|land ?mines?|mines? (?:blast|explosion)|magnetic (?:bomb|mine|ied)s?"
        r"|sticky bombs?|limpet mines?|explosive devices?"
        r"|bomb(?:s)? (?:planted|attached|hidden)"
        # a mine laid or set off: "a mine planted on a path", "a mine struck a minivan",
        # "stepped on a mine" (not a coal mine, whose word has no such verb, nor "a bomb on a
        # bus of the Ministry of Mines exploded")
        r"|(?<!of )mines? (?:planted|laid|placed|struck|hit|exploded|went off)\b"
        r"|stepped on (?:a |an )?(?:[\w-]+ )?mine\b"
        r"|(?:planted|attached|hidden) (?:a |an )?(?:bomb|explosive)",
    ),
    (
        "explosion",
        r"explosions?|explod\w+|blasts?|bomb(?:s|ing|ings|ed)?\b|detonat\w+|blew up|blown up"
        # "blew apart the water pipe": a thing destroyed by a blast
        r"|(?:blew|blown) apart|explosives?\b",
    ),
    ("grenade", r"(?:hand[- ])?grenades?|rocket[- ]propelled grenades?|\brpgs?\b"),
    (
        "shelling",
        r"mortars?(?: (?:shells?|rounds?|fire|attack))?|rockets?\b|rocket (?:attack|fire)"
        r"|shell(?:ed|ing|s)\b|artillery|missiles?|cross-border (?:fire|shelling)",
    ),
    (
        "air",
        r"air ?strikes?|air[- ]raids?|drone (?:strike|attack)s?|bombing raids?|warplanes?"
        # "an air force strike", "aerial bombardment"
        r"|air force (?:strikes?|raids?|bombing)|aerial (?:strikes?|bombardments?|bombing|attacks?)"
        # the aircraft as the subject of the strike: "military aircraft struck houses",
        # "Pakistani jets bombed several villages", "a drone hit a car"
        # bombs dropped from the air: "dropped the largest bomb in its arsenal on a valley"
        r"|dropped (?:[\w-]+ ){0,4}?bombs?\b"
        r"|(?:aircraft|jets|fighter jets|planes|drones?|helicopter gunships?|gunships?)"
        r"(?= (?:struck|bombed|hit|pounded|fired (?:on|at|missiles))\b)",
    ),
    (
        "firearm",
        r"gun(?:men|man|fire|shots?|fight|battle)s?|opened fire|open fire|at gunpoint"
        r"|shot (?:dead|and killed)|shot\b|gunned down\b|shooting|fired (?:on|at|upon|into)|firing"
        # "fired for two hours on the compound" (the verb alone)
        r"|fired(?= for (?:about |more than |nearly |over |several |some )?(?:\w+ )?"
        r"(?:minutes|hours?|days|nights) (?:on|at|upon|into)\b)|sniper\w*"
        # (a rifle butt used to beat someone is no firearm used: GTD Melee, unarmed assault)
        r"|rifles?(?! butts?\b)|pistols?|ak-47s?|small[- ]arms|machine[- ]guns?|kalashnikovs?"
        r"|armed (?:men|assailants|attackers|militants|individuals|gunmen|group)",
    ),
    (
        "melee",
        r"stabb\w+|knif(?:e|ed|ing)|knives|behead\w*|axe|hacked to death|machete"
        # mutilation with blades (GTD: an armed assault, weapon Melee): "cut off the
        # fingers of two voters", "chopped off his hand", "their ears were sliced off"
        r"|(?:cut|chopp(?:ed|ing)|hack(?:ed|ing)|slic(?:ed|ing)|cutting) off"
        r"(?= (?:[\w'’-]+ ){0,4}?(?:fingers?|hands?|ears?|nose|noses|tongues?|feet|foot"
        r"|heads?|limbs?|legs?|arms?)\b)"
        r"|(?:fingers?|hands?|ears?|nose|noses|tongues?|limbs?) (?:(?:was|were|had been) )?"
        r"(?:cut|chopped|hacked|sliced) off",
    ),
    (
        # Killing people held at the killers' mercy: GTD codes an execution as an armed
        # assault (not as the unknown means of a bare "killed"); "executed the attack" or
        # "the execution of a plan" is no killing.
        "assault",
        r"execut(?:ed|ing)\b(?! (?:the |a |an |this |that |its |their |his |her )?(?:[\w-]+ )?"
        r"(?:attacks?|plans?|operations?|raids?|missions?|strikes?|bombings?|assaults?|orders?"
        r"|warrants?|contracts?|projects?|programmes?|programs?|tasks?)\b)"
        r"|execution-style|(?:public |summary |mass )?executions?\b(?! of (?:the |this |a |an |its"
        r" |their )?(?:[\w-]+ )?(?:attacks?|plans?|operations?|raids?|missions?|projects?"
        r"|programmes?|programs?|tasks?|orders?|contracts?)\b)",
    ),
    (
        # The account says the means are unknown: "how the attack was carried out was not
        # reported", "the method of attack", "no further details, including the weapons used"
        "assault",
        r"(?:how|method of|means of|manner of) (?:the |this )?attack\b"
        r"(?: (?:was|had been) (?:carried out|conducted|staged|made))?"
        r"|(?:further )?details (?:of|about|on) (?:the |this )?attack\b"
        r"|details,? including (?:the )?weapons? used",
    ),
    (
        "assault",
        r"attack(?:ed|s|ing)?\b|assault(?:ed|s)?\b|storm(?:ed|ing)\b|ambush(?:ed|es)?\b"
        r"|raid(?:ed|s|ing)?\b|target(?:ed|ing)\b|struck",
    ),
    (
        "clash",
        r"clash(?:ed|es)?\b|fighting\b|firefights?|gun ?battles?|exchange of fire"
        r"|skirmish\w*|heavy fighting|engaged in (?:fighting|combat)",
    ),
    (
        "kidnap",
        # The verb alone is the trigger, so the people taken stay candidates for the target.
        r"took (?:[\w'-]+ ){0,4}away|taken away|led(?= (?:[\w'-]+ ){0,4}away)|carried off|"
        r"kidnap\w*|abduct\w*|taken hostage|took \w+ hostage|took hostages?|held hostage"
        r"|hostages?|seized(?= (?:\w+ ){0,2}(?:passengers|travell?ers|civilians|employees|workers"
        r"|technicians|engineers|contractors|deminers|de-miners|labou?rers|villagers|teachers"
        r"|reporters?|journalists?|interpreters?|translators?|doctors?|nurses?|engineer"
        r"|foreigners?|trekkers?|tourists?|sons?|daughters?|boys?|girls?|child|children)\b)"
        # people with more words before the noun: "seized four Indian and Afghan engineers",
        # "seized a French photographer" (not "seized four Russian-made rifles")
        r"|seized(?= (?:a|an|the|two|three|four|five|six|several|\d+) (?:[\w-]+ (?:and )?){0,3}"
        r"(?:engineers?|workers?|photographers?|cameram[ae]n|reporters?|journalists?|doctors?"
        r"|nurses?|teachers?|lecturers?|professors?|businessm[ae]n|traders?|contractors?"
        r"|technicians?|employees?|nationals?|citizens?|aid workers?|deminers?)\b)"
        # a person named, then what he does: "seized Syed Karim, a freelance reporter" (not
        # "seized Spin Boldak, the border town", a place taken)
        r"|seized(?= [\w'-]+(?: [\w'-]+){0,3}, (?:a|an|the) "
        r"(?:[\w-]+ ){0,2}(?:engineer|worker|photographer|cameram[ae]n|reporter|journalist"
        r"|doctor|nurse|teacher|lecturer|professor|businessm[ae]n|trader|contractor|technician"
        r"|employee|interpreter|translator|deminer|student)s?\b)"
        # people taken, told in the passive: "were taken from their guesthouse", "were seized
        # at gunpoint" (not "dragged from his house and beheaded", killed where they were
        # found, nor "a post was seized by militants", a place taken)
        r"|(?:was|were|had been) (?:taken|seized)(?= (?:at gunpoint )?from (?:his|her"
        r"|their|a|an|the) (?:own )?(?:[\w-]+ )?(?:homes?|houses?|beds?|offices?|shops?"
        r"|workplaces?|worksites?|work sites?|guesthouses?|cars?|vehicles?|compounds?|camps?"
        r"|hotels?|classrooms?)\b)"
        r"|(?:was|were|had been) seized(?= at gunpoint\b)"
        # "forced them out of their car and drove them away": the people taken
        r"|drove (?:him|her|them) (?:away|off)\b"
        # "drove off with a Turkish engineer and his interpreter": people taken, not a vehicle
        r"|drove (?:off|away) with(?= (?:a|an|the|two|three|four|five|several|\d+) "
        r"(?:[\w'-]+ ){0,2}"
        r"(?:engineers?|workers?|employees?|reporters?|journalists?|interpreters?|doctors?"
        r"|nurses?|teachers?|students?|officials?|passengers|contractors?|m[ae]n|wom[ae]n|boys?"
        r"|girls?|children|sons?|daughters?|foreigners?|nationals?)\b)"
        # "took about 40 passengers to a village", "took three employees ... from their camp"
        r"|took(?= (?:[\w'-]+ ){0,3}(?:passengers|travell?ers|employees|workers|technicians"
        r"|engineers|contractors|deminers|de-miners|labou?rers) (?:[\w'-]+ ){0,5}?"
        r"(?:(?:to|into) (?:an? |the )?(?:[\w-]+ )?(?:village|hills|mountains|forest|hideout"
        r"|location|area|base)\b|from (?:their|his|her|a|an|the) (?:[\w-]+ )?(?:camp|office"
        r"|homes?|houses?|vehicles?|cars?|bus|site|compound|workplace)\b))"
        # people taken off a bus or car: "took off 30 passengers", "pulled off eleven
        # passengers", "pulled them off a bus" (the verb alone, so the people stay candidates
        # for the target); not those shot where they stood ("took off five men and shot them
        # dead", killed where they were found)
        r"|(?:took|pulled|dragged|hauled) off(?= (?:about |some |more than |at least )?"
        r"(?:[\w'-]+ ){0,2}(?:passengers|travell?ers|m[ae]n|wom[ae]n|people)\b)"
        f"(?!{_SHOT_THERE})"
        r"|(?:took|pulled|dragged|hauled)(?= (?:[\w'-]+ ){0,3}?(?:passengers|travell?ers) off\b"
        r"| (?:him|her|them) off (?:a|an|the|their|his|her) (?:[\w-]+ )?(?:bus|buses|minibus"
        r"|coach|vehicle|car|truck|van)\b)"
        f"(?!{_SHOT_THERE})"
        # "took a former soldier from his home at night": a person taken from where they
        # live or works, "took him from his classroom" (weaker than a kidnapping word: see
        # ``classify._taken_from_home``)
        # ("took Sayed Ahmad, a former officer, from his house", "took them from home")
        r"|took(?= (?:[\w'-]+,? ){1,6}?from (?:(?:his|her|their) (?:own )?(?:family )?)?"
        r"(?:homes?|houses?|beds?|classrooms?|offices?|shops?|workplaces?)\b)"
        r"(?! (?:[\w'-]+ ){0,3}?(?:money|cash|jewel\w*|gold|cars?|vehicles?"
        r"|weapons?|guns?|belongings|valuables|documents|phones?|livestock|sheep|cattle)\b)"
        # the passive, told of the person: "was seized by gunmen ... and held for hours" (a
        # place seized is not held, freed or released), "were pulled from their car by men"
        r"|(?:was|were) seized by(?= (?:[\w'-]+ ){0,3}?(?:gunmen|militants|insurgents|men"
        r"|kidnappers|assailants)\b[^.;]{0,60}?\b(?:held|freed|released)\b)"
        r"|(?:was|were) (?:pulled|dragged|taken) (?:out )?(?:of|from) (?:his|her|their) "
        r"(?:own )?(?:cars?|vehicles?|homes?|houses?|shops?|offices?) by\b"
        # (not "was pulled from his car by gunmen and shot dead", killed where he was found)
        f"(?!{_SHOT_THERE})"
        r"|(?:taking|took|taken|held) (?:[\w'-]+ ){0,4}captive|in captivity"
        # "She was freed unharmed 24 days later": people held for days were taken away
        r"|(?:freed|released)(?=[^.;]{0,40}?\b(?:days|weeks?|months?|years?) later\b)"
        # "released unharmed after 24 days"
        r"|(?:freed|released)(?= (?:unharmed |unhurt |alive )?after (?:\d+|[\w-]+) (?:days"
        r"|weeks|months|years)\b)",
    ),
    (
        "barricade",
        r"barricaded|siege\b|stand-?off|h(?:eld|olding) out (?:on|in|inside|for)"
        r"|holed up (?:in|inside)"
        r"|held (?:[\w'-]+,? ){0,6}hostage (?:for|inside|in|during|until)"
        # "held three employees of a money-exchange shop hostage", "held guests hostage room
        # by room": people held where they were found (a kidnapping takes them away)
        r"|held (?:[\w'-]+,? ){1,8}hostage\b"
        # the building retaken from the attackers: they held out inside it with the hostages
        r"|(?:retook|recaptured|regained control of|cleared) (?:the )?(?:[\w-]+ )?(?:building"
        r"|compound|complex|premises|ministry|hotel)\b"
        # People held where they were caught, for hours: "held employees inside for several
        # hours", "held his wife and children at gunpoint", "kept students trapped in a hall"
        r"|(?:held|kept) (?:[\w'-]+ ){1,6}?(?:inside|trapped|at gunpoint)\b"
        # the same told of the people held: "a siege in which guests were held inside"
        r"|(?:was|were) (?:held|kept) (?:inside|at gunpoint)\b"
        # "holding people inside for hours" (people held, not "holding a meeting inside")
        r"|holding (?:[\w-]+ ){0,2}?(?:people|employees|staff|guests|worshipp?ers|students"
        r"|civilians|customers|patients|them|others) (?:inside|trapped|at gunpoint"
        r"|for (?:several |some |[\w-]+ )?hours)\b"
        r"|held (?:about |some |more than |nearly |over )?(?:[\w-]+ ){0,2}(?:employees|staff"
        r"|guests|worshipp?ers|students|teachers|people|civilians|customers|patients|them)"
        r"\b[^.;]{0,40}?\bfor (?:about |more than |nearly |over |several |some )?(?:\w+ )?hours\b"
        # "took guests hostage on the upper floors": held inside the building they stormed
        r"|took (?:[\w'-]+ ){0,3}hostage (?:inside|in the|on the (?:[\w-]+ )?floors?\b)",
    ),
    ("hijack", r"hijack\w*"),
    (
        "arson",
        # "set the generator and base station on fire"
        r"set (?:\w+ ){0,5}(?:on fire|ablaze|alight)|set fire|torch(?:ed|ing)|arson"
        # a petrol bomb is an incendiary, not an explosive (GTD weapon types)
        r"|(?:petrol|gasoline|fire)[- ]?bombs?|firebomb\w*|molotov cocktails?"
        # the passive, told with the attackers: "a truck was stopped and burnt by armed men"
        r"|burn(?:ed|t)(?= by (?:[\w'-]+ ){0,2}(?:gunmen|militants|insurgents|men|attackers"
        r"|fighters|taliban)\b)"
        r"|burn(?:ed|t) down|burn(?:ed|t|ing) (?:[\w-]+ ){0,3}(?:houses|homes|schools?|shops"
        r"|buildings?|vehicles|trucks|tankers|offices?|clinics?|classrooms|crops|tower|towers"
        r"|ballots?|ballot boxes|ballot papers|voter lists|equipment|documents|records)\b"
        # one vehicle set alight, told with its article: "burned the truck", "burnt a bus"
        # (not "a burned-out car", whose word is no act)
        r"|burn(?:ed|t) (?:a|an|the|their|its|his|her) (?:[\w-]+ )?(?:truck|vehicle|bus|car"
        r"|tanker|lorry|minibus)\b"
        # "burned the guard hut", "burned a telephone antenna" (the verb alone, so the
        # structure stays a candidate for the target)
        r"|burn(?:ed|t|ing)(?= (?:[\w'’-]+ ){0,3}(?:huts?|masts?|antennas?|antennae"
        r"|generators?)\b)",
    ),
    (
        "destroy",
        r"destroy(?:ed|ing)|demolish\w*|vandali[sz]\w*|damag(?:ed|ing)\b"
        # "cut through the legs of two pylons, bringing them down"
        r"|(?:brought|bringing|brings|bring) (?:them|it) down\b"
        # "cut down three mobile phone masts" (the verb alone, so the structure stays a
        # candidate for the target)
        r"|(?:brought|bringing|toppled|felled|cut) down(?= (?:the |two |three |several |a |an )?"
        r"(?:[\w-]+ ){0,2}(?:pylons?|towers?|masts?|poles?)\b)"
        # "pulled down a phone mast", "tore down and burned a telephone antenna" (the verb
        # alone, so the structure stays a candidate for the target)
        r"|(?:pulled|pulling|tore|tearing) down(?= (?:and \w+ )?"
        r"(?:the |two |three |several |a |an )?"
        r"(?:[\w-]+ ){0,3}(?:pylons?|towers?|masts?|poles?|antennas?|antennae)\b)",
    ),
    (
        # An earlier death the report dates this attack by: "a day after the governor was
        # assassinated, a suicide bomber struck his funeral"
        "killing",
        r"(?:days?|hours|weeks?|shortly|soon) after (?:the |a |an |his |her )?(?:[\w'’-]+ ){0,4}"
        r"(?:was|were|had been) (?:assassinated|killed)",
    ),
    (
        "assassination",
        r"assassinat\w+|targeted killings?|killed in a targeted attack"
        # "fired on the embassy in an attempt to kill the head of mission"
        r"|(?:an? |the )?attempt(?:ed|s)? to (?:kill|murder) (?:the|a|an|his|her|their)\b"
        r"|tried to (?:kill|murder) (?:the|a|an|his|her|their)\b|attempt on (?:his|her|the) life",
    ),
    (
        "killing",
        r"killed|kill(?:s|ing)?\b|murder\w*|executed|execution|slain|dead\b|died",
    ),
    (
        "arrest",
        r"arrest(?:ed|s|ing)?\b|detain(?:ed|s|ing)?\b|detention|captured|apprehended"
        r"|taken into custody|rounded up|nabbed",
    ),
    (
        "threat",
        r"threaten\w*|vow(?:ed|s)? to (?:attack|target|strike)"
        r"|warned (?:of|that) (?:attacks?|it would)"
        r"|warned(?= (?:[\w'’-]+ ){1,7}that (?:it|they|its \w+|their \w+) (?:would|will|could)"
        r" be (?:targeted|attacked|hit|struck))"
        # "named the embassy of China in Kabul as a legitimate target": a threat by name; a
        # long list or a relative clause set off by commas may come between verb and "as"
        r"|nam(?:ed|es|ing)(?= (?:[\w'’\"-]+,? ){1,14}as [\"“'‘]?(?:an? |its )?"
        r"(?:legitimate |lawful |priority |prime |next )?targets?\b)"
        # the passive: "the embassy of Pakistan in Kabul ... were named as targets"
        r"|(?:was|were) (?:also |both )?named as [\"“'‘]?(?:an? |its )?"
        r"(?:legitimate |lawful |priority |prime |next )?targets?\b"
        # a piece of propaganda naming a mission is a threat against it: "The list named the
        # embassy of Turkey", "the same message also named the embassy of Uzbekistan"
        # (the noun is part of the match: a leading word keeps the entry gated by words)
        r"|(?:list|message|statement|issue|article|cover|video|poster|post) (?:also )?"
        r"nam(?:ed|es)(?= (?:both )?the (?:[\w-]+ )?(?:embass(?:y|ies)|consulates?)\b)",
    ),
    ("surrender", r"surrender(?:ed|s)?\b|laid down (?:their|his) arms"),
    (
        "protest",
        r"protest(?:ed|ers|s)?\b|demonstrat(?:ion|ions|ors|ed)\b|rall(?:y|ied)\b",
    ),
)

# Words that turn a sentence about an attack into a general statement (no specific event).
GENERAL_CUES: Final[str] = (
    r"\b(?:usually|often|typically|generally|frequently|increasingly|tend to|tends to|routinely"
    r"|in recent years|over the years|strategy|capabilit\w+|recruit\w*|propaganda|ideolog\w+"
    r"|likely to|is expected|are expected|aims? to|seeks? to|in general|has carried out"
    r"|have carried out|has claimed (?:many|several|numerous|dozens)|continues? to|remains?"
    r"|have suffered|has suffered|suffered heavy|heavy blows"
    r"|since its (?:founding|inception|emergence)|a pattern|in (?:earlier|previous|past) years"
    r"|in the past|used to"
    # a pattern over time: "for years", "almost daily", "intermittent clashes"
    r"|almost (?:daily|every (?:day|week))|intermittent"
    # a trend in a group's attacks: "have stepped up small-scale attacks this year"
    r"|(?:stepped|step|steps|stepping) up (?:[\w-]+ ){0,3}?(?:attacks|operations|raids|strikes"
    r"|campaign)|(?:intensifie[ds]|intensifying|escalated|escalating) (?:[\w-]+ ){0,2}?"
    r"(?:attacks|operations|campaign)"
    # many attacks told as one ("the latest in a wave of bombings since September") and the
    # setting of the event just told ("the attack comes amid rising tension")
    r"|(?:wave|string|spate|series|spree) of (?:[\w-]+ ){0,2}?(?:attacks|bombings|blasts"
    r"|killings|assassinations|raids|explosions)(?!.*\b(?:including|among them|such as)\b)"
    r"|(?:comes|came|come) amid"
    # a campaign of many ("a campaign of small bombings", "the grinding campaign of roadside
    # bombs") and what happens now and then ("occasionally bombed cities across the border")
    r"|campaign of (?:[\w-]+ ){0,3}?(?:attacks|bombings|bombs|killings|assassinations|raids"
    r"|strikes|ambushes)|occasionally|from time to time"
    # the same in Russian, Turkish and Arabic
    r"|почти ежедневн\w*|в последние (?:годы|месяцы)|на протяжении (?:многих )?лет"
    r"|активизировал\w* (?:[\w-]+ ){0,2}?(?:атак|нападени|операци)\w*"
    r"|saldırıları\w* (?:artırdı|yoğunlaştırdı|tırmandırdı)\w*"
    r"|و?(?:صعّد|صعد|كثّف|كثف)\w* (?:[\w-]+ ){0,2}?(?:من )?(?:هجمات|عمليات)\w*"
    r"|(?:волн|сери)\w+ (?:[\w-]+ ){0,1}?(?:терактов|нападений|взрывов|убийств)"
    r"|saldırı dalgası\w*|bir dizi saldırı\w*"
    r"|موجة (?:من )?(?:الهجمات|التفجيرات|الاغتيالات)|و?(?:يأتي|تأتي|جاء|جاءت) (?:[\w-]+ ){0,2}?"
    r"(?:وسط|في ظل)"
    r"|неоднократно|son (?:yıllarda|aylarda)|yıllardır|haftalardır|artış göster\w*|artıyor|sık sık"
    r"|منذ (?:سنوات|أسابيع|أشهر|شهور)|متقطعة|سلسلة من الهجمات|في (?:السنوات|الأشهر) الأخيرة"
    r"|بشكل شبه يومي"
    # repeated or still going on: "هجمات متكررة", "لا يزال يشن هجمات", "регулярно сообщают"
    r"|متكرر\w*|(?:لا|ما) (?:يزال|تزال|زال|زالت)|регулярно)\b"
)

# Sentences that name attacks without stating one: negated ("no foreign mission has been
# attacked since"), hoped or hypothetical ("hoped that killing leaders would divide"), or about
# the text itself ("this report covers", "the test is whether").
NOT_AN_EVENT_CUES: Final[str] = (
    r"\b(?:no (?:\w+ ){0,3}(?:has|have|had) been (?:attacked|targeted|hit|bombed|struck|killed)"
    r"|(?:has|have|had) not (?:been )?(?:attacked|targeted|hit|bombed|struck|claimed)"
    r"|(?:has|have|had) never (?:been )?(?:attacked|targeted|hit|bombed|struck|claimed)"
    # an arrest denied: "nobody was arrested", "no arrests have been made"
    r"|(?:nobody|no one|no suspects?) (?:was|were|has|have|had)(?: been)? (?:arrested|detained"
    r"|caught)|no arrests? (?:was|were|has|have|had)(?: been)? (?:made|reported)"
    r"|hoped? (?:that|to)|in the hope|would (?:divide|weaken|provoke|undermine|deter)"
    r"|this (?:report|paper|article|analysis|study|section|chapter|essay)"
    r" (?:covers|reviews|examines|sets out|asks|tests|looks|argues|describes)"
    r"|the test is|the question is"
    # a warning of attacks that may come is no attack: "the embassy warned its citizens of
    # possible attacks", "посольство предупредило о возможных терактах", "olası saldırılara
    # karşı uyardı"
    r"|warn(?:ed|s|ing)? (?:[\w-]+ ){0,5}?(?:of|about|against) (?:possible|potential|imminent"
    r"|likely) (?:terrorist )?(?:attacks?|bombings?|strikes?)"
    r"|предупредил\w* (?:[\w-]+ ){0,5}?о (?:(?:возможн|готовящ|предстоящ)\w+ (?:теракт|нападени"
    r"|атак)|планах)\w*"
    r"|olası (?:terör )?saldırı\w* (?:karşı|konusunda) (?:[\w-]+ ){0,3}?uyar\w*"
    # a group seen as a threat made none: "воспринимался в Москве как угроза", "bir tehdit
    # olarak görülüyordu"
    r"|как (?:\w+ )?угроз\w*|tehdit olarak)\b"
)

# Words after which a later sentence in a wire report describes another incident.
SEPARATE_CUES: Final[str] = (
    r"\b(?:in a separate (?:incident|attack)|separately|in another (?:incident|attack)"
    r"|elsewhere|in an unrelated|a separate (?:attack|incident|blast|explosion)"
    r"|(?:hours|a day|two days|days|a week|weeks|a month|months) (?:earlier|before|ago)"
    r"|the (?:day|night|week|month) before|the previous (?:day|night|week|month)"
    r"|earlier (?:that|this|the same) (?:day|week|month)|earlier in the (?:day|week|month)"
    r"|came (?:\w+ )?(?:hours?|days?|weeks?) after|a similar (?:attack|bombing|blast))\b"
)

# Phrases that say a claimed or attempted attack failed or was stopped.
ATTEMPT_CUES: Final[str] = (
    r"\b(?:foiled|thwarted|defused|prevented|failed to (?:detonate|explode)|no casualties"
    r"|before (?:it|he|she|they) could|was (?:found|discovered) and|were (?:found|discovered) and"
    r"|detonated prematurely|went off prematurely|shot (?:the|a) (?:suicide )?(?:bomber|attacker)"
    r" before)\b"
)
