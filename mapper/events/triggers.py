"""What kind of event a sentence reports: trigger words and phrases for every sub-event type.

``clauses(sentence)`` returns at most one :class:`Clause` per family (violence, demonstration,
strategic development, political), each with its sub-event type and where its trigger sits. The
rules are transparent lists, ordered from the most specific type to the most general: the first
pattern to claim a stretch of text wins it ("suicide car bomb" is a suicide bomb, not a car bomb).
A trigger starts at the start of a word: "designed" holds no "signed", "Pearson" no "arson",
"federally" no "rally" (a compound whose second part is a trigger of its own, such as
"counteroffensive", is listed whole).

Three judgements sit on top of the lists:

- *Reference back.* "the attack", "these strikes" refer to an event already told; such a trigger
  adds details to that event rather than starting a new one (``Clause.back_reference``).
- *Not happening.* A trigger after "threatened to", "would", "denied", "fears of", "rejects claims"
  does not report an event; nor does one inside a "since" phrase ("since the group captured X"), the
  earlier event a span runs from.
- *Part of something else.* Looting during an attack, arrests at a protest, and interceptions of
  the very drones a sentence mentions belong to the main event.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace

from mapper.events.actors import COUNTRIES, NAMED_GROUPS, OF_THEM, STATE_FORCE_NAMES
from mapper.events.dates import MONTHS
from mapper.events.lexicon import TELLS, alternation
from mapper.events.prefilter import AlternativeScan, Prefiltered, PrefilteredGroup, WordGate, WordGateSet
from mapper.events.taxonomy import EVENT_TYPE_OF, FAMILY

GENERIC = "generic violence"  # an attack or killing whose kind depends on who was targeted

_CIVILIANS = (r"civilians?|villagers|residents|farmers|herders|worshipp?ers|passengers|pilgrims|students|"
              r"schoolchildren|schoolgirls|schoolboys|pupils|children|child|girls?|boys?|women|woman|men|man|"
              r"teenagers?|shoppers|journalists|aid workers?|displaced|refugees|people|persons|fishermen|"
              r"traders|miners|workers|teachers|doctors|nurses|drivers|concertgoers|tourists|activists|voters|"
              r"candidates?|politicians?|mayor|monks|priests?|nuns?|"
              # one civilian by trade: "shot dead a gold trader", "abducted a teacher"
              r"trader|shopkeepers?|merchants?|vendors?|businessm[ae]n|farmer|herder|villager|resident|student|"
              r"teacher|doctor|nurse|journalist|fisherman|pilgrim|passenger|worshipp?er|tourist|activist|"
              r"family|families|mourners|wedding|market|church|mosque|school|hospital|villages?|homes?|"
              # people by their place in a family or a village, workers by trade, and the homes, shops and
              # buses of civilians: "shot dead a motorcycle taxi driver", "killed a traditional chief",
              # "killed a father and his two sons", "seven labourers", "torched houses", "attacked several
              # neighbourhoods"
              r"labou?rers?|drivers?|chiefs?|elders?|imams?|pastors?|clerics?|councill?ors?|council\s{1,3}members?|"
              r"fathers?|sons|daughters?|brothers|relatives|neighbou?rs|neighbou?rhoods?|houses?|shops|"
              r"buses|minibus(?:es)?|herdsmen|patients|porters?|shepherds?|fishing (?:boats?|vessels?)|"
              r"(?:displacement|refugee|idp|displaced) (?:camps?|sites?)|"
              # civil servants by their office: "shot dead a local council official" (not "local officials",
              # a report's source)
              r"(?:council|government|election|electoral|municipal|customs) officials?|"
              # a village's or a community's leaders by their office: "killed a community leader", "shot dead
              # a former sarpanch", "the village headman"
              r"(?:community|village|social|religious|youth|civil society) leaders?|sarpanch(?:es)?|"
              r"headm[ae]n|village heads?|"
              # victims named by their household or their journey, and the places that hold only civilians
              # (types46: "killed a couple and their baby", "killing nine guests", "killing 19 travellers",
              # "storms Baraawe hotel", "Gunmen ambush bus near Yei"; not a police bus, whose "police" is
              # read first)
              r"couples?|bab(?:y|ies)|infants?|toddlers?|guests|travell?ers|commuters|hotels?|bus|"
              # people named by their faith (types53: "Islamic State claims killing of five Christians", "shot
              # dead two Sikhs"): civilians, as the corpus codes them; plurals only (a "Christian militia")
              r"christians|hindus|sikhs|yazidis|ahmadis")
_ARMED = (r"soldiers|troops|servicemen|army|military|forces|police(?:men)?|officers|militants|fighters|"
          r"rebels|insurgents|jihadists|militiamen|militia|guards|gendarmes|gendarmerie|barracks|garrison|"
          r"checkpoint|base|outpost|"
          # not "a convoy of fuel tankers", "a convoy of traders": a civilian convoy (nor "ambushed a civilian
          # convoy", "an aid convoy")
          r"(?<!civilian )(?<!aid )(?<!humanitarian )(?<!relief )(?<!wedding )(?<!refugee )(?<!passenger )"
          r"convoy(?! of (?:[\w-]{1,20} ){0,2}(?:tankers|trucks|lorries|buses|vehicles|cars|traders|"
          r"merchants|civilians|passengers|pilgrims|refugees|displaced|aid|food|goods|vans|minibuses|"
          r"coaches|taxis|travell?ers|commuters)\b)|positions|patrol|gunmen|gunman|bandits|attackers|assailants|"
          r"terrorists|separatists|"
          r"extremists|combatants|paramilitar(?:y|ies)|"
          # self-defence militias fight as one side: "Boko Haram raid on Mora kills 4 vigilantes"
          r"vigilantes?|vdp|cjtf|"
          # armed sides by their own names, and a post held by armed men: "killed eight Maoists in an
          # encounter", "fired on a village defence post" (its guards, not the village)
          r"maoists|naxal(?:ite)?s|guerrillas|"
          # forces by a name of their own, and defence volunteers: an attack on them is a battle, as on
          # soldiers (actors46, types46: "kill two Rangers", "five park rangers", "killed nine national
          # guardsmen", "kill 3 IRGC members", "killed three security men", "killed 12 volunteers for the
          # defence of the homeland"; not aid, Red Cross or Red Crescent volunteers, who are civilians)
          # (not a football club: "fire three past Rangers", "beat Rangers")
          r"(?<!past )(?<!beat )(?<!beats )(?<!against )(?<!versus )(?<!vs )rangers|"
          r"guardsmen|national guards?|security (?:men|personnel)|irgc|basij|revolutionary guards?|"
          r"(?<!aid )(?<!cross )(?<!crescent )(?<!relief )(?<!medical )(?<!rescue )(?<!humanitarian )"
          r"volunteers|"
          r"(?:village )?(?:defen[cs]e|security|army|military|border|police) posts?|"
          # gangs and cartels fight the police as an armed side: a raid that kills them is a battle, as
          # ACLED codes it (types47: "Police killed 22 suspected gang members in a raid", "killed 11 gang
          # members in a pre-dawn operation"); people a gang kills are still named by their own noun
          r"gang members|gangsters|cartel (?:members|gunmen)")

# (sub-event type, pattern) in priority order. Patterns run over the lower-cased sentence, from word
# starts only. Every alternative starts with literal text (prefilter.literal_heads reads it: the
# sentence is scanned for those words once, and the rules are tried only where one occurs).
# Linear on any text: a run of word characters followed by more pattern is bounded (no word is 30
# letters long): as "\w*" or "\w+", each repeat of a stem inside one long word ("summonsummon...")
# rescanned the rest of it. Only a run that ends its alternative ("arrest\w*") is unbounded.
# Trades whose strike is a labour protest ("truck drivers' strike spreads to X", "nurses strike"), not an
# air strike.
_TRADES = (r"(?:drivers|nurses|workers|teachers|doctors|miners|dockers|dockworkers|pilots|farmers|traders|"
           r"lawyers|employees|staff|truckers|transporters|unions?|students)['’]?")
# Unarmed crowds (by what they are or do) and the forces that face them: their clashes are riots, not battles.
_CROWD = (r"protesters|demonstrators|supporters|crowds?|rioters|youths|students|marchers|mobs?|residents|"
          r"villagers|locals|fans|migrants|shopkeepers|vendors|hawkers|" + _TRADES)
_CROWD_FORCES = (r"(?:the )?(?:riot |anti-riot |municipal |local )?(?:police(?:men)?|security forces|troops|"
                 r"soldiers|officers|gendarmes)\b")
# A mob's act on an official's home or office named by the possessive ("Mobs torch lawmakers' homes in X",
# "mob storms ministers' homes", "a mob stormed the governor's office"; types55): storming or torching the
# property of the state or its officials is a riot, a Violent demonstration (the guide: "storming
# buildings"), not Mob violence, which is a mob's lynching or communal fight. Bounded: the verb, at most
# three words, the office-holder and the building.
_MOB_ON_OFFICIALS = (r"(?:storm|torch|set|attack|ransack|burn|raid|vandali[sz]|loot|smash|besieg)\w{0,4} "
                     r"(?:[\w-]{1,30} ){0,3}?(?:lawmakers?|legislators?|ministers?|mps?|governors?|mayors?|"
                     r"officials?|politicians?|councillors?|deputies|deputy|senators?)['’]s? "
                     r"(?:homes?|houses?|residences?|offices?)\b")
# The crude weapons of a crowd (sessions 41, sides48): a fight or attack "with sticks and bricks" is a riot.
_CRUDE_WEAPONS = r"(?:sticks|clubs|cudgels|bricks|brickbats|iron (?:bars|rods)|stones|rocks|bats)"
# Armed posts after "overran": overrunning one is a battle, not the taking of a town ("ISWAP overruns army
# base in Marte"; a town's garrison overrun is the town taken).
_POSTS = (r" (?:an? |the |their |its |several |two |three )?(?:[\w-]{1,30} ){0,2}(?:bases?|posts?|outposts?|"
          r"barracks|positions?|checkpoints?|(?:army|military) camps?)\b")
# (types65) What tells a stormed town held, after "stormed X" (see the takeover's triggers): "holding the
# town", "hold town" (a headline), "were still holding it", "remained in control of the town", "were still in
# control"; its police or troops made to flee: "forcing police officers to flee", "forcing government troops
# to flee the town", "police flee town". (Not "forcing troops to withdraw" or "retreat": the corpus codes a
# base overrun that way as a clash.)
_STORMED_TOWN_HELD = (
    r"(?:(?:and|then) )?(?:(?:were|was|are|is) )?(?:still )?(?:holding|held|hold|holds) "
    r"(?:it\b|(?:the |most of the |much of the )?(?:town|city|village)\b)|"
    r"(?:(?:and|then) )?(?:(?:were|was|are|is|remained|remains) )(?:still )?in (?:full )?control\b|"
    r"forc(?:ing|ed) (?:the |its |their )?(?:[\w-]{1,30} ){0,1}(?:police|police officers|officers|soldiers|"
    r"troops|gendarmes|policemen|army)(?: and (?:[\w-]{1,30} ){0,2}?(?:soldiers|troops|fighters|police|"
    r"gendarmes|officers))? to flee\b|"
    r"(?:police|soldiers|troops|officers|gendarmes) (?:flee|fled) (?:the )?(?:town|city)\b")

# Armed men before a headline's "storm" ("al-Shabaab fighters storm hotel in X") or "fires on", as fixed-width
# lookbehinds: the trigger is the verb, which the one-sided reading of an armed clash looks for.
# Weapons whose fire has a family of its own ("under mortar fire": shelling, not a clash).
_FIRE_WEAPONS = r"(?:artillery|mortar|rocket|missile|drone|tank|sniper|shell|machine-gun|naval|air)\w{0,3}\b"
_STORMERS = "|".join(f"(?<={w} )" for w in (
    "fighters", "gunmen", "militants", "troops", "forces", "soldiers", "rebels", "insurgents", "jihadists",
    "attackers", "commandos", "militiamen", "militia", "militias", "al-shabaab", "shabaab", "police",
    "gunman", "navy",
    # other armed subjects of a headline: "Armed men storm TV studio", "White Army fires on UN helicopter"
    "armed men", "masked men", "gangs", "gang members", "bandits", "terrorists", "assailants", "army"))
# Armed subjects before a headline's present "shoot(s)" / "wound(s)" ("Soldiers shoot teenager in X", "Army
# fire wounds shepherd near Y"), as fixed-width lookbehinds: the armed men of _STORMERS and fire or snipers.
_SHOOT_WOUND_SUBJECTS = _STORMERS + "|" + "|".join(f"(?<={w} )" for w in (
    "fire", "gunfire", "sniper", "snipers", "settlers", "guards"))
# Armed subjects of a beating ("Imbonerakure youths beat opposition supporters in X") and the people beaten
# that _CIVILIANS lacks (a beating is an attack on them whoever they are).
_BEATERS = _SHOOT_WOUND_SUBJECTS + "|(?<=youths )"
_BEATEN_PEOPLE = (r"supporters|members|detainees|prisoners|inmates|suspects|lawyers|youths?|motorcyclists|"
                  r"motorists|(?:curfew )?breakers|chiefs?|migrants|him|her|them")
# A state's (or a party's) fire across a front or border on a place: "Ukrainian fire on Horlivka kills 2",
# "Azerbaijani fire hit homes near Sotk" (shelling, as ACLED codes cross-line fire by forces).
_FIRERS = "|".join(f"(?<={w} )" for w in (
    "russian", "ukrainian", "israeli", "azerbaijani", "armenian", "pakistani", "indian", "afghan", "turkish",
    "iranian", "syrian", "houthi", "hezbollah", "thai", "cambodian", "kyrgyz", "tajik", "enemy"))
# Strikers that strike from the air (the guide: a bare strike by an air force, the US, Israel, Turkey or a
# coalition is an Air/drone strike), told with the verb after the striker or its claim: "US Africa Command
# says it struck al-Shabaab near Jilib", "US forces struck al-Shabaab fighters", "Niger's air force struck a
# convoy", "Israel said it struck several tanks" (heads47; these read as an Armed clash on the fighters
# struck). Not Russia's: its bare strikes are shellings.
_AIR_STRIKERS = "|".join((
    r"u\.?s\.? africa command", r"africom", r"centcom", r"u\.?s\.? central command", r"pentagon",
    r"air force", r"u\.?s\.? (?:forces|military|troops)", r"israeli? (?:forces|military|army)", r"idf",
    r"israel", r"turkish (?:forces|military|army)", r"turkey", r"coalition"))
# (Not "said it carried out an airstrike": "airstrike" reads it already; the claim's span lost 13 misses.)
# Besides "struck", the claim's "carried out a strike" and "had targeted" (types53: "The Israeli military said
# it had targeted a commander in the X area", "AFRICOM said it carried out a strike against Islamic State
# fighters": the blind files code these Air/drone strikes; the target's fighters made them a clash).
_AIR_STRUCK = (r"(?<![\w-])(?:" + _AIR_STRIKERS + r") "
               r"(?:(?:(?:says|said|say) (?:it |they )(?:had |has |have )?)?struck\b|"
               r"(?:says|said|say) (?:it |they )(?:had |has |have )?(?:targeted\b|"
               r"carried out (?:a |an |two |several |multiple )?(?:precision )?strikes?\b))")
# A striker's claim ends with its event noun ("the US military said it carried out a strike"), but the "the"
# before it is the striker's, not the noun's: a claim tells a new act, never one told before (types54: the
# back-reference let the killing after it type the clause as an Armed clash).
_CLAIM_SAID = re.compile(r" (?:says|said|say) ")
# Bodies found "after" or "following" another act, a few words on, are that act's toll, not an attack.
_NOT_AFTER_ACT = r"(?!(?:\s[\w'’-]{1,30}){0,6}?\s(?:after|following)\s)"
# Not fighters' bodies a side took after a fight ("troops found the bodies of three guerrillas"): a found
# body is an attack's victim.
_NOT_FIGHTERS = (r"(?! of (?:the |\w{1,30} ){0,2}(?:guerrillas?|militants?|fighters?|rebels?|insurgents?|"
                 r"jihadists?|attackers?|assailants?|gunmen|soldiers?|troops|policem[ae]n|officers?|"
                 r"militiamen)\b)")

# Buildings blown up as a demolition ("Israeli troops blew up several houses in X", "blowing up homes",
# "blew up the family home of ..."): the guide's property destruction, not an explosive attack (types56). The
# object within four plain words after the verb; the IED rule's "blew up" / "blow up" steps aside before it.
_DEMOLISHED_BUILDINGS = (r"(?:[\w'’-]{1,30} ){0,4}?(?:houses?|homes?|buildings?|dwellings?|residences?|"
                         r"apartment blocks?)\b")

_RULES: list[tuple[str, str]] = [
    # Political events first: "protest" in "summoned ... in protest" is diplomacy, not a street protest.
    # The envoy's state may come in its possessive ("summons Algeria's ambassador", "summoned Rwanda's
    # charge d'affaires"; heads54): the gap's words take an apostrophe.
    ("Diplomatic protest",
     r"summon\w{0,30}+ (?:[\w'’]{1,30} ){0,4}(?:ambassador|envoy|charg[ée]|diplomats?|attach[ée])|"
     r"expel\w{0,30}+ (?:\w{1,30} ){0,4}(?:ambassadors?|diplomats?|envoys?)|"
     r"recall\w{0,30}+ (?:\w{1,30} ){0,3}ambassador|"
     r"(?:note|letter) of protest|protest note|formal protest|lodged (?:a |an )?(?:\w{1,30} )?protest|"
     r"persona non grata|d[ée]marche"),
    ("Chemical weapon",
     r"chemical (?:weapons?|attacks?|agents?|munitions?|strikes?)|sarin|chlorine|nerve agents?|"
     r"mustard gas|poison(?:ous)? gas|toxic gas|"
     # riot-control and choking agents dropped on troops ("drones drop chloropicrin on trenches", "tear gas
     # grenades dropped by drone"): banned as a method of warfare, a chemical attack (not a crowd's tear gas)
     r"chloropicrin|irritant gas|cs gas|"
     # (the munition's noun may be left out, "Russian drones drop tear gas on trenches near X", or come first,
     # "dropped grenades filled with tear gas on their trenches": types64, blind b58-067, b65-067)
     r"drop(?:s|ped|ping)? (?:\w{1,30} ){0,2}?tear[ -]?gas(?= (?:(?:grenades?|munitions?|canisters?) )?on "
     r"(?:\w{1,30} ){0,2}?(?:positions|trenches|troops|soldiers|dugouts|lines)\b)|"
     r"drop(?:s|ped|ping)? (?:\w{1,30} ){0,2}?(?:grenades|munitions|canisters|shells|bombs) "
     r"(?:filled|loaded|packed|laced) with (?:tear[ -]?gas|irritant gas|chloropicrin)"
     r"(?= on (?:\w{1,30} ){0,2}?(?:positions|trenches|troops|soldiers|dugouts|lines)\b)|"
     r"tear[ -]?gas (?:grenades?|munitions?|canisters?) (?:were )?dropped by (?:an? )?drones?\b"),
    ("Suicide bomb",
     r"suicide[- ](?:car[- ]|truck[- ])?(?:bomb\w*|attack\w*|blasts?|vests?|belts?)|"
     r"blew (?:himself|herself|themselves) up|self-detonat\w*|"
     # "rammed an explosives-laden truck into the compound": a suicide vehicle bomb
     r"(?:rammed|drove|crashed) (?:an? |his |her |their |the )?(?:explosives?-(?:laden|packed)|bomb-laden|"
     r"booby-trapped) (?:car|truck|vehicle|lorry|van|minibus)"),
    ("Disrupted weapons use",
     r"defus\w*|intercept\w*|shot down|shoots? down|shooting down|downed|jammed|thwart\w*|foil\w*|"
     # the weapons told before by a pronoun: "fired two drones at Jizan, and air defences shot them down"
     r"(?:shot|shoots?|shooting) (?:it|them) down\b|"
     r"bomb disposal|"
     # "Air defences down 12 drones over Belgorod region", "air defence destroyed six drones"
     r"air defen[cs]es? (?:systems? |units? |forces )?(?:\w{1,30} )?(?:down|destroy(?:s|ed)?|"
     r"neutrali[sz](?:e|es|ed)|repel(?:s|led)?|repuls(?:e|es|ed))\b|"
     # "US warship downs Houthi drones over Red Sea", "destroyed 43 Ukrainian drones over eight regions": a
     # headline's "downs", or "destroyed" with a count, before the weapons stopped (not "destroyed a depot",
     # nor sappers' "destroyed 120 unexploded rockets")
     r"downs (?:[\w-]{1,30} ){0,3}?(?:drones?|missiles?|rockets?|uavs?)\b|"
     r"destroy(?:ed|s)? (?:\d[\d,]{0,9}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
     r"dozens of|all) (?:(?!unexploded)[\w-]{1,30} ){0,4}?(?:drones|missiles|uavs)\b|"
     # the passive of a count's "destroyed": "47 Ukrainian drones were destroyed overnight, including 22
     # above the Bryansk region" (the drones are what was stopped, not what struck; not drones "destroyed on
     # the ground" or "in a strike": an attack on where they stood)
     r"(?:drones|missiles|uavs) (?:were|had been|have been) (?:\w{1,30} )?(?:destroyed|neutrali[sz]ed)\b"
     r"(?! (?:on the ground|at (?:an? |the |their )?(?:air ?)?(?:base|airfield|depot|site)|"
     r"(?:in|by) (?:an? |the )?(?:\w{1,30} )?(?:strikes?|attacks?|raids?|shelling)\b))|"
     r"(?:seiz|confiscat|recover|found|discover|uncover)\w{0,30}+ (?:\w{1,30} ){0,4}"
     r"(?:weapons|arms|ammunition|explosives|cache|rifles|grenades|mines)|(?:weapons|arms) caches?"),
    ("Sexual violence",
     r"rap(?:e|ed|es|ing)\b|sexual(?:ly)? (?:violence|assault\w*|abuse\w*|exploitation|attacks?)"),
    ("Abduction/forced disappearance",
     r"abduct\w*|kidnap(?!pers?\b)\w*|hostages?|taken captive|held captive|forcibly disappeared|"
     r"enforced disappearances?|snatched|hijack\w*|"
     # "was seized by armed men": a person taken, not ground
     r"(?:seized|grabbed|taken) by (?:\w{1,30} ){0,2}(?:gunmen|armed men|militants|bandits|kidnappers|"
     r"assailants|men|fighters|rebels|separatists|jihadists)\b"),
    ("Mob violence",
     # (not "Mob and police clash": a riot)
     # (nor a mob's act on an official's home or office: a Violent demonstration, below)
     r"\bmobs?\b(?!,? and " + _CROWD_FORCES + r" (?:clash|scuffl))(?! " + _MOB_ON_OFFICIALS + r")|"
     # a fight "with sticks and iron bars", "armed with clubs", "with sticks and brickbats": the crude
     # weapons of a crowd, not of an armed group (not "with machetes and sticks", nor "sticks and guns":
     # the arms of communal militias, which the corpus codes as attacks)
     r"\bwith " + _CRUDE_WEAPONS + r"(?:,? and " + _CRUDE_WEAPONS + r")?\b(?!,? and (?!" + _CRUDE_WEAPONS
     + r")\w)|"
     r"lynch\w*|vigilantes?|angry crowds?|crowds? (?:of \w{1,30} )?(?:attacked|beat|killed|stoned)|"
     r"mob justice|"
     # Communal fights between unarmed groups: "clashes between herders and farmers", "rival groups clash",
     # "deadly clashes between settlers and Pahari residents" (not "between armed groups", nor clans'
     # or tribes' militias, which fight battles)
     r"(?:clash(?:es)?|fighting|violence) between (?:rival )?(?:\w{1,30} )?(?:herders|herdsmen|farmers|"
     r"communities|villagers|residents|settlers|youths|supporters|students)\b(?! and " + _CROWD_FORCES + r")|"
     # (one qualifier may stand between: "rival student wings clash", "rival college groups clash"; not an
     # armed side's: "rival armed groups clash", "rival militia groups", "rival gang groups")
     r"(?:rival (?:(?!(?:armed|militia|gang|tribal|clan|rebel|jihadist)\b)[\w-]{1,30} )?"
     r"(?:groups|supporters|youths|students|wings)|villagers|residents|herders|herdsmen|farmers|"
     r"communities) (?:\w{1,30} ){0,2}clash(?:es|ed)?\b(?! with " + _CROWD_FORCES + r")|"
     r"(?:communal|inter-?communal) (?:clash\w*|violence|fighting)"),
    ("Air/drone strike",
     r"air ?strikes?|air-strikes?|air ?raids?(?! (?:alerts?|alarms?|sirens?|warnings?|shelters?))|"
     r"drone (?:strikes?|attacks?)|drones?\b|loitering munitions?\b|"  # "Loitering munitions hit X"
     # a drone by its kind, and the bombers that drop bombs, not launch missiles (types46: "a quadcopter
     # dropped explosives on a house in Mir Ali", "US B-2 bombers strike Fordow"; not a suicide bomber)
     r"quadcopters?\b|\bb-2s?\b|stealth bombers?\b|"
     r"(?:war|fighter|coalition|military|enemy|army|attack|russian|israeli|government) ?(?:planes?|jets?|"
     r"aircraft|helicopters?)|warplanes?|aircraft|\bjets\b|gunships?|barrel[- ]bombs?|"
     # a state's bombers by model or kind ("US B-2 bombers strike Fordow", "Tu-22 bombers"; heads46), never a
     # suicide bomber; not the missiles a bomber launches (missiles, as the guide codes them: "Tu-95 bombers
     # launched cruise missiles", "missiles fired from strategic bombers")
     # ... or by the state or force that flies them ("US bombers struck X", "Russian bombers hit X"): a
     # state's bombers drop bombs; the suicide bombers of an armed group are never named by a state.
     r"(?<!from )(?:b-\d{1,2}|tu-\d{2,3}\w{0,3}|strategic|stealth|long-range|heavy|us|u\.s\.|american|"
     r"israeli|russian|ukrainian|saudi|coalition|nato|french|british|turkish|iranian|syrian|emirati|"
     r"chinese|military|army|air force|government|junta|regime|enemy) bombers?\b"
     r"(?! (?:launch|launched|launches|fire|fired|fires)\b)|"
     r"aerial (?:bombardment|bombing|attacks?|bombs?)|bombing raids?|\bbombed\b|"
     # bombs dropped are dropped from the air, whatever dropped them: "a jet dropped bombs on the village",
     # "junta helicopter drops bombs on a school" (not a roadside bomb's "bomb" alone, an IED); not
     # "explosives" or "grenades", which drones drop ("drones?" above reads those: "a drone dropped an
     # explosive on a car" read twice took b39-053's toll to another clause)
     r"drop(?:s|ped|ping)? (?:[\w'’-]{1,30} ){0,2}(?:bombs?|barrels?)\b|"
     # "Warplanes bomb X": bomb as a verb after an aircraft is an air strike, not a planted bomb.
     r"(?:warplanes?|planes?|jets?|aircraft|helicopters?|drones?) (?:\w{2,20}ly )?bomb(?:s|ing)?\b|"
     # (with a space or a hyphen: "Zaporizhzhia glide-bomb strike", heads65, blind b67-001)
     r"guided[- ]bombs?|glide[- ]bombs?|"
     # Russia's aerial bombs by designation: "KAB strike on Zaporizhzhia", "FAB-500 dropped on X"
     r"\bkabs?\b|\bfab-?\d{3,4}s?\b|\bfabs? bombs?\b|\bumpks?\b|\bodab-?\d{3,4}s?\b|"
     # drones by model ("Russian Shaheds hit Odesa port", "Geran-2 drones", "Lancets hit air defence near X";
     # not the journal, "the Lancet")
     r"shaheds?\b|gerans?(?:-2)?\b|(?<!the )lancets?\b|bayraktars?\b|"
     # "Myanmar junta bombs village", "Israel bombs Gaza": a state's bombing from the air
     r"(?:junta|military|army|regime|coalition|air force|israel|russia) bomb(?:s|ing)?\b|"
     # "debris damaged an apartment block": of a drone or missile shot down over a town
     r"debris (?:\w{1,30} ){0,3}(?:damag(?:ed|es)|hits?|f(?:e|a)lls?|killed|injured|wounded|struck|started|"
     r"sparked)\b|"
     # "Israeli strikes hit", "US strikes across Yemen", "Israel struck": states that strike from the air.
     # A strike named as a noun by its target or effect ("Kharkiv strike kills 3", "7 killed in strike on
     # school"); not a labour strike ("drivers' strike on Monday", "general strike", "hunger strike").
     # The time may stand between the noun and its verb: "Further strikes overnight hit X" (types54, b31-062).
     r"(?<!general )(?<!hunger )(?<!on )(?<!labour )(?<!labor )(?<!national )(?<!nationwide )"
     r"strikes? (?=(?:also |again |then |later |reportedly |overnight )?"  # "the strikes also hit a market"
     r"(?:on (?!strike|\w+day)|kills?\b|killed\b|hits?\b|leaves?\b|injur|wound|damag|destroy))|"
     + _AIR_STRUCK + r"|"
     r"(?:israel|israeli|u\.?s\.?|american|uk|british|britain|french|france|egyptian|coalition|nato|saudi|"
     r"saudi-led|turkish|turkey|jordanian|"
     r"emirati|pakistani|iranian|regime|russian-syrian|syrian-russian) "
     r"(?:(?:air ?)?(?:strikes?|struck|bombing)|air ?raids?)\b|"
     # "after overnight strikes", "fresh strikes": strikes named by when or how, from the air
     r"(?:overnight|dawn|night-?time|fresh|renewed|retaliatory|precision|pre-?dawn) strikes?\b"),
    ("Shelling/artillery/missile attack",
     r"shell(?:ing|ed|s)?\b|artillery|mortars?|rockets?\b|missiles?|howitzers?|\bgrads?\b|katyushas?|"
     r"himars|atacms|iskanders?(?:-m)?\b|kinzhals?\b|kalibrs?\b|storm shadows?\b|"  # missiles by model
     r"tomahawks?\b|"  # a cruise missile fired from a ship: "Tomahawks hit Isfahan" (heads46)
     r"bombard\w*|pounded|tank fire|projectiles?\b|"
     r"(?:" + _FIRERS + r")fire (?:on|hits?)\b|"
     # headline present tense "Russia pounds Ukraine's grid" (not money, "500 pounds", nor "pounds of TNT")
     r"(?<!\d )pound(?:s|ing)\b(?! of\b| sterling\b)|"
     # a ship sunk by a side's fire ("Houthis sink bulk carrier"): a bare attack, as the guide codes it
     r"(?:sinks?|sank|sunk|sinking) (?:an? |the |another )?(?:[\w'’-]{1,30} ){0,3}"
     r"(?:ships?|vessels?|boats?|carriers?|tankers?|freighters?|tugs?|frigates?|corvettes?)\b"),
    # (not crowd control's stun, sound or flash grenades: "police fired tear gas and stun grenades at
    # students", an intervention, read below among the demonstration's words; types64, blind b64-065)
    ("Grenade", r"(?<!stun )(?<!sound )(?<!flash )grenades?"),
    ("Remote explosive/landmine/IED",
     r"roadside bombs?|improvised explosive|\bieds?\b|landmines?|land mines?|(?:a|the) mine\b|"
     # (the vehicle's bomb with a space or a hyphen: "Baidoa car-bomb attack"; heads65)
     r"firebombings?\b|explosive devices?|car[- ]bomb\w*|truck[- ]bomb\w*|booby[- ]trap\w*|"
     r"bombings?\b|\bbombs?\b|"
     r"explosions?|explod(?:ed|es|e|ing)\b|blasts?\b|detonat\w*|blew up(?! " + _DEMOLISHED_BUILDINGS + r")|"
     r"went off|packed with explosives|"
     # headline present tense: "BLA militants blow up bridge"
     r"explosives?-(?:laden|packed)|blows? up\b(?! " + _DEMOLISHED_BUILDINGS + r")"),
    ("Government regains territory",
     r"recaptur\w*|retook|retaken|retake|regain\w{0,30}+ (?:\w{1,30} ){0,2}control|reclaim\w*|"
     # ground taken back with a particle verb ("took back the town of X", "Army takes back X"; the taker
     # decides regains or overtakes, as for "recaptured"); not people or things carried back ("bodies were
     # taken back to their village") nor power, votes or words taken back; not "won back" (elections)
     r"(?:took|takes?|taken|taking) back\b(?! (?:to|home|into|from|in|on)\b)"
     r"(?! (?:the |their |his |her |its |some |a |an )?(?:power|votes?|voters|seats?|support|trust|lead|"
     r"title|bodies|body|remains|words?|remarks?|comments?|statements?|money)\b)|"
     r"liberat(?:ed|ion|es?|ing)"
     r"(?! (?:army|front|movement|forces|tigers|organi[sz]ation|party|council|struggle))|"
     r"back under (?:government|army) control|"
     r"(?:troops|forces|soldiers|army) (?:\w{1,30} ){0,2}return(?:s|ed|ing)? to\b|"
     # "pushed Russian forces out of the village of Robotyne", "drove al-Shabaab fighters out of X": the
     # pushing side holds the place now (coder._taken_by makes it a takeover when that side is not the
     # state's); not "forced thousands out of their homes"
     r"(?:push|drove|drive|driven|forc|expell?|flush|oust)\w{0,3} (?:[\w'’-]{1,30} ){0,3}"
     r"(?:forces|troops|fighters|militants|rebels|insurgents|jihadists|soldiers|militias?|gunmen|"
     r"units|militiamen|paramilitaries) out of\b"),
    ("Non-state actor overtakes territory",
     r"(?<!was )(?<!were )(?<!been )captur(?:ed|e|es|ing)\b|"
     r"seiz(?:ed|e|es|ing) (?:full |effective )?(?:control|the|parts?|most|much|large|several|two|three|"
     r"a (?:town|village|city|base|district)|(?:a |an )?(?:police|army|military|border|government|rebel|"
     r"junta|key|strategic) (?:stations?|posts?|bases?|outposts?|headquarters|camps?|crossings?|towns?|"
     r"garrisons?|positions?|barracks|compounds?|buildings?)|"
     # headline grammar drops the article: "White Army seizes garrison after days of fighting"
     r"(?:garrison|base|town|city|village|camp|outpost|barracks|headquarters)s?)\b|"
     # a headline's place described before its name: "Al-Shabaab seizes central Somali town of X", "seizes
     # key Ukrainian city" (one word before the place noun, a compass word or "key" before that; not "seized
     # cattle from villages"; a base seized "briefly" is a clash, as the corpus codes it)
     r"(?<!briefly )seiz(?:ed|e|es|ing) (?:(?:northern|southern|eastern|western|central|"
     r"north-?(?:east|west)ern|south-?(?:east|west)ern) )?(?:(?:key|strategic|main|remote|border|another) )?"
     r"[\w-]{1,30} "
     r"(?:towns?|villages?|city|cities|districts?|bases?|garrisons?|camps?|outposts?|ports?)\b|"
     # a side's post by its owner: "Arakan Army seizes junta's battalion headquarters in Buthidaung"
     r"seiz(?:ed|e|es|ing) [\w-]{1,30}['’]s? (?:[\w-]{1,30} ){0,3}?"
     r"(?:headquarters|bases?|garrisons?|barracks|outposts?)\b|"
     # "SDF declares full control of Raqqa": the taking announced by the side that took it
     r"declar\w{0,30}+ (?:full |complete |total )?control (?:of|over)\b|"
     # "took back control of Lashio" (whose it was decides the sub-type: coder's taker rules)
     r"(?:took|taken|tak(?:e|es|ing)|gain(?:ed|s)?|assum(?:e|es|ed)) (?:back )?"
     r"(?:full |effective |complete |total )?control\b|"
     r"falls? to (?:the )?(?:\w{1,30} ){0,2}(?:forces|rebels|troops|fighters|militants|"
     r"insurgents|jihadists|militias?|army|junta|group|alliance|the rsf|rsf|m23|taliban|houthis|hts|"
     r"al-shabaab)\b|"
     r"swe(?:pt|eps?|eeping) (?:into|through)\b|storm(?:s|ed|ing)? (?:into|through)\b|"
     r"overr?an\b(?!" + _POSTS + r")|overrun(?!s?" + _POSTS + r")|(?<!military )(?<!army )takeover\b|"
     r"fell to|fallen to|taken over by|took over\b|tak(?:e|es|ing) over\b|"
     # "stormed the town of Macomia on Friday and held it for two days": a town stormed and held is taken
     r"storm(?:s|ed|ing)?(?= (?:[\w'’-]{1,30} ){0,8}?and (?:then |later )?(?:held|holds?|holding) "
     r"(?:it|them|on to it|the (?:town|city|village|port|area|district|base|camp|garrison))\b)|"
     # (types65) a named town stormed, its holding told after a comma or later in the clause ("stormed
     # Surab ... on Friday, torching a bank and the Levies station and holding the town for several hours",
     # "stormed the town of X ... and were still in control of the town on Monday"), or its police or troops
     # made to flee ("stormed the central town of Mirebalais ..., forcing police officers to flee"); not a
     # building or post stormed ("stormed a police station in X, holding it for an hour": a clash)
     r"storm(?:s|ed|ing)?(?= (?!(?:a|an|its|their)\b|"
     r"the (?!(?:[\w'’-]{1,20} ){0,2}(?:town|city|village) of\b))"
     r"(?:[\w'’,-]{1,30} ){0,16}?(?:" + _STORMED_TOWN_HELD + r"))"),
    ("Attack",
     r"massacre\w*|executed|execution-style|"
     # a beating by armed men, forces or settlers of people named after the verb: "Soldiers beat curfew
     # breakers in X", "Militia beats traders in Y", "Police beat dozens of street vendors in Z" (one-sided:
     # an attack whoever the people are; not a defeat: "Police beat Army 2-1", "beat the deadline", "beat
     # back an assault", "beat a hasty retreat": no person after the verb)
     r"(?:" + _BEATERS + r")beats?(?: up)? (?:[\w'’-]{1,30} ){0,3}?(?:" + _CIVILIANS + r"|"
     + _BEATEN_PEOPLE + r")\b|"
     r"bod(?:y|ies) (?:\w{1,30} ){0,2}(?:were |was )?(?:dumped|found|discovered|recovered|left)\b|"
     # ("Bodies of 12 men found in X": the victims between; not the toll of an act told after it: "Bodies
     # of 12 men found near X after gunmen raid")
     r"bod(?:y|ies) of (?:\w{1,30} ){2}(?:were |was )?(?:dumped|found|discovered)\b" + _NOT_AFTER_ACT + "|"
     # the find told by its verb first: "police found the bodies of six men dumped near X", "Twenty-seven
     # inmates were found dead in a cellblock of X prison" (the bodies' place is the act's, as above)
     r"(?:(?<=found the )|(?<=found )|(?<=discovered the ))bod(?:y|ies)\b" + _NOT_FIGHTERS + "|"
     # a headline's present tense, and a count between: "Police find 10 bodies in X", "found six bodies"
     # (not "... six bodies near X after night of clashes": the clashes' toll)
     r"(?:finds?|found|discover(?:s|ed)?) (?:the )?(?:(?:at least |more than |some )?(?:\d{1,6}|two|three|"
     r"four|five|six|seven|eight|nine|ten|\w{1,10}teen|twenty|thirty|dozens of|several|more) )bod(?:y|ies)\b"
     + _NOT_FIGHTERS + _NOT_AFTER_ACT + "|"
     r"(?<=were )found dead\b(?! (?:of|from|after) )|"
     # (a count with its hedge between, sites62: "accused soldiers of executing at least 20 men")
     r"execut(?:es|e|ing) (?:(?:at least|more than|some|about|nearly|over|up to) )?(?:\w{1,30} ){0,2}"
     r"(?:" + _CIVILIANS + r")\b|"
     r"summar(?:y|ily) execut\w*|stabbed|assassinat\w*|"
     r"hacked to death|behead\w*|"
     # with the victims between: "militiamen hack 11 displaced people to death", "hacked two farmers to death"
     r"hack(?:s|ed|ing)? (?:[\w'’-]{1,30} ){1,3}to death\b|"
     r"burned alive|opened fire on (?:\w{1,30} ){0,2}(?:" + _CIVILIANS + r")|"
     # (not a force's own school, hospital or camp: "attack gendarmerie school", "raided a military hospital")
     r"(?:attack|raid)\w{0,30}+ (?:on )?(?:(?!(?:military|army|police|gendarmerie|naval)\b)\w{1,30} ){0,2}"
     r"(?:" + _CIVILIANS + r")\b|"
     r"(?:village|market|church|mosque|school|hospital|camp|wedding|funeral) (?:raids?|attacks?)\b"),
    ("Armed clash",
     # (not "clashes between protesters and police": a riot, below)
     r"clash(?:es|ed)?\b(?! between (?:\w{1,30} ){0,2}(?:" + _CROWD + r") and " + _CROWD_FORCES + r")|"
     r"fighting|infighting|fought|shoot-?outs?|firefights?\b|gunfights?|gun ?battles?|"
     # headline present tense: "Somali troops and al-Shabaab fight for control of Adan Yabaal" (not a trade's
     # routes, "gangs fight for control of drug routes": a rivalry, not a battle at a place)
     r"fights? for control of\b(?! (?:the )?(?:drug|coca|cocaine|smuggling|trafficking|mining|gold|routes?|"
     r"markets?|trade)\b)|"
     r"battles?\b|battled|battling|"
     r"exchanged (?:heavy |intense |sporadic )?fire|exchange of fire|"
     r"skirmish\w*|ambush\w*|offensive|counter-?attack\w*|"
     r"counteroffensives?|assault(?:ed|s)?\b|overr(?:an|uns?)(?=" + _POSTS + r")|"
     # (not "besieged" as an adjective after a determiner, a state: "to reach the besieged South Kordofan
     # capital", "residents of the besieged city of X"; "rebels besieged X" is an act)
     r"besieg(?!ed\b)\w*|(?<!the )(?<!its )(?<!their )(?<!this )(?<!that )(?<! a )besieged\b|"
     # (a siege of a place that holds civilians is told by whom it killed, not a battle: "kill nine guests in
     # Kismayo hotel siege"; types46)
     r"(?<!hotel )(?<!school )(?<!mall )(?<!restaurant )siege|"
     r"raided|(?<!air )(?<!air-)raids?\b|incursions?|stormed|"  # not "air raid alert"
     # headline present tense: "al-Shabaab fighters storm hotel in Kismayo" (not weather, "storms hit")
     r"(?:" + _STORMERS + r")storm(?:s|ing)?\b(?! (?:into|through)\b)|"
     r"infiltrat\w*|"
     # "Russian forces advance near Pokrovsk": ground fighting along a front
     r"advanc(?:e|es|ed|ing) (?:on|near|towards?|into|in|around|closer)\b|"
     # "Israeli tanks push into Rafah", "troops pushed deeper into the city"
     r"push(?:es|ed|ing)? (?:deeper |further )?(?:into|towards?)\b|"
     r"heavy (?:gunfire|weapons fire)|(?<!with )gunfire|exchanges? of fire|"
     r"exchang(?:e|es|ing) (?:heavy )?fire\b|"  # headline present tense: "forces exchange fire"
     r"trad(?:e|es|ed|ing) (?:heavy )?fire\b|"  # "FARDC and M23 trade fire", "traded fire with"
     # "Pokrovsk under fire as ...", "the convoy came under heavy fire" (not the idiom "under fire over
     # its handling of ...", "under fire for", "under fire from critics")
     # ("under Israeli fire", "under heavy JNIM fire": up to two words before it; not a weapon's, "under
     # mortar fire", which its own family's trigger reads)
     r"under (?:(?!" + _FIRE_WEAPONS + r")[\w'’-]{1,20} ){0,2}?fire\b"
     r"(?! (?:ban|safety|code|drill|service)s?\b)"
     r"(?! (?:over|for|from (?:critics|lawmakers|rights|opposition|the opposition|activists))\b)"),
    ("Violent demonstration",
     r"(?<!anti-)riot(?:s|ed|ing|ers)?\b(?! police| gear| squads?| control| units?)|molotov|"
     r"petrol bombs?|stone-throwing|threw (?:stones|rocks)|hurl\w{0,30}+ (?:stones|rocks)|"
     # "supporters pelt police with stones", "youths stone police", "burn tyres": a crowd's own violence
     r"pelt(?:s|ed|ing)? (?:\w{1,30} ){0,3}?with (?:stones|rocks)\b|"
     r"ston(?:e|es|ed|ing) " + _CROWD_FORCES + r"|burn(?:s|ed|t|ing)? (?:\w{1,30} )?tyres\b|"
     r"(?:protesters|demonstrators|supporters|crowds?|rioters|youths|students) (?:\w{1,30} ){0,3}"
     r"(?:storm(?:ed|s|ing)?|broke into|forced their way)\b|"
     r"mobs? " + _MOB_ON_OFFICIALS + r"|"
     # a crowd burning what it faces ("Supporters torch police post in Kano", "Students set fire to buses
     # in Sylhet", "Angry residents torch police station"): its own violence, as the corpus codes it (38 of
     # 46 such short items; a mob's is Mob violence, left to the rules that read "mob"; protesters and
     # demonstrators are read as a protest already, which the torching makes violent)
     r"(?:supporters|youths|students|residents|villagers|fans) "
     r"(?:torch(?:ed|es)?|set(?:s|ting)? fire to|burn(?:s|ed|t)|ransack(?:s|ed)?)\b|"
     # "Students clash with police in X", "Garment workers scuffle with police", "Demonstrators and riot
     # police clash", "clashes between protesters and police": a crowd's own violence against the forces
     # facing it, not a battle between armed sides (ACLED: Violent demonstration)
     r"(?:" + _CROWD + r") (?:\w{1,30} ){0,2}"
     r"(?:(?:clash(?:es|ed|ing)?|scuffl(?:e|es|ed|ing)) with|(?:fight|fought|battle[ds]?)(?: with)?)"
     r" " + _CROWD_FORCES + r"|"
     r"(?:" + _CROWD + r")(?:,| and) " + _CROWD_FORCES + r" (?:clash(?:ed)?|scuffl(?:e|ed))\b|"
     r"(?:clash(?:es)?|scuffles?) between (?:\w{1,30} ){0,2}(?:" + _CROWD + r") and " + _CROWD_FORCES + r"|"
     r"(?:riot )?police(?:,| and) (?:" + _CROWD + r") (?:clash(?:ed)?|scuffl(?:e|ed))\b"),
    ("Peaceful protest",
     _TRADES + r" strikes?\b|protest\w*|counterprotest\w*|demonstrators?|demonstrations?|"
     # "hundreds demonstrated in front of the UN base": the verb, not "demonstrated its reach / that ..."
     r"demonstrat(?:ed|ing)\b(?! (?:that|its|their|the|a|an|his|her|how|what|again|once|clearly|anew|"
     r"support|solidarity|resolve|strength|capabilit\w*)\b)|"
     r"rall(?:y|ies|ied)|marched|marches\b|sit-ins?|dharnas?\b|"  # a dharna: a sit-in protest (South Asia)
     # the noun "march" as what forces break up ("Riot police break up Kampala march", "dispersed a student
     # march"; heads46); not the month: no preposition or time word between ("dispersed them in March")
     r"(?:dispers(?:e|es|ed|ing)|break(?:s|ing)? up|broke up|broken up) (?:an? |the )?"
     r"(?:(?!(?:in|on|by|since|until|till|through|during|from|last|next|early|late|mid|them|it)\b)"
     r"[\w'’-]{1,30} ){0,2}?march\b|"
     # a headline's present tense after its crowd ("Thousands march in X"; not the month, "in March")
     r"(?:thousands|hundreds|dozens|crowds|protesters|demonstrators|students|workers|women|supporters|"
     r"opponents|residents|farmers|activists|teachers|doctors|nurses) march\b|"
     r"marchers|tear ?gas|water cannons?|"
     # crowd control's grenades, plural as forces fire them at a crowd ("fired stun grenades at students in
     # X"; not "a drone dropped a stun grenade near farmers")
     r"(?:stun|sound) grenades\b|flash-?bangs\b|"
     # a road named for its towns is hyphenated ("blocked the Dhaka-Aricha highway at Savar", heads51)
     r"(?<!police )(?<!authorities )(?<!troops )(?<!army )(?<!soldiers )block(?:ed|ing|s)? "
     r"(?:[\w'’-]{1,30} ){0,3}(?:roads?|streets?|bridges?|highways?|crossings?|junctions?|intersections?)\b|"
     # (not a vigil: a prayer or a mourning, "a vigil in Garissa on the tenth anniversary of the attack";
     # one held in protest says so: "protest", "demonstrators")
     r"took to the streets|general strike|went on strike|on strike|strikers|picket\w*|"
     # a shutdown by traders ("Karachi traders down shutters in strike", "traders in Kano shut their shops
     # in protest"): their protest, not a market closed by others ("authorities shut markets over cholera")
     r"(?:traders|shopkeepers|merchants|vendors|businessmen) (?:\w{1,30} ){0,3}?"
     r"(?:shut|shuts|shutting|closed|close|closes|closing|down|downed|downing|pull(?:ed|s|ing)? down|kept) "
     r"(?:their |all |the )?"
     r"(?:shops|markets|shutters|stores|businesses)\b|"
     # "students occupy campus building": an occupation by protesters is a protest
     r"(?:protesters|demonstrators|students|activists|workers|farmers) (?:\w{1,30} ){0,2}"
     r"occup(?:y|ies|ied|ying)\b"),
    ("Arrests",
     r"arrest\w*|rearrest\w*|detain\w*|detention(?! cent(?:re|er)s?| facilit\w*| camps?)|into custody|"
     r"in custody|rounded up|apprehend\w*"),
    ("Headquarters or base established",
     r"(?:set up|sets up|established|establish|establishes|opened|built|building|setting up) "
     r"(?:a |an |its |their |new |"
     # (two free words before the noun: "set up a new regional command headquarters in Ann", blind b71-043)
     r"forward |military ){0,6}(?:\w{1,30} ){0,2}"
     r"(?:base|headquarters|outpost|camp|command (?:post|centre|center)|garrison)|"
     # "RSF moves its headquarters to Nyala", "relocated their command centre to X"
     r"(?:mov|relocat|transferr?)(?:e|es|ed|ing) (?:its |their |the )?(?:\w{1,30} )?"
     r"(?:headquarters|base|command (?:post|centre|center)) to\b"),
    ("Non-violent transfer of territory",
     r"withdr[ae]w\w{0,30}+ (?:\w{1,30} ){0,3}(?:troops|forces|soldiers|fighters|from (?:the )?(?:town|city|"
     r"village|area|region|positions?|base))|(?:troops|forces|soldiers|fighters|rebels|militants|"
     r"insurgents|peacekeepers|militias?|army|military) (?:\w{1,30} ){0,2}"
     r"(?:withdr[ae]w\w*|pull(?:s|ed|ing)? out|retreated)|"
     # headline present "after soldiers leave", "SDF fighters leave town" (the verb right after the noun:
     # not "troops were to leave southern Lebanon")
     r"(?:troops|forces|soldiers|fighters|army) leav(?:e|es)\b|"
     # the withdrawal told as a noun ("Ukrainian troops enter Kherson after Russian withdrawal"): the
     # entry it frames was unopposed (_entered_as_they_left)
     r"\bafter (?:the |a |an )?(?:[\w'’-]{1,30} ){0,2}?withdrawal\b|"

     r"pull(?:s|ed|ing)? out of|withdr[ae]w from|"
     # "handed the ruby-mining town of Mogok back", "handing over control of the airport"
     r"hand(?:s|ed|ing)? (?:over )?(?:[\w'’-]{1,30} ){0,3}"
     r"(?:control|town|city|base|area|positions?|camp|garrison|headquarters|compound|airport|barracks)|"
     # the town named between: "TNLA hands Mogok back to junta", "SDF hands over Deir Hafer to the army"
     r"hand(?:s|ed|ing)? (?:over )?(?:[\w'’-]{1,30} ){1,3}(?:back )?to (?:the )?"
     r"(?:government|army|military|junta|regime|troops|forces)\b|"
     r"handover of|without (?:a )?(?:fight|resistance|shot)|without firing a shot|unopposed|ceded|"
     r"relinquish\w*"),
    ("Looting/property destruction",
     r"loot\w*|plunder\w*|ransack\w*|pillag\w*|torch(?:ed|ing|es)?\b|bulldoz\w*|"
     # "gangs burn police station": buildings burned (people "burned to death" are another act)
     # a possessive owner between ("burned the administrator's office")
     r"burn(?:s|ed|t|ing)? (?:down )?(?:\w{1,30}(?:['’]s)? ){0,2}"
     r"(?:homes?|houses?|stations?|buildings?|offices?|"
     r"shops?|church(?:es)?|mosques?|vehicles?|cars?|trucks?|lorries|buses|villages?|markets?|schools?|"
     r"headquarters|quarters?|neighbou?rhoods?|hamlets?|settlements?|camps?|"
     # chapels, huts and clinics burned in raids on villages ("insurgents burned a chapel and about 40
     # homes", "burned a health centre in Menchum division"; not granaries: a farmer's "burned the
     # granaries" in quotes tells no place, l32-002; a church or churches, sites62: the noun was spelled
     # "churches?", which held no "church")
     r"chapels?|huts?|clinics?|health (?:cent(?:re|er)|posts?)|"
     # farmers' trees and crops burned by raiders ("settlers burn olive groves in X", "herders burned
     # orchards and crops near Y")
     r"groves|orchards?|crops|farmlands?)\b|"
     # a count told with its hedge, and fuel tankers: "burned at least 40 fuel tankers near X"
     r"burn(?:s|ed|t|ing)? (?:at least|more than|some|about|nearly|over) (?:\w{1,30} ){1,2}"
     r"(?:vehicles|cars|trucks|lorries|buses|tankers)\b|"
     r"burn(?:s|ed|t|ing)? (?:\w{1,30} ){0,2}tankers\b|"
     # a convoy of goods burned, told with its size and load between ("burned a convoy of 40 supply trucks":
     # types52); not a convoy of the army or police (a clash, decided by its other words)
     r"burn(?:s|ed|t|ing)? (?:a |the )?convoys? of (?!(?:[\w-]{1,30} ){0,2}(?:army|military|police)\b)"
     r"(?:[\w-]{1,30} ){0,3}(?:vehicles|cars|trucks|lorries|buses|tankers)\b|"
     r"t(?:ear|ore|ears|earing) up\b|set (?:ablaze|on fire|alight|fire to)|"
     # with the object between: "fighters set three trucks ablaze", "sets a market on fire"
     # (not people's bodies: "beat two men to death and set their bodies on fire" is the beating's); the
     # trigger is the verb, the rest a look-ahead: the object may be the place ("set Izmail port ablaze")
     r"set(?:s|ting)?(?= (?!(?:[\w'’-]{1,30} ){0,2}bod(?:y|ies)\b)"
     r"(?:[\w'’-]{1,30} ){1,4}(?:ablaze|on fire|alight)\b)|"
     r"burn(?:ed|t) down|razed|demolish\w*|vandali[sz]\w*|arson|"
     # houses blown up by the side that holds the ground (the trigger is the verb; the buildings a look-ahead)
     r"(?:blew|blow(?:s|ing)?|blown) up(?= " + _DEMOLISHED_BUILDINGS + r")"),
    ("Change to group/activity",
     r"pledged allegiance|disband\w*|merg(?:ed|er)|defected|"
     # a group ending itself: "HTS announced its dissolution at a conference in X" (blind b71-038; not a
     # parliament or a government dissolved by another)
     r"announced (?:its|their) (?:own )?dissolution|dissolved itself|"
     r"recruit(?:ed|ing|ment)\b(?! cent(?:re|er)s?| offices?| stations?| posts?| camps?)|"
     r"mobili[sz](?:ed|ation|es?|ing)\b|"
     r"suspended (?:its |their )?(?:operations|activities)|"
     # a group's disarmament told by its act: "PKK fighters burn weapons near X, begin disarmament", "MILF
     # fighters hand over rifles at decommissioning ceremony in X" (a ceremony or the word nearby: not
     # soldiers who "surrender weapons" to a victor, nor a call to "lay down arms")
     r"(?:burn(?:s|ed|t)?|hand(?:s|ed)? over|lays? down|laid down) (?:their |its |heavy )?"
     r"(?:weapons|arms|rifles|guns)\b(?=[^.;:]{0,40}\b(?:ceremony|disarmament|decommissioning)\b)"),
    ("Other",
     # not forces sent in answer to an act just told ("had deployed tactical teams to the area to rescue
     # the victims", "troops had been deployed to track the attackers"): no event of its own
     r"(?:re)?deployed(?! (?:[\w-]{1,30} ){0,3}to (?:the (?:area|scene|community|village|town|locality)\b|"
     r"(?:track|hunt|pursue|rescue|secure|search|trace|comb|arrest|apprehend|find|free|restore)\b))|"
     r"troop build-?up|massed (?:troops|forces)|coup\b|seiz\w{0,30}+ power|"
     # a headline's present tense: "Army deploys reinforcements to Djibo", "IDF deploys tanks in Jenin"
     r"deploys (?:[\w'’-]{1,30} ){0,2}(?:troops|tanks|reinforcements|soldiers|forces|units)\b|"
     # forces moved to a place ("moved dozens of tanks and hundreds of soldiers to X", "rushes troops to
     # X", "had flown reinforcements, including artillery units, to X"): the verb is the trigger, the forces
     # and the "to" a look-ahead; not forces sent after an act just told ("to the area", "to track the
     # attackers"), as for "deployed". Not "sent": the corpus codes no event for "had sent (N) troops to X"
     # told beside violence (g42-040, g42-074, l12-009, l25-009, n64-009, p12-029: tried, lost 14 rows)
     r"(?:moved|flown|flew|rushe[sd])(?= (?:[\w'’,-]{1,30} ){0,6}?"
     r"(?:troops|tanks|reinforcements|soldiers|battalions?|companies|units|contingents?)\b,?"
     r" (?:[\w'’,-]{1,30} ){0,4}?to (?!the (?:area|scene)\b|(?:track|hunt|pursue|rescue|search|comb)\b))|"
     # a coup's first act: "Soldiers seize state TV in Ouagadougou"
     r"seiz(?:ed|e|es|ing) (?:the )?state (?:tv|television|radio|broadcaster|media)|"
     # people held set free (ACLED's Other): "troops free 20 hostages", "released a kidnapped engineer",
     # "Gunmen free 15 abducted pupils", "Two of the captives, both teachers, were freed hours later" (the
     # verbs only: "the release of", "freeing" read as a demand or a deal stay out, see _UNREAL; not a
     # statement, a video or prisoners released: the object must be people held by captors; not a swap,
     # "freed three hostages on Sunday in exchange for 90 prisoners": the truce's exchange, l23-010)
     r"(?:releas(?:ed|es|ing)|fre(?:ed|es|e)) (?:[\w'’-]{1,30} ){0,3}"
     r"(?:hostages?|captives?|abductees|kidnap(?:ped|ees?)|abducted)\b"
     r"(?! (?:[\w'’-]{1,30} ){0,6}in (?:exchange|return) for\b)|"
     r"(?:hostages?|captives|abductees)(?:,(?: [\w'’-]{1,30}){1,4},)? "
     r"(?:were|was|have been|has been|had been) (?:\w{1,30} )?(?:released|freed)\b"),
    ("Agreement",
     r"truce|cease-?fire|cessation of hostilities|"
     r"peace (?:deal|agreement|accord|pact|treaty|plan)|agreements?|agreed|\baccords?\b|"
     r"treaty|signed|\bpact\b|brokered|prisoner (?:swap|exchange)|armistice|memorandum of understanding|"
     # headline present tense: "Afghanistan and Pakistan agree immediate ceasefire", "X and Y sign truce"
     r"agrees?\b(?! to\b| with\b| on (?:the )?need)|"
     r"signs? (?:an? |the )?(?:[\w-]{1,30} ){0,2}(?:deal|agreement|accord|pact|truce|ceasefire|declaration|"
     r"treaty|memorandum)|"
     r"\bdeal\b|arrangements"),
    ("Meeting/talks",
     # (not "a news conference": where a statement is made, no talks; nor "walked into Bukavu on Sunday,
     # meeting no resistance", "were met with stiff resistance": an advance unopposed or opposed, whose day
     # the talks took from it: blind b23-063, b30-055; tolls53)
     r"meeting(?! (?:no |little |any |stiff |fierce |heavy |strong )?(?:resistance|opposition))|"
     r"\bmet\b(?! (?:with )?(?:no |little |any |stiff |fierce |heavy |strong )?(?:resistance|opposition))|"
     r"\bmeets?\b|summit|\btalks\b|(?<!news )(?<!press )conference|videoconference|"
     r"convene\w*|\bsession\b|"
     r"negotiat\w*|renegotiat\w*|"
     r"consultations|visited|hosted|(?:national |peace |political )dialogue"),
    ("Statement",
     r"\bsaid\b|\bsays\b|statement|announced|warned|urged|expressed|condemn\w*|stated|\btold\b|claimed|"
     r"denied|admitted|acknowledged|accused|called (?:on|for)|demanded|\badded\b|declared|insisted|regret\w*|"
     r"welcomed|confirmed|rejected|vow(?:ed|s)\b|promised|urges\b|pledges\b|criticis\w*|criticiz\w*|blamed|appealed|concerned|spokes\w+|"
     r"communiqu\w*|"
     # a headline's present of "told" with its audience: "Zelensky tells reporters in Kyiv he will not cede
     # Donbas", "Qatar's PM tells news conference in Doha ..." (not "tells of", nor a story that "tells")
     r"tells (?:a |the )?(?:reporters|journalists|(?:news |press )?(?:conference|briefing)|rally|crowd|"
     r"parliament|lawmakers|troops|soldiers|supporters|mourners|state (?:tv|television|media))\b|"
     # "speaking in Jos after a security meeting, described the killings as": the speaking is the statement
     # (not "Russian-speaking", nor a source "speaking on condition of anonymity")
     r"(?<![\w-])speaking(?=\s(?:in|at|to)\s)(?![^,.;]{0,40}\bcondition\b)"),
    (GENERIC,
     r"attack(?:s|ed|ing|ers)?\b|strikes?\b|killed|kills?\b|"
     r"(?<!earthquake )(?<!quake )(?<!lightning )(?<!storm )struck\b"
     r"(?! (?:a |an |the )?(?:\w{1,30} )?(?:deal|agreement|accord|chord|balance|note|tone|compromise|bargain|"
     r"pact|down)\b)|killing|killings|gunmen|opened fire|"
     # "attacked a police station ..., martyring two policemen": Pakistan's "killing" (actors62)
     r"martyring|"
     # present-tense headline verbs after armed men ("Gunman opens fire at checkpoint", "Navy fires on
     # fishing boats"), not the noun ("set off huge fires at the terminal")
     r"(?:" + _STORMERS + r")(?:fires?|opens? fire) (?:on|at)\b|"
     # the headline's present of "shot" / "wounded" after armed men or fire: "Soldiers shoot teenager in
     # X", "Army fire wounds shepherd near Y" (not "shoot down" a drone or a bill, "shoots past" a keeper,
     # "shoot up", nor an order or a denial: "ordered to shoot", "deny shooting")
     r"(?:" + _SHOOT_WOUND_SUBJECTS + r")(?:shoots?|wounds?)\b(?! (?:down|past|up)\b)|"
     r"fired (?:on|at)|targeted|shot dead|gunned down|shot\b|gunshot\b|"
     # the headline's present of "gunned down", "shot dead": "Militants gun down two policemen in X"
     # (not the noun: "put the gun down", "lays gun down")
     r"(?<!the )(?<!a )(?<!his )(?<!her )(?<!their )(?<!put )(?<!puts )(?<!lay )(?<!lays )(?<!laid )"
     r"gun(?:s|ning)? down\b|shoot(?:s|ing)? dead\b|"
     # "Kharkiv was hit overnight, the governor said": a place hit by an unnamed weapon (not by a storm,
     # a flood, a car or sanctions, nor "hit hard")
     # "Russia pounds Ukraine's grid, Lviv hit": the headline's bare passive, at a break
     r"hit(?=,|;|:| [|–—-] | again\b| overnight\b| twice\b|\s*$)|"
     r"(?:(?<=was )|(?<=were )|(?<=been ))hit\b(?! hard| by (?:a |an |the )?(?:\w{1,30} )?"
     r"(?:floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|earthquakes?|quakes?|droughts?|rains?|"
     r"power cuts?|outages?|sanctions|inflation|shortages?|cars?|trucks?|vehicles?|bus|trains?|lightning|"
     r"heat ?waves?|virus|outbreaks?|cholera|covid|strikes? action|protests?)\b)|"
     # Noun headlines that report only the toll: "Two dead in X", "Casualties in X", "X death toll rises".
     # Not a tally of a war: "Most casualties were in X", "death toll passes 40,000".
     r"(?<!most )(?<!all )dead\b|(?<!most )(?<!all )casualties|"
     # "Officials in Dnipro and Kharkiv also reported deaths": more places of the act just told
     r"(?:(?<=also reported )|(?<=also reported more ))(?:deaths|fatalities)\b|"
     # "Heavy losses among RSF fighters in X": losses of a side in fighting (not "economic losses")
     r"(?:heavy |huge |severe |major )?losses (?=among|in the ranks)|heavy losses\b|sniper (?:fire|shots?)|"
     # "Port-au-Prince gang violence leaves 12 dead": violence of armed groups (not "sexual violence")
     r"(?:gang|armed|ethnic|communal|intercommunal|inter-communal|sectarian|tribal|militia|cartel|jihadist) "
     r"violence\b|"
     r"death toll(?! (?:of the war|(?:has |now )?(?:pass|surpass|top|exceed|cross)\w*))"),
]
# _RULE_SCAN.finditer is _RULE_RE.finditer, tried only where a rule's first words occur, and there only
# with the rules' alternatives that start with them.
_RULE_SCAN = AlternativeScan([(f"r{i}", p) for i, (_, p) in enumerate(_RULES)], before=r"(?<!\w)")
_RULE_RE = _RULE_SCAN.pattern
_RULE_SUB = [sub for sub, _ in _RULES]

_EVENT_NOUN = re.compile(r"attacks?|strikes?|air ?strikes?|raids?|bombings?|shelling|ambush|assault|"
                         r"clash(?:es)?|negotiations|talks|fighting|war|"
                         r"incidents?|explosions?|blasts?|massacre|killings?|offensive|fighting|"
                         r"bombardments?|sieges?")
# A weapon refers back to the act told before as an event noun does ("The bomb that hit X left a crater"),
# but only with a determiner right before it (not "their drones": a group's arms; not "that day a roadside
# bomb")
_WEAPON_NOUN = re.compile(r"bombs?|missiles?|rockets?|shells?|drones?|mortars?|grenades?|devices?")
_WEAPON_BACK = re.compile(r"\b(the|this|that|these|those)\s"
                          r"(?!(?:an?|day|night|morning|evening|week|time)\s)"
                          r"(?:[\w'’-]{1,30}\s)?$")


# Session 47 (types59): a remote strike that opens its sentence by its owner's possessive and names its own
# target ("The junta's airstrike on the general hospital in X killed 33", "The army's shelling of X's main
# market killed nine"): a report of the act, not a retelling of one told before (the possessive names who,
# which a back reference leaves out); the generic toll after it is the strike's, not an attack on people.
_OWNER_OPENS = re.compile(r"\s{0,3}the\s{1,3}[\w-]{1,20}['’]s\s{1,3}(?:[\w-]{1,20}\s{1,3})?")
_OWNER_OPENS_CHARS = 60  # its longest match
_OWN_TARGET_AFTER = re.compile(r"\s{1,3}(?:on|of|against)\s")
_OWNER_STRIKE_SUBS = ("Air/drone strike", "Shelling/artillery/missile attack")


def _agrees(determiner: str, noun: str) -> bool:
    """A demonstrative agrees in number with the noun it points at: "that drone", "those attacks". Else the
    "that" is a conjunction ("officials said that Russian drones struck X": a report, not a retelling)."""
    if determiner not in ("this", "that", "these", "those"):
        return True  # "the", "its", "their", a day's possessive: either number
    return (determiner in ("these", "those")) == noun.endswith("s")


_EVENT_WORD = re.compile(r"(?:" + _EVENT_NOUN.pattern + r")\b")  # at the start of a longer trigger
# "the attack", "these recent strikes", "this week's raid": a trigger that refers back to an event.
# A day's possessive retells too: "Tuesday's bombing was the deadliest in X", "Sunday's attack on Y".
_BACK = re.compile(r"\b(the|this|that|these|those|its|their|such|same|"
                   r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['’]s|yesterday['’]s|last\s+night['’]s)"
                   r"\s+(?:[\w'’-]+\s+){0,2}$")
# "after the killing of X", "following the attack on Y", "recalled the 2021 assault on Z": an earlier event.
_AFTER_THE = re.compile(r"\b(?:after|following|since|before|recall(?:s|ed)|echo(?:es|ed)|"
                        # "days after similar attacks in neighbouring X": other acts, named to compare
                        r"mirror(?:s|ed)) (?:the|that|an?|similar|last \w{1,30}'s|this \w{1,30}'s|"
                        r"(?:days|weeks|months|years) of) (?:[\w'’-]{1,30} ){0,2}$")
# "torch buses after gang leader's arrest", "riots erupt after arrest of X", "clash with police after his
# arrest": an arrest named as the cause of the act the line reports (words of a possessor, a name or an
# article between; bounded look-back).
_AFTER_ARREST = re.compile(r"\b(?:after|following|over)\s(?:[\w'’.-]{1,30}\s){0,3}$")
_AFTER_ARREST_CHARS = 110  # its longest match


# "Mobs torch homes in Imphal after six bodies found near Jiribam", "Clashes erupt in X after body of cleric
# found near Y": bodies found, told after another act as its cause, are not an attack of the report (the
# corpus codes the place of the bodies as context). Only right after "after"/"following" (the act's words
# between are the bodies' own: "after the bodies of three women were found").
_AFTER_BODIES = re.compile(r"\b(?:after|following)\s(?:[\w'’.-]{1,30}\s){0,2}$")
_AFTER_BODIES_CHARS = 80  # its longest match


def _bodies_as_cause(low: str, t: Trigger, first_act: int | None) -> bool:
    """Whether the bodies-found trigger ``t`` only names the cause of an act the sentence told before it
    (``first_act``: the start of the sentence's first trigger that is no such find)."""
    return first_act is not None and first_act < t.start and low.startswith("bod", t.start) \
        and _AFTER_BODIES.search(low, max(0, t.start - _AFTER_BODIES_CHARS), t.start) is not None


# "The ELN's commanders have agreed to a unilateral truce", "declared a unilateral ceasefire": one side's
# pause is no agreement between sides (nor is the verb that tells it, just before: bounded windows).
_UNILATERAL = re.compile(r"\bunilateral(?:ly)?\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}$")
_UNILATERAL_CHARS = 60  # its longest match
_UNILATERAL_VERB_CHARS = 40  # how far before the pause its verb ("agreed to a") may end


def _unilateral_pauses(low: str, strategic: list[Trigger]) -> list[Trigger]:
    """``strategic`` without the agreements that name one side's truce or ceasefire, and the agreement
    words just before such a pause."""
    pauses = [t.start for t in strategic
              if t.sub == "Agreement" and low.startswith(("truce", "cease"), t.start)
              and _UNILATERAL.search(low, max(0, t.start - _UNILATERAL_CHARS), t.start) is not None]
    if not pauses:
        return strategic
    # (pauses are in text order: one bisection per trigger finds the first at or after its start)
    return [t for t in strategic if not (t.sub == "Agreement" and (i := bisect.bisect_left(pauses, t.start))
                                         < len(pauses) and pauses[i] - t.end <= _UNILATERAL_VERB_CHARS)]


def _arrest_as_cause(low: str, t: Trigger, other_act: bool) -> bool:
    """Whether the arrest trigger ``t`` only names the cause of another act the sentence reports
    (``other_act``: a violent or demonstration clause, or another strategic act such as arson; "Tension in
    X after arrest of Y" tells the arrest alone)."""
    return other_act and _AFTER_ARREST.search(low, max(0, t.start - _AFTER_ARREST_CHARS), t.start) is not None


# "threatened to attack", "would strike", "denied carrying out attacks": no event reported.
_UNREAL = re.compile(r"\b(?:threat\w* to|threat of|would|could|might|may|plans? to|planned|planning|"
                     r"designed to|intended to|"
                     r"\bno\b|\bnot\b|never|denied|deny|denies|fears? of|risk of|prevent\w*|avoid|"
                     r"warned of|warning of|possible|potential|future|any|call\w* for|aimed at ending|"
                     r"end to|to end|without|release of|releasing|freeing|freed|free|exchange of|"
                     r"stop|stopped|halt|ahead of)\s+(?:[\w'’-]+\s+){0,2}$|"
                     # an attempt's own verb, not a main verb after it: "Two men who tried to resist were
                     # shot dead" (a verb of being ends the attempt's clause)
                     r"\b(?:operation|attempt|attempts|bid|effort|efforts|tried|trying|try|sought|seeking) to"
                     r"\s+(?:(?!(?:were|was|are|is|had|have|has)\s)[\w'’-]+\s+){0,2}$")
# A word that puts what follows it in its clause out of the real: "threatened on Monday to step up
# attacks on X", "are due to meet in Y next week", "if Ukraine used long-range missiles", "denied
# carrying out the strike". Read back from a trigger to the nearest clause boundary, at most _SCOPE
# characters (so each trigger costs a bounded look, whatever the sentence).
_SCOPE = 90
_IRREALIS = re.compile(
    r"\b(?:(?:threat\w{0,30}+|vow\w{0,30}+|pledg\w{0,30}+|promis\w{0,30}+) (?:\w{1,30} ){0,3}to|"
    # a phrase of where or how between: "threatened in an audio message on Friday to attack polling
    # stations in X" (b71-052)
    r"(?:threat\w{0,30}+|vow\w{0,30}+) (?:in|on|at|during|via|through|over) (?:\w{1,30} ){1,5}to|"
    r"threat of|(?:warn|caution)\w{0,30}+ (?:\w{1,30} ){0,2}?(?:of|against)|"
    r"plans?|planned|planning|due to|scheduled|"
    # a meeting with no day yet: "no date yet for Mogadishu talks", "failed to agree on a date for talks"
    r"(?:no|without a|on a) (?:new |firm )?date (?:yet )?for|"
    # "hours before the chief minister was due in Peshawar for a security meeting": expected there, later
    r"due (?:in|at) |"
    # headline futures without "to": "braces for an offensive", "agree to talks", "orders troops to retake X"
    r"brac(?:e|es|ed|ing) for|agrees? to|orders?|"
    r"set to|expected to|will|would|could|might|if|unless|until|whether|ready to|prepar\w*|"
    # "accused the RSF of plotting a drone offensive on Port Sudan": planned, like "planning" (phantom46)
    r"plott(?:ing|ed)|"
    # "before the new parliament can convene in X", "the envoys should meet again": the modals of "will"
    r"can|cannot|must|should|shall|"
    r"ready for|open to|willing to|offer(?:s|ed|ing)?|"
    # "reserved the right to strike them", "a pretext for an assault": a threat, an excuse
    r"reserv(?:e|es|ed|ing) (?:\w{1,30} ){0,2}?right to|pretexts? (?:for|to)|"
    r"hop(?:e|es|ing) to|hop(?:e|es|ed|ing) for|"
    r"intend\w*|seeks? to|sought to|aims? to|urg\w*|call(?:s|ed|ing)? (?:on|for)|calls? to|"
    r"fabricat\w*|"
    # "rejects claims its soldiers killed civilians in Moura": an allegation refused, not a report
    r"(?:reject\w{0,30}+|dismiss\w{0,30}+|refut\w{0,30}+) (?:the |these |such |all )?(?:claims?|reports?|"
    r"allegations?|accusations?)|"
    # ... called false first, or with a teller's word before the noun: "dismissed as false a claim by the
    # rebels that", "dismissing rebel claims of an ambush", "called fake a report that its troops had"
    # (phantom48) also "dismissed as disinformation an Azerbaijani report that ...", "as fake news a Serbian
    # media report that": a noun of falsehood after "as", and up to three teller's words before the noun
    r"(?:(?:reject|dismiss|refut|den(?:y|ie|yi))\w{0,30}+ (?:as (?:false|untrue|baseless|fake|groundless|"
    r"unfounded|fabricated|lies|propaganda|nonsense|disinformation|misinformation|fake news|false news|"
    r"a lie|a fabrication) )?|call\w{0,30}+ (?:false|untrue|baseless|fake|"
    r"groundless|unfounded|fabricated|lies|propaganda|nonsense) )(?:an? |the |\w{1,30} ){0,3}"
    r"(?:claims?|reports?|allegations?|accusations?)|"
    r"appeal\w*|demand\w*|den(?:y|ies|ied|ying)|rul(?:e|es|ed|ing) out|refrain\w*|"
    r"fears?|feared|risk|ordered|order to|asked|agreed to|to prevent|"
    r"to (?:host|hold|attend|sign|travel|visit|resume|convene|stage|organi[sz]e|join|meet)|"
    # purpose and headline futures: "sent troops to deter further attacks", "leaders to decide on ...
    # at the summit"
    r"to (?:decide|discuss|consider|review|debate|negotiate|deter|fend off|ward off|guard against)|"
    r"deter(?:s|red|ring)?)\b")
# An act dated by a gap of a week or more since it: "a week after", "two months since" (one "two days
# after" is recent enough to be reported as an event of its own).
# Tried only where one of its words starts (a window before each trigger, 90 characters).
_IRREALIS_SCAN = Prefiltered(_IRREALIS)
# "ordered security chiefs to Benue and condemned the killings": a second saying verb in the past is a
# predicate of its own, out of the first one's scope (not "vowed to attack and kill").
_SAID_TOO = re.compile(r"(?:condemned|denounced|said|told|accused|blamed|announced|declared)\b")
_EARLIER = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|few|many) "
                      r"(?:weeks?|months?|years?)|weeks|months|years) (?:after|since)\b")
_EARLIER_GATE = WordGate(_EARLIER, ("after", "since"))
_DAYS_AFTER = re.compile(r"\b(?:(?:a|two|three|four|five|six|few|several|\d) )?days (?:after|since)\b")
_DAYS_AFTER_GATE = WordGate(_DAYS_AFTER, ("days",))
_POLITICAL_SUBS = ("Statement", "Meeting/talks", "Diplomatic protest")
# A trigger in the pluperfect inside a time clause is an act told as earlier than the news it dates: "days
# after soldiers from Buea had raided a separatist camp in the nearby Bali area", "a week after residents
# had marched" (not "hours after" or "shortly after": the same day's act, still news).
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s{1,3}(?:been\s{1,3})?(?:\w{1,20}ly\s{1,3})?$")
_PLUPERFECT_CHARS = 40
_TIME_CLAUSE = re.compile(r"(?<!hours )(?<!hour )(?<!minutes )(?<!shortly )(?<!soon )(?<!moments )"
                          r"(?<!just )(?<!immediately )\b(?:after|since)\s")
_PLUPERFECT_GATE = WordGate(_TIME_CLAUSE, ("after", "since"))
# Clause boundaries the scope stops at ("..., but the rebels attacked", "after the attack").
_BOUNDARY = re.compile(r"[;:.!?—–(\"“”]|,\s|\s(?:but|while|whereas|after|before|when|as|since|and then|"
                       r"then|although|though|because|where|which|who|amid|following|later|meanwhile|during)\s")
# The topic of talks before a strategic noun: "talks on army merger", "negotiations over the merger of".
_TALKS_ABOUT = re.compile(r"\b(?:talks|negotiations|discussions|meeting|summit)\s{1,3}"
                          r"(?:on|over|about)\s{1,3}(?:(?:the|an?|its|their)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_TALKS_ABOUT_CHARS = 80
# Meetings, agreements and protests that did not take place: "talks were postponed", "summit cancelled".
_CALLED_OFF = re.compile(r"\b(?:postpon\w*|cancel\w*|called off|call off|suspend\w*|delay\w*|collaps\w*|"
                         r"scrapp\w*|stall(?:ed|ing)?|broke down|break down|put off|boycott\w*|"
                         # "talks with the leaders in Kismayo had broken down", "negotiations fell apart"
                         r"broken down|broken off|broke off|break off|fell apart|fallen apart|foundered|"
                         # talks told as not going on (phantom51): "talks in Jeddah remain frozen", "Muscat
                         # talks on hold", "negotiations in Istanbul are deadlocked" ("frozen" only after a
                         # verb of being: "met to discuss frozen assets" is a meeting)
                         r"deadlocked|on hold|at a standstill|in limbo|"
                         r"(?:remains?|remained|are|is|were|was|been|stay(?:s|ed)?)\s{1,3}frozen)\b")
_CALLED_OFF_SCAN = Prefiltered(_CALLED_OFF)
# "march on anniversary of canopy collapse": a noun after the anniversary is the past it marks, not the
# march called off (a participle still is: "march on anniversary of uprising postponed").
_ANNIVERSARY_OF = re.compile(r"\b(?:anniversary|commemorat\w{0,20}) of\b")
_CALLED_OFF_NOUN = re.compile(r"collapse|cancellation|suspension|delays?|postponement")
# ... or said not to have happened (yet), told after them: "talks ... have not taken place", "the meeting
# has yet to be held", "negotiations never began".
_NOT_HAPPENED = (r"(?:(?:has|have|had|did|was|were|is|are)\s{1,3}(?:not|never)\s{1,3}(?:yet\s{1,3})?"
                 r"(?:been\s{1,3})?(?:taken\s{1,3}place|take\s{1,3}place|held|happened|happen|begun|begin|"
                 r"started|start|convened|materiali[sz]ed|"
                 # "a new round of talks in Istanbul had not yet been scheduled": no date, no meeting
                 r"scheduled|set|fixed|arranged|confirmed)|(?:has|have|had)\s{1,3}yet\s{1,3}to\s{1,3}"
                 r"(?:take\s{1,3}place|begin|start|be\s{1,3}(?:held|scheduled|fixed|arranged|confirmed)|convene|"
                 r"materiali[sz]e|resume)|"
                 r"never\s{1,3}(?:took\s{1,3}place|happened|began|started|materiali[sz]ed)|"
                 # a headline drops the auxiliary: "next round of Istanbul talks not yet scheduled"
                 r"not\s{1,3}yet\s{1,3}(?:scheduled|set|fixed|arranged|confirmed|held))\b")
_NOT_HAPPENED_AFTER = re.compile(r"[^.;:!?]{0,100}?\b" + _NOT_HAPPENED)
# A deal only offered, asked for or drafted: "mediators in Cairo awaited Hamas's reply to a ceasefire
# proposal", "pressed both sides to accept a new truce proposal" (no agreement was made, at the mediators'
# city or anywhere).
_PROPOSED_AFTER = re.compile(r"s?\s{1,3}(?:proposals?|offers?|drafts?|bids?|initiatives?|frameworks?|terms|"
                             r"demands?|plans?)\b")
_LATER = re.compile(r"\b(?:next (?:week|month|year|\w{3,6}day)|later (?:this|in the) (?:week|month|year)|"
                    r"in the coming (?:days|weeks|months)|tomorrow)\b")
# "Clashes since the start of the truce", "despite the ceasefire": the frame of another event, not a deal.
_IN_FORCE = re.compile(r"\b(?:(?:start|beginning|violations?|breach(?:es)?) of|since|despite|during|amid) "
                       r"(?:the|a|an) (?:[\w'’-]{1,30} ){0,2}$")
_CALLED = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:[\w'’-]{1,30}\s+){0,2}$")
# A past event remembered, tried in court or marked: "Remembering the Geneina massacre", "Trial opens in
# Paris over Bataclan attack", "the anniversary of the Bucha killings", "Court jails 12 over the bombings".
_REMEMBERED = re.compile(r"\b(?:remember(?:s|ed|ing)?|commemorat\w{0,30}+|anniversary|"
                         r"trials?\s(?:opens?|begins?|starts?|resumes?)|on trial|"
                         r"(?:jail(?:s|ed)?|sentenc\w{0,30}+|convict\w{0,30}+|acquit\w{0,30}+|charged|"
                         r"indict\w{0,30}+) (?:[\w'’-]{1,30} ){0,4}(?:over|for))\b")
_REMEMBERED_GATE = WordGate(_REMEMBERED, ("remember", "commemorat", "anniversary", "trial", "jail", "sentenc",
                                          "convict", "acquit", "charged", "indict"))
# An act whose own anniversary is marked after it: "Survivors of the Barsalogho massacre marked its first
# anniversary on Sunday", "Families of the victims of the Camp Speicher massacre near Tikrit marked its 11th
# anniversary" ("its": the act's own; "gunmen attacked X as villagers marked the anniversary of ..." keeps
# its act; phantom47).
_ITS_ANNIVERSARY_AFTER = re.compile(r"[^.;:!?]{0,100}?\b(?:mark(?:s|ed|ing)?|commemorat\w{0,10}|"
                                    r"observ(?:e|es|ed|ing)|remember(?:s|ed|ing)?)\s{1,3}its\s{1,3}"
                                    r"(?:[\w-]{1,20}\s{1,3}){0,2}?anniversary\b")
_ITS_ANNIVERSARY_CHARS = 160
_ANNIVERSARY_BREAK = re.compile(r"\s(?:as|while|when|after|and|but)\s")  # another clause's marking
# The day the span is marked, told between the span and "since": "Residents of Beni marked a year on Monday
# since the massacre", "marked one year on Thursday since 54 soldiers were killed" (the act long past; BLIND
# b59-045, and tl49-034; phantom60).
_MARKING_DAY_WORDS = r"(?:on\s{1,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day|this\s{1,3}week|today)"
# ... or the act a span of years is counted from: "to mark 20 years since the school siege in which 334
# hostages died", "Israelis marked two years since the October 7 attack" (the act long past, not the day's;
# not past a comma, which may open the day's own clause: "Two years since the coup, jets bombed X";
# phantom47).
_YEARS_SINCE_BEFORE = re.compile(r"\b(?:\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                 r"twelve|fifteen|twenty|thirty|several|many|few)\s{1,3}(?:years?|months?|decades?)"
                                 r"(?:\s{1,3}" + _MARKING_DAY_WORDS + r")?"
                                 r"\s{1,3}since\s{1,3}[^.;:!?,]{0,80}$")
_YEARS_SINCE_GATE = WordGate(_YEARS_SINCE_BEFORE, ("since",))
_YEARS_SINCE_CHARS = 130
# "the Geneina massacre, two years on": the event long past.
_YEARS_ON = re.compile(r"[^.;!?|]{0,60}?\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) "
                       r"(?:years?|decades?|months?) on\b")
_YEARS_ON_GATE = WordGate(_YEARS_ON, ("year", "decade", "month"))
_YEARS_ON_MOST = 80  # a match's length: at most 60 characters, a number (5), a unit (7) and " on"
# "Ceasefire holds in Tripoli": a truce already agreed, not an agreement today.
_HOLDS = re.compile(r"\s(?:(?:largely|mostly|still|broadly|appears\sto|seems\sto)\s)?"
                    r"(?:holds?|holding|held\sfirm)\b")
# ... or held for a time, told past the truce's parties: "A fragile truce between rival armed factions in
# Tripoli held for a sixth day on Tuesday", "the ceasefire along the border has largely held since May"
# (phantomw43). At most eight words between, none that makes a deal ("agreed", "signed", "talks": "a truce
# agreed at talks held for two days in Doha" is made there), and a time after the verb ("captives still held
# in Gaza" is no truce held).
_HOLDS_FOR = re.compile(r"(?:,?\s(?!(?:but|as|while|after|when|agreed|signed|reached|brokered|sealed|"
                        r"talks|negotiat\w*)\b)[\w'’-]{1,30}){0,8}?,?\s(?:(?:has|had|have|was|is)\s)?"
                        r"(?:(?:largely|mostly|broadly)\s)?(?:held|holding|holds)\s(?:for|since|despite|through|into)\b")
# ... or still holding, told past the truce's parties and place: "a UN-brokered truce between rival armed
# groups in Tripoli was holding" (blind b49-070), "a ceasefire was holding in Sweida" (p37-074; meetings52).
# Not a holding of people or talks ("the group that agreed a truce was holding hostages": "agreed" stops the
# run of words, and the verb's object is checked).
_HOLDING = re.compile(r"(?:,?\s(?!(?:but|as|while|after|when|agreed|signed|reached|sealed|"
                      r"talks|negotiat\w*)\b)[\w'’-]{1,30}){0,8}?,?\s"
                      r"(?:was|is|were|are)\s(?:(?:largely|mostly|broadly|still)\s)?holding\b"
                      r"(?!\s(?:\w{1,30}\s)?(?:hostages?|captives?|talks|prisoners|detainees|people|civilians|"
                      r"meetings?|elections?)\b)")
# A truce named as the topic of talks still to come: "to restart talks on a ceasefire in the Black Sea"
# (blind b48-071), "to hold negotiations over a truce in Gaza" (neither the talks nor the truce happened;
# talks held on a truce, "Talks on a ceasefire in Doha made no progress", keep the truce word as the talks'
# own: w40-033, b36-053; meetings52).
_TALKS_ON_BEFORE = re.compile(r"\bto\s{1,3}(?:hold|restart|resume|revive|reopen|relaunch|reconvene|join|"
                              r"attend)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?"
                              r"(?:talks|negotiations|discussions|consultations)\s{1,3}"
                              r"(?:on|over|about|for|towards?)\s{1,3}(?:(?:an?|the)\s{1,3})?"
                              r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_TALKS_ON_CHARS = 90
# ... or took effect: "The ceasefire in Gaza took effect on January 19", "where a separate ceasefire took
# effect in October", "Israel-Hezbollah ceasefire takes effect", "the truce, which came into force on Sunday":
# a truce in force, not a deal made at a venue (at most five words between: a bounded look after a trigger).
_TAKES_EFFECT = re.compile(r"(?:,?\s(?!(?:and|but|as|while|after|when)\s)[\w'’-]{1,30}){0,5}?,?\s"
                           r"(?:(?:had|has|have)\s)?(?:took|takes|taken|taking|came|comes|coming)\s"
                           r"(?:effect|into\s(?:force|effect))\b")
# What a deal provides for, told after its verb: "agreed in Muscat on Sunday to release 300 detainees",
# "agreed at talks in Kunming that the rebels would withdraw from Lashio" (the agreement is the event; the
# release or the withdrawal is still to come). At most 100 characters from the verb to "to"/"that" (a
# bounded look).
_AGREED_TO_IN = re.compile(r"\bagree[ds]?\s(?:[^.;:!?]{0,100}?\s)?(?:to|that)\s")
_AGREED_TO_MOST = 180  # the look back from a trigger: the verb, its venue and day, and the content's words
_AGREED_CONTENT = ("Arrests", "Non-violent transfer of territory", "Other",
                   "Headquarters or base established", "Change to group/activity")
_DEMONSTRATION = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                  "Violent demonstration")
_NOT_HELD = ("Meeting/talks", "Agreement", "Peaceful protest", "Protest with intervention")
_NEVER_DONE = re.compile(r"\s(?:(?:was|were|had|has|have) (?:been )?)?(?:never|not) "
                         r"(?:carried out|launched|held|happened|taken place|took place)\b")
# A trigger noun that only names the subject of a deal or of talks: "a hostage deal", "prisoner swap
# talks", "the hostage release agreement" report no abduction.
_DEAL_AFTER = re.compile(r"s?\s(?:release\s|exchange\s|swap\s)?(?:deal|swaps?|exchanges?|talks|negotiations|"
                         r"agreement|accord|releases?|negotiators?|envoy)\b")
_ACTOR_NOUNS = ("gunmen", "attackers")  # GENERIC triggers that name who acted, not an act
_LABOUR_STRIKE = re.compile(r"(?:on|general|hunger|labou?r|national|nationwide|transport|"
                            # "traders down shutters in strike": the shutdown is the strike
                            r"(?:shops|markets|shutters|stores|businesses)\s+in|"
                            + _TRADES + r")\s+$")
_ARMED_RE = re.compile(r"\b(?:" + _ARMED + r")\b")
# Aircraft named as what was hit, not as the means ("destroying several aircraft", "damaging a military
# aircraft", "shot at commercial aircraft"): up to three words between the verb and the noun, none of them
# "with" or "by" ("hit the town with jets" names the means).
_AIRCRAFT = re.compile(r"aircraft|(?:war|fighter )?planes?|jets?|helicopters?")
_AIRCRAFT_HIT = re.compile(r"\b(?:destroy\w*|damag\w*|shot at|shooting at|fired at|firing at|torch\w*|"
                           r"burn\w*|seiz\w*|captur\w*)\s+(?:(?!with\b|by\b|from\b)[\w-]++\s+){0,3}$")
# An aircraft or drone only seen or heard in the sky: "drones flying low over the area through the night",
# "heard the jets overhead", "a drone was hovering over the village" (no strike unless a word tells one).
_AIRBORNE = re.compile(r"(?:[\w-]{1,20} )?(?:drones?|" + _AIRCRAFT.pattern + ")")  # _AIRCRAFT, or a drone
_ONLY_FLYING = re.compile(r"(?:\s{1,3}(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been|kept))?\s{1,3}"
                          r"(?:flying|flew|hovering|hovered|circling|circled|buzzing|overhead|in\s{1,3}the\s{1,3}sky)\b")
# ... or seen, spotted or heard over a place, when no hit is told in the words after it ("drones were seen
# over the Mykolaiv region"; not "drones were seen over Kherson before one struck a bus": the drones' strike).
_ONLY_SEEN = re.compile(r"(?:\s{1,3}(?:were|was|are|is|had\s{1,3}been|have\s{1,3}been))?\s{1,3}"
                        r"(?:seen|spotted|sighted|heard)\s{1,3}(?:over|above|in\s{1,3}the\s{1,3}skies)\b")
_ONLY_SEEN_HIT_CHARS = 200  # how far after the sighting a hit is looked for (bounded: linear)
# ... or sent to rescue, evacuate or supply: "Army helicopters and boats have evacuated more than 20,000
# people", "military aircraft airlifted the stranded", "air force planes dropped food" (no strike).
_RESCUE_AFTER = re.compile(r"(?:\s{1,3}and\s{1,3}[\w-]{1,30})?(?:\s{1,3}(?:have|has|had|were|was|are|is))?"
                           r"(?:\s{1,3}(?:also|been|already))?\s{1,3}(?:evacuat\w{0,30}+|rescu\w{0,30}+|"
                           r"airlift\w{0,30}+|ferr(?:y|ies|ied|ying)|winch\w{0,30}+|"
                           r"(?:dropp(?:ed|ing)|drops?|deliver\w{0,30}+)\s{1,3}(?:food|aid|supplies|relief|water|"
                           r"medicine))\b")
# Aircraft or drones that pursued, chased or tracked the attackers after a ground assault ("repelled the
# attack ... and that drones had pursued the fighters towards the border", "drones chase assailants"):
# the pursuit tells no strike of its own (blind b73-071; types68). Same frame as _RESCUE_AFTER.
# Not when the chase strikes in the next words ("drones pursued and struck the fleeing fighters"; the
# attackers chased are no attack: "drones chase attackers").
_PURSUIT_AFTER = re.compile(r"(?:\s{1,3}(?:have|has|had|were|was|are|is|then|later))?"
                            r"(?:\s{1,3}(?:also|been))?"
                            r"\s{1,3}(?:pursu(?:e|es|ed|ing)|chas(?:e|es|ed|ing)|track(?:s|ed|ing)?)\b"
                            r"(?![^.;]{0,60}?\b(?:struck|strik\w*|hit|bomb\w*|kill\w*|fired|target\w*|"
                            r"attack(?:s|ed|ing)?|pound\w*|shell\w*)\b)")
# A drone put to a civil use strikes nothing: a show or a race ("a drone light show over Dubai", "Drone
# racing league crowns its champion"), a drone named by its civil kind ("crop-spraying drones", "delivery
# drones", "a film crew's drone"), or one used to spray, map, deliver, search or watch ("using drones to
# spray pesticides", "drones to track locust swarms", "drones were used to monitor the forest") (phantom59).
# Not when a strike word follows in its clause ("delivery drones packed with explosives hit X", "drones to
# track and strike convoys"; not "flood-hit villages", a compound). The words are bounded, the strike
# window 60 characters.
_CIVIL_DRONE_BEFORE = re.compile(r"\b(?:crop[- ]?(?:spraying|dusting)|(?:pesticide[- ])?spraying|"
                                 r"agricultural|farm|delivery|cargo|racing|hobby|hobbyist|toy|camera|mapping|survey|firefighting|"
                                 r"search[- ]and[- ]rescue|film\s{1,3}crew['’]s)\s{1,3}$")
_CIVIL_DRONE_AFTER = re.compile(r"\s{1,3}(?:(?:light\s{1,3})?shows?\b|displays?\b|racing\b|races?\b|"
                                r"(?:festival|exhibition|expo)s?\b)|"
                                r"(?:\s{1,3}(?:were|was|are|is|being|been|now|also|already|used|deployed|will|be)){0,4}"
                                r"\s{1,3}(?:to|for)\s{1,3}(?:spray\w{0,3}|dust\w{0,3}|map\w{0,4}|survey\w{0,3}|"
                                r"deliver\w{0,5}|ferry\w{0,3}|track\w{0,3}|search\w{0,3}|film\w{0,3}|"
                                r"monitor\w{0,3}|inspect\w{0,3}|count\w{0,3}|plant\w{0,3}|photograph\w{0,3}|"
                                r"pollinat\w{0,3})\b")
_CIVIL_DRONE_STRIKE_AFTER = re.compile(r"[^.;:!?]{0,60}?(?<![\w-])(?:struck|strikes?|striking|hit|hits|"
                                       r"hitting|attack\w{0,3}|bomb\w{0,3}|kill\w{0,3}|explo\w{0,6}|wound\w{0,3}|"
                                       r"injur\w{0,3}|destroy\w{0,3}|damag\w{0,3}|dropp\w{0,3}|drops?)\b")
# A trigger that names people ("mob", "vigilantes", "gunmen") as the source of the report, subject of its
# saying verb, tells no act of its own: "fought for control of islands on Lake Chad last week, local
# vigilantes said", "a vigilante leader told AFP" (the act is told beside it, and keeps its own date).
_PEOPLE_TRIGGER = re.compile(r"mobs?|vigilantes?|(?:angry )?crowds?|gunmen|attackers")
_SOURCE_AFTER = re.compile(r"\s{1,3}(?:(?:leaders?|commanders?|chiefs?|spokes(?:man|woman|person)|members?|"
                           r"groups?)\s{1,3})?(?:" + alternation(TELLS | {"claimed", "confirmed"}) + r")\b")
# A quadcopter named as what attackers used ("the attackers used quadcopters and heavy weapons", "used heavy
# weapons and a quadcopter in the assault"): a tool of the ground fight, no strike of its own (types46).
_USED_BEFORE = re.compile(r"\b(?:used|using|employed|deployed)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}$")
_SHOT = re.compile(r"shot dead|gunned down|shot|gun(?:s|ning)? down|shoot(?:s|ing)? dead")
_HIT = re.compile(r"hit|struck")  # a place hit, in the passive (what hit it unnamed)
# An armed side, one or many ("a soldier", "policeman", "the rebel commander").
_ARMED_ONE = re.compile(r"\b(?:" + _ARMED + r"|soldier|policeman|officer|fighter|militant|rebel|insurgent|"
                        r"ranger|guardsman|jihadist|militiaman|guard|gendarme|commander|troop|sniper|gunfire|clash\w*|battle\w*|"
                        r"fighting)\b")
_FIGURE_BEFORE = re.compile(r"(?:\d|dozens|scores|hundreds|people)\s+(?:(?:were|are|have been) )?$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|are|is)\s+(?:\w{1,30}\s+)?$")
_KILLING = re.compile(r"kill\w*|shot dead|gunned down|gun(?:s|ning)? down|shoot(?:s|ing)? dead")
# A headline's participle without "were": "Three civilians killed in Nikopol", "Two soldiers shot dead near
# Bamenda"; its subject, a few words from the line's (or a clause's) start, is who died.
_BARE_PARTICIPLES = ("killed", "shot dead", "gunned down")
# ... unless an object follows it: "Gunmen shot dead a district commissioner", "Gunmen killed the chief": the
# past tense, whose subject is the doer (types63).
_PARTICIPLE_OBJECT = re.compile(r"\s{1,3}(?:a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|"
                                r"nine|ten|\d{1,4})\s")
_HEADLINE_SUBJECT = re.compile(r"(?:^|[:;|—–]\s|\s[-–]\s|\bas\s)\W{0,3}(?:[\w'’-]{1,30}\s){1,4}$")
_FIGURE = re.compile(r"\s*(?:(?:at least|more than|over|about|nearly|some|up to) )?"
                     r"(?:\d|dozens|scores|hundreds|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)")
_CIVILIANS_RE = re.compile(r"\b(?:" + _CIVILIANS + r")\b")
_GOVERNMENT = re.compile(r"\b(?:army|troops|government|military|soldiers|security forces|regime|armed forces|"
                         r"forces loyal|national guard|police|forces)\b")
# Non-state groups named like armies ("Arakan Army", "Rapid Support Forces") end where the state's
# word would: at a tie the non-state reading wins.
NON_STATE = re.compile(r"\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|(?<!allied )militias?|"
                        r"gunmen|resistance(?: forces)?|"
                        r"group|islamic state|al-shabaab|taliban|houthis?|rsf|m23|rapid support forces|"
                        r"arakan army|(?:liberation|independence|national|resistance) army|democratic forces|"
                        r"white army|free syrian army|new people['’]s army|popular mobili[sz]ation forces|"
                        r"defen[cs]e forces?|alliance|brotherhood)\b")
_IMPACT = re.compile(r"\b(?:hits?|struck|slammed|pound\w*|damag\w*|killed|killing|wounded|injured|"
                     r"dead|casualties|"
                     # not a warship ("a US destroyer shot down two drones"), nor the weapons stopped
                     # ("intercepted and destroyed 14 drones")
                     r"destroy(?!ers?\b)\w*+"
                     r"(?! (?:[\w-]{1,30} ){0,3}?(?:drones?|missiles?|rockets?|uavs?)\b))\b")
# The weapon an interception stopped, named as its object (sides55): a weapon noun within a few plain words
# after the interception's verb ("downed drones", "shot down three small drones", "intercepted a Houthi
# drone"); not across "by", "with", "and", "after", "as" ("was shot down by a drone" is the craft's end).
_STOPPED_WEAPON_NOUN = re.compile(r"(?:drones?|missiles?|rockets?|uavs?)\b")
# (types61: also after "most of" a salvo, "intercepted most of a barrage of Iranian ballistic missiles over
# Haifa, while one missile struck ... in Beersheba": the stopped part's place; a hit told after "but" keeps
# the strike, below)
_STOPPED_WEAPON_GAP = re.compile(r"\s++(?:most\s++of\s++(?:(?:a|the)\s++)?"
                                 r"(?:(?:barrage|salvo|wave|volley|swarm)\s++of\s++)?)?"
                                 r"(?:(?!(?:by|with|and|after|as|but|while|of)\b)[\w'’-]{1,30}+\s++){0,4}")
# ... a verb, not a participle before the weapon ("debris from downed Russian drones wounded three": the
# drones' strike; "46 of 60 drones" a share, the rest may have struck).
_STOPPED_WEAPON_ATTRIB = re.compile(r"\b(?:from|of|the|by|with|a|an)\s++$")
# ... and placed where it was stopped, right after it ("drones over Tabriz", "a drone over Khamis Mushait";
# not "shot down a military drone and killed 10 soldiers": the fight's own report; at most two words
# between, not "a missile launched from Yemen over Israel").
_STOPPED_WEAPON_OVER = re.compile(r"\s++(?:[\w'’-]{1,30}+\s++){0,2}?(?:over|above)\s")
_STOPPED_WEAPON_REACH = 80  # characters from the interception's end to the weapon
# ... unless the sentence turns to their hit: "..., but one hit a house", "though debris damaged a school".
_STOPPED_YET_HIT = re.compile(r"\b(?:but|yet|although|though)\b[^.;:!?]{0,80}?\b(?:hits?|struck|damag|kill|"
                              r"wound|injur|destroy)")
# An impact word the sentence denies is none: "shot down 11 drones ... without giving details of any damage",
# "destroyed nine drones, with no casualties reported" (the words before it, in a bounded window).
_IMPACT_DENIED = re.compile(r"\b(?:no|without)\s(?:[\w'’-]{1,30}\s){0,4}$")
_IMPACT_DENIED_CHARS = 80


def tells_impact(text: str) -> bool:
    """Whether lower-cased ``text`` tells a hit, damage or casualties it does not deny (also the coder's
    reading of a launch stopped in the next sentence)."""
    return any(not _IMPACT_DENIED.search(text, max(0, m.start() - _IMPACT_DENIED_CHARS), m.start())
               for m in _IMPACT.finditer(text))


# Protest modifiers (ACLED's sub-types of Protests and Riots).
_SPEAKING_AT = re.compile(r"\b(?:speaking|spoke|addressing|addressed|told) (?:at|to)? ?(?:a|an|the) "
                          r"(?:[\w'’-]{1,30} ){0,3}$")
_TARGET_OF = re.compile(r"\b(?:(?:struck|strikes?|hit|hits|attacked|attacks?|bombed|targeted|targeting|at|on)"
                        r" (?:a|an|the|their|its|his|her) |during (?:a |an |the )?|"
                        # headline verbs drop the article: "Suicide bomber targets election rally"
                        r"(?:struck|hits?|attacks?|bombs?|targets?|targeted|targeting) )"
                        r"(?:[\w'’-]{1,30} ){0,3}$")
# "Suicide bomber kills 20 at rally in Bajaur": the rally a bomb or strike hit, told without an article.
# Also a blast that went through, into or among the crowd ("two explosions tore through a campaign rally", "a
# grenade thrown into a crowd of protesters": types64). (Not "near the parking area of a political rally":
# b64-067's bomb, whose place the text names by a road the gazetteer lacks, then lost its dateline site.)
_AT_BARE = re.compile(r"\b(?:at|on|near|through|into|among|inside|outside) (?:[\w'’-]{1,30} ){0,3}$")
_AT_PROTESTERS = re.compile(r"(?: (?:on|at|into))? (?:\w{1,30} ){0,3}(?:protesters|demonstrators|marchers|"
                            r"crowds?|rally|rallies|protests?|demonstrations?)\b")
_AGREED = re.compile(r"agreed|agrees?|signed|signs? .*")
_FORCE = re.compile(r"open(?:ed|s)? fire|live (?:fire|ammunition|rounds|bullets)|shot dead|shoots? dead|"
                    r"killed|killing\b|kills?\b|fire[sd]? (?:on|at|into)|"
                    # "shoot three protesters dead", "police shoot demonstrators" (not rubber bullets or gas)
                    r"shoot(?:s|ing)? (?!rubber|tear)(?:\w{1,30} ){0,2}?(?:dead|protesters?|demonstrators|"
                    r"marchers|crowds?)\b")
# The state's forces as the subject right before an act: "police kill two students during a protest" is
# their force against the protest, not an attack on its people (bounded look-back).
_FORCES_BEFORE = re.compile(r"\b(?:police(?:men)?|security forces|troops|soldiers|gendarmes|army|rangers|"
                            r"riot police|officers)\s$")
_FORCES_BEFORE_CHARS = 18
# The state's forces firing on a crowd of a protest's people with no protest word ("Police open fire on
# students in Dhaka, dozens dead", "security forces fire on Tchiroma supporters, 4 killed"): their force
# against protesters, not an attack or a clash (not tear gas or rubber bullets: an intervention; not
# gunmen's fire, nor a "crowd" at an aid site, which the corpus codes as an attack).
_FIRED_ON_CROWD = re.compile(r"\b(?:police(?:men)?|security forces|troops|soldiers|gendarmes|army|officers)\s"
                             r"((?:opened|opens|open)\sfire|fire[sd]?(?:\slive\s(?:rounds|ammunition|bullets))?)"
                             r"\s(?:on|at|into)\s(?:(?:an?|the)\s)?(?:crowds?\sof\s)?(?:[\w'’-]{1,30}\s){0,3}?"
                             r"(?:students|marchers|mourners|"
                             r"demonstrators|protest[eo]rs|supporters|[\w'’-]{1,30}\s(?:chanting|protesting|demonstrating|marching)|"
                             # a march by its noun, "Security forces fire on Omdurman march" (types64; not the
                             # month: "fired on villagers in March")
                             r"(?<!\sin\s)(?<!\son\s)(?<!since\s)(?<!until\s)(?<!early\s)(?<!late\s)(?<!last\s)"
                             r"(?<!mid-)(?<!\sof\s)march(?:es)?)\b")


def _fired_on_crowd(low: str, violence: list[Trigger]) -> list[Trigger]:
    """The forces' fire on a crowd, as demonstration triggers (spanning the fire and its object; the
    demonstration clause reads the force in it, or a rioting crowd)."""
    if not violence:
        return []
    return [Trigger("Peaceful protest", m.start(1), m.end()) for m in _FIRED_ON_CROWD.finditer(low)]


_DURING = re.compile(r"\bduring (?:a |an |the )?(?:[\w'’-]{1,30} ){0,3}$")
_INTERVENTION = re.compile(r"dispers\w*|tear[ -]?gas\w*|water cannons?|rubber bullets|batons?|broke up|"
                           r"(?:stun|sound) grenades|flash-?bangs|"
                           # a headline's present and the passive: "Police break up Quetta sit-in", "was
                           # broken up by police" (heads46)
                           r"break(?:s|ing)? up|broken up|scatter(?:s|ed|ing)?|pepper[ -]spray\w*|"
                           r"arrest\w*|detain\w*|beat(?:en)?|charged|cordon\w*")
_VIOLENT_CROWD = re.compile(r"\bset fire|torch\w*|burn(?:ed|t|ing)|loot\w*|smash\w*|vandali[sz]\w*|"
                            r"clash(?:ed|es|ing)? with|"
                            r"attacked (?:police|security)|"
                            # "protesters attacked the embassies", "a crowd pelted officers"
                            r"(?:protesters|demonstrators|crowds?|mobs?|rioters|marchers) (?:\w{1,30} ){0,2}"
                            r"(?:attacked|attacking|ransacked|pelted|beat|assaulted)|"
                            r"stones|rocks|setting fire to|burns? (?:tyres|tires)|"
                            r"block(?:s|ed|ing)? (?:roads?|streets?|bridges?|highways?)|"
                            r"barricad\w*|broke into|forced their way")
# A crowd's road block told with the road's own words ("blocked the main road into Sfax", "block Beirut
# airport road", "block Brussels streets with tractors"): a violent demonstration (the guide's road blocks),
# read after the forces' intervention, which decides first ("police fired tear gas at workers blocking a
# highway": the corpus's Protest with intervention). Not the forces' own cordon: "police blocked the road
# to parliament as protesters rallied".
_ROAD_BLOCKED = re.compile(r"(?<!police )(?<!authorities )(?<!troops )(?<!army )(?<!soldiers )"
                           r"\bblock(?:s|ed|ing)? (?:[\w'’-]{1,30} ){1,3}?"
                           r"(?:roads?|streets?|bridges?|highways?)\b")


# A road blocked by armed men is their arson or blockade, not a crowd's protest: "Cartel gunmen block
# Culiacan roads with burning vehicles", "Gunmen torch vehicles, block highways around X", "Burned vehicles
# block highways in X" (the guide: cartel roadblocks with burning vehicles are Looting/property
# destruction). The nearest actor noun before the blocking verb decides, so "after gunmen killed three,
# residents blocked roads" stays a protest.
_BLOCKERS = re.compile(r"\b(?:(?P<armed>gunmen|gunman|cartels?|gangs?|gang members|gangsters|militants|"
                       r"insurgents|fighters|jihadists|militiamen|militias?|bandits|rebels|sicarios|al-shabaab|"
                       r"armed (?:men|groups?|civilians)|"
                       r"burn(?:ed|t|ing) (?:vehicles|trucks|lorries|buses|cars))|"
                       r"protesters|demonstrators|marchers|crowds?|mobs?|youths?|students|residents|villagers|"
                       r"workers|farmers|traders|truckers|drivers|transporters|miners|fans|supporters|activists|"
                       r"women|families|relatives|locals|people|hundreds|thousands|dozens)\b")
_BLOCKERS_CHARS = 80
_BLOCKING = re.compile(r"block(?:ed|ing|s)? ")


def _armed_blockade(low: str, demo: list[Trigger]) -> list[Trigger]:
    """The demonstration triggers of ``low`` without a road blocked by armed men (see _BLOCKERS)."""
    out = []
    for t in demo:
        if _BLOCKING.match(low, t.start):
            last = None
            for last in _BLOCKERS.finditer(low, max(0, t.start - _BLOCKERS_CHARS), t.start):  # noqa: B007
                pass
            if last is not None and last.group("armed"):
                continue
        out.append(t)
    return out


@dataclass(frozen=True, slots=True)
class Trigger:
    sub: str  # a sub-event type, or GENERIC
    start: int  # offsets within the sentence
    end: int
    back_reference: bool = False


@dataclass(frozen=True, slots=True)
class Clause:
    """The event one sentence reports in one family, with where its trigger is."""

    family: str
    sub_event_type: str
    start: int  # offsets of the deciding trigger within the sentence
    end: int
    back_reference: bool  # the trigger refers to an event already told
    specific: bool  # decided by a specific trigger rather than a generic "attack"/"killed"
    spans: tuple[tuple[int, int], ...] = ()  # every trigger of the family, for distances
    attribution: bool = False  # a statement in a sentence that reports another event
    # Every start and end of the spans, sorted: distance() bisects them. (A sentence without end has
    # thousands of triggers, asked about by thousands of places and dates.)
    _ends: tuple[int, ...] = field(default=(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ends = sorted(x for span in (self.spans or ((self.start, self.end),)) for x in span)
        object.__setattr__(self, "_ends", tuple(ends))

    def distance(self, pos: int) -> int:
        """Characters between ``pos`` (in the sentence) and the nearest start or end of a trigger."""
        ends = self._ends
        i = bisect.bisect_left(ends, pos)
        return min(abs(pos - ends[j]) for j in (i - 1, i) if 0 <= j < len(ends))

    @property
    def event_type(self) -> str:
        return EVENT_TYPE_OF[self.sub_event_type]


# "Protesters demanding the repeal of a bill blocked roads in Kisumu": a crowd's demand told as a participle
# names the crowd (a reduced relative); it does not govern the verb the crowd then did in the past tense
# (still unreal: what they asked for, "protesters demanding reprisal attacks", "residents calling for
# troops to retake X").
_CROWD_BEFORE = re.compile(r"\b(?:protesters|demonstrators|marchers|crowds?|students|workers|residents|"
                           r"youths|supporters|farmers|traders|miners|villagers|women|relatives|families|hundreds|"
                           r"teachers|nurses|doctors|lecturers|pensioners|drivers|vendors|medics|retirees|"
                           r"thousands) $")
_CROWD_BEFORE_CHARS = 15
_ASKED_FOR = re.compile(r"\b(?:to|that)\s")
_ING_HEAD = re.compile(r"[a-z]{2,30}ing\b")
_PAST_VERB = re.compile(r"[a-z]{2,30}ed\b|(?:threw|burnt|set|took|fought|hurled|tore|broke)\b")


def _crowd_participle(before: str, m: re.Match[str], trigger: str) -> bool:
    """Whether the irrealis word ``m`` of ``before`` (the words up to the trigger) is a crowd's participle
    and the trigger the crowd's own verb in the past tense."""
    return (_ING_HEAD.match(before, m.start()) is not None
            and _CROWD_BEFORE.search(before, max(0, m.start() - _CROWD_BEFORE_CHARS), m.start()) is not None
            and _ASKED_FOR.search(before, m.end()) is None and _PAST_VERB.match(trigger) is not None)


_QUOTES = ('"', "“", "”")


def _irrealis_governs(before: str, trigger: str) -> bool:
    """Whether the last irrealis word before a trigger governs it: no clause boundary after it, and not a
    crowd's participle (above)."""
    last = None
    for last in _IRREALIS_SCAN.finditer(before):  # noqa: B007 (the last occurrence is the one that counts)
        pass
    if last is None:
        return False
    boundary = _BOUNDARY.search(before, last.end())
    while boundary is not None and boundary.group() in _QUOTES \
            and before.endswith("to ", 0, boundary.start()):
        # 'ordered security agencies to "arrest the perpetrators"': a quotation opened by the infinitive is
        # the order's own words, inside its scope
        boundary = _BOUNDARY.search(before, boundary.end())
    if boundary is not None:
        return False
    return not _crowd_participle(before, last, trigger)


# "agreed to a humanitarian truce at talks in Jeddah": the deal itself, and the talks where it was made,
# not a deal or talks still to come ("agree to talks in Geneva", "to agree to a ceasefire", "agreed to take
# part in talks", "has not agreed to a truce"): the finite verb with the deal as its object (the talks
# after a preposition), and no negation or irrealis word governing the verb in turn.
_AGREED_FINITE = re.compile(r"agree(?:d|s)? to")
# ... "Rival factions agree to ceasefire" is finite too, "to agree to", "did not agree to" are not.
_AGREE_GOVERNED = re.compile(r"\b(?:to|did|do|does|may|might)\s{1,3}$")
_DEAL_OBJECT = re.compile(r"\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}$")  # "agreed to [a humanitarian] truce"
_DEAL_THEN_AT = re.compile(r"\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,3}?(?:truce|ceasefire|cease-fire|deal|accord|"
                           r"agreement|pact|armistice|exchange|swap|cessation of hostilities)\b"
                           r"[^,;:.]{0,60}?\b(?:at|during)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t|no longer|yet to|refused to|refuses to|refusing to)"
                             r"\s{1,3}$")
_NEGATED_CHARS = 25


def _agreed_deal(before: str, trigger: str, sub: str) -> bool:
    """Whether the irrealis word governing an agreement or talks trigger is the finite "agreed to" of a
    deal made (above)."""
    if sub not in ("Agreement", "Meeting/talks"):
        return False
    last = None
    for last in _IRREALIS_SCAN.finditer(before):  # noqa: B007 (the last occurrence is the one that counts)
        pass
    if last is None or _AGREED_FINITE.fullmatch(last.group()) is None \
            or (_DEAL_OBJECT if sub == "Agreement" else _DEAL_THEN_AT).match(before, last.end()) is None:
        return False
    head = before[:last.start()]
    if last.group().startswith("agree to") and _AGREE_GOVERNED.search(head, max(0, len(head) - 8)):
        return False
    return _NEGATED_BEFORE.search(head, max(0, len(head) - _NEGATED_CHARS)) is None \
        and not _irrealis_governs(head, trigger)


def _in_scope(pattern: re.Pattern[str] | Prefiltered, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text`` with no clause boundary after it."""
    last = None
    for last in pattern.finditer(text):  # noqa: B007 (the last occurrence is the one that counts)
        pass
    return last is not None and _BOUNDARY.search(text, last.end()) is None


# Headlines that explain, argue or ask rather than report: "EXPLAINER: Why is the battle for X so
# important?", "Analysis: what the fall of X would mean", "Q&A: How gangs took over X".
_NOT_REPORT = re.compile(r"\W{0,3}(?:explainer|analysis|opinion|commentary|comment|editorial|q&a|q and a|"
                         r"factbox|fact box|fact check|podcast|insight|timeline|explained|the big picture|"
                         r"what we know|long read|in depth|view|perspective|maps?|mapped|in maps|in charts|"
                         r"in numbers|graphics?|visual explainer|key facts)\s{0,2}(?::|\||\s[-–—])")
# A short line that explains without asking: "How the battle for Bakhmut unfolded", "Why Vuhledar matters"
# (with a "?" it is a question, read clause by clause below).
# An act vowed or threatened, without "to": "Hezbollah vows revenge attacks on Haifa", "Pakistan threatens
# strikes". A threatened truce or meeting is another matter ("the raid threatened the ceasefire").
_VOWED = re.compile(r"\b(?:vow|threaten)(?:s|ed|ing)?\s+(?:[\w'’-]{1,30}\s+){0,2}$")
_NOT_VOWED = ("Agreement", "Meeting/talks", "Statement")
# A summons, an expulsion or a recall told as an infinitive: a state's headline future ("Kenya to summon
# Somalia's envoy over Mandera raid", "Iraq to expel Turkey's envoy in Baghdad"), a move or a decision to
# expel: still to come, no Diplomatic protest (heads60; the corpus codes no event: h53-009, h57-031).
_ENVOY_INFINITIVE_BEFORE = re.compile(r"\bto\s{1,3}$")
_ENVOY_INFINITIVE_CHARS = 6
_EXPLAINING = re.compile(r"\W{0,3}(?:how|why)\s")
_EXPLAINING_MOST = 300
# ... after a topic: "Bakhmut: how the battle was lost", "Sudan | why El Fasher matters".
_TOPIC_EXPLAINING = re.compile(r"[^:|\n]{1,40}[:|]\s{0,3}(?:how|why)\s")
# A question: from a clause start, an interrogative word, up to a "?" after the trigger ("Will M23
# march on Kinshasa?"). Read at most _QUESTION_SPAN characters either side (bounded per trigger).
_QUESTION_OPENING = re.compile(r"\s*[\"“‘']?(?:why|how|what|will|can|could|would|should|is|are|was|were|"
                               r"does|do|did|who|where|when|which|has|have|had)\b")
_QUESTION_SPAN = 150
_CLAUSE_OPENERS = ".:!?;|—–\"“"


def _in_question(low: str, start: int, end: int) -> bool:
    q = low.find("?", end, end + _QUESTION_SPAN)
    if q < 0 or any(ch in ".!;|" for ch in low[end:q]):
        return False
    lo = max(0, start - _QUESTION_SPAN)
    opening = max(low.rfind(ch, lo, start) for ch in _CLAUSE_OPENERS) + 1
    if opening == 0 and lo > 0:
        return False  # the clause starts farther back than the window: no question seen
    return _QUESTION_OPENING.match(low, opening, start) is not None


# A trigger inside a "since" phrase names the earlier event a span runs from ("since the paramilitary
# group captured Bara", "since the start of the truce"); "fighting since Saturday" has its trigger first.
_INSIDE_SINCE = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,3}$")


# -- Not a report of this day's act (phantom events): each pattern is read in a bounded window. --------
# An act owned by an earlier time: "killed in last week's raid", "investigate last month's attack".
# The object of a flight is what drove people out, told as background: "who had fled fighting near X",
# "families escaping the violence in X" (not "fled as fighting erupted": a clause of its own).
_FLED_ACT = re.compile(r"\b(?:fle(?:e|es|eing|d)|escap(?:e|es|ed|ing))\s{1,3}(?:(?:the|renewed|heavy|intense|"
                       r"ongoing|recent|fierce|(?:days|weeks|months|years)\s{1,3}of)\s{1,3}){0,2}$")
# ... and so is what the displaced were driven out by: "thousands displaced by fighting in Masisi territory
# arrived in Goma", "people displaced by earlier fighting in Darfur", "displaced by insurgent attacks"
# (fighting, violence or plural acts: not "displaced by Sunday's attack on X", the news itself).
_DISPLACED_BY = re.compile(r"\b(?:displaced|uprooted)\s{1,3}by\s{1,3}(?:(?:the|earlier|previous|past|recent|"
                           r"ongoing|renewed|repeated|(?:days|weeks|months|years)\s{1,3}of|insurgent|jihadist|"
                           r"militant|rebel|gang|armed|communal|intercommunal|ethnic)\s{1,3}){0,2}$")
_DISPLACED_BY_ACTS = re.compile(r"(?:fighting|violence|clashes|attacks|raids|bombardments?)\b")
_FLED_ACT_CHARS = 60
# A person's or group's record of acts (plural): "a commander responsible for rocket attacks on X",
# "wanted for bombings in Y" (not "the gunmen responsible for the attack": the news, told before).
_RESPONSIBLE_FOR = re.compile(r"\b(?:responsible|wanted|notorious|known|infamous)\s{1,3}for\s{1,3}"
                              r"(?:(?:the|a|several|many|numerous|repeated|past|previous|deadly|"
                              r"(?:dozens|scores|hundreds)\s{1,3}of|[\w-]{1,20})\s{1,3}){0,2}$")
_RESPONSIBLE_FOR_CHARS = 80
_PAST_OWNED = re.compile(r"\b(?:last|past|previous)\s{1,3}(?:week|weekend|month|year|\w{3,6}day)['’]s\s{1,3}"
                         r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_PAST_OWNED_AFTER = re.compile(r"\s{1,3}(?:in|during|by|at)\s{1,3}(?:last|past|previous)\s{1,3}"
                               r"(?:week|weekend|month|year|\w{3,6}day)['’]s\b")
# An act one side alleges and the other denies (the guide: no event): "Russia accused Ukraine of attacking
# the plant, which Kyiv denied", "accused Armenian forces of firing on its positions, a charge Yerevan
# denied", "accused the army and allied militias of killing hundreds, accusations the government denies".
_ACCUSED_OF = re.compile(r"\baccus(?:e|es|ed|ing)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,6}?of\s{1,3}"
                         r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")


# An act a side's teller says was done, in the past perfect, that the sentence then says the other side
# denies (the guide: no event; the whole corpus codes these claims so): "Pakistan's military said Indian
# troops had opened fire on its posts in the Leepa valley, a claim New Delhi denied", "said its forces had
# taken the village of X, a claim Kyiv denied", "..., which Yerevan rejected". The perfect keeps the story's
# own act told by a side: "the group said its fighters killed 17 troops near X, a claim the military
# dismissed" (a20-059: the toll disputed, the attack coded). An aside may follow the verb of the claim, set
# off by commas: "claimed, without offering evidence, that the group had killed ... near X, a claim the
# army dismissed" (phantom62, b61-034).
_CLAIMED_BEFORE = re.compile(r"\b(?:said|says|claimed|claims|insisted|alleged)\b,?"
                             r"(?:\s{1,3}[\w'’,-]{1,30}){0,14}?\s{1,3}(?:had|has|have)\s{1,3}"
                             r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_CLAIMED_CHARS = 160
_CLAIM_DENIED_AFTER = re.compile(r"[^.;!?]{0,200}?,\s{1,3}(?:(?:a|an)\s{1,3}"
                                 r"(?:claim|allegation|charge|accusation|account|assertion|report)s?|which)"
                                 r"\s{1,3}(?:that\s{1,3})?"
                                 r"(?:[\w'’-]{1,30}\s{1,3}){0,5}?"
                                 r"(?:den(?:y|ies|ied)|reject(?:s|ed)|dismiss(?:es|ed)|refut(?:es|ed))\b")
_CLAIM_DENIED_CHARS = 300


def claim_denied(low: str, start: int, end: int) -> bool:
    """Whether the trigger at low[start:end] is a side's claim, told in the past perfect, that the sentence
    says the other side denies."""
    return _CLAIM_DENIED_AFTER.match(low, end, end + _CLAIM_DENIED_CHARS) is not None \
        and _CLAIMED_BEFORE.search(low, max(0, start - _CLAIMED_CHARS), start) is not None


# ... or denied by the next sentence: "Azerbaijan's defence ministry said Armenian forces had fired on its
# positions in X. Yerevan denied the claim, saying ..." (b26-067), "said its forces had captured the village
# of X. Ukraine's General Staff denied the claim" (b28-042): its opening words, then the denial of the claim.
_DENIED_NEXT = re.compile(r"\s{0,3}(?:[\w'’-]{1,30}\s{1,3}){0,6}?(?:den(?:ies|ied)|reject(?:s|ed)|"
                          r"dismiss(?:es|ed)|refut(?:es|ed))\s{1,3}(?:the|this|that|these|those|such)\s{1,3}"
                          r"(?:claims?|allegations?|accusations?|charges?|reports?|account)\b", re.I)


def claim_denied_next(low: str, start: int, following: str) -> bool:
    """Whether the trigger at ``start`` of a lower-cased sentence is a side's claim told in the past perfect
    that the ``following`` sentence opens by denying."""
    return _DENIED_NEXT.match(following) is not None \
        and _CLAIMED_BEFORE.search(low, max(0, start - _CLAIMED_CHARS), start) is not None


def accused_of(low: str, start: int) -> bool:
    """Whether the trigger at ``start`` of a lower-cased sentence is what someone is accused of."""
    return _ACCUSED_OF.search(low, max(0, start - 70), start) is not None


# An act named as the cause of the story's news, in the past perfect: "the Taliban said Pakistani air strikes
# on Kabul earlier in the week had triggered the fighting" (no comma between: "clashes in X, which had
# triggered an exodus" still report the clashes).
_CAUSED_AFTER = re.compile(r"[^.;,]{0,100}?\bhad\s{1,3}(?:\w{1,20}ly\s{1,3})?(?:triggered|sparked|prompted|"
                           r"provoked|caused|precipitated|set\s{1,3}off|led\s{1,3}to)\b")
_CAUSED_CHARS = 160
_DENIED_AFTER = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)|dismiss(?:es|ed)|refut(?:es|ed))\b")
# What reacts to an act told before: sanctions, trials, inquiries, funerals, anniversaries ("sanctions
# over the killings in X", "inquiry opens into Kuriga school kidnapping", "anniversary of the Ghouta
# chemical attack", "mourners buried victims of the strike").
_REACTION_TO = re.compile(
    r"\b(?:sanction\w{0,30}+|charg(?:e|es|ed|ing)|trials?|tried|convict\w{0,30}+|sentenc\w{0,30}+|"
    # a verdict either way: "was acquitted of rape but convicted of ..." names no new act
    r"acquit\w{0,30}+|indict\w{0,30}+|prosecut\w{0,30}+|investigat\w{0,30}+|inquiry|inquest|probe|"
    r"compensat\w{0,30}+|"
    r"apologi[sz]\w{0,30}+|mourn\w{0,30}+|funerals?|buried|burials?|anniversary|commemorat\w{0,30}+|"
    r"warrants?|verdicts?|lawsuits?|"
    # a court's case or hearing: "began hearing the case against 19 defendants over the March 2024 attack"
    # (phantom45)
    # (the noun only, not the verb: "reported hearing the sound of shelling")
    r"cases?|(?:the|a)\s{1,3}hearing|hearings|"
    r"memorials?|vigils?)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?"
    r"(?:over|into|of|about|for|behind|in\s{1,3}connection\s{1,3}with)\s{1,3}"
    r"(?:[\w'’-]{1,30}\s{1,3}){0,3}"
    # a second act the reaction is about: "over the killings of civilians in X in 2023 and the siege of Y"
    r"(?:[^.;:!?]{0,60}?\s(?:and|or)\s{1,3}(?:the\s{1,3}|its\s{1,3}|their\s{1,3})?)?$"
    # ... or the deed people are charged with: "Four men are charged with carrying out the shooting and arson
    # at the venue" (the deed's verb required: "police charged with batons" is a charge; phantom45)
    r"|\bcharg(?:e|es|ed|ing)\s{1,3}with\s{1,3}(?:carrying\s{1,3}out|committing|perpetrating|organi[sz]ing|"
    r"planning|participating\s{1,3}in|taking\s{1,3}part\s{1,3}in|involvement\s{1,3}in)\s{1,3}"
    r"(?:[\w'’-]{1,30}\s{1,3}){0,4}$")
_REACTION_CHARS = 130  # room for a second act ("over the killings in X in 2023 and the siege of Y")
# ... or the act named as the modifier of the reaction's noun, in headline grammar: "Beirut port blast
# probe", "Peshawar mosque bombing trial", "Marawi siege survivors", "bombing case" (a noun directly
# after the act word; "victims" is left out: "blast victims taken to hospital" is the act's own news).
_REACTION_NOUN_AFTER = re.compile(r"s?\s{1,3}(?:probes?|inquir(?:y|ies)|inquests?|investigations?|trials?|"
                                  r"cases?|hearings?|verdicts?|judges?|lawsuits?|survivors|anniversary|"
                                  r"memorials?|compensation)\b")
_REACTION_TO_GATE = WordGate(_REACTION_TO, (
    "sanction", "charg", "trial", "tried", "convict", "acquit", "sentenc", "indict", "prosecut",
    "investigat", "inquiry", "inquest", "probe", "compensat", "apologi", "mourn", "funeral", "buried",
    "burial", "anniversary", "commemorat", "warrant", "verdict", "lawsuit", "memorial", "vigil", "case",
    "hearing"))
# ... and the toll told in a relative clause of the act the reaction is about: "the trial over the 2022
# attack on a church in X, Y state, in which 40 worshippers were killed", "the anniversary of the assault
# on the college that killed 148", "indicted 13 people over the collapse of the canopy that killed 16"
# (the relative pronoun just before the toll; a reaction word and its "over"/"of" within the window).
_RELATIVE_TOLL = re.compile(r"\s(?:that|which|(?:in|during)\s{1,3}which\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?"
                            r"(?:were|was|had\s{1,3}been))\s{1,3}(?:had\s{1,3})?$"
                            # ... or active, its perpetrator named: "the March 2024 attack on X, in
                            # which gunmen killed 149", "the bombing of a cafe in X, in which a bomber
                            # killed 17" (phantom45)
                            r"|,\s{1,3}(?:in|during)\s{1,3}which\s{1,3}(?:an?\s{1,3}|the\s{1,3})?"
                            r"(?:[\w'’-]{1,30}\s{1,3})?(?:gunmen|attackers|assailants|militants|bombers?|fighters|"
                            r"insurgents|rebels|jihadists|soldiers|troops|police|a\s{1,3}mob)\s{1,3}(?:had\s{1,3})?$")
_RELATIVE_TOLL_CHARS = 90
_REACTION_HEAD = re.compile(
    r"\b(?:trials?|tried|indict\w{0,30}|charg(?:e|es|ed)|convict\w{0,30}|sentenc\w{0,30}|prosecut\w{0,30}|"
    r"inquiry|inquest|investigat\w{0,30}|probe|compensat\w{0,30}|anniversary|commemorat\w{0,30}|memorials?|"
    r"vigils?|funerals?|mourn\w{0,30}|lawsuits?|verdicts?|jail(?:s|ed)?|cases?|(?:the|a)\s{1,3}hearing|hearings)\b"
    r"[^.;:!?]{0,60}?\b"
    r"(?:over|into|of|about|for|"
    r"behind)\s")
_REACTION_HEAD_CHARS = 220
# What a court's verdict is about, however far into the sentence the act is named: "A military court in X
# sentenced 17 soldiers to death for abandoning their positions during the M23 offensive on Y", "A court
# in X sentenced two men to death on Tuesday for leading the mob that burned churches in Y", "The judges
# convicted the former leader of murders ... committed in X". Only after the court and its verdict verb.
_VERDICT_ABOUT = re.compile(r"\b(?:courts?|judges?|tribunals?|magistrates?)\s[^.;:!?]{0,60}?"
                            r"\b(?:sentenc|convict|jailed|acquitt|imprison|found\s{1,3}guilty|"
                            # headline grammar: "Tbilisi court jails protester for two years over clashes"
                            r"jails\b|fines\b|fined\b)"
                            # (not past a comma that opens another time: ", a day after gunmen attacked Y")
                            r"(?:[^.;:!?,]|,(?!\s{1,3}(?:(?:a|an|one|two|three|few|several|\d{1,2})\s{1,3})?"
                            r"(?:after|before|while|as|when|hours?|days?|weeks?|shortly|even|just)\b)){0,170}$")
_VERDICT_CHARS = 250
_VERDICT_ABOUT_GATE = WordGate(_VERDICT_ABOUT, ("court", "judge", "tribunal", "magistrate"))
# What an act avenges is an act told before: "in retaliation for the April attack on tourists", "a
# reprisal for the killing of two soldiers", "in revenge for last year's raids".
_AVENGED = re.compile(r"\b(?:retaliat\w{0,30}+|reveng\w{0,30}+|repris\w{0,30}+)\s{1,3}"
                      r"(?:for|over|against)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}$")
_AVENGED_GATE = WordGate(_AVENGED, ("retaliat", "reveng", "repris"))
# An act dated a week or more back by the words after it, in its own clause: "schoolgirls abducted from a
# school in Maga, Kebbi state, last week", "peacekeepers had been shelled near Sake, west of the city, last
# week", "a raid on the camp two months ago". (The guide: earlier events and runs over a period are
# background.)
# "two months ago", "a year ago" (shared with _PAST_OPENER)
_AGO = r"(?:a|one|two|three|four|five|six|several|\d{1,2})\s{1,3}(?:weeks?|months?|years?)\s{1,3}ago"
_DATED_BACK = re.compile(r"\b(?:last|earlier\s{1,3}(?:this|in\s{1,3}the))\s{1,3}(?:week|month|year)\b"
                         r"(?!['’])|\b" + _AGO + r"\b|"
                         # "had exchanged fire there a month earlier"
                         r"\b(?:a|one|two|three|four|five|six|several|\d{1,2})\s{1,3}(?:weeks?|months?|years?)"
                         r"\s{1,3}(?:earlier|before)\b")
# ... read only after a passive participle, which names an act told before ("abducted from a school in X
# last week", "had been shelled near X last week"), not after a report's main verb ("The bombing of
# Mariupol killed hundreds last week" still reports it).
_PARTICIPLE = re.compile(r"(?:ed|en|ck|ot)\s{1,3}(?:from|in|at|near|on|by|outside|around|during|inside)\b")
# ... or in the past perfect ("where border forces had exchanged fire a month earlier"), or as the act a
# participle names its people by ("14 civilians killed in a drone strike on Dabat last week").
_BEEN_BEFORE = re.compile(r"\b(?:been|had)\s{1,3}$|"
                          r"\b(?:[a-z]{2,20}(?:ed|en)|dead)\s{1,3}(?:in|by|during)\s{1,3}"
                          r"(?:an?|the)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$")
# A run over a period, "dozens of airstrikes in Puntland this year", "killed thousands in recent years" (not
# "hit for the third time this year", "one of the deadliest this year").
_OVER_PERIOD = re.compile(r"(?<!time\s)(?<!times\s)(?<!est\s)\bthis\s{1,3}year\b(?!['’])|"
                          # ... or a week's or a month's ("40 women raped in Tawila camp this week"; not
                          # "earlier this week", a day of it, nor "later this month", still to come)
                          r"(?<!time\s)(?<!times\s)(?<!est\s)(?<!earlier\s)(?<!later\s)"
                          r"\bthis\s{1,3}(?:week|month)\b(?!['’])|"
                          r"\bin\s{1,3}recent\s{1,3}(?:weeks|months|years)\b")
_OVER_PERIOD_GATE = WordGate(_OVER_PERIOD, ("year", "recent", "week", "month"))  # in every match
# The count a week's or a month's toll gives, before the act or after it ("40 villagers", "dozens of").
_PERIOD_COUNT = re.compile(r"\d|\b(?:dozens|scores|hundreds|thousands)\b")
_PERIOD_COUNT_CHARS = 40
# ... nor a run the text then dates an act of: "37 killed in X this month, including three men shot dead
# at a car wash on Friday" (the window read after the run for a day).
_DAY_AFTER_RUN_CHARS = 120


def _count_from(low: str, start: int) -> int:
    """Where a toll's count before the act ``start`` may begin: at most _PERIOD_COUNT_CHARS back, and not
    before a break (a dateline's "Aug 20 (Reuters) -", a sentence's end)."""
    lo = max(0, start - _PERIOD_COUNT_CHARS)
    return max([lo] + [low.rfind(ch, lo, start) + 1 for ch in ".-—–)"])
_DATED_BACK_CHARS = 80
# ... or a report's quarter or half-year after the act, whatever acts it names on the way: "1,200 civilians
# killed in Myanmar airstrikes in first quarter", "casualties in Kandahar fell in the first half of the year"
# (not "the first half-hour", nor an act told on a day before it).
_QUARTER = re.compile(r"\bin\s{1,3}(?:the\s{1,3})?(?:first|second|third|fourth|last|final)\s{1,3}"
                      r"(?:quarter|half)\b(?!-)")
_QUARTER_GATE = WordGate(_QUARTER, ("quarter", "half"))
# A toll over a span of months or years told after the act, in its clause: "Gang violence killed at least
# 1,520 people in Port-au-Prince and the Artibonite region between April and June", "attacks killed 300
# from January to March" (the guide: an aggregate toll over a period is no event).
_SPAN_MONTH = (r"(?:(?:early|late|mid)[\s-]{1,3})?(?:" + "|".join(MONTHS)
               + r"|(?:19|20)\d\d)(?:\s{1,3}(?:19|20)\d\d)?")
_SPAN_AFTER = re.compile(r"(?:[^.;:!?,]|[.,](?=\d)){0,140}?\b(?P<span>between|from)\s{1,3}" + _SPAN_MONTH
                         + r"\s{1,3}(?:and|to|until|through)\s{1,3}" + _SPAN_MONTH + r"\b")
_SPAN_AFTER_GATE = WordGate(_SPAN_AFTER, ("between", "from"))
_SPAN_CHARS = 220  # 140 characters of the clause and two months with their years
# ... not past another clause or a day of the report: "killed two in X on Monday as evacuations continued
# from March to May" reports Monday's act.
_SPAN_BREAK = re.compile(r"\s(?:but|while|whereas|as|when|after|before|since|said|says|told|where|which|who|"
                         r"that|amid|following|during|adding|monday|tuesday|wednesday|thursday|friday|"
                         r"saturday|sunday|yesterday|overnight|today)\s")
_DATED_BACK_BREAK = re.compile(r"[;:.!?—–(\"“”]|\s(?:but|while|whereas|as|when|and|after|before|since|"
                               r"said|says|told|where|which|who|that|amid|following|during|than)\s")
# A truce named by "the" and a participle is one made before: "testing the ceasefire brokered in Sharm
# el-Sheikh", "the deal signed in Doha last year" (not "A truce was brokered in Doha on Sunday"); also
# the object's "a" ("accused the other of breaking a ceasefire agreed in Doha"; not a sentence's first
# "A ceasefire agreed in Doha took effect"), an apposed participle ("The truce, brokered in Doha in
# January, has collapsed") and the summit that made it ("The truce, sealed at a summit in X, has held").
_KNOWN_DEAL = re.compile(r"(?:\b(?:the|this|that|its|their)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?"
                         r"(?:cease-?fire|truce|deal|agreement|accord|pact)s?,?\s{1,3}"
                         # (an adverb of time before the participle: "The truce, first agreed in Doha on
                         # Oct. 19, ended ...", blind b65-076; phantomw64)
                         r"(?:(?:first|initially|originally|previously|already)\s{1,3})?"
                         r"(?:brokered|agreed|signed|reached|struck|mediated|sealed|concluded|clinched)\b"
                         # ("signed a peace agreement brokered by the United States" is the deal itself)
                         r"|(?<=[a-z] )an?\s{1,3}(?:[\w-]{1,30}\s{1,3})?"
                         r"(?:cease-?fire|truce|deal|agreement|accord|pact)\s{1,3}"
                         # (a deal's document after its noun: "violating a ceasefire declaration agreed in
                         # Doha", blind b63-070; phantomw64)
                         r"(?:(?:declaration|framework|roadmap|memorandum)\s{1,3})?"
                         r"(?:brokered|agreed|signed|reached|struck|mediated|sealed)\s{1,3}(?:in|at)\s)"
                         r"(?:\s{1,3}(?:at|during)\s{1,3}(?:an?|the)\s{1,3}(?:[\w-]{1,30}\s{1,3})?"
                         r"(?:summit|meeting|talks|conference)\b)?")
_KNOWN_DEAL_CHARS = 60
# ... and a deal a concession names: "clashed near Masisi, despite a declaration of principles signed in
# Doha", "despite a framework agreement signed by Kinshasa and the rebels in Doha last month" (blind b54-068,
# b61-074): what "despite" opposes to the news was made before it. The trigger lies in the noun phrase
# "despite" opens (up to five words before it, no break), and the phrase tells the deal made: the trigger is
# the participle or one follows it ("despite a truce brokered by elders"; not a headline's "Despite Damascus
# agreement | Clashes ...", whose deal the body tells as the news, long20).
_DESPITE_DEAL = re.compile(r"\bdespite\s{1,3}(?:(?:an?|the|its|their|this|that|last\s{1,3}\w{1,10}['’]s)"
                           r"\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,5}$")
_DESPITE_DEAL_CHARS = 120
_DEAL_MADE = re.compile(r"(?:[\w-]{1,30}\s{1,3}){0,2}?(?:brokered|agreed|signed|reached|struck|mediated|"
                        r"sealed|concluded|negotiated)\b")


# An act a comparison names: "It was the second mass kidnapping in two weeks, after students were taken
# from a college in Kagara", "the deadliest attack since gunmen stormed a church in Owo".
_RANKED = r"(?:second|third|fourth|fifth|sixth|latest|deadliest|worst|bloodiest|largest|biggest)"
_COMPARED = re.compile(r"\b(?:was|is|were|are|marks?|marked|became|becomes)\s{1,3}(?:the|a|its|their)\s{1,3}"
                       r"(?:" + _RANKED + r"|most\s{1,3}\w{1,30})\b[^.;!?]{0,100}?\b"
                       r"(?:after|since|following)\s{1,3}"
                       r"(?:[\w'’-]{1,30}\s{1,3}){0,6}$")
_COMPARED_CHARS = 200
# ... and the act told before, which the comparison characterises: "It was the second mass school
# kidnapping in two weeks" (what follows places the earlier act, not this one).
_CHARACTERISED = re.compile(r"\b(?:it|this|that|which)\s{1,3}(?:was|is|marks?|marked|became)\s{1,3}(?:the|a)"
                            r"\s{1,3}" + _RANKED + r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}$")


# An act only named by someone: "blames India for what it called a terrorist attack in Balochistan",
# "launched what it called anti-terrorist measures" (the naming tells no act of its own; a killing told
# beside it, "five killed in what it called an attack", stays).
_NAMED_AS = re.compile(r"\bwhat\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?(?:called|calls|termed|terms|dubbed|dubs|"
                       r"labell?ed|describe[sd]\s{1,3}as|characteri[sz]ed\s{1,3}as)\s{1,3}[\"“'‘]?"
                       r"(?:(?:an?|the)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
# ... but what a condemnation names stays the act it reacts to ("authorities in Kinshasa condemned what they
# called a barbaric attack": a reaction, no statement event of its own).
_CONDEMNS = re.compile(r"\b(?:condemn\w{0,30}+|denounc\w{0,30}+|deplor\w{0,30}+|mourn\w{0,30}+)\s{1,3}$")
# A plot's act is only planned, whoever foiled it: "foiled a plot by al-Shabaab to bomb a church in X",
# "IS plot to attack Karbala pilgrims", "a conspiracy to assassinate" (and "foiled a plot" is no weapon
# disrupted: _PLOT_AFTER).
_PLOTTED = re.compile(r"\b(?:plot(?:s|ted|ting)?|conspir\w{0,30}+|schem(?:e|es|ed|ing))\s{1,3}"
                      r"(?:[\w'’-]{1,30}\s{1,3}){0,3}?to\s{1,3}$")
_PLOT_AFTER = re.compile(r"\s{1,3}(?:(?:an?|the|its|their|what\s{1,3}\w{1,30}\s{1,3}called)\s{1,3})?"
                         r"(?:[\w'’-]{1,30}\s{1,3}){0,3}?(?:plots?|conspirac(?:y|ies)|coups?|schemes?|plans?)\b")
_FOILS = ("foil", "thwart")
# An act named only as what a plot was of: "foiled a coup plot", "an alleged bomb plot", "attack plans".
_PLOT_NOUN_AFTER = re.compile(r"\s{1,3}(?:plots?|plotters?|conspirac(?:y|ies)|schemes?|plans?)\b")
# Concern at forces gathering is no change told as fact: "alarmed by the mobilisation of armed groups
# around Zawiya", "UN 'alarmed' by troop mobilisation in Upper Nile", "worried about the build-up".
_CONCERN_AT = re.compile(r"\b(?:alarm(?:ed|ing)?|concern(?:ed|s)?|worr(?:ied|ies|y)|troubled|disturbed|"
                         r"fears?|feared)[\"”'’]?\s{1,3}(?:by|about|over|at)\s{1,3}(?:(?:the|a|an|reports"
                         r"\s{1,3}of)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_CONCERN_SUBS = ("Change to group/activity", "Other", "Headquarters or base established")
# A run of acts over a period told in the perfect: "Attacks in the Mopti and Segou regions have forced
# 400,000 people to flee since January", "Jihadist violence has killed 400 people since October", "gangs
# have killed 300 in Artibonite since March" (not "Fighting ... has killed 83 since Saturday": an act
# still going on, dated by its first day).
_WEEKDAY_WORDS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last\\s{1,3}night"
_PERIOD_AFTER = (r"[^.;:!?—–]{0,120}?\b(?:since\s{1,3}(?!(?:" + _WEEKDAY_WORDS + r")\b)|"
                 r"(?:over|in|during)\s{1,3}(?:the\s{1,3})?(?:past|last|recent)\s{1,3}(?:\w{1,30}\s{1,3})?(?:weeks|months|years)\b|"
                 r"so\s{1,3}far\s{1,3}this|this\s{1,3}year\b|"
                 # "have blocked roads across the region for a week": a run as long as weeks (not "for two
                 # days": an ongoing act of the last days is the news, coded at its first day)
                 r"for\s{1,3}(?:(?:a|one|two|three|four|five|six|several|many|\d{1,3})\s{1,3})?(?:weeks?|months?|years?)\b)")
_PERFECT_AFTER = re.compile(r"[^.;:!?—–,]{0,80}?\b(?:has|have)\s{1,3}"
                            r"(?:now\s{1,3}|already\s{1,3}|so\s{1,3}far\s{1,3})?(?:killed|forced|displaced|uprooted|driven|left|claimed|wounded|injured|"
                            r"cost)\b" + _PERIOD_AFTER)
_PERIOD = re.compile(_PERIOD_AFTER)
# Plural acts as the subject of a perfect that uprooted people: "Attacks in the Mopti and Segou regions have
# forced more than 400,000 people from their homes" is a tally with or without a period (a single "attack
# has forced 2,000 to flee" may be the news itself, and is not read here).
_PLURAL_ACTS = re.compile(r"(?:attacks|raids|killings|bombings|air\s?strikes|strikes|massacres)\b")
_DISPLACED_AFTER = re.compile(r"[^.;:!?—–,]{0,80}?\b(?:has|have)\s{1,3}(?:now\s{1,3}|already\s{1,3})?"
                              r"(?:displaced|uprooted|(?:forced|driven)\b[^.;:!?]{0,60}?\b(?:homes|flee|from))\b")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s{1,3}(?:now\s{1,3}|already\s{1,3})?(?:been\s{1,3})?$")
# ... or a perfect that carried out many of them: "which has carried out dozens of airstrikes ... this year".
_PERFECT_RUN_BEFORE = re.compile(r"\b(?:has|have)\s{1,3}(?:now\s{1,3}|already\s{1,3})?(?:carried\s{1,3}out|"
                                 r"conducted|launched|staged|mounted|waged)\s{1,3}(?:dozens|hundreds|scores|"
                                 r"thousands|several|many|numerous|a\s{1,3}(?:series|string|wave|spate)|\d[\d,]*)"
                                 r"\s{1,3}(?:of\s{1,3})?(?:[\w-]{1,20}\s{1,3})?$")
_PERFECT_RUN_CHARS = 80
# ... or plural acts called frequent, the subject of a perfect: "where repeated jihadist attacks have made it
# impossible to vote", "Near-daily strikes on the town have emptied it" (a habit, not one act; not "Repeated
# strikes hit the port on Monday": no perfect, the news).
_FREQUENT_BEFORE = re.compile(r"\b(?:repeated|frequent|regular|recurrent|recurring|persistent|incessant|"
                              r"relentless|constant|near-daily|nightly)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$")
_FREQUENT_CHARS = 40
_HAVE_AFTER = re.compile(r"[^.;:!?—–,]{0,60}?\b(?:has|have)\s")
# ... or plural acts a side "has stepped up" or "had extended": a trend of a war, not one act ("the US has
# stepped up air strikes against the group in the mountains of X", "the ADF had extended their attacks
# into Y province"; not "troops stepped up attacks on Monday": no perfect, the news).
_TREND_BEFORE = re.compile(r"\b(?:has|have|had)\s{1,3}(?:also\s{1,3}|now\s{1,3}|recently\s{1,3})?"
                           r"(?:stepped\s{1,3}up|ramped\s{1,3}up|intensified|escalated|extended|expanded|"
                           r"increased|multiplied)\s{1,3}(?:(?:its|their|the|his|her)\s{1,3})?"
                           r"(?:[\w-]{1,20}\s{1,3}){0,2}$")
# ... or plural acts told as a count that grows, the subject of a verb of rising or after its participle:
# "as prison killings mount", "Schools shut in Kaduna as abductions surge", "amid rising kidnappings" (a
# trend the headline gives as the reason for its news, no act of the day: heads66, blind b64-011). The verb
# in the plural's own form (not "Toll from Kaduna attacks rises to 30": a toll headline is an event), and
# not "spread", whose place is where the fighting reached ("as fighting spreads to Walikale").
_RISING_COUNT_AFTER = re.compile(r"\s{1,3}(?:(?:are|have|keep|continue\s{1,3}to)\s{1,3})?"
                                 r"(?:mount(?:ing|ed)?|surg(?:e|ing|ed)|ris(?:e|ing)|risen|climb(?:ing|ed)?|"
                                 r"soar(?:ing|ed)?|spik(?:e|ing|ed)|grow(?:ing|n)?|multiply(?:ing)?|multiplied|"
                                 r"escalat(?:e|ing|ed)|pile\s{1,3}up)\b(?!\s{1,3}to\s{1,3}\d)")
_RISING_COUNT_BEFORE = re.compile(r"\b(?:rising|mounting|surging|soaring|growing|escalating|spiralling|"
                                  r"spiraling|increasing|multiplying)\s{1,3}(?:[\w-]{1,20}\s{1,3})?$")
_RISING_COUNT_CHARS = 45
# ... the verb's form only after a word that makes the count a reason or a circumstance ("as prison killings
# mount", "amid ... attacks that keep rising"): as a headline's main verb the plural is the news ("Clashes
# escalate in Tripoli", "Anti-government protests mount in Nairobi", "Kidnappings surge in Zamfara, 40
# villagers taken"; a second read of heads66).
_RISING_COUNT_AS = re.compile(r"\b(?:as|amid|while|with)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}$")
# The plural that ends a trigger or its next word: "killing" of "killings", "mob" of "mob killings".
_PLURAL_NEXT = re.compile(r"s\b|[a-z]{0,20}\s{1,3}[a-z]{1,20}s\b")


def _plural_head(low: str, end: int) -> bool:
    """Whether the trigger ending at ``end`` is a plural, or the word after it is (bounded: linear)."""
    return low[end - 1:end] == "s" or _PLURAL_NEXT.match(low, end, end + 45) is not None


def _rising_count(low: str, start: int, end: int) -> bool:
    """Whether the trigger at low[start:end], a plural (its "s" may follow it: "killing" of "killings"), is a
    count told as growing (see _RISING_COUNT_AFTER; bounded windows: linear)."""
    if low[end:end + 1] == "s":
        end += 1
    elif low[end - 1:end] != "s":
        return False
    return _RISING_COUNT_AFTER.match(low, end, end + _RISING_COUNT_CHARS) is not None \
        and _RISING_COUNT_AS.search(low, max(0, start - 2 * _RISING_COUNT_CHARS), start) is not None \
        or _RISING_COUNT_BEFORE.search(low, max(0, start - _RISING_COUNT_CHARS), start) is not None


# A sentence that opens on a past time tells an earlier act in its first clause: "Last year, the group
# seized Mansila, and on Tuesday its fighters attacked Djibo", "Two years ago, ...". (A fronted year,
# "In 2019, ...", dates its clause, which is then background: see clauses.py.)
_PAST_OPENER = re.compile(r"\W{0,3}(?:last\s{1,3}(?:year|month|week|summer|spring|autumn|winter)|"
                          r"earlier\s{1,3}this\s{1,3}(?:month|year)|" + _AGO + r")\s{0,3},")
_PAST_OPENER_CHARS = 150


_BEEN_ARTICLES = frozenset(("a", "an", "the"))


def _been_before(low: str, pos: int, end: int) -> bool:
    """``_BEEN_BEFORE.search(low, pos, end) is not None``, searched only when the window's last word ends
    in "been" or "had", or it or the word before it is an article: every match ends so (\\s and
    str.split() read the same whitespace), and most windows end otherwise."""
    words = low[pos:end].rsplit(None, 2)
    if not words or not (words[-1].endswith(("been", "had")) or words[-1] in _BEEN_ARTICLES
                         or len(words) > 1 and words[-2] in _BEEN_ARTICLES):
        return False
    return _BEEN_BEFORE.search(low, pos, end) is not None


def _dated_back(low: str, start: int, end: int) -> bool:
    """Whether the words after a trigger, in its clause, date it a week or more back or over a period (see
    _DATED_BACK, _OVER_PERIOD)."""
    opened = _sentence(low).opened
    after = low[end:end + _DATED_BACK_CHARS]
    participle = _PARTICIPLE.match(low, end - 2, end + 12) is not None \
        or _been_before(low, max(0, start - 50), start)
    for pattern in (_DATED_BACK, _OVER_PERIOD) if participle else (_OVER_PERIOD,):
        # (lowered text: the gate's own; a sentence without its words has none in the window)
        if pattern is _OVER_PERIOD and not (_OVER_PERIOD_GATE in opened and _OVER_PERIOD_GATE.opens(after)):
            continue
        m = pattern.search(after)
        if m is not None and _DATED_BACK_BREAK.search(after, 0, m.start()) is None \
                and _EVENT_WORD.search(after, 0, m.start()) is None \
                and not (pattern is _OVER_PERIOD and m.group().endswith(("week", "month"))
                         and (_RECENT_DAY.search(after, 0, m.start()) is not None
                              or _RECENT_DAY.search(low, end + m.end(), end + m.end() + _DAY_AFTER_RUN_CHARS)
                              is not None
                              or _PERIOD_COUNT.search(low, _count_from(low, start), end) is None
                              and _PERIOD_COUNT.search(after, 0, m.start()) is None)):
            # (a week's or a month's run is a toll: it counts, "40 women raped ... this week"; after a day
            # the act names it is a comparison: "clashed in X on Monday, the second such battle this month")
            return True
    if _QUARTER_GATE in opened and _QUARTER_GATE.opens(after) and (m := _QUARTER.search(after)) is not None:
        return _DATED_BACK_BREAK.search(after, 0, m.start()) is None \
            and _RECENT_DAY.search(after, 0, m.start()) is None
    return False


# ... unless the words after it date it this week: "retaliation for a Pakistani airstrike on Kabul on
# Thursday" is an event of its own.
_RECENT_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|overnight|"
                         r"today|last\s{1,3}night|this\s{1,3}week)\b")


def _dated_recently(low: str, end: int) -> bool:
    after = low[end:end + _DATED_BACK_CHARS]
    m = _RECENT_DAY.search(after)
    return m is not None and _DATED_BACK_BREAK.search(after, 0, m.start()) is None


def _known_deal(low: str, start: int, end: int) -> bool:
    """Whether the trigger is part of a truce named as made before (see _KNOWN_DEAL)."""
    lo = max(0, start - _KNOWN_DEAL_CHARS)
    return any(m.start() <= start - lo and end - lo <= m.end()
               for m in _KNOWN_DEAL.finditer(low[lo:end + _KNOWN_DEAL_CHARS]))


# Alerts and drills name a threat, not an act: "Air raid alert in Odesa region", "missile strike sirens".
_ALERT_AFTER = re.compile(r"s?[\s-](?:alerts?|alarms?|sirens?|warnings?|drills?|shelters?)\b")
# An accident: "a gas pipe blast tore through an apartment block", "boiler explosion" (only the
# blast words: "poison gas attack" is a chemical weapon).
_ACCIDENT_BEFORE = re.compile(r"\b(?:gas|boiler|methane|propane|cylinder|transformer|fireworks?|accidental|"
                              r"industrial|kitchen|stove|furnace|fuel|petrol|diesel|tanker|"
                              # a store of goods named before its blast: "Warehouse blast in Chittagong
                              # kills 6", "a factory explosion" (phantom49)
                              r"warehouse|factory|godown)\s{1,3}(?:(?:pipe|leak|line|main|tank|tanker|"
                              # the vessel that blew up: "a gas canister exploded", "a gas bottle blew up",
                              # "a tanker truck exploded" (phantom49)
                              r"station|plant|factory|canisters?|cylinders?|bottles?|trucks?|lorry|lorries)\s{1,3})?"
                              # ... after a crash of its own: "a fuel tanker overturned and exploded"
                              # (phantom49)
                              r"(?:(?:overturned|crashed|caught\s{1,3}fire)\s{1,3}and\s{1,3})?$")
_BLAST = ("blast", "explo")
# ... told after the blast: "the explosion of a fuel tanker on the highway".
_TANKER_AFTER = re.compile(r"s?\s{1,3}of\s{1,3}an?\s{1,3}(?:fuel|gas|petrol|diesel|oil)\s{1,3}tankers?\b")
# The acts an alert is named after ("air raid alert", "strike warning"); a weapon's siren ("rocket sirens
# sound in Sderot; projectile intercepted") still places the interception told beside it.
_ALERTED = ("raid", "air raid", "air-raid", "strike", "airstrike", "air strike", "attack", "shelling", "bomb")


# A manned craft as the subject of "downed"/"shot down" (sides49), and the "by" after it.
_CRAFT_DOWNED = re.compile(r"\b(?:helicopters?|(?:war)?planes?|aircraft|jets?|gunships?)\s"
                           r"(?:was|were|had been|has been|have been)\s(?:brought\s)?$")
_DOWNED_BY = re.compile(r"(?:\sdown)?\sby\s(?:an?\s|the\s)?")
# ... and the active voice (types58): a weapon right before the verb and a manned craft as its object ("a
# drone downed a police helicopter", "a drone attack downed a police helicopter", "a rebel drone shot down a
# military transport plane"): the weapon's strike, no weapon stopped (not "air defences downed a drone",
# nor "a missile downs a US Reaper drone": a drone is what the guide calls a stopped weapon).
_WEAPON_BEFORE_DOWNING = re.compile(r"\b(?:drones?|uavs?|missiles?|rockets?)(?:\s(?:attacks?|strikes?))?\s$")
_WEAPON_BEFORE_DOWNING_CHARS = 24
_CRAFT_AFTER_DOWNING = re.compile(r"\s(?:an?\s|the\s|its\s|their\s)?(?:[\w'’-]{1,30}\s){0,3}?"
                                  r"(?:helicopters?|(?:war)?planes?|aircraft|jets?|gunships?)\b")


# Deaths from nature or accident: "A storm killed four people", "killed in a landslide".
NATURE = (r"(?:storms?|floods?|flooding|flash\s{1,3}floods?|landslides?|mudslides?|earthquakes?|quakes?|"
           r"cyclones?|hurricanes?|typhoons?|tornado(?:e)?s?|lightning|heatwaves?|heat\s{1,3}wave|avalanches?|blaze|"
           r"accidents?|crash(?:es)?|collisions?|stampedes?|cholera|disease|outbreaks?|famine|starvation|"
           # epidemics by name: "Dengue kills 40 in X", "Lassa fever has killed 138"
           r"dengue|malaria|measles|ebola|mpox|diphtheria|meningitis|polio|typhoid|anthrax|lassa\s{1,3}fever|"
           r"epidemics?|"
           r"drowning|downpours?|snowstorms?|"
           # wind and what it brings down: "killed when strong winds flipped his truck", "killed by falling
           # trees" (session 44, phantom53: no armed men are winds or falling trees)
           r"(?:strong|high|gale-force|storm-force|cyclone-force|hurricane-force)\s{1,3}winds|"
           r"falling\s{1,3}(?:trees?|branch(?:es)?|debris|masonry|rocks?|boulders?)|"
           # a collapse, a volcano and a storm by its name: "Mine collapse near X kills 9", "Mount Merapi
           # erupted ..., killing two climbers", "Typhoon Yagi has killed at least 59" (phantom45)
           r"(?:mine|pit|building|roof|wall|dam|tunnel|quarry|stand)\s{1,3}collapses?|volcano(?:e)?s?|"
           r"(?:volcanic\s{1,3})?eruptions?|mount\s{1,3}[\w-]{1,30}\s{1,3}(?:erupted|erupts|exploded|explodes)|"
           r"(?:typhoon|hurricane|cyclone|tropical\s{1,3}storm)\s{1,3}[a-z][\w-]{1,20}|"
           # cold by its season or its spell: "a late frost had killed half the blossom", "A harsh winter has
           # killed 5 million head of livestock", "found dead of hypothermia"
           r"frosts?|(?:harsh|severe|bitter|freezing)\s{1,3}winters?|cold\s{1,3}(?:snaps?|spells?|waves?)|"
           r"blizzards?|hypothermia|"
           # rain by its weight or season: "Torrential rain has killed 17", "monsoon rains killed"
           r"(?:heavy|torrential|monsoon|incessant|seasonal)\s{1,3}rain(?:s|fall)?|rainstorms?|sandstorms?|bridge\s{1,3}collapse|"
           r"wildfires?|bush\s{0,3}fires?|forest\s{1,3}fires?|flood\s{0,3}waters?|tsunamis?|tremors?|aftershocks?|"
           # a tanker that blew up on a road is an accident ("fuel tanker explosion", "the blast of a tanker")
           r"(?:(?:fuel|gas|petrol|diesel|oil)\s{1,3})?tanker\s{1,3}(?:explosions?|blasts?|fires?)|"
           r"(?:explosions?|blasts?)\s{1,3}of\s{1,3}an?\s{1,3}(?:fuel|gas|petrol|diesel|oil)\s{1,3}tankers?)")
# ("Town flood: death toll rises": a topic's colon between)
# ("Cyclone Chido: death toll ...": the hazard's name before the colon)
_NATURE_BEFORE = re.compile(r"\b" + NATURE + r"(?:\s{1,3}[\w'’-]{1,30}(?=:))?"
                            r"(?::?\s{1,3}(?:(?:have|has|had|were|was)\s{1,3})?"
                            r"(?:[\w'’-]{1,30}\s{1,3}){0,1}|"
                            # ... its place between, in the perfect: "Floods in Assam have killed 52" (the
                            # auxiliary required: "flooding near the camp where gunmen killed" is no toll)
                            r"\s{1,3}(?:in|across|around|near)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?"
                            r"(?:have|has|had)\s{1,3}(?:also\s{1,3})?)$")
_NATURE_BEFORE_CHARS = 80
_NATURE_AFTER = re.compile(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?(?:in|by|after|during|from|of)\s{1,3}"
                           r"(?:an?\s{1,3}|the\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,1}" + NATURE + r"\b")
_DEATH_WORDS = ("kill", "dead", "die", "death", "wound", "injur", "drown")
# ... or a hazard told after the toll by "as" or "when", its verb after it: "At least nine people died in X
# overnight as torrential rain flooded the Y district", "Two pilgrims were killed and 30 injured when a
# landslide hit a camp near X" (session 38, phantom44: the hazard directly after the conjunction and its
# determiner, so "killed as jihadists storm X" and "killed as shelling set off a landslide" stay acts; and
# see nature_as_toll: no weapon or armed men before it, no active "kills": "Gunmen kill 5 in X as floods
# wash away a bridge in Y" is two news).
_NATURE_AS_AFTER = re.compile(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?(?:as|when)\s{1,3}"
                              r"(?:an?\s{1,3}|the\s{1,3})?" + NATURE + r"\b")
_NATURE_AS_CHARS = 120
# A fire as the subject of a sweep or strike: "A fire swept through the camp", "the blaze that tore
# through" (a determiner or a size before it: "artillery fire struck" stays an act).
_FIRE_BEFORE = re.compile(r"\b(?:an?|the)\s{1,3}(?:(?:huge|massive|large|big|major|deadly|raging|"
                          r"devastating|fast-moving)\s{1,3})?(?:fire|blaze|inferno)s?\s{1,3}"
                          r"(?:(?:that|which|has|had|have)\s{1,3})?$"
                          # ... or flames, bare (no weapon's fire is "flames"): "as flames swept into the
                          # suburb of X" (phantom45)
                          r"|\bflames\s{1,3}(?:(?:that|which|has|had|have)\s{1,3})?$")
# ... or the sentence's first word, bare: "Fire swept through a market in X's Y area on Wednesday".
_FIRE_OPENS = re.compile(r"\W{0,3}(?:fire|blaze|inferno)s?\s{1,3}(?:(?:that|which|has|had|have)\s{1,3})?")
_FIRE_OPENS_MOST = 24
# A fight against water or fire is no battle: "residents of X battled the rising water for a second night",
# "firefighters fought the blaze", "battling floods" (the fighting verbs, then a flood or a fire).
_FOUGHT = ("battl", "fought", "fight")
_FOUGHT_NATURE = re.compile(r"\s{1,3}(?:(?:the|a|an)\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,3}?(?:" + NATURE
                            + r"|flames?|fires?|waters?|floodwaters?|rising\s{1,3}water)\b")
# A blast or an aircraft's loss (or the toll told after it) whose teller rules out an attack, later in the
# sentence: an accident ("A fire
# at an ammunition depot set off blasts that killed nine ..., the government said, blaming the heat and
# ruling out an attack", "An army helicopter crashed ..., the military said, ruling out hostile fire").
_BLAST_OR_CRAFT = ("blast", "explo", "helicopter", "plane", "aircraft", "jet")
_CRAFT_BEFORE = re.compile(r"\b(?:blasts?|explosions?|helicopters?|planes?|aircraft|jets?)\b")
_RULED_OUT_ATTACK = re.compile(r"(?<!not\s)(?<!never\s)(?<!n't\s)\brul(?:ed|ing|es?)\s{1,3}out\s{1,3}"
                               r"(?:an?\s{1,3}|any\s{1,3})?"
                               r"(?:(?:militant|terrorist|rebel|enemy)\s{1,3})?"
                               r"(?:attacks?|sabotage|hostile\s{1,3}(?:fire|action)|foul\s{1,3}play|terrorism|"
                               r"shoot-?downs?|a\s{1,3}strike)\b")
_RULED_OUT_CHARS = 170
_RULED_OUT_ATTACK_GATE = WordGate(_RULED_OUT_ATTACK, ("ruled", "ruling", "rule"))
# ... or whose teller names an accident's cause, before or after it: "An explosion at a depot killed three
# workers, state media said, blaming a gas leak", "a helicopter crashed in bad weather, killing its crew",
# "the blast was caused by a faulty gas cylinder".
_ACCIDENT_CAUSE = re.compile(r"\b(?:blam(?:ing|ed|es)|caused\s{1,3}by|due\s{1,3}to|because\s{1,3}of|"
                             r"attributed\s{1,3}to|crash(?:ed|es)\s{1,3}in)\s{1,3}(?:it\s{1,3}on\s{1,3})?"
                             r"(?:(?:an?|the)\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,2}?"
                             r"(?:gas\s{1,3}(?:leak|cylinder)s?|leaks?|electrical\s{1,3}faults?|short[\s-]{1,3}circuits?|"
                             r"faulty\s{1,3}wiring|(?:technical|mechanical)\s{1,3}(?:faults?|failures?|problems?)|"
                             r"engine\s{1,3}failure|bad\s{1,3}weather|poor\s{1,3}visibility|fog|human\s{1,3}error|"
                             r"negligence)\b")
_ACCIDENT_CAUSE_GATE = WordGate(_ACCIDENT_CAUSE, ("blam", "caused", "due", "because", "attributed", "crash"))
# ... or the cause told as the subject that set the blast off: "a fire at a petrol station on the outskirts of
# X caused an explosion that killed 13", "a gas leak triggered a blast" (a fire, leak or lightning named with
# its determiner; no weapon or armed men in the window: "shelling started a fire that caused an explosion").
_CAUSED_BLAST_BEFORE = re.compile(r"\b(?:an?|the)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?(?:fire|blaze|leak|"
                                  r"short[\s-]{1,3}circuit|lightning(?:\s{1,3}strike)?)\b[^.;!?]{0,100}?"
                                  r"\b(?:caused|triggered|sparked|set\s{1,3}off|led\s{1,3}to)\s{1,3}"
                                  r"(?:an?\s{1,3}|the\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,2}?$")
_CAUSED_BLAST_CHARS = 150
# Verbs a flood, storm or fire is the subject of, as armed men are: "Flash floods swept through camps",
# "The flood struck before dawn", "a storm hit the coast", "landslides blocked the road".
_SWEEPS = ("swe", "struck", "strik", "hit", "tore", "tear", "ravag", "batter", "pound", "lash", "overr",
           "block")
# An accident told by its verb before the toll: "the building collapsed, killing ten", "a helicopter
# crashed in bad weather, killing all five crew" (one clause, its comma before the toll, no cause in it).
_ACCIDENT_VERB_BEFORE = re.compile(r"\b(?:crashed|capsized|sank|collapsed|derailed|overturned|"
                                   r"caught\s{1,3}fire|"
                                   r"plunged\s{1,3}(?:into|off))"
                                   # (not a cause told between: "collapsed after an air strike, killing five")
                                   r"(?:\s{1,3}(?!(?:after|following|under|when|because|due|as)\b)[^\s,.;:!?]{1,30}){0,8}"
                                   r",\s{1,3}"
                                   # (or the accident's participles before the toll: "derailed near X on
                                   # Friday, crashing into a goods train and killing 288", phantom45)
                                   r"(?:[a-z][\w-]{1,30}ing\s{1,3}(?:(?!(?:after|following|under|when|because|due|as)\b)"
                                   r"[^\s,.;:!?]{1,30}\s{1,3}){1,8}?and\s{1,3})?$")
# A road accident told by its verb before the toll, whose place runs longer than a crash's (16 words):
# "A minibus collided with a fuel truck on the road between A and B on Sunday, killing 14", "A speeding truck
# ploughed into a wedding party near X late on Friday, killing 11" (not "rammed": a ramming is an attack);
# a quake or storm as the subject ("A 5.8-magnitude earthquake struck near X in Y province on Saturday,
# killing three"; not fire: "artillery fire struck X, killing").
_COLLISION_BEFORE = re.compile(r"\b(?:collided|(?:ploughed|plowed)\s{1,3}into|(?:veered|skidded)\s{1,3}off|"
                               r"(?:earthquakes?|quakes?|tremors?|landslides?|mudslides?|avalanches?|"
                               r"cyclones?|hurricanes?|typhoons?|tornado(?:e)?s?)\s{1,3}"
                               # a headline's present tense too: "Cyclone X strikes coast near Y, killing 10"
                               r"(?:[\w-]{1,30}\s{1,3})?(?:struck|strikes|hits?|swept|sweeps|tore|tears|ravaged|ravages|"
                               r"battered|batters|lashed|lashes|buried|buries|flattened|flattens))"
                               r"(?:\s{1,3}(?!(?:after|following|under|when|because|due|as)\b)[^\s,.;:!?]{1,30}){0,16}"
                               r",\s{1,3}$")
# A stampede, quake or crash as the subject of the toll, with its place between: "A stampede at a food
# distribution point in Kano killed 11 people", "the earthquake in X killed".
_NATURE_AT_BEFORE = re.compile(r"\b(?:an?|the)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?" + NATURE
                               + r"\s{1,3}(?:at|in|on|near|outside)\s{1,3}[^,.;:!?]{0,70}$")
# ... or the antecedent of the toll's relative clause: "triggering landslides in X district that killed at
# least seven", "floods across the north which have killed 40" (no weapon or armed men between: see
# _by_nature).
_NATURE_THAT_BEFORE = re.compile(r"\b" + NATURE + r"\s{1,3}(?:(?:at|in|on|near|across|around|along)\s{1,3}"
                                 r"[^,.;:!?]{0,60}?\s{1,3})?(?:that|which)\s{1,3}(?:(?:have|has|had)\s{1,3})?"
                                 r"(?:also\s{1,3})?$")
_NATURE_THAT_CHARS = 140
# ... or told in a headline's first segment, its toll passive and with no agent in the next: "6.2 magnitude
# earthquake rocks X; 7 killed in Y", "Floods hit X | 12 dead in Y" (not "...; gunmen kill 7 in Y").
_HEAD_SEGMENT_MOST = 120
_NATURE_WORD = re.compile(r"\b" + NATURE + r"\b")
_AGENT_AFTER = re.compile(r"[^;|\n]{0,80}?\b(?:by|as|when|after|in\s{1,3}(?:an?\s{1,3})?(?:attacks?|raids?|"
                          r"strikes?|ambush\w{0,3}|clash\w{0,3}|fighting|shelling))\b")
# ... or after it: "78 dead as overloaded boat capsizes", "killed when a bus overturned".
_ACCIDENT_VERB_AFTER = re.compile(r"(?:\s{1,3}[\w'’-]{1,30}){0,3}?\s{1,3}(?:as|when|after)\s{1,3}"
                                  r"(?:[\w'’-]{1,30}\s{1,3}){0,4}?(?:capsiz\w{0,30}+|sank|sinks|collaps\w{0,30}+|"
                                  r"crash(?:ed|es)|derail\w{0,30}+|overturn\w{0,30}+)\b")
# A price, a currency or a reserve that "fell to a record low" takes no ground: "the rial fell to 2,900".
_FELL_TO_FIGURE = re.compile(r"\s{1,3}(?:(?:an?|its|their|the)\s{1,3})?"
                             r"(?:(?:new|fresh|all-time|historic)\s{1,3})?"
                             r"(?:record|lows?|lowest|levels?|\d)")
# Jets breaking the sound barrier, mock raids: fear, not a strike ("Israeli jets broke the sound barrier
# over Beirut"). Read within 60 characters either side of the trigger.
_NO_STRIKE = re.compile(r"\b(?:sound\s{1,3}barrier|sonic\s{1,3}booms?|"
                        r"mock\s{1,3}(?:raids?|attacks?|air\s{0,3}strikes?))")
_NO_STRIKE_GATE = WordGate(_NO_STRIKE, ("barrier", "boom", "mock"))
# Rumours, hoaxes: "after rumours of an attack on Maiduguri".
_RUMOUR = re.compile(r"\b(?:rumou?rs?|speculation|hoax|false\s{1,3}alarm|fake\s{1,3}news|disinformation|"
                     r"unfounded\s{1,3}reports?)\s{1,3}(?:of|about|that)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}$")
# Forces gathered for an act to come: "Russia is massing troops near Kharkiv for a new offensive".
_MASSING_FOR = re.compile(r"\b(?:mass(?:ing|es|ed)?|amass\w{0,30}+|build(?:s|ing)?\s{1,3}up|build-?up|"
                          r"concentrat\w{0,30}+|mobili[sz]\w{0,30}+|regroup\w{0,30}+|readying|gather(?:s|ed|ing)?)"
                          r"\b[^.;:!?]{0,60}?\bfor\s{1,3}(?:an?|the|its|their|his|her)\s{1,3}"
                          r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_MASSING_FOR_GATE = WordGate(_MASSING_FOR, ("mass", "build", "concentrat", "mobili", "regroup", "readying",
                                            "gather"))
# Mines named as a hazard or a cause, not an explosion: "cannot reach their fields because of landmines",
# "clearing mines".
_MINE_HAZARD = re.compile(r"\b(?:because\s{1,3}of|due\s{1,3}to|owing\s{1,3}to|fear\s{1,3}of|"
                          r"clear(?:ing|ed|s)?(?:\s{1,3}of)?|demin\w{0,30}+|remov\w{0,30}+|"
                          r"contaminat\w{0,30}+\s{1,3}(?:with|by))\s{1,3}"
                          r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_MINES = ("landmine", "mine", "land mine", "unexploded", "explosive remnant", "ied", "improvised")
# ... and ordnance left from old fighting, cleared or destroyed: "deminers have cleared more than 400
# unexploded shells", "sappers destroyed 120 unexploded rockets in controlled blasts" (the word
# "unexploded" between the clearing verb and the weapon).
_UXO_CLEARED = re.compile(r"\b(?:clear(?:ing|ed|s)?|demin\w{0,30}+|remov\w{0,30}+|destroy\w{0,30}+|"
                          r"defus\w{0,30}+|collect\w{0,30}+|neutrali[sz]\w{0,30}+)\s{1,3}(?:[\w'’,-]{1,30}\s{1,3}){0,4}?"
                          r"(?:unexploded|abandoned|leftover)\s{1,3}(?:[\w-]{1,30}\s{1,3})?$")
_ORDNANCE = ("missile", "rocket", "shell", "artillery", "munition", "ammunition", "bomb", "mortar", "grenade",
             "ordnance")
# ... the blasts that destroy it: "in controlled blasts", "a controlled detonation"
_CONTROLLED_BEFORE = re.compile(r"\bcontrolled\s{1,3}$")


# ... an accident at a works: "An explosion at a fireworks factory killed eight workers".
_WORKS_AFTER = re.compile(r"\s{1,3}(?:at|in)\s{1,3}(?:an?|the)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,1}"
                          r"(?:fireworks?|chemicals?|gas|fertili[sz]er|coal|textile|garment|plastics?|oil)\s{1,3}"
                          r"(?:factory|plant|warehouse|mine|facility|refinery|depot|station|works)\b")
# ... or a store of goods of no armed kind, its goods unnamed or named before a cylinder: "An explosion at a
# warehouse near Tashkent airport", "a blast in a storage tank", "an explosion at a gas cylinder depot" (not
# "at an ammunition warehouse", "at a military depot": an arsenal's blast is often a strike; not a bomb's
# blast: "a bomb exploded at a warehouse", see _store_blast; phantom49).
_STORE_AFTER = re.compile(r"\s{1,3}(?:at|in|inside)\s{1,3}(?:(?:an?|the)\s{1,3})?"
                          r"(?:(?!(?:ammunition|arms|weapons?|munitions?|military|army|missiles?|drones?|police)\b)"
                          r"[\w-]{1,30}\s{1,3}){0,2}?"
                          r"(?:warehouses?|factory|factories|mills?|workshops?|godowns?|storage\s{1,3}tanks?|"
                          r"(?:fuel|gas|oil|cylinder)\s{1,3}depots?)\b")
_STORE_WEAPON_CHARS = 60  # how far before the blast a weapon word makes it a bomb's
# Acts named only as a cause, in a run of them: "following a spate of attacks" (not "after deadly clashes",
# which a headline tells as its news).
_AFTER_PLURAL = re.compile(r"\b(?:after|following|amid|citing)\s{1,3}(?:a|the)\s{1,3}"
                           r"(?:spate|wave|series|string|surge|rash|upsurge|rise)\s{1,3}(?:in|of)\s{1,3}(?:(?:recent|repeated|deadly|fresh|renewed|"
                           r"frequent)\s{1,3})?(?:[a-z]{1,20}\s{1,3}){0,2}$")
# People held, not ground taken: "swap prisoners captured near Bakhmut", "hostages abducted in Kuriga".
_HELD_PEOPLE = re.compile(r"\b(?:prisoners(?:\s{1,3}of\s{1,3}war)?|pows|hostages|captives|detainees)\s{1,3}$")
# An act in a clause owned by an earlier year: "since 2012, when rebels seized Kidal", "in 2019, when
# gunmen attacked the base" (the year is of the past: a report of this year names the day).
_YEAR_WHEN = re.compile(r"\b(?:in|since|by|until|of)\s{1,3}(?:19|20)\d\d\s{0,3},?\s{1,3}when\s"
                        r"[^.;:!?]{0,80}$")
# An act named by its year, a known past event: "the 2014 massacre in Baga", "over the 2023 killing of
# civilians in El Geneina", "the 2014 Camp Speicher massacre", "2023's bombing". Only a noun is so named
# (not_this_act skips "-ed" triggers: "the 2024 report said militants attacked X" tells an act).
_YEAR_NAMED = re.compile(r"\b(?:(?:the|a|an|its|their|his|her|that)\s{1,3}(?:(?:19|20)\d\d|"
                         + "|".join(MONTHS) + r")|(?:19|20)\d\d['’]s)"
                         r"\s{1,3}(?:(?!(?:said|says|say|told|when|where|while|as|and|but|that|which|who|after|"
                         r"before)\b)[\w'’-]{1,30}\s{1,3}){0,3}$")
# Talks named as where an earlier pledge was given, the pledge a noun after its owner: "despite the group's
# pledge at talks in Doha to halt its advance", "its commitment at the Jeddah talks" (the talks are told
# before; not the verb, "the rebels pledged at talks in Doha on Sunday": news). The words between owner and
# noun are no plural ("the rebels pledge at talks": a verb).
_PLEDGE_AT = re.compile(r"\b(?:the|its|their|his|her|a|an|[a-z]{1,30}['’]s)\s{1,3}"
                        r"(?:(?![\w-]{0,29}s\s)[\w-]{1,30}\s{1,3}){0,2}?"
                        r"(?:pledges?|promises?|commitments?|undertakings?|assurances?|concessions?)\s{1,3}"
                        r"(?:(?:made|given)\s{1,3})?(?:at|during)\s{1,3}(?:the\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?$")
_PLEDGE_AT_CHARS = 120
# Talks only promised, proposed or offered, named as the verb's object: "a day after the chief minister
# promised peace talks in New Delhi", "Washington proposed a round of talks in Jeddah" (not the adjective,
# "the promised talks opened in Doha": held; the infinitive, "offered to host talks", is irrealis already).
# A meeting named as where a statement was made, the object of a verb of speaking: "Speaking at an emergency
# Security Council meeting in New York, Congo's foreign minister accused Rwanda", "Addressing an African Union
# summit in Addis Ababa, the president said", "told a donors' conference in London" (the guide codes the
# statement at the venue and no talks: noevent50's n50-027, blind b49-074; meetings52). At most five words
# between the article and the meeting word ("an emergency U.N. Security Council meeting").
_SPOKE_AT = re.compile(r"\b(?:speaking|spoke|addressing|addressed|told|telling|tells|briefing|briefed)\s{1,3}"
                       r"(?:(?:at|to|before)\s{1,3})?(?:an?|the|this|that|its|their)\s{1,3}"
                       r"(?:[\w'’.-]{1,30}\s{1,3}){0,5}$")
_SPOKE_AT_CHARS = 130
_OFFERED_TALKS_IN = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)\b(?:promis|propos|offer|suggest)"
                               r"(?:e|es|ed|ing|s)?\s{1,3}(?:(?:a|an|the|new|fresh|further|more|direct|indirect|peace|another|second|"
                               r"third|next|round|rounds|of|its|their|formal)\s{1,3}){0,5}$")
# Talks only asked for, named as a noun's object: "rejected a Houthi proposal for talks in Muscat", "a UN
# offer of talks in Amman", "an invitation to fresh talks in Jeddah", "calls for talks in Istanbul" (no talks
# held: b67-049, phantomw66). Bounded words before the talks (fixed list, {0,5}): linear in the window.
_TALKS_ASKED_FOR = re.compile(r"\b(?:proposals?|offers?|invitations?|calls?|appeals?|requests?|bids?|push|"
                              r"plans?)\s{1,3}(?:for|of|to)\s{1,3}(?:(?:a|an|the|new|fresh|further|more|direct|indirect|"
                              r"peace|another|second|third|next|round|rounds|of|its|their|formal|border)\s{1,3})"
                              r"{0,5}$")
_TALKS_ASKED_FOR_CHARS = 80
# The words that open another clause: a run of a phrase's words stops before them (each pattern adds words
# of its own).
_CLAUSE_WORDS = "and|but|as|while|after|when|which|who|that"


def _no_clause_word(*extra: str) -> str:
    """A lookahead refusing a word that opens another clause, or one of ``extra`` (regex source of ours)."""
    return r"(?!(?:" + "|".join((_CLAUSE_WORDS, *extra)) + r")\b)"


# An act named by a noun whose clause says it is only expected or feared: "officials said similar attacks
# were expected around Nioro du Sahel", "more strikes are feared in X" (a few words of its phrase between,
# no clause break and no verb in -ed: "the attack on X killed five and more are expected" is news).
_EXPECTED_AFTER = re.compile(r"s?(?:\s{1,3}" + _no_clause_word("said", "says") +
                             r"(?![\w'’-]{1,30}ed\b)[\w'’-]{1,30}){0,4}?\s{1,3}(?:is|are|was|were)\s{1,3}"
                             r"(?:(?:widely|also|now)\s{1,3})?(?:expected|feared|likely|anticipated|predicted)\b"
                             r"(?!\s{1,3}to\s{1,3}have\b)")


# Talks called off after an apposition: "Peace talks between X and Y, due to open in Z on Monday, were
# postponed" (the plain form, with no comma between, is _CALLED_OFF).
_CALLED_OFF_APPOSED = re.compile(r"[^,.;:!?]{0,80},\s[^,.;:!?]{1,100},\s{1,3}"
                                 r"(?:(?:was|were|(?:has|have|had)\s{1,3}been)\s{1,3})?(?:postpon|cancel|called\s{1,3}off|suspend|delay|scrapp|"
                                 # "..., were pushed back by a week": put off (not "protesters were pushed
                                 # back by police": a time must follow)
                                 r"put\s{1,3}off|(?:pushed|put|moved)\s{1,3}back\s{1,3}(?:by\s{1,3}(?:a|an|one|two|"
                                 r"three|several|\d{1,3})\s{1,3}(?:days?|weeks?|months?)|until|to\s{1,3}(?:next|later|"
                                 r"\w{3,6}day|" + "|".join(MONTHS) + r"))|" + _NOT_HAPPENED + ")")
# Talks put ahead by an apposition after their topic or parties: "Talks on the next phase of the deal,
# expected in Cairo this week, have not been rescheduled", "negotiations between the two sides, due to open
# in Jeddah" (not "talks, expected to be tough, opened in Doha": only a time or a start follows "to").
_APPOSED_AHEAD = re.compile(r"(?:\s{1,3}(?:on|over|about|between|with|among)(?:\s{1,3}[\w'’-]{1,30}){1,8}?)?"
                            r"\s{0,3},\s{1,3}(?:(?:which|that)\s{1,3}(?:is|are|was|were)\s{1,3})?"
                            r"(?:set|scheduled|slated|planned|due|expected)\s{1,3}(?:for|on|in|at|next|this|"
                            r"to\s{1,3}(?:open|begin|start|resume|reconvene|take\s{1,3}place|be\s{1,3}held))\b")
# An agreement only to meet again: "Rival armed factions in Tripoli agreed on Saturday to hold a further round
# of talks in Zawiya next week", "agreed to meet again in Jeddah", "agreed to reconvene in X" (the deal is a
# meeting still to come, not an agreement made; blind b51-038). At most four words between the verb and "to"
# (none of them "to" or a clause word: "agreed to a truce and to hold talks" is a truce made), at most four
# between the verb of meeting and its talks noun.
_AGREED_TO_MEET_AFTER = re.compile(r"(?:\s{1,3}" + _no_clause_word("to") + r"[\w'’-]{1,30}){0,4}?"
                                   r"\s{1,3}to\s{1,3}"
                                   r"(?:meet|reconvene|(?:hold|resume|continue|start|begin|open)\s{1,3}"
                                   r"(?:" + _no_clause_word("to") + r"[\w'’-]{1,30}\s{1,3}){0,4}?"
                                   r"(?:talks|negotiations|meetings?|consultations|dialogue)|"
                                   r"(?:hold|resume)\s{1,3}(?:an?\s{1,3}|the\s{1,3})?(?:[\w'’-]{1,30}\s{1,3})?round)\b")
# A party's past role in a deal or talks named by a demonstrative, in a relative clause: "Algeria, which
# brokered that accord in Algiers, has urged ...", "Cuba, which hosted those talks in Havana for four years"
# (a deal or talks told before, pointed back at; blind b52-075). The verb is the trigger (_PAST_ROLE_VERB
# before, the demonstrative after) or the noun (both before, at most two words between the demonstrative and
# the noun). Not "which brokered the ceasefire in Doha on Sunday" (no demonstrative: may be news).
_PAST_ROLE_VERB_BEFORE = re.compile(r"\b(?:which|who)\s{1,3}(?:(?:had|has|have)\s{1,3})?$")
_PAST_ROLE_THAT_AFTER = re.compile(r"\s{1,3}(?:that|those)\s")
_PAST_ROLE_NOUN_BEFORE = re.compile(r"\b(?:which|who)\s{1,3}(?:(?:had|has|have)\s{1,3})?"
                                    r"(?:brokered|hosted|mediated|negotiated|signed|sponsored|facilitated)\s{1,3}"
                                    r"(?:that|those)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_PAST_ROLE_VERBS = ("brokered", "hosted", "mediated", "negotiated", "signed", "sponsored", "facilitated")
# Talks or a deal of before, told by what they have (not) brought since: "a framework agreement negotiated in
# Doha has yet to produce a ceasefire", "three rounds of talks in Istanbul have produced little", "an accord
# reached in Algiers remains in force on paper only" (not when a weekday dates them in between: "a truce
# signed in Doha on Monday has not stopped the shooting" is the news).
_DEAL_RESULT_AFTER = re.compile(r"[^.;:!?]{0,100}?\b(?:(?:has|have)\s{1,3}(?:yet\s{1,3}to\s{1,3}"
                                r"(?:produce|yield|deliver|bring|stop|end|halt)|not\s{1,3}(?:stopped|ended|halted|"
                                r"brought|produced|delivered|yielded)|failed\s{1,3}to\s{1,3}(?:stop|end|halt|produce|"
                                r"bring|deliver)|(?:produced|yielded)\s{1,3}(?:little|nothing|no)|done\s{1,3}little)|"
                                r"remains?\s{1,3}(?:in\s{1,3}force\s{1,3})?(?:on\s{1,3}paper|largely\s{1,3}"
                                r"unimplemented|unimplemented))\b")
_DEAL_RESULT_DATED = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|"
                                r"today|overnight|this\s{1,3}week)\b")
# Weapons supplied, not fired: "a weapons package including Patriot missiles", "deliveries of shells",
# "drones to be delivered to Kyiv", "sanctions on missile makers". Only the weapon nouns; the frame is
# before the noun in its phrase (no clause break), or after it ("... to be delivered", "drone makers").
_WEAPON_NOUNS = ("missile", "rocket", "drone", "shell", "artillery", "munition", "ammunition", "warplane",
                 "jet", "bomb", "air defen",
                 # weapons by model ("production of Shahed drones", "deliveries of ATACMS")
                 "shahed", "geran", "lancet", "bayraktar", "iskander", "kinzhal", "kalibr", "atacms",
                 "storm shadow")
_SUPPLIED_BEFORE = re.compile(r"\b(?:deliver(?:y|ies|ed|ing|s)?|suppl(?:y|ies|ied|ying)|shipments?|"
                              r"packages?|consignments?|sales?|sold|sell(?:s|ing)?|purchas(?:e|es|ed|ing)|"
                              r"transfers?|provid(?:e|es|ed|ing)|donat(?:e|es|ed|ing|ions?)|stockpiles?|"
                              r"production|produc(?:e|es|ed|ing)|manufactur(?:e|es|ed|ers?|ing)|makers?|"
                              r"arsenals?|"
                              # weapons carried, not used: "who were carrying drone parts and explosives"
                              # (not "carried out a drone strike near Gashena": one act done, second48;
                              # "has carried out drone strikes", "carries out frequent bombings" and "had
                              # carried out the strike in response" stay: a habit, or an act told before)
                              r"carr(?:y|ies|ied(?!\s{1,3}out\s{1,3}an?\s)|ying))\b[^,;:.!?]{0,50}$")
# A weapon noun that names the one who makes it: "a bomb maker", "drone-makers".
_MAKER_AFTER = re.compile(r"[\s-]makers?\b")
_SUPPLIED_AFTER = re.compile(r"(?:\s{1,3}[\w'’-]{1,30}){0,3}?\s{1,3}"
                             r"(?:(?:to|will|would|could)\s{1,3}be\s{1,3}|"
                             r"(?:was|were|is|are|being|been)\s{1,3})?(?:delivered|supplied|shipped|sold|"
                             r"transferred|provided|donated|pledged|promised)\b"
                             r"|\s{1,3}(?:makers?|manufacturers?|producers?|factor(?:y|ies)|production|"
                             r"programmes?|programs?|exports?|imports?)\b")


_ACCIDENT_BLAST = re.compile(r"(?:\b(?:gas|boiler|methane|propane|cylinder|transformer|fireworks?|accidental|"
                             r"industrial|kitchen|stove|furnace|fuel|petrol|diesel)\s{1,3}"
                             r"(?:(?:pipe|leak|line|main|tank|tanker|canisters?|cylinders?|bottles?)\s{1,3})?"
                             r"(?:(?:blast|explosion)s?|exploded|blew\s{1,3}up)|"
                             r"\b(?:blast|explosion)s?" + _WORKS_AFTER.pattern + r"|"
                             # (a store's blast with its determiner, no weapon noun between: "An explosion at
                             # a gas cylinder depot ... killed four"; not "a bomb explosion at a warehouse".
                             # The determiner is read behind the noun, so that the window group's heads stay
                             # "blast" and "explosion", not every "a" and "the": test_speed_substring_gates)
                             r"(?:(?<=\ba\s)|(?<=\ban\s)|(?<=\bthe\s))(?:blast|explosion)s?"
                             + _STORE_AFTER.pattern + r")"
                             r"[^.;!?]{0,80}$")


# Sport told in war words: "Super Eagles bombard Ghana 4-0 in Accra friendly", "Al Hilal storm into
# semi-finals", "shoot down Cameroon's title hopes". (Fans who clash with police still riot: a word of
# armed men, police or crowd keeps the act.)
_SPORT = re.compile(r"\b(?:semi-?finals?|quarter-?finals?|friendly(?!\s{1,3}fire)|derby|marathon|striker|"
                    r"goalkeeper|tournament|championship|olympics?|world\s{1,3}cup|"
                    r"title\s{1,3}(?:hopes|race|defen[cs]e)|kills\s{1,3}it|"
                    # the game's own nouns: "a late winner", "an equaliser", "first five overs", a side's
                    # "pace attack" or "misfiring attack" (an attack by its sporting quality)
                    r"equali[sz]ers?|late\s{1,3}(?:winner|strike)|hat-?tricks?|goalless|wickets?|innings|overs|"
                    # a race's own nouns: "attacked on the final climb", "sweep the podium", "a stage win"
                    r"podiums?|(?:final|last)\s{1,3}(?:climb|lap|hills?|kilomet(?:er|re)s?)|"
                    r"stage\s{1,3}(?:win|victory)|"
                    r"stoppage[\s-]{1,3}time|penalty\s{1,3}(?:kicks?|shoot-?outs?)|premier\s{1,3}league|"
                    r"(?:pace|bowling|seam|misfiring|toothless|blunt|free-scoring)\s{1,3}attack|"
                    # cricket's bowlers ("spinners lay siege to England") and a title sealed ("survive
                    # Palmeiras siege to seal Brazilian title")
                    r"spinners|seamers|bowlers|"
                    # a side reduced by a red card: "Ten-man hosts repel late siege", "nine-man Al Hilal"
                    r"(?:ten|nine|10|9)-man|"
                    r"seal(?:s|ed|ing)?\s{1,3}(?:(?:the|a|their|its)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?title|"
                    # goals told by their count "past" a keeper ("fire four past Real Madrid", "put six past
                    # them") and a side's goal besieged ("laid siege to the Slavia goal"; not "the goal of
                    # the offensive", "its goal is to", "goal to retake")
                    r"(?:fir(?:e|es|ed|ing)|put(?:s|ting)?|slot(?:s|ted)?|smash(?:es|ed)?|rattl(?:e|es|ed))"
                    r"\s{1,3}(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s{1,3}(?:goals\s{1,3})?past|"
                    r"goal(?!\s{1,3}(?:of|is|was|to|remains|has|had)\b))\b")
_SPORT_CROWD = re.compile(r"\b(?:fans|supporters|spectators|hooligans|ultras|referees?|crowds?|mobs?)\b")
_SPORT_CHARS = 60
# In every match; the window (lowered text) most often holds none.
_SPORT_GATE = WordGate(_SPORT, ("final", "friendly", "derby", "marathon", "striker", "goalkeeper",
                                "tournament", "championship", "olympic", "cup", "title", "kills", "equali",
                                "winner", "trick", "goalless", "wicket", "innings", "overs", "stoppage",
                                "penalty", "premier", "pace", "bowling", "seam", "misfiring", "toothless",
                                "blunt", "free-scoring", "past", "goal", "spinner", "seamer", "bowler",
                                "seal", "late", "podium", "climb", "lap", "hill", "kilomet", "stage", "-man"))


# Ordinary senses of war words (see _ordinary_sense).
# A headline's accident in the present tense and its toll after a comma or a semicolon: "Bus plunges into
# ravine near X, 14 dead", "Train derails near X; 5 dead, 40 injured" (no cause between: "derails after
# blast" is told by the blast).
_ACCIDENT_HEADLINE_BEFORE = re.compile(
    r"\b(?:(?:bus|minibus|truck|lorry|train|boat|ferry|canoe|plane|helicopter|car|van|tanker|building|bridge|"
    r"mine|dam)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,4}?)"
    r"(?:crash(?:es|ed)|capsiz(?:es|ed)|sinks|sank|collaps(?:es|ed)|derail(?:s|ed)|overturn(?:s|ed)|"
    r"plung(?:es|ed)\s{1,3}(?:into|off)|sk(?:ids|idded)\s{1,3}off|veer(?:s|ed)\s{1,3}off)"
    r"(?:\s{1,3}(?!(?:after|following|under|when|because|due|as|in\s{1,3}(?:an?|the)\s{1,3}attack)\b)"
    r"[^\s,.;:!?]{1,30}){0,12}[,;]\s{1,3}"
    r"(?:(?:leaving\s{1,3})?(?:at\s{1,3}least\s{1,3}|over\s{1,3}|more\s{1,3}than\s{1,3})?"
    r"[\w-]{1,30}\s{1,3}(?:people\s{1,3})?)?$")
# ... a hazard's sweep and the toll it left: "Cyclone X tore roofs off schools in Y, leaving at least
# seven people dead".
_LEFT_DEAD_BEFORE = re.compile(
    r"\b(?:" + NATURE + r")\s{1,3}(?:[\w-]{1,30}\s{1,3})?(?:struck|strikes|hits?|swept|sweeps|tore|tears|"
    r"ravaged|ravages|battered|batters|lashed|lashes|buried|buries|flattened|flattens|destroyed|"
    r"damaged|wrecked)"
    r"(?:\s{1,3}(?!(?:after|following|when|because|as)\b)[^\s,.;:!?]{1,30}){0,14}"
    r",\s{1,3}leaving\s{1,3}(?:at\s{1,3}least\s{1,3}|over\s{1,3}|more\s{1,3}than\s{1,3})?"
    r"[\w-]{1,30}\s{1,3}(?:people\s{1,3}|residents\s{1,3}|villagers\s{1,3})?$")
# A headline's "storm" after armed men is their verb, not the weather (types49: "Gunmen storm Guayaquil pool
# hall, killing seven" lost its killing as a storm's toll, and the storming read as a clash on no one:
# b45-027, h46-028).
_ARMED_STORM = re.compile(r"(?:" + _STORMERS + r")storm")
# A hazard that is the subject of the clause whose participle tells the toll: "Heavy rains triggered flash
# floods in X on Monday, sweeping away homes and killing seven", "An earthquake of magnitude 6.0 struck
# eastern X late on Sunday, killing 800" (no cause, armed men or weapon between: see _ordinary_sense).
_NATURE_CLAUSE_BEFORE = re.compile(
    r"\b" + NATURE
    # (a figure's thousands separators are no clause break: "swamped more than 1,400 villages")
    + r"(?:\s{1,3}(?!(?:after|following|when|because|as|while|amid)\b)(?:\d{1,3}(?:,\d{3}){1,3}|"
      r"[^\s,.;:!?]{1,30})){1,16},"
    r"\s{1,3}(?:(?!(?:after|following|when|because|as|while|amid)\b)[\w'’-]{1,30}\s{1,3}){0,4}?$"
    # ... or a chain of the hazard's participles, the toll the last: ", tearing roofs off schools and killing
    # 14", ", burying villages in East Java under ash and killing 13" (phantom45)
    r"|\b" + NATURE
    + r"(?:\s{1,3}(?!(?:after|following|when|because|as|while|amid)\b)(?:\d{1,3}(?:,\d{3}){1,3}|"
    r"[^\s,.;:!?]{1,30})){1,16},\s{1,3}[a-z][\w-]{1,30}ing\s{1,3}"
    r"(?:(?!(?:after|following|when|because|as|while|amid)\b)[^\s,.;:!?]{1,30}\s{1,3}){1,10}?and\s{1,3}$")
# ... or a sentence that opens on a hazard and its sweep, its toll after a comma, with no armed men or
# weapon anywhere before the toll: "A landslide buried three homes in X after a night of torrential rain,
# killing five", "Flash floods swept through X on Monday after days of rain, leaving 12 dead".
_NATURE_OPENS = re.compile(r"\W{0,3}(?:(?:an?|the)\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,2}?" + NATURE
                           + r"\s{1,3}(?:[\w-]{1,30}\s{1,3})?(?:struck|hit|swept|tore|ravaged|battered|"
                           r"lashed|buried|flattened|destroyed|damaged|wrecked|engulfed|inundated|submerged|"
                           r"washed|collapsed|crushed)\b")
_NATURE_OPENS_MOST = 300
# ... or a hazard that opens the sentence as the subject of its verb with more words between (a relative
# clause, a participle: session 44, phantom53): "Torrential rains that began on Sunday swept through villages
# ... in the town of X", "Torrents of water carrying rocks the size of cars struck villages in X"; water, mud
# and wind told by their mass are hazards too (no armed men are "torrents of water"). Up to ten words with no
# clause break between the hazard and the first such verb; no weapon or armed men before the trigger (see
# _hazard_opens). The verb group is where the sweep or strike is: a trigger there is the hazard's own.
_HAZARD_MASS = (r"(?:torrents?|surges?|walls?|rush|deluge|rivers?)\s{1,3}of\s{1,3}"
                r"(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:water|mud|debris)|"
                r"(?:strong|high|gale-force|storm-force|cyclone-force|hurricane-force)\s{1,3}winds|floodwaters?")
_HAZARD_OPENS = re.compile(r"\W{0,3}(?:(?:an?|the)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:" + NATURE + "|"
                           + _HAZARD_MASS + r")\b(?:\s{1,3}[^\s,.;:!?]{1,30}){0,10}?\s{1,3}"
                           r"(?P<verb>(?:struck|strikes|hit|hits|swept|sweeps|tore|tears|ravaged|ravages|battered|"
                           r"batters|pounded|pounds|lashed|lashes|buried|buries|crashed|crashes|slammed|slams|"
                           r"ripped|rips|overran|overruns|blocked|flattened|destroyed|wrecked|engulfed|"
                           r"inundated|submerged|washed)\b)")
_HAZARD_OPENS_MOST = 240
# ... or a headline's hazard and its place, then the toll: "Wildfire near X kills 5", "Train crash near
# Milan kills 3", "Tanker blast near Bida kills 35" (the hazard opens the line; no weapon before the toll).
_NATURE_HEAD_OPENS = re.compile(r"\W{0,3}(?:(?:an?|the)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?" + NATURE
                                + r"\s{1,3}(?:in|near|off|at|outside)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,4}?")
_NATURE_HEAD_MOST = 120
# ... or on a fire and its sweep, the toll anywhere after it, with no armed men or weapon before the toll: "A
# fire tore through the ward of a hospital in X late on Friday, killing ten newborns", "A fire that broke out
# at a factory in X on Tuesday killed six workers" (not "artillery fire struck": a determiner opens it).
_FIRE_SWEEP_OPENS = re.compile(r"\W{0,3}(?:an?|the)\s{1,3}(?:[\w-]{1,30}\s{1,3})?(?:fire|blaze|inferno)s?"
                               r"\s{1,3}(?:(?:that|which)\s{1,3})?(?:broke\s{1,3}out|tore|swept|ripped|raced|"
                               r"gutted|engulfed|spread|started)\b")
# ... also after a wire dateline that opens the sentence ("BANGKOK, Sept 10 (Reuters) - Flash floods swept
# through X ..., killing six", "KUWAIT, June 12 (Reuters) - A fire tore through a building ..., killing 49"):
# the place, its day and the agency in parentheses, then the dash (matched at the sentence's start only).
_DATELINE_LEAD = re.compile(r"[^\n()—–]{1,60}?\([^()\n]{1,40}\)\s{0,3}(?:[—–]|-{1,2})\s{1,3}")
_TOLL_AFTER_COMMA = re.compile(r",\s{1,3}(?:(?:killing|leaving)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,4}$")
_WEAPON_WORDS = re.compile(r"\b(?:attack\w{0,30}|bomb\w{0,30}|shell\w{0,30}|strikes?|raid\w{0,30}|"
                           r"gun\w{0,30}|shot|shoot\w{0,30}|fired|missiles?|rockets?|drones?|mortars?|explosives?)\b")
# An "offensive" of trade, charm or the law: "start-ups launch offensive to win investors", "a charm
# offensive" (not "an offensive to retake X").
_OFFENSIVE_ORDINARY_BEFORE = re.compile(r"\b(?:charm|diplomatic|media|pr|marketing|sales|legal|export|"
                                        r"investment|tech|trade|tax|advertising)\s{1,3}$")
_OFFENSIVE_ORDINARY_AFTER = re.compile(r"\s{1,3}to\s{1,3}(?:win|woo|attract|lure|court|sell|boost|promote|"
                                       r"market|draw)\s{1,3}(?!back\b)")
# A vote that kills or shoots down a measure, not a person or an aircraft: "lawmakers shoot down county
# budget proposal", "parliament kills unity budget bill", "the senate shot down a labour reform" (up to
# three words between, no figure: "killed 3 ... " counts people).
_KILL_OR_DOWN = ("kill", "shot down", "shoot down", "shoots down", "shooting down")
_MEASURE_NOUN = (r"(?:bills?|proposals?|motions?|reforms?|amendments?|legislation|budgets?|"
                 r"resolutions?|nominations?|initiatives?|petitions?|measures?|plans?|bids?|"
                 r"ideas?|requests?|draft\s{1,3}laws?|laws?|"
                 # "killing a fuel subsidy", "had killed their margins", "killed bets on a devaluation"
                 # (phantom45)
                 r"subsid(?:y|ies)|margins|bets|hopes)\b(?![’']s)")
_MEASURE_AFTER = re.compile(r"\s{1,3}(?:(?:a|an|the|its|their|his|her|this|that)\s{1,3})?"
                            r"(?:[a-z][\w'’-]{0,29}\s{1,3}){0,3}?" + _MEASURE_NOUN)
# A fight against disease, prices or want, not armed men: "hospital battles dengue surge", "waging a
# losing battle against cholera", "farmers have fought back against falling grain prices" (the fighting
# verbs, then up to three words, then such a foe).
_FOUGHT_ORDINARY = re.compile(r"(?:\s{1,3}back)?\s{1,3}(?:(?:against|with)\s{1,3})?"
                              r"(?:[\w'’-]{1,30}\s{1,3}){0,3}?"
                              r"(?:cholera|dengue|measles|malaria|mpox|ebola|polio|diphtheria|meningitis|"
                              r"tuberculosis|hiv|aids|disease|diseases|epidemics?|outbreaks?|infections?|"
                              r"prices|costs|inflation|shortages?|drought|hunger|poverty|unemployment|"
                              r"corruption|debts?|deficits?|locusts?|pests?|"
                              # crops' and people's sickness: "growers are battling a fungus attack"
                              r"fung(?:us|i|al)|blight|armyworms?|flu|influenza|virus(?:es)?)\b")
# ... or told of those who fight fires and sickness, their subject: "Firefighters battled to rescue paintings
# as flames tore through ...", "Firefighters fought for six hours to bring under control a blaze", "Hospitals
# in Vienna are fighting a battle on two fronts against flu" (the noun, perhaps its place, its auxiliaries,
# and for "battle" the verb that wages it; not farmers or villagers, who do fight).
_CARERS_FIGHT_BEFORE = re.compile(
    r"\b(?:fire\s?fighters|firemen|fire\s{1,3}crews|doctors|medics|nurses|surgeons|hospitals|"
    r"health\s{1,3}workers)\s{1,3}(?:(?:in|across|around)\s{1,3}(?:[\w'’.-]{1,30}\s{1,3}){1,3}?)?"
    r"(?:(?:are|were|is|was|have|has|had|been|still)\s{1,3}){0,3}"
    r"(?:(?:fighting|fought|fight|fights|waging|waged|wage|wages)\s{1,3}(?:(?:a|an|the)\s{1,3})?"
    r"(?:[\w'’-]{1,30}\s{1,3}){0,2}?)?$")
# A sport score beside a result word: "beat Gabon 2-1", "Cali crushed 5-1", "a 3-0 win" (not a date
# range: "2-8 March" has no result word).
_SCORE = re.compile(r"\b(?:win|wins|won|victory|defeat|defeats|defeated|draw|drew|beat|beats|beating|"
                    r"crush(?:es|ed)?|thrash(?:es|ed)?|rout(?:s|ed)?|los(?:e|es|t)|lead|leads|led|"
                    # a side that edges, stuns, demolishes or blitzes another, or shoots past it, by a score
                    r"edg(?:e|es|ed)|stun(?:s|ned)?|demolish(?:es|ed)?|blitz(?:es|ed)?|past|"
                    # "Al Hilal overrun Al Nassr 4-1" (phantom45)
                    r"overr(?:un|uns|an))\s{1,3}"
                    r"(?:[\w'’-]{1,30}\s{1,3}){0,3}?\d{1,2}-\d{1,2}\b|"
                    r"\b\d{1,2}-\d{1,2}\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?"
                    r"(?:win|victory|defeat|draw|loss|thrashing|rout|triumph|thriller|stalemate)\b")
_SCORE_CHARS = 90
# Every score holds digits joined by a hyphen: the window is searched for those first (a class the engine
# skips to), since _SCORE itself opens on "\b" and is tried with all its words at every character.
_SCORE_HINT = re.compile(r"\d-\d")
# Drills and parades: "simulating an assault on an enemy camp", "a mock raid", "tanks and fighter jets on
# display".
_SIMULATED_BEFORE = re.compile(r"\b(?:simulat\w{0,30}+|rehears\w{0,30}+|mock|practi[cs]\w{0,30}+)"
                               r"\s{1,3}(?:(?:an?|the)\s{1,3})?(?:[\w-]{1,30}\s{1,3}){0,2}$"
                               # "practising the defence of border posts against armoured assault" (the
                               # drill's object told before the act it rehearses; phantom36)
                               r"|\bpracti[cs]\w{0,30}+\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,6}?against\s{1,3}"
                               r"(?:(?:an?|the)\s{1,3})?(?:[\w-]{1,30}\s{1,3})?$")
_SIMULATED_BEFORE_GATE = WordGate(_SIMULATED_BEFORE, ("simulat", "rehears", "mock", "practi"))
# ... or named by the act they rehearse, right after it: "stage beach assault drills", "air strike exercises"
# (phantom36, session 30).
_DRILL_AFTER = re.compile(r"\s{1,3}(?:drills?|exercises?|manoeuvres|maneuvers|rehearsals?|simulations?|"
                          r"wargames?|war\s{1,3}games?)\b")
# ... or aircraft and munitions a force takes delivery of or buys: "took delivery of its first Turkish-built
# trainer aircraft at X airport", "received two attack helicopters" (a purchase, not a strike; the
# trigger an aircraft or a munition, never an act noun: "received 30 wounded from the shelling" keeps it).
_DELIVERED_BEFORE = re.compile(r"\b(?:(?:took|takes|taking|take)\s{1,3}delivery\s{1,3}of|received|receives|"
                               r"purchased|acquired|bought|buys)\s{1,3}"
                               r"(?:(?!(?:after|before|as|when|while|and|but|then|that|which|who|from|by)\b)"
                               r"[\w'’-]{1,30}\s{1,3}){0,6}?$")
# (an "attack helicopter" or a "combat drone" too, whose first word is the trigger)
_DELIVERED_THING = re.compile(r"(?:(?:attack|combat|strike)\s{1,3})?"
                              r"(?:aircraft|(?:war|fighter\s{1,3})?planes?|jets?|helicopters?|drones?|missiles?)\b")
_ON_DISPLAY_AFTER = re.compile(r"(?:\s{1,3}[\w'’-]{1,30}){0,3}?\s{1,3}(?:(?:were|was)\s{1,3})?"
                               r"(?:on\s{1,3}(?:display|show|parade)|paraded|displayed|showcased)\b")
# A weapon tested, not fired at anyone: "days after North Korea test-fired ballistic missiles", "Iran
# test-launched a new cruise missile" (phantom47).
_TEST_FIRED_BEFORE = re.compile(r"\b(?:test[\s-]{1,3}(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)|test-?fires|"
                                r"test-?fired|test-?launched)\s{1,3}(?:(?:an?|the|its|two|three|several|\d{1,2})\s{1,3})?"
                                r"(?:[\w-]{1,30}\s{1,3}){0,2}?$")
# The dead whose names or memory are honoured: "reading the names of the dead aloud" (phantom47).
_DEAD_REMEMBERED_BEFORE = re.compile(r"\b(?:names|memory|memories|graves?|photographs|portraits)"
                                     r"\s{1,3}of\s{1,3}(?:the|their|its)\s{1,3}$")
# A takeover of business: "its $14.9 billion takeover of US Steel", "a hostile takeover", "a takeover bid",
# "the takeover of a Milan rival" (a money or deal word before it, a deal noun after it, or a company noun
# as its object; no armed men in the window; phantom47: a blind item coded it a territory taken at the
# United States).
_BUSINESS_TAKEOVER_BEFORE = re.compile(r"\b(?:hostile|corporate|friendly|agreed|leveraged|(?:m|b|tr)illion|"
                                       r"bn|buyout|merger|all-share|all-cash)\s{1,3}$")
_BUSINESS_TAKEOVER_AFTER = re.compile(r"s?\s{1,3}(?:(?:bids?|offers?|deals?|approach(?:es)?|battles?|talks|"
                                      r"targets?|proposals?|premium|panel|code)\b|"
                                      r"of\s{1,3}(?:(?:its|an?|the)\s{1,3})?"
                                      r"(?:[\w'’&.-]{1,30}\s{1,3}){0,3}?(?:rival|bank|firm|company|lender|group|"
                                      r"stake|club|airline|carrier|chain|retailer|maker|insurer|steel|shares|"
                                      r"operator|conglomerate|broadcaster|publisher|brewer|miner)s?\b)")


# A place a hazard struck worst: "Cebu hardest hit", "with Bor and Duk counties the worst hit" (a
# superlative of damage, no agent after it: "the area worst hit by Russian shelling" keeps its act).
_WORST_BEFORE = re.compile(r"\b(?:worst|hardest|most\s{1,3}(?:badly|severely))[\s-]{1,3}$")
_BY_AFTER = re.compile(r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?by\b")
# A battle of politics, law or business: "a legal battle", "launched a fresh battle to have the prosecutor
# removed", "lost another battle over its tax reform" (a measure it is over, see _MEASURE_AFTER).
_ORDINARY_BATTLE_BEFORE = re.compile(r"\b(?:legal|court|courtroom|political|budget|leadership|custody|"
                                     r"tax|pay|wage|pension|tariff|"
                                     r"boardroom|takeover|bidding|electoral|procedural|extradition|"
                                     r"parliamentary|regulatory|copyright|patent|"
                                     # "a long lobbying battle", "a ratings battle" (phantom45)
                                     r"lobbying|ratings|price|trade|legislative)\s{1,3}$")
_BATTLE_AIM_AFTER = re.compile(r"s?\s{1,3}to\s{1,3}(?:have|get|stop|block|overturn|quash|clear|halt|"
                               r"annul|appeal)\b")
_BATTLE_OVER_MEASURE = re.compile(r"s?\s{1,3}over" + _MEASURE_AFTER.pattern)
# ... or over money ("a long-running battle over wages", "a fierce battle over fuel subsidies").
_BATTLE_OVER_MONEY = re.compile(r"s?\s{1,3}over\s{1,3}(?:(?:the|a|an|its|their)\s{1,3})?"
                                r"(?:[a-z][\w'’-]{0,29}\s{1,3}){0,2}?(?:wages?|pay|pensions?|salar(?:y|ies)|"
                                r"subsid(?:y|ies)|taxe?s|tariffs?|fees|fares)\b")
# Markets and money told in war words: a market, a price or a currency as the subject ("Bangkok stocks under
# fire", "villa prices in Dubai exploded by 20%", "shares shot down as the peso slid", "the central bank in
# Moscow fought back"), or money as the object ("fought back against the rouble's slide", "a warning shot at
# lenders"). (Not "the market came under fire": a market is also a place that is shelled.)
_MONEY_WAR = ("under", "explod", "shot", "fought", "fight", "fire", "hammer", "batter", "bombard", "torpedo",
              "bomb")  # "Nairobi bourse bombs as shilling slides" (phantom45)
_MARKET_BEFORE = re.compile(r"\b(?:stocks|shares|equities|bourses?|prices|index|indices|bonds|yields|"
                            r"currenc(?:y|ies)|central\s{1,3}bank|rouble|ruble|peso|rupee|naira|lira|"
                            r"shilling|kwacha|cedi|tenge|hryvnia|"
                            # a price, demand or sales, and whose or where ("the price of sugar had exploded",
                            # "Shares in the Frankfurt-listed carmaker were shot down")
                            r"price|demand|sales|orders|costs?|rents?)\s{1,3}"
                            # (whence too: "orders from China exploded", phantom45)
                            r"(?:(?:in|at|on|of|for|from)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?)?"
                            r"(?:(?:came|come|comes|are|were|was|is|have|has|had|been)\s{1,3}){0,2}$")
# ... or a boom: "app explodes in popularity", "sales exploded in value".
_BOOM_AFTER = re.compile(r"\w{0,3}\s{1,3}in\s{1,3}(?:popularity|value|size|demand|price|use|numbers)\b"
                         # a volcano or a price: "Mount Semeru exploded into life", "bond prices exploded
                         # higher" (phantom45)
                         r"|\w{0,3}\s{1,3}(?:into\s{1,3}life|higher)\b")
_MONEY_AFTER = re.compile(r"(?:\s{1,3}back)?\s{1,3}(?:at|against)\s{1,3}(?:(?:the|a|its|their)\s{1,3})?"
                          r"(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:lenders|banks|markets|investors|speculators|"
                          r"borrowers|slide|slump|inflation)\b")
# An attack of words on a measure or a freedom: "attacked the government's budget", "launched a blistering
# attack on the president's budget", "an attack on press freedom" (the measures of _MEASURE_AFTER; not "an
# attack on law enforcement officers").
_ASSAILED = ("attack", "assault")
_ASSAILED_AFTER = re.compile(r"(?:\s{1,3}on)?(?:\s{1,3}(?:(?:a|an|the|its|their|his|her|this|that)\s{1,3})?"
                             # (the measure's own words, not a verb: "the attack would not delay plans")
                             r"(?:(?!(?:would|will|could|can|did|does|do|not|has|have|had|was|were|is|are|be|"
                             r"been|to)\b)[a-z][\w'’-]{0,29}\s{1,3}){0,3}?" + _MEASURE_NOUN
                             + r"(?!\s{1,3}enforcement)|"
                             r"\s{1,3}(?:press|media|academic)\s{1,3}freedoms?\b|"
                             r"\s{1,3}(?:the\s{1,3})?freedom\s{1,3}of\s{1,3}(?:the\s{1,3})?"
                             r"(?:press|speech|expression)\b|\s{1,3}democracy\b)")

# An attack on computers: "hit by a cyber attack", "a ransomware attack on the port", "denial-of-service
# attacks" (the attack's kind just before it; "cyberattack" as one word is no trigger).
_CYBER_BEFORE = re.compile(r"\b(?:cyber|ransomware|malware|phishing|hacking|hacker['’]?s?|denial-of-service|"
                           r"ddos|computer|network)[\s-]{1,3}$")
# An attack by a crop's pest or sickness: "a fungus attack", "locust attacks", "an armyworm attack".
_PEST_BEFORE = re.compile(r"\b(?:fung(?:us|al)|blight|pests?|locusts?|armyworms?|insects?|aphids?)"
                          r"[\s-]{1,3}$")
# ... and a place or a firm "hit by" one ("had been hit by a cyber-attack", "hit by a cyberattack").
_CYBER_AFTER = re.compile(r"\s{1,3}by\s{1,3}(?:(?:an?|the|another|fresh|major)\s{1,3}){0,2}"
                          r"(?:cyber|ransomware|malware|phishing|hacking|hackers|denial-of-service|ddos)")
# Debaters who clash are no armed sides: "Senators clash in X chamber over pension reform", "lawmakers clashed
# in parliament", "the two largest parties clashed again in parliament" (the debaters just before the verb, or
# the chamber just after it; not when armed men or a crowd are near: "protesters clashed with police inside
# parliament").
_DEBATERS_BEFORE = re.compile(r"\b(?:lawmakers|legislators|senators|deputies|mps|parliamentarians|"
                              r"councillors|councilors|ministers|parties|candidates|politicians)\s{1,3}"
                              r"(?:(?:have|had|again|openly|sharply|bitterly|repeatedly)\s{1,3}){0,2}$")
_CHAMBER_AFTER = re.compile(r"(?:es|ed|ing)?(?:\s{1,3}again)?\s{1,3}(?:in|inside)\s{1,3}(?:the\s{1,3})?"
                            r"(?:[\w'’-]{1,30}\s{1,3})?(?:parliament|chamber|senate|legislature|assembly|"
                            r"congress)\b")
_DEBATE_CROWD = re.compile(r"\b(?:protest\w{0,30}+|demonstrat\w{0,30}+|rioters|crowds?|supporters|students|"
                           r"mobs?|gunmen)\b")
_DEBATE_CHARS = 80
# A show's fate: a film or musical that "bombed at the box office", a character "killed off in" a soap.
_BOX_OFFICE_AFTER = re.compile(r"\s{1,3}(?:at|in)\s{1,3}(?:the\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?"
                               r"box[\s-]office\b")
_WRITTEN_OUT_AFTER = re.compile(r"\s{1,3}off\s{1,3}in\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}?(?:soap|series|"
                                r"show|drama|sitcom|season|episode|finale|film|movie|novel|saga|franchise)\b")
# An office-holder, a body, a firm or a market under fire or attack: "Windhoek water utility under fire as
# taps run dry", "The finance minister came under heavy fire in Warsaw", "Tech stocks came under sustained
# attack", "the currency came under attack from street traders" (the holder just before it; a convoy or a
# town under fire is shelled).
_HOLDER_UNDER_BEFORE = re.compile(r"\b(?:ministers?|mayors?|president|premier|governor|chancellor|government|"
                                  r"cabinet|coach|manager|boss|chief|ceo|chairman|chairwoman|board|utility|"
                                  r"company|firm|regulator|council|party|club|federation|bank|agency|ministry|"
                                  r"stocks|shares|currency|bourse|broadcaster|league|university)\s{1,3}"
                                  r"(?:(?:has|have|had|is|are|was|were|came|comes|come|been|again|also)\s{1,3})"
                                  r"{0,3}$")
_UNDER_BEFORE = re.compile(r"\bunder\s{1,3}(?:[\w-]{1,20}\s{1,3})?$")
# "Shelled out" is paid or dropped, not shelled: "the peloton was shelled out on the cobbles", "fans shelled
# out 200 euros a ticket".
_SHELLED_OUT_AFTER = re.compile(r"\s{1,3}out\b")
# A side knocked out of a competition: "Liverpool bombed out of FA Cup", "were bombed out of the Copa del Rey"
# (a competition's noun within a few words: people "bombed out of their homes" were bombed).
_KNOCKED_OUT_AFTER = re.compile(r"\s{1,3}out\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,3}?"
                                r"(?:cup|copa|coupe|trophy|tournament|championship|play-?offs?|league|olympics|"
                                r"contest)\b")
# A price war's or inflation's first shot: "fired the opening shot in a fresh price war", "fires opening shot
# in Nigeria petrol price war", "fired its first shot against inflation" (the trigger "fire", or "shot" after
# "opening", "first" or "warning").
_OPENING_SHOT_AFTER = re.compile(r"\w{0,3}\s{1,3}(?:(?:the|an?|its|their|his|her)\s{1,3})?"
                                 r"(?:opening|first|warning)\s{1,3}shots?")
_SHOT_AT_MONEY_AFTER = re.compile(r"\s{1,3}(?:in|against)\s{1,3}(?:(?:the|an?|its|their)\s{1,3})?"
                                  r"(?:[\w'’-]{1,30}\s{1,3}){0,3}?(?:(?:price|trade|tariff|takeover|bidding|fare|"
                                  r"subsidy|streaming|ratings|talent|rate|pay|currency|petrol|fuel)\s{1,3}"
                                  r"(?:wars?|battles?|fights?)|inflation|prices)\b")
_OPENING_BEFORE = re.compile(r"\b(?:opening|first|warning)\s{1,3}$")
# A side that storms back from behind is no assault: "stormed back from 20 points down", "storm back to win".
_COMEBACK_AFTER = re.compile(r"\s{1,3}back\s{1,3}(?:from\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}?"
                             r"(?:down|behind|deficit)|to\s{1,3}(?:win|beat|victory|level|draw)\b|"
                             # ... or back to power or profit: "stormed back to power in Uruguay", "miners
                             # have stormed back into profit" (phantom45)
                             r"(?:in)?to\s{1,3}(?:power|office|government|profit|the\s{1,3}lead|first\s{1,3}place|"
                             r"the\s{1,3}top)\b)")
# A hazard named as the subject of the toll, its place or its reach between: "after the strongest earthquake
# to hit X in more than a century killed more than 2,000", "A fire at a shopping centre in X in Y province
# killed 39" (a determiner before it; no clause word, weapon or armed men between).
_HAZARD_SUBJECT_BEFORE = re.compile(
    # (or a headline's first words, with no determiner: "Bus crash on Manila expressway kills 9")
    r"(?:\b(?:an?|the)\s{1,3}|^)(?:(?:[\w-]{1,30}\s{1,3}){0,2}?" + NATURE
    + r"|(?:(?:huge|massive|large|big|major|"
    r"deadly|raging|devastating)\s{1,3})?(?:fire|blaze|inferno))"
    r"\s{1,3}(?:to\s{1,3}hit|at|in|on|near|off)\s{1,3}"
    r"(?:(?!(?:where|when|as|after|while|who|which|that|and|but|whose|then)\b)[\w'’-]{1,30}\s{1,3}){1,10}?"
    r"(?:(?:has|have|had)\s{1,3})?$")
_HAZARD_SUBJECT_CHARS = 160
_FIRE_WEAPONS_RE = re.compile(r"\b" + _FIRE_WEAPONS)
# War words whose object or complement is no armed side and no ground, by a table of the trigger's first
# letters and what follows its first word (phantom45, session 39; the blind ordinary files' phantoms: "shot
# up 9 per cent in Amsterdam trading", "launches assault on cholera", "captures fintech prize", "seizes
# control of London property giant", "fans stormed the pitch", "stormed the visitors' defence", "bombarded
# lithium targets with protons", "coffee harvest under attack from drought").
_ILLS = (r"(?:cholera|dengue|measles|malaria|mpox|ebola|polio|diphtheria|meningitis|tuberculosis|hiv|aids|"
         r"disease|diseases|epidemics?|outbreaks?|infections?|inflation|prices|poverty|hunger|illiteracy|"
         r"corruption|drought|locusts?|pests?|weeds|fung(?:us|i)|blight|armyworms?|frost|obesity|"
         r"smoking|mosquito(?:e)?s|rats)\b")
_FIGURATIVE_AFTER: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (stems, re.compile(after)) for stems, after in (
        # sport: "Fans stormed the pitch in Uyo", "stormed the visitors' defence for 90 minutes"
        (("storm",), r"\s{1,3}(?:on\s{1,3}to\s{1,3}|onto\s{1,3})?the\s{1,3}(?:pitch|field|stage|court)\b"),
        (("storm", "bombard"), r"\s{1,3}the\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:defen[cs]e|goalmouth|"
                               r"penalty\s{1,3}(?:area|box)|try\s{1,3}line)\b"),
        # prizes and firms: "captures European fintech prize", "seizes control of London property giant"
        (("captur", "seiz"), r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?"
                             r"(?:prizes?|awards?|titles?|troph(?:y|ies)|"
                             r"medals?|crowns?|championships?|market\s{1,3}share|headlines|imagination|hearts)\b"),
        (("seiz",), r"\s{1,3}control\s{1,3}of\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}?"
                    r"(?:giant|company|firm|group|"
                    r"bank|board|stake|conglomerate|insurer|lender|retailer|carrier|chain|club|brand|business|"
                    r"portfolio)\b"),
        # sickness, pests and want: "launches assault on cholera", "under attack from drought"
        (("assault", "attack", "offensive"), r"s?\s{1,3}(?:on|against|from)\s{1,3}(?:(?:the|a)\s{1,3})?"
                                             r"(?:[\w'’-]{1,30}\s{1,3})?" + _ILLS),
        # science and mail: "bombarded lithium targets with protons", "bombarded with calls"
        (("bombard",), r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}?with\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?"
                       r"(?:protons|neutrons|electrons|ions|particles|lasers?|x-rays|questions|calls|messages|"
                       r"e-?mails|texts|complaints|requests|letters|criticism|offers|adverts|advertisements)\b"),
        # a life's quarrels and illnesses: "a veteran of many battles with opera managements", "after a long
        # battle with cancer"
        (("battl",), r"s?\s{1,3}with\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?(?:boards?|managements?|regulators|"
                     r"critics|censors|bureaucra(?:ts|cy)|landlords|insurers|publishers|studios|editors|"
                     r"illness|cancer|addiction|depression|dementia|leukaemia|leukemia)\b"),
        # a price: "ASML shot up 9 per cent", "the kwacha shot up 6%"
        (("shot", "shoot"), r"\s{1,3}up\s{1,3}(?:by\s{1,3})?(?:(?:more\s{1,3}than|nearly|almost|about|some|"
                            r"over)\s{1,3})?\d[\d.,]{0,10}\s{0,2}(?:per\s{0,2}cent|percent|%|points?)"),
    ))
_FIGURATIVE_STEMS = tuple(sorted({stem for stems, _ in _FIGURATIVE_AFTER for stem in stems}))
_FIRST_WORD = re.compile(r"[\w'’-]{0,30}")
# A simile: "defended like an army under siege" (the trigger right after "like a ... under", phantom45).
_SIMILE_BEFORE = re.compile(r"\blike\s{1,3}(?:an?|the)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?under\s{1,3}$")


def _figurative(low: str, start: int) -> bool:
    """Whether the trigger at low[start:] is told of a thing no armed side fights over (see _FIGURATIVE_AFTER;
    a window after the trigger's first word: linear), with no armed men near it."""
    if not low.startswith(_FIGURATIVE_STEMS, start):
        return False
    word_end = _FIRST_WORD.match(low, start).end()  # type: ignore[union-attr]
    return any(low.startswith(stems, start) and after.match(low, word_end, word_end + 90) is not None
               for stems, after in _FIGURATIVE_AFTER) \
        and not _ARMED_RE.search(low, max(0, start - 60), min(len(low), word_end + 90))


def _ordinary_sense(low: str, start: int, end: int) -> bool:
    """Whether the trigger at low[start:end] is a war word in an ordinary sense: a headline's accident and
    its toll, a measure killed or shot down, a fight against disease or prices, a match won by a score, a
    drill or a parade. (Bounded windows around the trigger: linear.)"""
    if (low.startswith(_DEATH_WORDS, start) or low.startswith("bod", start)) \
            and _ACCIDENT_HEADLINE_BEFORE.search(low, max(0, start - 160), start) is not None:
        return True  # "Ferry capsizes off X; 23 bodies recovered"
    if low.startswith(_DEATH_WORDS, start) and _LEFT_DEAD_BEFORE.search(low, max(0, start - 200), start):
        return True
    if low.startswith(_DEATH_WORDS, start):
        clause = _NATURE_CLAUSE_BEFORE.search(low, max(0, start - 220), start)
        if clause is not None and not _ARMED_RE.search(low, clause.start(), start) \
                and not _WEAPON_WORDS.search(low, clause.start(), start) \
                and not _ARMED_STORM.match(low, clause.start()):
            return True
    if low.startswith(_DEATH_WORDS, start):
        lead = _DATELINE_LEAD.match(low)
        body = 0 if lead is None else lead.end()  # where the sentence opens after a dateline
        if start <= body + _NATURE_OPENS_MOST and _NATURE_OPENS.match(low, body) is not None \
                and _TOLL_AFTER_COMMA.search(low, max(0, start - 40), start) is not None \
                and not _ARMED_RE.search(low, body, start) and not _WEAPON_WORDS.search(low, body, start):
            return True  # "A landslide buried three homes ... after a night of torrential rain, killing five"
        if _TOLL_AFTER_COMMA.search(low, max(0, start - 40), start) is not None \
                and _hazard_opens(low, start, own=False):
            return True  # "Torrents of mud crashed through X ..., burying homes and killing"
        if start <= body + _NATURE_OPENS_MOST and _FIRE_SWEEP_OPENS.match(low, body) is not None \
                and not _ARMED_RE.search(low, body, start) and not _WEAPON_WORDS.search(low, body, start):
            return True  # "A fire tore through the ward of a hospital in X, killing ten newborns"
    if low.startswith(_DEATH_WORDS, start):
        subject = _HAZARD_SUBJECT_BEFORE.search(low, max(0, start - _HAZARD_SUBJECT_CHARS), start)
        if subject is not None and not _ARMED_RE.search(low, subject.start(), start) \
                and not _WEAPON_WORDS.search(low, subject.start(), start) \
                and not _FIRE_WEAPONS_RE.search(low, subject.start(), start):
            return True  # "the strongest earthquake to hit X in a century killed 2,000"
    if low.startswith("attack", start) and _CYBER_BEFORE.search(low, max(0, start - 30), start) is not None:
        return True  # "hit by a cyber attack"
    if low.startswith("attack", start) and _PEST_BEFORE.search(low, max(0, start - 30), start) is not None:
        return True  # "battling a fungus attack that has wiped out a third of the harvest"
    if low.startswith(("hit", "struck"), start) and _CYBER_AFTER.match(low, end, end + 40) is not None:
        return True  # "had been hit by a cyber-attack"
    if low.startswith("clash", start) \
            and (_DEBATERS_BEFORE.search(low, max(0, start - 40), start) is not None
                 or _CHAMBER_AFTER.match(low, start + 5, end + 60) is not None) \
            and not _ARMED_RE.search(low, max(0, start - _DEBATE_CHARS), end + _DEBATE_CHARS) \
            and not _DEBATE_CROWD.search(low, max(0, start - _DEBATE_CHARS), end + _DEBATE_CHARS):
        return True  # "Senators clash in X chamber over pension reform"
    if low.startswith("bomb", start) and _BOX_OFFICE_AFTER.match(low, end, end + 50) is not None:
        return True  # "musical bombed at Paris box office"
    if low.startswith("kill", start) and _WRITTEN_OUT_AFTER.match(low, end, end + 80) is not None:
        return True  # "killed off in hit soap opera"
    if low.startswith("under", start) \
            and _HOLDER_UNDER_BEFORE.search(low, max(0, start - 60), start) is not None \
            and not _ARMED_RE.search(low, max(0, start - 60), min(len(low), end + 60)):
        return True  # "Windhoek water utility under fire as taps run dry"
    if low.startswith("attack", start):
        under = _UNDER_BEFORE.search(low, max(0, start - 30), start)
        if under is not None and _HOLDER_UNDER_BEFORE.search(low, max(0, under.start() - 60), under.start()) \
                and not _ARMED_RE.search(low, max(0, start - 90), min(len(low), end + 60)):
            return True  # "Tech stocks came under sustained attack on Wall Street"
    if low.startswith("shelled", start) and _SHELLED_OUT_AFTER.match(low, end, end + 6) is not None \
            and not _ARMED_RE.search(low, max(0, start - 60), min(len(low), end + 60)):
        return True  # "the peloton was shelled out on the cobbles"
    if low.startswith("bomb", start) and _KNOCKED_OUT_AFTER.match(low, end, end + 80) is not None \
            and not _ARMED_RE.search(low, max(0, start - 60), min(len(low), end + 80)):
        return True  # "Liverpool bombed out of FA Cup"
    if low.startswith("fire", start):
        shot = _OPENING_SHOT_AFTER.match(low, start + 4, end + 40)
        if shot is not None and _SHOT_AT_MONEY_AFTER.match(low, shot.end(), shot.end() + 80) is not None:
            return True  # "fired the opening shot in a fresh price war"
    if low.startswith("shot", start) and _OPENING_BEFORE.search(low, max(0, start - 12), start) is not None \
            and _SHOT_AT_MONEY_AFTER.match(low, end, end + 80) is not None:
        return True
    if low.startswith("storm", start) and _COMEBACK_AFTER.match(low, end, end + 60) is not None:
        return True  # "stormed back from 20 points down"
    if low.startswith("offensive", start) \
            and (_OFFENSIVE_ORDINARY_BEFORE.search(low, max(0, start - 20), start)
                 or _OFFENSIVE_ORDINARY_AFTER.match(low, end, end + 30)):
        return True
    if low.startswith(_KILL_OR_DOWN, start) and _MEASURE_AFTER.match(low, end, end + 90) is not None:
        return True
    if low.startswith("hit", start) and _WORST_BEFORE.search(low, max(0, start - 20), start) is not None \
            and _BY_AFTER.match(low, end, end + 40) is None:
        return True
    if low.startswith("battle", start) \
            and (_ORDINARY_BATTLE_BEFORE.search(low, max(0, start - 20), start) is not None
                 or _BATTLE_AIM_AFTER.match(low, end, end + 20) is not None
                 or _BATTLE_OVER_MEASURE.match(low, end, end + 100) is not None
                 or _BATTLE_OVER_MONEY.match(low, end, end + 80) is not None):
        return True
    if low.startswith("explod", start) and _BOOM_AFTER.match(low, end, end + 30) is not None:
        return True  # "homework app explodes in popularity"
    if low.startswith(_MONEY_WAR, start) \
            and (_MARKET_BEFORE.search(low, max(0, start - 60), start) is not None
                 or _MONEY_AFTER.match(low, end, end + 60) is not None) \
            and not _ARMED_RE.search(low, max(0, start - 80), min(len(low), end + 80)) \
            and not _ARMS_RE.search(low, max(0, start - 80), start) \
            and not _ARMS_RE.search(low, end, min(len(low), end + 80)):  # (the trigger may be "bombs" itself)
        return True
    if low.startswith(_ASSAILED, start) and _ASSAILED_AFTER.match(low, end, end + 100) is not None \
            and not _ARMED_RE.search(low, max(0, start - 60), min(len(low), end + 100)):
        return True
    if low.startswith(_FOUGHT, start) and _FOUGHT_ORDINARY.match(low, end, end + 90) is not None:
        return True
    if low.startswith(_FOUGHT, start) and _CARERS_FIGHT_BEFORE.search(low, max(0, start - 110), start):
        return True  # "Firefighters battled to rescue paintings as flames tore through X"
    lo, hi = _segment(low, max(0, start - _SCORE_CHARS), start, end, end + _SCORE_CHARS)
    if _SCORE_HINT.search(low, lo, hi) is not None and _SCORE.search(low, lo, hi) is not None \
            and not _ARMED_RE.search(low, lo, hi):
        return True
    if _DELIVERED_THING.match(low, start) and _DELIVERED_BEFORE.search(low, max(0, start - 120), start):
        return True  # "Chad took delivery of its first Turkish-built trainer aircraft at X airport"
    if _figurative(low, start):
        return True  # "launches assault on cholera", "fans stormed the pitch" (phantom45)
    if _SIMILE_BEFORE.search(low, max(0, start - 60), start) is not None:
        return True  # "defended like an army under siege" (phantom45)
    if low.find("test", max(0, start - 60), start) >= 0 \
            and _TEST_FIRED_BEFORE.search(low, max(0, start - 60), start) is not None:
        return True  # "days after North Korea test-fired ballistic missiles" (phantom47)
    if low.startswith("dead", start) and _DEAD_REMEMBERED_BEFORE.search(low, max(0, start - 30), start):
        return True  # "reading the names of the dead aloud" (phantom47)
    if low.startswith("takeover", start) \
            and (_BUSINESS_TAKEOVER_BEFORE.search(low, max(0, start - 30), start) is not None
                 or _BUSINESS_TAKEOVER_AFTER.match(low, end, end + 100) is not None) \
            and not _ARMED_RE.search(low, max(0, start - 80), min(len(low), end + 100)):
        return True  # "its $14.9 billion takeover of US Steel" (phantom47)
    return _SIMULATED_BEFORE_GATE.search_within(low, max(0, start - 60), start) is not None \
        or _ON_DISPLAY_AFTER.match(low, end, end + 60) is not None \
        or _DRILL_AFTER.match(low, end, end + 30) is not None



# Ordinary business told with a teller or a trigger word (see _ordinary_business).
# A company's word is no political statement: "..., the company said in Dhahran", "the carrier said in X"
# (a trade noun as the teller, just before the verb of saying, and a place of saying after it: the only
# statement that is coded).
_SAID_AT = re.compile(r"\s{1,3}(?:on\s{1,3}\w{1,30}\s{1,3})?(?:in|at)\s")
_TRADER_TELLER_BEFORE = re.compile(r"\b(?:the|its|an?)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}?"
                                   r"(?:company|carrier|airline|firm|operator|manufacturer|carmaker|automaker|"
                                   r"retailer|lender|insurer|miner|exporter|conglomerate|utility|developer|"
                                   # "the ship's manager said in Athens", "the tanker's owner said in Piraeus"
                                   # (meetings48: blind b45-079): a vessel's keeper speaks for a business
                                   r"(?:ship|vessel|tanker|freighter)(?:'s|’s)?\s{1,3}(?:manager|owner|operator)s?)"
                                   # "an airline official said in Nairobi" (meetings48): the trade's speaker
                                   # ("spokesman" is a trigger of its own: not read here, left)
                                   r"(?:\s{1,3}(?:official|executive))?"
                                   r"\s{1,3}$")
# A private person telling what happened ("a father told EFE in Cucuta", "residents said in Kosti that the
# shelling"): a source of the report, never a political statement (no institution speaks).
_PRIVATE_TELLER_BEFORE = re.compile(r"\b(?:residents?|(?:eye)?witness(?:es)?|survivors?|relatives?|"
                                    r"villagers?|father|mother|widow|neighbou?rs?|shopkeepers?)\s{1,3}$")
_PRIVATE_TELLER_CHARS = 20
# ... or where the place opens the sentence before them ("In El Obeid, the capital of North Kordofan,
# residents said they feared an assault"; meetings48: blind b45-071): the place is where they live, and what
# they say is no institution's statement. (Bounded: the opening phrase and the stretch up to the teller.)
_OPENING_PLACE_BEFORE = re.compile(r"(?:^|[.;!?]\s{1,3})in\s{1,3}[\w'’-]{1,30}(?:\s{1,3}[\w'’-]{1,30}){0,3},"
                                   r"[^.;!?]{0,150}$")
_OPENING_PLACE_CHARS = 200
# ... only where a place follows the telling, which would make it a statement ("told EFE in Cucuta", "said in
# Kosti"); elsewhere "residents said" still dates and parts the report.
_TOLD_IN_AFTER = re.compile(r"\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:in|at)\s")
# Ordinary crime that police act on: "Police in X said they had arrested 14 suspected armed robbers",
# "police raided a scam compound and detained 48 workers", "arrested 11 men in dawn raids ... into a drug
# network" (a crime of gain named in the sentence; police before the act).
# (The crime of the people held or of the network raided, not a substance seized: "seizing packets of
# methamphetamine" in a cartel war is no such sign.)
_CRIME = re.compile(r"\b(?:robber(?:s|y|ies)?|thie(?:f|ves)|theft|burglar\w{0,30}+|drugs?|narcotics|"
                    r"scam(?:s|mers?)?|fraud\w{0,30}+|counterfeit\w{0,30}+|fake|money[\s-]{1,3}laundering|cybercrime|"
                    # "accused of robbing 15 stores", "an illegal betting network"
                    r"robb(?:ing|ed)|(?:illegal|online)\s{1,3}(?:betting|gambling)|"
                    r"poach(?:ers?|ing))\b")
_CRIME_GATE = WordGate(_CRIME, ("robber", "thie", "theft", "burglar", "drug", "narcotic", "scam", "fraud",
                                "counterfeit", "fake", "laundering", "cybercrime", "poach", "robb", "betting",
                                "gambling"))
_CRIME_CHARS = 160
# (or the officers of tax, customs and prosecution, who raid offices in a fraud or tax probe)
_POLICE_BEFORE = re.compile(r"\b(?:police|policemen|detectives|prosecutors|customs|"
                            r"guardia\s{1,3}di\s{1,3}finanza|tax\s{1,3}(?:inspectors|authorities|agency|officials|officers|office|administration|"
                            r"police))\b")
# ... not when armed men, soldiers or a political crowd are in it: soldiers who arrest smugglers or cartel
# men, police who detain protesters or militants, a raid by gunmen (acts the guide codes).
_NOT_ORDINARY_CRIME = re.compile(r"\b(?:soldiers|troops|army|military|militia\w{0,30}+|militants?|rebels?|"
                                 r"insurgents?|jihadists?|bandits?|kidnap\w{0,30}+|terror\w{0,30}+|gunmen|"
                                 r"fighters|cartels?|gangs?|protest\w{0,30}+|demonstrat\w{0,30}+|activists?|"
                                 r"opposition|journalists?|separatists?|extremists?|insurgency)\b")
# (police "storm" or "swoop on" a scam centre as they raid it)
_POLICE_ACTS = ("arrest", "detain", "raid", "rounded up", "apprehend", "into custody", "storm", "swoop")
# Goods seized, found or recovered are no territory and their raid no clash: "seized three tonnes of
# cannabis resin", "found 3 tonnes of cocaine", "seized assets worth 30 million euros", "recovered 48
# stolen vehicles" (a quantity of goods, not arms: "seized 40 kilograms of explosives" is a weapons haul).
_ARMS = (r"(?:arms|weapons?|ammunition|explosives?|rifles?|guns?|handguns?|pistols?|munitions|rockets?|"
         r"missiles?|mines|grenades?|bombs?)")
_ARMS_RE = re.compile(r"\b" + _ARMS + r"\b")
_GOODS_AFTER = re.compile(
    r"\s{1,3}(?:(?!" + _ARMS + r"\b)[\w'’,.-]{1,30}\s{1,3}){0,4}?"
    r"(?:(?:tonnes?|tons?|kilo(?:gram)?s?|kg|litres?|liters?|gallons?|barrels|pounds|packets|bales|parcels|"
    r"consignments?|shipments?|containers)\s{1,3}of\s{1,3}"
    r"(?!" + _ARMS + r"\b)|"
    r"(?:assets|cash|banknotes|cocaine|heroin|cannabis|marijuana|hashish|methamphetamine|contraband|"
    r"counterfeit|stolen\s{1,3}(?:vehicles|cars|goods|petrol|fuel|phones|cattle))\b)")
_SEIZES = ("seiz", "found", "recover", "confiscat", "impound")
# Vehicles seized are spoils, not ground (session 41): "ambushed a federal army convoy near X, seizing two
# trucks" (the ambush is the act; a count or article, then at most two words, then the vehicle; not "two
# trucks of fuel": cargo).
_VEHICLES_AFTER = re.compile(r"\s{1,3}(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3}|an?)"
                             r"\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}?(?:trucks?|vehicles?|pick-?ups?|lorry|"
                             r"lorries|motorcycles?|motorbikes?|cars?)\b(?!\s{1,3}of\b)")
_SEIZED_GOODS = re.compile(r"\b(?:seiz\w{0,30}|found|recover\w{0,30}|confiscat\w{0,30}|impound\w{0,30})"
                           + _GOODS_AFTER.pattern)
_SEIZED_GOODS_GATE = WordGate(_SEIZED_GOODS, _SEIZES)
# A labour strike told by its length or its end: "teachers' strike enters third week", "after a
# three-week teachers' strike", "a strike that dragged into its second month" (not "truck drivers' strike
# spreads to X": a protest that grows).
_STRIKE_LENGTH_BEFORE = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|several|"
                                   r"a|an)[\s-]{1,3}(?:hour|day|week|month)(?:s|-long|\s{1,3}long)?\s{1,3}"
                                   r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_STRIKE_LENGTH_AFTER = re.compile(r"\s{1,3}(?:(?:has|had)\s{1,3})?(?:enter(?:s|ed|ing)?|in|into|"
                                  r"dragg(?:ed|ing)\s{1,3}(?:on\s{1,3})?into|stretch(?:es|ed)\s{1,3}into|"
                                  r"(?:is|was)\s{1,3}(?:now\s{1,3})?in)\s{1,3}(?:its\s{1,3}|a\s{1,3})?"
                                  r"(?:second|third|fourth|fifth|sixth|\d{1,3}(?:st|nd|rd|th)|next)\s{1,3}"
                                  r"(?:day|week|month)\b")


_ARMED_STRIKE_BEFORE = ("air ", "drone ", "missile ", "rocket ", "artillery ", "air-")
# A labour strike told by its cause of pay: "dockworkers strike over pay", "nurses strike over unpaid wages".
_STRIKE_OVER_PAY_AFTER = re.compile(r"s?\s{1,3}over\s{1,3}"
                                    r"(?:(?:unpaid|late|low|better|higher|their|the)\s{1,3})?"
                                    r"(?:pay|wages?|salar(?:y|ies)|pensions?|bonus(?:es)?|arrears|allowances)\b")
# A killing or an arrest over a private quarrel is ordinary crime: "shot dead during a dispute between
# neighbours", "arrested a man accused of killing his brother in a property dispute" (not a land dispute or a
# feud, which clans and villages fight; not when armed groups are in it: _NOT_ORDINARY_CRIME).
_PRIVATE_DISPUTE = re.compile(r"\b(?:(?:property|inheritance|domestic|marital|parking)\s{1,3}"
                              r"(?:dispute|row|quarrel)|"
                              r"(?:dispute|row|quarrel|argument)\s{1,3}(?:between|with)\s{1,3}(?:two\s{1,3})?"
                              r"(?:neighbou?rs|relatives|brothers|siblings|cousins|in-laws|"
                              r"(?:his|her)\s{1,3}(?:wife|husband|brother|sister|neighbou?r))|"
                              # ... or over a private matter: "after a row over a game of pool", "in a
                              # quarrel over a parking space", "an argument over a debt" (a row, quarrel or
                              # argument: a dispute over land or water is what clans and villages fight)
                              r"(?:row|quarrel|argument)\s{1,3}over\s{1,3}(?:(?:an?|the|his|her|their)\s{1,3})?"
                              r"(?:[a-z]{1,20}\s{1,3})??"
                              r"(?:game\s{1,3}of\s{1,3}[\w-]{1,30}|parking(?:\s{1,3}(?:space|spot|place))?|"
                              r"debts?|money|rent|noise|music|(?:a\s{1,3})?bill|drinks?|a\s{1,3}seat))\b")
_PRIVATE_DISPUTE_CHARS = 120
_DISPUTE_WORDS = ("dispute", "row", "quarrel", "argument")  # in every match: the window is tested first
# A walkout or a boycott by debaters "in protest" is no street protest: "opposition members walking out in
# protest", "lawmakers walked out of the chamber on Tuesday in protest at a vote" (debaters or a chamber named
# before it; workers who walk out strike, which the corpus codes as a protest).
_WALKOUT_BEFORE = re.compile(r"\b(?:walk(?:ed|s|ing)?\s{1,3}out|walk-?outs?|boycott(?:ed|ing|s)?)\b"
                             r"[^.;:!?]{0,80}?\bin\s{1,3}$")
_WALKOUT_CHARS = 110
_DEBATE_BODY = re.compile(r"\b(?:lawmakers|legislators|senators|deputies|mps|parliamentarians|councill?ors|"
                          r"opposition|parliament|chamber|senate|legislature|congress)\b")
_DEBATE_BODY_CHARS = 200
_COMMUNAL = re.compile(r"\b(?:clans?|tribes?|tribal|communities|communal|villages)\b")


def _ordinary_business(low: str, start: int, end: int, sub: str) -> bool:
    """Whether the trigger at low[start:end] is ordinary business: a company's word or a word on an accident's
    cause (no statement), police acting on a crime of gain (no arrest or raid of the conflict), a labour
    strike told by its length or end (no protest held that day). (Bounded windows around the trigger:
    linear.)"""
    if sub == "Statement" and _SAID_AT.match(low, end) is not None \
            and _TRADER_TELLER_BEFORE.search(low, max(0, start - 60), start) is not None:
        return True
    if sub == "Statement" and _TOLD_IN_AFTER.match(low, end) is not None \
            and _PRIVATE_TELLER_BEFORE.search(low, max(0, start - _PRIVATE_TELLER_CHARS), start) is not None:
        return True
    if sub == "Statement" \
            and _PRIVATE_TELLER_BEFORE.search(low, max(0, start - _PRIVATE_TELLER_CHARS), start) is not None \
            and _OPENING_PLACE_BEFORE.search(low, max(0, start - _OPENING_PLACE_CHARS), start) is not None:
        return True
    if sub == "Statement":
        lo, hi = max(0, start - _RULED_OUT_CHARS), min(len(low), end + _RULED_OUT_CHARS)
        if _ACCIDENT_CAUSE_GATE.search_within(low, lo, hi) is not None \
                and not _WEAPON_WORDS.search(low, lo, hi):
            return True  # "Police in X said a fire that gutted a warehouse was caused by faulty wiring"
    if low.startswith(_SEIZES, start):
        verb_end = low.find(" ", start, end)  # the trigger may hold its object's first word ("seized three")
        if _GOODS_AFTER.match(low, end if verb_end < 0 else verb_end, end + 120) is not None:
            return True
        if low.startswith("seiz", start) \
                and _VEHICLES_AFTER.match(low, end if verb_end < 0 else verb_end, end + 90) is not None:
            return True
    if low.startswith(_POLICE_ACTS, start):
        lo, hi = max(0, start - _CRIME_CHARS), min(len(low), end + _CRIME_CHARS)
        if _SEIZED_GOODS_GATE.search_within(low, lo, hi) is not None \
                and _NOT_ORDINARY_CRIME.search(low, lo, hi) is None and _ARMS_RE.search(low, lo, hi) is None:
            return True  # "police raided a port warehouse and found 3 tonnes of cocaine"
        if _CRIME_GATE.search_within(low, lo, hi) is not None \
                and _POLICE_BEFORE.search(low, max(0, start - 120), start) is not None \
                and _NOT_ORDINARY_CRIME.search(low, lo, hi) is None:
            return True
    lo, hi = max(0, start - _PRIVATE_DISPUTE_CHARS), min(len(low), end + _PRIVATE_DISPUTE_CHARS)
    if (low.startswith(_DEATH_WORDS, start) or low.startswith(("shot", "stab", *_POLICE_ACTS), start)) \
            and any(low.find(w, lo, hi) >= 0 for w in _DISPUTE_WORDS):
        if _PRIVATE_DISPUTE.search(low, lo, hi) is not None \
                and _NOT_ORDINARY_CRIME.search(low, lo, hi) is None and _COMMUNAL.search(low, lo, hi) is None:
            return True
    if sub == "Peaceful protest" and low.startswith("protest", start) \
            and _WALKOUT_BEFORE.search(low, max(0, start - _WALKOUT_CHARS), start) is not None \
            and _DEBATE_BODY.search(low, max(0, start - _DEBATE_BODY_CHARS), start) is not None:
        return True  # "opposition members walking out in protest": no street protest
    if low.startswith("strike", start) and sub != "Peaceful protest" \
            and not low.endswith(_ARMED_STRIKE_BEFORE, max(0, start - 10), start) \
            and _STRIKE_LENGTH_BEFORE.search(low, max(0, start - 50), start) is not None:
        return True  # "launched a 48-hour strike", "a three-day strike by rail workers": labour, not arms
    if sub == "Peaceful protest" and low.startswith("strike", end - 7 if low.endswith("strikes", 0, end)
                                                    else end - 6):
        return _STRIKE_LENGTH_BEFORE.search(low, max(0, start - 50), start) is not None \
            or _STRIKE_LENGTH_AFTER.match(low, end, end + 60) is not None \
            or _STRIKE_OVER_PAY_AFTER.match(low, end, end + 60) is not None
    return False

# Words that join another clause of its own time to a headline's act: "Drones hit Odesa as city derby
# goes ahead", "Kharkiv derby goes ahead after overnight drone attack on city", "Rockets hit Sderot hours
# before cup semi-final" (the game is the other clause's).
_CLAUSE_JOIN = re.compile(r"\s(?:as|after|before|while|amid|despite)\s")
_GAME_WEAPON = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|shelling|mortars?|bombs?|bombing|"
                          r"airstrikes?|air strikes?|artillery|shaheds?|gunmen|grenades?)\b")


def _weapon_beside_game(low: str, lo: int, hi: int, start: int, end: int) -> bool:
    """Whether the trigger's own clause in the window lo..hi (cut at _CLAUSE_JOIN) names a weapon and no game:
    the game is another clause's ("Drones hit Odesa as city derby goes ahead"; not "Inter snatch late winner
    in Milan as Napoli attack falters", whose attack names no weapon). (Bounded searches, linear.)"""
    for m in _CLAUSE_JOIN.finditer(low, lo, start):
        lo = m.end()
    m = _CLAUSE_JOIN.search(low, end, hi)
    hi = m.start() if m is not None else hi
    return _GAME_WEAPON.search(low, lo, hi) is not None and _SPORT_IN.search(low, lo, hi) is None


def _segment(low: str, lo: int, start: int, end: int, hi: int) -> tuple[int, int]:
    """The window lo..hi around a trigger cut at the headline separators (";", "|") on either side: the
    other segment is another story ("Junta jets bomb village in Kanbalu; Mandalay marathon goes ahead").
    (Bounded windows: two searches of at most a window's length, linear.)"""
    cut = max(low.rfind(";", lo, start), low.rfind("|", lo, start))
    if cut >= 0:
        lo = cut + 1
    after = [k for k in (low.find(";", end, hi), low.find("|", end, hi)) if k >= 0]
    return lo, min(after) if after else hi


def _by_nature(low: str, start: int, end: int) -> bool:
    """A death or injury from nature or accident (see NATURE), or from an accidental blast told before it
    ("A gas pipe blast tore through a block, killing three"); a sweep or strike whose subject is a flood,
    a storm or a fire (_SWEEPS); a price that fell to a figure."""
    if low.startswith(_SWEEPS, start):
        return _NATURE_BEFORE_IN.search(low, max(0, start - 40), start) is not None \
            or _FIRE_BEFORE_IN.search(low, max(0, start - 40), start) is not None \
            or start <= _FIRE_OPENS_MOST and _FIRE_OPENS.fullmatch(low, 0, start) is not None \
            or _hazard_opens(low, start, own=True)
    if low.startswith(_FOUGHT, start) and _FOUGHT_NATURE.match(low, end, end + 60) is not None:
        return True  # "residents battled the rising water", "firefighters fought the blaze"
    if low.startswith("fell to", start):
        return _FELL_TO_FIGURE.match(low, end) is not None
    if not low.startswith(_DEATH_WORDS, start):
        return False
    if start <= _NATURE_HEAD_MOST and _NATURE_HEAD_OPENS.fullmatch(low, 0, start) is not None \
            and not _WEAPON_WORDS.search(low, 0, start):
        return True
    lo = max(0, start - _NATURE_THAT_CHARS)
    that = _NATURE_THAT_BEFORE.search(low, lo, start)
    if that is not None and not _WEAPON_WORDS.search(low, that.start(), start) \
            and not _ARMED_RE_IN.search(low, that.start(), start):
        return True  # "landslides in Wayanad district that killed at least seven"
    if _hazard_headline_toll(low, start, end):
        return True
    return _NATURE_BEFORE_IN.search(low, max(0, start - _NATURE_BEFORE_CHARS), start) is not None \
        or _NATURE_AFTER.match(low[end:end + 80]) is not None \
        or nature_as_toll(low, start, end) \
        or _ACCIDENT_VERB_BEFORE_IN.search(low, max(0, start - 120), start) is not None \
        or _COLLISION_BEFORE_IN.search(low, max(0, start - 160), start) is not None \
        or _NATURE_AT_BEFORE_IN.search(low, max(0, start - 110), start) is not None \
        or _ACCIDENT_VERB_AFTER.match(low, end, end + 120) is not None \
        or _accident_blast_before(low, start)


def _hazard_opens(low: str, start: int, own: bool) -> bool:
    """Whether the sentence (after a wire dateline) opens with a hazard as the subject of a sweep or strike
    (see _HAZARD_OPENS): the trigger at ``start`` is that verb (``own``) or comes after it, with no weapon or
    armed men between the sentence's opening and the trigger. (One anchored match of bounded repeats and
    two searches of at most _HAZARD_OPENS_MOST characters: linear.)"""
    lead = _DATELINE_LEAD.match(low)
    body = 0 if lead is None else lead.end()
    if start - body > _HAZARD_OPENS_MOST:
        return False
    m = _HAZARD_OPENS.match(low, body, start + 12 if own else start)
    if m is None or (m.start("verb") != start if own else m.end() > start):
        return False
    return not _ARMED_RE.search(low, body, start) and not _WEAPON_WORDS.search(low, body, start)


def nature_as_toll(low: str, start: int, end: int) -> bool:
    """Whether the death word at low[start:end] is a hazard's toll told after it by "as" or "when" (see
    _NATURE_AS_AFTER), with no weapon or armed men in the clause before it and not an active "kill(s)"
    (bounded windows: linear)."""
    if low.startswith(("kill ", "kills ", "kill,"), start) \
            or _NATURE_AS_AFTER.match(low, end, end + _NATURE_AS_CHARS) is None:
        return False
    lo = max(0, start - _NATURE_AS_CHARS)
    return _WEAPON_WORDS.search(low, lo, start) is None and _ARMED_RE.search(low, lo, start) is None



def _hazard_headline_toll(low: str, start: int, end: int) -> bool:
    """Whether the death word at low[start:end] is a headline's toll told after a hazard in the line's first
    segment ("Quake rocks Sulawesi; 7 killed in Mamuju"): one separator before it, a hazard and no weapon or
    armed men before it, none in its own segment, and no agent or act after it. (The line's first
    _HEAD_SEGMENT_MOST characters only: linear.)"""
    if start > _HEAD_SEGMENT_MOST or "\n" in low[:start]:
        return False
    cut = max(low.rfind(";", 0, start), low.rfind("|", 0, start))
    if cut < 0 or low.find(";", 0, cut) >= 0 or low.find("|", 0, cut) >= 0:
        return False
    hi = min(len(low), end + _HEAD_SEGMENT_MOST)
    stop = min([k for k in (low.find(sep, end, hi) for sep in ";|\n") if k >= 0], default=hi)
    return _NATURE_WORD.search(low, 0, cut) is not None \
        and not _WEAPON_WORDS.search(low, 0, stop) and not _ARMED_RE_IN.search(low, 0, stop) \
        and _AGENT_AFTER.match(low, end, stop) is None


# A capture told as the participle of a perfect advance over a period (phantom70, b73-080: "Russian forces
# have advanced steadily in the Donetsk region this year, taking Pokrovsk and Myrnohrad after months of
# fighting"): a campaign's summary, not the day's capture (not "advanced on Sunday, taking X": no perfect).
_GAIN_PARTICIPLES = ("taking ", "seizing ", "capturing ")
_PERFECT_GAIN_BEFORE = re.compile(r"\b(?:has|have)\s{1,3}(?:[a-z]{2,20}ly\s{1,3})?"
                                  r"(?:advanced|pushed|pressed|expanded|moved|gained\s{1,3}ground)\b[^.;:!?—–]{0,100},\s{1,3}$")
_PERFECT_GAIN_CHARS = 160
_LONG_RUN = re.compile(r"[^.;:!?—–]{0,120}?\b(?:this\s{1,3}year|since|"
                       r"(?:over|in|during)\s{1,3}(?:the\s{1,3})?(?:past|last|recent)\s{1,3}(?:\w{1,30}\s{1,3})?"
                       r"(?:weeks|months|years)|(?:after|for)\s{1,3}months)\b")


def _gain_in_perfect(low: str, start: int, end: int) -> bool:
    """Whether the capture at low[start:end] is the participle of a perfect advance over a period
    (_PERFECT_GAIN_BEFORE; a bounded window: linear)."""
    if not low.startswith(_GAIN_PARTICIPLES, start):
        return False
    gain = _PERFECT_GAIN_BEFORE.search(low, max(0, start - _PERFECT_GAIN_CHARS), start)
    return gain is not None \
        and (_LONG_RUN.match(gain.group(0)) is not None or _LONG_RUN.match(low, end) is not None)


def _run_in_perfect(low: str, start: int, end: int) -> bool:
    """Whether the trigger is a run of acts over a period told in the perfect (see _PERFECT_AFTER): its
    own perfect ("have killed 400 since October") or the perfect verb it is the subject of."""
    if _gain_in_perfect(low, start, end):
        return True
    if _PERFECT_BEFORE_IN.search(low, max(0, start - 20), start) \
            or _PERFECT_RUN_BEFORE_IN.search(low, max(0, start - _PERFECT_RUN_CHARS), start):
        return _PERIOD.match(low, end) is not None
    if low[end - 1:end] == "s" and _FREQUENT_BEFORE.search(low, max(0, start - _FREQUENT_CHARS), start) \
            and _HAVE_AFTER.match(low, end):
        return True
    return _PERFECT_AFTER.match(low, end) is not None or _PLURAL_ACTS.match(low, start, end + 1) is not None \
        and _DISPLACED_AFTER.match(low, end) is not None


# A war's running toll, told with no period word (the guide: an aggregate toll is no event): the war noun
# after "toll from/of/in", or before "toll", whose toll has passed a mark ("Toll from Tigray fighting has
# passed 600,000", "the toll from the fighting around Goma has passed 3,000 dead", "Khartoum fighting toll
# reaches 2,000"); and the deaths that figure counts. Not a toll that rises or climbs: "Tillaberi attack
# toll rises to 44" is the attack's news (the guide), as is "death toll from the clashes reaches 30" (a
# clash is one day's act; the nouns are a war's).
_WAR_NOUNS = ("fighting", "war", "conflict", "violence", "insurgency")
_WAR_TOLL_BEFORE_IN = re.compile(r"\btoll\s(?:from|of|in)\s(?:the\s)?(?:[\w'’-]{1,30}\s){0,3}$")
_TALLY_VERB = r"(?:has\s|have\s|had\s)?(?:now\s)?(?:passed|passes|surpass\w{0,3}|topped|tops|exceed\w{0,3}|" \
    r"crossed|crosses|reached|reaches)\b"
_WAR_TOLL_AFTER = re.compile(r"(?:\s(?:in|around|across|near|on)\s(?:the\s)?(?:[\w'’-]{1,30}\s){0,3}?|\s)"
                             + _TALLY_VERB)
_TALLY_NOUN_AFTER = re.compile(r"\stoll\s" + _TALLY_VERB)
_TALLIED_DEAD_IN = re.compile(r"\btoll\s(?:[\w'’-]{1,30}\s){1,6}?" + _TALLY_VERB
                              + r"\s(?:more\sthan\s|over\s|nearly\s|about\s)?\d[\d,.]{0,20}\s$")


def _war_tally(low: str, start: int, end: int) -> bool:
    """Whether the trigger at low[start:end] is a war named by its running toll, or the dead that toll
    counts (see _WAR_TOLL_AFTER; bounded windows: linear)."""
    if low.startswith(_WAR_NOUNS, start):
        return _WAR_TOLL_BEFORE_IN.search(low, max(0, start - 60), start) is not None \
            and _WAR_TOLL_AFTER.match(low, end, end + 80) is not None \
            or _TALLY_NOUN_AFTER.match(low, end, end + 40) is not None
    return low.startswith("dead", start) \
        and _TALLIED_DEAD_IN.search(low, max(0, start - 120), start) is not None


def _reaction_toll(low: str, start: int) -> bool:
    """Whether the death word at low[start:] is the toll of an act a trial, an anniversary or a funeral is
    about, told in a relative clause of that act (see _RELATIVE_TOLL). (Two bounded windows: linear.)"""
    if _REACTION_TO_GATE not in _sentence(low).opened or not low.startswith(_DEATH_WORDS, start):
        return False
    relative = _RELATIVE_TOLL.search(low, max(0, start - _RELATIVE_TOLL_CHARS), start)
    if relative is None:
        return False
    cut = relative.start()
    return _REACTION_HEAD.search(low, max(0, cut - _REACTION_HEAD_CHARS), cut) is not None


# Talks suspended or frozen over an act name it as the reason for breaking them off: "has suspended peace
# talks with the ELN over the group's offensive in the Catatumbo region" (phantom62: b39-048, b58-031). Not
# when the act carries its own recent day ("over their attack on X on Monday" can be that day's act).
_TALKS_SUSPENDED_OVER = re.compile(r"\b(?:suspen\w{0,30}+|froze|freez\w{0,30}+)\s{1,3}(?:peace\s{1,3})?"
                                   r"(?:talks|negotiations|dialogue)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?"
                                   r"over\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}$")
_TALKS_SUSPENDED_CHARS = 130


def _talks_suspended_over(low: str, start: int) -> bool:
    """Whether the act at low[start:] is what talks were suspended or frozen over (see _TALKS_SUSPENDED_OVER;
    a substring test first, then one bounded window: linear)."""
    lo = max(0, start - _TALKS_SUSPENDED_CHARS)
    if all(low.find(word, lo, start) < 0 for word in ("suspen", "froze", "freez")):
        return False
    return _TALKS_SUSPENDED_OVER.search(low, lo, start) is not None


# A war told by the long period it has lasted is no act of the day (the guide: an aggregate is no event):
# the act noun directly after "<months|years|decades> of" ("after a year of Red Sea attacks", "Eighteen
# months of fighting have displaced ..."), and the toll whose subject such a period is ("Six months of
# cartel war have left 900 dead", "Eight years of insurgency have killed 6,000"). Days and weeks are left
# out: "after two days of fighting, rebels took X" can be the day's clash (session 38, phantom44).
_LONG_PERIOD = r"(?:months|years|decades|(?:a|one|another|\w{3,12})\s{1,3}(?:month|year|decade))"
_PERIOD_OF_BEFORE = re.compile(r"\b" + _LONG_PERIOD + r"\s{1,3}of\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_PERIOD_TOLL_BEFORE = re.compile(r"\b" + _LONG_PERIOD + r"\s{1,3}of\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,4}?"
                                 r"(?:have|has|had)\s{1,3}(?:now\s{1,3}|already\s{1,3})?"
                                 r"(?:killed|claimed|left\s{1,3}(?:[\w,.+-]{1,20}\s{1,3}){1,3}?)$")
_PERIOD_CHARS = 120
# A protest's cause: the act a march, rally or sit-in is "against", "over" or "to denounce" is told as the
# reason, not as the news (the guide codes the protest; noevent42 left 'over X's arrest' open): "marched
# ... to protest against repeated CODECO attacks on displacement camps in Djugu", "shut their shops in
# protest at a wave of extortion attacks in Bannu". Not when the cause carries its own recent day ("to
# protest the killing of two students in X on Monday" can be that day's act) (session 38, phantom44).
_PROTEST_CAUSE_BEFORE = re.compile(r"\b(?:to\s{1,3}(?:protest|denounce|decry|condemn)"
                                   r"(?:\s{1,3}(?:against|at|over))?|"
                                   # "in protest" only with its cause's preposition: "shut their shops in
                                   # protest and blocked a road" is two acts
                                   r"in\s{1,3}protest\s{1,3}(?:against|at|over)|"
                                   r"(?:protest\w{0,3}|rall(?:y|ied|ies|ying)|march(?:ed|es|ing)?|"
                                   r"demonstrat\w{0,5}|sit-ins?|vigils?)\s{1,3}(?:against|over))"
                                   r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,5}?$")
_PROTEST_CAUSE_CHARS = 110
# ... whose act goes on to a place or a target of its own ("attacks on camps in Djugu", "the killing of 30 in
# Rutshuru", "the rapes reported in Walikale"): a bare "in protest at the killings, and ..." names the act
# the story already told, whose reading it leaves alone.
_CAUSE_GOES_ON = re.compile(r"[\w'’-]{0,30}\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?"
                            r"(?:in|on|at|near|around|across|along|of|against|by)\s")


def _period_act(low: str, start: int) -> bool:
    """Whether the trigger at low[start:] is a war told by its long period, or that period's toll (see
    _PERIOD_OF_BEFORE; bounded windows before it: linear)."""
    if low.find(" of", max(0, start - _PERIOD_CHARS), start) < 0:
        return False
    if _PERIOD_OF_BEFORE.search(low, max(0, start - 60), start) is not None:
        return True
    return low.startswith(_DEATH_WORDS, start) \
        and _PERIOD_TOLL_BEFORE.search(low, max(0, start - _PERIOD_CHARS), start) is not None


def _protest_cause(low: str, start: int, end: int) -> bool:
    """Whether the trigger at low[start:end] is what a protest is against (see _PROTEST_CAUSE_BEFORE; a
    bounded window before it: linear)."""
    lo = max(0, start - _PROTEST_CAUSE_CHARS)
    m = _PROTEST_CAUSE_BEFORE.search(low, lo, start)
    if m is None or _BOUNDARY.search(low, m.start() + 1, start) is not None or _dated_recently(low, end):
        return False
    goes_on = _CAUSE_GOES_ON.match(low, end, end + 140)
    return goes_on is not None and _BOUNDARY.search(low, end, goes_on.end() - 1) is None


# ... but not the people who flee, named by their act after a determiner or a verb that takes them as its
# object (sites62: "drones had struck the fleeing attackers near Arbinda", "pursued the fleeing gunmen"):
# the participle describes the agents struck, the strike is the news (not "villagers fleeing gunmen": a
# people noun before the participle makes the agents what they fled). Bounded window, no nested repeats.
_FLEEING_AGENTS = re.compile(r"(?:attackers|assailants|gunm[ae]n|abductors|kidnappers|raiders|looters|"
                             r"rioters)\b")
_FLEEING_ATTRIBUTIVE = re.compile(r"\b(?:the|those|struck|hit|pursued|chased|killed|bombed|targeted|ambushed|"
                                  r"intercepted|caught|engaged|tracked|neutrali[sz]ed)\s{1,3}"
                                  r"(?:fleeing|escaping)\s{1,3}$")
_FLEEING_ATTRIBUTIVE_CHARS = 30


def not_this_act(low: str, start: int, end: int) -> bool:
    """Whether the trigger at low[start:end] names an act told before (owned by an earlier time, or what
    a sanction, trial, inquiry, funeral or anniversary is about), an alert, or an accident."""
    sentence = _sentence(low)
    opened = sentence.opened
    if _FLED_ACT_IN.search(low, max(0, start - _FLED_ACT_CHARS), start) \
            and not (_FLEEING_AGENTS.match(low, start)
                     and _FLEEING_ATTRIBUTIVE.search(low, max(0, start - _FLEEING_ATTRIBUTIVE_CHARS), start)):
        return True  # "villagers who had fled fighting near Monywa": what people fled, not the news
    if _DISPLACED_BY_ACTS.match(low, start) and "by" in low[max(0, start - _FLED_ACT_CHARS):start] \
            and _DISPLACED_BY.search(low, max(0, start - _FLED_ACT_CHARS), start):
        return True  # "people displaced by earlier fighting in Darfur": what drove them out, not the news
    if low[end - 1:end] == "s" \
            and _RESPONSIBLE_FOR_IN.search(low, max(0, start - _RESPONSIBLE_FOR_CHARS), start):
        return True  # "a commander responsible for attacks on Kiryat Shmona": his record, not the news
    if _PAST_OWNED_IN.search(low, max(0, start - 40), start):
        return True
    if _ACCUSED_OF_IN.search(low, max(0, start - 70), start) and _DENIED_AFTER_IN.search(low, end, end + 150):
        return True  # "accused Ukraine of attacking the plant, which Kyiv denied": alleged, denied
    if _DENIED_AFTER_IN.search(low, end, end + _CLAIM_DENIED_CHARS) and claim_denied(low, start, end):
        return True  # "said Indian troops had opened fire on its posts, a claim New Delhi denied"
    if low.startswith(_DEATH_WORDS, start) and _PAST_OWNED_AFTER.match(low, end):
        return True  # "three men killed in last week's raid"
    # (Every match holds "had": a substring test first, since the pattern's lazy prefix tries "\bhad" at
    # each of the window's characters.)
    if low.find("had", end, end + _CAUSED_CHARS) >= 0 and _CAUSED_AFTER.match(low, end, end + _CAUSED_CHARS):
        return True  # "air strikes on Kabul earlier in the week had triggered the fighting": a cause
    if _REACTION_TO_GATE in opened \
            and _REACTION_TO_GATE.search_within(low, max(0, start - _REACTION_CHARS), start):
        return True
    if _talks_suspended_over(low, start) and not _dated_recently(low, end):
        return True  # "suspended peace talks with the ELN over the group's offensive in X": the reason
    if _REACTION_NOUN_AFTER.match(low, end, end + 20):
        return True  # "Judge in Beirut port blast probe summons ex-minister": what the probe is about
    if "anniversary" in low[end:end + _ITS_ANNIVERSARY_CHARS]:
        marked = _ITS_ANNIVERSARY_AFTER.match(low, end, end + _ITS_ANNIVERSARY_CHARS)
        if marked is not None and _ANNIVERSARY_BREAK.search(low, end, marked.end()) is None:
            return True  # "Survivors of the Barsalogho massacre marked its first anniversary" (phantom47)
    if _YEARS_SINCE_GATE.search_within(low, max(0, start - _YEARS_SINCE_CHARS), start) is not None \
            and not _dated_recently(low, end):
        return True  # "to mark 20 years since the school siege in which 334 hostages died" (phantom47)
    if _VERDICT_ABOUT_GATE in opened \
            and _VERDICT_ABOUT_GATE.search_within(low, max(0, start - _VERDICT_CHARS), start):
        return True  # "A court in X sentenced ... for abandoning positions during the offensive on Y"
    if _AVENGED_GATE in opened and _AVENGED_GATE.search_within(low, max(0, start - 70), start) \
            and not _dated_recently(low, end):
        return True
    if _dated_back(low, start, end):
        return True
    if _SPAN_AFTER_GATE in opened and _SPAN_AFTER_GATE.opens(low[end:end + _SPAN_CHARS]):
        span = _SPAN_AFTER.match(low, end, end + _SPAN_CHARS)
        if span is not None and _SPAN_BREAK.search(low, end, span.start("span") + 1) is None:
            return True  # "killed 1,520 people in X and Y between April and June": a toll over a span
    opener = sentence.opener
    if 0 <= opener <= start <= opener + _PAST_OPENER_CHARS \
            and _DATED_BACK_BREAK.search(low, opener, start) is None:
        return True
    if _COMPARED_IN.search(low, max(0, start - _COMPARED_CHARS), start) and not _dated_recently(low, end) \
            or _CHARACTERISED_IN.search(low, max(0, start - 80), start):
        return True
    named = _NAMED_AS_IN.search(low, max(0, start - 80), start)
    if named is not None and not _CONDEMNS_IN.search(low, max(0, named.start() - 30), named.start()) \
            or _PLOTTED_IN.search(low, max(0, start - 80), start):
        return True
    if low.startswith(_FOILS, start) and _PLOT_AFTER.match(low, end):
        return True  # "foiled a plot to ...": the plot is no weapon disrupted (its act is not told)
    if _PLOT_NOUN_AFTER.match(low, end):
        return True  # "foiled a coup plot": the coup is what was plotted, not an act told
    if _run_in_perfect(low, start, end):
        return True
    if _war_tally(low, start, end):
        return True  # "Toll from Tigray fighting has passed 600,000": a war's tally
    if _period_act(low, start):
        return True  # "Six months of cartel war have left 900 dead": a war's period and its toll
    if _protest_cause(low, start, end):
        return True  # "marched ... to protest against repeated attacks on camps in Djugu": the cause
    if low[end - 1:end] == "s" and _TREND_BEFORE_IN.search(low, max(0, start - 80), start):
        return True  # "the group has stepped up attacks on ...": a trend
    if _rising_count(low, start, end):
        return True  # "as prison killings mount", "amid rising kidnappings": a count that grows
    if low.startswith(_ALERTED, start) and _ALERT_AFTER.match(low, end):
        return True
    if _by_nature(low, start, end) or _ordinary_sense(low, start, end) or _NO_STRIKE_GATE in opened \
            and _NO_STRIKE_GATE.search_within(low, max(0, start - 60), end + 60):
        return True
    if _RUMOUR_IN.search(low, max(0, start - 60), start) \
            or _MASSING_FOR_GATE in opened \
            and _MASSING_FOR_GATE.search_within(low, max(0, start - 110), start):
        return True
    if low.startswith(_MINES, start) and _MINE_HAZARD_IN.search(low, max(0, start - 40), start):
        return True
    if low.startswith(_ORDNANCE, start) and _UXO_CLEARED.search(low, max(0, start - 120), start) \
            or low.startswith(_BLAST, start) and _CONTROLLED_BEFORE.search(low, max(0, start - 15), start):
        return True  # "deminers cleared 400 unexploded shells", "in controlled blasts": no attack
    if low.startswith(_BLAST, start) and (_WORKS_AFTER.match(low, end) or _store_blast(low, start, end)):
        return True
    lo, hi = _segment(low, max(0, start - _SPORT_CHARS), start, end, end + _SPORT_CHARS)
    if _SPORT_GATE in opened and _SPORT_GATE.opens(low[lo:hi]) and _SPORT_IN.search(low, lo, hi) \
            and not _ARMED_RE_IN.search(low, lo, hi) and not _SPORT_CROWD_IN.search(low, lo, hi) \
            and not _weapon_beside_game(low, lo, hi, start, end):
        return True
    if _plural_head(low, end) and _AFTER_PLURAL_IN.search(low, max(0, start - 60), start):
        return True  # "after a spate of mob killings in the state", "citing a wave of gang killings"
    if _HELD_PEOPLE_IN.search(low, max(0, start - 30), start):
        return True
    if _YEAR_WHEN_GATE in opened and _YEAR_WHEN_GATE.search_within(low, max(0, start - 100), start):
        return True  # "since 2012, when rebels seized Kidal and Gao"
    if _YEAR_NAMED_GATE in opened and _YEAR_NAMED_GATE.search_within(low, max(0, start - 70), start) \
            and not low.endswith("ed", start, end):
        return True  # "the 2014 massacre in Baga": an act named by its year
    if low.startswith(_WEAPON_NOUNS, start) and (_SUPPLIED_BEFORE_IN.search(low, max(0, start - 70), start)
                                                  or _SUPPLIED_AFTER.match(low, end, end + 120)):
        return True  # "a weapons package including Patriot missiles to be delivered to Kyiv"
    crafted = any(w in low[start:end] for w in _BLAST_OR_CRAFT) or low.startswith(_DEATH_WORDS, start) \
        and _CRAFT_BEFORE.search(low, max(0, start - 90), start) is not None
    if crafted and _RULED_OUT_ATTACK_GATE in opened \
            and _RULED_OUT_ATTACK_GATE.search_within(low, end, end + _RULED_OUT_CHARS):
        return True  # "blasts that killed nine ..., the government said, ruling out an attack"
    if crafted and _ACCIDENT_CAUSE_GATE.search_within(low, max(0, start - _RULED_OUT_CHARS),
                                                      end + _RULED_OUT_CHARS) is not None:
        return True  # "An explosion at a depot killed three, state media said, blaming a gas leak"
    if _caused_blast(low, start) or low.startswith(_DEATH_WORDS, start) \
            and _caused_blast(low, max(low.rfind("explo", max(0, start - 30), start),
                                       low.rfind("blast", max(0, start - 30), start))):
        return True  # "a fire at a petrol station caused an explosion that killed 13"
    return low.startswith(_BLAST, start) \
        and (_ACCIDENT_BEFORE_IN.search(low, max(0, start - 40), start) is not None
             or _TANKER_AFTER.match(low, end) is not None)


def _accident_blast_before(low: str, start: int) -> bool:
    """Whether the death word at ``start`` is the toll of an accidental blast told in the 180 characters
    before it (_ACCIDENT_BLAST), with no weapon word between the blast and it ("A blast at a fuel depot in
    Benghazi killed three workers on Monday, and gunmen killed a policeman in Sirte": the second toll is the
    gunmen's; phantom49)."""
    m = _ACCIDENT_BLAST_IN.search(low, max(0, start - 180), start)
    return m is not None and _WEAPON_WORDS.search(low, m.start() + 5, start) is None


def _store_blast(low: str, start: int, end: int) -> bool:
    """Whether the blast word at low[start:end] is told at a store of goods (_STORE_AFTER) with no weapon
    word in the _STORE_WEAPON_CHARS before it ("a bomb exploded at a warehouse" stays a bombing)."""
    return _STORE_AFTER.match(low, end) is not None \
        and _WEAPON_WORDS.search(low, max(0, start - _STORE_WEAPON_CHARS), start) is None


def _caused_blast(low: str, at: int) -> bool:
    """Whether the blast word at low[at:] was set off by a fire, a leak or lightning told before it (see
    _CAUSED_BLAST_BEFORE; a window of _CAUSED_BLAST_CHARS before it: linear). False when `at` is -1 or no
    blast word starts there."""
    if at < 0 or not low.startswith(_BLAST, at):
        return False
    lo = max(0, at - _CAUSED_BLAST_CHARS)
    return _CAUSED_BLAST_BEFORE.search(low, lo, at) is not None and not _WEAPON_WORDS.search(low, lo, at) \
        and not _ARMED_RE_IN.search(low, lo, at)


# A headline's infinitive is its future: "X to meet", "to sign" (not "returned to talks": a noun).
_TO_BEFORE = re.compile(r"\bto\s{1,3}$")
_TO_VERBS = ("meet", "sign", "agree", "hold", "rally", "march", "protest")
# People of talks who only speak: "Negotiators in Cairo said ...", "mediators told reporters".
_TALKERS = ("negotiator", "mediator", "delegate", "envoy")
_SAID_NEXT = re.compile(r"(?:\s{1,3}(?:in|from|at)\s{1,3}[\w'’-]{1,30}(?:\s{1,3}[\w'’-]{1,30}){0,2})?,?"
                        r"\s{1,3}(?:" + alternation(TELLS | {"added", "warned", "insisted", "believe",
                                                             "believed", "expect", "expected"}) + r")\b")
# Meeting people who are no party: "the president meets troops", "visited survivors".
_MEETS_PEOPLE = re.compile(r"\s{1,3}(?:with\s{1,3})?(?:the\s{1,3}|wounded\s{1,3}|displaced\s{1,3}|"
                           r"local\s{1,3})?"
                           r"(?:troops|soldiers|residents|families|survivors|victims|wounded|displaced|refugees|"
                           r"students|workers|reporters|journalists|supporters|voters|pilgrims)\b")
# Meetings that are no talks between parties (phantom36, session 30): a government's own cabinet at its
# routine sitting ("the cabinet met on Tuesday to approve a subsidy plan", "at the start of its weekly cabinet
# meeting", "the cabinet held its weekly meeting"), told before the talks noun.
_CABINET_BEFORE = re.compile(r"\bcabinet\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}$"
                             r"|\b(?:its|their|the)\s{1,3}(?:weekly|monthly|regular)\s{1,3}$")
# Talks people were only invited or called to: "invited the union and the owners to talks in Abuja", "called
# both sides to talks" (the invitation is the news, not a meeting held); at most seven words of invitees and
# no clause break between the verb and "to".
_INVITED_TO_BEFORE = re.compile(r"\b(?:invit(?:ed|es|ing|e)|call(?:ed|s|ing)?|summon(?:ed|s|ing)?)\s{1,3}"
                                r"(?:[\w'’-]{1,30}\s{1,3}){0,7}?to\s{1,3}"
                                r"(?:(?:the|new|peace|direct|fresh|urgent|emergency)\s{1,3}){0,2}$")
# A body described by its habit in a relative clause: "the committee that monitors the truce, which meets at
# the UN base in Naqoura, has not convened since April" (what it does, not a meeting held).
_HABIT_BEFORE = re.compile(r"\b(?:which|that|who)\s{1,3}(?:usually\s{1,3}|normally\s{1,3}|regularly\s{1,3}|"
                           r"also\s{1,3}|still\s{1,3})?$")
_HABIT_VERBS = frozenset({"meets", "meet", "convenes", "convene", "sits"})
# A summit or deal about the climate ("COP30 in Belem ends with forest fund deal", "Climate summit in Belem
# closes with finance pledge"): diplomacy of no conflict, which no conflict map codes (phantom36, session 30).
_CLIMATE_TOPIC = re.compile(r"\b(?:cop\s?\d{1,2}|climate|fossil[- ]fuels?|emissions|carbon|biodiversity)\b")
# Talks put off to a later date: "talks in Istanbul pushed back as truce holds", "... has been pushed back by
# several days" (only talks: protesters and troops are "pushed back" by force).
_PUSHED_BACK = re.compile(r"\b(?:pushed|put|moved)\s{1,3}back\b")
# ... or only possible: "A ceasefire in Gaza could be agreed this week", "a deal is likely to be signed",
# "talks with the rebels could resume in X only if ...", "the summit may open in Y" (the noun the subject
# of a modal verb of beginning: talks that might happen, not talks held).
_MODAL_AFTER = re.compile(r"(?:\s{1,3}(?!(?:and|but|as|while|after|when)\b)[\w'’-]{1,30}){0,4}?\s{1,3}"
                          r"(?:could|would|may|might|should|must|(?:is|are)\s{1,3}(?:un)?likely\s{1,3}to)\s{1,3}"
                          r"(?:soon\s{1,3}|still\s{1,3}|only\s{1,3})?(?:be|resume|reconvene|restart|begin|start|"
                          r"open|take\s{1,3}place|go\s{1,3}ahead)\b")
# A time clause whose meeting is still to come, told in the present: "before talks resume in X", "once
# negotiations begin in Y", "until the summit opens" (a past meeting is told in the past: "after talks
# resumed in X" is not matched).
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:before|once|until|till|unless|when)\s{1,3}"
                                 r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_BEGINS_AFTER = re.compile(r"(?:\s{1,3}(?!(?:and|but|as|while|after|when|in|at|on)\b)[\w'’-]{1,30}){0,3}?"
                           r"\s{1,3}"
                           r"(?:resumes?|reconvenes?|restarts?|begins?|starts?|opens?|takes?\s{1,3}place|"
                           r"gets?\s{1,3}under\s{0,3}way|(?:is|are)\s{1,3}held|goes\s{1,3}ahead|go\s{1,3}ahead)\b")
# Talks, agreements and protests announced for later, told after their noun: "peace talks set for Jeddah
# on Thursday", "a summit scheduled for next month", "talks will resume in Doha".
_AHEAD = re.compile(r"\s{1,3}(?:(?:is|are|was|were)\s{1,3})?"
                    r"(?:set|scheduled|slated|planned|due|expected|poised)\s{1,3}(?:for|to|on|in|at|next)\b|"
                    r"\s{1,3}(?:to|will|would|shall)\s{1,3}(?:be\s{1,3}held|take\s{1,3}place|resume|reconvene|"
                    r"open|start|begin)\b")


# Talks told with their place before the time that puts them ahead: "hours before indirect talks in Muscat
# were due to resume", "talks in Sirte are set for next week" (one to three words of the place after "in" or
# "at", no clause break; political37, session 31).
_AT_PLACE_AHEAD = re.compile(r"\s{1,3}(?:in|at)(?:\s{1,3}"
                             + _no_clause_word("where", "is", "are", "was", "were", "to", "will", "would")
                             + r"[\w'’-]{1,30}){1,3}?"
                             r"(?=\s{1,3}(?:(?:is|are|was|were)\s{1,3})?"
                             r"(?:set|scheduled|slated|planned|due|expected)\s{1,3}(?:for|to|on|in|at|next)\b|"
                             r"\s{1,3}(?:to|will|would|shall)\s{1,3}(?:be\s{1,3}held|take\s{1,3}place|resume|"
                             r"reconvene|open|start|begin)\b)")
# A meeting named as the object of an infinitive of hosting or attending: "Putin to chair Security Council
# session", "Quartet to host Sudan talks in Washington", "agreed to hold talks in Istanbul" (a meeting still
# to come; at most four words between the verb and the noun, no clause break; political37).
# (also talks to be restarted: "hoped to revive prisoner exchanges and to restart talks on a ceasefire in the
# Black Sea", blind b48-071; meetings52)
_TO_HOST_BEFORE = re.compile(r"\bto\s{1,3}(?:chair|host|attend|hold|join|convene|"
                             r"restart|resume|revive|reopen|relaunch|reconvene)\s{1,3}"
                             r"(?:" + _no_clause_word() + r"[\w'’-]{1,30}\s{1,3}){0,4}$")
# Talks told as a process under way, not a meeting on a day: "the Gulf Clan, which is holding exploratory
# talks with the government in Qatar", "mediators have been holding indirect talks in Doha" (political37).
_ONGOING_BEFORE = re.compile(r"\b(?:is|are|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been)\s{1,3}"
                             r"(?:holding|conducting)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
# ... and negotiations told in the progressive, the verb itself the trigger: "M23, which is negotiating
# separately with Kinshasa in Doha, said ...", "the two sides are negotiating in Amman over the roads" (a
# process under way, not a meeting on a day; blind b63-058, b65-069; phantomw64). At most one adverb between
# ("are still negotiating"); the trigger must be the participle "negotiating".
_NEGOTIATING_ONGOING_BEFORE = re.compile(r"\b(?:is|are|was|were|has\s{1,3}been|have\s{1,3}been|"
                                         r"had\s{1,3}been)\s{1,3}(?:(?:still|now|currently|also)\s{1,3})?$")
# A deal only proposed, sought or refused, its verb before the noun: "ELN proposes ceasefire ahead of Caracas
# talks", "Hamas rejects truce offer", "the army offered a 72-hour truce" (a deal offered, not made; up to two
# words between; political37).
_PROPOSED_BEFORE = re.compile(r"\b(?:propos(?:e|es|ed|ing)|offer(?:s|ed|ing)?|seek(?:s|ing)?|sought|"
                              r"reject(?:s|ed|ing)?|demand(?:s|ed|ing)?)\s{1,3}"
                              r"(?:" + _no_clause_word("in", "at", "on") + r"[\w'’-]{1,30}\s{1,3}){0,2}$")
# A deal or talks of last weekend, in the same clause and past a frame ("agreed to an immediate ceasefire
# during talks in Doha last weekend"): told before, as 'last week' is (_DATED_BACK stops at "during";
# phantomw43).
_LAST_WEEKEND_AFTER = re.compile(r"[^.;:!?,]{0,70}?\blast\s{1,3}weekend\b")
# A deal or talks only hoped for ("dimming hopes of a lasting truce", "prospects for talks"), or the word in a
# source's description ("two people familiar with the arrangements said"): no deal made, no talks held (up to
# two words between; phantomw43).
_HOPED_OR_KNOWN_BEFORE = re.compile(r"\b(?:(?:hopes?|prospects?|chances?)\s{1,3}(?:of|for)|"
                                    r"familiar\s{1,3}with)\s{1,3}(?:(?:an?|the)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
# What a town or government hosts that is no talks between parties: "Niger's junta hosted a mining investment
# forum in Niamey", "Baghdad hosted a regional football tournament" (up to three words before the noun;
# political37).
_HOSTED_NO_TALKS = re.compile(r"\s{1,3}(?:" + _no_clause_word("in", "at", "on", "peace", "security")
                              + r"[\w'’-]{1,30}\s{1,3}){0,3}?"
                              r"(?:fairs?|festivals?|tournaments?|exhibitions?|expos?|ceremony|ceremonies|concerts?|"
                              r"matche?s?|games|gala|marathon|celebrations?|parades?|"
                              r"(?:investment|business|trade|mining|economic|tech|technology|energy|tourism)\s{1,3}"
                              r"(?:forums?|conferences?|summits?|meetings?|week))\b")
# A season of this or last year: "Peace talks held in Istanbul this spring produced ..." (told before).
_SEASON_BACK = re.compile(r"\b(?:this|last)\s{1,3}(?:spring|summer|autumn|fall|winter)\b")


# Talks told with their parties before the time that puts them ahead: "days before talks between the two
# sides were due to open in Nairobi", "talks with the rebels scheduled for Friday in Doha" (at most four
# words of parties, no clause break; only talks: a truce "between A and B set to take effect" was made).
_AHEAD_AFTER_PARTIES = re.compile(r"\s{1,3}(?:between|with|among)"
                                  r"(?:\s{1,3}(?!(?:but|as|while|after|when|which|who|where|that|in|at)\b)"
                                  r"[\w'’-]{1,30}){1,4}?"
                                  r"(?=\s{1,3}(?:(?:is|are|was|were)\s{1,3})?"
                                  r"(?:set|scheduled|slated|planned|due|expected)\s{1,3}(?:for|to|on|in|at|next)\b)")


# An act named with an indefinite article whose clause goes on in a modal: "an assault on X could trigger
# a catastrophe", "a Russian offensive on Y would begin when ...", "any strike on Z will be met with ..."
# (not "the attack on X could derail talks": a definite act told as done; nor "may have killed", "could
# not be verified").
# (or a headline's first words, where no article is written: "Assault on Rafah could trigger catastrophe";
# not a definite act at a line's start: "the attack on the convoy could derail the talks")
_INDEFINITE_BEFORE = re.compile(r"(?:\b(?:an?|any|such\s{1,3}an?)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,2}|"
                                r"^(?:(?!(?:the|this|that|these|those|its|their|his|her|our)\b)"
                                r"[\w'’-]{1,30}\s{1,3}){0,2})$")
# ... or a bare plural act told in a reported clause, its determiner-free noun right after "that" (noevent72:
# "Israel's defence minister warned that strikes on Beirut's southern suburbs would resume unless ...",
# "warned that air strikes on ... would resume if ..."): a threat, no act (not "said that the strikes on X
# would not stop": a determiner names acts already told; nor "said that strikes on X had killed": no modal).
_THAT_BARE_BEFORE = re.compile(r"\bthat\s{1,3}(?:(?!(?:the|this|that|these|those|its|their|his|her|our)\b)"
                               r"[\w'’-]{1,30}\s{1,3}){0,2}$")
# "Advance on X" after a verb of keeping on names where a side heads, not fighting there (noevent72: "as the
# Arakan Army pressed its advance on Sittwe", "pressed their advance on Kadugli"): the battle trigger
# "advance on" reports nothing (not "rebels advanced on Moba", "troops advance on X": fighting at X).
_KEPT_ON_BEFORE = re.compile(r"\b(?:press(?:es|ed|ing)?|continu(?:e|es|ed|ing)|resum(?:e|es|ed|ing)|"
                             r"pursu(?:e|es|ed|ing)|k(?:ept|eeps?|eeping)\s{1,3}up)\s{1,3}"
                             r"(?:its|their|the|a|his)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?$")
_ACT_MODAL_AFTER = re.compile(r"(?:\s{1,3}" + _no_clause_word("said", "says", r"kill\w{0,30}")
                              + r"[\w'’-]{1,30}){0,8}?\s{1,3}(?:could|would|might|may|will)"
                              r"\s{1,3}(?!(?:have|be|not|also|never)\b)[a-z]")


# Weapons in the plural, with no determiner, whose clause goes on in a modal: "warning that Russian guided
# bombs could soon knock out the city's last pumping station", "Houthi missiles might reach Eilat" (a
# damage feared, no strike told; phantom59; "though drones could still be heard over the territory": only
# heard, the adverb read as the modal's verb). Not "missiles may have hit X" (a strike reported with
# doubt), "missiles could not be intercepted", nor "the missiles could destroy" or "these drones could fly
# 500 km" (a determiner: weapons already told; not "this" or "that", which cannot point at a
# plural: "warning that Russian bombs" is the conjunction).
_WEAPONS_MODAL_AFTER = re.compile(r"\s{1,3}(?:could|might|may)\s{1,3}(?:(?:soon|still|yet|also|again|even|"
                                  r"eventually)\s{1,3})?(?!(?:have|be|not|never|well)\b)[a-z]")
_DETERMINED_WEAPONS_BEFORE = re.compile(r"\b(?:the|these|those|its|their|his|her|our|such)\s{1,3}"
                                        r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")


# The window patterns unreal and not_this_act search in a trigger's lower-cased sentence (its 40 to 180
# characters before or after the trigger, asked again for each trigger of the sentence): their first words
# found in one pass over the sentence, remembered for it, and each pattern tried only at those of them in
# its window (mapper/events/prefilter.py), not at every character of it. The same matches as .search.
_WINDOW_GROUP = PrefilteredGroup([
    _NATURE_BEFORE, _ACCIDENT_BLAST, _PERFECT_BEFORE, _PERFECT_RUN_BEFORE, _FLED_ACT, _PAST_OWNED, _NAMED_AS,
    _HELD_PEOPLE, _RESPONSIBLE_FOR, _ACCUSED_OF, _DENIED_AFTER, _CHARACTERISED, _PLOTTED, _RUMOUR,
    _MINE_HAZARD, _SPORT, _AFTER_PLURAL, _COMPARED, _ARMED_RE, _SPORT_CROWD, _SUPPLIED_BEFORE,
    _ACCIDENT_BEFORE, _CONDEMNS, _UNREAL, _INSIDE_SINCE, _VOWED, _AFTER_THE, _CONCERN_AT, _IN_FORCE, _CALLED,
    _ACCIDENT_VERB_BEFORE, _TREND_BEFORE, _COLLISION_BEFORE])
(_NATURE_BEFORE_IN, _ACCIDENT_BLAST_IN, _PERFECT_BEFORE_IN, _PERFECT_RUN_BEFORE_IN, _FLED_ACT_IN,
 _PAST_OWNED_IN, _NAMED_AS_IN, _HELD_PEOPLE_IN, _RESPONSIBLE_FOR_IN, _ACCUSED_OF_IN,
 _DENIED_AFTER_IN, _CHARACTERISED_IN, _PLOTTED_IN, _RUMOUR_IN, _MINE_HAZARD_IN, _SPORT_IN, _AFTER_PLURAL_IN,
 _COMPARED_IN, _ARMED_RE_IN, _SPORT_CROWD_IN, _SUPPLIED_BEFORE_IN, _ACCIDENT_BEFORE_IN, _CONDEMNS_IN,
 _UNREAL_IN, _INSIDE_SINCE_IN, _VOWED_IN, _AFTER_THE_IN, _CONCERN_AT_IN, _IN_FORCE_IN, _CALLED_IN,
 _ACCIDENT_VERB_BEFORE_IN, _TREND_BEFORE_IN, _COLLISION_BEFORE_IN) = _WINDOW_GROUP.members
# Not in the group: three patterns whose first words are "a", "the" and "to", which its pass found inside
# most words (three quarters of all its starts, each filed for every sentence with a trigger), asked only
# of a few windows (a sweep's or a death word's, a talks verb's 8 characters): searched there as they are.
_TO_BEFORE_IN, _FIRE_BEFORE_IN, _NATURE_AT_BEFORE_IN = _TO_BEFORE, _FIRE_BEFORE, _NATURE_AT_BEFORE
# The two year patterns are not in that group: their first words are "a", "the", "in", "of" and the like,
# which the group's one pass found inside every other word (more than half of all its starts). Every
# match holds a year's "19" or "20" (or, named by it, a month): a word gate of the sentence and window.
_YEAR_WHEN_GATE = WordGate(_YEAR_WHEN, ("19", "20"))
_YEAR_NAMED_GATE = WordGate(_YEAR_NAMED, ("19", "20", *MONTHS))


class _Sentence:
    """What unreal and not_this_act read of a whole lowered sentence, whatever the trigger (never changed
    once made; a plain class: a frozen dataclass's __init__ cost a third of what it saves)."""

    __slots__ = ("not_report", "opener", "opened")

    def __init__(self, not_report: bool, opener: int, opened: AbstractSet[WordGate]) -> None:
        self.not_report = not_report  # an explainer's or an analysis's line: no trigger of it reports an act
        self.opener = opener  # where a past-time opener ("Last year, ...") ends, else -1
        # the window gates whose words occur in the sentence (a window of it holds none of the others')
        self.opened = opened


# The window gates of unreal and not_this_act, each asked of a substring of the sentence.
_WINDOW_GATES = WordGateSet([_OVER_PERIOD_GATE, _REACTION_TO_GATE, _AVENGED_GATE, _NO_STRIKE_GATE,
                             _QUARTER_GATE, _MASSING_FOR_GATE, _SPORT_GATE, _PLUPERFECT_GATE, _EARLIER_GATE,
                             _REMEMBERED_GATE, _YEARS_ON_GATE, _YEAR_WHEN_GATE, _YEAR_NAMED_GATE,
                             _VERDICT_ABOUT_GATE, _RULED_OUT_ATTACK_GATE, _SPAN_AFTER_GATE])
# Found in the window group's pass over the sentence: both read every sentence with a trigger, one walk.
_WINDOW_GROUP.share_pass(_WINDOW_GATES)
@functools.lru_cache(maxsize=1)
def _sentence(low: str) -> _Sentence:
    """The sentence's reading, made once for its (up to nine) triggers: remembered for the last sentence
    asked."""
    opener = _PAST_OPENER.match(low)
    not_report = _NOT_REPORT.match(low) is not None or (
        _EXPLAINING.match(low) is not None or _TOPIC_EXPLAINING.match(low) is not None) \
        and len(low) <= _EXPLAINING_MOST and "?" not in low
    return _Sentence(not_report, -1 if opener is None else opener.end(), _WINDOW_GROUP.opened(low))


def unreal(low: str, start: int, end: int, sub: str) -> bool:
    """Whether the trigger at low[start:end] reports something that did not (yet) happen."""
    sentence = _sentence(low)
    if sentence.not_report or _in_question(low, start, end):
        return True
    opened = sentence.opened
    if sub == "Diplomatic protest" \
            and _ENVOY_INFINITIVE_BEFORE.search(low, max(0, start - _ENVOY_INFINITIVE_CHARS), start):
        return True  # "Niger to summon Nigeria's ambassador": a summons to come
    if sub not in _NOT_VOWED and _VOWED_IN.search(low, max(0, start - 40), start):
        return True  # "vows revenge attacks on Haifa", "threatens strikes" (not "threatened the ceasefire")
    if (m := _UNREAL_IN.search(low, max(0, start - 40), start)) is not None and not _crowd_participle(
            low[:start], m, low[start:end]):
        return True
    if not_this_act(low, start, end) or _ordinary_business(low, start, end, sub):
        return True
    if _AFTER_THE_IN.search(low, max(0, start - 40), start) and _EVENT_WORD.match(low, start, end):
        return True  # "after the killing of its leader", "following the attack": an event told before
    if _EVENT_WORD.match(low, start, end) and _INDEFINITE_BEFORE.search(low, max(0, start - 40), start) \
            and _ACT_MODAL_AFTER.match(low, end, end + 140):
        return True  # "an assault on X could trigger ...": an act that only might come
    if low.startswith("advance ", start) and _KEPT_ON_BEFORE.search(low, max(0, start - 60), start):
        return True  # "pressed its advance on Sittwe": where they head
    word_end = start + len(low[start:end].rstrip())  # (a trigger may end with its space: "strikes ")
    if low[word_end - 1:word_end] == "s" and _EVENT_WORD.match(low, start, word_end) \
            and _THAT_BARE_BEFORE.search(low, max(0, start - 40), start) \
            and _ACT_MODAL_AFTER.match(low, word_end, word_end + 140):
        return True  # "warned that strikes on X would resume unless ...": a threat
    if sub in _REMOTE and low[end - 1:end] == "s" and _WEAPONS_MODAL_AFTER.match(low, end) \
            and _WEAPON_NOUN.fullmatch(low[start:end].rsplit(" ", 1)[-1]) \
            and not _DETERMINED_WEAPONS_BEFORE.search(low, max(0, start - 40), start):
        return True  # "warning that Russian guided bombs could soon knock out ...": a damage feared
    if _irrealis_governs(before := low[max(0, start - _SCOPE):start], low[start:end]) and not (
            low.endswith(" and ", 0, start) and _SAID_TOO.match(low, start)) \
            and not _agreed_deal(before, low[start:end], sub):
        return True
    if _INSIDE_SINCE_IN.search(low, max(0, start - 45), start):
        return True  # "has intensified since the paramilitary group captured Bara": the earlier event
    if _PLUPERFECT_GATE in opened and _PLUPERFECT_GATE.opens(before := low[max(0, start - _SCOPE):start]) \
            and _PLUPERFECT_BEFORE.search(before, max(0, len(before) - _PLUPERFECT_CHARS)) \
            and _in_scope(_TIME_CLAUSE, before) and not _dated_recently(low, end):
        # "days after soldiers from Buea had raided a camp in Bali": told as earlier still (not "after
        # settlers had torched cars in X on Friday": dated to a day of the report's week, news)
        return True
    if _EARLIER_GATE in opened and _EARLIER_GATE.opens(before := low[max(0, start - _SCOPE):start]) \
            and _in_scope(_EARLIER, before):
        # "a week after 40 demonstrators were arrested in Tbilisi", "a week after a rights group based in
        # Kampala accused the army of detaining civilians in X": told before, not now (the time clause's
        # scope reaches as far as the modal words' does)
        return True
    if sub in _POLITICAL_SUBS \
            and _DAYS_AFTER_GATE.opens(before := low[max(0, start - _SCOPE):start]) \
            and _in_scope(_DAYS_AFTER, before):
        # "days after the provincial board in Bacolod declared the rebels persona non grata", "days after
        # Gusau peace talks": a statement, meeting or protest note a time clause names as the news's time
        # anchor (an attack in "two days after gunmen stormed X" is news of the week: still read; a truce
        # there is background by its clause's reading, clauses.py)
        return True
    if _NEVER_DONE.match(low, end):  # "the strike was never carried out"
        return True
    if _REMEMBERED_GATE in opened and _REMEMBERED_GATE.opens(before := low[max(0, start - 60):start]) \
            and _in_scope(_REMEMBERED, before) or _YEARS_ON_GATE in opened \
            and _YEARS_ON_GATE.opens(low[end:end + _YEARS_ON_MOST]) and _YEARS_ON.match(low, end):
        return True  # "Remembering the Geneina massacre", "Trial opens in Paris over Bataclan attack"
    if sub in _CONCERN_SUBS and _CONCERN_AT_IN.search(low, max(0, start - 60), start):
        return True  # "alarmed by the mobilisation of armed groups around Zawiya": a fear, not a change
    if sub in ("Agreement", "Meeting/talks") and _known_deal(low, start, end):
        return True  # "testing the ceasefire brokered in Sharm el-Sheikh": a truce made before
    if sub == "Agreement" and _DESPITE_DEAL.search(low, max(0, start - _DESPITE_DEAL_CHARS), start) \
            and _DEAL_MADE.match(low, start if low[start:end].endswith("ed") else end + 1):
        return True  # "despite a declaration of principles signed in Doha": a deal made before
    if sub == "Agreement" and (_HOLDS.match(low, end) or _TAKES_EFFECT.match(low, end)
                               or _HOLDS_FOR.match(low, end) or _HOLDING.match(low, end)
                               or _TALKS_ON_BEFORE.search(low, max(0, start - _TALKS_ON_CHARS), start)):
        return True  # "Ceasefire holds in Tripoli after week of clashes", "the truce took effect in October"
    if sub in _AGREED_CONTENT and low.find("agree", max(0, start - _AGREED_TO_MOST), start) >= 0 \
            and (m := _AGREED_TO_IN.search(low, max(0, start - _AGREED_TO_MOST), start)) is not None \
            and _BOUNDARY.search(low, m.end(), start) is None:
        return True  # "agreed in Muscat on Sunday to release 300 detainees": what the deal provides for
    if low.startswith("hostage", start) and _DEAL_AFTER.match(low, start + 7):  # "hostage deal agreed"
        return True
    if sub == "Agreement" and _IN_FORCE_IN.search(low, max(0, start - 50), start):
        return True
    if sub in _DEMONSTRATION and _CALLED_IN.search(low, max(0, start - 40), start):
        return True  # "students call a general strike for Friday": a protest announced, not held
    if sub == "Meeting/talks" and _PLEDGE_AT.search(low, max(0, start - _PLEDGE_AT_CHARS), start):
        return True  # "despite the group's pledge at talks in Doha": talks told before
    if sub == "Meeting/talks" and _OFFERED_TALKS_IN.search(low, max(0, start - 80), start):
        return True  # "a day after the chief minister promised peace talks in New Delhi": not held
    if sub == "Meeting/talks" and _TALKS_ASKED_FOR.search(low, max(0, start - _TALKS_ASKED_FOR_CHARS), start):
        return True  # "rejected a Houthi proposal for talks in Muscat": asked for, not held
    if sub == "Meeting/talks" and _SPOKE_AT.search(low, max(0, start - _SPOKE_AT_CHARS), start):
        return True  # "Speaking at a Security Council meeting in New York, X said": the statement's venue
    if sub not in _POLITICAL_SUBS and sub not in _NOT_HELD and _EVENT_WORD.match(low, start, end) \
            and _EXPECTED_AFTER.match(low, end, end + 200):
        return True  # "similar attacks were expected around Nioro du Sahel": not (yet) done
    if sub in _NOT_HELD:
        if _in_scope(_CALLED_OFF_SCAN, low[max(0, start - 40):start]):  # "suspend truce talks"
            return True
        after = low[end:end + 2 * _SCOPE]
        m = _LATER.search(after, 0, 60)  # "a summit in Niamey next month": not held yet
        if m is not None and _BOUNDARY.search(after, 0, m.start()) is None:
            return True
        m = _DATED_BACK.search(after, 0, 60)  # "a meeting in Baku earlier this month": background
        if m is not None and _BOUNDARY.search(after, 0, m.start()) is None:
            return True
        if sub in ("Agreement", "Meeting/talks") and _LAST_WEEKEND_AFTER.match(low, end):
            return True  # "agreed to a ceasefire during talks in Doha last weekend": told before (phantomw43)
        if sub == "Agreement" and _PROPOSED_AFTER.match(low, end):
            return True  # "a new truce proposal": a deal offered, not made
        if sub == "Agreement" and _PROPOSED_BEFORE.search(low, max(0, start - 60), start):
            return True  # "ELN proposes ceasefire": a deal offered, not made (political37)
        if sub in ("Agreement", "Meeting/talks") \
                and _HOPED_OR_KNOWN_BEFORE.search(low, max(0, start - 60), start):
            return True  # "dimming hopes of a lasting truce", "familiar with the arrangements" (phantomw43)
        if sub == "Meeting/talks" and (parties := _AHEAD_AFTER_PARTIES.match(after)) is not None \
                and _AHEAD.match(after, parties.end()):
            return True  # "talks between the two sides were due to open in Nairobi": still to come
        if _AHEAD.match(after) or _MODAL_AFTER.match(after):  # "peace talks set for Jeddah on Thursday"
            return True
        if sub in ("Agreement", "Meeting/talks") and (
                low.startswith(_PAST_ROLE_VERBS, start) and _PAST_ROLE_THAT_AFTER.match(low, end)
                and _PAST_ROLE_VERB_BEFORE.search(low, max(0, start - 20), start)
                or _PAST_ROLE_NOUN_BEFORE.search(low, max(0, start - 120), start)):
            return True  # "Algeria, which brokered that accord in Algiers": a deal told before
        if sub == "Agreement" and low.startswith("agree", start) and _AGREED_TO_MEET_AFTER.match(low, end):
            return True  # "agreed on Saturday to hold a further round of talks in Zawiya": a meeting to come
        if sub in ("Agreement", "Meeting/talks") and _APPOSED_AHEAD.match(after):
            return True  # "Talks on the next phase of the deal, expected in Cairo this week": still to come
        if sub in ("Agreement", "Meeting/talks") \
                and (m := _DEAL_RESULT_AFTER.match(low, end, end + 160)) is not None \
                and _DEAL_RESULT_DATED.search(low, end, m.end()) is None:
            return True  # "an agreement negotiated in Doha has yet to produce a ceasefire": made before
        if sub == "Meeting/talks" and (_AT_PLACE_AHEAD.match(after)
                                       or _TO_HOST_BEFORE.search(low, max(0, start - 150), start)
                                       or _ONGOING_BEFORE.search(low, max(0, start - 80), start)
                                       or low.startswith("negotiating", start)
                                       and _NEGOTIATING_ONGOING_BEFORE.search(low, max(0, start - 30),
                                                                              start)):
            return True  # talks in X due to resume, to host talks, talks under way (political37)
        if sub == "Meeting/talks" and low.startswith("hosted", start) and _HOSTED_NO_TALKS.match(low, end):
            return True  # "hosted a mining investment forum in Niamey": no talks (political37)
        m = _SEASON_BACK.search(after, 0, 60)
        if m is not None and _BOUNDARY.search(after, 0, m.start()) is None:
            return True  # "talks held in Istanbul this spring": told before (political37)
        if _TIME_CLAUSE_BEFORE.search(low, max(0, start - 40), start) and _BEGINS_AFTER.match(after):
            return True  # "before talks resume in Caracas": a meeting still to come
        if low.startswith(_TO_VERBS, start) and _TO_BEFORE_IN.search(low, max(0, start - 8), start):
            return True  # "UN Security Council to meet on Gaza", "leaders to sign truce": not yet
        if sub == "Meeting/talks" and low.startswith(_TALKERS, start) and _SAID_NEXT.match(after):
            return True  # "Negotiators in Cairo said a deal could be reached": who spoke, not a meeting
        if sub == "Meeting/talks" and _MEETS_PEOPLE.match(after):
            return True  # "Somali president meets troops in Baidoa": a visit, not talks
        if sub == "Meeting/talks" and (_CABINET_BEFORE.search(low, max(0, start - 40), start)
                                       or _INVITED_TO_BEFORE.search(low, max(0, start - 90), start)
                                       or low[start:end] in _HABIT_VERBS
                                       and _HABIT_BEFORE.search(low, max(0, start - 20), start)):
            return True  # a cabinet's sitting, talks invited to, a body's habit (phantom36)
        if sub in ("Meeting/talks", "Agreement") \
                and _CLIMATE_TOPIC.search(low, max(0, start - 200), min(len(low), end + 200)):
            return True  # a climate summit or deal (phantom36)
        if sub == "Meeting/talks" and (m := _PUSHED_BACK.search(after)) is not None \
                and _BOUNDARY.search(after, 0, m.start()) is None:
            return True  # "talks in Istanbul pushed back" (phantom36)
        m = _CALLED_OFF.search(after)  # "the summit was cancelled", "talks collapsed before they began"
        if m is not None and _BOUNDARY.search(after, 0, m.start()) is None \
                and not (_ANNIVERSARY_OF.search(after, 0, m.start())
                         and _CALLED_OFF_NOUN.fullmatch(m.group())):
            return True
        if _CALLED_OFF_APPOSED.match(low, end, end + 220):
            return True  # "Peace talks ..., due to open in Addis Ababa on Monday, were postponed"
        m = _NOT_HAPPENED_AFTER.match(low, end, end + 160)
        if m is not None and _BOUNDARY.search(low, end, m.end()) is None:
            return True  # "Talks between the two in Nairobi have not taken place"
    return False


def reports_conflict(triggers: list[Trigger]) -> bool:
    """Whether real triggers report a violent, demonstration or strategic event (not only politics)."""
    return any(_family(t.sub) != "political" for t in triggers)


def find_triggers(low: str, unreal_out: list[tuple[int, int]] | None = None) -> list[Trigger]:
    """Every real (not hypothetical or negated) trigger in a lower-cased sentence, in text order.
    ``unreal_out``, if given, receives the spans of the triggers that report nothing ("threatened to
    strike", "talks postponed"): a place beside one of them is not the site of another event."""
    if len(low) > _REMEMBERED_CHARS:
        return _find_triggers(low, unreal_out)
    triggers, unreal_spans = _remembered_triggers(low)
    if unreal_out is not None:
        unreal_out.extend(unreal_spans)
    return list(triggers)


# A one-line text's triggers are read by recognition (its event-context boost) and again by the clauses
# component: the second reading is looked up (find_triggers is pure; Trigger is frozen). Only
# sentences of ordinary length are kept, as find_dates keeps its own.
_REMEMBERED_CHARS = 2000
_REMEMBERED_MOST = 1024


@functools.lru_cache(maxsize=_REMEMBERED_MOST)
def _remembered_triggers(low: str) -> tuple[tuple[Trigger, ...], tuple[tuple[int, int], ...]]:
    unreal_spans: list[tuple[int, int]] = []
    return tuple(_find_triggers(low, unreal_spans)), tuple(unreal_spans)


def _find_triggers(low: str, unreal_out: list[tuple[int, int]] | None) -> list[Trigger]:
    out: list[Trigger] = []
    for m in _RULE_SCAN.finditer(low):
        sub = _RULE_SUB[int(m.lastgroup[1:])]  # type: ignore[index]
        before = low[max(0, m.start() - 40):m.start()]
        if unreal(low, m.start(), m.end(), sub):
            # (A truce named as the frame of another act, "clashes since the start of the truce continue
            # in Taiz", is not an act of its own that a place could belong to.)
            # (Nor is a weapon that names its maker, "arrested a suspected bomb maker in Cotabato City": a
            # person, whom the arrest before it took at that place.)
            if unreal_out is not None and not (sub == "Agreement" and _IN_FORCE.search(
                    low, max(0, m.start() - 50), m.start())) and not _MAKER_AFTER.match(low, m.end()):
                unreal_out.append((m.start(), m.end()))
            # "the gunmen did not attack": the actor named just before a denied act reports nothing.
            if out and out[-1].sub == GENERIC and m.start() - out[-1].end < 30 \
                    and low.startswith(_ACTOR_NOUNS, out[-1].start):
                out.pop()
            continue
        # (the perpetrator named in the toll's own relative clause, "in which gunmen killed 149", is that
        # act's too, not an act of the sentence: phantom45)
        own = [t for t in out[-2:] if t.sub == GENERIC and 0 <= m.start() - t.end < 30
               and low.startswith(_ACTOR_NOUNS, t.start)] if sub == GENERIC else []
        if sub == GENERIC and _reaction_toll(low, m.start()) \
                and not any(_family(t.sub) == "violence" for t in out[:-2]) \
                and not any(_family(t.sub) == "violence" for t in out[-2:] if t not in own):
            # "the anniversary of the assault on the college that killed 148": that act's toll, in a
            # sentence that tells no act of its own (beside one, "The raid came after the anniversary of
            # the attack on X, which killed 80", the toll stays a clause of its own, its figure with it)
            for t in own:
                out.remove(t)
            if unreal_out is not None:
                unreal_out.append((m.start(), m.end()))
            continue
        word = m.group()
        if sub == GENERIC and word.startswith("strike") and _LABOUR_STRIKE.search(before):
            continue  # "went on strike", "a general strike" (the protest rule takes those)
        if _PEOPLE_TRIGGER.fullmatch(word) and _SOURCE_AFTER.match(low, m.end()):
            continue  # "local vigilantes said", "a vigilante leader told AFP": who speaks, not an act
        if sub == "Air/drone strike" and _AIRCRAFT.fullmatch(word) and _AIRCRAFT_HIT.search(before):
            continue  # "destroying several aircraft", "shot at military aircraft": the aircraft were hit
        if sub == "Air/drone strike" and _AIRBORNE.fullmatch(word) and _ONLY_FLYING.match(low, m.end()):
            continue  # "drones flying low over the area", "heard the jets overhead": seen or heard, no strike
        if sub == "Air/drone strike" and _AIRBORNE.fullmatch(word) and _ONLY_SEEN.match(low, m.end()) \
                and not tells_impact(low[m.end():m.end() + _ONLY_SEEN_HIT_CHARS]):
            continue  # "drones were seen over the Mykolaiv region": a sighting, no strike
        if sub == "Air/drone strike" and word.startswith("quadcopter") and _USED_BEFORE.search(before):
            continue  # "the attackers used quadcopters and heavy weapons": a tool of the ground assault told
        if sub == "Air/drone strike" and _AIRBORNE.fullmatch(word) and _RESCUE_AFTER.match(low, m.end()):
            continue  # "Army helicopters and boats have evacuated 20,000 people": a rescue, no strike
        if sub == "Air/drone strike" and _AIRBORNE.fullmatch(word) and _PURSUIT_AFTER.match(low, m.end()):
            continue  # "drones had pursued the fighters": the chase after an assault, no strike of its own
        if sub == "Air/drone strike" and word in ("drone", "drones") \
                and (_CIVIL_DRONE_BEFORE.search(before) or _CIVIL_DRONE_AFTER.match(low, m.end())) \
                and not _CIVIL_DRONE_STRIKE_AFTER.match(low, m.end()):
            continue  # "a drone light show over Dubai", "crop-spraying drones": a civil use, no strike
        # "condemned the mosque attack": a compound whose head is an event noun refers back as the noun does
        # ... and so does a weapon named with "the" ("The bomb that hit Zaporizhzhia left a crater": the
        # glide bomb just told, not a second, other-typed act)
        last = word.rsplit(" ", 1)[-1]
        weapon_back = _WEAPON_NOUN.fullmatch(last) and _WEAPON_BACK.search(before)
        noun_back = not _CLAIM_SAID.search(word) and _EVENT_NOUN.fullmatch(last) and _BACK.search(before)
        # ... and so does an attack named with its civilian target ("links to the attack on the DusitD2
        # hotel": the event noun heads the trigger, the target ends it; types46)
        head = word.split(" ", 1)[0]
        head_back = sub == "Attack" and head != last and _EVENT_NOUN.fullmatch(head) and _BACK.search(before)
        back = bool(noun_back and _agrees(noun_back.group(1), last)
                    or weapon_back and _agrees(weapon_back.group(1), last)
                    or head_back and _agrees(head_back.group(1), head))
        if back and sub in _OWNER_STRIKE_SUBS and m.start() <= _OWNER_OPENS_CHARS \
                and _OWNER_OPENS.fullmatch(low, 0, m.start()) and _OWN_TARGET_AFTER.match(low, m.end()):
            back = False  # "The junta's airstrike on the general hospital in X killed 33": told, not retold
        out.append(Trigger(sub, m.start(), m.end(), back))
    return out


_ORDER = {sub: i for i, sub in enumerate(_RULE_SUB)}
# Air strikes and shelling are one rank: the weapon named first is the main one ("artillery and
# drones pounded X", "a missile and drone attack").
_REMOTE = {"Air/drone strike", "Shelling/artillery/missile attack"}


def _rank(sub: str) -> int:
    return _ORDER["Air/drone strike"] if sub in _REMOTE else _ORDER[sub]


def _family(sub: str) -> str:
    return "violence" if sub == GENERIC else FAMILY[EVENT_TYPE_OF[sub]]


# Who arrives, enters or storms in a headline, as fixed-width lookbehinds right before the verb: armed men
# ("rebels", "troops", "gangs") or a group's acronym of two to five capitals ("M23", "RSF", "TNLA"), not
# an aid or UN body ("WFP reaches Kadugli", "UN enters talks"). ("The separatists also entered Tarim": the
# Southern Transitional Council's men, blind b69-057.)
_ARMED_MEN = ("rebels", "fighters", "militants", "insurgents", "jihadists", "troops", "forces", "soldiers",
              "gangs", "militia", "militias", "militiamen", "paramilitaries", "gunmen", "army", "separatists")
_AID_BODIES = ("UN", "WFP", "ICRC", "MSF", "IOM", "IRC", "NRC", "WHO", "OCHA", "UNHCR", "UNICEF", "AU",
               "EU", "US", "UK")
_ARMED_SUBJECT = (
    "(?:" + "|".join(f"(?<={w[0].upper()}{w[1:]} )|(?<={w} )" for w in _ARMED_MEN) + "|(?<=Taliban )|"
    + "|".join(f"(?<=\\b[A-Z][A-Z0-9]{{{k}}} )" for k in range(1, 5)) + ")"
    + "".join(f"(?<!\\b{b} )" for b in _AID_BODIES))

# Entering a named town, after its armed men (_CASED): "M23 rebels walked into the centre of Bukavu" (the
# town's centre is the town).
_ENTERING = (r"(?:[Ee]nter(?:s|ed)?|[Rr]oll(?:s|ed)? [Ii]nto|"
             r"[Mm]arch(?:es|ed)? [Ii]nto|[Ww]alk(?:s|ed)? [Ii]nto) "
             r"(?:the (?:[Cc]ent(?:re|er)|[Hh]eart) of )?"
             # "RSF fighters entered the town of Bara", "M23 rebels entered the eastern city of Uvira"
             r"(?:the (?:[a-z]{3,20} ){0,2}(?:town|city|village|port|capital) of "
             # (not men who left it the same day: "entered the city of Gondar ... but withdrew by nightfall")
             r"(?![\w'’-]{1,30}(?: [\w'’,-]{1,30}){0,15}? but (?:\w{1,30} ){0,2}?"
             r"(?:withdrew|pulled out|retreated)\b))?"
             r"(?=[A-Z][a-z])")

# ... with a perfect's auxiliary or an adverb between the men and the verb (fixed words: linear).
_ENTERED_LATER = re.compile(_ARMED_SUBJECT + r"(?:(?:had|has|have) (?:also |later |then )?|"
                            r"(?:also|later|then) )" + _ENTERING)

# Rules that need the sentence's own case (the rules above read it lower-cased):
# - "Rebels seized Kidal", "troops take Sudzha", "Rebels Seize Town Of X": seizing or taking a named place
#   (a capitalised word;
#   in lower case "seized drugs" and "seized power" look the same), not a possessive's noun ("took
#   Kyiv's side");
# - "Lawyers march in Bamenda": the verb, never the month ("in March").
_CASED = [
    (re.compile(r"(?<!\w)(?:[Ss]eiz(?:ed|es|e|ing)|[Gg]rabb?(?:ed|s)?|[Tt](?:ake|akes|ook|aking)) "
                r"(?=[A-Z][a-z])(?![A-Z][\w-]{0,30}['’]s [a-z])"), "Non-state actor overtakes territory"),
    # "M23 rebels enter Goma", "Taliban fighters entered Kabul", "M23 enters Walikale", "Ukrainian troops
    # entered Sudzha": armed men entering a named town take it (coder._taken_by and _entered_as_they_left
    # decide whose and whether anyone fought)
    (re.compile(_ARMED_SUBJECT + _ENTERING), "Non-state actor overtakes territory"),
    # (... and a second town entered after an auxiliary or an adverb: _ENTERED_LATER_GATE below)
    # "Malian troops reach Anefis", "Russian forces reach outskirts of Pokrovsk": armed men arriving at a
    # named town fight for it (not "talks reach", "aid reached Kadugli": the subject is armed)
    (re.compile(_ARMED_SUBJECT + r"[Rr]each(?:es|ed)? (?:the )?(?:[Oo]utskirts of )?(?=[A-Z][a-z])"),
     "Armed clash"),
    # "RSF storms Al-Nahud", "Viv Ansanm gangs storm Mirebalais": the headline present tense after a
    # group's acronym or its men (the lower-case rule reads "fighters storm"; "stormed" is read there)
    (re.compile(_ARMED_SUBJECT + r"[Ss]torms? (?!into\b|through\b)(?=[A-Z][a-z])"), "Armed clash"),
    # "JNIM fighters occupy Boulkessi", "Insurgents occupy Macomia town": armed men occupying a named town
    # take it (as "enter"; a withdrawal beside it makes it a handover: _entered_as_they_left)
    (re.compile(_ARMED_SUBJECT + r"[Oo]ccup(?:y|ies|ied) "
                r"(?:the (?:[a-z]{3,20} ){0,2}(?:town|city|village) of )?(?=[A-Z][a-z])"),
     "Non-state actor overtakes territory"),
    # "The fall of Avdiivka to Russian forces": the taking of a named place, told as a noun
    (re.compile(r"(?<!\w)[Ff]all of (?=(?:[A-Z][\w'’-]{0,30} ){1,3}to\b)"),
     "Non-state actor overtakes territory"),
    # ("Lawyers March In Bamenda" in Title Case; not the month: "Killed In March In X", "since March")
    (re.compile(r"(?<![\w-])(?<![Ii]n )(?<![Oo]n )(?<![Bb]y )(?<![Ss]ince )(?<![Ee]arly )(?<![Ll]ate )"
                r"(?<![Ff]rom )(?<![Uu]ntil )(?<![Mm]id-)"
                r"(?<!\d )(?:march(?:es|ing)? (?=(?:in|on|through|to|against|toward|towards|from|along)\b)|"
                r"March(?:es|ing)? (?=(?:In|On|Through|To|Against|Toward|Towards|From|Along)\b))"),
     "Peaceful protest"),
]

# The same, tried only where their verbs occur (each pattern at every character of every sentence cost
# more than all the lower-case rules); the verbs of all four found in one pass over the sentence.
_CASED_GROUP = PrefilteredGroup([pattern for pattern, _ in _CASED])
_CASED_SCANS = list(zip(_CASED_GROUP.members, [sub for _, sub in _CASED], strict=True))
# The group's heads lower-cased, none holding another: a sentence whose lower case holds none of them
# holds no head as written either. A dozen substring tests, not the group's pass over the sentence
# (most sentences have none of these verbs, and the pass cost a seventh of finding the triggers).
_CASED_WORDS = _CASED_GROUP.lowered_words()
# A second town told after a first one, with a perfect's auxiliary or an adverb between the armed men and
# the verb: "The separatists also entered Tarim", "their fighters had also entered Kamanyola" (blind b69-057,
# d36-039). Not in the group: its heads ("had", "also", "then") are in most sentences and would open the
# group's gate for them; tried only where an entering verb is.
_ENTERED_LATER_GATE = WordGate(_ENTERED_LATER, ("enter", "into"))
_OVERTAKES = "Non-state actor overtakes territory"


# The taking verbs a withdrawal makes a handover: entering, rolling, marching or walking into a town, and
# (session 39) occupying or moving into it ("Jihadists occupy Diapaga after soldiers leave", "RSF moves
# into Babanusa after army withdraws"), as the corpus codes them. (Not seizing, capturing or taking: the
# corpus codes "M23 rebels seize Walikale centre as army withdraws" both ways, about 20 overtakes to 14
# handovers; a gold question, not a rule.)
_ENTERED = re.compile(r"enter|roll|march|walk|occup|mov", re.I)


def _entered_as_they_left(sentence: str, triggers: list[Trigger]) -> list[Trigger]:
    """The triggers, with "rebels enter X" (or occupy, move into X) read as a handover
    when the other side withdrew and nobody fought ("M23 rebels enter Bukavu as army pulls out")."""
    if not any(t.sub == "Non-violent transfer of territory" for t in triggers) \
            or any(t.sub == "Armed clash" for t in triggers):
        return triggers
    return [Trigger("Non-violent transfer of territory", t.start, t.end, t.back_reference)
            if t.sub == "Non-state actor overtakes territory" and _ENTERED.match(sentence, t.start) else t
            for t in triggers]


def _cased_triggers(sentence: str, low: str, triggers: list[Trigger],
                    unreal_out: list[tuple[int, int]] | None = None) -> list[Trigger]:
    """The triggers plus the case-sensitive rules' matches no rule claimed, in text order; the spans of
    those that report nothing go to ``unreal_out`` as find_triggers' do ("a week after seizing Aleppo,
    as warplanes pounded ...": Aleppo is no site of the strikes)."""
    later = _ENTERED_LATER_GATE.opens(low)
    for word in _CASED_WORDS:  # a loop, not any(...): this runs for every sentence
        if word in low:
            break
    else:
        if not later:
            return triggers  # none of their verbs (most sentences): no match to look for
    if not later and not any(_CASED_GROUP.starts(sentence)):
        return triggers
    scans = [*_CASED_SCANS, (_ENTERED_LATER, _OVERTAKES)] if later else _CASED_SCANS
    extra = []
    for scan, sub in scans:
        for m in scan.finditer(sentence):
            if any(t.start <= m.start() < t.end for t in triggers):
                continue
            if unreal(low, m.start(), m.end() - 1, sub):
                if unreal_out is not None:
                    unreal_out.append((m.start(), m.end() - 1))
                continue
            extra.append(Trigger(sub, m.start(), m.end() - 1))
    return sorted(triggers + extra, key=lambda t: t.start) if extra else triggers


# "X seized by jihadists": ground taken, not a person, when X is a place.
# - a place noun before the participle ("the town was seized by rebels"): with an auxiliary, a takeover;
#   without one it is a reduced relative naming ground held ("Villages seized by jihadists around Djibo
#   have emptied"): no event;
# - a headline opening with a capitalised name and the participle ("Quissanga seized by insurgents as
#   army retreats"): a takeover, unless the name is a person's title ("Cardinal seized by gunmen").
_TAKEN_BY = re.compile(r"\b(?:seized|captured|overrun|taken|grabbed) by\s")
# (The whole verb and "by": the verbs' ends alone, "ed by", opened 551 of the 12,327 sentences of LGL and
# GeoVirus, "killed by", "led by", for 3 matches.)
_TAKEN_BY_GATE = WordGate(_TAKEN_BY, ("seized by", "captured by", "overrun by", "taken by", "grabbed by"))
# (Gunmen, bandits and kidnappers take people: "Ahmed Musa seized by gunmen" stays an abduction.)
_TAKEN_AGENT = re.compile(r"(?:[\w-]{1,30}\s){0,2}?(?:insurgents|rebels|jihadists|militants|fighters|"
                          r"militias?|militiamen|separatists|islamists|forces|troops|army|group|"
                          r"paramilitar(?:y|ies))\b")
_PLACE_NOUN_BEFORE = re.compile(r"\b(?:town|towns|village|villages|city|cities|base|bases|district|"
                                r"districts|area|areas|localit(?:y|ies)|communes?|port|camps?|outposts?|"
                                r"garrison)\s{1,3}"
                                r"(?P<aux>(?:was|were|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been|is|are)"
                                r"\s{1,3}(?:\w{1,30}ly\s{1,3})?)?$")
_NAME_BEFORE = re.compile(r"(?:^|[\s\"“'‘])(?P<name>[A-Z][\w'’-]{1,30}(?:\s(?:(?:da|de|do|dos|du|del|la|al|"
                          r"el|ad|as|ar|ash|az|bin|ibn)\s)?[A-Z][\w'’-]{1,30}){0,3})(?P<comma>,)?\s$")
_TITLES = frozenset({"cardinal", "priest", "bishop", "president", "minister", "general", "mr", "mrs",
                     "ms", "dr", "father", "sister", "chief", "journalist", "reporter", "lawyer", "doctor",
                     "pastor", "imam", "governor", "mayor", "senator", "commander", "colonel", "captain",
                     "officer"})
_HEADLINE_MOST = 120
_TAKEN_SUB = "Non-state actor overtakes territory"


def _places_taken(sentence: str, low: str, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` with "X seized by <armed group>" read as ground taken (see _TAKEN_BY): the abduction a
    rule read there replaced by a takeover, or dropped (a reduced relative)."""
    headline = len(sentence) <= _HEADLINE_MOST and "\n" not in sentence.strip() \
        and not sentence.rstrip().endswith(".")
    spans: list[tuple[int, int]] = []  # the participles decided, in text order
    added: list[Trigger] = []
    for m in _TAKEN_BY_GATE.finditer(low, low):
        if not _TAKEN_AGENT.match(low, m.end()):
            continue
        lo = max(0, m.start() - 60)
        noun = _PLACE_NOUN_BEFORE.search(low, lo, m.start())
        name = _NAME_BEFORE.search(sentence, lo, m.start())
        if name is not None and (name.group("name").split()[0].lower() in _TITLES
                                 or not (name.group("comma") or headline and name.start("name") <= 3)):
            name = None
        if noun is None and name is None:
            continue
        spans.append((m.start(), m.end()))
        # "Villages seized by jihadists around Djibo have emptied", "Palmyra, seized by jihadists in 2015,
        # remains a ghost town": ground held, no act
        held = noun is not None and noun.group("aux") is None or noun is None and name.group("comma")
        if not held and not unreal(low, m.start(), m.end() - 1, _TAKEN_SUB):
            added.append(Trigger(_TAKEN_SUB, m.start(), m.end() - 1))
    if not spans:
        return triggers
    kept, i = [], 0
    for t in triggers:  # both in text order: one pass drops the triggers a decided participle overlaps
        while i < len(spans) and spans[i][1] <= t.start:
            i += 1
        if i < len(spans) and spans[i][0] < t.end:
            continue
        kept.append(t)
    return sorted(kept + added, key=lambda t: t.start)


def _blank(low: str, triggers: list[Trigger]) -> str:
    """``low`` with the triggers' own words blanked (one pass: the triggers are in text order)."""
    parts, at = [], 0
    for t in triggers:
        if t.start >= at:
            parts += [low[at:t.start], " " * (t.end - t.start)]
            at = t.end
    parts.append(low[at:])
    return "".join(parts)


def clauses(sentence: str, unreal_out: list[tuple[int, int]] | None = None) -> list[Clause]:
    """At most one clause per family for a sentence, each with its most specific sub-event type.
    ``unreal_out``: see :func:`find_triggers`."""
    low = sentence.lower()
    unreal: list[tuple[int, int]] = [] if unreal_out is None else unreal_out
    told = len(unreal)
    triggers = find_triggers(low, unreal)
    if len(low) == len(sentence):  # offsets agree (lower() can lengthen a few letters)
        triggers = _places_taken(sentence, low, _cased_triggers(sentence, low, triggers, unreal))
        triggers = _entered_as_they_left(sentence, triggers)
    triggers = _bases_taken(low, triggers)
    if not triggers:
        return []
    by_family: dict[str, list[Trigger]] = {}
    for t in triggers:
        by_family.setdefault(_family(t.sub), []).append(t)

    violence = by_family.get("violence", [])
    if any(low.startswith("bod", t.start) for t in violence):
        first_act = next((t.start for t in triggers if not low.startswith("bod", t.start)), None)
        cause = [t for t in violence if _bodies_as_cause(low, t, first_act)]
        if cause:  # (told as reporting nothing: their place is context, as after "the killing of")
            unreal.extend((t.start, t.end) for t in cause)
            violence = [t for t in violence if t not in cause]
        bodies = min((t.start for t in violence if low.startswith("bod", t.start)), default=None)
        if bodies is not None and any(t.sub == "Armed clash" and not t.back_reference and t.start < bodies
                                      and _CIRCUMSTANCE.match(low, t.start) for t in violence):
            # Bodies recovered after clashes told before them ("Heavy clashes broke out in X, and six bodies
            # were recovered"): the clash's toll, not a killing of its own (types47).
            violence = [t for t in violence if not low.startswith("bod", t.start)]
    strategic = _unilateral_pauses(low, by_family.get("strategic", []))
    if strategic and violence:
        # "Chadian troops deployed alongside the Cameroonian army shelled Boko Haram positions near X": the
        # participle says which troops, the act is the shelling (types62: blind b60-070). (The last act's
        # start, once: linear.)
        last_act = max((v.start for v in violence if not v.back_reference), default=-1)
        strategic = [t for t in strategic if not (
            t.sub == "Other" and t.end < last_act and low.startswith("deployed", t.start)
            and _DEPLOYED_FORCES.search(low, max(0, t.start - _DEPLOYED_FORCES_CHARS), t.start))]
    demo = _armed_blockade(low, by_family.get("demonstration", []))
    violence, demo = _without_circumstance(low, violence, demo)
    violence = _air_support(low, violence)
    fired = _fired_on_crowd(low, violence) if not demo else []
    if fired:  # (the act's own triggers inside the phrase are the force, not an attack)
        demo = fired
        starts = [f.start for f in fired]  # (sorted, apart: each trigger looks at the one phrase before it)
        violence = [t for t in violence
                    if not ((i := bisect.bisect_right(starts, t.start) - 1) >= 0 and t.start < fired[i].end)]
    # A manned craft brought down by a weapon ("a police helicopter was downed by a drone", "was shot down by
    # a drone attack") was struck by it: no weapon was stopped (the guide: shot-down drones and missiles are
    # disrupted weapons use); the weapon's strike after "by" is the act (sides49).
    if strategic and violence:
        # (the remote acts' starts, sorted: each downing asks by bisection, not of every act)
        remote = sorted(v.start for v in violence if EVENT_TYPE_OF.get(v.sub) == "Explosions/Remote violence")
        strategic = [t for t in strategic if not (
            t.sub == "Disrupted weapons use" and _CRAFT_DOWNED.search(low, max(0, t.start - 30), t.start)
            and (by := _DOWNED_BY.match(low, t.end)) is not None
            and (i := bisect.bisect_right(remote, t.end)) < len(remote) and remote[i] <= by.end() + 20)]
    # The active voice (types58): "a drone downed a police helicopter" is the weapon's act.
    if strategic and violence:
        strategic = [t for t in strategic if not (
            t.sub == "Disrupted weapons use"
            and _WEAPON_BEFORE_DOWNING.search(low, max(0, t.start - _WEAPON_BEFORE_DOWNING_CHARS), t.start)
            and _CRAFT_AFTER_DOWNING.match(low, t.end))]
    # Interceptions: the drones or missiles a sentence says were shot down did not strike.
    disrupted = [t for t in strategic if t.sub == "Disrupted weapons use"]
    if disrupted and not tells_impact(_blank(low, disrupted)):  # "air defences destroyed 6 drones"
        # (Not in a later report of the line: "Rockets intercepted over Metula; IDF shells Kfar Kila" tells
        # a shelling after the break; an earlier one is what was stopped, "Houthis claim missile attack on
        # Eilat; IDF says it was intercepted".)
        breaks = _hard_breaks(low)
        stopped = max(bisect.bisect(breaks, d.start) for d in disrupted)
        violence = [t for t in violence if EVENT_TYPE_OF.get(t.sub) != "Explosions/Remote violence"
                    or bisect.bisect(breaks, t.start) > stopped]
    if disrupted and violence:
        # The weapon an interception names as its object was stopped, not fired at the place, also where the
        # sentence tells a hit elsewhere: "Israeli strikes hit Isfahan; Iran says air defences downed drones
        # over Tabriz", "air defences intercepted a Houthi drone over Khamis Mushait" (sides55: the drones
        # are the interception's, Tabriz its site; only a weapon placed "over" a place right after it).
        # (The interceptions' ends, sorted: each weapon asks of the nearest one before it by bisection.)
        ends = sorted(d.end for d in disrupted
                      if not _STOPPED_WEAPON_ATTRIB.search(low, max(0, d.start - 12), d.start))
        kept = [t for t in violence if not (
            EVENT_TYPE_OF.get(t.sub) == "Explosions/Remote violence"
            and (w := _STOPPED_WEAPON_NOUN.match(low, t.start)) is not None
            and _STOPPED_WEAPON_OVER.match(low, w.end()) is not None
            and (i := bisect.bisect_right(ends, t.start)) > 0
            and t.start - ends[i - 1] <= _STOPPED_WEAPON_REACH
            and _STOPPED_WEAPON_GAP.fullmatch(low, ends[i - 1], t.start) is not None)]
        # (not where the sentence goes on to the stopped weapons' own hit and no other weapon is left to tell
        # it: in "Air defences shot down 20 drones over Kyiv, but one hit a house and killed a man" the drones
        # are also what struck)
        if any(EVENT_TYPE_OF.get(t.sub) == "Explosions/Remote violence" for t in kept) \
                or _STOPPED_YET_HIT.search(low, ends[0] if ends else len(low)) is None:
            violence = kept
    if any(t.sub == "Diplomatic protest" for t in by_family.get("political", [])):
        demo = []  # "summoned the ambassador in protest"
    political = by_family.get("political", [])
    if demo:
        # A rally that was the target or the venue of another act: "bombers struck a peace rally",
        # "detained him during a protest", "speaking at a rally in Bor".
        others = bool(violence or strategic)
        remote = min((t.end for t in violence if EVENT_TYPE_OF.get(t.sub) == "Explosions/Remote violence"),
                     default=None)
        # (the forces' own killing during a protest is force against it: "police kill 3 students during
        # protest"; not "detained him during a protest", not gunmen's)
        forces = any(_FORCES_BEFORE.search(low, max(0, v.start - _FORCES_BEFORE_CHARS), v.start)
                     and _FORCE.match(low, v.start) for v in violence)
        # (a crowd the forces fired on is no target of another act: "police opened fire on a crowd of peaceful
        # marchers in X, killing three" is their force against the march; types64, blind b64-080)
        fired_on = [(m.start(1), m.end()) for m in _FIRED_ON_CROWD.finditer(low)] if forces else []
        # (the spans come in text order and do not overlap: the last one opening at or before a trigger is
        # the only one that can hold it, found by bisection, not by a scan per trigger)
        fired_starts = [a for a, _ in fired_on]
        demo = [t for t in demo if (i := bisect.bisect_right(fired_starts, t.start)) > 0
                and t.start < fired_on[i - 1][1] or not (
            _SPEAKING_AT.search(low, max(0, t.start - 40), t.start)
            or others and _TARGET_OF.search(low, max(0, t.start - 40), t.start)
            and not (forces and _DURING.search(low, max(0, t.start - 40), t.start))
            or remote is not None and remote <= t.start
            and _AT_BARE.search(low, max(0, t.start - 40), t.start))]
    if demo and violence:
        # Shooting at protesters, protesters storming a building: the demonstration's own sub-type
        # says it ("opened fire on demonstrators", "shot dead four protesters").
        # Protesters who clash or fight: the crowd's own violence ("protesters blocked roads and
        # clashed with officers").
        # (Not a bomb or a strike: "a suicide bomber struck a rally" is an explosion, whoever it killed.)
        # (Only the demonstrations ending in the 40 characters before each act are looked at, found by
        # bisection: a sentence of thousands of triggers is not read demonstration by act.)
        demo_ends = sorted(d.end for d in demo)
        violence = [t for t in violence if not (_AT_PROTESTERS.match(low, t.end)
                                                and EVENT_TYPE_OF.get(t.sub) != "Explosions/Remote violence")
                    and not (t.sub in ("Armed clash", GENERIC) and any(
            _BOUNDARY.search(low, end, t.start) is None
            for end in demo_ends[bisect.bisect_left(demo_ends, t.start - 39):
                                 bisect.bisect_right(demo_ends, t.start)]))]
    if violence and (strategic or demo) and (
            all(t.back_reference for t in violence)  # "arrested seven over links to the attack"
            # "gunmen torch houses": the actor word alone is no act besides the destruction
            or all(low.startswith(_ACTOR_NOUNS, t.start) for t in violence)
            or any(t.sub == "Arrests" for t in strategic)
            and all(low.startswith("raid", t.start) for t in violence)):  # "arrested 25 in raids"
        violence = []
    if violence and any(t.sub == "Looting/property destruction" for t in strategic) \
            and all(low.startswith(_ACTOR_NOUNS, t.start) or _CIRCUMSTANCE.fullmatch(low, t.start, t.end)
                    and _AS_AMID.search(low, max(0, t.start - _AS_AMID_CHARS), t.start)
                    or _ON_VEHICLES.match(low, t.start)
                    and any(s.sub == "Looting/property destruction" and s.start > t.start for s in strategic)
                    or _CAUSE_NOUN.fullmatch(low, t.start, t.end)
                    and _AFTER_CAUSE.search(low, max(0, t.start - _AFTER_CAUSE_CHARS), t.start)
                    and any(s.sub == "Looting/property destruction" and s.end <= t.start for s in strategic)
                    for t in violence) \
            and not _HURT.search(low):
        # Burning told beside a war named only as its circumstance, no one hurt ("Gunmen torched a dozen
        # vehicles across X as fighting between cartel factions spread", "amid cartel infighting"): the
        # guide's arson without injuries, Looting/property destruction; the fighting is no act of its own.
        violence = []
    handed = _territory_handed_over(low, violence, strategic)
    if handed:
        strategic = strategic + handed
        violence = [t for t in violence if t.sub not in _TERRITORY]
    if any(t.sub == "Change to group/activity" for t in strategic):
        # "put off Damascus talks on army merger", "negotiations over the integration": what talks are about,
        # not a change made (the talks' own words decide whether they took place)
        strategic = [t for t in strategic if t.sub != "Change to group/activity"
                     or _TALKS_ABOUT.search(low, max(0, t.start - _TALKS_ABOUT_CHARS), t.start) is None]
    if any(t.sub == "Agreement" for t in strategic) and any(t.sub == "Meeting/talks" for t in political):
        if any(_AGREED.fullmatch(low, t.start, t.end)
               or _agreed_deal(low[max(0, t.start - _SCOPE):t.start], low[t.start:t.end], t.sub)
               for t in strategic if t.sub == "Agreement"):  # ("factions agree to ceasefire at talks")
            political = [t for t in political if t.sub != "Meeting/talks"]  # the meeting agreed a truce
        else:  # "talks on a ceasefire", "truce talks": the agreement is the subject of the talks
            strategic = [t for t in strategic if t.sub != "Agreement"]
    out: list[Clause] = []
    # The force a crowd met is read without the acts the sentence does not report ("marched for social
    # leaders, dozens of whom have been killed this year" is a peaceful protest).
    told_not = [Trigger("", a, b, False) for a, b in sorted(unreal[told:])]
    # (the ends of the remote acts, whose killing verbs are their own tolls: _lethal_force)
    remote_ends = sorted(t.end for t in violence if EVENT_TYPE_OF.get(t.sub) == "Explosions/Remote violence")
    demo_clause = _demonstration_clause(_blank(low, told_not) if told_not else low, demo, remote_ends) \
        if demo else None
    if violence:
        clause = _violent_clause(low, violence)
        if demo_clause is not None and demo_clause.sub_event_type == "Violent demonstration" \
                and _crowd_clash(low, violence, demo):
            # The clashes are the riot: one clause, at the clashes, whose sides are read there.
            demo_clause = replace(demo_clause, start=clause.start, end=clause.end,
                                  spans=tuple(sorted(clause.spans + demo_clause.spans)))
        # Shooting at protesters, a rioting crowd: the demonstration clause already says it.
        elif demo_clause is None or clause.specific:
            out.extend(_split_violence(sentence, low, violence, clause))
    if demo_clause is not None:
        out.append(demo_clause)
    if strategic and out:
        # A weapons haul told beside another act of the sentence by another side ("killed three farmers near
        # X, and soldiers later recovered two rifles in Y", "; army recovers weapons in Y"): no act of its own
        # (the guide codes a cache, not a haul; noevent57); the act keeps the sentence. (The seizure's trigger
        # is still found, so its weapons are no weapons of an act.)
        # The act's own side's haul after a place the act names ("killed nine militants in an operation near
        # X and recovered weapons", "attacked a police station in X ... and seized weapons") is no act of its
        # own either: the operation is the event at X (types62: blind b61-074). A claim that places nothing
        # ("said its fighters had killed 25 soldiers and seized weapons") is read as before (its haul keeps
        # the claim's count apart: l30-003, w48-016, l36-006).
        placed = _PLACED_BEFORE_HAUL.search(sentence) if len(low) == len(sentence) else None
        haul = [t for t in strategic if t.sub == "Disrupted weapons use" and _SEIZURE.match(low, t.start)
                and low.find("cache", t.start, t.end + _HAUL_CACHE_CHARS) < 0
                and (_HAUL_OF_THE_ACT.search(low, max(0, t.start - _HAUL_OF_THE_ACT_CHARS), t.start) is None
                     or placed is not None and placed.start() < t.start)]
        if haul:
            # (its place is context, as of an act not reported, when the sentence names a place before it;
            # else its place is the act's own: "shot dead two traders, and police recovered pistols in X")
            own = _OWN_PLACE_AFTER_BREAK.search(sentence) if len(low) == len(sentence) else None
            unreal.extend((t.start, t.end) for t in haul if own is not None and own.start() < t.start
                          and _HAUL_OF_THE_ACT.search(low, max(0, t.start - _HAUL_OF_THE_ACT_CHARS), t.start)
                          is None)
            strategic = [t for t in strategic if t not in haul]
    if strategic:
        # Looting in an attack or a riot, arrests at a protest, a truce named beside an attack it
        # ended are all part of the main event, not strategic developments of their own.
        later = _later_violence(low, violence) if violence and not demo else -1
        if violence and not demo and len(low) == len(sentence):
            # "Settlers burn olive groves in X; troops shoot farmer in nearby Y": a burning told before a
            # headline's break that comes before every violent trigger is a report of its own when the part
            # after the break names a place of its own (not "...; Palestinian teenager shot dead", the
            # burning's own attack)
            later = max(later, _break_before_own_place(sentence, low, violence))
        # "Gunmen kill five in X; village torched in Y": an act after a headline's break (";", " | ") that
        # follows every violent trigger is a report of its own, not the attack's looting.
        brk = REPORT_BREAK.search(low, max(t.end for t in violence)) if violence and not demo else None
        own_from = brk.end() if brk else len(low) + 1
        other_act = bool(out) or any(t.sub != "Arrests" for t in strategic)  # (once: linear)
        keep = [t for t in strategic if not (
            (t.sub == "Looting/property destruction" and (out or demo) and not t.end <= later
             and t.start < own_from)
            or (t.sub == "Arrests" and any(abs(d.start - t.start) < 60 for d in demo))
            or (t.sub == "Arrests" and _arrest_as_cause(low, t, other_act)))]
        if keep:
            # Weapons seized in a sentence that tells arrests are the arrests' haul ("arrested 12 suspects
            # and seized 40 rifles"): ACLED's Arrests; a seizure alone is Disrupted weapons use.
            arrests = any(t.sub == "Arrests" and not _NO_ARREST_BEFORE.search(
                low, max(0, t.start - _NO_ARREST_CHARS), t.start) for t in keep)  # ("nobody was arrested")
            chosen = [t for t in keep if not (arrests and t.sub == "Disrupted weapons use"
                                              and _SEIZURE.match(low, t.start))] or keep
            best = min(chosen, key=lambda t: (_ORDER[t.sub], t.start))
            out.append(Clause("strategic", best.sub, best.start, best.end, best.back_reference, True,
                              _spans(keep)))
    if political and any(low.startswith("speaking", t.start) for t in political) and (strategic or any(
            t.sub == "Statement" and not low.startswith("speaking", t.start) for t in political)):
        # "Speaking in Doha, the official said ...": the verb of saying is the statement (its speaker is
        # read before it); "speaking" is one only when the sentence tells no other political or strategic
        # act ("..., speaking in Jos, described the killings as ..."; not "..., speaking in X, deployed the
        # army": what the speaker did is the sentence's act)
        political = [t for t in political if not low.startswith("speaking", t.start)]
    if political:
        best = min(political, key=lambda t: (_ORDER[t.sub], t.start))
        # A statement beside another event is often attribution ("five were killed, officials
        # said"); the coder keeps it only when an official body speaks.
        # (A weapon told again, "The bomb weighed 500 pounds, police said", is still the act reported.)
        attribution = best.sub == "Statement" and any(
            not c.back_reference or _WEAPON_NOUN.fullmatch(low[c.start:c.end].rsplit(" ", 1)[-1])
            for c in out)
        out.append(Clause("political", best.sub, best.start, best.end, False, True, _spans(political),
                          attribution))
        said = [t for t in political if t.sub == "Statement"]
        if best.sub != "Statement" and said:  # "the envoy said ... after weeks of talks": both
            out.append(Clause("political", "Statement", said[0].start, said[0].end, False, True, _spans(said),
                              True))
    return out


_TERRITORY = ("Non-state actor overtakes territory", "Government regains territory")
_ONE_SIDED = ("ambush", "raid", "assault", "storm")  # an armed clash's words for one side's act
_ONE_SIDED_REACH = 80  # characters after such a word in which an armed victim makes it a clash


_UNOPPOSED = re.compile(r"without|unopposed|hand")  # a handover, not a retreat under fire
# Ground taken when the other side handed it over or nobody resisted: "took back control of Lashio on Tuesday
# after an armed group handed it over under a deal", "walked into Bukavu, meeting no resistance" (the words
# after the taking; any fighting or killing told in the sentence makes it a battle). (Not a bare withdrawal,
# "seized Walikale after the army withdrew": the corpus codes it both ways, see training/events/README.md.)
_LEFT_AFTER = re.compile(r"\s(?:after|as|once)\s(?:[\w'’-]{1,30}\s){1,10}?"
                         r"hand(?:s|ed)\s(?:it|them)\s(?:back|over)\b|"
                         # (sites65) the other side withdrew under a deal: "took back Hsipaw on Sunday after
                         # the TNLA withdrew under a China-brokered ceasefire" (not a bare withdrawal, above)
                         r"\s(?:after|as|once)\s(?:[\w'’()-]{1,30}\s){1,10}?(?:withdr[ae]w\w{0,3}|pulled\sout)\s"
                         r"(?:[\w'’-]{1,30}\s){0,3}?under\s(?:[\w'’-]{1,30}\s){0,3}?"
                         r"(?:ceasefire|cease-fire|truce|deal|agreement|accord)\b|"
                         r"\s(?:meeting|met|meets|encountering|encountered|facing|faced)\sno\s(?:resistance|opposition)\b|"
                         # (types60) "entered Boulsa on Friday without meeting any resistance"
                         r"\swithout\s(?:meeting|encountering|facing)\s(?:any\s|much\s|armed\s)?(?:resistance|opposition)\b")
_LEFT_AFTER_CHARS = 160
# A base, post or headquarters taken is a battle, not ground (the guide: "overrunning a base is an Armed
# clash; overtakes territory only if the town is taken"): "captured a military battalion headquarters in Ann".
# (Session 41: the verb's own "s" after a trigger that stops short of it, "White Army overruns Nasir garrison"
# (the trigger is "overrun"); an army's camp, "JNIM seizes Djibo army camp", as _POSTS reads it: not a bare
# "camp", which is as often a camp of displaced people; and not the last of a list, "seized the presidential
# palace and military camps in Aden": more than a base was taken.)
_BASE_TAKEN = re.compile(r"s?\s{1,3}(?:(?:the|an?|its|their|several|two|three|four|\d{1,3})\s{1,3})?"
                         r"(?:(?!and\s)[\w-]{1,20}\s{1,3}){0,3}?(?:bases?|headquarters|outposts?|barracks|garrisons?|"
                         r"(?:army|military)\s{1,3}camps?|"
                         r"checkpoints?|positions?|posts?(?!\s{1,3}offices?))\b")
_BASE_TAKEN_CHARS = 90
# (types67) A state's forces overrunning an armed group's camp or hideout ("Army overruns ISWAP camp near X",
# "troops overran a Dawlah Islamiyah hideout outside X") raid it: an Armed clash, as the guide codes a base
# overrun, not ground regained (the state never held it). The object after "overran"/"overruns" within three
# words; not a camp of the displaced or of refugees, nor the state's own army camp (a base retaken, above).
# (A named camp, "Troops overran Kalma camp", reads alike: a state overrunning a camp raids it.)
_GROUP_CAMP_TAKEN = re.compile(r"s?\s{1,3}(?:(?:the|an?|its|their|several|two|three|four|\d{1,3})\s{1,3})?"
                               r"(?:(?!(?:and|army|military|displacement|displaced|idp|refugee|relief|transit)\s)"
                               r"[\w'’-]{1,20}\s{1,3}){0,3}?"
                               r"(?:camps?|hide-?outs?|strongholds?|dens?|enclaves?)\b")
_BASE_TAKER_CHARS = 160  # the words before a takeover that say who took it (a state: ground regained)
# Session 47 (types59): four more ways wire copy tells a post taken (read by _post_taken), each an Armed
# clash as the guide says.
# The post by its owner's possessive ("overran the army's forward operating base", "the Nigerian army's 153
# Task Force Battalion base", "overrunning the military's camp"): not a "headquarters", which the corpus codes
# as the town taken ("seized the military's Western Command headquarters in Ann"), nor a "garrison".
_OWNED_POST_TAKEN = re.compile(r"(?:s|ning)?\s{1,3}(?:the\s{1,3})?(?:[\w-]{1,20}\s{1,3})?"
                               r"[\w-]{1,20}['’]s?\s{1,3}(?:(?!and\s)[\w-]{1,20}\s{1,3}){0,4}?"
                               r"(?:bases?|outposts?|barracks|positions?|checkpoints?|(?:army|military)\s{1,3}camps?|"
                               r"posts?(?!\s{1,3}offices?))\b")
# The participle of "overrun" before a post: "stormed X, overrunning a military camp" ("overrun" is the
# trigger; the post after "ning" as _BASE_TAKEN reads one after the verb).
_OVERRUNNING_POST = re.compile(r"ning\s{1,3}(?:(?:the|an?|its|their|several|two|three|four|\d{1,3})\s{1,3})?"
                               r"(?:(?!and\s)[\w-]{1,20}\s{1,3}){0,3}?(?:bases?|outposts?|barracks|positions?|"
                               r"checkpoints?|(?:army|military)\s{1,3}camps?|posts?(?!\s{1,3}offices?))\b")
# The trigger's own object a post of the state's forces ("seized a police outpost", "seizes junta outpost",
# "seized a military checkpoint"): not a base's "headquarters", a "garrison" (a town's) or a "station", nor a
# post told by its place's name or bare ("seizes Boulkessi base", "seize outpost near X"), which the corpus
# codes as ground taken (f35-074, h29-070, l33-012).
_SEIZED_POST = re.compile(r"seiz\w{1,3}\s(?:an?\s|the\s)?(?:police|army|military|junta|border|government|"
                          r"security|gendarmerie|paramilitary)\s(?:[\w-]{1,30}\s){0,2}"
                          r"(?:bases?|outposts?|posts?|barracks|positions?|checkpoints?|(?:army|military)\s{1,3}camps?)")
# A post named before "falls to" ("Nasir barracks falls to White Army fighters", "Army post in X falls to
# M23 rebels"): the post, then at most a place phrase of two words, right before the trigger.
_POST_BEFORE_FALL = re.compile(r"\b(?:bases?|outposts?|posts?|barracks|checkpoints?)"
                               r"(?:\s{1,3}(?:in|near|at|outside)\s{1,3}[\w'’-]{1,30}(?:\s{1,3}[\w'’-]{1,30})?)?"
                               r"\s{1,3}\Z")
_POST_BEFORE_FALL_CHARS = 80


def _bases_taken(low: str, triggers: list[Trigger]) -> list[Trigger]:
    """``triggers`` with a non-state takeover whose object is a base, post or position read as an armed
    clash (a state retaking a base, or a "district headquarters", a town's seat, stays ground regained)."""
    taken = "Non-state actor overtakes territory"
    if not any(t.sub == taken for t in triggers):
        return triggers
    out = []
    for t in triggers:
        base = _BASE_TAKEN.match(low, t.end, t.end + _BASE_TAKEN_CHARS) if t.sub == taken else None
        if base is not None and not low.endswith("district headquarters", t.end, base.end()) \
                and _territory(low[max(0, t.start - _BASE_TAKER_CHARS):t.start], t.sub) \
                != "Government regains territory":
            t = Trigger("Armed clash", t.start, t.end, t.back_reference)
        elif t.sub == taken and _post_taken(low, t):
            t = Trigger("Armed clash", t.start, t.end, t.back_reference)
        elif t.sub == taken and low.startswith("overr", t.start) \
                and _GROUP_CAMP_TAKEN.match(low, t.end, t.end + _BASE_TAKEN_CHARS) is not None \
                and _territory(low[max(0, t.start - _BASE_TAKER_CHARS):t.start], t.sub) \
                == "Government regains territory":
            t = Trigger("Armed clash", t.start, t.end, t.back_reference)
        out.append(t)
    return out


def _post_taken(low: str, t: Trigger) -> bool:
    """Whether a non-state takeover ``t`` took a post the other readings of :func:`_bases_taken` miss: by
    its owner's possessive, after "overrunning", as the trigger's own object, or named before "falls to"
    (a state taker is left to the coder's taker rules, as there)."""
    word = low[t.start:t.end]
    if word.startswith(("fall", "fell")):
        return _POST_BEFORE_FALL.search(low, max(0, t.start - _POST_BEFORE_FALL_CHARS), t.start) is not None
    if _territory(low[max(0, t.start - _BASE_TAKER_CHARS):t.start], t.sub) == "Government regains territory":
        return False
    if word.startswith("seiz"):
        return _SEIZED_POST.fullmatch(word) is not None
    if word.startswith("overr"):
        end = t.end + _BASE_TAKEN_CHARS
        return _OWNED_POST_TAKEN.match(low, t.end, end) is not None \
            or _OVERRUNNING_POST.match(low, t.end, end) is not None
    return False


# "Troops torched 200 homes in X on Sunday after rebels ambushed a column near Y": the violence told in a
# time clause after the destruction is another act (the destruction is no part of it).
# (Not "burned houses in X after killing ten villagers": the same men's one attack.)
_TIME_CONJUNCTION = re.compile(r"\s(?:after|before|following)\s(?![a-z]{1,30}ing\b)")
_ING_WORD_CHARS = 45


# A break between two reports of a line: "; ", " | " (a sentence end is another sentence already), before
# a later report: "... | Sake: M23 shells ...", "...; Amalfi: drone downs ..." (roles and the coder read it
# too).
REPORT_BREAK = re.compile(r"[;|]")


# A place of its own in the part of a headline after a break: "; troops shoot farmer in nearby Madama",
# "| Tubas: 3 killed in a drone strike" (a capitalised name after a place preposition, or a name and a colon
# opening the part).
_OWN_PLACE_AFTER_BREAK = re.compile(r"\b(?:in|near|at|outside|around)\s{1,3}(?:nearby\s{1,3})?[A-Z]|"
                                    r"^\s{0,3}[A-Z][\w'-]{0,30}(?:\s[A-Z][\w'-]{0,30}){0,2}:")


def _break_before_own_place(sentence: str, low: str, violence: list[Trigger]) -> int:
    """Where the last headline break (";", "|") before every violent trigger starts (-1 when there is none,
    or the part after it up to the next break names no place of its own)."""
    first = min(t.start for t in violence)
    brk = None
    for m in REPORT_BREAK.finditer(low, 0, first):
        brk = m
    if brk is None:
        return -1
    nxt = REPORT_BREAK.search(low, brk.end())
    part = sentence[brk.end():nxt.start() if nxt else len(sentence)]
    return brk.start() if _OWN_PLACE_AFTER_BREAK.search(part) else -1


def _later_violence(low: str, violence: list[Trigger]) -> int:
    """Where the time clause that holds every violent trigger of the sentence starts (-1 when none does):
    an act told before it is not part of theirs."""
    first = min(t.start for t in violence)
    where = -1
    for m in _TIME_CONJUNCTION.finditer(low, 0, first + _ING_WORD_CHARS):  # (its lookahead reads a word on)
        if m.start() >= first:
            break
        where = m.start()  # the last conjunction before the first violent trigger
    return where


# Someone killed or hurt: burning with it is more than arson.
_HURT = re.compile(r"\b(?:kill\w{0,30}+|dead|deaths?|died|wound\w{0,30}+|injur\w{0,30}+|casualt\w{0,30}+|"
                   r"shot|lynch\w{0,30}+|behead\w{0,30}+|bod(?:y|ies)|massacr\w{0,30}+|hostages?|"
                   r"abduct\w{0,30}+|kidnap\w{0,30}+)\b")
# A war named as the circumstance of another act: "as fighting between factions spread", "amid cartel
# infighting", "as a turf war rages" (a few words between the conjunction and the noun).
_CIRCUMSTANCE = re.compile(r"(?:in)?fighting|violence|war|clashes|conflict")
_AS_AMID = re.compile(r"\b(?:as|amid|amidst)\s(?:[\w'’-]{1,30}\s){0,4}$")
_AS_AMID_CHARS = 80
# An attack whose object is a convoy or vehicles of goods, told beside their burning, no one hurt ("ambushed
# a convoy of fuel tankers near X, setting 22 trucks ablaze", "attacked a commercial convoy ..., burning 20
# trucks"): the guide's arson without injuries, Looting/property destruction, not a battle on no one (types51:
# b36-074, b47-041). Not a convoy of the army, police or troops, nor one escorted or guarded (a clash); the
# burning told after the attack (not "Troops torch houses in X; fighters ambush convoy near Y": h32-038).
_ON_VEHICLES = re.compile(r"(?:ambush|attack|raid)\w{0,4} (?:an? |the )?"
                          r"(?:(?!army\b|military\b|police\b|troops?\b|soldiers?\b|security\b|armou?red\b|"
                          r"junta\b|government\b|un\b|peacekeep)[\w'’-]{1,30} ){0,3}?"
                          r"(?:convoys?|trucks|tankers|lorries|buses)\b"
                          r"(?! (?:[\w'’-]{1,30} ){0,3}"
                          r"(?:escorted|guarded|protected|carrying (?:troops|soldiers)))")
# An attack named as what the burning came after ("Settlers torch dozens of homes and cars in Huwara after
# shooting attack"): the reason told, not an act of its own, when the burning is told first and no one is hurt
# (types51: b38-005). The attack as a noun only: "torched 200 homes ... after resistance fighters ambushed a
# column near Ye-U" tells the ambush as an act of its own (w12-007).
_CAUSE_NOUN = re.compile(r"attacks?|ambush|raid|assault")
_AFTER_CAUSE = re.compile(r"\bafter (?:an? |the )?(?:[\w'’-]{1,30} ){0,2}$")
_AFTER_CAUSE_CHARS = 50
_AMID = re.compile(r"\b(?:amid|amidst)\s(?:[\w'’-]{1,30}\s){0,4}$")  # _AS_AMID without "as": the war is
# only a backdrop after "amid"; after "as" it is often the act itself ("two died as clashes erupted")
_BACKDROP_SUBS = ("Armed clash", "Mob violence")


def _without_circumstance(low: str, violence: list[Trigger],
                          demo: list[Trigger]) -> tuple[list[Trigger], list[Trigger]]:
    """The acts without a war named only as their backdrop ("Gunmen kill 6 at a car wash amid cartel
    infighting", "Amid clashes between herders and farmers, gunmen killed 12 villagers"): when the clause
    tells an act of its own (a killing, a raid), the fighting after "amid" is its circumstance and does not
    type it; the killing is typed by its victims, as the guide types any attack. Alone, it stays."""
    def backdrop(t: Trigger) -> bool:
        return t.sub in _BACKDROP_SUBS and _CIRCUMSTANCE.match(low, t.start) is not None \
            and _AMID.search(low, max(0, t.start - _AS_AMID_CHARS), t.start) is not None
    if not any(backdrop(t) for t in violence) and not any(backdrop(t) for t in demo):
        return violence, demo
    rest = [t for t in violence if not backdrop(t)]
    if not any(not low.startswith(_ACTOR_NOUNS, t.start) and not t.back_reference for t in rest):
        return violence, demo
    return rest, [t for t in demo if not backdrop(t)]
# The forces a participle right after them describes ("troops deployed alongside the army shelled ..."): a
# reduced relative, not a deployment told ("troops were deployed to X", "Chad deployed troops").
_DEPLOYED_FORCES = re.compile(r"\b(?:troops|forces|soldiers|units|contingents?|peacekeepers|battalions?|"
                              r"brigades?)\s{1,3}$")
_DEPLOYED_FORCES_CHARS = 20
# A place named in a sentence, by a place preposition and a capital ("near Eringeti", "in Tamu"): read once
# per sentence, its first match (linear).
_PLACED_BEFORE_HAUL = re.compile(r"\b(?:in|near|at|outside|around)\s{1,3}[A-Z]")
# A seizure of weapons (a haul), not an interception; and a negated arrest before its trigger.
_SEIZURE = re.compile(r"seiz|confiscat|recover|found|discover|uncover|weapons cache|arms cache")
_NO_ARREST_BEFORE = re.compile(r"\b(?:no|nobody|no one|none|not|never|n['’]t|without)\s{1,3}"
                               r"(?:\w{1,30}\s{1,3}){0,2}$")
_NO_ARREST_CHARS = 30
# (how far after a seizure's trigger a cache is looked for: "recovered rifles from a cache")
_HAUL_CACHE_CHARS = 40
# The act's own side seizing, told by the act's verb's conjunction ("killed 25 soldiers and seized weapons",
# "killing three policemen and seizing weapons", "had neutralised a gunman ... and had found weapons"): its
# haul stays read as before (a claim's count, its actor).
_HAUL_OF_THE_ACT = re.compile(r"(?:\band|,)\s{1,3}(?:(?:then|also|later|had|have|has|was|were)\s{1,3}){0,2}$")
_HAUL_OF_THE_ACT_CHARS = 30


def _territory_handed_over(low: str, violence: list[Trigger], strategic: list[Trigger]) -> list[Trigger]:
    """Ground taken "without a fight" or "unopposed", or when the other side "handed it over" or nobody
    resisted (_LEFT_AFTER), is a non-violent transfer: the takings, as its triggers (none when nothing was
    handed over or there was fighting)."""
    handed = any(t.sub == "Non-violent transfer of territory" and _UNOPPOSED.search(low, t.start, t.end)
                 for t in strategic) \
        or all(t.sub in _TERRITORY for t in violence) \
        and any(_LEFT_AFTER.search(low[t.end:t.end + _LEFT_AFTER_CHARS]) for t in violence)  # (nobody killed)
    if not handed or any(t.sub == "Armed clash" for t in violence):
        return []
    return [Trigger("Non-violent transfer of territory", t.start, t.end)
            for t in violence if t.sub in _TERRITORY]


# "Airstrikes target Idlib and clashes in Hama": a second act of another type, joined after a place.
_JOINED = re.compile(r"(?:[,;|]| and| while| as| but| amid)\s+(?:[\w'’-]{1,30}\s+){0,2}$")
# Two reports in one line ("Shelling hits Kherson | Drones attack Odesa", "missiles pound Kyiv; drones
# downed over Lutsk"): even acts of one event type are two clauses.
_HARD_BREAK = re.compile(r"[;|]")
_CAPITAL = re.compile(r"[A-Z]")
_SHARED_SUBJECT = re.compile(r"(?:,| and) $")


def _hard_breaks(low: str) -> list[int]:
    """The offsets of a sentence's hard breaks, in order: the reports of a line lie between them (found
    by bisection, so a sentence of many triggers is still read in linear time)."""
    return [m.start() for m in _HARD_BREAK.finditer(low)]


def _any_within(offsets: list[int], start: int, end: int) -> bool:
    """Whether an offset of the sorted ``offsets`` lies in [start, end)."""
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


def _split_violence(sentence: str, low: str, violence: list[Trigger], clause: Clause) -> list[Clause]:
    """The violent clause, or two when a later act of another event type is coordinated with it after a
    named place ("Airstrikes target Idlib and clashes in Hama"): each keeps the triggers on its side."""
    if not clause.specific or len(low) != len(sentence):
        return [clause]
    kind = EVENT_TYPE_OF[clause.sub_event_type]
    # (The breaks and capitals between the clause and each other trigger are found by bisection in their
    # offsets: a search of the span per trigger was quadratic in a sentence of many triggers.)
    breaks: list[int] = []
    capitals: list[int] = []
    for t in violence:
        if t.sub == GENERIC or t.back_reference or t.sub == clause.sub_event_type:
            continue
        if clause.start <= t.start < clause.end or t.start <= clause.start < t.end:
            continue
        if not capitals:
            breaks = _hard_breaks(low)
            capitals = [m.start() for m in _CAPITAL.finditer(sentence)] or [len(sentence)]
        left_end, cut = (clause.end, t.start) if t.start > clause.start else (t.end, clause.start)
        broken = _any_within(breaks, left_end, cut)
        if EVENT_TYPE_OF[t.sub] == kind and not broken:
            continue
        # (Or any words after a hard break: "glide bombs hit Izium; Belgorod says Shebekino shelled".)
        if _JOINED.search(low, max(left_end, cut - 40), cut) is None and not broken \
                or not _any_within(capitals, left_end, cut):
            continue
        verb = low[cut:cut + 30].split(" ", 1)[0]
        shared = _SHARED_SUBJECT.search(low, cut - 6, cut) is not None and verb.endswith("ed")
        if shared or low.startswith(_ONE_SIDED, min(t.start, clause.start)):
            continue  # "stormed hostels in Gusau and kidnapped 24": the approach, and one act of one subject
        sub = _territory(low[:t.start], t.sub) if t.sub in _TERRITORY else t.sub
        return _two_clauses(violence, clause, t, sub, cut)
    return _named_again(sentence, low, violence, clause)


def _two_clauses(violence: list[Trigger], clause: Clause, t: Trigger, sub: str, cut: int) -> list[Clause]:
    """``clause`` and the act of trigger ``t`` (sub-type ``sub``), in text order, each with the triggers on
    its side of ``cut``."""
    other = Clause("violence", sub, t.start, t.end, False, True,
                   _spans([u for u in violence if (u.start >= cut) == (t.start >= cut)]))
    mine = Clause("violence", clause.sub_event_type, clause.start, clause.end, clause.back_reference,
                  True, _spans([u for u in violence if (u.start >= cut) == (clause.start >= cut)]))
    return [mine, other] if clause.start < t.start else [other, mine]


# "RSF overran Bara on Saturday, and activists said the fighters killed dozens of civilians in Bara": a
# later clause tells another kind of act at a place the first already named. ACLED codes one event per
# place and sub-type, so these are two. The later clause starts at a joiner; the place is the first
# capitalised word after its trigger, as its object or after a locative preposition.
CLAUSE_JOIN = re.compile(r",? and |, as | as |, while | while |; |, but |,? after ")
_NAMED_AFTER = re.compile(r" ([A-Z][\w'’-]{2,30})|(?: (?:[\w-]{1,30}|\d{1,6})){0,5}? "
                          r"(?:in|at|on|near|around|outside|into|across|of) (?:the )?([A-Z][\w'’-]{2,30})")
_DAYS_AND_MONTHS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split())
_JOIN_REACH = 200  # characters before a later trigger in which its clause's joiner and the place are read


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` as a whole word (a plain search: the word is the text's own)."""
    at = text.find(word)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(word)] if at + len(word) < len(text) else " "
        if not (before.isalnum() or before in "'’-" or after.isalnum() or after in "'’-"):
            return True
        at = text.find(word, at + 1)
    return False


def _named_again(sentence: str, low: str, violence: list[Trigger], clause: Clause) -> list[Clause]:
    """Two clauses when an act of another sub-type than ``clause``'s, before or after it, is told at a place
    named in both parts (the parts meet at a joiner, see CLAUSE_JOIN); else the clause alone. Each part's
    clause is read from its own triggers ("Soldiers killed 45 civilians in Merawi after Fano fighters
    raided Merawi": an attack, and a raid that is a battle)."""
    for t in violence:
        if t.back_reference or t.start < clause.end and clause.start < t.end:
            continue
        if t.sub == GENERIC and low.endswith("ing", t.start, t.end):
            continue  # "..., killing four people in Dnipro": what the first act did, not another act
        if t.sub in _TERRITORY or t.sub == GENERIC and _victims(low, t) is None:
            continue  # (a killing of unknown victims is the toll of the act told, not an act of its own)
        first_end, (second_start, second_end) = (min(clause.end, t.end),
                                                 max((clause.start, clause.end), (t.start, t.end)))
        lo = max(first_end, second_start - _JOIN_REACH)
        joins = list(CLAUSE_JOIN.finditer(low, lo, second_start))
        if not joins or joins[-1].group().endswith("and ") and sentence[joins[-1].end()].isupper():
            continue  # "struck Dnipro and Kryvyi Rih overnight, killing four in Dnipro": places joined
        cut = joins[-1].start()
        named = _NAMED_AFTER.match(sentence, second_end)
        word = named and (named.group(1) or named.group(2))
        if not word or word.lower() in _DAYS_AND_MONTHS \
                or not _has_word(sentence[max(0, cut - _JOIN_REACH):cut], word):
            continue
        # Read each part once, for the first act whose place is named in both parts (so a sentence costs
        # one more reading of its triggers, whatever their number).
        left = _violent_clause(low, [u for u in violence if u.start < cut])
        right = _violent_clause(low, [u for u in violence if u.start >= cut])
        if left.sub_event_type == right.sub_event_type:
            return [clause]
        return [replace(left, specific=True), replace(right, specific=True)]
    return [clause]


# People taken hostage beside a storming (not "stormed an army post and held hostages for hours": the fight
# stays the act; tests/test_coder_territory.py).
_TAKEN = re.compile(r"\b(?:take|takes|took|taking|taken)\s(?:[\w'’-]{1,30}\s){0,3}$")


def _spans(triggers: list[Trigger]) -> tuple[tuple[int, int], ...]:
    return tuple((t.start, t.end) for t in triggers)


# Unnamed shooters as the subject right before the shooting ("Gunmen shot dead a district commissioner in X",
# "Gunmen on a motorbike shot dead a member of the local council"): the doers, not an armed side hit, so
# they do not make the shooting of one person a battle (types63). Only these nouns, a few words before the
# verb (at most four words between); an armed word after the verb, or any other before it, still does.
_SHOOTERS_SUBJECT = re.compile(r"\b(?P<who>gunm[ae]n|attackers?|assailants?|militants?|bandits?|insurgents?|"
                               r"rebels?|separatists?|jihadists?|fighters?)"
                               r"(?:\s{1,3}[\w'’-]{1,30}){0,4}?\s{1,3}$")
_SHOOTERS_CHARS = 60  # the window of _ARMED_ONE around a shooting (as before this rule)


def _armed_near_shot(low: str, shot: Trigger) -> bool:
    """Whether an armed side is named near the shooting ``shot`` (within _SHOOTERS_CHARS either side),
    not counting the unnamed shooters who are its subject (_SHOOTERS_SUBJECT)."""
    lo = max(0, shot.start - _SHOOTERS_CHARS)
    subject = _SHOOTERS_SUBJECT.search(low, lo, shot.start)
    for m in _ARMED_ONE.finditer(low, lo, shot.end + _SHOOTERS_CHARS):
        if subject is not None and m.start() == subject.start("who"):
            continue  # the shooters themselves (an armed word between them and the verb still counts)
        return True
    return False


# A crowd's own arms ("youths who threw stones and burned tyres", "stone-throwing youths"), as
# "Violent demonstration" reads them (not a storming or a fight with the forces, which name no weapon).
_CROWD_ARMS = re.compile(r"stone-throwing|(?:threw|throwing) (?:stones|rocks)|hurl\w{0,30}+ (?:stones|rocks)|"
                         r"pelt|ston(?:e|es|ed|ing) |burn(?:s|ed|t|ing)? (?:\w{1,30} )?tyres\b|molotov|"
                         r"petrol bomb")


def _crowd_clash(low: str, violence: list[Trigger], demo: list[Trigger]) -> bool:
    """Whether the sentence's only violent words are "clash(es)" and a crowd's own arms are told in it
    ("Clashes broke out in Qabatiya, where troops fired tear gas at youths throwing stones"): the clashes
    are the riot, as ACLED codes stone-throwing youths facing troops, not a battle (blind b73-048)."""
    if not violence or not all(low.startswith("clash", t.start) for t in violence):
        return False
    return any(t.sub == "Violent demonstration" and _CROWD_ARMS.match(low, t.start) for t in demo)


def _violent_clause(low: str, triggers: list[Trigger]) -> Clause:
    fresh = [t for t in triggers if not t.back_reference] or triggers
    specific = [t for t in fresh if t.sub != GENERIC]
    if specific:
        # A hostage in a sentence of another act is its victim ("beheads Canadian hostage"); people
        # taken hostage are the act ("Armed men storm TV studio in X, take staff hostage").
        specific = [t for t in specific if not (t.sub == "Abduction/forced disappearance"
                                                and low.startswith("hostage", t.start)
                                                and not _TAKEN.search(low, max(0, t.start - 50), t.start))
                    ] or specific
        best = min(specific, key=lambda t: (_rank(t.sub), t.start))
        sub = best.sub
        if sub == "Shelling/artillery/missile attack" and low.startswith(_POUNDING_VERBS, best.start):
            sub = _pounded_with(low, best, specific) or sub
        if sub in _MEANS_SUBS:
            ground = _ground_fight(low, triggers, specific)
            if ground is not None:
                best, sub = ground, "Armed clash"
            else:
                assault = _armed_assault(low, fresh, specific)
                if assault is not None:
                    best, sub = assault
        if sub == "Abduction/forced disappearance":
            # "Bandits kill 20, abduct scores in X": the killing is the main act (one event at a place named
            # once), coded by whom it killed, as the corpus codes 17 of 19 such sentences.
            killing = _abduction_killing(low, fresh)
            if killing is not None:
                best, sub = killing
        if sub == "Armed clash" and low.startswith(_ONE_SIDED, best.start):
            own = _victims(low, best)
            # A state's forces raiding ("Israeli troops raided Jenin refugee camp, killing three gunmen"):
            # a security operation, a clash unless the text names civilians as its victims; the camp
            # raided and a bare figure killed do not.
            state = _state_raider(low, best.start)
            civil = _CIVILIANS_RE.search(low, best.end) if state and own == "Attack" else None
            if civil is not None and _CAMP_VICTIM.match(low, civil.start()):
                own = None
            if own is None:
                # "ambushed a passenger bus and shot dead 31 civilians": an attack on civilians.
                read = _object_victims if state else _victims
                victims = {read(low, t) for t in fresh if t.sub == GENERIC} - {None}
                if victims == {"Attack"}:
                    sub = "Attack"
            elif own == "Attack" and not _ARMED_RE.search(low, best.end, best.end + _ONE_SIDED_REACH):
                sub = "Attack"  # "A raid on Ibo killed three fishermen": one side's act on civilians only
        elif sub == "Attack" and low.startswith("raid", best.start) and _state_raider(low, best.start):
            # "Israeli troops raided Jenin refugee camp, killing three gunmen": the camp is the place raided
            # by a state's forces, not its victims; a clash unless people killed are named civilians.
            civil = _CIVILIANS_RE.search(low, best.start, best.end)  # the victims the trigger named
            if civil is not None and _CAMP_VICTIM.match(low, civil.start()):
                victims = {_object_victims(low, t) for t in fresh if t.sub == GENERIC} - {None}
                if "Attack" not in victims:
                    sub = "Armed clash"
        if sub in ("Non-state actor overtakes territory", "Government regains territory"):
            sub = _territory(low[:best.start], sub)
        return Clause("violence", sub, best.start, best.end, best.back_reference, True, _spans(triggers))
    # Generic: an attack on soldiers is a battle; on villagers, violence against civilians.
    best = fresh[0]
    sub = "Armed clash"
    # Who a verb names as its object first ("dozens killed as jihadists attack army positions": the
    # positions, not the bare figure before "killed"), then the other readings of _victims.
    found = next(((t, v) for t in fresh if (v := _object_victims(low, t)) is not None), None) \
        or next(((t, v) for t in fresh if (v := _victims(low, t)) is not None), None)
    if found is not None:
        best, sub = found
    elif _SETTLERS_BEFORE.search(low, max(0, best.start - _SETTLERS_CHARS), best.start):
        sub = "Attack"  # "Settlers attack shepherds near X", "Settler attack on X": violence on civilians
    else:
        # "Opposition leader shot dead in X", "journalist gunned down": one person shot, no armed side
        # named anywhere near, is an attack on a civilian, not a battle.
        shot = next((t for t in fresh if _SHOT.fullmatch(low, t.start, t.end)), None)
        # ("hit" is a trigger only in the passive or as a headline's bare "Lviv hit")
        hit = next((t for t in fresh if _HIT.fullmatch(low, t.start, t.end) and (
            low.startswith("hit", t.start) or _PASSIVE.search(low, max(0, t.start - 12), t.start))), None)
        if shot is not None and not _armed_near_shot(low, shot):
            best, sub = shot, "Attack"
        elif hit is not None and not _ARMED_ONE.search(low, max(0, hit.start - 60), hit.end + 60):
            # "Kharkiv was struck overnight": a place hit from afar by a weapon the report does not name
            # (ACLED's shelling/missile sub-type), not a battle.
            best, sub = hit, "Shelling/artillery/missile attack"
    return Clause("violence", sub, best.start, best.end, best.back_reference, False, _spans(triggers))


# A ground fight told with its weapons as the means (types49: the blind files code these Armed clash, the
# trigger table read the weapon's own sub-type): "attacked a police station with rockets and gunfire", "fought
# Israeli troops in the streets of Jabalia with anti-tank rockets", "fighting ..., with artillery and tank
# fire exchanged", "stormed a military camp after firing mortar rounds at it", "heavy gunfire and explosions
# were heard near Goma airport". The weapon is the fight's means when "with" (or "after firing") stands at
# most two words before it, or, for a blast word, when it is joined to "gunfire" by "and". Only with a clash
# trigger in the clause (gunfire, fought, stormed, clashed) and only when every weapon of the clause is so
# told: "Russian forces shelled X with artillery", "troops clashed with rebels in X while jets bombed Y" stay.
_MEANS_SUBS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack",
                         "Remote explosive/landmine/IED", "Grenade"})
# (Not "armed with": what the attackers carried, not told as the act's means; l39-010's "Militants armed with
# rifles and grenades stormed a police post in Bannu" then took the headline's ambush elsewhere as its own.)
_MEANS_BEFORE = re.compile(r"(?<!armed )\b(?:with|after\s{1,3}firing)\s{1,3}(?:[\w-]{1,30}\s{1,3}){0,2}$")
_MEANS_CHARS = 80  # "after firing" and two words of 30 letters
_BLAST_WITH_GUNFIRE = re.compile(r"(?:(?:heavy\s{1,3})?gunfire|shooting|shots)\s{1,3}and\s{1,3}$")
_GUNFIRE_AFTER_BLAST = re.compile(r"\s{1,3}and\s{1,3}(?:heavy\s{1,3})?(?:gunfire|shooting|shots)\b")
_BLAST_WORDS = ("explosion", "blast")
# Not the means of a fight: a bomb on the road ("ambushed a police vehicle with a roadside bomb": the IED is
# the act, as the corpus codes it; g39-074, w29-028), so a blast word counts only beside gunfire; nor air
# strikes or raids ("launches offensive in northeast Syria with air strikes on X": ms-063).
_AIR_CAMPAIGN = ("air strike", "airstrike", "air-strike", "air raid", "strike", "bombing", "bombard")


def _as_means(low: str, t: Trigger) -> bool:
    """Whether the weapon trigger ``t`` is told as the means of a ground fight (see _MEANS_SUBS)."""
    if t.sub != "Remote explosive/landmine/IED" and not low.startswith(_AIR_CAMPAIGN, t.start) \
            and _MEANS_BEFORE.search(low, max(0, t.start - _MEANS_CHARS), t.start):
        return True
    return low.startswith(_BLAST_WORDS, t.start) and bool(
        _BLAST_WITH_GUNFIRE.search(low, max(0, t.start - 30), t.start)
        or _GUNFIRE_AFTER_BLAST.match(low, t.end))


# A bombardment verb told with its means (types57): "pounded the front-line city of X with guided aerial
# bombs", "pounds Odesa with drones", "pounded Kharkiv with drones and glide bombs" is an air/drone strike,
# as the corpus codes them (b54-067, a20-069, l29-005); the verb alone ("pounded X", "pounded X with
# artillery") stays a shelling, and so does a means that names a missile, rocket or gun beside the drones
# ("pounded Kyiv with drones and missiles": a combined strike, coded as missiles). The "with" stands within a
# bounded reach after the verb, and the means are the triggers in a bounded window after it.
_POUNDING_VERBS = ("pound", "bombard")
_POUNDED_WITH = re.compile(r"\bwith\s")
_POUNDED_WITH_REACH = 90  # characters from the verb to its "with" ("pounded the front-line city of X with")
_POUNDED_MEANS_CHARS = 60  # characters after "with" in which its means are read ("hundreds of drones and 19")


def _pounded_with(low: str, verb: Trigger, specific: list[Trigger]) -> str | None:
    """"Air/drone strike" when the bombardment ``verb`` is told "with" aerial means only, else None."""
    with_ = _POUNDED_WITH.search(low, verb.end, min(len(low), verb.end + _POUNDED_WITH_REACH))
    if with_ is None or any(c in low[verb.end:with_.start()] for c in ".;:|"):
        return None
    means = [t for t in specific if with_.end() <= t.start < with_.end() + _POUNDED_MEANS_CHARS]
    if means and all(t.sub == "Air/drone strike" for t in means):
        return "Air/drone strike"
    return None


def _ground_fight(low: str, triggers: list[Trigger], specific: list[Trigger]) -> Trigger | None:
    """The clash trigger of a clause whose every weapon is told as its means, else None (also a clash
    referred back to: "The fighting was heaviest near X, with artillery and tank fire exchanged")."""
    ground = next((t for t in triggers if t.sub == "Armed clash"), None)
    if ground is None:
        return None
    if all(_as_means(low, t) for t in specific if t.sub in _MEANS_SUBS):
        return ground
    return None


# A ground assault that used drones among its arms (types62: blind b56-070 "attacked a police station ...
# with explosives-laden drones and rifles", b59-071 "attacked a post ... with quadcopters and heavy weapons",
# b47-078 "used explosive-laden drones before storming the camp", coded Armed clash): the weapon joined by
# "and" to the arms of a fight on the ground, or followed by the storming, is one of the assault's means, not
# a strike of its own. A drone attack with no such arms ("attacked a police station with drones") stays an
# air strike, and so does one beside missiles ("pounded Kyiv with drones and missiles"), and strikes beside
# gunfire that no assault verb tells ("drone strikes and gunfire killed 10 Palestinians": w2-025; neither an
# air campaign's word nor a bare killing is the assault). One optional word between (the weapon's second
# word: "explosive-laden drones"); read with .match at the weapon's end (bounded, linear).
_ASSAULT_ARMS_AFTER = re.compile(
    r"(?:\s{1,3}[\w-]{1,30})?\s{1,3}(?:(?:and|as\s{1,3}well\s{1,3}as)\s{1,3}"
    r"(?:(?:heavy|small|light|automatic|assault)\s{1,3})?(?:rifles|guns|arms|weapons|firearms|"
    r"machine[\s-]guns)|before\s{1,3}(?:storming|overrunning|raiding))\b")


def _armed_assault(low: str, fresh: list[Trigger], specific: list[Trigger]) -> tuple[Trigger, str] | None:
    """The assault trigger and its sub-type (an attack on civilians by its victims, else a clash) of a clause
    whose every remote weapon is one of a ground assault's arms (_ASSAULT_ARMS_AFTER), else None."""
    weapons = [t for t in specific if t.sub in _MEANS_SUBS]
    if not weapons or not all(_ASSAULT_ARMS_AFTER.match(low, t.end)
                              and not low.startswith(_AIR_CAMPAIGN, t.start) for t in weapons):
        return None
    assault = [t for t in fresh if t.sub == "Armed clash"
               or t.sub == GENERIC and not _KILLING.fullmatch(low, t.start, t.end)]
    if not assault:
        return None
    if any(t.sub == "Armed clash" for t in assault):
        return next(t for t in assault if t.sub == "Armed clash"), "Armed clash"
    victims = next((v for t in assault if (v := _victims(low, t)) is not None), None)
    return assault[0], "Attack" if victims == "Attack" else "Armed clash"


# Settlers as the doers of a generic attack with no victims named as armed or civilian ("Settlers attack
# shepherds", "Settler attack on al-Mughayyir leaves one dead"): as ACLED codes them, an attack on civilians.
_SETTLERS_BEFORE = re.compile(r"\b(?:settlers?|colonists)\s{1,3}(?:[a-z-]{1,20}\s{1,3})?$")
_SETTLERS_CHARS = 40
_RAIDER_CHARS = 30  # how far before a raid its doer is named ("Israeli troops raided", "forces raid")
# The civilian words that are a camp's name, not people ("the Nur Shams refugee camp").
_CAMP_VICTIM = re.compile(r"(?:displacement|refugee|idp|displaced) (?:camps?|sites?)\b")


# A state named by its adjective or its forces' own name right before the raid: "IDF raid on Jenin refugee
# camp", "Israeli raid on Nur Shams camp", "Indian army raid" (the actor table's countries and state forces).
_STATE_MODIFIER = re.compile(r"\b(?:" + alternation(
    [c["adjective"].lower() for c in COUNTRIES.values()] + [n.lower() for n in STATE_FORCE_NAMES])
    + r")(?:\s{1,3}(?:army|military|police|security|special|forces|naval|air))?\s{1,3}$")


def _state_raider(low: str, start: int) -> bool:
    """Whether a state's forces are named just before a raid ("Israeli forces raid", "troops raided",
    "IDF raid"), with no armed group between them and it."""
    gov = [m.end() for m in _GOVERNMENT.finditer(low, max(0, start - _RAIDER_CHARS), start)]
    if not gov and _STATE_MODIFIER.search(low, max(0, start - _RAIDER_CHARS), start):
        return True
    return bool(gov) and NON_STATE.search(low, gov[-1], start) is None


def state_fights_back(low: str, start: int) -> bool:
    """Whether the first armed side a sentence names before its act at ``start`` is a state's forces ("Police
    and soldiers pushed the gunmen back", "as police exchanged fire with the attackers"): the state fighting
    attackers just told, not the attackers striking an armed side ("Fighters stormed army positions")."""
    gov = _GOVERNMENT.search(low, 0, start)
    if gov is None:
        return False
    other = NON_STATE.search(low, 0, start)
    return other is None or gov.start() < other.start()


def _abduction_killing(low: str, fresh: list[Trigger]) -> tuple[Trigger, str] | None:
    """The killing told beside an abduction ("killing nine people and abducting dozens"), with the sub-type
    its victims give (an attack on civilians, a clash with soldiers), else None. Beside: a few words apart,
    one act's two verbs ("after he reported on enforced disappearances" is another matter)."""
    taken = [t for t in fresh if t.sub == "Abduction/forced disappearance"]
    for t in fresh:
        if t.sub == GENERIC and _KILLING.fullmatch(low, t.start, t.end) and any(
                max(a.start - t.end, t.start - a.end) <= _BESIDE_CHARS for a in taken):
            victims = _victims(low, t)
            if victims is not None:
                return t, victims
    return None


_BESIDE_CHARS = 60  # how far apart a killing and an abduction are told as one act's two verbs


def _victims(low: str, t: Trigger) -> str | None:
    """Who a generic trigger struck: "Armed clash" for soldiers, "Attack" for civilians, None if unknown.

    The first victim word after the verb decides ("killed 12 fishermen", "attacked a police post");
    a bare figure after a killing verb is people ("gunman kills 39"); else the words before it, as
    the subject of a passive ("four policemen were killed")."""
    victims = _object_victims(low, t)
    if victims is not None:
        return victims
    after = low[t.end:t.end + 60]
    if _KILLING.fullmatch(low[t.start:t.end]) and _FIGURE.match(after):
        # (types67) "troops pursued the attackers and killed four of them", "Police repelled gang members ...,
        # killing four of them": the state's forces killing the side just told fight it, an Armed clash
        if OF_THEM.match(after) and state_fights_back(low, t.start):
            return "Armed clash"
        return "Attack"
    before = low[max(0, t.start - 50):t.start]
    if _KILLING.fullmatch(low[t.start:t.end]) and _FIGURE_BEFORE.search(before) \
            and not _ARMED_RE.search(before):
        return "Attack"  # "over 200 killed in ..."
    if not _PASSIVE.search(before) and not (
            low.startswith(_BARE_PARTICIPLES, t.start) and _HEADLINE_SUBJECT.search(before)
            and not _PARTICIPLE_OBJECT.match(low, t.end)):
        return None  # the words before an active verb are its doer, not its victims
    armed_b = [m.end() for m in _ARMED_RE.finditer(before)]
    civil_b = [m.end() for m in _CIVILIANS_RE.finditer(before)]
    if armed_b or civil_b:
        return "Attack" if civil_b and (not armed_b or max(civil_b) > max(armed_b)) else "Armed clash"
    return None


# The words of a day or a time between a passive verb and its agent ("was attacked on Saturday night by",
# "were ambushed late on Friday by", "was attacked overnight by"): only these, at most five (a bounded look),
# so an object between them ("attacked army posts by night") is never skipped (types53).
_AGENT_TIME_WORDS = ("on|late|early|overnight|at|in|the|last|this|night|morning|evening|afternoon|dawn|"
                     "daybreak|midnight|noon|weekend|" + _WEEKDAY_WORDS)
_AGENT_AFTER_TIME = re.compile(r"(?:\s{1,3}(?:" + _AGENT_TIME_WORDS + r")){1,5}\s{1,3}by\s")


def object_victims(low: str, start: int, end: int) -> str | None:
    """_object_victims of the generic trigger at ``start``-``end`` of the lower-cased sentence (the coder asks
    it of a clause's trigger)."""
    return _object_victims(low, Trigger(GENERIC, start, end))


# Members of a named armed group counted after a killing verb ("killed seven members of the ELN", "killed nine
# TTP members"): an armed side, as the guide's battles with a group (types53: the bare figure read them as
# people, the act as an attack on civilians). The group is one of the actor table's, read in lower case from
# at most six words (a bounded look).
_GROUP_NAMES = frozenset(g.lower() for g in NAMED_GROUPS)
_COUNTED_MEMBERS = re.compile(r"\s{1,3}(?:(?:at least|more than|over|about|nearly|some|up to)\s{1,3})?"
                              r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w{3,6}teen|"
                              r"twenty|thirty|forty|fifty|dozens|scores)\s{1,3}(?:suspected\s{1,3}|alleged\s{1,3})?"
                              r"(?:members\s{1,3}of\s{1,3}(?:the\s{1,3})?(?P<of>[\w' -]{1,60})|"
                              r"(?P<named>(?:[\w'-]{1,30}\s{1,3}){1,6}?)members\b)")


def _group_members(after: str) -> bool:
    """Whether ``after`` (the words after a killing verb) opens with a figure of a named group's members."""
    m = _COUNTED_MEMBERS.match(after)
    if m is None:
        return False
    if m.group("named") is not None:
        return " ".join(m.group("named").split()) in _GROUP_NAMES
    words = m.group("of").split()
    return any(" ".join(words[:k]) in _GROUP_NAMES for k in range(1, min(len(words), 6) + 1))


def _object_victims(low: str, t: Trigger) -> str | None:
    """The first victim word after the verb, within its clause ("killed 12 fishermen", "attacked a police
    post"): "Attack" for civilians, "Armed clash" for an armed side, None if none."""
    after = low[t.end:t.end + 60]
    if _KILLING.fullmatch(low, t.start, t.end) and _group_members(low[t.end:t.end + 90]):
        return "Armed clash"
    if after.startswith(" by ") and low.endswith(("ed", "dead", "down"), t.start, t.end):
        return None  # "two fishermen killed by insurgents": the passive's agent (not "an attack by ...")
    if low.endswith("ed", t.start, t.end) and _AGENT_AFTER_TIME.match(after) \
            and _PASSIVE.search(low, max(0, t.start - 40), t.start):
        # "A market in X was attacked on Tuesday by JNIM fighters who killed nine traders": the agent after
        # the day is the doer, not the side hit (types53: the blind files code these Attack by the victims
        # the relative clause names; the fighters read as victims made them battles).
        return None
    stop = _BOUNDARY.search(after)  # "nightclub attack: gunman kills 39": the victims are in its clause
    if stop is not None:
        after = after[:stop.start()]
    armed, civil = _ARMED_RE.search(after), _CIVILIANS_RE.search(after)
    if armed or civil:
        return "Attack" if civil and (not armed or civil.start() < armed.start()) else "Armed clash"
    return None


_BACKED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|accompanied|joined)\s{1,3}by\b|\balongside\b|"
                        r"\b(?:together|along)\s{1,3}with\b")
_AND_ALLY = re.compile(r"\s{1,3}and\s{1,3}(?:allied\s{1,3}|their\s{1,3})?(?:[\w'’-]{1,30}\s{1,3})?")
_ALLY_CHARS = 60  # how far after the forces their backers are named


def _ally(before: str, gov: list[int], start: int) -> bool:
    """Whether the non-state group at ``start`` is named as an ally of the government's forces just
    before it ("troops backed by clan militias", "troops and Wagner fighters"), or the forces at ``start`` as
    an ally of the group whose ends ``gov`` then lists ("M23 rebels backed by Rwandan troops")."""
    i = bisect.bisect_left(gov, start) - 1
    if i < 0 or start - gov[i] > _ALLY_CHARS:
        return False
    end = gov[i]
    return _BACKED_BY.search(before, end, start) is not None \
        or _AND_ALLY.fullmatch(before, end, start) is not None


# Aircraft named as the support of ground troops are no strike of their own: "its troops, backed by
# aircraft, had repelled the assault", "Israeli forces backed by drones and helicopters clashed with
# gunmen", "soldiers backed by air force jets repelled an attack" (the ground fight is the act).
_SUPPORTED_BY = re.compile(r"\b(?:backed|supported|aided|assisted|covered)\s{1,3}by\s{1,3}"
                           r"(?:[\w'’-]{1,30}\s{1,3}){0,2}$")
_SUPPORTED_BY_CHARS = 75


def _air_support(low: str, violence: list[Trigger]) -> list[Trigger]:
    """``violence`` without the air strikes named as the support of another act the sentence tells
    (unchanged when nothing else is left)."""
    rest = [t for t in violence if not (t.sub == "Air/drone strike" and _SUPPORTED_BY.search(
        low, max(0, t.start - _SUPPORTED_BY_CHARS), t.start))]
    return rest or violence


def _territory(before: str, sub: str) -> str:
    """Who took the ground decides the sub-type: government forces regain, others overtake."""
    non_ends = [m.end() for m in NON_STATE.finditer(before)]
    # A state's forces named as the backers of an armed group just before them ("M23 rebels backed by Rwandan
    # troops seized most of Goma", "rebels supported by foreign soldiers took X") do not take the ground: the
    # group does, as allies named after the government's forces do not (below).
    gov = [m.end() for m in _GOVERNMENT.finditer(before) if not _ally(before, non_ends, m.start())]
    # Allies named after the government's forces do not take the ground: "Somali forces backed by clan
    # militias recaptured X", "Malian troops backed by Wagner fighters took control of Kidal", "Malian
    # troops and Wagner fighters retook Anefis" (the forces named first lead).
    non = [m.end() for m in NON_STATE.finditer(before) if not _ally(before, gov, m.start())]
    if gov and (not non or max(gov) > max(non)):
        return "Government regains territory"
    if non:
        return "Non-state actor overtakes territory"
    return sub


# The killing verb of a strike, shelling or bombing told beside a rally is that act's toll, not force on the
# crowd: "rallied in Rabat ... hours after an Israeli strike killed 12 in Khan Younis", "protested in Amman
# against Israeli strikes that killed 20 in Rafah" (the gap from the remote act's trigger to the verb: its
# noun, a place it hit, a relative pronoun, an auxiliary; bounded; a word the sentence does not report,
# blanked to spaces, is a space run). Forces' own fire ("security forces shot dead three protesters ...,
# hours after a drone strike killed eight") is still force against the crowd.
_REMOTE_VERB_GAP = re.compile(r"\s{1,12}(?:(?:strikes?|attacks?|barrages?|raids?|shells?)\s)?"
                              r"(?:(?:on|in|near|at)\s(?:[\w'’-]{1,30}\s){1,4}?)?"
                              r"(?:(?:that|which)\s)?(?:(?:has|have|had)\s)?(?:(?:also|reportedly)\s)?")
_REMOTE_VERB_CHARS = 60


def _lethal_force(low: str, remote_ends: list[int]) -> bool:
    """Whether the sentence tells lethal force (_FORCE) that is not the killing verb of a remote act ending
    at one of ``remote_ends`` (sorted) just before it."""
    for m in _FORCE.finditer(low):
        i = bisect.bisect_right(remote_ends, m.start()) - 1
        if i < 0 or m.start() - remote_ends[i] > _REMOTE_VERB_CHARS \
                or _REMOTE_VERB_GAP.fullmatch(low, remote_ends[i], m.start()) is None:
            return True
    return False


def _demonstration_clause(low: str, triggers: list[Trigger], remote_ends: list[int] | None = None) -> Clause:
    first = min(triggers, key=lambda t: (_ORDER[t.sub], t.start))
    sub = first.sub
    if sub == "Peaceful protest":
        # Rioters fired on are a violent demonstration still (the corpus guide): the crowd decides first.
        if _VIOLENT_CROWD.search(low):
            sub = "Violent demonstration"
        elif _lethal_force(low, remote_ends or []):
            sub = "Excessive force against protesters"
        elif _INTERVENTION.search(low):
            sub = "Protest with intervention"
        elif _ROAD_BLOCKED.search(low):
            sub = "Violent demonstration"
    return Clause("demonstration", sub, first.start, first.end, first.back_reference, True, _spans(triggers))
