"""The ``roles`` component: the role each place mention plays in its article.

- ``origin``: the dateline ("MOSCOW (Sputnik) —") or where a statement was made ("told reporters
  in Kyiv", "the foreign ministry in Paris condemned").
- ``actor``: the place stands for its government or people (metonymy): "Washington later admitted",
  "Moscow expressed hope", "brokered by Qatar", "delegations from Mali", "Russia's foreign ministry",
  and demonyms inside actor names or before weapons ("Syrian army", "a Russian missile").
- ``venue``: where a meeting or agreement took place ("agreed in Geneva", "talks in Doha", "the
  Geneva talks").
- ``event_site``: where an action happened ("near the Deir ez-Zor airport", "shelled Kharkiv",
  "Kharkiv was shelled", "Kherson shelling kills 3").
- ``context``: named in passing, or the parent of a site ("Bakhmut, in Donetsk region").

The rules read a few words either side of the mention, tried in the order of this table; the name
in ``Role.rule`` says which decided (the learned roles model reads it as a feature, so the names are
stable):

=================== ============ ==================================================================
rule                role         reads
=================== ============ ==================================================================
dateline            origin       the first line opens with the place and "(AP) —", "—", ":", ...
                                 (also the second city of "NEW DELHI/ISLAMABAD", and after a byline;
                                 not a headline's topic over a dated dateline: "Chad: ...\n\nN'Djamena,
                                 May 3 (AFP) -")
dateline_country    origin       the country after a dateline ("KHARKIV, Ukraine (AP) —")
headline_topic      event_site   a one-line text opens with the place and ":", " - ", " | "
                                 ("Kharkiv: two killed in shelling"; "Idlib city:", "X countryside:")
demonym             actor/ctx.   a demonym before an actor noun or a weapon ("Russian missile")
right               actor        a named armed group or body with the place in its name ("Sudan
                                 Liberation Army", "Arakan Army-held"); a country before its forces
                                 or weapons ("attacks on US forces", "a U.S. drone strike"); a
                                 region before its forces or police ("Puntland forces killed")
right               context      a ship's flag ("UK-owned tanker")
right               actor        possessive or verb after the place ("Russia's defence ministry",
                                 "Moscow said", "US, Saudi suspend talks")
left                actor        "brokered by X", "delegations from X", "talks between X and Y"
headline_passive    event_site   a sentence opening with the place (alone or in a list) and a
                                 participle with no object ("Sderot shelled, two wounded",
                                 "Syzran refinery hit by drones", "X under fire")
subject             event_site   a sentence opening with the place and, within three words, a
                                 trigger used as a noun ("Kadugli bombardment kills 7", "Kostiantynivka
                                 market strike", "X death toll rises"), or past an aside after a
                                 verb that takes a place ("X, the main town of Y, saw heavy fighting",
                                 "X, which ..., came under fire"; the lead after a dateline opens its
                                 sentence); not before a verb with a place as object ("Israel shells
                                 Kfar Kila"), never a country
office_victim       event_site   the seat of a local office whose holder the act befell ("The mayor
                                 of X, a city in Y, was shot dead", "killed the deputy governor of
                                 X", "X's deputy mayor was shot dead"); its parent stays context
left                origin       "said in X", "the ministry in X", "speaking to troops in X",
                                 "police in X said", "the junta in X announced", "the mission in
                                 X said" (a city, not a country)
right               context      a road named after two towns ("the Monywa-Mandalay road")
left                context      the town a road leads to when its sentence places the act at
                                 another name ("In Mogadishu, a bomb hit a minibus on the road to
                                 Afgoye"); alone it stays the site
left                context      beside a trigger that reports nothing, nearer than any real one
                                 ("threatened to strike Kyiv", "Talks in Jeddah postponed", "after
                                 the killing of a singer in X"); people or fire from a place
                                 ("students from X", "gunmen from X", "aid trucks from X", "rockets
                                 fired from southern X", "troops arrived from X", "came from across
                                 the border in X", "soldiers from the army's base in X", "a monitor
                                 based in X", "which is active across X", "moved south from X",
                                 "spreading from X"); a source reached by phone ("told Reuters by
                                 phone from X", rule ``teller``); where people went, fled or were
                                 taken ("fled to X", "a convoy heading to X", "advanced toward
                                 X", "returning from X", "taken to hospitals in X", "fleeing X",
                                 "arrives in X", "hostages held in
                                 X"); troops still to be sent ("to deploy troops to X"); a site in a
                                 part of a line (";", "|") with no trigger, beside a part that names
                                 its own place ("call lockdown in X ahead of ...; army kills five
                                 near Y")
left                event_site   a target verb or noun before it, in any tense ("shelled X", "Drone
                                 strike hits X", "Army retakes X", "took control of X", "the
                                 bombing of X", "an attack on a X market", "the towns of X and Y",
                                 "deployed troops to X", "rockets towards X", "X police detain"; a
                                 town's crowd beside a protest or riot, "arrest X youths marching")
                                 or a passive after it ("X was shelled", "X came under artillery fire")
off_town            event_site   a town after a sea's site ("in the Red Sea off Mokha", precision 2;
                                 the sea is context); a country there only places the sea
right               context      an accord or a truce named after a place ("after the Washington
                                 accord", "the Gaza ceasefire"), and a locative by its trigger
(none)              venue        "the X talks"
left                site/venue   a locative ("in", "near", "30 km north of", "the southern
                                 countryside of", "on the road out of") by the nearest trigger
part_of             context      a parent of a site: before "'s" ("Warrap's Tonj", "Russia's
                                 Bryansk region"), after it ("Bakhmut, in Donetsk region", "Bara, a
                                 town in North Kordofan"), or a country/province holding a town
                                 site of the same clause (a district: only when it lies within 40
                                 km of that town, is named right after it or frames it before,
                                 "Moreh in Manipur's Tengnoupal district"; not "killed six in
                                 Culiacán, and ... clashes in Elota municipality"); a reference
                                 town after a site or a district
                                 ("Sake, 25 km west of Goma", "Muqdadiya, north-east of Baqubah",
                                 "Kosti, a city on the White Nile 300 km south of Khartoum", not a
                                 village's apposition); a front's town before the site of its act
                                 ("on the Kupiansk front ... near Petropavlivka"); the
                                 city around a named part ("the Dasht-e-Barchi area of western Kabul",
                                 "near Oicha in Beni territory"); a headline's topic or subject when
                                 the headline names a site of the same event after it ("Borno: ...
                                 kill 12 in X"); a name that only frames a site when the gazetteer
                                 cannot say so: a facility's town ("Azovstal steelworks in
                                 Mariupol"), "X state", "in northern X", ", Basilan, on Tuesday", an
                                 apposition ("Solhan, a village in Yagha province"), a name the
                                 text calls a region whatever the gazetteer has ("Ilaga, Puncak
                                 regency,"); a compass reference in a sentence that retells an
                                 act placed before ("The strikes set off fires ..., north of the
                                 port city of Hodeidah"), and the sea or region it lies on
sole_modifier       event_site   a one-line text's only place, opening it before a lowercase word, with
                                 its one violent or protest act told after "after" ("Mogadishu fuel
                                 prices jump after al-Shabaab mortar attack on port")
past_anchor         context      a site or venue whose own phrase dates it to an earlier year or
                                 month, within four words after the name ("who captured Goma in
                                 January", "Since the fall of Avdiivka in February 2024"; not past a
                                 comma: "Baidoa, which was encircled in 2023, came under fire", but
                                 past a short apposition: "Goma, the largest city in the region, in
                                 January"); or inside a "when" clause hung on an earlier year ("since
                                 2023, when 23 soldiers died in Dera Ismail Khan")
left                origin       where the tellers of a report are, when the sentence names a site
                                 after them ("Medics in Khan Younis said an Israeli strike on Rafah
                                 ...", "Journalists in Kyiv heard explosions as missiles struck Y")
=================== ============ ==================================================================

A dateline is an origin whatever follows it. A leading Arabic article left out of the mention ("in
El Fasher" is the mention "Fasher") does not hide the locative. Coordinated names share a role: a
``left`` rule carries forward along a list (a site not to the second end of "between A and B": it only
bounds a stretch), ``right``, ``headline_passive`` and ``subject`` backward
("Kherson, Bilozerka and Antonivka shelled"); names the gazetteer lacks, listed before a known one,
do not hide the words before the list ("raids on Aita al-Shaab and Bint Jbeil"). A locative belongs
to the trigger it follows unless a clause break separates them ("fighting intensified in X, and
shelling was reported near Y"). Which of site or venue a locative gives depends on the
nearest event trigger in the sentence. The geographic precision of a site follows its preposition
and the place's kind: "in" a town is 1, "near" or "outside" it 2, a province (or "X region") 2, a
country or region 3. Every pattern reads a window of at most 80 characters, or a gap between two
mentions of at most 60: the rules are linear in the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import lru_cache

from mapper.config import Config
from mapper.doc import Doc
from mapper.events.datelines import DATELINE_PAIR as _DATELINE_PAIR
from mapper.events.datelines import after_lead_in, dateline_rest
from mapper.events.dates import parse_date
from mapper.events.lexicon import (
    ACTS_RETOLD,
    AIRSPACE_BREACHES,
    ATTRIBUTES,
    CLAIMS,
    SAID,
    SAYING,
    SAYING_STEMS,
    SIDE_ACTS,
    SPEAKING,
    SPEAKS,
    SPEECH_NOUNS,
    STRUCK,
    SUBJECT_VERBS,
    TELLS,
    alternation,
)
from mapper.events.prefilter import (
    LiteralScan,
    Prefiltered,
    PrefilteredGroup,
    TailGate,
    WordGate,
    WordGateSet,
    at_word_starts,
    gate_text,
    literal_heads,
)
from mapper.events.triggers import REPORT_BREAK, Clause, find_triggers
from mapper.events.wordhits import WordHits
from mapper.gazetteer.names import normalize
from mapper.geo import distance_km
from mapper.geoparse.recognize import CALENDAR, NATURAL_HEADS, opens_later_report
from mapper.io.boilerplate import Boilerplate
from mapper.model import Mention, Place, Role

_ACTOR_NOUNS = (r"government|foreign|defen[cs]e|interior|ministry|president|prime|army|military|forces|"
                r"troops|"
                r"navy|air force|envoy|ambassador|delegations?|leaders?|officials?|authorities|stance|"
                r"position|"
                r"decision|move|representatives?|intelligence|police|security|parliament|cabinet|regime|"
                r"allies|partners|request|jets?|warplanes?|planes?|drones|missiles|soldiers?|pilots?|diplomats?|"
                r"embassy|mission|junta|administration|top|chief|demands?|proposal|offer|role|support|"
                r"influence|backing|secretary|governor|mayor|commissioner|council|command|general staff|"
                r"spokes(?:man|woman|person)|media|television|warships?|marines|"
                # "Plateau state, on Sunday" names the state; "Russian state media" is the state
                r"state\s+(?:media|television|tv|news|agency|department|prosecutors?|officials?|security|forces)")
_POSSESSIVE_ACTOR = re.compile(r"(?:'s?|’s?)\s+(?:\w+\s+){0,2}?(?:" + _ACTOR_NOUNS + r"|service|agency|"
                               r"incursion|rivals|negotiators|mediators|commanders?|"
                               r"guards?|offensive|rulers?|state)\b"
                               # "Kirkuk's provincial government building": a building, not the government
                               r"(?!\s+(?:building|buildings|headquarters|compound|complex|offices?|palace|"
                               r"house|base|bases|barracks|airport|hq)\b)", re.I)
_SUBJECT_VERB = re.compile(
    r"\s+(?:\w+ly\s+|has\s+|have\s+|had\s+|will\s+|would\s+|later\s+|then\s+|also\s+|again\s+|"
    r"on\s+\w+\s+|itself\s+|now\s+|is\s+(?:deeply\s+|very\s+)?|was\s+(?:deeply\s+|very\s+)?)*"
    r"(?:" + alternation(SUBJECT_VERBS) + r"|\'s response|soon\s+\w+|undermin\w+|"
    # a state's plans in headline tense: "Ethiopia and Eritrea to hold talks", "Kenya to send 600 more police"
    r"to\s+(?:hold|send|deploy|resume|join|sign|host|reopen|close|withdraw|expel|impose|boost|restore))\b")
# A headline that opens on the place's kind before its name: "Armenian border village Sotk shelled, 2 soldiers
# killed" (the name is the passive's subject, as at a headline's start; read on the lowered left context).
_SETTLEMENT_OPENER = re.compile(r"(?:[\w'’-]{1,30}\s){0,3}(?:village|town|city|settlement|kibbutz|hamlet|"
                                r"camp)\s")
# "back" as an adverb is no verb of the place before it: "MNDAA hands Lashio back to junta", "handed Mogok
# back under a deal" (the town handed over; "Kenya backs the plan" stays the state's act).
_BACK_ADVERB = re.compile(r"\s+back\s+(?:to|under|over|into|from|after|in|on)\b")
# A place after a preposition is not the subject of the verb after it ("flights to Haiti suspended").
_PREPOSITION_BEFORE = re.compile(r"\b(?:to|from|for|of|with|against|into|at|on|in|by|over|across)\s+"
                                 r"(?:the\s+)?$")
# A named armed group or body with the place in its name: "Sudan Liberation Army", "Arakan Army",
# "Jalisco New Generation Cartel", "Freedom of Russia Legion", "Kashmir Tigers", "Central Command" (a
# military command, not the town Central).
_ORG_AFTER = re.compile(r"(?:\s+(?:People['’]s|New|[A-Z][a-z]{1,20})){0,3}\s+"
                        r"(?:Army|Front|Movement|Forces|Brigades?|Cartel|Legion|Tigers|Alliance|Militia|Battalion|Division|Corps|Regiment|Command|"
                        r"Liberation\s+[A-Z]\w+)\b")
# A military unit named after the area it fights in: "the Kherson group of forces said", "Russia's Dnipro
# grouping of troops", "the Khortytsia operational-strategic group": the unit's name, no place of an act.
_UNIT_AFTER = re.compile(r"\s{1,3}(?:(?:operational(?:-strategic)?\s{1,3})?group(?:ing)?\s{1,3}of\s{1,3}"
                         r"(?:forces|troops)|operational(?:-strategic)?\s{1,3}(?:group|command))\b", re.I)
# A transnational group's branch named after its region: "the Islamic State in the Sahel", "Islamic State
# in the Greater Sahara", "al-Qaeda in the Arabian Peninsula" (read in the lowered left context): the group's
# name (its affiliation, as the guide codes "Arakan Army"), not a place where it acted.
_BRANCH_OF = re.compile(r"\b(?:islamic\s{1,3}state|al[- ]?qa['e]?i?da|isis|isil|daesh)\s{1,3}(?:in|of)\s{1,3}"
                        r"(?:the\s{1,3})?(?:greater\s{1,3})?$")
# A country's armed forces or weapons: "attacks on US forces", "a U.S. drone strike", "US strikes".
_ARMED_AFTER = re.compile(r"\s+(?:forces|troops|soldiers?|army|military|navy|warships?|marines|jets|"
                          r"warplanes|embassy|aircraft carrier|special forces|servicem[ae]n|destroyers?|"
                          r"frigates?|submarines?|(?:military\s+|air\s+)?bases?)\b", re.I)
_COUNTRY_WEAPON = re.compile(r"\s+(?:(?!(?:with|and|in|on|at|after|as|by|for|from|to|of)\b)[\w-]{1,30}\s+)"
                             r"{0,2}"
                             r"(?:missiles?|air\s?strikes?|strikes?|drones?|shelling|artillery|rockets?|bombs?|"
                             r"bombers?|aircraft|helicopters?|department|mediators|negotiators|"
                             + _ACTOR_NOUNS + r")\b", re.I)
# A region's own forces, not in a locative: "Puntland forces killed 12 militants", "Jubaland security forces".
_REGION_FORCES = re.compile(r"\s+(?:security\s+|regional\s+|state\s+)?(?:forces|troops|police)\b", re.I)
# "UK-owned cargo ship", "Barbados-flagged bulk carrier": the flag of a ship, not a site or an actor.
_FLAG_AFTER = re.compile(r"-(?:owned|flagged|registered|operated|linked|bound)\b")
# "The strike was widely blamed on the United States", "attributed to Russia": who is said to have acted.
_BLAMED_ON = re.compile(r"\b(?:blam(?:e|es|ed|ing)|pinn(?:ed|ing)|attribut(?:e|es|ed|ing))\s+"
                        r"(?:it\s+|them\s+)?(?:on|to)\s+(?:the\s+)?$")
_BACKED_AFTER = re.compile(r"-(?:led|backed|allied|aligned|sponsored|funded|armed|supported)\b")
_BY = re.compile(r"(?<!near )(?<!passed )(?<!stand )\bby\s+(?:both\s+|the\s+)?$")
_MEMBERS_OF = re.compile(r"\b(?:delegations?|envoys?|officials?|representatives?|diplomats?|ministers?|"
                         r"foreign ministers?|leaders?|ambassadors?|negotiators?|presidents?|governments?|"
                         r"heads of state|allies|embassy|embassies|"
                         r"(?<!its )(?<!their )(?:troops|forces|soldiers))"
                         r"\s+(?:from|of)\s+(?:the\s+)?$|\b(?:ambassadors?|envoys?)\s+to\s+(?:the\s+)?$")
_BETWEEN = re.compile(r"\b(?:talks|negotiations|agreement|deal|truce|ceasefire|meeting|summit|relations|"
                      r"dialogue|"
                      r"tensions|war|treaty|accord|pact|clashes|fighting|battles?|hostilities|conflict|violence)\s+"
                      r"(?:\w+\s+){0,2}?(?:between|with)\s+(?:the\s+)?$|"
                      r"\b(?:mediated|hosted|brokered) by\s+(?:the\s+)?$")
_ACTOR_AFTER = re.compile(r"(?:-(?:led|backed|allied|aligned|brokered|sponsored|based)\b|-[A-Z])|"
                          r"\s+(?:" + _ACTOR_NOUNS + r")\b")
# A state named as the object of a warning, threat, demand or charge is the state addressed (heads53):
# "Iran threatens Israel", "Ethiopia warns Sudan", "Kinshasa urges Kigali to", "Tehran accuses Baku of",
# "World Court orders Myanmar to" (read on the lowered left context; a country or a capital only).
_ADDRESSED_BEFORE = re.compile(r"\b(?:warns|warned|threatens|threatened|urges|urged|accuses|accused|orders|"
                               r"ordered|summons|summoned|condemns|condemned|presses|pressed)\s{1,3}$")
# ... and only when what follows closes the object ("warns Israel of", "urges Kigali to", "Iran warns Israel"
# at the end): "warns Tripoli calm 'fragile'", "warns Beirut residents", "condemns Nairobi charter" name
# something of the place, not the state.
_ADDRESSED_AFTER = re.compile(r"\s{0,3}(?:(?:of|to|over|against|with|for|not|that|after|if|on|about|amid)\b|"
                              r"[,;:.]|$)")
_ADDRESSED_CHARS = 16  # the longest match, "threatened" and three spaces, and a margin
# A country and another side before what they do together: "Somalia, Jubaland forces clash in X", "Congo,
# M23 talks in Doha stall", "Thai, BRN negotiators to meet" (the country is a side, not a place).
_SIDE_AFTER = re.compile(r",\s(?:[A-Z][\w'’-]{1,20}+\s){1,2}(?:forces|troops|fighters|negotiators|"
                         r"delegations|(?:peace\s)?talks|clash(?:es)?)\b")
# A demonym before a weapon or an attack stands for the state that used it ("Russian missile strike").
_DEMONYM_ACTOR = re.compile(r"(?:-(?:led|backed|brokered|mediated|sponsored|funded|supplied|made|built|"
                            r"allied|aligned)\b|\s+(?:[\w-]+\s+){0,2}(?:" + _ACTOR_NOUNS + r"|missiles?|"
                            r"air\s?strikes?|strikes?|drones?|attacks?|shelling|artillery|tanks?|rockets?|"
                            # "repelled a Russian assault": whose forces acted
                            r"assaults?|offensives?|raids?|incursions?|advances?|bombardments?|"
                            r"bombs?|bombers?|aircraft|helicopters?|mediators|negotiators|shells|"
                            # the side hit by what it holds (heads53): "drones hit Ukrainian positions",
                            # "fired on Kyrgyz positions", "ambushes Burkinabe convoy", "Russian Shaheds"
                            r"positions|trenches|posts?|convoys?|checkpoints?|guards|shaheds?)\b)", re.I)
_STATEMENT_FROM = re.compile(
    r"\b(?:" + alternation(SPEAKING | SPEECH_NOUNS | {"announced"})
    + r"|told [\w ]{0,25}?|statement(?: \w+){0,2}|"
    # "told a meeting of state governors in Juba", "told an emergency session of parliament in Kampala": the
    # meeting where the statement was made, named with its members (longer than the plain "told"'s audience;
    # the meeting itself is no talks then, triggers._SPOKE_AT; meetings52)
    r"told (?:an?|the) (?:[\w'-]{1,30} ){0,4}?(?:meeting|summit|conference|session|gathering|forum)"
    r"(?: of(?: [\w'-]{1,30}){1,4})?|"
    # a headline's present: "Zelensky tells reporters in Kyiv" (not a survivor who "tells of" a night in X)
    r"tells (?!of\b)[\w ]{0,25}?|"
    # "in a statement read on state television in Kinshasa": the statement's place, not the broadcaster's
    r"statement (?:read|broadcast|aired) (?:out )?on (?:the )?(?:[\w-]{1,30} ){0,2}?(?:television|tv|radio)|"
    # "In a televised address from Damascus", "in his nightly address from Kyiv": a speech (not a street
    # address: "the address in X")
    r"(?:televised|television|radio|video|national|nationwide|annual|live|evening|nightly|daily|weekly|"
    r"morning)\s+address|"
    # "Speaking to troops in Omdurman", "speaking at a reconciliation forum in Bamenda", "Speaking on state
    # television in Bamako", "Talking to reporters in Islamabad", up to eight words between ("speaking at her
    # daily news conference at the National Palace in Mexico City"; not a source who "spoke on condition of
    # anonymity", nor the topic of one who "spoke on Monday about the massacre in Baga")
    r"(?:speaking|spoke|talking|talked|addressing|addressed)\s+(?:to|at|before|on)"
    r"(?:\s+(?!(?:in|from|condition|about)\b)[\w'-]{1,30}){1,8}|"
    # "Addressing a rally in Gondar", "addressed supporters in Bor": where a speech was given
    r"(?:addressing|addressed)(?:\s+(?!(?:in|from)\b)[\w'-]{1,30}){1,4}|"
    # "in a speech at a mosque in Damascus", "in a speech to parliament in Kampala": the speech's hall or
    # audience, then its town (up to five words between)
    r"(?:speech|address|remarks|sermon)\s+(?:at|to|before)(?:\s+(?!(?:in|from|near|about)\b)[\w'-]{1,30}){1,5}|"
    # "in a video filmed near Bol", "a video message recorded in Port Sudan": where the speaker was filmed
    r"(?:video|footage)\s+(?:message\s+)?(?:filmed|recorded|shot))"
    r"\s+(?:(?:on|late|earlier|later|today|yesterday|\w+day)\s+)*"
    r"(?:in|from|near(?:(?<=filmed near)|(?<=recorded near)|(?<=shot near)))\s+(?:the\s+)?$")
# A town naming a person's home after a locative and a possessive: "Police arrest opposition leader at his
# Dakar home", "Gendarmes arrest rapper at his Lome home" (the town is where the act was, as "at his home in
# Dakar").
_OWNER_BEFORE_ENDS = (" his ", " her ", " their ")
_OWNER_BEFORE = re.compile(r"\b(?:at|in|inside|outside|near|from)\s(?:his|her|their)\s$")
_HOME_AFTER = re.compile(r"\s{1,3}(?:home|house|residence|compound|apartment|flat|farm)\b")
# A speaker's visit in apposition, then the speaker's present-tense words: "Zelenskiy, visiting Kharkiv, vows
# more air defence", "Tinubu, touring Maiduguri, pledges ...": the place of the visit is where the words were
# spoken (a headline's statement). Not a past "promised to send troops" (p41-092 codes no event), nor a visit
# with no words after it ("Blinken, visiting Cairo, met ...": the talks rule's).
_VISITING_BEFORE = (", visiting ", ", touring ")
_VISITING_SAYS_AFTER = re.compile(r",\s(?:" + alternation(SPEAKS | {"pledges", "promises"}) + r")\b")
# A gathering still to be held, whose noun reads like a place of speaking ("conference in X"): "said it would
# host a regional security conference in Baidoa next month", "plans to convene a peace summit in Addis Ababa".
# Where it is to meet is no statement's origin (read on a bounded window of the left context: linear).
_PLANNED_GATHERING = re.compile(r"\b(?:would|will|to|shall)\s{1,3}(?:(?:soon|also|again|jointly)\s{1,3})?"
                                r"(?:host|hold|convene|organi[sz]e|stage|call)\s{1,3}(?:an?|the|its|their|his|her)"
                                r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,4}?(?:conference|summit|forum|meeting|congress)"
                                r"\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?$", re.I)
_PLANNED_CHARS = 160
# Every match names its gathering by one of these nouns; most windows hold none (gate_text: the window as
# re.IGNORECASE reads it).
_PLANNED_GATHERING_GATE = WordGate(_PLANNED_GATHERING,
                                   ("conference", "summit", "forum", "meeting", "congress"))
# A source reached at a distance: "told Reuters by phone from X", "spoke to AP by telephone from X", "said in
# a phone call from X". Where the source is, not where anyone made a statement (the report is the outlet's).
# ("... by phone from nearby Beledweyne": a word that only says how far the source is keeps it a source.)
_BY_PHONE_FROM = re.compile(r"\b(?:by|over|via|on)\s{1,3}(?:the\s{1,3})?(?:(?:satellite|mobile|cell)\s{1,3})?"
                            r"(?:tele)?phone\s{1,3}(?:call\s{1,3})?from\s{1,3}(?:the\s{1,3})?(?:nearby\s{1,3})?$"
                            r"|\bphone\s{1,3}call\s{1,3}from\s{1,3}(?:the\s{1,3})?(?:nearby\s{1,3})?$")
_POLICE_IN = re.compile(r"\b(?:police|army|military|gendarmerie)\s+(?:sources?\s+|spokes\w+\s+)?in\s+"
                        r"(?:the\s+)?$")
# An office's words or orders follow its place: "the junta in Ouagadougou announced ...".
_SPEAKS_NEXT = re.compile(r"\s*,?\s+(?:has\s+|had\s+)?(?:" + alternation(SPEAKS)
                          + r"|call(?:ed|s)\s+(?:for|on))\b")
_SAID_NEXT = re.compile(r"\s*,?\s+(?:" + alternation(TELLS | {"confirmed"}) + r")\b")
# A governing body with its city is where it sits, not where anyone spoke: "the military government in
# Naypyitaw said", "fighting to topple the government in Mogadishu" (a person or ministry there speaks there).
_SEAT_IN = re.compile(r"\b(?:the|its|a|\w{1,30}['’]s|\w{1,30}-(?:led|backed|run)|military|ruling|federal|"
                      r"central|national|interim|transitional|rival)\s{1,3}"
                      # "the Taliban administration in Kabul", "the army-backed government in X"
                      r"(?:[\w-]{1,30}\s{1,3})?(?:government|junta|regime|administration)"
                      r"\s{1,3}in\s{1,3}$")
_RIVER_AFTER = re.compile(r"\s{1,3}[Rr]iver\b")
# A place's name as the name of a day kept or remembered: "protesters in Nairobi on Saba Saba anniversary",
# "rallies in Tehran on Quds Day", "Soweto Day marchers" (the day, not a place where anything happened;
# heads61). "Day" capitalised: a holiday's name ("a Kharkiv day of mourning" is not one).
_NAMED_DAY_AFTER = re.compile(r"\s{1,3}(?:Day|anniversary)\b")
# A crowd named by a place, then placed at another: "Police fire tear gas at Saba Saba marchers in Nairobi",
# "Gaza protesters in Tel Aviv" (the crowd's cause or home; the place after "in" or "at" is where it
# marched; heads61). Bounded: linear.
_CROWD_PLACED_AFTER = re.compile(r"\s{1,3}(?:marchers|protesters|demonstrators|mourners)"
                                 r"\s{1,3}(?:in|at)\s{1,3}")
# A place in a "since" phrase names the earlier act the time runs from, not the act told: "the heaviest
# fighting since the fall of Avdiivka", "the deadliest raid since the 2023 attack on the Koumbri garrison",
# "under daily attack since the capture of Pokrovsk" (read in the last _SINCE_CHARS of the left context).
_SINCE_ACT = re.compile(r"\bsince\s{1,3}(?:the|an?|last\s{1,3}\w{1,20}['’]s|\w{1,20}['’]s)\s{1,3}"
                        r"(?:[\w'’-]{1,30}\s{1,3}){1,4}?(?:of|on|in|at|near|against)\s{1,3}(?:the\s{1,3})?"
                        r"(?:(?:town|city|village|port|camp|capital)\s{1,3}of\s{1,3})?$")
_SINCE_CHARS = 70
# A place in the series an act is "the latest" of names where the earlier acts were, not a site of the act
# told: "the latest in a string of strikes in Amhara's Awi zone", "the latest of a wave of attacks in Cabo
# Delgado" (read in the last _SERIES_CHARS of the lowered left context; bounded words, so linear).
_LATEST_OF_SERIES = re.compile(r"\bthe\s{1,3}latest\s{1,3}(?:in|of)\s{1,3}(?:an?|the)\s{1,3}"
                               r"(?:[\w'’-]{1,30}\s{1,3}){1,5}?(?:in|on|across|around|near|against|at|of)\s{1,3}(?:the\s{1,3})?"
                               r"(?:[\w-]{1,30}['’]s\s{1,3})?(?:(?:north|south|east|west|central)[\w-]{0,10}\s{1,3})?$")
_SERIES_CHARS = 80
# A place an act is compared with: "in an attack similar to the one in Bannu last week", "in contrast with
# the fighting in Malakal a year ago", "unlike the raid on X" (the comparison's act is told elsewhere, if at
# all; not "like": "towns like A and B were shelled" lists the sites).
_COMPARED_WITH = re.compile(r"\b(?:similar\s{1,3}to|compared\s{1,3}(?:with|to)|"
                            r"in\s{1,3}contrast\s{1,3}(?:with|to)|unlike|reminiscent\s{1,3}of)\s{1,3}"
                            r"(?:[\w'’-]{1,30}\s{1,3}){0,5}?(?:in|at|on|near|around|of)\s{1,3}(?:the\s{1,3})?$")
# The teller of a report in its closing attribution: ", a doctor at X hospital in Y said", ", Belgorod
# Governor Vyacheslav Gladkov said", ", a Kirkuk police officer said", ", the governor of the Northwest region
# said". The place says where the teller is or what office they hold, not where the act they report happened
# (when the sentence named a place before the attribution's comma; see _teller_place).
_TELLER_AFTER = re.compile(r"((?:\s{1,3}[\w'’.-]{1,30}){0,4}?)\s{1,3}"
                           r"(?:" + alternation((ATTRIBUTES - {"stated"}) | {"wrote"}) + r")\b")
# (not a clause of its own: "..., while officials in Lviv and Odesa also reported deaths" reports the sites)
_TELLER_NP = re.compile(r"\s{0,3}(?!(?:while|and|but|or|as|after|before|when|where|which|who|whose|since|"
                        r"although|though|whereas|because|until|amid|with|including|then|also|both)\b)"
                        r"(?![a-z]{1,30}(?:ing|ed)\b)(?:[\w'’.-]{1,30}\s{1,3}){0,8}")
_TELLER_NOUN = re.compile(r"\b(?:officials?|officers?|doctors?|medics?|nurses?|leaders?|governor|mayor|"
                          r"spokes\w*|chief|head|commander|administrator|sources?|residents?|witness(?:es)?|"
                          r"members?|lecturer|director|chairman|chairperson|secretary|councill?or|minister|"
                          r"police(?:m[ae]n)?|activists?|workers?|journalists?|correspondent|elders?|lawmakers?|"
                          r"senator|imam|priest)\b", re.I)
# A closing attribution by source: ", according to a doctor at the main hospital in X".
_ACCORDING_TO = re.compile(r"\s{0,3}according\s{1,3}to\s")
# The source's place named as where the wounded went: "..., according to a hospital source in Obo, where the
# wounded were taken by road" (b70-071): a destination, even with no other place in the sentence.
_WHERE_TAKEN = re.compile(r"\s{0,3},\s{1,3}where\s{1,3}(?:the\s{1,3}|most\s{1,3}of\s{1,3}the\s{1,3})?"
                          r"(?:[\w-]{1,30}\s{1,3}){0,3}?(?:wounded|injured|casualties|bodies|victims|survivors)"
                          r"\s{1,3}(?:had\s{1,3}been|were|was|are|have\s{1,3}been)\s{1,3}"
                          r"(?:taken|brought|evacuated|rushed|flown|admitted|treated)\b", re.I)
# A noun phrase as the teller, whatever its noun: ", the Kurdistan region's counter-terrorism service in Erbil
# said", ", a rights group in Goma said" (_TELLER_NP has already refused a clause of its own).
_TELLER_DETERMINER = re.compile(r"\s{0,3}(?:the|a|an|its|their)\s")
# An area a total is told across, before the places it includes: "killed 22 people across Gaza overnight,
# including nine in Jabaliya" (the places are the sites; the area only frames the total).
_ACROSS = re.compile(r"\b(?:across|throughout)\s{1,3}(?:the\s{1,3})?$")
_INCLUDING_NEXT = re.compile(r"(?:\s{1,3}(?:[\w'’-]{1,20})){0,4}?\s{0,3},"
                             # an attribution between: ", health officials said, including"
                             r"(?:(?:\s{1,3}[\w'’-]{1,20}){1,4}?\s{1,3}(?:" + alternation(ATTRIBUTES) +
                             r")(?:\s{1,3}[\w'’-]{1,20}){0,2}?\s{0,3},)?\s{1,3}including\b")
# A place a supply cut reached, after the act that cut it elsewhere ("struck the gas field, cutting power to
# much of Erbil and Sulaymaniyah", "halting crude flows to the port of Coveñas", "cutting food supplies to
# Bukavu"): the place went without, it is not where the act was (phantom63: b63-029). Read from the left
# context's last 70 characters (lower case). Only a participle after a comma, the act told first with its
# own site ("Shelling cut power to parts of Kherson" keeps Kherson), and "to"/"for" only ("cutting power
# in Kramatorsk" may be the site).
# Every repeat is bounded and no two are nested: linear.
_SUPPLY_CUT_TO = re.compile(r",\s{1,3}(?:[a-z]{1,15}\s{1,3}(?:[a-z]{1,15}\s{1,3})?and\s{1,3})?"
                            r"(?:cutting|knocking\s{1,3}out|disrupting|halting|severing)\s{1,3}(?:off\s{1,3})?"
                            r"(?:the\s{1,3})?"
                            r"(?:[a-z]{1,15}\s{1,3})?(?:power|electricity|water|gas|heating|fuel|oil|crude|internet|"
                            r"supplies|supply|aid)(?:\s{1,3}(?:supplies|supply|flows?|exports?|deliveries|lines?|"
                            r"routes?))?\s{1,3}(?:to|for)\s{1,3}(?:(?:most|much|all|half|large\s{1,3}parts|parts|"
                            r"swathes|the\s{1,3}rest)\s{1,3}of\s{1,3})?(?:the\s{1,3}(?:[a-z]{1,15}\s{1,3})?"
                            r"(?:city|town|port|capital|province|region|state)\s{1,3}of\s{1,3})?(?:the\s{1,3})?$")
_SUPPLY_CUT_CHARS = 70
# Ground a side holds, told in the present: "which controls much of Raqqa", "rebels, who hold most of X".
_CONTROLS = re.compile(r"\b(?:controls|control|holds|hold|governs|administers|runs)\s{1,3}"
                       r"(?:(?:much|most|parts|large\s{1,3}parts|swathes|all|half|the\s{1,3}rest|"
                       # "Gangs control about 85% of Port-au-Prince"
                       r"(?:(?:about|around|some|nearly|almost|over|more\s{1,3}than)\s{1,3})?\d{1,3}\s?"
                       r"(?:%|percent|per\s{1,3}cent))\s{1,3}of\s{1,3})?(?:the\s{1,3})?$"
                       # "who control most of northern Yemen including the capital Sanaa" (context44: once
                       # "in solidarity with Palestinians in Gaza" is context, the capital took the act)
                       r"|\b(?:controls|control|holds|hold)\s{1,3}(?:much|most|parts|large\s{1,3}parts|swathes|all)"
                       r"\s{1,3}of\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,3}?including\s{1,3}(?:the\s{1,3})?"
                       r"(?:(?:capital|port|city)\s{1,3})?$")
_OFFICE_IN = re.compile(r"\b(?:ministry|officials?|authorities|government|junta|regime|spokes\w+|embassy|"
                        r"sources?|presidency|office|officers|command|headquarters)\s+in\s+(?:the\s+)?$")
# The officials a meeting was held with, in the city it was held in: "met Egyptian officials in Cairo",
# "held talks with government officials in Juba": the venue, not the officials' seat.
_MET_OFFICE = re.compile(r"\b(?:met|meets|meeting\s{1,3}with|hosted|hosts|received|receives|"
                         r"talks\s{1,3}with)\s{1,3}"
                         r"(?:[\w'’-]{1,30}\s{1,3}){0,3}(?:officials?|authorities|government|junta|regime)"
                         r"\s{1,3}in\s{1,3}(?:the\s{1,3})?$")
# A broadcaster or paper in a city before its report: "the group's television in Sanaa reported".
_MEDIA_IN = re.compile(r"\b(?:television|tv|radio|channel|broadcaster|newspaper|news\s{1,3}agency|media|"
                       r"outlet)\s{1,3}in\s{1,3}(?:the\s{1,3})?$")
# A body in a city before its words: "the Kenyan-led mission in Port-au-Prince said" (not a country: "the UN
# mission in Libya" names the mission).
_BODY_IN = re.compile(r"\b(?:mission|agency|council|committee|delegation)\s+in\s+(?:the\s+)?$")
# "the old quarter of Omdurman", "a residential district of Kharkiv", "the entrance to Baidoa".
_PART_OF = (r"(?:part|parts|quarters?|centre|center|districts?|neighbou?rhoods?|entrance|exit|heart|"
            r"areas?|streets|towns?|city|cities|villages?|ports?|province|region|capital|garrison town|"
            r"camps?|base|market|hospital|school|checkpoint|airport|outskirts|sections?|sectors?|wing|side|perimeter|"
            r"gates?|premises|(?:perimeter\s+|boundary\s+)?walls?|fences?|compound|courtyard|barracks|"
            r"headquarters|"
            r"(?:most|much|all|half|large parts|swathes|the rest|\d+\s*(?:percent|per cent|%)))\s+(?:of|to)|"
            # "Residents of Beledweyne protested": the people of a place act there
            r"(?:residents|inhabitants|people|villagers|townspeople|youths|traders|displaced|families)\s+of")
# The eight points of the compass, as relative places write them ("30 km north-west of X").
_COMPASS_POINTS = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west"
_DIRECTIONS = (r"northern|southern|eastern|western|central|north-?(?:east|west)ern|south-?(?:east|west)ern|"
               # bare compass words before a name: "in south Lebanon's Nabatieh", "north Gaza"
               r"(?:north|south)(?:-?(?:east|west))?|east|west|"
               r"rural|downtown|greater|besieged|frontline|front-line|lower|upper|neighbou?ring|nearby|embattled|"
               r"beleaguered|restive|[a-z]{1,20}-(?:held|controlled)")
# A relative place ("30 km north of X", "the northern countryside of X", "villages around X"): the named
# town is the reference point, geo_precision 2.
_NEAR = (r"near|outside|around|close to|next to|(?:(?:" + _DIRECTIONS + r")\s+)?(?:outskirts|edges?|suburbs?|"
         r"vicinity|countryside|environs|desert|hills|mountains|periphery|hinterlands?|interior|jungles?|forests?|"
         r"foothills|approaches|coast|coastline|shores?|waters)\s+of|"
         # "a tanker off Mokha", "50 nautical miles off the coast of Hodeidah": at sea near the town
         r"off|"
         r"(?:" + _COMPASS_POINTS + r")(?:ern)?\s+of|"
         # "30 km (19 miles) northwest of X": the wires' conversion in brackets (bounded: linear)
         r"\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:\([^()]{0,30}\)\s+)?(?:[\w-]+\s+)?(?:of|from)|"
         r"between|overlooking|"
         r"(?:road|highway|route) (?:between|to|from|out of|linking|connecting|joining)|on the road to|"
         r"highway")
# The words after which an air-defence count's "above" is "over": "22 above the Bryansk region", "nine
# above the Moscow region", "intercepted above Kursk" (not "the hills above Port-au-Prince", a reference
# town). Read by _LOCATIVE and by the site model's word shapes.
ABOVE_AS_OVER_AFTER = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "them", "intercepted", "downed", "destroyed", "down")
_LOCATIVE = re.compile(r"\b(?:in|at|inside|into|throughout|across|through|via|within|on|along|off|from|"
                       r"over|transiting|crossing|sailing\s+(?:in|through|off)|"
                       r"(?:\d+|" + "|".join(ABOVE_AS_OVER_AFTER) + r")\s+above|" + _PART_OF + r"|" + _NEAR +
                       r")\s+(?:the\s+|(?:several|some|many|two|three|four|five|\d+)\s+)?"
                       r"(?:(?:" + _DIRECTIONS + r")\s+)?"
                       # "in the coastal town of", "in the seaside slum of": one word may describe the place
                       r"(?:(?:[\w-]{1,20}\s+)?(?:towns?|city|cities|villages?|province|region|districts?|"
                       r"areas?|ports?|capital|governorate|state|county|oblast|camps?|settlements?|kibbutz|"
                       r"slums?|neighbou?rhoods?|townships?|municipalit(?:y|ies)|communes?|hamlets?|enclaves?)"
                       r" of\s+)?"
                       # "in the city's Renacimiento district": the possessor is the story's town; "at a
                       # market in Wollo's Kobo": a region the gazetteer lacks, named as the part's possessor
                       # (not a day's: "calls off Monday's Nairobi protests", "after last week's X attack")
                       r"(?:(?:city|town|capital|village|province|region|country|state|"
                       r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|week|month|year|night|weekend)"
                       r"[a-z][\w-]{1,20})['’]s\s+)?"
                       r"(?:(?:" + _DIRECTIONS + r")\s+)?$")
# Whether _LOCATIVE matches (its callers read no span): without the compass words _NEAR allows before
# "outskirts of", "countryside of" etc., since wherever "northern outskirts of X" matches, "outskirts of X"
# matches from the noun, and that alternative tried at every word start cost a sixth of the search.
_DIRECTED_NEAR = r"(?:(?:" + _DIRECTIONS + r")\s+)?(?:outskirts|"
if _LOCATIVE.pattern.count(_DIRECTED_NEAR) != 1:
    raise ValueError("_NEAR's compass words before its nouns are no longer where _LOCATIVE_ANY drops them")
_LOCATIVE_ANY = re.compile(_LOCATIVE.pattern.replace(_DIRECTED_NEAR, "(?:outskirts|"))
# A match ends with one of these (suffixes of its last words: "side" for inside and outside, "ing" for
# crossing, overlooking, neighbouring; "ern" for the compass adjectives), then whitespace. Searched in
# lowered text.
_LOCATIVE_GATE = TailGate(_LOCATIVE_ANY, (
    "in", "at", "side", "to", "out", "across", "through", "via", "on", "along", "off", "from", "over", "ing",
    "above",
    "of", "near", "around", "between", "highway", "the", "several", "some", "many", "two", "three", "four",
    "five", *"0123456789", "ern", "central", "north", "south", "east", "west", "rural", "downtown", "greater",
    "besieged", "line", "lower", "upper", "nearby", "embattled", "beleaguered", "restive", "held",
    "controlled", "'s", "’s"))
# Where a match of _LOCATIVE_ANY can start: its first words (read from the pattern, its "\d+" spelled as
# ASCII digits, which \d is in an ASCII text). _locative tries the pattern only there, the last first.
_LOCATIVE_ASCII = _LOCATIVE_ANY.pattern.replace(r"\d+", "[0123456789][0123456789]*")
if "\\d" in _LOCATIVE_ASCII:
    raise ValueError("_LOCATIVE_ANY has a \\d that _LOCATIVE_ASCII does not spell out")
_LOCATIVE_HEADS = LiteralScan(literal_heads(_LOCATIVE_ASCII))
_LOCATIVE_AT = at_word_starts(_LOCATIVE_ANY)  # what the gate searches
if _LOCATIVE_GATE.words:
    raise ValueError("_locative reads _LOCATIVE_GATE's endings only")


def _locative(left: str) -> bool:
    """Whether ``_LOCATIVE_GATE.search(left)`` matches. A match ends the left context, so it starts at one
    of the pattern's first words: in an ASCII left context the pattern is tried only where one of them
    occurs (a match found from the last, most often the only one), not at each of its word starts."""
    if not left.isascii():
        return _LOCATIVE_GATE.search(left) is not None
    if not left.rstrip().endswith(_LOCATIVE_GATE.endings):  # (the gate's own test, as in TailGate.search)
        return False
    match = _LOCATIVE_AT.match
    for start in reversed(_LOCATIVE_HEADS.starts(left) or ()):
        if match(left, start) is not None:
            return True
    return False


# ... "at a meeting in the town of Shahba": a venue named by its kind too.
_VENUE_PREPOSITION = re.compile(r"\b(?:in|at|inside|during)\s{1,3}(?:the\s{1,3})?(?:\w{1,30}\s{1,3})?"
                                r"(?:(?:town|city|village|port|resort)\s{1,3}of\s{1,3})?$")
_NEAR_RE = re.compile(r"\b(?:" + _NEAR + r")\s+(?:the\s+)?(?:\w+\s+)?$")
# Every match holds one of these words (a left context most often holds none: a few substring tests
# instead of a try at each of its 80 characters). Searched in lowered text, so ``search(left, left)``.
_NEAR_GATE = WordGate(_NEAR_RE, ("near", "outside", "around", "close", "next", "outskirts", "edge", "suburb",
                                 "vicinity", "countryside", "environs", "desert", "hills", "mountains",
                                 "periphery", "hinterland", "interior", "jungle", "forest", "approaches",
                                 "north", "south", "east", "west", "km", "kilomet", "miles", "between",
                                 "overlooking", "road", "highway", "route", "coast", "shore", "waters",
                                 "off"))
# Verbs and nouns whose object is where the action happened, in headline (present) and wire (past)
# tense: "shelled Kharkiv", "Drone strike hits Odesa port", "Army retakes X", "the bombing of X".
_TARGET_VERBS = (r"shell(?:s|ed)?|strikes?|struck|hits?|bomb(?:s|ed)?|bombard(?:s|ed)?|attack(?:s|ed)?|"
                 r"target(?:s|ed)?|"
                 r"block(?:s|ed|ing)?|blockad(?:e|es|ed|ing)|"
                 r"pound(?:s|ed)?|rock(?:s|ed)?|jolt(?:s|ed)?|rain(?:s|ed)?\s+(?:\w+\s+)?on|sets?|"
                 # "two explosions shook Kabul", "blasts shake Mogadishu": where the blasts were heard
                 r"sh(?:ook|akes?)|rattl(?:e|es|ed)|"
                 r"captur(?:e|es|ed)|seiz(?:e|es|ed)|(?:takes?|took|taken)\s+back|takes?|took|taken|"
                 r"retakes?|retook|retaken|"
                 r"recaptur(?:e|es|ed)|(?:re-?)?enter(?:s|ed)?|storm(?:s|ed)?(?:\s+into)?|raid(?:s|ed)?|"
                 r"overrun(?:s)?|overran|overtakes?|overtook|besieg(?:e|es|ed)|liberat(?:e|es|ed)|"
                 r"encircl(?:e|es|ed)|ambush(?:es|ed)?|torch(?:es|ed)?|loot(?:s|ed)?|sack(?:s|ed)?|"
                 r"(?:re)?gain(?:s|ed)?\s+control\s+of|(?:full\s+)?control\s+(?:of|over)|"
                 r"pull(?:s|ed)?\s+out\s+of|withdr(?:aw|aws|ew|awn)\s+from|retreat(?:s|ed)?\s+from|"
                 r"return(?:s|ed)?\s+to|reach(?:es|ed)?|advanc(?:e|es|ed)\s+on|push(?:es|ed)?\s+into|"
                 r"mov(?:e|es|ed)\s+into|occup(?:y|ies)|"
                 r"march(?:es|ed)?\s+on|spread(?:s|ing)?\s+to|hitting|striking|targeting|pounding|shelling|"
                 r"bombing|bombarding|attacking|seizing|capturing|recapturing|retaking|taking|storming|raiding|entering|"
                 r"overrunning|including|among\s+them|"
                 # "Shelling damages Kurakhove power plant", "set fire to the Novoshakhtinsk refinery"
                 r"damag(?:e|es|ed)|destroy(?:s|ed)?|(?:set|sets|setting)\s+fire\s+to|"
                 # the town handed over: "MNDAA hands Lashio back to junta", "SDF hands over Deir Hafer"
                 r"hand(?:s|ed|ing)?(?:\s+over)?")
_TARGET_NOUNS = (r"shelling\s+(?:of|on|against)|bombing\s+of|bombardment\s+of|massacre\s+(?:of|in)|"
                 r"(?:air\s*|drone\s+|missile\s+)?(?:attacks?|strikes?|raids?)\s+(?:on|against)|"
                 r"assault\s+on|offensive\s+(?:on|against)|siege\s+(?:of|to|on)|fighting\s+for|battles?\s+(?:for|of)|"
                 r"fall\s+of|(?:re)?capture\s+of|seizure\s+of|takeover\s+of|storming\s+of|liberation\s+of|"
                 r"encirclement\s+of|blockade\s+of|incursion\s+into|advance\s+on|evacuation\s+of|"
                 r"withdrawal\s+from|protests?\s+in|rall(?:y|ies)\s+in|streets\s+of|(?:burning|torching|looting|"
                 r"destruction|demolition|ransacking|shelling|bombing)\s+of|raids?\s+(?:on|in|into)")
_TARGET_OF = re.compile(
    r"\b(?:" + _TARGET_VERBS + r"|" + _TARGET_NOUNS + r")\s+(?:the\s+|an?\s+)?"
    r"(?:(?:" + _DIRECTIONS + r")\s+){0,2}"
    r"(?:(?:\w+\s+)?(?:towns?|city|cities|villages?|ports?|districts?|regions?|provinces?|suburbs?|outskirts|"
    r"countryside|neighbou?rhoods?|settlements?|camps?|areas?|hub|stronghold|bastion|enclave|parts?|"
    r"sections?|quarters?|municipalit(?:y|ies)|townships?|count(?:y|ies)|communes?|hamlets?|governorates?|"
    r"localit(?:y|ies)|slums?)\s+(?:of|around|near)\s+)?"
    r"(?:(?:" + _DIRECTIONS + r")\s+)?$")
# The town a side's forces defend or guard, right before its name ("attacked army units defending Djibo",
# "soldiers guarding Damboa repelled a raid", "the town of Mahas"): the site of its clause's act, as a target
# verb's place is (places63). Not a facility ("the detachment guarding Dori airport": the airport beside its
# town, places57's and places58's rows).
_DEFENDED_TOWN = re.compile(r"\b(?:defend(?:s|ed|ing)|guard(?:s|ed|ing))\s{1,3}(?:the\s{1,3})?"
                            r"(?:(?:town|city|village|port)\s{1,3}of\s{1,3})?$")
_PASSIVE = re.compile(r"\s+(?:(?:was|were|has been|had been|have been|is being|was being)\s+"
                      r"(?:\w+ly\s+|also\s+)?|"
                      r"(?:came|come|comes|coming)\s+under\s+(?:[\w-]+\s+)?)(?:shelled|struck|hit|bombed|bombarded|attacked|targeted|pounded|captured|seized|"
                      r"retaken|recaptured|overrun|stormed|raided|besieged|liberated|fire|attack|rocked|"
                      r"shaken|encircled)\b")
# A verb between an event and a place that makes the place where the event was decided or told, or
# where something is only asked for, promised or threatened ("fired tear gas in X as leaders called for
# another march in Y", "attacked X and vowed to strike Y").
_DECIDED = re.compile(r"\b(?:approved|ordered|authori[sz]ed|decided|planned|discussed|announced|said|"
                      r"reported|"
                      r"condemned|debated|denied|confirmed|claimed(?!\s{1,3}by\b)|sanctioned|investigated|"
                      r"called\s{1,3}for|calls\s{1,3}for|urged|urges|appealed|appeals|demanded|demands|"
                      r"proposed|promised|pledged|vowed|threatened|threatens|warned|warns|prepared|"
                      r"preparing)\b")
# "killed 17 people, health officials said on Tuesday, including eight in X": the attribution is an
# aside and the subset of the toll after it still places the killing (its "said" decided nothing).
_SAID_THEN_SUBSET = re.compile(r"\b(?:" + alternation(SAID | {"reported", "confirmed"})
                               + r"|told\s{1,3}\w{1,20})\b[^,.;:]{0,40},"
                               r"\s{1,3}(?:including|among\s{1,3}them|among\s{1,3}whom)\s[^.;:]{0,120}$")
# "shelling was reported on the outskirts of X": the report of the event, not where it was decided.
_REPORTED = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been|is|are)\s+(?:also\s+|again\s+|\w+ly\s+)?"
                       r"reported\b")
# A headline's participle right after its event: "Heavy fighting reported near X", "clashes reported in X".
_REPORTED_NEXT = re.compile(r"\s+(?:also\s+|again\s+|\w+ly\s+)?reported\b")
_NAME_OF_TALKS = re.compile(r"\s+(?:peace\s+)?(?:talks|summit|conference|negotiations|meeting)\b")
# An accord or a truce named after a place ("the Washington accord", "the Pretoria agreement", "the Gaza
# ceasefire"): the name of a text or of a truce's area, not where anyone met today (the corpus codes it
# context; a signing names its own venue: "signed in Doha").
_NAME_OF_ACCORD = re.compile(r"\s+(?:peace\s+)?(?:agreements?|accords?|process|protocols?|declaration|"
                             r"ceasefire|truce|format|deal)\b")
_THE_BEFORE = re.compile(r"\bthe\s{1,3}$")  # on the lowered left context
# An accord's trigger right after the place it is named after: "the Washington accord" names an accord,
# and a locative near it is no venue ("returned to Masisi after the Washington accord").
_NAMED_ACCORD_BEFORE = re.compile(r"\b[Tt]he\s{1,3}[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30})?\s{1,3}"
                                  r"(?:peace\s{1,3})?$")
# An accord that frames another act ("withdrew under the ceasefire deal", "handed Lashio back under a deal
# brokered by China"): the act happened under it, no agreement was reached in the sentence.
_UNDER_DEAL = re.compile(r"\bunder\s{1,3}(?:a|an|the)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?$", re.I)


def _under_deal(text: str, s0: int, clause: Clause) -> bool:
    """Whether an agreement's trigger only frames another act (see _UNDER_DEAL)."""
    start = s0 + clause.start
    return clause.sub_event_type == "Agreement" \
        and _UNDER_DEAL.search(text, max(s0, start - 60), start) is not None


_ACCORD_WORD = re.compile(r"(?:agreements?|accords?|protocols?|declaration|ceasefire|truce|deal)\b", re.I)
# Between two coordinated names (matched whole): ", ", " and ", ", or ", " & ", "/", ", then " (a sequence:
# "seized Rubaya, then Sake"). Possessive and unambiguous: a gap of spaces alone was quadratic to reject.
_COORDINATOR = re.compile(r"\s*+(?:,\s*+(?:(?:and\s++)?then\s++|(?:and|or)\s++)?|(?<=\s)(?:and|or)\s++|"
                          r"[&/]\s*+)")
# A headline's place and its participle, with no object after it: "Sderot shelled, two wounded",
# "Syzran refinery hit by drones", "Dessie and Kombolcha fall to Tigrayan forces", "X under fire".
# A group's claim whose object is an attack named by its place: "IS claims Kabul mosque attack", "TTP claimed
# responsibility for the Peshawar bombing". The place modifies the act's noun, as a headline's subject does.
_CLAIMED_OBJECT = re.compile(r"\bclaim(?:s|ed|ing)?+\s++(?:(?:responsibility|credit)\s++for\s++)?"
                             r"(?:the\s++|a\s++)?$")
_SAYS_OR_REPORTS = alternation(SAID | CLAIMS | {"say", "claim", "report", "reports", "reported", "confirm",
                                                 "confirms", "confirmed"})
_HEADLINE_PASSIVE = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:" + _SAYS_OR_REPORTS + r")\b)[\w-]+){0,2}?"
    r"\s+(?:" + alternation(STRUCK)
    + r"|under\s+(?:[\w-]+\s+)?(?:fire|attack|siege|shelling|bombardment|curfew))"
    r"(?=\s*(?:[,;:.|!?—–-]|$)|\s+(?:by|again|overnight|as|in|on|at|near|for|after|amid|while|twice|to|"
    r"from)\b)", re.I)
# The words between a headline's place and a trigger that follows it as a noun: "Kadugli bombardment
# kills 7", "Kostiantynivka market strike", "Peshawar mosque blast:"; no verb of saying between.
# Where a headline's second clause opens: "Two killed as Kramatorsk shelled", "Blast in Kabul; Herat hit".
# (and a report's verb: "Belgorod says Shebekino shelled", "Governor says Oleshky hit again")
_OPENER_BEFORE = re.compile(r"(?:\b(?:as|after|while|when|amid|says|said|claims|reports)|[,;:|—–])\s{1,3}$")
# A facility an attack closed or set on fire: "Shelling closes Mitiga airport", "Torkham crossing shut
# after ... exchange fire", "Drone strike sets Port Sudan fuel depot ablaze" (the closure is the attack's).
_CLOSED_BEFORE = re.compile(r"\b(?:clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?|halt(?:s|ed)?|"
                            r"suspend(?:s|ed)?)\s+(?:the\s+)?(?:[\w-]{1,30}['’]s\s+)?$")
_FACILITY_AFTER = re.compile(r"\s{1,3}(?:international\s{1,3})?(?:airport|air\s*base|airfield|port|"
                             r"(?:border\s+)?crossing|bridge|dam|refinery|(?:fuel\s+|oil\s+)?(?:terminal|depot)|"
                             r"power\s+(?:plant|station))\b", re.I)
_CLOSED_AFTER = re.compile(r"\s{1,3}(?:(?:was|were|is|remains?|has\s{1,3}been)\s{1,3})?"
                           r"(?:shut|closed|ablaze|on\s+fire|burns|burning|in\s+flames)\b")
# A headline opened by the participle of the attack, then its place: "Hit by drones overnight, Odesa
# port burns", "Shelled from across the Dnipro, Kherson counts its dead". (Possessive {0,60}+: one pass.)
_PARTICIPLE_OPENING = re.compile(r"\W{0,3}+(?:" + alternation(STRUCK) + r")\b"
                                 r"[^,;:.!?|—–]{0,60}+,\s+(?:the\s+)?", re.I)
_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,3}?\s+")
_SAYING = re.compile(r"\b(?:" + alternation(SAYING) + r"|(?:" + alternation(SAYING_STEMS) + r")\w*)\b", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:the\s+|an?\s+)?$")
_DEATH_TOLL = re.compile(r"\s+(?:death\s+toll|toll)\b", re.I)
# A place's natives: "Kidal native", "Sinjar natives" (a person's home before a headline verb).
_NATIVE_AFTER = re.compile(r"\s+natives?\b")
# A one-line text's lead-in in sentence case, before its first report (heads46): the war or crisis it is
# filed under, or a live blog's tag ("Ukraine war live: Odesa drone attack kills two", "Sudan war: ...",
# "Live: ..."). What follows opens the headline as after an ALL-CAPS tag (datelines.after_lead_in); not an
# explainer's or an analysis's question ("Explainer: why Goma matters" names no act). Read in the text's first
# characters.
_WAR_LEAD_IN = re.compile(r"[^\w]{0,3}(?:[A-Z][\w'’-]{1,30}(?:[ -][A-Z][\w'’-]{1,30}){0,2} "
                          r"(?:war|crisis|conflict)(?: live(?: updates)?| latest| updates?)?|"
                          r"Live(?: updates)?|Latest|Breaking) ?[:|] ")
_WAR_LEAD_IN_CHARS = 80
# "Kherson: two killed by shelling", "Qamishli - two car bombs explode": a one-line text's topic.
_TOPIC_AFTER = re.compile(r"(?:\s+(?:city|town|province|region|district|area|countryside|outskirts|camp))?"
                          r"\s*(?::|\s[-–—]|\s?\|)\s")
_TOPIC_NEAR = re.compile(r"\s+(?:countryside|outskirts)\b")
_BAR_AFTER = re.compile(r" ?\| ")  # a one-line text's topic before a bar (anchored: constant time)
# A headline's topic with its province or country after a comma: "Ariha, Idlib: ..." (not a dateline).
_QUALIFIED_TOPIC_AFTER = re.compile(r",\s[A-Z][\w'’-]{1,30}+(?:\s[A-Z][\w'’-]{1,30}+){0,2}+"
                                    r"\s*(?::|\s[-–—]|\s?\|)\s")
# A leading Arabic article left out of the mention ("in El Fasher" is the mention "Fasher").
_ARTICLE_BEFORE = re.compile(r"\b(?:al|el|ad|ar|ash|az|ez|es|ed|ul)[\s-]$")
_ARTICLE_BEFORE_CHARS = 5  # its longest match, 4, and a final newline that $ may stand before
# "the Red Sea off Yemen", "the Gulf of Aden off the coast of Somalia": the country only places the sea.
_OFF_COAST = re.compile(r"\s{1,3}off\s{1,3}"
                        r"(?:the\s{1,3}(?:\w{1,30}\s{1,3})?(?:coast|shores?)\s{1,3}of\s{1,3})?")
_WATER_WORD = re.compile(r"(?:sea|gulf|ocean|strait|straits|bay|channel|lake)\b", re.IGNORECASE)


def _is_water(m: Mention) -> bool:
    """A sea or gulf: by its kind, or by its name ("Red Sea" resolves to a province in some gazetteers)."""
    if m.place is not None and m.place.kind == "water":
        return True
    words = m.text.split()
    return len(words) > 1 and any(_WATER_WORD.fullmatch(w) is not None for w in (words[0], words[-1]))


# A name in apposition to the noun before it: "the capital, Khartoum", "the port city, Hodeidah".
_APPOSITION = re.compile(r"(?<=the )(?:[\w'’-]{1,30}\s+){0,2}"
                         r"(?:capital|city|town|village|port|stronghold)\s?,?\s{1,3}$")
# A country or province that only frames another place: the possessor of a name the gazetteer may not
# know ("Congo's Bunagana"), or a border ("on Uganda border", "near the Ugandan-Congolese border").
# (The possessed name ends the phrase: "Cameroon's English-speaking regions" are still the country's.)
# Words that open another clause before "border" ("as border clashes widen"), which the frame does not read.
_BORDER_CLAUSE_OPENERS = r"(?:as|after|amid|while|when|where|but|despite|since|until|before|with|and|or)\s"
_COUNTRY_FRAME = re.compile(r"(?:'s|’s)\s[A-Z][a-z]{1,30}+(?:-[A-Z]?[a-z]{1,30}+)?"  # "Ituri's Lopa-Ngazi"
                            r"(?:\s[A-Z][a-z]{1,30}+){0,2}"
                            r"(?:\s(?:airport|air base|base|port|camp|refinery|prison|hospital|university|"
                            r"square|bridge|dam|district|neighbou?rhood|area|town|city|village|province|region))?"
                            r"(?=[,.;:]|\s(?:on|in|near|as|after|and)\b|$)|"
                            # (not a clause's conjunction before it: "strike Kandahar, Kunar as border
                            # tensions flare" names no border of Kunar)
                            r"\s(?:(?!" + _BORDER_CLAUSE_OPENERS + r")[\w-]{1,30}\s)?border\b")
# "Warrap's Tonj", "Zamfara state's Talata Mafara area", "Niger's western Tillaberi region": the place
# before "'s" is the parent; also before the noun that names what the part is ("Somalia's capital
# Mogadishu", "Borno state's capital, Maiduguri", "Yemen's port city Aden").
_POSSESSED_GAP = re.compile(r"(?:\s(?:state|province|region|county|district|governorate|oblast|city))?"
                            r"['’]s?\s(?:(?:northern|southern|eastern|western|central|north-?(?:east|west)ern|"
                            r"south-?(?:east|west)ern)\s)?"
                            r"(?:(?:provincial\s|regional\s|state\s)?(?:capital|port\scity|city|town),?\s)?")
# "Bakhmut, in Donetsk region", "Bara, a town in North Kordofan", "Witu in Lamu County", "Morales,
# Cauca": the second place contains the first and only says where it is.
_PARENT_GAP = re.compile(r"\s*+(?:,\s*+|\(\s*+)?(?:(?:an?|the)\s++(?:[\w-]+\s++){0,3}?)?"
                         r"(?:(?:area|district|neighbou?rhood|quarter|suburb|part|section)\s++)?(?:(?:in|of)\s++)?"
                         r"(?:the\s++)?(?:(?:" + _DIRECTIONS + r")\s++){0,2}")
_PROVINCE_AFTER = re.compile(r"\s+(?:province|governorate|region|oblast|prefecture|territory|"
                             r"state(?!\s+(?:media|television|tv|news|agency|department|prosecutors?|officials?|security|forces|"
                             r"(?:run|owned|controlled)\b)))\b", re.I)
# "KHARKIV, Ukraine (AP) —", "Maiduguri (Nigeria) (AFP) -": the dateline's country
_DATELINE_COUNTRY = re.compile(r",\s{0,3}|\s?\(")
# The kinds of place a dateline's second part names: "ERBIL, Kurdistan Region -" (a region) too.
_DATELINE_AREAS = frozenset({"country", "admin1", "region"})


def _filed(rest: re.Match[str] | None) -> bool:
    """Whether a dateline's rest gives a filing day or an agency ("/Khartoum, 3 March (AFP) - ")."""
    return rest is not None and bool(rest.group("day") or rest.group("agency"))
_HEAD_GAP = re.compile(r"\W*")  # only punctuation, bullets or emoji between the sentence start and a name
# Rules that carry a role along a list of names: forward (a rule reading the left), backward (the right).
_FORWARD = frozenset({"left"})
_PLACING = ("event_site", "venue")
_GAP_CHARS = 60  # the most characters between a part and its parent ("Bara, a town in North Kordofan")
_BACKWARD = frozenset({"right", "headline_passive", "subject"})
_SITE_KINDS_PRECISION = {"continent": 3, "region": 3, "water": 3, "country": 3, "admin1": 2, "admin2": 2}


# People named by where they come from: "students from Belgrade", "delegates from Juba", and the armed
# ones: "Gunmen from Cite Soleil killed six in Delmas", "fighters from across the border in Niger"; goods
# and vehicles too: "Aid trucks from Port Sudan reached Kadugli", "a convoy from Goma came under fire".
_PEOPLE_FROM = re.compile(r"\b(?:students|protesters|demonstrators|residents|people|delegates|workers|"
                          r"farmers|supporters|activists|villagers|refugees|families|pilgrims|lawyers|teachers|"
                          r"youths|gunmen|fighters|militants|militiamen|attackers|assailants|jihadists|"
                          r"insurgents|rebels|bandits|gang\s+members|raiders|men|traders|merchants|"
                          r"passengers|travell?ers|drivers|herders|herdsmen|civilians|officials|mourners|"
                          r"worshippers|survivors|children|women|"
                          # a serviceman by his home town: "A soldier from Lviv was among three servicemen
                          # killed near X" (phantom36, session 30)
                          r"soldiers?|troops|conscripts?|recruits?|nurses?|"
                          # one person by age or sex: "a 19-year-old from Jenin", "a teenager from Kidal"
                          r"year-olds?|teenagers?|boys?|girls?|man|woman|"
                          # visitors by their home: "a tourist couple from Jaipur", "a family from Kherson"
                          r"couples?|family|tourists?|visitors?|guests|"
                          r"trucks|lorries|convoys?|aid|supplies|shipments?|buses|cargo|grain)\s+from\s+(?:the\s+)?"
                          r"(?:across\s+the\s+(?:border|frontier|river)\s+in\s+(?:the\s+)?)?$"
                          # where a person comes from: "natives of Mariupol", "born in Mazatlan",
                          # "who hailed from Kano", "originally from Rafah"
                          r"|\b(?:natives?\s+of|born\s+in|hail(?:s|ed)?\s+from|originally\s+from)\s+(?:the\s+)?$"
                          # a home told with a copula: "Two of the dead were from Bafoussam", "the victims
                          # were all from the village of X" (the dead are counted where they died)
                          r"|\b(?:was|were|are|is)\s+(?:all\s+|both\s+|originally\s+)?from\s+(?:the\s+)?"
                          r"(?:(?:city|town|village|area)\s+of\s+(?:the\s+)?)?$")
# Any other people named by their trade, faith or home, then "from": "seven labourers from Punjab" (read in
# the last few characters before the name: bounded, so linear).
_ANY_PEOPLE_FROM = re.compile(r"\b[a-z]{2,20}(?:ers|ors|ists|ians|ees|ants|ents|[a-z]men)"
                              r"\s+from\s+(?:the\s+)?$")
_ANY_PEOPLE_FROM_CHARS = 40
# Before "<people> from": they were taken there, so it is the abduction's site ("abducted nine people
# from Kolofata", "kidnapped 20 students from Kuriga").
_TAKEN_BEFORE = re.compile(r"\b(?:abduct(?:s|ed|ing)?|kidnapp?(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|"
                           r"snatch(?:es|ed|ing)?|took|taken|captur(?:e|es|ed|ing)|carr(?:y|ies|ied)\s{1,3}off|"
                           # "abducted a village chief and two teachers from Goundam": a list of the taken
                           r"carted\s{1,3}off|rounded\s{1,3}up|round\s{1,3}up)\s{1,3}(?:[\w-]{1,30},?\s{1,3}){0,7}?$")
# "fired a barrage of rockets from Rafah towards Tel Aviv": where the projectiles were aimed.
_FIRED_AT = re.compile(r"\b(?:rockets?|missiles?|drones?|shells?|mortars?|projectiles?|barrages?)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:at|towards?|into)\s+(?:the\s+)?$")
# A road named after the two towns it joins: "the Monywa-Mandalay road", "the Kabul-Jalalabad highway".
_ROAD_NAMED = re.compile(r"[-–][A-Z][\w'’.]{1,30}(?:\s[A-Z][\w'’.]{1,30})?\s+(?:road|highway|motorway|"
                         r"expressway|railway|rail\s+line|pipeline)\b", re.I)
_ROAD_NAMED_END = re.compile(r"[a-z][-–]$")
# "troops arrived from Bahir Dar", "reinforcements sent from Goma": where people came from is no site.
_CAME_FROM = re.compile(r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:base|bases|barracks|"
                        # "pushing west from their stronghold in Masisi": where they set out; "from bases it
                        # maintains in Duhok province", "from bases across the border in Mali's Menaka region"
                        r"garrison|headquarters|strongholds?|hideouts?)\s+(?:(?:it|they|which|that)\s+"
                        r"(?:maintains?|keeps?|has|have|holds?|operates?|uses?)\s+|across\s+the\s+(?:border|"
                        r"frontier)\s+)?(?:in|at)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$|"
                        # "arrived in gun trucks from islands on Lake Chad": the means may come between
                        r"\b(?:arriv(?:e|es|ed|ing)|came|com(?:e|es|ing)|travell?(?:ed|ing)|flew|flown|"
                        r"brought|reinforcements|evacuated|transferred|deploy(?:ed|ing)|redeploy(?:ed|ing)|sent|"
                        # "many of them bused in from Kutaisi and Batumi", "miners trucked in from X": where a
                        # crowd was carried from (context44)
                        r"buss?ed|trucked|ferried|driven|shuttled|"
                        r"dispatched|rushed|flown\s+in)\s+(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?"
                        r"(?:(?:islands?|positions?|villages?|forests?|hills?|mountains?|areas?|camps?)\s+"
                        r"(?:on|in|of|near|around)\s+(?:the\s+)?)?"
                        # "reinforcements arrived from nearby X", "came from the neighbouring town of X"
                        r"(?:(?:nearby|neighbou?ring)\s+)?(?:(?:town|city|village|district|province|region|camp)"
                        r"\s+of\s+)?"
                        # "who had come from across the border in Burkina Faso"
                        r"(?:across\s+the\s+(?:border|frontier|river)\s+in\s+(?:the\s+)?)?$")
# Whom a rally or a front supports, named with their place, is no site of the rally (context44): "rallied in
# Hodeidah in support of Palestinians in Gaza", "marched in Sidon in solidarity with the residents of Tyre",
# "a march in solidarity with Gaza", "acting in solidarity with Palestinians in Gaza" (the whole corpus codes
# these context). The words between are few: the people supported, then "in" or "of".
_SUPPORTED = re.compile(r"\bin\s{1,3}(?:support|solidarity)\s{1,3}(?:of|with)\s{1,3}"
                        r"(?:(?:[\w'’-]{1,30}\s{1,3}){0,5}?(?:in|of|from)\s{1,3})?(?:the\s{1,3})?$")
_SUPPORTED_CHARS = 70  # how far before a name "in support of ... in" is read


def supported_place(text: str, start: int) -> bool:
    """Whether the name at ``start`` is only whom a rally supports ("in solidarity with the people of Gaza"):
    the coder leaves such a name out of the story's theatre, so that the rally's own town, read as outside
    it, is not moved there (phantom46: "rallied in Rabat in solidarity with the people of Gaza" was coded
    at Gaza)."""
    return _SUPPORTED.search(text, max(0, start - _SUPPORTED_CHARS), start) is not None


# The place of a protest's grievance, a modifier of the grievance's noun, is no site of the protest held
# elsewhere in the sentence (context44): "Police disperse Karachi sit-in over Kurram killings", "protesters in
# Kampala ... demonstrating against the Mubende land evictions", "march in Belgrade over Novi Sad canopy
# collapse". Only after a protest word and another place of the sentence: "Protest over Gwadar water shortages
# turns violent" names no other place, and Gwadar is the protest's site.
_GRIEVANCE_BEFORE = re.compile(r"\b(?:protest\w{0,4}|demonstrat\w{0,5}|march\w{0,3}|rall(?:y|ies|ied|ying)|"
                               r"sit-ins?|riot\w{0,3}|tear\s?gas|block\w{0,3}|shut)\b[^.;:!?]{0,70}?"
                               r"\b(?:over|against|denouncing|condemning)\s{1,3}(?:the\s{1,3}|a\s{1,3}|an\s{1,3})?$")
_GRIEVANCE_NOUN = re.compile(r"(?:\s{1,3}[\w'’-]{1,20}){0,2}?\s{1,3}(?:killings?|murders?|attacks?|"
                             r"abductions?|kidnappings?|arrests?|detentions?|evictions?|demolitions?|closures?|collapse|"
                             r"shootings?|massacres?|raids?|bombings?|discovery|deaths?|shortages?|(?:power\s)?cuts|"
                             r"rulings?|verdicts?|violence|lynching|blockade)\b")
# "fired rockets from Rafah", "drones launched from Yemen": where the fire came from is no site.
_FIRED_FROM = re.compile(r"\b(?:fired|fires|launched|launches|rockets?|missiles?|drones?|shells?|mortars?|"
                         # "the attack from Lebanon", "condemned the attack from Addis Ababa": where it
                         # came from or was condemned, not where it struck
                         r"projectiles?|barrages?|attacks?|assaults?|raids?|incursions?)\s+"
                         r"(?:[\w-]+\s+){0,4}?from\s+(?:the\s+)?"
                         r"(?:(?:" + _DIRECTIONS + r")\s+)?$|"  # "fired from southern Lebanon"
                         # "launched the missiles from the Saratov region and from over the Caspian Sea"
                         r"\bfrom\s+over\s+(?:the\s+)?$|"
                         # "shelled Nikopol from across the river in Enerhodar", "from positions in X"
                         r"\b(?:fire[sd]?|launch(?:es|ed)?|shell(?:s|ed|ing)?|struck|hit|rockets?|missiles?|drones?|"
                         r"artillery|mortars?)\b[^.;]{0,60}?"
                         r"\bfrom\s+(?:across\s+the\s+(?:river|border|lake|front\s*line)|the\s+(?:east|west|left|right)"
                         r"\s+bank|(?:[\w-]+\s+)?(?:positions?|bases?|launchers?|launch\s+sites?))\s+(?:in|of|near)\s+"
                         r"(?:the\s+)?$|"
                         # "Shelled from across the Dnipro, Kherson ...": the far bank or border, not the site
                         r"\b(?:fire[sd]?|shell(?:s|ed|ing)?|struck|hit|attack(?:s|ed)?|bomb(?:s|ed)?)\s+"
                         r"from\s+across\s+(?:the\s+)?$")
# Where people or a convoy went, fled or were taken is no site of the event that moved them: "forced
# families to flee to Dilling", "an aid convoy heading to El Fasher was attacked near Mellit", "Russian
# units advanced toward Kostiantynivka", "the wounded were evacuated to Mykolaiv", "soldiers returning
# to Gao from Timbuktu were ambushed near Bourem". (Not "deployed to", "pushed into", "withdrew from":
# a deployment, an entry or a withdrawal happens at the place.)
_MOVED = (r"fle(?:e|es|d|eing)|flight|displac(?:ed|ing)|evacuat(?:e|es|ed|ing)|relocat(?:e|es|ed|ing)|"
          r"head(?:s|ed|ing)|bound|en\s+route|on\s+(?:its|their|his|her|the)\s+way|travell?(?:ed|ing)|"
          r"retreat(?:s|ed|ing)?|withdr(?:ew|awn|awing)|escap(?:e|es|ed|ing)|driv(?:e|es|ing)|drove|"
          r"taken|brought|airlifted|carried|transported|admitted|fl(?:y|ies|ew|own|ying)|sail(?:s|ed|ing)?")
_FLED_INTO = (r"fle(?:e|es|d|eing)|flight|escap(?:e|es|ed|ing)|displac(?:ed|ing)|evacuat(?:e|es|ed|ing)|"
              r"relocat(?:e|es|ed|ing)|retreat(?:s|ed|ing)?|withdr(?:ew|awn|awing)")
# Only "toward": "advanced on X" and "fighting returned to X" report fighting at X.
_MOVED_TOWARD = (r"advanc(?:e|es|ed|ing)|push(?:es|ed|ing)?|march(?:es|ed|ing)?|mov(?:e|es|ed|ing)|"
                 r"return(?:s|ed|ing)")
_MOVED_TO = re.compile(r"\b(?:(?:" + _MOVED + r")\s+(?:[\w'’-]+\s+){0,3}?(?:to|towards?|for)|"
                       r"(?:" + _MOVED_TOWARD + r")\s+(?:[\w'’-]+\s+){0,3}?towards?|"
                       # "fled across the border into Guatemala", "forced to flee into Uganda": where the
                       # people went (only flight: "drove into X" may be an entry by force)
                       r"(?:" + _FLED_INTO + r")\s+(?:[\w'’-]+\s+){0,3}?into|"
                       # "forcing thousands to flee north of Port-au-Prince": the area they fled to
                       r"(?:" + _FLED_INTO + r")\s+(?:[\w'’-]+\s+){0,3}?"
                       r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern|wards?)?\s+of)\s+"
                       r"(?:the\s+)?(?:(?:city|town|village|capital|port|camp)\s+of\s+)?$|"
                       # "from Timbuktu", "fleeing from Geneina", "the evacuation of civilians from
                       # Pokrovsk": where they set out (not "withdrew from")
                       r"\b(?:fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|displaced|evacuat(?:ed|ions?)|exodus|"
                       r"deport(?:ed|ing|ations?)|expell?(?:ed|ing)|expulsions?|uprooted|"
                       r"travell?(?:ed|ing)|"
                       r"return(?:s|ed|ing)|head(?:s|ed|ing)|driv(?:e|es|ing)|drove|cross(?:ed|es|ing)?|"
                       # "rebels who had moved south from Kidal", "jihadists spreading south from Mali"
                       r"mov(?:e|es|ed|ing)|spread(?:s|ing)?)\s+"
                       r"(?:[\w'’-]+\s+){0,3}?from\s+(?:the\s+)?$|"
                       # "taken to hospitals in Kharkiv", "treated at a hospital in Dnipro", "carried on
                       # donkey carts to clinics in Tawila", "the bodies were taken to the general
                       # hospital in Oicha" (not "a drone strike hit a hospital in El Fasher": the site)
                       r"\b(?:taken|brought|rushed|admitted|treated|transferred|evacuated|airlifted|"
                       r"carr(?:y|ies|ied|ying)(?!\s+out\b)|ferried|flown|moved)\s+(?:[\w'’-]+\s+){0,3}?"
                       r"(?:to|at|in)\s+(?:(?:an?|the|local|nearby|several|main|general|district|regional|"
                       r"referral|military|field|makeshift|private|public|state|teaching|provincial|county)\s+){0,3}"
                       r"(?:hospitals?|clinics?|morgues?|mortuar(?:y|ies)|health\s+cent(?:re|er)s?)\s+in\s+"
                       r"(?:the\s+)?$")
# The aftermath somewhere else: "Funerals were held in Gaza City for 12 people killed in a strike on
# Khan Younis", "Mourners gathered in Kharkiv", "the bodies were buried in Maiduguri", "survivors were
# treated in Dedougou", "displaced people arrived in Goma after M23 seized Sake". (Not "a bomb struck
# a funeral in X": the funeral is only an aftermath when it was held.)
_AFTERMATH = re.compile(r"\b(?:(?:funerals?|burials?|vigils?|memorials?|prayers)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:(?:was|were|are|is)\s+)?held|mourners\s+(?:[\w'’-]+\s+){0,2}?gathered|mourners|"
                        r"(?:was|were|are|is)\s+(?:later\s+|being\s+)?(?:buried|laid\s+to\s+rest|treated|"
                        r"hospitali[sz]ed)|"
                        r"(?:displaced|refugees|families|evacuees|survivors)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"(?:arriv(?:e|ed|es|ing)|shelter(?:s|ed|ing)?|gathered))"
                        r"\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$")
# "a monitor based in Britain", "the Nairobi-headquartered group": where a body sits is no site; nor
# where a group is said to be at home ("JNIM, which is active across the Sahel, claimed the attack", "JNIM,
# an al-Qaeda affiliate active across the Sahel,"; "active" before "in" is a state, whatever comes before it),
# "ISWAP, which operates in the Lake Chad region", "who remain active in northern X"), nor the area a group's
# franchise is named for ("JNIM, al Qaeda's affiliate in the Sahel, claimed it"): a state, not an act; also
# past a border and a country's possessive ("is based across the border in Afghanistan's Khost province").
_BASED_IN = re.compile(r"\b(?:based|headquartered|stationed)\s+(?:across\s+the\s+(?:border|frontier)\s+)?"
                       r"in\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$"
                       r"|\b(?:affiliates?|offshoots?|franchises?)\s{1,3}(?:in|for)\s{1,3}(?:the\s{1,3})?"
                       r"(?:(?:" + _DIRECTIONS + r")\s{1,3})?$"
                       r"|\b(?:active|(?:which|who|that)\s{1,3}(?:(?:is|are|remains?)\s{1,3}(?:also\s{1,3}|still\s{1,3})?"
                       r"(?:present|entrenched)|operates?|(?:has|have)\s{1,3}long\s{1,3}operated))"
                       r"\s{1,3}(?:in|across|throughout)\s{1,3}(?:the\s{1,3})?"
                       r"(?:(?:" + _DIRECTIONS + r")\s{1,3})?$")
# Where people fled from or arrived (not where an act happened): "Civilians fleeing El Fasher were attacked
# near Tawila", "Israel strikes Gaza as Blinken arrives in Cairo", "the envoy flew to Riyadh". (Not
# "rockets landed in X": a projectile's landing is its strike.)
_LEFT = re.compile(r"\b(?:fle(?:e|es|d|eing)|escap(?:e|es|ed|ing)|evacuat(?:e|es|ed|ing))\s+"
                   r"(?:the\s+)?(?:(?:city|town|village|camp|capital)\s+of\s+)?$"
                   # "had fled to the camp from villages around Kutum": where they came from, past the camp
                   r"|\bfled\s{1,3}(?:to|into)\s{1,3}(?:the\s{1,3}|a\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){1,2}?from\s{1,3}"
                   r"(?:the\s{1,3})?(?:(?:villages?|areas?|towns?|homes?)\s{1,3}(?:around|near|in|outside|of)"
                   r"\s{1,3}(?:the\s{1,3})?)?$"
                   # "ordered the evacuation of villages near X", "the exodus from X"
                   r"|\b(?:evacuations?|exodus)\s{1,3}(?:of|from)\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?"
                   r"(?:(?:near|around|in|from|outside|of)\s{1,3})?(?:the\s{1,3})?$")
# (An arrival or a visit is no site only when no act follows the name in its sentence: "Troops arrived in
# Kidal and clashed with rebels" places the clash.)
_REACHED = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|visit(?:s|ed|ing)?|touch(?:es|ed)\s+down|fl(?:ew|ies|y)|"
                      r"travel(?:s|led|ed|ling|ing)?)\s+(?:in|at|to|into)\s+(?:the\s+)?$|"
                      r"\bvisit(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:city|town|village|camp|capital)\s+of\s+)?$")
# Where people are held is no site of what their families do: "Families of hostages held in Gaza protested
# in Tel Aviv".
_HELD_IN = re.compile(r"\b(?:hostages|captives|prisoners|detainees|abductees)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:held|kept|detained|imprisoned|jailed)\s+(?:in|at)\s+(?:the\s+)?"
                      # "held in prisons in Hasakah", "kept at a camp near X"
                      r"(?:(?:an?\s+|the\s+)?(?:prisons?|jails?|camps?|cells?|facilit(?:y|ies)|"
                      r"detention\s+(?:centres?|centers?|facilit(?:y|ies)))\s+(?:in|at|near)\s+(?:the\s+)?)?$")
# ... unless they are still to be sent: "Nigeria to deploy more troops to Zamfara", "will send troops to X".
_FUTURE_SENT = re.compile(r"\b(?:to|will|would|shall|plans?\s+to|set\s+to|ready\s+to|could)\s+"
                          r"(?:re)?(?:deploy|send|dispatch|rush|mobili[sz]e)\s+(?:[\w-]{1,30}(?:,\d{3}){0,3},?\s+){0,8}?"
                          r"(?:to|into)\s+(?:the\s+)?$")
# "Uganda deployed special forces to Juba": where troops are sent is where the deployment is.
# The forces between may hold a number with thousands ("5,000 troops") and an inserted phrase between
# commas ("reinforcements, including armoured vehicles, to Diapaga"): up to eight words, each may end in
# a comma.
_SENT_TO = re.compile(r"\b(?:deploy(?:s|ed|ing)?|redeploy(?:s|ed|ing)?|sen[dt]s?|dispatch(?:es|ed)?|"
                      r"rush(?:es|ed)|mobili[sz](?:es|ed|ing)|moved|flown|flew)\s+(?:[\w-]{1,30}(?:,\d{3}){0,3},?\s+){0,8}?"
                      r"(?:to|into)\s+(?:the\s+)?$|"
                      # "moves its headquarters to Nyala": where the base now is
                      r"\b(?:headquarters|hq|base|bases|command\s+(?:post|centre|center))\s+to\s+(?:the\s+)?$")
# Where people fleeing got to (session 48, phantom61): "Survivors who reached the town of Tawila described
# mass killings", "tens of thousands of people had reached Tawila", "Residents who fled the town reached
# Jowhar overnight", "survivors who made it to Dori described ...": the place of arrival, no site of the
# act they tell or fled (a people's noun, up to four words, then "reached" or "made it to"). Not when an
# act is told before the people in the sentence ("Gunmen attacked displaced people who had reached Bunia":
# the act's own place; "accounts of killings ..., and that thousands of people had reached X": the
# killings keep their clause; see _role_alone). Bounded words, one lazy run: linear.
_PEOPLE_REACHED = re.compile(r"\b(?:displaced|refugees|families|evacuees|survivors|people|civilians|"
                             r"residents|villagers)\s{1,3}"
                             # (the words between tell no speaker's report of armed men: "survivors said
                             # fighters had reached X" is the fighters' advance)
                             r"(?:(?!(?:said|says|told|fighters|troops|forces|soldiers|rebels|militants|gunmen|"
                             r"jihadists|militiamen)\b)[\w'’-]{1,30}\s{1,3}){0,4}?"
                             r"(?:reach(?:ed|es|ing)?|made\s{1,3}it\s{1,3}to)\s{1,3}(?:the\s{1,3})?"
                             r"(?:(?:city|town|village|camp|capital)\s{1,3}of\s{1,3})?$")
# Their last words (see _LOCATIVE_GATE): a left context ending otherwise is not searched; and since most
# end with "in" or "the", the words one of which each match holds, which most left contexts lack.
_MOVED_TO_GATE = TailGate(_MOVED_TO, ("to", "toward", "towards", "for", "the", "of", "from", "in"), (
    # ... and the words of their verbs (or, for the hospitals, the place noun), one of which every match holds
    "fl", "displac", "evacuat", "relocat", "head", "bound", "route", "way", "travel", "retreat", "withdr",
    "escap", "driv", "drove", "taken", "brought", "airlifted", "carried", "transported", "admitted", "sail",
    "toward", "into", "exodus", "deport", "expel", "expuls", "uprooted", "return", "cross", "mov", "spread",
    "hospital", "clinic", "morgue", "mortuar", "health"))
_AFTERMATH_GATE = TailGate(_AFTERMATH, ("in", "at", "the"), (
    "funeral", "burial", "vigil", "memorial", "prayers", "mourners", "buried", "laid", "treated", "hospitali",
    "displaced", "refugees", "families", "evacuees", "survivors"))
# A gathering a real violent act told before it struck, and where it was gathered (sites62: "a drone strike on
# mourners gathered for a funeral in Dilling", "dropped bombs on a crowd gathered for a candlelight protest in
# Sagaing region's Chaung-U township", "shells landed among a crowd gathered for a protest in X"): the crowd's
# place is the act's site, not an aftermath's (mourners at a funeral) nor the place of the occasion it
# gathered for (a protest or funeral the trigger table reads as reporting nothing). Not a gathering no act
# before it struck ("Thousands gathered for the funeral in X of two men killed ..."): `_role_alone` asks
# for a violent clause starting before the place. Every repeat is bounded; the window is 80 characters.
_STRUCK_GATHERING = re.compile(
    r"\b(?:on|among|into|at|targeting|targeted|hit|hits|struck|strikes|bombed|shelled|attacked|killed|killing)"
    r"\s(?:a\s|an\s|the\s)?(?:[\w'’-]{1,20}\s){0,2}?"
    r"(?:crowds?|mourners|worshipp?ers|congregations?|gatherings?|guests|spectators|onlookers|pilgrims)"
    r"(?:\s(?:gathered|assembled|attending|celebrating|marking|waiting))?"
    r"(?:\s(?:for|at|outside|near|inside)\s(?:a\s|an\s|the\s)?(?:[\w'’-]{1,20}\s){0,3}?)?"
    r"(?:in|at)\s(?:the\s)?(?:(?:town|village|city)\sof\s)?"
    r"(?:[\w'’-]{1,30}\s(?:region|state|province|district)['’]s\s)?$")
_STRUCK_GATHERING_WORDS = ("crowd", "mourners", "worship", "congregation", "gathering", "guests",
                           "spectators", "onlookers", "pilgrims")
_PEOPLE_REACHED_GATE = TailGate(_PEOPLE_REACHED, ("reached", "reaches", "reaching", "reach", "to", "the",
                                                  "of"),
                                ("displaced", "refugees", "families", "evacuees", "survivors", "people",
                                 "civilians", "residents", "villagers"))
_BASED_IN_GATE = TailGate(_BASED_IN, (
    "in", "the", "across", "throughout", "ern", "central", "north", "south", "east", "west", "rural",
    "downtown", "greater", "besieged", "line", "lower", "upper", "nearby", "embattled", "beleaguered",
    "restive", "held", "controlled", "ing", "'s", "’s"),  # "'s": "based across the border in Afghanistan's"
    ("based", "headquartered", "stationed", "affiliate", "offshoot", "franchise", "active", "present",
     "entrenched", "operate"))
_HELD_IN_GATE = TailGate(_HELD_IN, ("in", "at", "near", "the"),
                        ("held", "kept", "detained", "imprisoned", "jailed"))
_REACHED_GATE = TailGate(_REACHED, ("in", "at", "to", "the", "of", "visit", "visits", "visited", "visiting"),
                         ("arriv", "visit", "touch", "fl", "travel"))
# More end-anchored patterns _role_alone asks about every left context (each a try at each of its
# characters): their last words, as above.
_SEAT_IN_GATE = TailGate(_SEAT_IN, ("in",))
_COMPARED_WITH_GATE = TailGate(_COMPARED_WITH, ("in", "at", "on", "near", "around", "of", "the"),
                               ("similar", "compared", "contrast", "unlike", "reminiscent"))
_CONTROLS_GATE = TailGate(_CONTROLS, ("controls", "control", "holds", "hold", "governs", "administers",
                                      "runs", "of", "the", "including", "capital", "port", "city"))
_ANY_PEOPLE_FROM_GATE = TailGate(_ANY_PEOPLE_FROM, ("from", "the"))
_OPENER_BEFORE_GATE = TailGate(_OPENER_BEFORE, ("as", "after", "while", "when", "amid", "says", "said",
                                                "claims", "reports", ",", ";", ":", "|", "—", "–"))
_BY_PHONE_FROM_GATE = TailGate(_BY_PHONE_FROM, ("from", "the", "nearby"))
# The left-context patterns _role_alone asks about one left context: their first words found in one pass
# over it (mapper/events/prefilter.py), each pattern tried only there; the same matches as .search(left).
(_MEMBERS_OF_SCAN, _BETWEEN_SCAN, _STATEMENT_FROM_SCAN, _POLICE_IN_SCAN, _OFFICE_IN_SCAN, _PEOPLE_FROM_SCAN,
 _FIRED_FROM_SCAN, _CAME_FROM_SCAN, _SENT_TO_SCAN, _FIRED_AT_SCAN, _TARGET_OF_SCAN) = PrefilteredGroup(
    [_MEMBERS_OF, _BETWEEN, _STATEMENT_FROM, _POLICE_IN, _OFFICE_IN, _PEOPLE_FROM, _FIRED_FROM, _CAME_FROM,
     _SENT_TO, _FIRED_AT, _TARGET_OF]).members
# "Istanbul police detain dozens": a town's police act in the town; "..., Kaduna police confirm" only tells
# (the town is the teller's seat, an actor: noevent70).
_TOWN_POLICE = re.compile(r"\s++(?:riot\s++|traffic\s++)?police\b(?!\s++(?:confirm(?:s|ed)?|says?|said|"
                          r"report(?:s|ed)?|spokes\w+)\b)")
# "Police disperse Dhaka students", "Dakar students torch buildings": a town's crowd protests in the town
# (only beside a protest or riot: "Palma residents return home", "Lagos traders battle floodwaters" tell none)
_TOWN_CROWD = re.compile(r"\s+(?:protesters|demonstrators|students|youths|traders|shopkeepers|residents|"
                         r"workers|farmers|teachers|doctors|nurses|drivers|supporters|opposition\s+supporters)\b")
# The protest's own noun after the town is the same (heads46): "Police disperse Lahore sit-in", "break up
# Kampala march", "Police scatter Kutaisi rally", "Juba fuel protest broken up" (one word between), "a Conakry
# sit-in by opposition supporters". Not a verb ("Protesters from Mosul and Kirkuk rally in Erbil": a
# preposition and a place follow; "Nairobi bourse rallies"), nor a protest banned, called off or planned
# ("as Nairobi rally banned", "Lagos march planned for Saturday"), nor one told as the cause or the time of
# another act (_TOWN_PROTEST_NOT_BEFORE).
_TOWN_PROTEST = re.compile(r"(?:\s+(?:marchers|sit-ins?|march(?:es)?|rall(?:y|ies)|protests?|"
                           r"demonstrations?)|"
                           # a word between, and a noun that is no verb too ("Juba fuel protest"; not "Nairobi
                           # bourse rallies")
                           r"\s{1,3}[a-z][\w-]{1,20}\s{1,3}(?:marchers|sit-ins?|march|rally|protest|demonstrations?))\b"
                           r"(?!\s{1,3}(?:in|at|outside|through|across|near|into|towards?|to|from)\b)"
                           r"(?!\s{1,3}(?:(?:was|were|is|are|has\s{1,3}been|had\s{1,3}been)\s{1,3})?"
                           r"(?:banned|cancell?ed|called\s{1,3}off|postponed|planned|scheduled|due|set)\b)")
# ("calls off Monday's Nairobi protests", "Police arrest 40 after Nairobi protests", "brace for Eldoret
# march")
_TOWN_PROTEST_NOT_BEFORE = re.compile(r"\b(?:after|following|since|before|ahead\s{1,3}of|"
                                      r"call(?:s|ed|ing)?\s{1,3}off|cancel\w{0,5}|ban\w{0,4}|postpon\w{0,5}|"
                                      r"plan\w{0,5}|brac\w{0,5}(?:\s{1,3}for)?|await\w{0,5}|over|against)"
                                      r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3})?$")
# A unit below a district, named before the district that holds it: "the Mamund tehsil of Bajaur district",
# "the Keran sector of Kupwara district", "Tabayin township, Sagaing Region". The unit's name, when the
# gazetteer lacks it, leaves the district to place the act (see _parents_of_unknown_places).
_SUBUNIT_NOUN = r"(?:township|tehsil|upazila|sector|sub-?district)"
# A settlement noun after a village's name the gazetteer lacks: "Tungan Kara village", "Kwaragi community".
_SETTLEMENT_NOUN = r"(?:village|town|area|locality|community|hamlet|settlement|" + _SUBUNIT_NOUN + ")"
_UNKNOWN_UNIT_OF = re.compile(r"[A-Z][\w'’.-]{0,30}(?:[\s-]{1,2}[A-Z][\w'’.-]{0,30}){0,3}"
                              r"\s{1,3}" + _SUBUNIT_NOUN + r"\s{1,3}of\s{1,3}(?:the\s{1,3})?$")
_UNKNOWN_UNIT_OF_GATE = TailGate(_UNKNOWN_UNIT_OF, ("of", "the"), ("township", "tehsil", "upazila", "sector",
                                                                 "district"))
# Names the gazetteer did not know, listed before a known one: "raids on the towns of Aita al-Shaab and
# Bint Jbeil", "recaptures Neskuchne and Blahodatne". The known name reads the words before the list.
_UNKNOWN_LIST = re.compile(r"(?:[A-Z][\w'’.-]{0,30}(?:[\s-]{1,2}(?:(?:al|el|ad|ar|as|ash|at|az|ez|es|de|del|"
                           r"la|le|du|da|bin|ibn|abu)[\s-]{1,2})?[A-Z][\w'’.-]{0,30}){0,3}"
                           r"(?:\s{1,3}" + _SETTLEMENT_NOUN + r")?"  # "Tungan Kara village, Zamfara state"
                           r"(?:\s?,\s{1,3}(?:(?:and|or)\s{1,3})?|\s{1,3}(?:and|or)\s{1,3})){1,4}$")
_UNKNOWN_LIST_GATE = TailGate(_UNKNOWN_LIST, (",", "and", "or"))  # the list's last joint
# Searched in lowered left contexts that most often hold none of the words every match contains (each a
# try of the pattern at each of 80 characters, for most of the names of a text).
_APPOSITION_GATE = WordGate(_APPOSITION, ("capital", "city", "town", "village", "port", "stronghold"))
_BLAMED_ON_GATE = WordGate(_BLAMED_ON, ("blam", "pinn", "attribut"))
_FUTURE_SENT_GATE = WordGate(_FUTURE_SENT, ("deploy", "send", "dispatch", "rush", "mobili"))
_LEFT_GATE = WordGate(_LEFT, ("fle", "escap", "evacuat"))
_ROAD_NAMED_END_GATE = TailGate(_ROAD_NAMED_END, ("-", "–"))
# The words between a site and a second name that only locates it: "Sake, 25 km west of Goma",
# "Mugunga camp near Goma", "Turmus Ayya, north of Ramallah", "Kosti, a city on the White Nile about
# 300 km south of Khartoum" (an apposition of a few words before the distance; not a village's: "Bella
# Vista, a hamlet on the outskirts of Mirebalais" is coded at the town, as the guide says).
_REFERENCE_STOP = r"(?!(?:and|or|while|as|but|after|before|when|then)\b)"
_REFERENCE_GAP = re.compile(r"(?:,\s{1,3}(?:an?|the)\s+(?:" + _REFERENCE_STOP +
                            r"(?!(?:village|hamlet|settlement|locality|area|camp)s?\b)[\w'’-]{1,30}\s{1,3}){1,7}?|"
                            r"(?:\s{1,3}" + _REFERENCE_STOP + r"[\w-]{1,30}){0,3}?"
                            r"(?:\s?,)?\s{1,3}(?:(?:in|on|at)\s+)?(?:an?\s+|the\s+)?)"
                            # "a bridge near Mahaday, on the road north of Jowhar": the road's reference town
                            r"(?:(?:main\s+)?(?:road|highway|route)\s+)?"
                            r"(?:(?:about|some|roughly|around|just|" + _DIRECTIONS + r")\s+)?"
                            r"(?:" + _NEAR + r")\s+(?:the\s+)?"
                            # "30 km northwest of the capital Mogadishu", "north of the regional capital, Gao"
                            r"(?:city\s+of\s+|town\s+of\s+|(?:[\w-]{1,20}\s{1,3})?capital\s?,?\s{1,3})?")
# A reference set off by a comma belongs to the site before it whichever verb the rules gave the town
# ("stormed Qabatiya, south of Jenin, and arrested four men": not an arrest in Jenin).
_APPOSED = re.compile(r"\s?,\s{1,3}(?:(?:about|some|roughly|around|just)\s+)?"
                      r"(?:\d[\d.,]{0,8}\s{0,3}(?:km|kilomet(?:re|er)s|miles)\s+)?"
                      r"(?:" + _DIRECTIONS + r")\s+of\b")
_ROAD_AFTER = re.compile(r"\s+(?:road|highway|route|axis|front)\b", re.I)  # "on Pama road": not the town
_AND_ONLY = re.compile(r"\s{1,3}(?:and|or)\s{1,3}")
_AND_OR = re.compile(r"\b(?:and|or)\b")  # a list, not "Kabkabiya, North Darfur"


# A byline before the dateline on its line: "By Ahmed Kingimi MAIDUGURI, Nigeria (Reuters) -".
_BYLINE = re.compile(r"\s*+By(?:\s++[A-Z][\w'’.-]{0,30}+){1,4}\s++")
# A dateline's place read by its form alone, before its comma: "CULIACAN", "Srinagar", and a byline;
# two cities too ("Port Sudan/Khartoum, 3 March (AFP) -": the day to skip is the filing day).
_DATELINE_PLACE = re.compile(r"[^\W\d_a-z][\w .'’/-]{1,40}+(?=,)")


# A side activity at the place, beside the news, its verb before the place: "the national team trained
# in Garoua", "delegates voted in Tillaberi" (read in the last few characters of the left context, bounded:
# linear). Its subject before the place ("analysts in Ouagadougou likened") is _subjects_of_other_acts'.
_SIDE_ACT_BEFORE = re.compile(r"\b(?:" + alternation(SIDE_ACTS) + r")\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?$")
_SIDE_ACT_CHARS = 30


# A victim's earlier career told in a relative clause: "killed a commander who had led operations in the
# Nabatieh area", "a colonel who had commanded troops in Kidal" (the pluperfect of a verb of command or
# service: not "people who had gathered at a market in X", the victims' place at the time of the act).
_CAREER_BEFORE = re.compile(r"\bwho\s{1,3}had\s{1,3}(?:(?:once|previously|long|earlier)\s{1,3})?"
                            r"(?:led|commanded|headed|directed|overseen|coordinated|organi[sz]ed|served|trained)"
                            r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){0,3}?(?:in|at|around|near|across)\s{1,3}(?:the\s{1,3})?$")
_CAREER_CHARS = 90


# "Pakistani jets had violated Afghan airspace over Paktika", "an incursion into its airspace near Kursk":
# a breach of airspace, not a strike on the place below (read in the last characters of the left context).
_AIRSPACE_BEFORE = re.compile(r"\b(?:" + alternation(AIRSPACE_BREACHES) + r")\s{1,3}"
                              r"(?:(?:of|into|on)\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,2}?airspace\s{1,3}(?:over|above|of|near)\s{1,3}"
                              r"(?:the\s{1,3})?$")
_AIRSPACE_CHARS = 80
# Where sirens or an air alert went off is where people took cover, not where a weapon fell or was stopped:
# "the missile was intercepted and sirens sounded in Jerusalem", "air raid sirens wailed across Israel".
# (phantom46: also sirens an act set off, and every name of the sirens' plain list: "intercepted, setting off
# sirens in Tel Aviv and Jerusalem" (l25-012); not a place after another preposition, "sirens sounded in
# Jerusalem and across central Israel", where the blind b27-060 codes the interception at Israel.)
_SIRENS_WHERE = (r"(?:in|over|across|throughout)\s{1,3}(?:(?:the|parts\s{1,3}of|much\s{1,3}of)\s{1,3})?"
                 r"(?:(?:north|south|east|west|central|northern|southern|eastern|western)\s{1,3})?")
_SIRENS_BEFORE = re.compile(r"(?:\b(?:sirens?|air[\s-]raid\s{1,3}alerts?|air\s{1,3}alerts?)\s{1,3}"
                            r"(?:(?:were|was|had|have|also)\s{1,3})?(?:sounded|sounding|went\s{1,3}off|wailed|blared|"
                            r"heard|rang(?:\s{1,3}out)?|activated|declared)\s{1,3}(?:(?:again|briefly|overnight)\s{1,3})?"
                            r"|\b(?:set(?:ting)?\s{1,3}off|trigger(?:s|ed|ing)|sound(?:s|ed|ing))\s{1,3}"
                            r"(?:air[\s-]raid\s{1,3})?(?:sirens?|alerts?)\s{1,3})"
                            + _SIRENS_WHERE +
                            r"(?:(?:[\w'’-]{1,30}\s{1,3}){1,4}?(?:and|or)\s{1,3})?$")
_SIRENS_CHARS = 80
# What angered a crowd, told after the crowd's own place: "In Kinshasa, protesters angered by the fall of Goma
# set fire to tyres", "in Nairobi, ... angered by the death of a blogger in police custody in Homa Bay": the
# cause's place, not where the crowd acted (phantom51; the blind b49-074 codes the riot at Kinshasa only).
# Only after another place of the sentence (prev_end): a crowd with no other place may act at the cause's;
# and not when the cause is an act of its own ("angered by the M23's capture of Goma on Monday": p37-084).
_ANGERED_BY = re.compile(r"\b(?:angered|angry|outraged|incensed|enraged|furious|upset)\s{1,3}(?:by|at|over)"
                         r"\s{1,3}(?:[\w'’-]{1,30}\s{1,3}){1,8}?(?:of|in)\s{1,3}(?:the\s{1,3})?$")
_ANGERED_GATE = ("anger", "angry", "rag", "incensed", "furious", "upset")  # cheap test before the pattern


def _sirens_after_act(text: str, s0: int, left: str, end: int) -> bool:
    """Whether ``left`` (the lowercased words before a name that starts at ``end``) ends with where sirens
    sounded, told after something else in the sentence ("the missile was intercepted, and sirens sounded in
    Jerusalem"). A sentence that opens with the sirens ("Sirens sounded in Ashkelon as two rockets were
    intercepted") has no other place for the act: the name is its site, as the corpus codes it."""
    found = _SIRENS_BEFORE.search(left, max(0, len(left) - _SIRENS_CHARS))
    if found is None:
        return False
    # (Read in a bounded window before the name: a sentence of many such names stays linear.)
    w0 = max(s0, end - 2 * _SIRENS_CHARS)
    before = text[w0:end].lower()
    i = before.rfind(found.group())
    return i >= 0 and (w0 > s0 or before[:i].strip(" \t\n\"'“‘") != "")


def sirens_place(text: str, start: int) -> bool:
    """Whether the name at ``start`` is where sirens sounded ("..., setting off sirens in Haifa and Acre"):
    read by the coder so that an interception placed at the country is not moved to a city where people
    took cover (phantom51; the blind b46-076, b27-060 code the interception at the country)."""
    return _SIRENS_BEFORE.search(text[max(0, start - _SIRENS_CHARS):start].lower()) is not None


def _holds(outer: Place | None, inner: Place | None) -> bool:
    """Whether ``outer`` is the country or the province of ``inner`` (or a town named like that province:
    "Idlib" after "Ariha")."""
    if outer is None or inner is None or outer.country_code != inner.country_code:
        return False
    return outer.kind == "country" or outer.admin1 == inner.admin1 and (
        outer.kind == "admin1" or normalize(outer.name) == normalize(inner.admin1_name or ""))


def is_dateline(text: str, m: Mention, within: int) -> bool:
    """Whether ``m`` opens the body as its dateline ("MOSCOW (Sputnik) —"), in the first ``within``
    characters."""
    if m.start > within:
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    if text[line_start:m.start].strip() and not _BYLINE.fullmatch(text, line_start, m.start):
        return False
    rest = dateline_rest(text, m.end)
    if rest is not None and not (rest.group("day") or rest.group("agency")) and _topic_over_dateline(text, m):
        return False
    # (A country and a day with its year, "GAZA CITY, Palestinian Territories, May 20, 2025 (AFP) -",
    # make the coder's header only: reading them here too moves the role figures, a change of its own.)
    return m.text[:1].isupper() and rest is not None and not (rest.group("country") and rest.group("year"))


# The place of a dateline that opens a line: up to four words, then the dateline's rest.
_LINE_PLACE = re.compile(r"[^\W\d_a-z][\w.'’-]{0,30}+(?:\s[^\W\d_a-z][\w.'’-]{0,30}+){0,3}")


def _topic_over_dateline(text: str, m: Mention) -> bool:
    """Whether ``m`` opens a headline's topic ("Mozambique: Insurgents behead six in Ancuabe") whose next
    line is a dateline with a filing day or an agency ("Maputo, 28 Oct 2025 (Lusa) -", "Abidjan (AFP) -"):
    that line is where the story was filed, and the topic is the headline's."""
    line_end = text.find("\n", m.end, m.end + 400)  # a headline's line, not the whole text
    if line_end < 0:
        return False
    start, stop = line_end, min(len(text), line_end + 40)
    while start < stop and text[start] in " \t\r\n":  # the blank lines between
        start += 1
    place = _LINE_PLACE.match(text, start)
    if place is None:
        return False
    rest = dateline_rest(text, place.end())
    return rest is not None and bool(rest.group("day") or rest.group("agency"))


def dateline_header(text: str) -> re.Match[str] | None:
    """The dateline ``text`` opens with, its place read by form alone (no place need be recognised), when
    it gives a filing day or an agency ("CULIACAN, Mexico, Feb 3 (Reuters) - ", "Srinagar, Jan 22: "):
    the coder skips the filing day in it and reads the body from the match's end. (A bare "MOSCOW —"
    has no day to skip: ``is_dateline`` reads it, of a recognised place.)"""
    place = _DATELINE_PLACE.match(text)
    rest = dateline_rest(text, place.end()) if place is not None else None
    return rest if rest is not None and (rest.group("day") or rest.group("agency")) else None


def relative_to(sentence: str, start: int, end: int) -> bool:
    """Whether the sentence places something relative to the name at ``start:end`` rather than in it
    ("30 km north of X", "villages around X", "X countryside:"): the name is then a reference point."""
    left = sentence[max(0, start - 80):start].lower()
    return bool(_NEAR_GATE.search(left, left)
                or _TOPIC_NEAR.match(sentence, end))


def _precision(m: Mention, near: bool) -> int:
    kind = m.place.kind if m.place is not None else "city"
    base = _SITE_KINDS_PRECISION.get(kind, 1)
    return max(base, 2) if near else base


# An office the act before it struck, with the report's teller after a comma: "Drones struck a police
# headquarters in Kassala on Friday, officials said", "set fire to an electoral commission office in
# Kisangani on Monday, police said" (heads59): the building is the site, and the speakers are others.
_STRUCK_OFFICE_GAP = 60  # how far before the place the act's trigger may end (its object between)
_STRUCK_OFFICE_BREAK = re.compile(r"[,;:.!?—–(\"“”]|\s(?:and|but|while|whereas|after|before|when|as|since|"
                                  r"who|which|where|that)\s")
# A second object of the act, the office after "and": "Israeli strikes hit the Natanz enrichment site and a
# Revolutionary Guards headquarters in Tehran early on Friday, state media said" (heads61, b43-049): the
# gap is read from the "and" (a determiner after it: a noun phrase, not a clause). Bounded: linear.
_STRUCK_OFFICE_ALSO = re.compile(r"\sand\s(?:an?|the|two|three|several)\s")


def _struck_office(text: str, s0: int, m: Mention, nearest: Clause | None,
                   ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    """Whether the office before the place is the object of the nearest (real) clause's trigger just before
    it, and a comma parts the place from the telling after it (see _STRUCK_OFFICE_GAP)."""
    if nearest is None or nearest.family == "political" or nearest.back_reference:
        return False
    pos = m.start - s0
    last = _last_end(nearest, pos, ordered)
    if last is None:
        return False
    start = s0 + last
    also = _STRUCK_OFFICE_ALSO.search(text, start, min(m.start, start + _STRUCK_OFFICE_GAP + 12))
    if also is not None and also.start() - start <= _STRUCK_OFFICE_GAP \
            and _STRUCK_OFFICE_BREAK.search(text, start, also.start()) is None:
        start = also.end()  # "hit the Natanz site and a Guards headquarters in Tehran": a second object
    if m.start - start > _STRUCK_OFFICE_GAP or _STRUCK_OFFICE_BREAK.search(text, start, m.start) is not None:
        return False
    return _SAID_COMMA_NEXT.match(text, m.end) is not None


# The place's own words, then a comma before the teller: "in Kassala on Friday, officials said" (a day or
# time word at most between: bounded).
_SAID_COMMA_NEXT = re.compile(r"(?:\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?[\w'’-]{1,20})?,\s")


def _nearest_clause(clauses: list[Clause], pos: int) -> Clause | None:
    pool = [c for c in clauses if c.sub_event_type != "Statement"]
    if not pool:
        return None
    return min(pool, key=lambda c: c.distance(pos))


def _passive_clause(clauses: list[Clause], end: int) -> Clause | None:
    """The clause of a headline passive's verb, the first with a trigger after the place (``end``, in the
    sentence): "Blast in Kabul kills 3; Herat hit by rockets" (the rockets, not the nearer "kills"); the
    nearest clause when none follows."""
    after = [(min(a for a, _ in c.spans or ((c.start, c.end),) if a >= end), i) for i, c in enumerate(clauses)
             if c.sub_event_type != "Statement" and any(a >= end for a, _ in c.spans or ((c.start, c.end),))]
    return clauses[min(after)[1]] if after else _nearest_clause(clauses, end)


# An aside after a sentence's opening place, and a verb that takes a place as its subject after it: "Zugdidi,
# the main town of ..., saw thousands rally", "Baidoa, which was encircled in 2023, came under mortar fire".
# Bounded: linear.
_ASIDE = re.compile(r",\s(?:the|a|an|its|which|where|whose)\s[^,;.:()]{1,110}?,")
_PLACE_PREDICATE = re.compile(r"\s(?:(?:also|again|then|later)\s)?(?:saw|sees|has\sseen|had\sseen|witnessed|"
                              r"came\sunder|comes\sunder)\b")


def _subject_clause(text: str, sent: tuple[int, int], m: Mention, clauses: list[Clause],
                    starts: frozenset[int], ordered: dict[int, tuple[tuple[int, int], ...]]) -> Clause | None:
    """The clause whose trigger follows a headline's place as a noun ("Kadugli bombardment kills 7"), or
    None. ``starts`` are the sentence's mention starts: a trigger followed by a place is a verb with an
    object ("Israel shells Kfar Kila"), and its subject is an actor, not a site. ``ordered``: each
    clause's trigger spans, sorted once per text (by id of the clause)."""
    s0, s1 = sent
    if _NATIVE_AFTER.match(text, m.end):
        return None  # "Churachandpur native shot dead near Jiribam": where the victim is from, not the site
    after = m.end - s0
    aside = _ASIDE.match(text, m.end, min(s1, m.end + 130))
    if aside is not None:  # "Kutum, the main town of ..., saw heavy shelling": the predicate after the aside
        predicate = _PLACE_PREDICATE.match(text, aside.end(), min(s1, aside.end() + 30))
        if predicate is not None:
            after = predicate.end() - s0
    start_gap = s0 + after
    for c in clauses:
        if c.family == "political":
            continue
        spans = _spans(c, ordered)
        # The first trigger at or after the name: one look, not a scan of every trigger.
        i = bisect.bisect_left(spans, (after, -1))
        for start, end in spans[i:i + 1]:
            if start - after > 40:
                continue
            gap = text[start_gap:s0 + start]
            if not _SUBJECT_GAP.fullmatch(gap) or _SAYING.search(gap):
                continue
            obj = _OBJECT_AFTER.match(text, s0 + end, min(s1, s0 + end + 8))
            if obj is not None and obj.end() in starts:
                continue
            return c
    return None


def _teller_place(text: str, s0: int, m: Mention, right: str, starts: frozenset[int]) -> bool:
    """Whether the mention sits in the teller of a closing attribution (see _TELLER_AFTER, _ACCORDING_TO)
    after the sentence named another place: "..., a civil society leader in Butembo said", "..., according
    to a doctor at the hospital in Bunia". Alone in its sentence
    ("Gunmen killed five on Sunday, a Kirkuk police officer said") the teller's place is the story's."""
    begin = max(s0, m.start - 80)
    left = text[begin:m.start].lower()
    comma = left.rfind(",")
    if comma < 0:
        return False
    according = _ACCORDING_TO.match(left, comma + 1)
    if according is not None:
        # ", according to a doctor at the main hospital in Mogadishu": the source's place, named after the
        # act it tells of (a noun phrase ending in a preposition, no clause of its own)
        return _TELLER_NP.fullmatch(left, according.end()) is not None \
            and (any(s0 <= start < begin + comma for start in starts)
                 or _WHERE_TAKEN.match(right) is not None)
    after = _TELLER_AFTER.match(right)
    if after is None or _TELLER_NP.fullmatch(left, comma + 1) is None:
        return False
    if _TELLER_NOUN.search(left, comma + 1) is None and _TELLER_NOUN.search(after.group(1)) is None \
            and _TELLER_DETERMINER.match(left, comma + 1) is None:
        return False
    return any(s0 <= start < begin + comma for start in starts)


# A local office holder of the place as the victim of the sentence's act: "The mayor of Uruapan, a city in
# Michoacan, was shot dead", "Gunmen killed the governor of Kandahar", "X's newly appointed secretary general
# was shot dead". The office names the place only as its seat, but the act befell its holder there: the
# place is the act's site (not context, nor an actor by its possessive office).
_LOCAL_OFFICE = (r"(?:deputy\s{1,3})?(?:mayor|governor|police\s{1,3}chief|chief\s{1,3}of\s{1,3}police|"
                 r"district\s{1,3}(?:commissioner|chief|administrator)|commissioner|administrator|prefect|"
                 r"sub-prefect|village\s{1,3}(?:head|chief)|secretary\s{1,3}general|council\s{1,3}chairman)")
_VICTIM_PASSIVE = (r"(?:\s{0,3},[^,.;:]{1,60}){0,3}?\s{0,3},?\s{1,3}"
                   r"(?:was|were|has\s{1,3}been|had\s{1,3}been)\s{1,3}(?:[a-z]{2,20}\s{1,3}){0,2}?(?:shot|killed|murdered|assassinated|beheaded|abducted|"
                   r"kidnapped|ambushed|stabbed|lynched|hacked|gunned|executed)\b")
_OFFICE_OF_VICTIM = re.compile(r"\b" + _LOCAL_OFFICE + r"\s{1,3}of\s{1,3}(?:the\s{1,3})?$")
_VICTIM_AFTER = re.compile(_VICTIM_PASSIVE)
_KILLED_OFFICE_OF = re.compile(r"\b(?:killed|shot|murdered|assassinated|beheaded|abducted|kidnapped|ambushed|"
                               r"stabbed|executed)\s{1,3}(?:dead\s{1,3})?(?:the\s{1,3}|a\s{1,3})?"
                               r"(?:[\w-]{1,20}\s{1,3}){0,2}?" + _LOCAL_OFFICE
                               + r"\s{1,3}of\s{1,3}(?:the\s{1,3})?$")
_POSSESSIVE_VICTIM = re.compile(r"['’]s\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,3}?" + _LOCAL_OFFICE + _VICTIM_PASSIVE,
                                re.I)
# Every match holds one of these words (a substring test before the patterns, for most names' contexts).
_OFFICE_WORDS = ("mayor", "governor", "chief", "commissioner", "administrator", "prefect", "head",
                 "secretary", "chairman")


def _office_holder_victim(left: str, right: str) -> bool:
    """Whether the place names the seat of an office whose holder the sentence's act befell (see
    _LOCAL_OFFICE): "the mayor of X ... was shot dead", "killed the governor of X", "X's mayor was shot"."""
    if right.startswith(("'s", "’s")):
        low = right[:80].lower()
        return any(w in low for w in _OFFICE_WORDS) and _POSSESSIVE_VICTIM.match(right) is not None
    if not any(w in left for w in _OFFICE_WORDS):
        return False
    return _KILLED_OFFICE_OF.search(left) is not None or (
        _OFFICE_OF_VICTIM.search(left) is not None and _VICTIM_AFTER.match(right) is not None)


def _report_topics(text: str, mentions: list[Mention]) -> set[int]:
    """The starts of the mentions that open a later report of a one-line text as its topic (a name right
    after ``|`` or ``;`` and before ``:``, `` - `` or ``|``)."""
    return {m.start for m in mentions if not m.demonym and not m.text.isupper()
            and opens_later_report(text, m.start)
            and _TOPIC_AFTER.match(text, m.end) is not None}


# A later report's topic the recognizer may not know: "Quetta: internet restored | Noshki: suicide car bomb
# hits FC convoy" (a capitalised name of up to four words and a colon right after the break).
_LATER_TOPIC = re.compile(r"[;|]\s{0,3}+[A-Z][\w'’.-]{0,30}+(?:[\s-][A-Z][\w'’.-]{0,30}+){0,3}+\s?+:\s")


def _names_a_later_topic(text: str, m: Mention) -> bool:
    """Whether the first hard break after ``m`` in its one-line text opens a report under a topic of its
    own (see _LATER_TOPIC), known to the gazetteer or not."""
    nxt = REPORT_BREAK.search(text, m.end, m.sentence[1])
    return nxt is not None and _LATER_TOPIC.match(text, nxt.start()) is not None


def _report_clauses(text: str, m: Mention, clauses: list[Clause]) -> list[Clause]:
    """The clauses told in the report that topic ``m`` opens: from it to the next hard break (the
    sentence's offsets, as clauses give them)."""
    s0, s1 = m.sentence
    nxt = REPORT_BREAK.search(text, m.end, s1)
    a, b = m.start - s0, (nxt.start() if nxt is not None else s1) - s0
    return [c for c in clauses if any(a <= lo < b for lo, _ in c.spans) or a <= c.start < b]


# A country opening a sentence as the subject of a headline infinitive of a state's act toward other states
# or its forces, its own plan: "Ghana to recall ambassador from Ouagadougou", "Niger to summon Benin's envoy",
# "Kenya to deploy troops to ..." (heads59; the corpus codes the state actor: h54-026, h55-024..027,
# h56-026..028, h57-028..032; not every verb: "Ecuador to build new prison" is context in a50-040).
_STATE_FUTURE_AFTER = re.compile(r"\s{1,3}to\s{1,3}(?:summon|recall|expel|send|deploy|withdraw|pull|buy|"
                                 r"acquire|sign|close|reopen|resume|host|join|impose|lift)\b")
# The post an envoy is recalled or withdrawn from: "recall ambassador from Bamako", "withdrew its envoy from
# Kinshasa" (not a delegation from a state, which _MEMBERS_OF reads as its actor).
_RECALLED_FROM = re.compile(r"\b(?:recall(?:s|ed|ing)?|withdr(?:aw|aws|awing|awn|ew))\s{1,3}"
                            r"(?:(?:its|the|their|our|his|her)\s{1,3})?(?:[\w-]{1,20}\s{1,3})?"
                            r"(?:ambassadors?|envoys?|diplomats?|charg[eé]\s{1,3}d['’]affaires)\s{1,3}"
                            r"from\s{1,3}(?:the\s{1,3})?$")
_RECALLED_FROM_CHARS = 90  # its longest match



@lru_cache(maxsize=16)  # the same text object for each mention of a sentence: its hash is computed once
def _first_trigger_end(text: str, s0: int, s1: int) -> int | None:
    """Where the first real trigger of the sentence text[s0:s1] ends (an offset in ``text``), or None: read
    once per sentence, not once per mention (a long run of "people reached X and ..." stays linear)."""
    found = find_triggers(text[s0:s1].lower())
    return s0 + min(t.end for t in found) if found else None

def _role_alone(text: str, sent: tuple[int, int], m: Mention, clauses: list[Clause],
                dateline: bool, decided: WordHits, *, left_end: int | None = None, head: bool = False,
                topic: bool = False, starts: frozenset[int] = frozenset(), prev_end: int = -1,
                unreal: tuple[tuple[int, int], ...] = (),
                ordered: dict[int, tuple[tuple[int, int], ...]] | None = None, holds: bool = False) -> Role:
    """The role of one mention from the words around it. ``left_end``: where its left context ends (the
    start of a parent that precedes it, "in Warrap's Tonj"); ``head``: it opens its sentence, alone or
    in a list; ``topic``: it is a one-line text's topic ("Kherson: two killed"); ``holds``: it is a province
    before a name the gazetteer lacks ("Zamfara's Kwaragi"), read as the place that holds that name."""
    if dateline:  # (before the left context is read: a dateline reads none)
        return Role("origin", 1, rule="dateline")
    s0, s1 = sent
    left_end = m.start if left_end is None else left_end
    left_from = max(s0, left_end - 80)  # (where ``left`` starts in the text, whatever is cut from its end)
    left = text[left_from:left_end].lower()
    # A match is at most 5 characters from the end ("ash " before a final newline): search only there.
    article = _ARTICLE_BEFORE.search(left, max(0, len(left) - _ARTICLE_BEFORE_CHARS))
    if article is not None:
        left_end -= len(left) - article.start()  # "in Tibú and El Tarra": the words before "El"
        left = left[:article.start()]
    apposed = _APPOSITION_GATE.search(left, left)
    if apposed is not None:  # "the outskirts of the capital, Khartoum": the name reads the words before
        left = left[:apposed.start()]
    # Searched once per left context (the longest of these patterns, asked up to three times before).
    locative = _locative(left)
    if not locative and left.endswith(_OWNER_BEFORE_ENDS) \
            and _OWNER_BEFORE.search(left, max(0, len(left) - 20)) and _HOME_AFTER.match(text, m.end, s1):
        locative = True  # "arrest opposition leader at his Dakar home": the place of the home is the act's
    if not (locative or _TARGET_OF_SCAN.search(left)):
        unknown = _UNKNOWN_LIST_GATE.search(text, max(s0, left_end - 80), left_end) \
            or _UNKNOWN_UNIT_OF_GATE.search(text, max(s0, left_end - 80), left_end)
        listed = unknown is not None and (_AND_OR.search(unknown.group()) is not None or (
            m.place is not None and m.place.kind == "city" and not _SUBJECT_VERB.match(text, m.end))
            or _holds_unknown_before(text, m, unknown))
        if unknown is not None and listed and unknown.start() > max(s0, prev_end):
            left = text[max(s0, unknown.start() - 80):unknown.start()].lower()
            locative = _locative(left)
    right = text[m.end:min(s1, m.end + 80)]
    pos = m.start - s0
    if m.place is not None and m.place.kind == "city" and _RIVER_AFTER.match(right):
        return Role("context", rule="river")  # "shelled from across the Dnipro river": a river, not the city
    if _NAMED_DAY_AFTER.match(right):
        return Role("context", rule="named_day")  # "on Saba Saba anniversary", "on Quds Day"
    crowd = _CROWD_PLACED_AFTER.match(right)
    if crowd is not None and m.end + crowd.end() in starts:
        return Role("context", rule="crowd_placed")  # "Saba Saba marchers in Nairobi": Nairobi the site
    violent = [c for c in clauses if c.family != "political" and c.sub_event_type != "Agreement"]
    if topic and violent:
        near = bool(_TOPIC_NEAR.match(right))  # "Baniyas countryside: ..."
        return Role("event_site", _precision(m, near), _nearest_clause(violent, pos), rule="headline_topic")
    if m.demonym:
        return Role("actor" if _DEMONYM_ACTOR.match(right) else "context", rule="demonym")
    if _ORG_AFTER.match(right):
        return Role("actor", rule="right")  # "Sudan Liberation Army fighters", "Arakan Army-held"
    if m.place is not None and m.place.kind == "country" and _STATE_FUTURE_AFTER.match(right) \
            and not text[s0:m.start].strip():
        return Role("actor", rule="right")  # "Ghana to recall ambassador from ...": the state's own plan
    if _RECALLED_FROM.search(left, max(0, len(left) - _RECALLED_FROM_CHARS)):
        return Role("context", rule="left")  # "recall ambassador from Bamako": where the envoy serves
    if _BRANCH_OF.search(left, max(0, len(left) - 40)):
        return Role("actor", rule="left")  # "the Islamic State in the Sahel claimed it"
    if _UNIT_AFTER.match(right):
        return Role("context", rule="right")  # "the Dnipro group of forces said": a unit's name
    if _FLAG_AFTER.match(right):
        return Role("context", rule="right")  # "UK-owned cargo ship"
    country = m.place is not None and m.place.kind == "country"
    if country and (_ARMED_AFTER.match(right) or not locative and _COUNTRY_WEAPON.match(right)):
        return Role("actor", rule="right")  # "attacks on US forces", "a U.S. drone strike"
    if m.place is not None and m.place.kind in ("admin1", "region") and not locative \
            and _REGION_FORCES.match(right):
        return Role("actor", rule="right")  # "Puntland forces killed", "Jubaland security forces arrested"
    if violent and _office_holder_victim(left, right):
        return Role("event_site", _precision(m, False), _nearest_clause(violent, pos), rule="office_victim")
    # Metonymy: the place does or says something.
    if _POSSESSIVE_ACTOR.match(right):
        return Role("actor", rule="right")
    if m.place is not None and m.place.kind in ("country", "admin1") and _COUNTRY_FRAME.match(right) \
            and not holds:
        return Role("context", rule="part_of")  # "seize Congo's Bunagana", "on Uganda border"
    if "by" in left and _BY.search(left) or _MEMBERS_OF_SCAN.search(left) or _BETWEEN_SCAN.search(left) \
            or _BLAMED_ON_GATE.search_in(left, _LEFT_GROUP.opened(left)):
        return Role("actor", rule="left")
    named_facility = _FACILITY_AFTER.match(right)  # "Port Sudan airport" when the gazetteer lacks it
    facility = m.place is not None and (m.place.kind == "facility" or named_facility is not None)
    if violent and left_end - s0 <= 80 and _PARTICIPLE_OPENING.fullmatch(text, s0, left_end):
        return Role("event_site", _precision(m, False), _nearest_clause(violent, pos), rule="participle")
    if violent and not head and (_OPENER_BEFORE_GATE.search(left) or _SETTLEMENT_OPENER.fullmatch(left)) \
            and _HEADLINE_PASSIVE.match(right):
        # A headline's second clause: "Two killed as Kramatorsk shelled", "..., Nikopol hit again".
        clause = _passive_clause(violent, m.end - s0)
        return Role("event_site", _precision(m, False), clause, rule="headline_passive")
    if violent and not head and _CLAIMED_OBJECT.search(left, max(0, len(left) - 45)):
        clause = _subject_clause(text, sent, m, violent, starts, {} if ordered is None else ordered)
        if clause is not None:
            return Role("event_site", _precision(m, False), clause, rule="claimed_object")
    if head and violent:
        # Headline grammar: "Sderot shelled, two wounded", "Kherson shelling kills 3".
        if _HEADLINE_PASSIVE.match(right) or facility and _CLOSED_AFTER.match(
                right, named_facility.end() if named_facility is not None else 0):
            return Role("event_site", _precision(m, False), _passive_clause(violent, m.end - s0),
                        rule="headline_passive")
        if m.place is None or m.place.kind != "country":
            clause = _subject_clause(text, sent, m, violent, starts, {} if ordered is None else ordered)
            if clause is None and _DEATH_TOLL.match(right):
                clause = _nearest_clause(violent, pos)
            if clause is not None:
                return Role("event_site", _precision(m, False), clause, rule="subject")
    if _BACKED_AFTER.match(right):
        return Role("actor", rule="right")  # "blamed the attack on Rwanda-backed rebels", "in Iran-led talks"
    near = bool(_NEAR_GATE.search_in(left, _LEFT_GROUP.opened(left)))
    if not locative and not near:
        if _SUBJECT_VERB.match(right) and not _PASSIVE.match(right) and not _PREPOSITION_BEFORE.search(left) \
                and not _BACK_ADVERB.match(right):
            return Role("actor", rule="right")
        # (not the first town of a road named for the towns it joins, "blocked the Nakuru-Eldoret highway at
        # Naivasha": a road, whose towns are no side that intervened; read below; heads51)
        if _ACTOR_AFTER.match(right) and (m.place is None or m.place.kind in ("country", "admin1")
                                          or right.startswith("-")) and not _ROAD_NAMED.match(right):
            return Role("actor", rule="right")
        if m.place is not None and m.place.kind == "country" and _SIDE_AFTER.match(right):
            return Role("actor", rule="right")  # "Somalia, Jubaland forces clash", "Congo, M23 talks stall"
        if m.place is not None and (m.place.kind == "country" or m.place.feature_code == "PPLC") \
                and _ADDRESSED_BEFORE.search(left, max(0, len(left) - _ADDRESSED_CHARS)) \
                and _ADDRESSED_AFTER.match(right):
            return Role("actor", rule="left")  # "Iran warns Israel of", "Kinshasa urges Kigali to"
    if _place_first_statement(text, sent, m, clauses, ordered, starts):
        return Role("origin", 1, rule="place_first")
    if _BY_PHONE_FROM_GATE.search(left, max(0, len(left) - 40)):
        return Role("context", rule="teller")  # "told Reuters by phone from Beledweyne": where a source is
    planned_from = max(0, len(left) - _PLANNED_CHARS)
    if _PLANNED_GATHERING_GATE.opens(gate_text(left[planned_from:])) \
            and _PLANNED_GATHERING.search(left, planned_from):
        return Role("context", rule="left")  # "said it would host a security conference in Baidoa next month"
    if _STATEMENT_FROM_SCAN.search(left):
        return Role("origin", 1, rule="left")
    if left.endswith(_VISITING_BEFORE) and _VISITING_SAYS_AFTER.match(right) \
            and any(c.sub_event_type == "Statement" for c in clauses):
        return Role("origin", 1, rule="left")  # "Zelenskiy, visiting Kharkiv, vows ...": where he spoke
    if _POLICE_IN_SCAN.search(left) and _SAID_NEXT.match(right):
        return Role("origin", 1, rule="left")  # "..., police in Abuja said": where the police spoke
    if _SAID_NEXT.match(right) and _MEDIA_IN.search(left, max(0, len(left) - 40)):
        return Role("origin", 1, rule="left")  # where the report was made, not what it reports
    if m.place is not None and m.place.kind != "country" and _SPEAKS_NEXT.match(right) \
            and _BODY_IN.search(left):
        return Role("origin", 1, rule="left")
    if _SEAT_IN_GATE.search(left, max(0, len(left) - 60)) \
            and not any(c.sub_event_type in ("Agreement", "Meeting/talks") for c in clauses):
        return Role("actor", rule="seat")  # (not "signed a deal with the government in Bamako": the venue)
    if _OFFICE_IN_SCAN.search(left) and not _MET_OFFICE.search(left):
        if _SPEAKS_NEXT.match(right):
            return Role("origin", 1, rule="left")  # "after the junta in Ouagadougou announced an offensive"
        nearest = _nearest_clause(clauses, pos)
        speaks = any(c.family == "political" and 0 <= c.start - (m.end - s0) <= 40 for c in clauses) \
            and not _struck_office(text, s0, m, nearest, ordered)
        if nearest is None or nearest.family == "political" or nearest.back_reference or speaks:
            return Role("origin", 1, rule="left")  # "the foreign ministry in Paris condemned the attack"
        # else "car bombs exploded near the education ministry in Mogadishu": the building is the site
    if _teller_place(text, s0, m, right, starts):
        return Role("context", rule="teller")  # "..., a doctor at the hospital in Bahir Dar said"
    if _quoted_without_act(text, sent, m, clauses, ordered):
        return Role("context", rule="quote")  # '"What happened in Bucha must never happen again," he said'
    if _governed_unreal(text, s0, m, clauses, ordered):
        return Role("context", rule="left")  # "threatened to hit Damascus", "rumours that X had fallen"
    # (a crowd struck where it gathered: the locative below places the act, whatever the crowd gathered for)
    struck_crowd = any(c.start < pos for c in violent) and any(w in left for w in _STRUCK_GATHERING_WORDS) \
        and _STRUCK_GATHERING.search(left) is not None
    if not struck_crowd and _after_unreal(text, s0, m, unreal, clauses, ordered):
        return Role("context", rule="left")  # "threatened to strike Kyiv", "Talks in Jeddah postponed"
    if _ACROSS.search(left, max(0, len(left) - 20)) and _INCLUDING_NEXT.match(right):
        return Role("context", rule="left")  # "killed 22 across Gaza, including nine in Jabaliya"
    if _COMPARED_WITH_GATE.search(left):
        return Role("context", rule="compared")  # "an attack similar to the one in Bannu last week"
    if "since" in left and _SINCE_ACT.search(left, max(0, len(left) - _SINCE_CHARS)):
        return Role("context", rule="compared")  # "the heaviest fighting since the fall of Avdiivka"
    if "latest" in left and _LATEST_OF_SERIES.search(left, max(0, len(left) - _SERIES_CHARS)):
        return Role("context", rule="compared")  # "the latest in a string of strikes in Amhara's Awi zone"
    if "who" in left and _CAREER_BEFORE.search(left, max(0, len(left) - _CAREER_CHARS)):
        return Role("context", rule="left")  # "a commander who had led operations in the Nabatieh area"
    if _SIDE_ACT_BEFORE.search(left, max(0, len(left) - _SIDE_ACT_CHARS)):
        return Role("context", rule="left")  # "the team trained in Garoua", "churches in Mombasa held vigils"
    if "airspace" in left and _AIRSPACE_BEFORE.search(left, max(0, len(left) - _AIRSPACE_CHARS)):
        return Role("context", rule="left")  # "violated Afghan airspace over Paktika": no strike there
    if prev_end >= s0 and any(w in left for w in _ANGERED_GATE) \
            and (found := _ANGERED_BY.search(left)) is not None and not find_triggers(found.group()):
        return Role("context", rule="left")  # "protesters angered by the fall of Goma": the cause's place
    if ("siren" in left or "alert" in left) and _sirens_after_act(text, s0, left, m.start) \
            and not _act_follows(text, s0, m, clauses, ordered):
        return Role("context", rule="left")  # "... intercepted, and sirens sounded in Jerusalem": cover taken
    if _CONTROLS_GATE.search(left, max(0, len(left) - 50)):
        return Role("context", rule="left")  # "the SDF, which controls much of Raqqa": a state, not an act
    cut_from = max(0, len(left) - _SUPPLY_CUT_CHARS)  # (the window only: this runs for every mention)
    if (left.find(" to ", cut_from) >= 0 or left.find(" for ", cut_from) >= 0) \
            and _SUPPLY_CUT_TO.search(left, cut_from):
        return Role("context", rule="left")  # "cutting power to much of Erbil": the supply cut reached it
    if _LINK_BETWEEN_GATE.search_in(left, _LEFT_GROUP.opened(left)):
        return Role("context", rule="left")  # "flights between Khartoum and Port Sudan would resume"
    if _MEASURE_IN_GATE.search_in(left, _LEFT_GROUP.opened(left)) and _MEASURE_CAUSE.match(text, m.end, s1):
        return Role("context", rule="left")  # "Section 144 imposed in Khagrachhari after clashes"
    if _ROAD_NAMED.match(right) or _ROAD_NAMED_END_GATE.search(left) and _ROAD_AFTER.match(right):
        return Role("context", rule="right")  # "on the Monywa-Mandalay road": a road, not either town
    people_from = _PEOPLE_FROM_SCAN.search(left) \
        or _ANY_PEOPLE_FROM_GATE.search(left, max(0, len(left) - _ANY_PEOPLE_FROM_CHARS))
    if people_from is not None and _TAKEN_BEFORE.search(left, max(0, people_from.start() - 60),
                                                         people_from.start()):
        people_from = None  # "abducted nine people from Kolofata": where they were taken is the site
    if not struck_crowd and (people_from or _FIRED_FROM_SCAN.search(left) or _CAME_FROM_SCAN.search(left)
                             or _MOVED_TO_GATE.search(left) or _BASED_IN_GATE.search(left)
                             or _AFTERMATH_GATE.search(left)):
        return Role("context", rule="left")  # "Students from Belgrade blocked bridges in Novi Sad"
    if "reach" in left or "made it" in left:
        reached = _PEOPLE_REACHED_GATE.search(left)
        # (no act told in the sentence before the people: "accounts of killings ..., and that thousands
        # of people had reached X" leaves the killings' clause its site)
        if reached is not None and ((first := _first_trigger_end(text, s0, s1)) is None
                                    or first > left_from + reached.start()):
            return Role("context", rule="left")  # "Survivors who reached Tawila described mass killings"
    if "s" in left and (_SUPPORTED.search(left, max(0, len(left) - _SUPPORTED_CHARS)) or prev_end >= s0 and (
            _GRIEVANCE_BEFORE.search(left) and _GRIEVANCE_NOUN.match(right))):
        return Role("context", rule="left")  # "in support of Palestinians in Gaza", "over Kurram killings"
    if _FUTURE_SENT_GATE.search_in(left, _LEFT_GROUP.opened(left)):
        return Role("context", rule="left")  # "Nigeria to deploy more troops to Zamfara": not sent yet
    if _LEFT_GATE.search_in(left, _LEFT_GROUP.opened(left)) or _HELD_IN_GATE.search(left) \
            or _REACHED_GATE.search(left) and not _act_follows(text, s0, m, clauses, ordered):
        return Role("context", rule="left")  # "Civilians fleeing El Fasher", "as Blinken arrives in Cairo"
    # The target's block below makes a site only of a clause of ``violent`` (its nearest non-statement
    # clause, or the attached one, must be neither political nor a deal): a mention of a sentence with none
    # (no trigger, or statements and talks only: most mentions) is not read for it.
    town = bool(violent) and not locative and m.place is not None and m.place.kind == "city"
    # (the nearest act is looked up only for a town before a crowd's noun: most mentions are neither)
    town_police = town and (_TOWN_POLICE.match(right) is not None or (
        _TOWN_CROWD.match(right) is not None
        or _TOWN_PROTEST.match(right) is not None
        and not _TOWN_PROTEST_NOT_BEFORE.search(left, max(0, len(left) - 60)))
        and (near := _nearest_clause(clauses, pos)) is not None and near.family == "demonstration")
    closed = bool(violent) and facility and _CLOSED_BEFORE.search(left) is not None
    defended = bool(violent) and not facility \
        and _DEFENDED_TOWN.search(left, max(0, len(left) - 40)) is not None
    if violent and (_TARGET_OF_SCAN.search(left) or _PASSIVE.match(right) or _SENT_TO_SCAN.search(left)
                    or _FIRED_AT_SCAN.search(left) or town_police or closed or defended
                    or _passive_after_apposition(text, m, s1)):
        clause = _nearest_clause(clauses, pos)
        if clause is not None and (defended or _TARGET_OF_SCAN.search(left)):
            # The verb before the place is its clause's, not a trigger after a hard break ("missiles
            # pound Kyiv; drones hit Lviv").
            clause = _attached_clause(text, s0, clauses, m, ordered) or clause
        if clause is not None and clause.family != "political" and clause.sub_event_type != "Agreement":
            if _in_later_clause(text, s0, m, clause, clauses, ordered):
                return Role("context", rule="subordinate")
            if _in_same_time_clause(text, s0, m, clause, clauses, ordered, starts):
                return Role("context", rule="meanwhile")
            return Role("event_site", _precision(m, near), clause, rule="left")
    if _NAME_OF_ACCORD.match(right) and _THE_BEFORE.search(left):
        return Role("context", rule="right")  # "after the Washington accord", "the Gaza ceasefire"
    if _NAME_OF_TALKS.match(right):
        clause = next((c for c in clauses if c.sub_event_type in ("Agreement", "Meeting/talks")), None)
        if clause is not None and _talks_in_passing(text, s0, m, clauses, ordered):
            return Role("context", rule="subordinate")  # "Strike kills 15 as Cairo talks drag on"
        if clause is not None:
            return Role("venue", _precision(m, False), clause)
    if locative:
        if not clauses:
            return Role("context", rule="left")  # no act to attach to (what the lines below find then)
        scene = _scene_clause(text, sent, m, clauses, ordered)
        if scene is not None and _under_deal(text, s0, scene):
            scene = None  # "In Mandalay region, the group handed Mogok back under a deal brokered by China"
        if scene is not None:
            return Role("event_site", _precision(m, near), scene, rule="place_first")
        clause = _attached_clause(text, s0, clauses, m, ordered)
        if clause is not None and _in_later_clause(text, s0, m, clause, clauses, ordered):
            return Role("context", rule="subordinate")
        if clause is not None and _in_same_time_clause(text, s0, m, clause, clauses, ordered, starts):
            return Role("context", rule="meanwhile")
        last = _last_end(clause, pos, ordered) if clause is not None else None
        if clause is not None and clause.family != "political" and last is not None and \
                decided.between(s0 + last, m.start) \
                and not _opens_part_before_act(text, s0, m, clause, ordered) \
                and not _REPORTED.search(text, max(s0 + last, m.start - 100), m.start) \
                and not _SAID_THEN_SUBSET.search(text, max(s0 + last, m.start - 160), m.start) \
                and not _REPORTED_NEXT.match(text, s0 + last, m.start):
            clause = None  # "asked whether the strike had been approved in Washington"
        if clause is None:
            return Role("context", rule="left")
        if clause.sub_event_type in ("Agreement", "Meeting/talks"):
            if not _VENUE_PREPOSITION.search(left):
                return Role("context", rule="left")  # "withdrawal from the Black Sea grain deal"
            if _talks_in_passing(text, s0, m, clauses, ordered, later_only=True):
                return Role("context", rule="subordinate")  # "..., hours before a meeting in Bamako was due"
            if _under_deal(text, s0, clause):
                return Role("context", rule="left")  # "handed the town back under a deal brokered by China"
            if _ACCORD_WORD.match(text, s0 + clause.start) and _NAMED_ACCORD_BEFORE.search(
                    text, max(s0, s0 + clause.start - 60), s0 + clause.start):
                return Role("context", rule="left")  # "returned to Masisi after the Washington accord"
            if _HABITUAL.search(text, max(s0, s0 + clause.start - 40), min(m.start, s0 + clause.end + 40)):
                return Role("context", rule="left")  # "China has hosted several rounds of talks in Kunming"
            if _TALKS_TOPIC_BEFORE.search(text, max(s0, m.start - 40), m.start):
                return Role("context", rule="left")  # "met on Friday to discuss the war in Sudan": the topic
            return Role("venue", _precision(m, near), clause, rule="left")
        if clause.sub_event_type == "Diplomatic protest":
            # "summoned the ambassador in Tehran": where the summons was made, its venue, as the corpus codes
            # it (bh33-013, h43-084, h37-002, h50-031, p36-058, n51-032, w42-037; heads54; was "origin")
            return Role("venue", _precision(m, near), clause, rule="left")
        if clause.family == "political":
            return Role("context", rule="left")  # "the order from Washington": not where it was said
        return Role("event_site", _precision(m, near), clause, rule="left")
    return Role("context")


# A wire sentence that opens on its place and then a speaker ("In Kinshasa, government spokesman Patrick
# Muyaya said ...", "In Bunia, the provincial capital, the army said ..."): where the words were spoken.
_OPENS_IN = re.compile(r"[\"'\u201c\u2018(]?In\s(?:the\s)?", re.I)
# "In the capital, Naypyitaw, a military spokesman told reporters", "In the provincial capital, Bunia, ...":
# the place of speaking opens the sentence after the capital it is (an apposition of one or two words).
_OPENS_IN_CAPITAL = re.compile(r"[\"'\u201c\u2018(]?In\sthe\s(?:[a-z]{3,15}\s)?capital,\s")
_OPENS_CAPITAL_CHARS = 40


def opens_on_place(text: str, s0: int, start: int) -> bool:
    """Whether the name at ``start`` opens its sentence (from ``s0``) after "In" ("In Kyiv, ...") or after
    "In the capital," ("In the capital, Juba, ..."). (Bounded: at most 40 characters are read.)"""
    if start - s0 <= 8 and _OPENS_IN.fullmatch(text, s0, start) is not None:
        return True
    return start - s0 <= _OPENS_CAPITAL_CHARS and _OPENS_IN_CAPITAL.fullmatch(text, s0, start) is not None
# (or past a where-clause: "In Port Sudan, where the government has been based since 2023, the minister said")
_AFTER_OPENING_PLACE = re.compile(r"(?:,\s(?:the|a|an|its|their|home|seat|where)\b[^,;.:]{0,60}?)?,\s")


# Tellers who witnessed an act rather than speak for a body (read between the opening place and the verb).
_WITNESS_TELLER = re.compile(r"\b(?:residents?|(?:eye)?witness(?:es)?|locals|villagers|survivors?|medics|"
                             r"doctors|(?:(?:security|local|medical|hospital)\s)?sources?)\b"
                             # (not "residents of the state capital Kadugli said": witnesses placed elsewhere)
                             r"(?!\s(?:of|from)\b)", re.I)
# The reported act placed at the opening place again: "struck the city's fuel depot", "near the town".
_PLACE_AGAIN = re.compile(r"\bthe\s(?:city|town|village)(?:['’]s)?\b")
_PLACE_AGAIN_CHARS = 200


def _place_first_statement(text: str, sent: tuple[int, int], m: Mention, clauses: list[Clause],
                           ordered: dict[int, tuple[tuple[int, int], ...]] | None,
                           starts: frozenset[int] = frozenset()) -> bool:
    """Whether the mention opens its sentence ("In X, ...") and the sentence's first act after it is a
    statement: X is the place of speaking. An act told first ("In Kadugli, shelling killed three, a group
    said") makes X its site instead."""
    s0, s1 = sent
    if not opens_on_place(text, s0, m.start):
        return False
    after = _AFTER_OPENING_PLACE.match(text, m.end, min(s1, m.end + 80))
    if after is None:
        return False
    first: tuple[int, Clause] | None = None  # the first trigger after the place, apposition included
    for c in clauses:
        spans = _spans(c, ordered)
        i = bisect.bisect_left(spans, (m.end - s0, -1))
        if i < len(spans) and (first is None or spans[i][0] < first[0]):
            first = (spans[i][0], c)
    if first is None or first[1].sub_event_type != "Statement" or first[0] > after.end() - s0 + 80:
        return False
    if first[1].attribution and not any(m.end <= start < s1 for start in starts) and any(
            c.family != "political" and not c.back_reference and c.start > first[0] for c in clauses) and (
            _WITNESS_TELLER.search(text, m.end, s0 + first[0]) is not None
            or _PLACE_AGAIN.search(text, s0 + first[1].end, min(s1, s0 + first[1].end + _PLACE_AGAIN_CHARS))):
        # "In Gao, residents said heavy gunfire broke out near the army camp", "In Erbil, officials said a
        # drone had struck an oil field near the city": witnesses' words, or words placing their act at the
        # opening place again, tell an act the sentence places nowhere else: the place is its site, the
        # telling its attribution (no statement). (Not "In Naypyitaw, a junta spokesman told state media
        # that the aircraft had targeted a rebel camp": a speaker's account of an act placed elsewhere.)
        return False
    # "In Marib, government forces said they repelled an attack": the speakers tell their own act, whose
    # site the place is.
    own = _OWN_ACT.match(text, s0 + first[1].end, s1)
    return own is None or not any(c.family != "political" and c.start >= own.start() - s0 for c in clauses)


_OWN_ACT = re.compile(r"\s(?:on\s\w{1,20}\s)?(?:that\s)?(?:it|they|we|its\s\w{1,30}|their\s\w{1,30})\s"
                      r"(?:had\s|have\s|has\s)?(?:also\s)?(?!been\b)\w{1,30}?ed\b", re.I)


# "Kadugli, the state capital, was also hit by artillery fire": the subject, set off by an apposition.
_APPOSED_SUBJECT = re.compile(r",\s(?:the|a|an|its)\s[^,;.:]{1,60}?,")


def _passive_after_apposition(text: str, m: Mention, s1: int) -> bool:
    """Whether the mention is the subject of a passive act after an apposition ("X, the state capital, was
    shelled")."""
    apposed = _APPOSED_SUBJECT.match(text, m.end, min(s1, m.end + 70))
    return apposed is not None and \
        _PASSIVE.match(text, apposed.end(), min(s1, apposed.end() + 60)) is not None


# "In Kadugli, besieged for months by the RSF, shelling killed three": a participle phrase that describes
# the place sets the scene; the act after it is what happened there.
_SCENE_PHRASE = re.compile(r",\s(?:(?:already|long|still|once|now|largely|partly|heavily|newly)\s)?"
                           r"[a-z]{2,20}(?:ed|en)\b[^,;.:]{0,80}?,\s")


def _scene_clause(text: str, sent: tuple[int, int], m: Mention, clauses: list[Clause],
                  ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> Clause | None:
    """The act after an opening "In X, <participle phrase>, ..." (None when the sentence does not open so,
    or the first act after the phrase is a statement)."""
    s0, s1 = sent
    if m.start - s0 > 8 or not _OPENS_IN.fullmatch(text, s0, m.start):
        return None
    phrase = _SCENE_PHRASE.match(text, m.end, min(s1, m.end + 110))
    if phrase is None:
        return None
    first: tuple[int, Clause] | None = None
    for c in clauses:
        spans = _spans(c, ordered)
        i = bisect.bisect_left(spans, (phrase.end() - s0, -1))
        if i < len(spans) and (first is None or spans[i][0] < first[0]):
            first = (spans[i][0], c)
    if first is None or first[1].family == "political" or first[1].sub_event_type == "Agreement":
        return None
    return first[1]


# The war talks are about, before a place: "The Security Council met to discuss the war in Sudan",
# "talks on the conflict in Ukraine": the place is the topic, not the venue (not "crisis", "situation": "an
# emergency meeting on the crisis in New York" names its venue; session 50; the retrained site
# model had read it as context before).
_TALKS_TOPIC_BEFORE = re.compile(r"\b(?:war|conflict|fighting|violence|unrest|insurgency)"
                                 r"\s{1,3}(?:in|on)\s{1,3}(?:the\s{1,3})?$", re.I)
# Before a talks trigger: a series or a habit, not one meeting on a day ("has hosted several rounds of
# talks in Kunming since December", "have held talks in Doha before").
_HABITUAL = re.compile(r"\b(?:(?:has|have)\s+(?:\w+\s+)?(?:hosted|held|mediated|brokered)|"
                       r"(?:several|multiple|many|previous|earlier|repeated|successive|past)\s+rounds?)\b",
                       re.I)


# Between a place and a trigger after it: the trigger is in another clause ("fighting has intensified in
# Mrauk-U, and artillery shelling was reported", "clashes continued in X after the deal was announced").
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:after|before|while|as|when|amid|following|but|whereas|since|until)\s")


# How far a place may follow the trigger that reports nothing: a relative clause can carry it well past
# ("a year after 60 people were killed in demonstrations that began in the capital and spread to Nakuru").
_AFTER_UNREAL_CHARS = 120
# An act a crowd or fighters only tried, stopped by a real act told just before it: "Police fired tear gas
# at students trying to march on parliament in Harare", "who tried to march on the state assembly in Jos"
# (heads59): the place is where the real act met the attempt, not a place of the act that never came.
_STOPPED_ATTEMPT = re.compile(r"\b(?:trying|attempting|tried|attempted)\s{1,3}to\s{1,3}$")
_STOPPED_ATTEMPT_CHARS = 20  # its longest match
_STOPPED_ATTEMPT_GAP = 80  # how far before the attempt the real act's trigger may end
_STOPPED_ATTEMPT_AT = re.compile(r"\b(?:in|at|near|outside)\s{1,3}(?:the\s{1,3})?$")
_STOPPED_ATTEMPT_AT_CHARS = 16  # its longest match


def _after_unreal(text: str, s0: int, m: Mention, unreal: tuple[tuple[int, int], ...], clauses: list[Clause],
                  ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    """Whether the place follows a trigger that reports nothing ("threatened to strike Kyiv", "Talks in
    Jeddah postponed", "after the killing of a singer in Addis Ababa") more closely than any real
    trigger, with no clause break between."""
    pos = m.start - s0
    i = bisect.bisect_left(unreal, (pos, -1)) - 1
    if i < 0 or unreal[i][1] > pos or pos - unreal[i][1] > _AFTER_UNREAL_CHARS:
        return False
    end = unreal[i][1]
    if _CLAUSE_BREAK.search(text, s0 + end, m.start):
        return False
    for c in clauses:
        last = _last_end(c, pos, ordered)
        if last is not None and last > end:
            return False
    return not _stopped_attempt(text, s0, unreal[i][0], m, clauses, ordered)


def _stopped_attempt(text: str, s0: int, start: int, m: Mention, clauses: list[Clause],
                     ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    """Whether the unreal trigger starting at ``start`` (in the sentence) is an act only tried ("trying to
    march") by a crowd a real demonstration act told just before it met (tear gas, water cannon: see
    _STOPPED_ATTEMPT), and the place is where ("in X", not "the highway to X")."""
    at = max(s0, m.start - _STOPPED_ATTEMPT_AT_CHARS)
    if _STOPPED_ATTEMPT.search(text, max(s0, s0 + start - _STOPPED_ATTEMPT_CHARS), s0 + start) is None \
            or _STOPPED_ATTEMPT_AT.search(text, at, m.start) is None:
        return False
    for c in clauses:
        if c.family == "demonstration":
            last = _last_end(c, start, ordered)
            if last is not None and start - last <= _STOPPED_ATTEMPT_GAP:
                return True
    return False


# Where an act told after an arrival would have to be in the arrival's clause: "Troops arrived in Kidal
# and clashed with rebels" (the clash's site), not "families arrived in Kismayo, aid workers said, as
# fighters attacked Dhobley".
_ACT_BREAK = re.compile(r"[;.!?—–]|\s(?:but|while|whereas|as|after|before|when|since|amid|meanwhile)\s|"
                        r"\b(?:" + alternation(SAID | {"told"}) + r")\b")
_ACT_FOLLOWS_CHARS = 200


def _act_follows(text: str, s0: int, m: Mention, clauses: list[Clause],
                 ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    """Whether a real (not political) trigger follows the place in the place's own clause."""
    pos = m.end - s0
    nxt = None
    for c in clauses:
        if c.family != "political":
            spans = _spans(c, ordered)
            i = bisect.bisect_left(spans, (pos, -1))
            if i < len(spans) and (nxt is None or spans[i][0] < nxt):
                nxt = spans[i][0]
    # (Read at most _ACT_FOLLOWS_CHARS: a trigger farther away is in another clause anyway.)
    return nxt is not None and nxt - pos <= _ACT_FOLLOWS_CHARS \
        and _ACT_BREAK.search(text, m.end, s0 + nxt) is None


# A place inside a quotation that tells no act of its own is what the speaker named, not where the act
# told outside the quotation happened: '"What happened in Bucha must never happen again," the president
# said after missiles struck Sumy'. (Read within _QUOTE_CHARS of the sentence start: bounded per mention.)
_QUOTE_CHARS = 400
_QUOTE_SHORTEST = 20  # a quoted name or phrase ('drones hit "the heart of Kharkiv"') is no quotation


def _quoted_without_act(text: str, sent: tuple[int, int], m: Mention, clauses: list[Clause],
                        ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    s0, s1 = sent
    if m.start - s0 > _QUOTE_CHARS:
        return False
    before = text[s0:m.start]
    if before.count('"') % 2 == 0 and before.count("“") <= before.count("”"):
        return False
    opening = max(before.rfind('"'), before.rfind("“"))
    after = text[m.end:min(s1, m.end + _QUOTE_CHARS)]
    ends = [i for i in (after.find('"'), after.find("”")) if i >= 0]
    if not ends:
        return False
    a, b = opening, m.end - s0 + min(ends)
    if b - a < _QUOTE_SHORTEST:
        return False
    for c in clauses:
        if c.family != "political":
            spans = _spans(c, ordered)
            i = bisect.bisect_left(spans, (a, -1))
            if i < len(spans) and spans[i][0] < b:
                return False
    return True


# The ends of a link: "flights between Khartoum and Port Sudan", "trade between Mali and Guinea" (each end
# is no site; not a road: "kidnapped two soldiers on a road between Jamundi and Suarez" codes the first).
_LINK_BETWEEN = re.compile(r"\b(?:flights?|air\slinks?|ferr(?:y|ies)|trade|journeys?|trips?)\s"
                           r"(?:[\w-]{1,30}\s){0,2}?between\s(?:the\s)?(?:[\w'’.-]{1,30}\s){0,3}?(?:and\s(?:the\s)?)?$")
_LINK_BETWEEN_GATE = WordGate(_LINK_BETWEEN, ("between",))
# Where a measure holds: "extends state of emergency in Guayas, Los Rios over gang violence", "Section 144
# imposed in Khagrachhari after clashes", "a curfew remained in force in Jiribam": the place of the order, not
# of the violence it answers (a cause after "over", "after" or "citing", told as no act of its own).
_MEASURE_IN = re.compile(r"\b(?:state\s{1,3}of\s{1,3}(?:emergency|siege)|emergency\s{1,3}rule|curfews?|"
                         r"martial\s{1,3}law|section\s{1,3}144|lockdowns?)\s{1,3}"
                         r"(?:(?:was|were|is|are|has\s{1,3}been|have\s{1,3}been|had\s{1,3}been|remain(?:s|ed)?)\s{1,3})?"
                         r"(?:(?:imposed|declared|extended|re-?imposed|lifted|eased|relaxed|ordered|announced|"
                         r"in\s{1,3}force|in\s{1,3}place)\s{1,3})?(?:in|on|across|throughout)\s{1,3}(?:the\s{1,3})?"
                         r"(?:(?:" + _DIRECTIONS + r")\s{1,3})?$")
_MEASURE_IN_GATE = WordGate(_MEASURE_IN, ("emergency", "siege", "curfew", "martial", "section", "lockdown"))
# ... only when what follows the place (and the rest of its list) is the cause alone, a bare noun of violence
# that ends the sentence or its part: "in Guayas, Los Rios over gang violence", "in X after clashes" (not
# "in Jiribam after mob torches houses", an act told with its verb, nor "a curfew in X and detained 25").
_MEASURE_CAUSE = re.compile(r"(?:(?:,\s{1,3}+|\s{1,3}+and\s{1,3}+)[A-Z][\w'’.-]{0,30}+"
                            r"(?:\s[A-Z][\w'’.-]{0,30}+){0,2}+){0,4}+"
                            r"(?:\s{1,3}+(?:provinces?|states?|regions?|districts?|count(?:y|ies)))?+,?+\s{1,3}+"
                            r"(?:over|after|following|citing|amid)\s{1,3}+(?:the\s{1,3}+|a\s{1,3}+)?+"
                            r"(?:[a-z][\w-]{0,30}+\s{1,3}+){0,2}?(?:violence|clashes|fighting|killings|murders|"
                            r"unrest|attacks|riots|shootings|bombings|insecurity)\s*+(?:[.;,|]|$)")
# The word gates _role_alone asks about a left context after the left-context group's members have walked it
# (_MEMBERS_OF_SCAN ...): their words found in that pass (prefilter.PrefilteredGroup.share_pass), not a
# substring test per word of each gate (the near gate alone has 36 words; some 37,000 gate questions a pass
# of the 817 corpus articles). Asked only where the group has walked the same left context already.
_LEFT_GROUP = _MEMBERS_OF_SCAN.group
_LEFT_CONTEXT_GATES = WordGateSet([_BLAMED_ON_GATE, _NEAR_GATE, _LINK_BETWEEN_GATE, _MEASURE_IN_GATE,
                                   _FUTURE_SENT_GATE, _LEFT_GATE])
_LEFT_GROUP.share_pass(_LEFT_CONTEXT_GATES)


# A word that puts the rest of its clause out of the real, read before a place: a threat, vow, plan,
# preparation or plot with its infinitive ("threatened to hit Damascus", "a plot to bomb a church in X"), a
# condition, a future ("will", "would"; not "could": "gunfire could be heard near X"), a rumour or a
# denial ("rumours that jihadists had entered Kaya", "denied reports of fighting in Abeche"). Only when
# no clause boundary and no real trigger comes between it and the place.
_GOVERNOR = re.compile(
    r"\b(?:(?:threat\w{0,20}|vow\w{0,5}|pledg\w{0,5}|promis\w{0,5}|plans?|planned|planning|prepar\w{0,5}|"
    r"hop(?:e|es|ed|ing)|intend\w{0,5}|seeks?|sought|aims?|aimed|wants?|wanted|"
    r"decid\w{0,5}|vote[sd]?|agree[sd]?|plot(?:s|ted|ting)?|conspir\w{0,6})\s(?:[\w'’-]{1,30}\s){0,3}?to\s|"
    r"(?:set|expected|ready|poised)\sto\s|"
    # an act announced, not told: "days after coalition leaders announced the offensive in Port-au-Prince"
    r"announc\w{0,5}\s(?:the\s|an?\s|its\s|their\s)?(?:[\w-]{1,30}\s){0,3}?(?:offensive|operation|campaign|"
    r"crackdown|curfew|lockdown|mobili[sz]ation)s?\s(?:[\w-]{1,30}\s){0,3}?|"
    r"prepar\w{0,5}\s(?:an?\s|the\s|its\s|their\s|for\s(?:an?\s|the\s)?)?(?:[\w-]{1,30}\s)?"
    r"(?:offensive|assault|attack|push|advance)s?\s|"
    r"will|would|if|unless|"
    # a possible act with its verb of attack ("warned that dissidents could target Cali"; not "gunfire could
    # be heard near X", which has none)
    r"(?:could|might)\s(?:(?:also|soon|still|even|easily|well|now|then)\s)?(?:target|attack|strike|hit|shell|"
    r"bomb|seize|capture|overrun|storm|besiege)|"
    r"(?:rumou?rs?|speculation|hoax|false\salarm|fake\snews|unfounded\sreports?)\s(?:of|about|that)\s|"
    r"den(?:y|ies|ied|ying))\b")
_GOVERNOR_SCAN = Prefiltered(_GOVERNOR)  # tried only where one of its words starts
_GOVERNOR_CHARS = 90
_GOVERNOR_BREAK = re.compile(r"[;:.!?—–(\"“”]|,\s|\s(?:but|while|whereas|after|before|when|as|since|and|then|"
                             r"although|though|because|where|which|who|amid|following|later|meanwhile|during)\s")


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last of ``pattern``'s matches in ``text[lo:hi]`` (one scan), else None."""
    last = None
    for last in pattern.finditer(text, lo, hi):  # noqa: B007 (the last one counts)
        pass
    return last


def _governed_unreal(text: str, s0: int, m: Mention, clauses: list[Clause],
                     ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    """Whether a word of _GOVERNOR rules the place's clause (see there)."""
    lo = max(s0, m.start - _GOVERNOR_CHARS)
    last = None
    for last in _GOVERNOR_SCAN.finditer(text[lo:m.start].lower()):  # noqa: B007 (the last one counts)
        pass
    if last is None or _GOVERNOR_BREAK.search(text, lo + last.end(), m.start):
        return False
    a, b = lo + last.end() - s0, m.start - s0
    # "agreed to a truce at talks in Jeddah": a deal the trigger stage found real after "agreed to" is the
    # deal made (events/triggers.py, _agreed_deal), not one still to come.
    agreed = last.group().startswith("agree")
    for c in clauses:
        if c.family != "political" or agreed and c.sub_event_type == "Agreement":
            spans = _spans(c, ordered)
            i = bisect.bisect_left(spans, (a, -1))
            if i < len(spans) and spans[i][0] < b:
                return False  # a real act between: "vowed to fight on as drones hit Kyiv"
    return True


def _attached_clause(text: str, s0: int, clauses: list[Clause], m: Mention,
                     ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> Clause | None:
    """The clause a locative ("in X") belongs to: the nearest, unless its trigger comes after the place
    across a clause break and another clause's trigger comes before the place without one (a
    prepositional phrase follows its verb or noun)."""
    pos = m.start - s0
    nearest = _nearest_clause(clauses, pos)
    if nearest is None:
        return None
    spans = _spans(nearest, ordered)
    i = bisect.bisect_left(spans, (pos, -1))
    before = spans[i - 1] if i else None
    after = spans[i] if i < len(spans) else None
    # (Read at most 200 characters: a trigger farther away than that is in another clause anyway.)
    if after is None or before is not None and pos - before[1] <= after[0] - (m.end - s0) \
            or s0 + after[0] - m.end <= 200 and not _CLAUSE_BREAK.search(text, m.end, s0 + after[0]):
        return nearest
    best: tuple[int, Clause] | None = None
    for c in clauses:
        if c is nearest or c.sub_event_type == "Statement":
            continue
        end = _last_end(c, pos, ordered)
        if end is not None and pos - end <= 150 and not _CLAUSE_BREAK.search(text, s0 + end, m.start) \
                and (best is None or end > best[0]):
            best = (end, c)
    return nearest if best is None else best[1]


# A clause of its own opened after an act, at a distance in time ("hours/days/a week after", "since") or
# as a concession ("despite", "although"), with a verb that reports nothing: a place in it is that clause's,
# not the act's ("killing several fighters, a day after the group blockaded the main road to Segou", "a week
# after the junta replaced the army chief in Ouagadougou"). Not a bare "after"/"before" ("opened fire on a
# bus after it stopped at a checkpoint near X": the lead-up, at the site), "as", "while" or "when" (the same
# moment), nor a relative clause ("killed 11 people who had gathered at a market in X": the victims'
# place). Casualty and attack participles are the act's own words, not a verb of the clause.
_SUBORDINATE = re.compile(r"(?:,|\s[—–-])\s{1,3}(?:(?:(?:just|only|even|some|about|nearly|barely|"
                          r"more\s{1,3}than)\s{1,3})?(?:hours|days|weeks|months|years|(?:a|an|one|two|three|four|"
                          r"five|six|several|few)\s{1,3}(?:hours?|days?|weeks?|months?|years?))\s{1,3}"
                          r"(?:after|before)|since|despite|although|though|whereas|because)\s")
_OWN_VERB = re.compile(r"\b(?!(?:killed|wounded|injured|hurt|maimed|burned|torched|destroyed|damaged|"
                       r"abducted|kidnapped|displaced|armed|besieged|suspected|unidentified|targeted|attacked)\b)"
                       r"(?:had|has|have|was|were|is|are|been|would|will|could|[a-z]{2,20}ed|began|took|came|"
                       r"went|met|held|fled|left|made|led|sent|fought|saw|gave|ran|drove|brought|grew|won|lost|"
                       r"kept|spent|built|became|flew|moved|lives|live|remain|remains)\b")
_SUBORDINATE_CHARS = 200  # how far before the place its clause's opening is looked for
# ... or a noun phrase with no verb after a distance in time: "two years after a similar crackdown in Masaka",
# "a week after the elections in X" (an earlier act or occasion named, not told; a trigger there is still
# the act's own: "a day after an attack in X" keeps its reading by the triggers).
_NOMINAL_EARLIER = re.compile(r"(?:a|an|the|its|their|this|that|last)\s")


def _in_later_clause(text: str, s0: int, m: Mention, clause: Clause, clauses: list[Clause],
                     ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> bool:
    """Whether the place sits in a subordinate clause (see _SUBORDINATE) opened after the last trigger of
    ``clause`` before it, with a verb of its own and no trigger of any clause between the opening and the
    place."""
    pos = m.start - s0
    last = _last_end(clause, pos, ordered)
    if last is None:
        return False
    lo = max(s0 + last, m.start - _SUBORDINATE_CHARS)
    sub = _last_match(_SUBORDINATE, text, lo, m.start)
    if sub is None or _OWN_VERB.search(text, sub.end(), m.start) is None and not (
            text.endswith(("after ", "before "), sub.start(), sub.end())
            and _NOMINAL_EARLIER.match(text, sub.end()) is not None):
        return False
    return not any(_has_span_in(_spans(c, ordered), sub.start() - s0, pos) for c in clauses)


def _talks_in_passing(text: str, s0: int, m: Mention, clauses: list[Clause],
                      ordered: dict[int, tuple[tuple[int, int], ...]] | None,
                      later_only: bool = False) -> bool:
    """Whether the talks at ``m`` are named in a clause opened after another act of the sentence, at a
    distance in time or as a concession (see _SUBORDINATE) or at the same moment (", as", a headline's
    " as "): a time mark for that act, not a report of their own ("Strike kills 15 as Cairo talks drag on",
    talks named by their place). ``later_only``: only talks still to come, "N hours/days before" ("killing
    seven soldiers, hours before a meeting of defence ministers in Bamako was due to begin"): talks held "in
    X" at the same moment or days earlier are reports of their own ("as envoys meet in Cairo", "a day after
    elders met officials in Peshawar"), as the corpus codes them."""
    lo = max(m.sentence[0], m.start - _SUBORDINATE_CHARS)
    sub = _last_match(_SUBORDINATE, text, lo, m.start)
    if later_only:
        if sub is None or not text.endswith("before ", sub.start(), sub.end()):
            return False
    elif sub is None:
        sub = _last_match(_SAME_TIME, text, lo, m.start)
        if sub is None and len(text) <= 300 and "\n" not in text.strip() and not text.rstrip().endswith("."):
            sub = _last_match(_SAME_TIME_LINE, text, lo, m.start)  # a headline drops the comma
    if sub is None:
        return False
    opened = sub.start() - s0
    # (an act of another kind told before the opening: talks after talks are still a report of talks)
    return any(c.family != "political" and c.sub_event_type not in ("Agreement", "Meeting/talks")
               and _last_end(c, opened + 1, ordered) is not None for c in clauses)


# A clause of the same moment opened after an act that already has its place (", as X", ", while X"), with
# a subject and a verb of its own and no trigger: what others did elsewhere meanwhile, not the act's site
# ("shelled Zamzam camp, while aid trucks waiting in Tawila were unable to move", "..., as a Jordanian aid
# convoy waited at the Nasib crossing"). Not a pronoun subject ("as they prayed at a mosque in X": the
# victims' place), nor without an earlier place (the clause may then be the only place the act has).
_SAME_TIME = re.compile(r",\s{1,3}(?:even\s{1,3})?(?:as|while|whereas)\s{1,3}"
                        r"(?!(?:it|its|they|their|he|his|she|her|we|i|you|well|part|such|if|though|of|to|in|"
                        r"a\s{1,3}result)\b)", re.I)
# A headline drops the comma (and its full stop): "Separatists kill 3 in Batibo as schools reopen in
# Bamenda", "Drone strike on Kharkiv kills two as Zelenskiy visits troops in Zaporizhzhia".
_SAME_TIME_LINE = re.compile(r"\s(?<!\bsuch\s)(?<!\bso\s)(?<!\bsame\s)(?<!\bknown\s)(?:as|while)\s{1,3}"
                             r"(?!(?:it|its|they|their|he|his|she|her|we|i|you|well|part|such|if|though|of|to|in|"
                             r"a\s{1,3}result|soon|long|many|much|far|usual|expected|planned)\b)", re.I)
# A headline's verb is in the present ("reopen", "visits", "resume"): any lowercase word that is not a
# preposition, article or conjunction, after the clause's subject.
_LINE_VERB = re.compile(r"\s(?!(?:in|at|near|on|the|of|to|from|for|with|and|by|into|over|off|a|an|its|"
                        r"their)\b)[a-z][a-z'’-]{1,20}\b")
_AS_CLAUSE_END = re.compile(r"[,;:.!?]")
_AS_CLAUSE_CHARS = 120  # how far the same-moment clause is read past the place for its verb


def _in_same_time_clause(text: str, s0: int, m: Mention, clause: Clause, clauses: list[Clause],
                         ordered: dict[int, tuple[tuple[int, int], ...]] | None,
                         starts: frozenset[int]) -> bool:
    """Whether the place sits in a same-moment clause (see _SAME_TIME) opened after the last trigger of
    ``clause`` before it and after a place of that act, with a verb of its own and no trigger of any clause
    in it."""
    pos = m.start - s0
    last = _last_end(clause, pos, ordered)
    if last is None:
        return False
    lo = max(s0 + last, m.start - _SUBORDINATE_CHARS)
    sub = _last_match(_SAME_TIME, text, lo, m.start)
    # (A headline: one line with no closing full stop; a sentence keeps its comma.)
    line = sub is None and len(text) <= 300 and "\n" not in text.strip() and not text.rstrip().endswith(".")
    if line:
        sub = _last_match(_SAME_TIME_LINE, text, lo, m.start)
    first = _spans(clause, ordered)[0][0]
    if sub is None or not any(s0 + first <= st < sub.start() for st in starts):
        return False
    stop = _AS_CLAUSE_END.search(text, m.end, min(len(text), m.end + _AS_CLAUSE_CHARS))
    end = stop.start() if stop is not None else min(len(text), m.end + _AS_CLAUSE_CHARS)
    verb = _LINE_VERB if line else _OWN_VERB
    if verb.search(text, sub.end(), m.start) is None and verb.search(text, m.end, end) is None:
        return False
    if any(_has_span_in(_spans(c, ordered), sub.start() - s0, end - s0) for c in clauses):
        return False
    # A trigger its sentence's clause of the same family took in ("while militiamen looted shops in X"):
    # an act of its own all the same (read in the clause only, at most a few hundred characters).
    return not find_triggers(text[sub.end():end].lower())


_PART_CHARS = 300  # how far a line's part is read either side of a name (a longer part: left alone)


def _parts_without_act(text: str, mentions: list[Mention], infos: list[Role],
                       clauses_by_sentence: dict[tuple[int, int], list[Clause]],
                       ordered: dict[int, tuple[tuple[int, int], ...]]) -> None:
    """A site or venue in a part of a line (between ";" or "|") where no clause has a trigger, beside a
    part that names a place of its own, is context: "Separatists call lockdown in Bamenda ahead of
    anniversary; army says it killed five fighters near Kumbo". ("Rocket sirens sound in Sderot;
    projectile intercepted" still places the interception: the other part names no place.)"""
    for i, m in enumerate(mentions):
        if infos[i].name not in ("event_site", "venue") or infos[i].rule != "left":
            continue
        s0, s1 = m.sentence
        lo_win, hi_win = max(s0, m.start - _PART_CHARS), min(s1, m.end + _PART_CHARS)
        before = max(text.rfind(";", lo_win, m.start), text.rfind("|", lo_win, m.start))
        after = REPORT_BREAK.search(text, m.end, hi_win)
        if before < 0 and after is None:
            continue
        lo = before + 1 if before >= 0 else s0
        hi = after.start() if after is not None else s1
        prev = mentions[i - 1] if i and mentions[i - 1].sentence == m.sentence else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) and mentions[i + 1].sentence == m.sentence else None
        if not (prev is not None and prev.start < lo or nxt is not None and nxt.start >= hi):
            continue  # the other part names no place
        if any(_has_span_in(_spans(c, ordered), lo - s0, hi - s0)
               for c in clauses_by_sentence.get(m.sentence, [])):
            continue
        infos[i] = Role("context", rule="left")


# "X, where <report>": a relative clause whose trigger tells what happened at X ("moved towards Dori,
# where army helicopters struck their column", "attacked near Pokrovsk, where the army said it had
# repelled 31 assaults"). The where-clause runs to the next place, hard break or the sentence end,
# at most _WHERE_CHARS characters.
_WHERE = re.compile(r"\s{0,2},\s{1,3}where\s")
_WHERE_END = re.compile(r"[;:|]")
_WHERE_CHARS = 160
# A conjunction that opens another clause (a comma alone may only close an apposition: "In the regional
# capital, Mekelle, thousands marched").
_CONJUNCTION_BREAK = re.compile(r";|\s(?:while|whereas|as|when|after|before|but|amid|following|since|"
                                r"until)\s")
# A part of a sentence that opens on its place: "...; in X, ...", "..., while in X ..." (a sentence that
# does: _OPENS_IN).
_OPENING_IN = re.compile(r"(?:[;:—–]\s{0,3}|\b(?:while|and|but|as)\s{1,3})\W{0,3}[Ii]n\s{1,3}"
                         r"(?:the\s{1,3})?$")


# What may stand between a place that opens a part ("..., while in X district") and its own act after it
# ("gunmen shot dead an elder"): an apposition ("X, west of the centre,"), the subject, no new sentence part.
_PART_OPENED_ACT_BREAK = re.compile(r"[;:.!?|]|\s(?:while|whereas|but|after|before|when|since|said|says)\s")
_PART_OPENED_ACT_CHARS = 120


def _opens_part_before_act(text: str, s0: int, m: Mention, clause: Clause,
                           ordered: dict[int, tuple[tuple[int, int], ...]]) -> bool:
    """Whether the place opens a part of the sentence after a conjunction ("..., police said, while in
    Yaqshid district gunmen shot dead an elder") and a trigger of its clause follows it in that part: the
    place is the scene of that act, whatever was said before it."""
    if not _OPENING_IN.search(text, max(s0, m.start - 16), m.start):
        return False
    for a, _b in _spans(clause, ordered):
        start = s0 + a
        if start < m.end:
            continue
        return start - m.end <= _PART_OPENED_ACT_CHARS and \
            _PART_OPENED_ACT_BREAK.search(text, m.end, start) is None
    return False


def _sites_of_a_later_clause(text: str, mentions: list[Mention], infos: list[Role],
                             ordered: dict[int, tuple[tuple[int, int], ...]]) -> None:
    """A site placed by a trigger that comes only after it, across a conjunction, is context when that
    trigger's clause names a site of its own after the break: the first place belongs to its own clause
    ("A court in Quetta sentenced two men ..., while militants attacked a checkpoint in Turbat", "In
    Geneva, envoys met as rebels shelled Goma"). Each sentence's places are read once, in order."""
    for i, m in enumerate(mentions):
        r = infos[i]
        if r.name != "event_site" or r.rule != "left" or r.clause is None:
            continue
        s0 = m.sentence[0]
        spans = _spans(r.clause, ordered)
        if spans[0][0] < m.end - s0 or spans[0][0] - (m.end - s0) > 300:
            continue  # a trigger before the place (or none near after it) places it
        brk = _CONJUNCTION_BREAK.search(text, m.end, s0 + spans[0][0])
        if brk is None or _OPENS_IN.fullmatch(text, s0, m.start) \
                or _OPENING_IN.search(text, max(s0, m.start - 16), m.start):
            continue  # "In Nikopol, across the river, shelling damaged ...": the scene of its act
        trigger_end = s0 + spans[0][1]
        for k in range(i + 1, len(mentions)):
            o = mentions[k]
            if o.sentence != m.sentence or o.start - trigger_end > 80:
                break
            # The trigger's own object: "attacked a checkpoint in Turbat" (no break between them).
            if o.start >= trigger_end and infos[k].clause is r.clause and infos[k].name == "event_site" \
                    and not _CLAUSE_BREAK.search(text, trigger_end, o.start):
                infos[i] = Role("context", rule="left")
                break


# A monitor's list of sites, each with its own toll: "Shelling in X oblast: A (2 killed), B (1), C (1
# injured)", "Russian strikes: A 2 killed; B 1 wounded", "Clashes in A (3 killed), B (2)". A name opens a
# list item (after ":", ",", ";", "|" or a dash) and a figure follows it; the line has two such items or
# more (one alone is a topic: "Kharkiv: 3 dead").
_TOLL_WORD = r"(?:killed|dead|injured|wounded|hurt)"
_TOLL_AFTER = re.compile(r"\s{0,2}(?:\(\s{0,2}\d{1,4}(?:\s{1,2}" + _TOLL_WORD + r")?\s{0,2}\)"
                         r"|\d{1,4}\s{1,2}" + _TOLL_WORD + r"\b|\d{1,4}(?=\s{0,2}(?:[,;|]|$)))")
_ITEM_OPENS = re.compile(r"(?:[:;,|\u2014\u2013]|\s-)\s{0,3}$")  # read in the 4 characters before a name
# One list item anywhere in a sentence (names the gazetteer lacks count too): "Druzhkivka 1 wounded".
_TOLL_ITEM = re.compile(r"[:;,|\u2014\u2013-]\s{0,3}[A-Z][\w'\u2019-]{1,30}(?:\s[A-Z][\w'\u2019-]{1,30}){0,2}"
                        r"\s{0,2}(?:\(\s{0,2}\d{1,4}[^()]{0,20}\)|\d{1,4}(?:\s{1,2}" + _TOLL_WORD
                        + r"\b|(?=\s{0,2}(?:[,;|]|$))))")
# ... and the line says what its figures count (a bare "Djibo 5, Arbinda 2" with no such word is no list).
_TOLL_SAID = re.compile(r"\b(?:killed|kills?|dead|deaths?|injured|wounded|hurt)\b", re.I)
_LIST_HEADING_GAP = re.compile(r"(?:\s{1,2}(?:oblast|region|province|state|district|county|strip))?"
                               r"\s{0,2}[:|\u2014\u2013-]\s{0,3}", re.I)
_LIST_KEEP = frozenset({"dateline", "dateline_country", "part_of", "demonym", "past_anchor"})


def toll_list(sentence: str) -> bool:
    """Whether a sentence is a monitor's list with a toll per place: two list items or more, each a name
    and its figure, and a word saying what the figures count."""
    items = _TOLL_ITEM.finditer(sentence)
    return next(items, None) is not None and next(items, None) is not None \
        and _TOLL_SAID.search(sentence) is not None


def _toll_list_sites(text: str, mentions: list[Mention], infos: list[Role],
                     clauses_by_sentence: dict[tuple[int, int], list[Clause]]) -> None:
    """The places of a monitor's list with a toll per place are sites of the list's act, each its own
    (rule ``left``, as a listed name carried along its list)."""
    # Per sentence: its violent clauses and where their triggers start, when it is such a list.
    listed: dict[tuple[int, int], tuple[list[Clause], list[int]] | None] = {}
    first_listed: dict[tuple[int, int], int] = {}
    for i, m in enumerate(mentions):
        r = infos[i]
        if r.name != "context" or r.rule in _LIST_KEEP or m.demonym:
            continue
        s0, s1 = m.sentence
        if not _ITEM_OPENS.search(text, max(s0, m.start - 4), m.start) \
                or not _TOLL_AFTER.match(text, m.end, s1):
            continue
        if m.sentence not in listed:
            acts = sorted((c for c in clauses_by_sentence.get(m.sentence, []) if c.family == "violence"),
                          key=lambda c: c.start)
            listed[m.sentence] = (acts, [c.start for c in acts]) if acts and toll_list(text[s0:s1]) else None
        found = listed[m.sentence]
        if found is not None:
            # The list's act: the violent clause told last before the name (its heading), else the first.
            j = bisect.bisect_left(found[1], m.start - s0)
            act = found[0][j - 1] if j else found[0][0]
            infos[i] = Role("event_site", _precision(m, False), act, rule="left")
            first = first_listed.setdefault(m.sentence, i)
            for k in range(first - 1, -1, -1):  # the place heading the list only frames it ("across Gaza:")
                o = mentions[k]
                if o.sentence != m.sentence or first - k > 2:
                    break
                if infos[k].name == "event_site" and infos[k].clause is act and _LIST_HEADING_GAP.fullmatch(
                        text, o.end, mentions[first].start):
                    infos[k] = Role("context", rule="part_of")


_WHERE_KEEP = frozenset({"dateline", "dateline_country", "part_of", "demonym", "past_anchor"})
# A place that opens its sentence as the scene of what follows ("In Port Sudan, where the government has been
# based since 2023, the minister told reporters ...", "Speaking in Oslo, where he met the prime minister on
# Tuesday, the president said the attacks ..."): its where-clause is an aside that closes at its comma, and
# the main clause after it (with its acts told back) is not told at the place.
_SCENE_OPENER = re.compile(r"\W{0,3}(?:[Ss]peaking\b[^,;.:]{0,50}?\s)?[Ii]n\s{1,3}(?:the\s{1,3})?")
_SCENE_OPENER_CHARS = 70


# A one-line text's only place, opening it as the modifier of its subject, with the act told as the cause
# after it ("Mogadishu fuel prices jump after al-Shabaab mortar attack on port"): where that act happened.
# (Not a metaphor's place, "Warsaw budget battle: coalition partners clash", nor without "after".)
_MODIFIER_AFTER = re.compile(r"\s[a-z][a-z-]{1,30}\b")
_CAUSE_AFTER = re.compile(r"\bafter\s")
_SOLE_FAMILIES = ("violence", "demonstration")


def _sole_modifier_site(text: str, mentions: list[Mention], infos: list[Role],
                        clauses_by_sentence: dict[tuple[int, int], list[Clause]]) -> None:
    """The first name of a one-line text, undecided (context by no rule), a town or district that opens
    the line before a lowercase word, with no other place in the line: the site of the line's one act
    (rule ``sole_modifier``)."""
    places = [i for i, m in enumerate(mentions) if not m.demonym and infos[i].name != "actor"]
    if len(places) != 1:
        return
    i = places[0]
    m, r = mentions[i], infos[i]
    if r.name != "context" or r.rule or m.start != m.sentence[0] or m.place is None \
            or m.place.kind not in ("city", "admin2", "facility") or not _MODIFIER_AFTER.match(text, m.end):
        return
    acts = [c for c in clauses_by_sentence.get(m.sentence, []) if c.family in _SOLE_FAMILIES]
    if len(acts) == 1 and all(c.family in _SOLE_FAMILIES for c in clauses_by_sentence.get(m.sentence, [])) \
            and _CAUSE_AFTER.search(text, m.end, m.sentence[0] + acts[0].start) is not None:
        infos[i] = Role("event_site", 1, acts[0], rule="sole_modifier")


def _where_sites(text: str, mentions: list[Mention], infos: list[Role],
                 clauses_by_sentence: dict[tuple[int, int], list[Clause]],
                 unreal_by_sentence: dict[tuple[int, int], tuple[tuple[int, int], ...]],
                 ordered: dict[int, tuple[tuple[int, int], ...]]) -> None:
    """A place followed by ", where" and a real (not unreal, not a statement) trigger inside that clause
    is the site of that trigger's clause (rule ``where``)."""
    for i, m in enumerate(mentions):
        r = infos[i]
        if r.name not in ("context", "origin") or r.rule in _WHERE_KEEP or m.demonym:
            continue
        w = _WHERE.match(text, m.end, m.sentence[1])
        if w is None:
            continue
        s0, s1 = m.sentence
        hi = min(s1, w.end() + _WHERE_CHARS)
        for k in range(i + 1, len(mentions)):  # the next place (not an actor: "where Ukraine's army said")
            if mentions[k].sentence != m.sentence or mentions[k].start >= hi:
                break
            if not mentions[k].demonym and infos[k].name != "actor":
                hi = mentions[k].start
                break
        brk = _WHERE_END.search(text, w.end(), hi)
        if brk is not None:
            hi = brk.start()
        if m.start - s0 <= _SCENE_OPENER_CHARS and _SCENE_OPENER.fullmatch(text, s0, m.start):
            comma = text.find(",", w.end(), hi)
            if comma >= 0:
                hi = comma
        lo_rel, hi_rel = w.end() - s0, hi - s0
        if _has_span_in(unreal_by_sentence.get(m.sentence, ()), lo_rel, hi_rel):
            continue  # "Goma, where the rebels threatened to advance"
        best: tuple[int, Clause] | None = None
        for c in clauses_by_sentence.get(m.sentence, []):
            if c.family == "political" or c.sub_event_type == "Agreement":
                continue
            spans = _spans(c, ordered)
            j = bisect.bisect_left(spans, (lo_rel, -1))
            if j < len(spans) and spans[j][0] < hi_rel and (best is None or spans[j][0] < best[0]):
                best = (spans[j][0], c)
        if best is not None:
            before = text[max(s0, m.start - 80):m.start].lower()
            near = bool(_NEAR_GATE.search(before, before))
            infos[i] = Role("event_site", _precision(m, near), best[1], rule="where")


def _has_span_in(spans: tuple[tuple[int, int], ...], lo: int, hi: int) -> bool:
    """Whether a span of ``spans`` (sorted) starts within [lo, hi)."""
    j = bisect.bisect_left(spans, (lo, -1))
    return j < len(spans) and spans[j][0] < hi


def _spans(c: Clause, ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> tuple[tuple[int, int], ...]:
    """The clause's trigger spans in text order (sorted once per text, kept in ``ordered`` by clause id)."""
    if ordered is None:
        return tuple(sorted(c.spans or ((c.start, c.end),)))
    spans = ordered.get(id(c))
    if spans is None:
        spans = ordered[id(c)] = tuple(sorted(c.spans or ((c.start, c.end),)))
    return spans


def _last_end(c: Clause, pos: int, ordered: dict[int, tuple[tuple[int, int], ...]] | None) -> int | None:
    """Where the clause's last trigger before ``pos`` ends (None: all its triggers follow ``pos``).
    "said the fighters killed dozens in Bara": "killed", not an earlier "overran", is what "in Bara"
    follows."""
    spans = _spans(c, ordered)
    i = bisect.bisect_left(spans, (pos, -1)) - 1
    return spans[i][1] if i >= 0 and spans[i][1] <= pos else None


class Roles:
    """Component ``roles``: sets ``doc.roles``, one Role per mention, from the rules above and the
    clauses layer. A mention a background clause would have placed (see mapper/events/clauses.py) is
    context, and so is one in a scraped page's furniture (a related headline, a photo caption, a credit
    line: mapper/io/boilerplate.py)."""

    name = "roles"

    def __init__(self, config: Config) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> None:
        sentences = doc.need("clauses", self.name)
        roles = assign_roles(doc.text, doc.mentions, {s.span: s.clauses for s in sentences},
                             self.config.dateline_within, {s.span: s.unreal for s in sentences},
                             published=parse_date(doc.article.published))
        background = {id(r.clause) for s in sentences for r in s.readings if r.background}
        if background:
            roles = [dataclasses.replace(r, name="context")
                     if r.clause is not None and id(r.clause) in background else r for r in roles]
        if "\n" in doc.text.strip():  # a one-line text is all article
            page = Boilerplate(doc.text)
            roles = [Role("context", rule="furniture")
                     if r.name != "context" and page.furniture(m.start, m.end) else r
                     for m, r in zip(doc.mentions, roles, strict=True)]
        doc.roles = roles


# -- A place anchored in an earlier time (phantom events) ------------------------------------------------
# A site or venue whose own phrase is dated to an earlier year or month is named in passing: "Since the
# fall of Avdiivka in February 2024, ...", "M23 rebels, who captured Goma in January, seized Walikale on
# Wednesday", "X, which was captured in May". The phrase runs between punctuation marks, a bounded
# stretch either side of the name; "since 2023" is left alone ("the first attack on X since 2023").
_PHRASE_END = re.compile(r"[,;:()\[\]—–|.!?\"“”]")
_PHRASE_CHARS = 100
# ("marking the anniversary of 2024 unrest": the day remembered, not the day of the act at the place)
_EARLIER_YEAR = re.compile(r"\b(?<!anniversary\s)(?:in|during|of|by|until)\s{1,3}"
                           r"(?:(?:early|late|mid)[- ]{1,2})?"
                           r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)\s{1,3})?((?:19|20)\d\d)\b|"
                           r"\b(?:last\s{1,3}year|(?:years|decades|a\s{1,3}decade)\s{1,3}ago)\b")
_EARLIER_MONTH = re.compile(r"\b(?:in|during|by|until)\s{1,3}(?:(?:early|late|mid)[- ]{1,2})?"
                            r"(January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b(?![ \t]{1,3}\d)|\blast\s{1,3}month\b")
# Between the name and its time: at most four words ("Kirsh area from the Houthis in May"), no other name.
_ANCHOR_GAP = re.compile(r"(?:\s{1,3}[a-z][\w'’-]{0,30}){0,4}?(?=\s{1,3}(?:in|during|of|by|until|last|years|"
                         r"decades|a\s{1,3}decade)\b)")
# An apposition between the name and its time: "M23 seized Goma, the largest city in the region, in late
# January" (bounded: at most eight words, no other punctuation, and no verb of saying). A word is taken
# whole, up to 30 letters at a time ("(?=(...))\1" cannot give letters back): a word the engine could
# also cut anywhere had it try every way of cutting it, seconds for a 40-letter one.
_TIME_APPOSITION = re.compile(r",\s{1,3}(?:the|a|an)\s(?:(?!(?:" + alternation(TELLS) + r")\b)"
                              r"(?=([^,;:.()\[\]—–|!?\"“”\s]{1,30}))\1\s{0,3}){1,8}?,"
                              r"(?=\s{1,3}(?:in|during|last)\s)")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


# A place inside a "when" clause hung on an earlier year: "the deadliest attack since 2023, when 23 soldiers
# died in Dera Ismail Khan", "in March 2019, when gunmen stormed X" (the year owns the clause). Read in
# _WHEN_CHARS before the name, within its sentence.
_WHEN_EARLIER = re.compile(r"\b(?:in|since|by|until|of)\s{1,3}(?:(?:early|late|mid)[- ]{1,2})?"
                           r"(?:(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\s{1,3})?((?:19|20)\d\d)\s{0,3},?\s{1,3}when\s[^.;:!?]{0,120}$")
_WHEN_CHARS = 160


def _when_earlier(text: str, sent: tuple[int, int], start: int, published: dt.date) -> bool:
    m = _WHEN_EARLIER.search(text, max(sent[0], start - _WHEN_CHARS), start)
    return m is not None and int(m.group(1)) < published.year


def _phrase(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    lo = max(sent[0], start - _PHRASE_CHARS)
    hi = min(sent[1], end + _PHRASE_CHARS)
    last = _last_match(_PHRASE_END, text, lo, start)
    after = _PHRASE_END.search(text, end, hi)
    return (last.end() if last is not None else lo, after.start() if after is not None else hi)


def _dated_earlier(text: str, lo: int, hi: int, published: dt.date) -> bool:
    gap = _ANCHOR_GAP.match(text, lo, hi)  # the time must follow the name closely: "Goma in January"
    if gap is None:
        return False
    lo = gap.end()
    for m in _EARLIER_YEAR.finditer(text, lo, hi):
        if m.group(1) is None or int(m.group(1)) < published.year:
            return True
    for m in _EARLIER_MONTH.finditer(text, lo, hi):
        if m.group(1) is None or _MONTHS.index(m.group(1)) + 1 != published.month:
            return True
    return False


# ... and a place dated to a time still to come, right after its name: "another march in Kisumu next
# week", "talks in Doha later this month", "the vote in Tripoli in the coming weeks". At most four words
# between (no punctuation), read from the name on: a bounded match, not a search.
_LATER = re.compile(r"(?:\s{1,3}(?!(?:and|but|as|while|after|when|where|which|who)\b)[\w'’-]{1,30}){0,4}?"
                    r"\s{1,3}"
                    r"(?:next\s{1,3}(?:week|weekend|month|year)|tomorrow|"
                    r"later\s{1,3}(?:this|in\s{1,3}the)\s{1,3}(?:week|month|year)|"
                    r"in\s{1,3}the\s{1,3}(?:coming|next)\s{1,3}(?:days|weeks|months))\b", re.I)


def past_anchored(text: str, mentions: list[Mention], roles: list[Role], published: dt.date) -> list[Role]:
    """``roles`` with every site or venue whose own phrase is dated before publication, or to a time
    still to come (see above), made context."""
    out = list(roles)
    for i, (m, r) in enumerate(zip(mentions, roles, strict=True)):
        if r.name not in ("event_site", "venue") or r.rule in ("dateline", "headline_topic"):
            continue
        _, hi = _phrase(text, m.sentence, m.start, m.end)
        apposition = _TIME_APPOSITION.match(text, m.end, m.sentence[1])
        if _dated_earlier(text, m.end, hi, published) or apposition is not None and _dated_earlier(
                text, apposition.end(), _phrase(text, m.sentence, apposition.end(), apposition.end())[1],
                published):
            out[i] = Role("context", rule="past_anchor")
        elif _when_earlier(text, m.sentence, m.start, published):
            out[i] = Role("context", rule="past_anchor")
        elif _LATER.match(text, m.end, hi):
            out[i] = Role("context", rule="past_anchor")
    return out


_DATELINE_RULES = frozenset({"dateline", "dateline_country"})


def assign_roles(text: str, mentions: list[Mention], clauses_by_sentence: dict[tuple[int, int], list[Clause]],
                 dateline_within: int, unreal_by_sentence: dict[tuple[int, int], tuple[tuple[int, int], ...]]
                 | None = None, published: dt.date | None = None) -> list[Role]:
    """A Role per mention (same order), by the rules alone. ``unreal_by_sentence``: the spans of each
    sentence's triggers that report nothing (``SentenceClauses.unreal``); ``published``: the article's
    date (a site whose phrase is dated before it is context, see ``past_anchored``)."""
    infos: list[Role] = []
    dateline_found = False
    decided = WordHits(_DECIDED, text)  # searched between many clauses and places: indexed once
    one_line = "\n" not in text.strip() and len(text) <= 300
    starts: dict[tuple[int, int], set[int]] = {}
    for m in mentions:
        starts.setdefault(m.sentence, set()).add(m.start)
    starts_in = {span: frozenset(v) for span, v in starts.items()}
    ordered: dict[int, tuple[tuple[int, int], ...]] = {}
    head = qualified = topic = False
    # A one-line text of several reports, each under a topic of its own ("Goma tense | Sake: M23 shells
    # army positions"): each topic is the site of the acts of its own report only.
    reports = _report_topics(text, mentions) if one_line else set()
    for i, m in enumerate(mentions):
        prev = mentions[i - 1] if i else None
        # A parent before its part ("Warrap's Tonj"): the part reads its left context before the parent.
        possessed = prev is not None and prev.sentence == m.sentence and not prev.demonym and \
            m.start - prev.end <= _GAP_CHARS and bool(_POSSESSED_GAP.fullmatch(text, prev.end, m.start))
        s0 = m.sentence[0]
        opens = m.start - s0 <= _GAP_CHARS and bool(_HEAD_GAP.fullmatch(text, s0, m.start))
        # ... or after a one-line text's lead-in tag: "JUST IN | Sumy: ...", "UPDATE 1-Hodeidah: ...".
        opens = opens or one_line and (after_lead_in(text, m.start) or m.start <= _WAR_LEAD_IN_CHARS
                                       and _WAR_LEAD_IN.fullmatch(text, 0, m.start) is not None)
        # A one-line text's body opens after its topic: "Ghana: Bawku clashes leave 6 dead" (Bawku heads it).
        opens = opens or topic and prev is not None and bool(_TOPIC_AFTER.fullmatch(text, prev.end, m.start))
        opens = opens or m.start in reports  # "... | Sloviansk: drone hits power line"
        if not opens and prev is not None and infos[-1].rule in _DATELINE_RULES:
            # The lead's first word after its dateline opens the sentence ("PORT SUDAN, Feb 5 (Reuters) -
            # Kutum, the main town of ..., saw heavy shelling").
            rest = dateline_rest(text, prev.end)
            opens = rest is not None and rest.end() == m.start
        head = opens or head and prev is not None and (possessed or coordinated(text, prev, m))
        # (The province or country after a topic's comma qualifies it: it is no topic itself.)
        qualifier = qualified and i == 1 and text[prev.end:m.start] == ", " and _holds(m.place, prev.place)
        qualified = one_line and not i and bool(_QUALIFIED_TOPIC_AFTER.match(text, m.end))
        # (An ALL-CAPS name is a wire dateline, "KHARKIV —", save before a bar, which no dateline takes:
        # "CULIACÁN | Gunmen kill five at car wash", heads67, b69-016.)
        topic = one_line and head and (not m.text.isupper() or _BAR_AFTER.match(text, m.end) is not None) \
            and not qualifier and bool(
            _TOPIC_AFTER.match(text, m.end) or qualified)
        dateline = not dateline_found and not topic and is_dateline(text, m, dateline_within)
        dateline_found = dateline_found or dateline
        if not dateline and i and infos[-1].rule == "dateline" and _DATELINE_PAIR.fullmatch(
                text, prev.end, m.end) and (m.text.isupper() or _filed(dateline_rest(text, prev.end))):
            # "ISLAMABAD/KABUL, Oct 12 (Reuters) -"; mixed case only with a day or agency, as a dateline
            # is filed: "Port Sudan/Khartoum, 3 March (AFP) -"
            infos.append(Role("origin", 1, rule="dateline"))
            continue
        if not dateline and i and infos[-1].rule == "dateline" and _DATELINE_COUNTRY.fullmatch(
                text, prev.end, m.start) and m.place is not None and m.place.kind in _DATELINE_AREAS:
            infos.append(Role("origin", 1, rule="dateline_country"))  # "KHARKIV, Ukraine (AP) —"
            continue
        own = clauses_by_sentence.get(m.sentence, [])
        if topic and reports and (not i or m.start in reports):
            own = _report_clauses(text, m, own)
        elif topic and not i and _names_a_later_topic(text, m):
            own = _report_clauses(text, m, own)  # "Quetta: internet restored | Noshki: car bomb hits convoy"
        infos.append(_role_alone(text, m.sentence, m, own, dateline,
                                 decided, left_end=prev.start if possessed and prev is not None else None,
                                 head=head, topic=topic, starts=starts_in[m.sentence], ordered=ordered,
                                 prev_end=-1 if prev is None or prev.sentence != m.sentence else prev.end,
                                 unreal=(unreal_by_sentence or {}).get(m.sentence, ())))
        if infos[-1].rule == "part_of" and m.place is not None and m.place.kind in ("admin1", "admin2"):
            part = _POSSESSED_NAME.match(text, m.end)
            if part is not None and part.end() not in starts_in[m.sentence]:
                # "Bandits abduct 30 villagers in Zamfara's Kwaragi": the province holds a place the
                # gazetteer lacks, and is where the event is coded (ACLED's convention), precision 2.
                # Opening a one-line text, the part may be its topic: "Benue's Tse Agbaji: gunmen kill 7".
                name = _UNKNOWN_PART.match(text, part.end()) if one_line and head else None
                part_topic = name is not None and not m.text.isupper() \
                    and _TOPIC_AFTER.match(text, name.end()) is not None
                held = _role_alone(text, m.sentence, m, clauses_by_sentence.get(m.sentence, []), False,
                                   decided, head=head, topic=topic or part_topic,
                                   starts=starts_in[m.sentence],
                                   ordered=ordered, prev_end=-1 if prev is None or prev.sentence != m.sentence
                                   else prev.end, unreal=(unreal_by_sentence or {}).get(m.sentence, ()),
                                   holds=True)
                if held.name == "event_site":
                    infos[-1] = Role("event_site", max(held.precision, 2), held.clause, HOLDS_UNKNOWN)
        if prev is not None and m.start - prev.end <= _GAP_CHARS and _is_water(prev) \
                and _OFF_COAST.fullmatch(text, prev.end, m.start):
            if m.place is None or m.place.kind in ("country", "admin1"):
                infos[-1] = Role("context", rule="part_of")  # "in the Red Sea off Yemen": where the sea lies
                continue
            if infos[-2].name == "event_site":
                # "in the Red Sea off Mokha": the town the ship was near is the site (precision 2), the sea
                # only where it lies
                infos[-1] = Role("event_site", 2, infos[-2].clause, rule="off_town")
                infos[-2] = Role("context", rule="part_of")
                continue
        if possessed and infos[-1].name in _PLACING and infos[-2].rule != "dateline":
            infos[-2] = Role("context", rule="part_of")  # "Russia's Belgorod region": not Russia's forces
    if published is not None:
        infos = past_anchored(text, mentions, infos, published)
    _parts_without_act(text, mentions, infos, clauses_by_sentence, ordered)
    if one_line:
        _sole_modifier_site(text, mentions, infos, clauses_by_sentence)
    _where_sites(text, mentions, infos, clauses_by_sentence, unreal_by_sentence or {}, ordered)
    # Coordination: "delegations from Mali, Niger and Burkina Faso met" - a left-context rule carries
    # forward along the list, a right-context rule backward.
    for i in range(1, len(mentions)):
        listed = coordinated(text, mentions[i - 1], mentions[i]) or infos[i - 1].name == "event_site" \
            and (_listed_after_the(text, mentions[i - 1], mentions[i])
                 or _apposition_listed(text, mentions[i - 1], mentions[i])
                 or _facility_listed(text, mentions[i - 1], mentions[i])
                 or _qualified_listed(text, mentions[i - 1], mentions[i]))
        if listed and infos[i - 1].rule in _FORWARD \
                and infos[i].name == "context" and infos[i].rule != "part_of" \
                and not (infos[i - 1].name in _PLACING and _second_end(text, mentions[i - 1], mentions[i])) \
                and not (_town_site(mentions[i - 1], infos[i - 1])
                         and _REGION_TELLER_AFTER.match(text, mentions[i].end)):
            prev = infos[i - 1]
            infos[i] = Role(prev.name, _precision(mentions[i], prev.precision > 1), prev.clause, "left")
    for i in range(len(mentions) - 2, -1, -1):
        if coordinated(text, mentions[i], mentions[i + 1]) and infos[i + 1].rule in _BACKWARD \
                and infos[i].name in ("context", "actor") and infos[i].rule != "dateline" \
                and not mentions[i].demonym:
            nxt = infos[i + 1]
            infos[i] = Role(nxt.name, _precision(mentions[i], nxt.precision > 1) if nxt.clause else 1,
                            nxt.clause, nxt.rule)
    _possessed_after_a_list(text, mentions, infos)
    _toll_list_sites(text, mentions, infos, clauses_by_sentence)
    # "Kursk region", "Belgorod oblast": a town's name followed by a province word names the province.
    regions = [m.place is not None and m.place.kind == "city" and bool(_PROVINCE_AFTER.match(text, m.end))
               for m in mentions]
    for i, r in enumerate(infos):
        if regions[i] and r.name in _PLACING and r.precision < 2:
            infos[i] = dataclasses.replace(r, precision=2)
    _references(text, mentions, infos)
    _witnesses_elsewhere(text, mentions, infos)
    _subjects_of_other_acts(text, mentions, infos, clauses_by_sentence)
    _tellers_of_a_told_act(text, mentions, infos)
    _sites_of_a_later_clause(text, mentions, infos, ordered)
    _yield_to_specific_sites(text, mentions, infos, regions)
    _spread_over_shares(text, mentions, infos)
    _apposed_parents_of_unknown(text, mentions, infos, clauses_by_sentence)
    _parents_of_unknown_places(text, mentions, infos)
    _retold_in_the_next_sentence(text, mentions, infos)
    _placed_by_the_next_sentence(text, mentions, infos, clauses_by_sentence)
    _retold_references(text, mentions, infos)
    _road_destinations(text, mentions, infos)
    _references_and_topics(text, mentions, infos)
    # Part-of chains: "Bakhmut, in Donetsk region", "El Fasher, North Darfur State": the region says
    # where the town is, it is not a second site.
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if infos[i - 1].name in _PLACING and infos[i].name in _PLACING + ("context",) \
                and a.sentence == b.sentence and b.start - a.end <= _GAP_CHARS \
                and (_PARENT_GAP.fullmatch(text, a.end, b.start)
                     or _SITE_NOUN_IN_GAP.fullmatch(text, a.end, b.start)) \
                and (_contains(b.place, a.place) or _frames(text, a, b, regions[i])
                     or _says_region(text, a, b)):
            infos[i] = Role("context", rule="part_of")
    _possessed_frames(text, mentions, infos)
    return infos


_POSSESSED_FRAME_KM = 250  # how far a town may be from the parent or area that frame it (a namesake: further)


def _possessed_frames(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """An area named after a site's parent in its possessive, with its own area word: "a school in Namtu,
    in Shan state's Kyaukme district", "a bus station in Dera, in the Amhara region's North Shewa zone"
    (b55-038). The state or region only says where the area is (context), and the area only says where the
    town is: a frame (context, rule ``part_of``), not a second site. Not a list going on ("..., in Shan
    state's Kyaukme district and Mandalay"), nor a town the gazetteer places far from both (a namesake of an
    unknown village: "the village of Murom in Belgorod region's Shebekino district" is coded at the district,
    b39-053)."""
    for i in range(2, len(mentions)):
        a, parent, area = mentions[i - 2], mentions[i - 1], mentions[i]
        if infos[i].name not in _PLACING or infos[i - 2].name not in _PLACING \
                or infos[i - 1].name != "context" \
                or a.place is None or a.place.kind not in ("city", "facility") \
                or area.place is None or area.place.kind in ("country", "continent") \
                or parent.place is None or parent.place.kind == "country" \
                or not (a.sentence == parent.sentence == area.sentence) \
                or area.start - a.end > 2 * _GAP_CHARS \
                or _IN_REGION_GAP.fullmatch(text, a.end, parent.start) is None \
                or _POSSESSED_GAP.fullmatch(text, parent.end, area.start) is None:
            continue
        if min(distance_km(a.place.lat, a.place.lon, p.lat, p.lon) for p in (parent.place, area.place)) \
                > _POSSESSED_FRAME_KM:
            continue  # a namesake far away: the village is unknown, the area is where it is coded (b39-053)
        word = _REGION_WORD_AFTER.match(text, area.end)
        if word is not None and _LIST_GOES_ON.match(text, word.end()) is None:
            infos[i] = Role("context", rule="part_of")


# "near Mehal Meda in North Shewa zone", "Oicha, in Beni territory", "in Ilaga, Puncak regency,": the text
# itself calls the second name a region holding the first, whatever the gazetteer says of its extent (or
# of a namesake region, or of a town it has in the region's stead: "the Khor Mor gas field in Chamchamal
# district"). Not a list going on: "Kharkiv, Sumy region and Odesa".
_IN_REGION_GAP = re.compile(r"\s*+,?\s*+in\s++(?:the\s++)?")
_COMMA_GAP = re.compile(r"\s*+,\s*+")
_REGION_WORD_AFTER = re.compile(r"\s++(?:zone|province|state|region|district|county|governorate|oblast|"
                                r"prefecture|territory|department|municipality|LGA|regency|upazila|tehsil|"
                                r"woreda)\b(?!\s++(?:of|capital)\b)", re.I)
_LIST_GOES_ON = re.compile(r"\s*+,?\s*+(?:and|or)\s")
# A name that only says whose officials tell the report, after a town's site set off by a comma: "kill 3 in
# Kostiantynivka, Donetsk governor says", "in Kostiantynivka, Donetsk regional officials said" (no list of
# sites: the region's teller). Bounded words (possessive quantifiers), so linear.
_REGION_TELLER_AFTER = re.compile(r"(?:['’]s)?+(?:\s++(?:regional|provincial|state|city|district|county|"
                                  r"oblast|local|military|police)){0,2}+\s++(?:governor|mayor|officials?|"
                                  r"authorities|administration|prosecutors?|police|chief)"
                                  r"(?:\s++[A-Z][\w'’-]*+){0,3}+\s++(?:says?|said|told|reports?|reported)\b")


def _possessed_after_a_list(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """A list's last name in its possessive before a part of it ("airstrikes hit Kabul and Paktika's Barmal
    district", "bomb Lashio and Sagaing's Kale township"): the carry along the list reaches the parent,
    but the part is the site, as "Paktika's Barmal district" alone reads, and the parent only says where it
    lies (context, rule ``part_of``), also when the parent was already read as where the part lies
    ("hit Mogadishu and Lower Shabelle's Afgooye district"). A parent that is a site by its own words (not
    carried along the list) keeps its role."""
    for i in range(2, len(mentions)):
        first, parent, part = mentions[i - 2], mentions[i - 1], mentions[i]
        carried = infos[i - 1].name == "event_site" and infos[i - 1].rule == "left"
        held = infos[i - 1].name == "context" and infos[i - 1].rule == "part_of"
        if not (carried or held) or infos[i].name != "context" \
                or infos[i].rule == "part_of" or infos[i - 2].name != "event_site" \
                or parent.demonym or part.place is None or part.place.kind == "country" \
                or parent.sentence != part.sentence or part.start - parent.end > _GAP_CHARS \
                or not _POSSESSED_GAP.fullmatch(text, parent.end, part.start) \
                or not coordinated(text, first, parent):
            continue
        site = infos[i - 1] if carried else infos[i - 2]
        infos[i] = Role("event_site", _precision(part, site.precision > 1), site.clause, "left")
        infos[i - 1] = Role("context", rule="part_of")


def _town_site(m: Mention, role: Role) -> bool:
    """Whether ``m`` places an act at a town (not at a country or region, which a list may go on from:
    "In southern Russia, Volgograd regional governor ... said")."""
    return role.name in _PLACING and m.place is not None and m.place.kind in ("city", "facility", "admin2")


# "on the road between Birnin Gwari and Kaduna", "clashed between Culiacan and Navolato": the two ends of
# a stretch; ACLED codes the first, precision 2, and the second only bounds it (no list of sites).
_BETWEEN_BEFORE = re.compile(r"\bbetween\s{1,3}(?:the\s{1,3})?"
                             r"(?:(?:towns?|cities|villages)\s{1,3}of\s{1,3})?$", re.I)
_AND_GAP = re.compile(r"\s{1,3}and\s{1,3}(?:the\s{1,3})?")
# The next name of a list after "and the", past the province word that closes the names before: "over
# the Kursk and Bryansk regions and the Black Sea", "over Crimea and the Black Sea", "over the Red Sea and
# the Gulf of Aden" (an act's left-context site carries to it, as to a bare "and"; not an actor's role:
# "brokered by Egypt, Qatar and the United States" is right, "the embassies of Rwanda, France and the
# United States" not).
_AND_THE_GAP = re.compile(r"(?:\s++(?:region|province|oblast|governorate|state)s?+)?+,?+\s++(?:and|or)\s++"
                          r"the\s++")
# The next name of a list after a facility noun the first name's mention does not span (the gazetteer has the
# town, not its port): "struck Hodeidah port, the Ras Isa fuel terminal and the port of Salif", "hit Sanaa
# airport and the Ras Isa port", "Tartus port and Hmeimim air base" (multi44: a strike on several facilities
# is an event at each; the facility noun had broken the list, so the second name fell to context). A camp
# too (lists52: "Strikes on Jabalia camp and Beit Lahiya", "bombed Nuseirat camp, Bureij and Deir al-Balah":
# a Gaza camp's mention is its town's name, and the camp noun after it broke the list the same way), and a
# city's neighbourhood or quarter ("homes in Gaza City's Sabra neighborhood, the Bureij refugee camp and
# eastern Khan Younis"), the next name perhaps with a compass word.
_FACILITY_LIST_GAP = re.compile(r"\s++(?:international\s++)?+(?:airport|air\s++base|airbase|airfield|"
                                r"(?:(?:refugee|displacement|IDP)\s++)?+camp|(?:sea)?port|"
                                r"(?:fuel\s++|oil\s++)?terminal|refinery|(?:oil\s++|fuel\s++)?depot|"
                                r"power\s++(?:plant|station)|dam|bridge|prison|naval\s++base|"
                                r"neighbou?rhood|quarter)s?+"
                                r",?+\s++(?:(?:and|or)\s++)?+(?:the\s++)?+"
                                r"(?:(?:north|south)?+-?+(?:east|west)ern\s++|northern\s++|southern\s++)?+")
# A list of sites that goes on past an apposition of the name before: "The attacks targeted Kayes, the
# regional capital, and Nioro du Sahel", "shelled Kherson, a city of 280,000, and Antonivka" (lower-case
# words between the commas: no name, no verb of saying; at most six words).
_APPOSITION_WORD = r"(?!(?:" + _SAYS_OR_REPORTS + r")\b)(?:\d{1,3}(?:,\d{3})+|[a-z0-9][\w'’.-]{0,30})"
_APPOSITION_AND_GAP = re.compile(r",\s{1,2}(?:the|a|an)\s{1,2}(?:" + _APPOSITION_WORD + r"\s{1,2}){0,5}"
                                 + _APPOSITION_WORD + r",\s{1,2}(?:and|or)\s{1,2}")
# The next name of a list of sites after one strike verb, qualified by a compass word or by its kind (the
# blind wires' "hit homes in Gaza City's Sabra neighborhood, the Bureij refugee camp and eastern Khan
# Younis"; "struck the village of Qana, the town of Tebnine and southern Nabatieh"): the qualifier had broken
# the list, so the last name fell to context. Also past a part's noun that closes the name before
# ("Zeitoun neighborhood, the Maghazi camp"). Bounded: one optional noun, one "the", one kind, one compass.
_QUALIFIED_LIST_NOUN = (r"\s{1,2}(?:neighbou?rhood|district|quarter|township|area|"
                        r"(?:(?:refugee|displacement)\s{1,2})?camp)")
_QUALIFIED_LIST_JOINT = r",?\s{1,2}(?:(?:and|or)\s{1,2})?"
_QUALIFIED_LIST_KIND = (r"the\s{1,2}(?:town|village|city|port|district|neighbou?rhood|camp|settlement|area)"
                        r"\s{1,2}of\s{1,2}")
_QUALIFIED_LIST_COMPASS = (r"(?:the\s{1,2})?(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|"
                           r"western|central)\s{1,2}")
_QUALIFIED_LIST_GAP = re.compile(
    r"(?:" + _QUALIFIED_LIST_NOUN + r")?" + _QUALIFIED_LIST_JOINT
    + r"(?:" + _QUALIFIED_LIST_KIND + r"|" + _QUALIFIED_LIST_COMPASS + r")|"
    # a bare "the" only after the part's noun: "Zeitoun neighborhood, the Maghazi camp", not an apposition
    # ("a house in Sevastopol, the Moscow-installed governor said")
    + _QUALIFIED_LIST_NOUN + _QUALIFIED_LIST_JOINT + r"the\s{1,2}|"
    # ... or a bare "and" after it: "the Nuseirat refugee camp and Deir al-Balah" (not a comma alone: "in the
    # Nuseirat camp, Gaza's health ministry said")
    + _QUALIFIED_LIST_NOUN + r",?\s{1,2}(?:and|or)\s{1,2}")
# What a qualified list's last name may be: a town or a part of one, not a country or province ("hit Kharkiv
# and eastern Ukraine": the region of the war, told in passing).
_QUALIFIED_LIST_KINDS = frozenset({"city", "facility", "admin2"})


def _qualified_listed(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` in one sentence as the next town of a list past a compass word or a
    kind ("..., the town of Tebnine and southern Nabatieh"; see _QUALIFIED_LIST_GAP)."""
    return a.sentence == b.sentence and b.start - a.end <= _GAP_CHARS and b.place is not None \
        and b.place.kind in _QUALIFIED_LIST_KINDS \
        and _QUALIFIED_LIST_GAP.fullmatch(text, a.end, b.start) is not None


def _listed_after_the(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` in one sentence as the next name of a list after "and the" ("over Tel Aviv
    and the Negev", "over the Tula and Kaluga regions and the Moscow region")."""
    return a.sentence == b.sentence and b.start - a.end <= _GAP_CHARS \
        and _AND_THE_GAP.fullmatch(text, a.end, b.start) is not None


def _facility_listed(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` in one sentence as the next name of a list after a facility noun that
    closes ``a``'s name (see _FACILITY_LIST_GAP)."""
    return a.sentence == b.sentence and b.start - a.end <= _GAP_CHARS \
        and _FACILITY_LIST_GAP.fullmatch(text, a.end, b.start) is not None


def _apposition_listed(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows ``a`` in one sentence as the next name of a list after an apposition of ``a``
    (see _APPOSITION_AND_GAP)."""
    return a.sentence == b.sentence and b.start - a.end <= _GAP_CHARS \
        and _APPOSITION_AND_GAP.fullmatch(text, a.end, b.start) is not None


def _second_end(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` is the second end of "between ``a`` and ``b``"."""
    return _AND_GAP.fullmatch(text, a.end, b.start) is not None \
        and _BETWEEN_BEFORE.search(text, max(a.sentence[0], a.start - 30), a.start) is not None


# "the Mariupol market in Donetsk", "the Sopore bazaar in Baramulla": a noun saying what the site is (not one
# of the guide's facilities, which the mention spans) between it and "in" the place that holds it.
_SITE_NOUN_IN_GAP = re.compile(r"\s++(?:market|bazaar|meadow|mosque|church|school|hospital|clinic|village|"
                               r"checkpoint|highway|road|valley|hills?|forest|mine|district|area|"
                               # a post of the forces: "the Daraban police station in Dera Ismail Khan
                               # district", "the Kolofata police post in Mayo-Sava" (phantom62, b61-035)
                               r"police\s++(?:station|post|checkpoint)|(?:army|military|security)\s++"
                               r"(?:post|outpost|barracks)|outpost|barracks)\s++in\s++"
                               r"(?:the\s++)?")
# The rest of a province's name after the name of its capital as the text writes it: "Dnipropetrovsk" for
# "Dnipropetrovska oblast", "Kharkiv" for "Kharkivska oblast" (an adjectival ending, then the area word).
_PROVINCE_REST = re.compile(r"[a-z]{0,3}(?:\s|$)")


def _names_province(name: str, province: str) -> bool:
    """Whether ``name`` (as written) names the province ``province`` (the gazetteer's name): equal, or its
    stem before an adjectival ending and the area word ("Dnipropetrovsk", "Dnipropetrovska oblast")."""
    n, p = normalize(name), normalize(province)
    return bool(n) and p.startswith(n) and _PROVINCE_REST.match(p, len(n)) is not None


def _says_region(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` follows the town ``a`` as "in <name> <region word>" (or ", <name> <region word>"):
    a frame, not a second site."""
    # (A town the gazetteer has as its own district reads the same, "near Oicha, Beni territory", but not
    # before another district: "in South Waziristan, in Kurram district" are two of a list.)
    if a.place is None or b.place is None or a.place.kind not in ("city", "facility", "admin2") \
            or a.place.kind == "admin2" == b.place.kind:
        return False
    word = _REGION_WORD_AFTER.match(text, b.end)
    if word is None:
        return False
    if _IN_REGION_GAP.fullmatch(text, a.end, b.start) is None \
            and _SITE_NOUN_IN_GAP.fullmatch(text, a.end, b.start) is None and (
            _COMMA_GAP.fullmatch(text, a.end, b.start) is None or _LIST_GOES_ON.match(text, word.end())):
        return False
    if b.place.kind in ("admin1", "admin2", "region"):
        return a.place.country_code == b.place.country_code
    return b.place.kind == "city"


# After a second name that only frames a site: ", Basilan, on Tuesday", ", Kaduna state." (not a list
# going on: ", Odesa, Dnipro and Lviv").
_FRAME_END = re.compile(r"(?:\s+(?:state|province|region|county|district|governorate|oblast|prefecture|"
                        r"department|municipality))?\s*(?:[,;:.)]\s*(?![A-Z])|$)")
# ", a village in ", ", the capital of ": an apposition that places the name before it.
_APPOSED_PARENT = re.compile(r"\s*+,\s*+(?:an?|the)\s++(?:[\w-]+\s++){0,2}?(?:town|village|city|hamlet|"
                             r"settlement|locality|suburb|district|neighbou?rhood|area|camp|capital|port)\s++"
                             # "Kalay, a town in western Sagaing"
                             r"(?:in|of)\s++(?:the\s++)?(?:(?:" + _DIRECTIONS + r")\s++)?")
# "in northern Gaza", "in rural Aleppo": a compass part of a larger place.
_IN_PART_OF = re.compile(r"\s*+,?\s*+in\s++(?:the\s++)?(?:northern|southern|eastern|western|central|rural|"
                         r"north-?(?:east|west)ern|south-?(?:east|west)ern)\s++")
# "the Dasht-e-Barchi area of western Kabul", "the Jadriya district of Baghdad": the part is the site.
_AREA_OF = re.compile(r"\s++(?:area|district|neighbou?rhood|quarter|suburb|part|section)\s++of\s++"
                      r"(?:the\s++)?(?:(?:" + _DIRECTIONS + r")\s++)?")
_FRAME_KM = 100  # how far a framing town may be from the site: a province named like its capital


def _frames(text: str, a: Mention, b: Mention, region_b: bool) -> bool:
    """Whether ``b``, right after the site ``a`` (the gap is a parent gap), only says where ``a`` is
    although the gazetteer does not say that it contains it: a facility's town ("the Azovstal
    steelworks in Mariupol"), a province named like its capital ("Kuriga, Kaduna state", "near Tame in
    Arauca", "Zakho in Duhok": resolved to the capital, the bigger town of the province), or a nearby
    name set off by commas ("Lamitan City, Basilan, on Tuesday"). Lists are not frames: "and" in
    the gap, or another name after ``b``."""
    pa, pb = a.place, b.place
    if _APPOSED_PARENT.fullmatch(text, a.end, b.start) or _AREA_OF.fullmatch(text, a.end, b.start):
        return True  # "Solhan, a village in Yagha province": the text itself says where the site is
    if pa is None or pb is None or _AND_OR.search(text, a.end, b.start) is not None \
            or pa.country_code != pb.country_code or _same_place(a, b):
        return False
    km = distance_km(pa.lat, pa.lon, pb.lat, pb.lon)
    if pa.kind == "facility" and km <= 40:
        return True
    in_gap = (_IN_REGION_GAP.fullmatch(text, a.end, b.start) is not None
              or _SITE_NOUN_IN_GAP.fullmatch(text, a.end, b.start) is not None) \
        and _LIST_GOES_ON.match(text, b.end) is None
    if pa.kind in ("city", "admin2") and pa.admin1_name and _names_province(b.text, pa.admin1_name) \
            and ("," in text[a.end:b.start] and _FRAME_END.match(text, b.end) is not None or in_gap):
        # "Celaya, Guanajuato, late on Saturday", "Tame, Arauca, with drones", "in Bannang Sata, Yala,": the
        # town's or district's own state or province set off by commas (a namesake city of the province's
        # name reads the same), however far (_own_province_after, a list's gap too).
        return True
    if pa.kind != "city" or pb.kind not in ("city", "admin1", "admin2") or km > _FRAME_KM:
        return False
    if pb.kind == "city" and 0 < pb.population < pa.population:
        return False  # a smaller town is a sibling in a list ("Nikopol, Marhanets, ..."), not the frame
    if region_b or _IN_PART_OF.fullmatch(text, a.end, b.start):
        return True  # "Kuriga, Kaduna state", "Beit Lahia in northern Gaza"
    if in_gap and pb.kind == "city" and pb.admin1 and pb.admin1 == pa.admin1:
        return True  # "near Zakho in Duhok": a bigger town of the province after "in" names the province
    return "," in text[a.end:b.start] and _FRAME_END.match(text, b.end) is not None


# "Residents of Bahir Dar said drones struck a minibus near Dangila": the town's people (in _WITNESS_IN).
_RESIDENTS_OF = re.compile(r"\b(?:residents|inhabitants|villagers)\s{1,3}of\s{1,3}(?:the\s{1,3})?$", re.I)
# People who tell of an event, and where they are: "Medics in Khan Younis said", "a hospital in Nyala
# said it had received", "Journalists in Kyiv heard explosions as ...".
_WITNESS_IN = re.compile(r"\b(?:medics?|doctors?|nurses?|hospitals?|clinics?|morgues?|residents?|"
                         r"witness(?:es)?|activists?|journalists?|reporters?|correspondents?|rescuers?|volunteers?|"
                         r"(?:aid|health|rescue|humanitarian|medical)\s+(?:workers?|staff|officials?)|"
                         r"monitors?|observers?|sources?|officials?|authorities)\s+"
                         r"(?:[\w-]+\s+)?(?:in|at)\s+(?:the\s+)?$|" + _RESIDENTS_OF.pattern, re.I)
_TELLS_NEXT = re.compile(r"(?:\s*+,)?\s++(?:(?:on|late|early)\s++\w++\s++)?(?:" + alternation(
    TELLS | {"confirmed", "report", "reports", "heard", "described", "describe", "counted", "received",
             "receives", "recorded"}) + r")\b")
_WITNESS_LOOKAHEAD = 8  # how many later names of the sentence are read for the site they tell of


def _witnesses_elsewhere(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """Where the tellers are is the origin of the report, not a second site, when the sentence names a
    site after them: "Medics in Khan Younis said an Israeli strike on a house in Rafah killed seven"
    (but "Residents in Kumba said gunmen burned houses overnight" keeps Kumba: no other place)."""
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or m.demonym or not _TELLS_NEXT.match(text, m.end, m.sentence[1]):
            continue
        if _WITNESS_IN.search(text, max(m.sentence[0], m.start - 60), m.start) is None:
            continue
        later = zip(mentions[i + 1:i + 1 + _WITNESS_LOOKAHEAD], infos[i + 1:i + 1 + _WITNESS_LOOKAHEAD],
                    strict=False)
        if any(n.sentence == m.sentence and not n.demonym and rn.name == "event_site" for n, rn in later):
            infos[i] = Role("origin", 1, rule="left")


def _natural_feature(m: Mention) -> bool:
    """A named range, forest or valley ("the Hamrin mountains"): a site as precise as a town, which a
    town after it only locates ("the Hamrin mountains, north-east of Baqubah")."""
    return m.place is not None and m.place.kind == "region" \
        and m.text.rsplit(None, 1)[-1].lower() in NATURAL_HEADS


# People or bodies named with their town, then a verb of their own that reports no act: "analysts in
# Ouagadougou likened", "churches in Mombasa held memorial services", "bar associations in Lahore and
# Karachi demanded": the town is where they are, no site of the act the sentence reports elsewhere. (Not
# "Clashes in Jableh continued": the noun is the act; not "Protesters in Nairobi clashed": the verb is.)
_PEOPLE_IN = re.compile(r"\b[a-z]{3,20}(?:s|men|people|police|staff|clergy)\s{1,3}in\s{1,3}(?:the\s{1,3})?$")
_PEOPLE_IN_CHARS = 40
# The verb after the name (past a list of one or two more names): a past tense, not a verb of telling
# (the witness rules decide those).
_OWN_VERB_AFTER = re.compile(r"(?:\s{0,3}(?:,|\band\b)\s{1,3}[A-Z][\w'’-]{1,30}"
                             r"(?:\s[A-Z][\w'’-]{1,30})?){0,2}"
                             r"\s{1,3}(?:also\s{1,3}|later\s{1,3}|have\s{1,3}|had\s{1,3})?"
                             r"(?!(?:" + alternation(TELLS | ATTRIBUTES) + r")\b)"
                             r"([a-z]{2,20}ed|held|met|kept|began|spent|went|gave|sent|wrote)\b")


def _subjects_of_other_acts(text: str, mentions: list[Mention], infos: list[Role],
                            clauses_by_sentence: dict[tuple[int, int], list[Clause]]) -> None:
    acts_of: dict[tuple[int, int], tuple[list[int], list[int]]] = {}  # a sentence's act spans, by start

    def an_act(sentence: tuple[int, int], start: int, end: int) -> bool:
        """Whether [start, end) overlaps a span of a trigger that reports an act (bisect: a text of many
        names and triggers is read in n log n)."""
        if sentence not in acts_of:
            spans = sorted((sentence[0] + a, sentence[0] + b) for c in clauses_by_sentence.get(sentence, [])
                           if c.family != "political" for a, b in (c.spans or ((c.start, c.end),)))
            reach, ends = -1, []
            for _, b in spans:  # the furthest end of any span starting at or before each one
                reach = max(reach, b)
                ends.append(reach)
            acts_of[sentence] = ([a for a, _ in spans], ends)
        starts, ends = acts_of[sentence]
        k = bisect.bisect_left(starts, end) - 1
        return k >= 0 and ends[k] > start

    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or r.rule != "left" or m.demonym:
            continue
        s0 = m.sentence[0]
        subject = _PEOPLE_IN.search(text, max(s0, m.start - _PEOPLE_IN_CHARS), m.start)
        verb = _OWN_VERB_AFTER.match(text, m.end, m.sentence[1]) if subject is not None else None
        if verb is None or subject is None:
            continue
        if an_act(m.sentence, verb.start(1), verb.end(1)) \
                or an_act(m.sentence, subject.start(), subject.end()):
            continue  # the noun or the verb is an act of its own ("Clashes in Jableh continued")
        infos[i] = Role("context", rule="left")
        for j in range(i + 1, len(mentions)):  # the rest of the list before the verb ("and Karachi")
            if mentions[j].start >= verb.start(1):
                break
            if infos[j].name in _PLACING:
                infos[j] = Role("context", rule="left")


# A teller named with its town as the sentence's subject, confirming an act a sentence before told: "Police in
# Gusau, the state capital, confirmed the attacks but said 21 people had been killed", "The army's spokesman
# in Bunia confirmed the attack and said troops were pursuing the attackers" (blind b58-072, b51-057;
# phantomw64): the town is where the teller is, no site (not "Police in Jos said gunmen killed 11 farmers",
# a new act, nor a teller of the story's first sentence, whose act may be the town's).
_TELLER_SUBJECT_IN = re.compile(r"[\"“]?(?:the\s{1,3}|an?\s{1,3})?(?:[\w'’-]{1,30}\s{1,3}){0,3}?"
                                r"(?:police|officials?|spokes(?:man|woman|person)|diplomats?|doctors?|medics?|"
                                r"authorities|commanders?|officers?|sources?)\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?",
                                re.I)
_TELLER_SUBJECT_CHARS = 60
# ... its verb of telling next, past an apposition ("Police in Gusau, the state capital, confirmed"), with the
# act told before as its object ("the attack", "the killings", "both raids").
_TOLD_ACT_NOUNS = ACTS_RETOLD | {"killing", "raids", "attacks", "ambushes", "bombings"}
_TELLER_CONFIRMS_TOLD = re.compile(r"(?:,[^,;.:]{1,60}?,)?\s{1,3}(?:also\s{1,3}|later\s{1,3})?(?:"
                                   + alternation(ATTRIBUTES) + r")\s{1,3}(?:the|both|these|those)\s{1,3}"
                                   r"(?:[\w'’-]{1,30}\s{1,3})?(?:" + alternation(_TOLD_ACT_NOUNS) + r")\b")

# ... and tellers who watch from afar, whatever they say: "Diplomats in Vienna say inspectors still lack
# access to the bombed sites", "Diplomats in Juba say both sides are recruiting" (blind b47-070, b40-080;
# phantomw64).
_REMOTE_TELLER_IN = re.compile(r"[\"“]?(?:the\s{1,3}|some\s{1,3})?(?:[\w'’-]{1,30}\s{1,3})?"
                               r"(?:diplomats|analysts|observers|experts)\s{1,3}(?:in|at)\s{1,3}(?:the\s{1,3})?",
                               re.I)
_REMOTE_TELLER_VERB = re.compile(r"(?:,[^,;.:]{1,60}?,)?\s{1,3}(?:" + alternation(ATTRIBUTES | {"say"})
                                 + r")\b")


def _tellers_of_a_told_act(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    first: tuple[int, int] | None = None  # the sentence of the first site: an act told before a later one
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if first is None and r.name == "event_site":
            first = m.sentence
        if first is None or first == m.sentence or r.name != "event_site" or m.demonym \
                or m.start - m.sentence[0] > _TELLER_SUBJECT_CHARS:
            continue
        if _TELLER_SUBJECT_IN.fullmatch(text, m.sentence[0], m.start) is not None \
                and _TELLER_CONFIRMS_TOLD.match(text, m.end, m.sentence[1]) is not None \
                or _REMOTE_TELLER_IN.fullmatch(text, m.sentence[0], m.start) is not None \
                and _REMOTE_TELLER_VERB.match(text, m.end, m.sentence[1]) is not None:
            infos[i] = Role("context", rule="teller")


def _references(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """A reference town after a site only says where the site is: context (rule ``part_of``). "Sake, 25
    km west of Goma", "Nur Shams camp near Tulkarm", "Muqdadiya, north-east of Baqubah" (a district
    named like its town, too: run before ``_yield_to_specific_sites``, which would take the reference
    town for the district's site)."""
    for i in range(1, len(mentions)):
        # The site just before, or the one before a name inside its apposition ("Kosti, a city on the
        # White Nile about 300 km south of Khartoum").
        for j in (i - 1, i - 2)[:i]:
            a, b = mentions[j], mentions[i]
            ra, rb = infos[j], infos[i]
            if ra.name in _PLACING and rb.name in _PLACING and a.sentence == b.sentence \
                    and b.start - a.end <= _GAP_CHARS and a.place is not None \
                    and (a.place.kind in ("city", "facility", "admin2") or _natural_feature(a)) \
                    and not _PROVINCE_AFTER.match(text, a.end) and not _FRONT_AFTER.match(text, a.end) \
                    and _REFERENCE_GAP.fullmatch(text, a.end, b.start) \
                    and not _frame_then_clause(text, a):  # not "in Kursk region around Sudzha"
                infos[i] = Role("context", rule="part_of")
                break
    _fronts(text, mentions, infos)


# The article after a name that opens its sentence as the frame begins the sentence's clause, not an
# apposition, unless it names what the frame is ("In Sake, a town 25 km west of Goma, ..."): "In Gaza, an
# Israeli drone strike killed three people east of Khan Younis" places the strike at Khan Younis (blind
# b68-071), which _framing_town then reads as the frame's own site.
_ARTICLE_AFTER = re.compile(r",\s{1,3}(?:an?|the)\s")


def _frame_then_clause(text: str, a: Mention) -> bool:
    """Whether mention ``a`` opens its sentence as the frame ("In <name>, ...") and an article starting a
    clause, not an apposition naming the frame's kind, follows its comma."""
    return _FRAME_OPENING.fullmatch(text, a.sentence[0], a.start) is not None \
        and _ARTICLE_AFTER.match(text, a.end) is not None \
        and _FRAME_APPOSED.match(text, a.end, a.end + 80) is None


# A front named after a town ("Troops on the Kupiansk front repelled an assault near Petropavlivka"): the
# act's site is the place named after it; the front's town is where the act happened only when the
# sentence names no other site of that act.
_FRONT_AFTER = re.compile(r"(?:['’]s?(?:\s{1,3}(?:northern|southern|eastern|western|north-?(?:east|west)ern|"
                          # "on Hodeidah's southern front in Hays": the town's front; the act at the other
                          r"south-?(?:east|west)ern))?)?"
                          r"\s{1,3}(?:fronts?(?:\s{1,3}lines?)?|axis|axes|directions?|sectors?|salient|"
                          # a road named after the town it leads to: "on the Baghdad road near Al-Qaim"
                          r"road|highway|route)\b",
                          re.I)
_FRONT_LOOKAHEAD = 4  # the next few names of the sentence (bounded, so linear)


def _fronts(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or r.clause is None or not _FRONT_AFTER.match(text, m.end):
            continue
        later = zip(mentions[i + 1:i + 1 + _FRONT_LOOKAHEAD], infos[i + 1:i + 1 + _FRONT_LOOKAHEAD],
                    strict=False)
        if any(n.sentence == m.sentence and rn.name == "event_site" and rn.clause is r.clause
               and not _FRONT_AFTER.match(text, n.end) for n, rn in later):
            infos[i] = Role("context", rule="part_of")


# A second act told after a headline's subject: "Kherson shelling kills 3 as Russian drones also hit
# Mykolaiv", "Sumy strike kills 2 as drones also hit Kharkiv" (heads53): the later town is the second act's
# site, not a part of the subject (read on the words between the two names, at most _SECOND_ACT_CHARS).
_SECOND_ACT = re.compile(r"\b(?:as|while|and)\s(?:[\w'’-]{1,30}\s){0,6}?also\b")
_SECOND_ACT_CHARS = 120


def _references_and_topics(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """Names that only say where a more specific site is become context (rule ``part_of``):

    - a reference town after a site (``_references``, run earlier: roles only turn to context since);
    - a headline's topic or subject when the headline names a site of the same event after it:
      "Far North: suicide bomber kills 9 in Kolofata", "Sumy shelling leaves three injured in Shostka"."""
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.rule not in ("headline_topic", "subject") or r.clause is None:
            continue
        # The next few names of its sentence (a headline's list is short; bounded, so linear).
        for n, later in zip(mentions[i + 1:i + 6], infos[i + 1:i + 6], strict=True):
            if _SECOND_ACT.search(text, m.end, min(n.start, m.end + _SECOND_ACT_CHARS)):
                break  # "X shelling kills 3 as drones also hit Y": Y is a second act's, X keeps its own
            # A site more precise than the topic, or a named part of it ("tent in al-Mawasi"), not a
            # road named after a town ("ambushed on Pama road") or a far region.
            close = n.place is not None and m.place is not None and \
                distance_km(n.place.lat, n.place.lon, m.place.lat, m.place.lon) <= 30
            # (A district the topic's verb struck is a site too: "Idlib: Russian jets pound Jisr
            # al-Shughur". The gazetteer has no district codes: a district "holds" every town of its
            # province, so it is no parent of the topic.)
            district = n.place is not None and n.place.kind == "admin2" and r.rule == "headline_topic"
            # (A town told by a relative place is as specific: "Mandera: IED hits police near Elwak" is
            # one act near Elwak, the topic the area the line files it under.)
            near_town = later.precision == 2 and n.place is not None and n.place.kind in ("city", "facility")
            specific = (later.precision == 1 or close or district or near_town) \
                and not _ROAD_AFTER.match(text, n.end) or \
                m.place is not None and m.place.kind not in ("city", "facility")
            if later.name in _PLACING and later.clause is r.clause and later.rule == "left" and specific \
                    and n.sentence == m.sentence and not _same_place(n, m) \
                    and not (_contains(n.place, m.place) and not district):
                infos[i] = Role("context", rule="part_of")
                break


# A name the gazetteer lacks, then its province or country: "near El Wak in Mandera County", "Daraban,
# Dera Ismail Khan district", "El Plateado in Cauca". (Not an organisation: "the Rapid Support Forces in
# North Darfur".)
_UNKNOWN_BEFORE_PARENT = re.compile(
    r"(?<![\w'’.-])(?!(?:The|A|An|In|On|At|Police|Army|Forces|State|Group|Front|Movement|Council|Ministry|"
    r"Government|Command|Brigade|Division|Islamic|Rapid|Support|Liberation|Democratic|National|People['’]s)\b)"
    r"[A-Z][\w'’.-]{1,30}(?:[\s-]{1,2}(?:(?:al|el|ad|ar|as|ash|at|az|ez|es|de|del|la|le|du|da)[\s-]{1,2})?"
    r"(?!(?:Forces|Army|Front|Movement|Group|Council|Ministry|Command|Brigade|Division|State)\b)"
    r"[A-Z][\w'’.-]{1,30}){0,3}(?:(?:\s{1,3}" + _SETTLEMENT_NOUN + r")?"
    r"(?:\s{0,2},\s{1,3}|\s{1,3}in\s{1,3}(?:the\s{1,3})?)"
    r"|\s{1,3}" + _SUBUNIT_NOUN + r"\s{1,3}of\s{1,3}(?:the\s{1,3})?)$")  # "the Mamund tehsil of Bajaur"


HOLDS_UNKNOWN = "unknown_parent"  # the rule of a district or province that holds a place the gazetteer lacks
# "Zamfara's Kwaragi": a possessive before a capitalised name (not a title: "Borno's Governor Zulum").
_POSSESSED_NAME = re.compile(r"[’']s\s(?!(?:Governor|Deputy|Police|Commissioner|Ministry|Minister|Army|"
                             r"Health|State|Security|Emergency|Red|Armed|National|Government|President)\b)"
                             r"(?=[A-Z])")
# The name a province's possessive holds, up to four capitalised words ("Tse Agbaji", "Qaliin-Weyne").
_UNKNOWN_PART = re.compile(r"[A-Z][\w'’-]{0,30}+(?:\s[A-Z][\w'’-]{0,30}+){0,3}+")
_DISTRICT_AFTER = re.compile(r"\s+(?:district|county|province|governorate|region|oblast|prefecture|state)\b",
                             re.I)


# A sentence that opens on the act of the sentence before ("The operation near Adan Yabaal came days after
# ...", "The violence erupted on Monday near the town of Gore").
_RETOLD_OPENER = re.compile(r"\W{0,3}(?:The|This|That)\s(?:[\w'’-]{1,20}\s){0,2}?"
                            r"(?:" + alternation(ACTS_RETOLD) + r")\b")
_RETOLD_LOOKBACK = 8  # names of the sentence before read for the region it names (bounded, so linear)
_RETOLD_NEAR = re.compile(r"\b(?:near|outside|around|outskirts\s{1,3}of)\s{1,3}(?:the\s{1,3})?"
                          r"(?:(?:town|city|village)\s{1,3}of\s{1,3})?$")


def _retold_in_the_next_sentence(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """A region named as an act's site ("killed 30 fighters in an operation in the Middle Shabelle region")
    and a town inside it named by the next sentence, which retells that act ("The operation near Adan
    Yabaal ..."): the town is the site (the most specific place the text gives), the region its parent.
    The town's role keeps the act's clause, of the sentence before (the coder looks for it there)."""
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "context" or r.rule != "left" or m.place is None \
                or m.place.kind not in ("city", "facility") \
                or not _RETOLD_OPENER.match(text, m.sentence[0], m.start):
            continue
        earlier = None
        for j in range(i - 1, max(-1, i - 1 - _RETOLD_LOOKBACK), -1):
            n = mentions[j]
            if n.sentence == m.sentence:
                continue
            if earlier is None:
                earlier = n.sentence  # the sentence just before, as far as it names places
            if n.sentence != earlier:
                break
            rn = infos[j]
            if rn.name == "event_site" and rn.clause is not None and n.place is not None \
                    and n.place.kind in ("admin1", "admin2") and _contains(n.place, m.place):
                near = _RETOLD_NEAR.search(text, max(m.sentence[0], m.start - 40), m.start) is not None
                infos[i] = Role("event_site", _precision(m, near), rn.clause, rule="left")
                infos[j] = Role("context", rule="part_of")
                break


# A sentence that says where the thing an act struck lay, the act's sentence before naming no town for it
# ("A drone struck an oil depot overnight ... The depot lies on the outskirts of Novorossiysk", "... in the
# Red Sea on Sunday. The ship was about 51 nautical miles southwest of Hodeidah when it was struck", "The
# village lies in Chaung-U township", "The church is in Kajuru"): the opener is a definite noun of at most
# three words and a verb of being; the gap to the name is only a locative phrase (a distance, a compass
# point, a preposition: "about 30 km south of", "on the outskirts of", "in"), so "The army has been deployed
# in the streets of X" or "The airline is building a hub at X" place nothing.
_LIES_AT_OPENER = re.compile(r"\W{0,3}(?:The|This|That)\s(?:[\w'’-]{1,20}\s){1,3}?"
                             r"(?:lies|lay|sits|is|was|were|had\s{1,3}been)\s{1,3}")
_LIES_AT_GAP = re.compile(r"(?:(?:located|situated)\s{1,3})?"
                          r"(?:(?:about|some|roughly|around|approximately|just|only|nearly)\s{1,3})?"
                          r"(?:\d[\d.,]{0,8}\s{0,3}(?:km|kilomet(?:re|er)s|miles|nautical\s{1,3}miles)\s{1,3}"
                          r"(?:\([^()]{0,30}\)\s{1,3})?)?"
                          r"(?:(?:" + _COMPASS_POINTS + r")\s{1,3})?"
                          r"(?:in|inside|near|of|outside|off|at|close\s{1,3}to|"
                          r"on\s{1,3}the\s{1,3}outskirts\s{1,3}of)"
                          r"\s{1,3}(?:the\s{1,3}(?:(?:town|city|village|port)\s{1,3}of\s{1,3})?)?")
_LIES_AT_NEAR = re.compile(r"\b(?:near|outside|outskirts|off|close|around|km|kilomet(?:re|er)s|miles|"
                           r"north|south|east|west)")
_LIES_AT_AREA = re.compile(r"\s{1,3}(?:township|district|county|territory|province|region|department)\b")
_LIES_AT_FRAMES = ("water", "region", "admin1", "country", "continent")  # an act's site the town can refine


def _placed_by_the_next_sentence(text: str, mentions: list[Mention], infos: list[Role],
                                 clauses_by_sentence: dict[tuple[int, int], list[Clause]]) -> None:
    """A town the sentence after an act names as where the act's object lay ("The ship was about 50
    nautical miles southwest of Hodeidah when the attack began"), when the act's own sentence names no
    town or facility for it (a sea, a region or nothing): the town is the act's site, precision 2 when
    the phrase places the object relative to it, and the sea or region of the act's sentence is only
    where it lies (context). The town's role keeps the act's clause, of the sentence before."""
    spans = sorted(clauses_by_sentence)
    ends = [sp[1] for sp in spans]
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name == "event_site" and r.rule != "left" or r.name not in ("event_site", "context") \
                or m.place is None or m.place.kind not in ("city", "facility", "admin2") or m.demonym:
            continue
        if i and mentions[i - 1].sentence == m.sentence:
            continue  # the first name of its sentence only
        opener = _LIES_AT_OPENER.match(text, m.sentence[0], m.start)
        if opener is None or _LIES_AT_GAP.fullmatch(text, opener.end(), m.start) is None:
            continue
        k = bisect.bisect_right(ends, m.sentence[0]) - 1  # the sentence with clauses just before
        if k < 0 or text[spans[k][1]:m.sentence[0]].strip():
            continue
        # The sites of the nearest sentence before that names places (the act's, or nothing of it).
        named = mentions[i - 1].sentence if i and infos[i - 1].rule not in _DATELINE_RULES else None
        sites = [j for j in range(max(0, i - _RETOLD_REFERENCE_LOOKBACK), i) if mentions[j].sentence == named
                 and infos[j].name == "event_site" and infos[j].clause is not None]
        if any(mentions[j].place is None or mentions[j].place.kind not in _LIES_AT_FRAMES for j in sites):
            continue  # the act has a town of its own: this town is a reference ("The town lies 60 km ...")
        if r.name == "event_site" and not sites:
            continue  # a site of its own sentence's act, and nothing before to refine
        acts = [c for c in clauses_by_sentence[spans[k]] if c.family != "political"]
        clause = infos[sites[0]].clause if sites else acts[0] if acts else None
        if clause is None or clause.family == "political":
            continue  # a statement's sentence before ("Aid agencies warned ... The camp lies near X")
        near = _LIES_AT_NEAR.search(text, opener.end(), m.start) is not None \
            or _LIES_AT_AREA.match(text, m.end) is not None  # "The village lies in Chaung-U township"
        infos[i] = Role("event_site", _precision(m, near), clause, rule="lies_at")
        for j in sites:
            infos[j] = Role("context", rule="part_of")


# A compass reference before a name, read at the end of its lowered left context: "north of the port city
# of ", "about 60 km west of the ", "positions west of the ".
_COMPASS_REF = re.compile(r"\b(?:(?:about|some|roughly|around|just)\s{1,3})?(?:\d[\d.,]{0,8}\s{0,3}"
                          r"(?:km|kilomet(?:re|er)s|miles)\s{1,3}(?:\([^()]{0,30}\)\s{1,3})?)?"
                          r"(?:" + _COMPASS_POINTS + r")(?:ern)?"
                          r"\s{1,3}of\s{1,3}(?:the\s{1,3})?(?:(?:port\s{1,3})?(?:city|town)\s{1,3}of\s{1,3})?$")
_RETOLD_REFERENCE_LOOKBACK = 12  # names before, in earlier sentences (bounded, so linear)


def _retold_references(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """A sentence that opens on an act already placed ("The strikes set off huge fires at the terminal on
    the coast, north of the port city of Hodeidah", "The clashes erupted when troops advanced towards
    positions west of the Tishrin Dam"): a name it gives only as a compass reference says where the
    retold act was, not a second site of it (context, rule ``part_of``)."""
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or r.rule != "left" or r.clause is None \
                or not _RETOLD_OPENER.match(text, m.sentence[0], m.start):
            continue
        left = text[max(m.sentence[0], m.start - 80):m.start].lower()
        if _COMPASS_REF.search(left) is None:
            continue
        for j in range(i - 1, max(-1, i - 1 - _RETOLD_REFERENCE_LOOKBACK), -1):
            n, rn = mentions[j], infos[j]
            if n.sentence != m.sentence and rn.name == "event_site" and rn.clause is not None \
                    and rn.clause.family == r.clause.family:
                infos[i] = Role("context", rule="part_of")
                # the sea or region the retold place lies on ("at the terminal on the Red Sea coast")
                for k in range(max(0, i - _RETOLD_REFERENCE_LOOKBACK), i):
                    if mentions[k].sentence == m.sentence and infos[k].clause is r.clause \
                            and infos[k].name == "event_site" and mentions[k].place is not None \
                            and mentions[k].place.kind not in ("city", "facility"):
                        infos[k] = Role("context", rule="part_of")
                break


# The town a road leads to, read at the end of the lowered left context: "on the road to ", "the main
# highway towards ", "cutting a key road to the state capital, ", "roads leading to the provincial capital, ".
_ROAD_TO = re.compile(r"\b(?:road|highway|route)s?\s{1,3}(?:to|towards?|leading\s{1,3}to)\s{1,3}"
                      r"(?:the\s{1,3}(?:(?:state|provincial|regional|district)\s{1,3})?capital,?\s{1,3}|the\s{1,3})?$")
_ROAD_TO_CHARS = 60
_ROAD_LOOK = 4  # names either side in the sentence (bounded, so linear)


def _road_destinations(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """The town a road leads to is no site when its sentence places the act at another name ("a roadside
    bomb hit a minibus on the road to Afgoye" after "In Mogadishu,", "struck a vehicle on the road to
    Amuda, west of Qamishli"): it names the road; alone it stays the site ("seized on the road to Kumbo",
    precision 2)."""
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or r.clause is None:
            continue
        left = text[max(m.sentence[0], m.start - _ROAD_TO_CHARS):m.start].lower()
        if _ROAD_TO.search(left) is None:
            continue
        near = range(max(0, i - _ROAD_LOOK), min(len(mentions), i + 1 + _ROAD_LOOK))
        if any(k != i and mentions[k].sentence == m.sentence and infos[k].name in _PLACING
               and not _ROAD_TO.search(text[max(mentions[k].sentence[0], mentions[k].start - _ROAD_TO_CHARS):
                                            mentions[k].start].lower())
               for k in near):
            infos[i] = Role("context", rule="left")


def _holds_unknown_before(text: str, m: Mention, unknown: re.Match[str]) -> bool:
    """Whether the mention is the district or province after one name the gazetteer lacks and a comma:
    "in Tungan Kara, Zamfara state", "in Wad Ashana village, Gezira state". It reads the words before
    that name (the place it holds is the site, see _parents_of_unknown_places). Not after a weekday or
    a month ("on Tuesday, Zamfara state police said")."""
    if m.place is None or not (m.place.kind in ("admin1", "admin2") or _DISTRICT_AFTER.match(text, m.end)):
        return False
    listed = unknown.group()
    return ("," in listed or unknown.re is _UNKNOWN_UNIT_OF) and _AND_OR.search(listed) is None \
        and listed.split(None, 1)[0].strip(",").lower() not in CALENDAR


# "on Barkaram island, ", "in Lin Ta Lu village, ", "at Tinagaren well, ": a place after a locative word,
# named by capitalised words the gazetteer lacks (or reads only in part), then a comma; read in a window.
_UNKNOWN_APPOSED = re.compile(
    r"\b(?:in|at|on|near)\s{1,3}(?:the\s{1,3})?(?:[a-z]{2,12}\s{1,3})?"
    r"(?P<name>[A-Z][\w'’.-]{1,30}(?:[\s-]{1,2}[A-Z][\w'’.-]{1,30}){0,3})"
    r"(?:\s{1,3}(?:village|island|well|town|area|locality|community|hamlet|settlement|camp))?\s{0,2},\s{1,3}$")
_UNKNOWN_APPOSED_CHARS = 90
_APPOSED_FAR_KM = 100.0  # a name read this far from the province after it is a namesake: the place is unknown


def _apposed_parents_of_unknown(text: str, mentions: list[Mention], infos: list[Role],
                                clauses_by_sentence: dict[tuple[int, int], list[Clause]]) -> None:
    """A province or district set off by a comma after a place the gazetteer lacks, in a sentence that
    reports an act and names no site ("Boko Haram assault on army base on Barkaram island, Lac province,
    kills 40 soldiers", "bombed a monastery in Lin Ta Lu village, Sagaing Region"): it holds that place,
    and is where the act is coded, precision 2 (rule ``unknown_parent``), as ACLED codes a village it
    cannot locate. A name the gazetteer read in part, or as a namesake in another country or far from
    the province ("Ta Lu" in Vietnam), is still unknown."""
    placed = {m.sentence for m, r in zip(mentions, infos, strict=True) if r.name in _PLACING}
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "context" or m.sentence in placed or m.place is None or m.demonym \
                or r.rule.startswith("dateline") \
                or m.place.kind not in ("admin1", "admin2") and not (
                    m.place.kind == "city" and _DISTRICT_AFTER.match(text, m.end)):
            continue
        s0 = m.sentence[0]
        found = _UNKNOWN_APPOSED.search(text, max(s0, m.start - _UNKNOWN_APPOSED_CHARS), m.start)
        if found is None:
            continue
        a, b = found.span("name")
        inside = [x for x in mentions[max(0, i - 4):i] if x.start < b and x.end > a]
        if any(x.place is None or x.place.country_code == m.place.country_code and distance_km(
                x.place.lat, x.place.lon, m.place.lat, m.place.lon) <= _APPOSED_FAR_KM for x in inside):
            continue  # a place the gazetteer has there: it is the site, and the province only frames it
        acts = [c for c in clauses_by_sentence.get(m.sentence, [])
                if c.family != "political" and c.sub_event_type != "Agreement"]
        clause = _nearest_clause(acts, m.start - s0)
        if clause is not None:
            infos[i] = Role("event_site", 2, clause, HOLDS_UNKNOWN)
            placed.add(m.sentence)


def _parents_of_unknown_places(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    """A district, province or country right after a name the gazetteer lacks says where that place is.
    A district or province holds it: the event is coded there, as ACLED codes a village it cannot
    locate, with precision 2 (rule ``unknown_parent``; "El Plateado in Cauca", "the village of Ndoyira in
    Beni territory"). A country is context (rule ``part_of``): a country point is used only when the text
    names nothing smaller."""
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or m.place is None or m.place.kind not in ("admin1", "admin2", "country") \
                and not (m.place.kind == "city" and _DISTRICT_AFTER.match(text, m.end)):
            continue  # (a town's name before "district" names it: "Daraban, Dera Ismail Khan district")
        s0 = m.sentence[0]
        prev_end = mentions[i - 1].end if i and mentions[i - 1].sentence == m.sentence else s0
        lo = max(s0, m.start - 70, prev_end)
        found = _UNKNOWN_BEFORE_PARENT.search(text, lo, m.start)
        if found is not None and found.start() > s0 and not text[prev_end:found.start()].isspace():
            # (Not the tail of the name before: "the Krishna Ghati sector of Poonch district" names a
            # known place, which is the site.)
            infos[i] = Role("context", rule="part_of") if m.place.kind == "country" else \
                Role("event_site", max(r.precision, 2), r.clause, HOLDS_UNKNOWN)


def _same_place(a: Mention, b: Mention) -> bool:
    return a.place is not None and b.place is not None \
        and (a.place.name, a.place.lat) == (b.place.name, b.place.lat)


# "over the Bryansk and Kursk regions", "the Kursk, Belgorod and Oryol regions": names that a plural region
# word after the list (or right after the name) makes provinces, whatever town row they resolved to. Bounded
# (a list of at most six names of at most three words), tried once per mention at its end: linear.
_LISTED_REGIONS = re.compile(r"(?:\s{0,3}+,\s{1,3}+[A-Z][\w'’-]{0,30}+(?:\s[A-Z][\w'’-]{0,30}+){0,2}+){0,6}+"
                             r"(?:(?:\s{0,3}+,)?\s{1,3}+(?:and|or)\s{1,3}+[A-Z][\w'’-]{0,30}+(?:\s[A-Z][\w'’-]{0,30}+){0,2}+)?+"
                             r"\s{1,3}+(?:regions|provinces|oblasts|governorates|states|prefectures)\b")


# A site told as a district or neighbourhood of its own ("in Yaqshid district", "in Aden's Crater district"):
# it holds no other district of the clause ("killed three in Hodan district ..., while in Yaqshid district
# gunmen ...", "in Crater district ... and threw a grenade at a checkpoint in Dar Saad": siblings).
_SIBLING_DISTRICT_AFTER = re.compile(r"\s{1,3}(?:district|neighbou?rhood|quarter)s?\b", re.I)


def _yield_to_specific_sites(text: str, mentions: list[Mention], infos: list[Role],
                             regions: list[bool]) -> None:
    """A country or province given as a site of a clause that also has a town or facility inside it as
    a site only says where the town is: context (rule ``part_of``). "Clashes in Kutum, in North Darfur":
    North Darfur is not a second site. So is a named region framing the sentence or called a region ("In
    Darfur, ...", "the Catatumbo region") with a town of its country within ``_REGION_KM``."""
    inside: set[tuple[int, str, str]] = set()  # (clause id, "cc"/"a1", code) of the specific sites
    specific: dict[int, list[Place]] = {}  # clause id -> the specific sites' places
    towns: set[int] = set()  # clause ids with a specific site not itself told as a district
    for k, (m, r, region) in enumerate(zip(mentions, infos, regions, strict=True)):
        if k and _own_province_after(text, mentions[k - 1], m):
            continue  # "in Bannang Sata, Yala,": the town named like the district's province only frames it
        # (Not a headline's topic: "Idlib: Russian jets pound Jisr al-Shughur" names the district's site
        # after its province's town, which yields to it, in _references_and_topics.)
        if r.name == "event_site" and r.clause is not None and m.place is not None \
                and r.rule != "headline_topic" and m.place.kind in ("city", "facility") and not m.demonym \
                and not region and not _LISTED_REGIONS.match(text, m.end):
            inside.add((id(r.clause), "cc", m.place.country_code))
            sites = specific.setdefault(id(r.clause), [])
            if len(sites) < _REGION_SITES:  # a few suffice to place a region; pairs stay bounded (linear)
                sites.append(m.place)
            if m.place.admin1:
                inside.add((id(r.clause), "a1", m.place.admin1))
            if not _SIBLING_DISTRICT_AFTER.match(text, m.end):
                towns.add(id(r.clause))
    if not inside:
        return
    first_in: dict[tuple[int, int], int] = {}
    for i, m in enumerate(mentions):
        first_in.setdefault(m.sentence, i)
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        p = m.place
        if r.name == "event_site" and r.clause is not None and p is not None and p.kind == "water" \
                and any(c == id(r.clause) for c, kind, _ in inside if kind == "cc"):
            infos[i] = Role("context", rule="part_of")  # "across the Danube in Novi Sad"
            continue
        if r.name != "event_site" or r.clause is None or p is None or m.demonym or not p.country_code:
            continue
        if p.kind == "region" and (_PROVINCE_AFTER.match(text, m.end) or _REGION_NAMED.search(m.text) or (
                _FRAME_OPENING.fullmatch(text, m.sentence[0], m.start) and text.startswith(",", m.end))) \
                and any(q.country_code == p.country_code
                                      and distance_km(p.lat, p.lon, q.lat, q.lon) <= _REGION_KM
                                      for q in specific.get(id(r.clause), ())):
            # A named region with no province code (Darfur, Catatumbo, Donbas, Mindanao), called a region
            # or opening the sentence as its frame, holds the clause's town as far as its extent says: "In
            # Catatumbo, ... fighting continued in Tibú", "in Tibú, in the Catatumbo region". (Not a list:
            # "bombed the Qandil mountains and near Amadiya" names two sites.)
            infos[i] = Role("context", rule="part_of")
            continue
        if p.kind == "admin2" and any(
                0 < j < len(mentions) and mentions[j - 1].sentence == mentions[j].sentence
                and _AND_ONLY.fullmatch(text, mentions[j - 1].end, mentions[j].start) for j in (i, i + 1)):
            continue  # "in Churachandpur and Imphal", "the towns of Bosso and Diffa": siblings in a list
        kind = "admin1" if regions[i] else p.kind
        frame = _framing_city(text, mentions, infos, i, first_in[m.sentence]) if kind == "city" else None
        if frame is None and kind in ("city", "facility"):
            frame = _framing_town(text, mentions, infos, i, first_in[m.sentence])
        if frame is not None:
            # "In Baghdad, a bomb exploded ... in the Sadr City district": the city framing the sentence
            # holds its own district, which is the site; the city only says where it is.
            infos[frame] = Role("context", rule="part_of")
            continue
        if kind == "city" and _DISTRICT_AFTER.match(text, m.end) and not _PART_OF_CITY.match(text, m.end) \
                and not _possessed_by_site(text, mentions, infos, i):
            # "Moreh in Manipur's Tengnoupal district": the district, whatever row it resolved to (not a
            # city's own district: "Tripoli's Abu Salim district", "the Abu Salim district of Tripoli")
            kind = "admin2"
        if kind == "admin2" and p.admin1 and (id(r.clause), "a1", p.admin1) in inside \
                and not _listed_district(text, mentions, i) and id(r.clause) in towns \
                and not _PART_OF_CITY.match(text, m.end):
            # The gazetteer has no district codes: a district of the province holds a site of the clause
            # only when it lies near it or is named right after it ("Moreh in Manipur's Tengnoupal
            # district", "Daraban, Dera Ismail Khan district"), not when the sentence tells an act of its
            # own there ("killed six in Culiacán, and ... clashes in Elota municipality left five dead").
            if _holds_near(p, specific.get(id(r.clause), ())) or _named_after_site(text, mentions, infos, i) \
                    or _site_follows(text, mentions, infos, i):
                infos[i] = Role("context", rule="part_of")
        elif kind == "country" and (id(r.clause), "cc", p.country_code) in inside or \
                kind == "admin1" and p.admin1 and (id(r.clause), "a1", p.admin1) in inside:
            infos[i] = Role("context", rule="part_of")


# A total spread over an area ("Israeli strikes across Gaza killed 18 people, including 12 in Khan Younis
# and six in Nuseirat"; "... killed 18 people across Gaza. A strike on a school in Nuseirat killed 10"): the
# area after "across" only sums up the towns told as its shares in its sentence, which are the sites
# (sites54; tl51-014). Alone ("Israeli strikes across Gaza killed 37 people") it stays the site.
_ACROSS_BEFORE = re.compile(r"\bacross\s{1,3}(?:the\s{1,3})?$")
_ACROSS_CHARS = 14  # the window before the name in which "across (the)" is read
_SHARE_KM = 60.0  # how far a town told after the area may lie from the area's point to be one of its parts
# Only the area's own sentence: a share told in the next one ("Twelve of them died when a house was hit in
# the Jabalia refugee camp", blind b39-054) then takes the lead's total (a toll question left to tolls).
_SHARE_SENTENCES = 1
# What tells a town as a share of the area's total, between the area and the town: "including 12 in",
# "among them", "Twelve of them died ... in", "A strike on a school in". Without it the town is an act of
# its own ("across Culiacan ... Gunmen ambushed a patrol in Navolato", "across Gaza after two soldiers were
# killed in Rafah") and the area keeps its site.
_SHARE_CUE = re.compile(r"(?i)\b(?:including|among\s{1,3}(?:them|whom|the\s{1,3}dead)|of\s{1,3}(?:them|whom)|"
                        r"(?:a|an|one|another)\s{1,3}(?:air\s{0,3})?strike)\b")
_SHARE_CUE_CHARS = 200  # the window after the area in which the cue is read (bounded: linear)
# A list after "across" ("raids across Manta and Portoviejo"): each name its own site.
_LIST_AFTER = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|\s(?:and|or)\s{1,3})")


def _spread_over_shares(text: str, mentions: list[Mention], infos: list[Role]) -> None:
    for i, (m, r) in enumerate(zip(mentions, infos, strict=True)):
        if r.name != "event_site" or m.place is None or m.demonym \
                or not _ACROSS_BEFORE.search(text, max(0, m.start - _ACROSS_CHARS), m.start):
            continue
        if i + 1 < len(mentions) and mentions[i + 1].sentence == m.sentence \
                and _LIST_AFTER.fullmatch(text, m.end, mentions[i + 1].start):
            continue  # a list of places after "across": each its own site
        sentences = 1
        ahead = slice(i + 1, i + 1 + 2 * _FRONT_LOOKAHEAD)  # the next few names (bounded, so linear)
        last = m.sentence
        for n, rn in zip(mentions[ahead], infos[ahead], strict=False):
            if n.sentence != last:
                sentences += 1
                last = n.sentence
            if sentences > _SHARE_SENTENCES:
                break
            if rn.name == "event_site" and n.place is not None and n.place.kind in ("city", "facility") \
                    and distance_km(m.place.lat, m.place.lon, n.place.lat, n.place.lon) <= _SHARE_KM \
                    and _SHARE_CUE.search(text, m.end, min(n.start, m.end + _SHARE_CUE_CHARS)):
                infos[i] = Role("context", rule="part_of")
                break


_DISTRICT_KM = 40  # how far a district's point (its seat's or its towns' centre) may lie from a town in it
# Between a site and the district named after it: "Moreh in Manipur's ", "Daraban, ", "Ilaga in ".
_SITE_TO_DISTRICT = re.compile(r"\s{0,2}(?:,\s{0,3}|\s(?:in|of)\s{1,3}(?:the\s{1,3})?)"
                               r"(?:[A-Z][\w'’.-]{1,30}(?:\s[A-Z][\w'’.-]{1,30}){0,2}['’]s\s{1,3})?")


def _holds_near(p: Place, sites: tuple[Place, ...] | list[Place]) -> bool:
    return any(q is not p and q.kind in ("city", "facility")
               and distance_km(p.lat, p.lon, q.lat, q.lon) <= _DISTRICT_KM for q in sites)


# A district that is an item of a list of sites: "shelled Nikopol, Marhanets district and Pokrov".
_DISTRICT_LISTED = re.compile(r"\s+(?:district|county|municipality|regency|prefecture)\s{0,2}"
                              r"(?:,\s{0,3}(?:and\s{1,3}|or\s{1,3})?|\s(?:and|or)\s{1,3})(?:the\s{1,3})?")


def _listed_district(text: str, mentions: list[Mention], i: int) -> bool:
    m = mentions[i]
    if i + 1 >= len(mentions) or mentions[i + 1].sentence != m.sentence or mentions[i + 1].start - m.end > 40:
        return False
    return _DISTRICT_LISTED.fullmatch(text, m.end, mentions[i + 1].start) is not None


# A conjunction that opens a second act between a district and a town after it (sites54): "Militants
# stormed a checkpost in Lakki Marwat district, killing three policemen, while a quadcopter attack in Mir
# Ali killed two children" tells two sites, so the district does not frame the town (blind b48-058).
_SECOND_ACT_BETWEEN = re.compile(r"\b(?:while|whereas|meanwhile)\b|;")
_DISTRICT_ACT_CHARS = 300  # how far after the district the conjunction is looked for (bounded: linear)


def _site_follows(text: str, mentions: list[Mention], infos: list[Role], i: int) -> bool:
    """Whether a town of the district's province is a site of its clause after it: the district frames it
    ("Further south, in the Mayo-Sava department, the militants abducted nine people from Kolofata"), unless
    a conjunction of a second act stands between them (_SECOND_ACT_BETWEEN)."""
    m, r = mentions[i], infos[i]
    ahead = slice(i + 1, i + 1 + _FRONT_LOOKAHEAD)  # the next few names (bounded, so linear)
    for n, rn in zip(mentions[ahead], infos[ahead], strict=False):
        if n.sentence == m.sentence and rn.name == "event_site" and rn.clause is r.clause \
                and n.place is not None and n.place.kind in ("city", "facility") \
                and n.place.admin1 == (m.place.admin1 if m.place else None):
            return not _SECOND_ACT_BETWEEN.search(text, m.end, min(n.start, m.end + _DISTRICT_ACT_CHARS))
    return False


def _possessed_by_site(text: str, mentions: list[Mention], infos: list[Role], i: int) -> bool:
    """Whether a town owns the name ("Tripoli's Abu Salim district"): a part of it, not its district."""
    j = i - 1
    return j >= 0 and mentions[j].sentence == mentions[i].sentence \
        and mentions[j].place is not None and mentions[j].place.kind in ("city", "facility") \
        and _POSSESSIVE_GAP.fullmatch(text, mentions[j].end, mentions[i].start) is not None


_PART_OF_CITY = re.compile(r"\s+district\s{1,3}of\b", re.I)
_POSSESSIVE_GAP = re.compile(r"['’]s?\s{1,3}")
# A city's own district told after the city opens its sentence as the frame ("In Mogadishu, a roadside bomb
# hit a military vehicle in the Daynile district"): "the" before the name, the city-part word after it.
# Bounded (fixed words, \s{1,3}): linear.
_CITY_PART_BEFORE = re.compile(r"\bthe\s{1,3}$")
_CITY_PART_AFTER = re.compile(r"\s{1,3}(?:district|neighbou?rhood|quarter)\b(?!\s{1,3}of\b)", re.I)
_CITY_PART_KM = 25  # how far a city's own district may lie from the city's point


def _framing_city(text: str, mentions: list[Mention], infos: list[Role], i: int, first: int) -> int | None:
    """The index of the city that frames the sentence of mention ``i`` ("In Kyiv, a drone hit a warehouse
    in the Darnytskyi district"), a site of the same clause within ``_CITY_PART_KM`` of the district, when
    ``i`` is told as "the <name> district / neighbourhood / quarter"; else None. ``first``: the index of
    the first mention of ``i``'s sentence."""
    m = mentions[i]
    if m.place is None or not _CITY_PART_AFTER.match(text, m.end) \
            or not _CITY_PART_BEFORE.search(text, max(m.sentence[0], m.start - 8), m.start):
        return None
    return _opening_frame(text, mentions, infos, i, first, _CITY_PART_KM)


def _opening_frame(text: str, mentions: list[Mention], infos: list[Role], i: int, first: int,
                   km: float) -> int | None:
    """``first``, the first name of placed mention ``i``'s sentence, when it opens the sentence as its frame
    ("In <city>, ..."): a city that is a site of ``i``'s clause, in its country and within ``km`` of it."""
    m, r = mentions[i], infos[i]
    j = first  # only the sentence's first name can open it as its frame
    o, q = mentions[j], mentions[j].place
    if j < i and o.sentence == m.sentence and infos[j].name == "event_site" and infos[j].clause is r.clause \
            and q is not None and q.kind == "city" and text.startswith(",", o.end) \
            and _FRAME_OPENING.fullmatch(text, o.sentence[0], o.start) \
            and q.country_code == m.place.country_code \
            and distance_km(q.lat, q.lon, m.place.lat, m.place.lon) <= km:
        return j
    return None


# How far a site of the clause may lie from the town that opens its sentence as the frame ("In Gaza, an
# Israeli strike on a school in Nuseirat killed five", "In Kinshasa, police fired tear gas on a march in
# Limete"): the frame's own parts and close neighbours (Gaza's point to Khan Younis is 24 km, to Rafah 32).
_FRAMED_TOWN_KM = 35
_FRAMED_TOWN_CHARS = 250  # how far after the frame the site may be named (bounds the second-act search)
# What keeps the frame its own site (train losses of the first reading, phantomw66): an apposition of the
# frame naming what it is ("In Durán, a city across the river from Guayaquil, ..."), a second act of another
# place ("..., and in Gaza City's Shejaiya district ..."), a road's destination ("on the road to Afgoye"), a
# list of parts ("the Zeitoun and Sabra neighbourhoods": the frame may stand for a part the gazetteer lacks)
# and a suburb (coded at its city, as "Beirut's southern suburbs" is). Bounded words: linear.
_FRAME_APPOSED = re.compile(r",\s{1,3}(?:an?|the)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,3}?"
                            r"(?:city|town|village|port|capital|hub|suburb|district|province|region)\b")
_FRAMED_OTHER_ACT = re.compile(r"\b(?:and|but)\s{1,3}(?:in|at|near)\s")
_ROAD_TO_BEFORE = re.compile(r"\b(?:road|highway|route|way)\s{1,3}(?:to|from|towards?|linking)\s{1,3}"
                             r"(?:the\s{1,3})?$")
_SUBURB_AFTER = re.compile(r"\s{1,3}suburbs?\b")


def _framing_town(text: str, mentions: list[Mention], infos: list[Role], i: int, first: int) -> int | None:
    """The index of the town that opens the sentence of mention ``i`` as its frame, "In <town>, ...", when
    ``i`` is another town or facility of the same clause, told as the site by a place word of its own (rule
    ``left``) and within ``_FRAMED_TOWN_KM`` of the frame in the same country: the frame only says where the
    site is (phantomw66: "In Gaza, ... in Jabalia" coded a second strike at Gaza's point). Else None. Not a
    town told apart from the frame by a second act ("In Kyiv, ... while in Brovary ...": _SECOND_ACT_BETWEEN),
    nor a frame that is the site's own name."""
    m, r = mentions[i], infos[i]
    if m.place is None or r.rule != "left" or m.demonym:
        return None
    j = _opening_frame(text, mentions, infos, i, first, _FRAMED_TOWN_KM)
    if j is None:
        return None
    o = mentions[j]
    if infos[j].rule == "left" and o.place is not m.place and not _same_place(o, m) \
            and m.start - o.end <= _FRAMED_TOWN_CHARS \
            and not _SECOND_ACT_BETWEEN.search(text, o.end, m.start) \
            and not _FRAMED_OTHER_ACT.search(text, o.end, m.start) \
            and _FRAME_APPOSED.match(text, o.end, o.end + 80) is None \
            and _ROAD_TO_BEFORE.search(text, max(o.end, m.start - 40), m.start) is None \
            and _SUBURB_AFTER.match(text, m.end) is None \
            and not _listed_with(text, mentions, i, j):
        return j
    return None


def _listed_with(text: str, mentions: list[Mention], i: int, frame: int) -> bool:
    """Whether mention ``i`` is listed with the name before or after it ("the Zeitoun and Sabra
    neighbourhoods"), other than the frame."""
    before = i - 1 != frame and i >= 1 and mentions[i - 1].sentence == mentions[i].sentence \
        and _LIST_AFTER.fullmatch(text, mentions[i - 1].end, mentions[i].start) is not None
    after = i + 1 < len(mentions) and mentions[i + 1].sentence == mentions[i].sentence \
        and _LIST_AFTER.fullmatch(text, mentions[i].end, mentions[i + 1].start) is not None
    return before or after


def _named_after_site(text: str, mentions: list[Mention], infos: list[Role], i: int) -> bool:
    """Whether mention ``i`` follows a site of its clause with only "in", "," or "of" (and a province's
    possessive) between: the district that holds that site."""
    m, r = mentions[i], infos[i]
    for j in (i - 1, i - 2):  # the site, or the site then the province ("Moreh in Manipur's Tengnoupal")
        if j < 0 or mentions[j].sentence != m.sentence:
            return False
        n, rn = mentions[j], infos[j]
        if rn.name == "event_site" and rn.clause is r.clause and n.place is not None \
                and n.place.kind in ("city", "facility") and m.start - n.end <= 60:
            return _SITE_TO_DISTRICT.fullmatch(text, n.end, m.start) is not None
    return False


def _own_province_after(text: str, a: Mention, b: Mention) -> bool:
    """Whether ``b`` is the own province of the town or district ``a``, by name, set off by commas
    ("Tame, Arauca, with drones", "in Bannang Sata, Yala, wounds"), however the gazetteer read ``b``."""
    pa = a.place
    return pa is not None and pa.kind in ("city", "admin2") and bool(pa.admin1_name) \
        and a.sentence == b.sentence and b.start - a.end <= _GAP_CHARS \
        and normalize(b.text) == normalize(pa.admin1_name) and "," in text[a.end:b.start] \
        and _COMMA_GAP.fullmatch(text, a.end, b.start) is not None \
        and _FRAME_END.match(text, b.end) is not None


# "In Darfur, ...": the place that frames a sentence.
_FRAME_OPENING = re.compile(r"\W{0,3}In\s{1,3}(?:the\s{1,3})?")
_REGION_SITES = 8
# A region whose own name says it is one ("the Kurdistan Region", "Kurdistan Region of Iraq"): called a region
# as "the Catatumbo region" is (_yield_to_specific_sites).
_REGION_NAMED = re.compile(r"\s(?:Region|Province|State)\b")
_REGION_KM = 300  # how far a town may lie from a named region's point and still be inside it (Darfur: 190)


def _contains(outer: Place | None, inner: Place | None) -> bool:
    """Whether ``outer`` (a country, province or district) holds ``inner``, as far as the gazetteer says."""
    if outer is None or inner is None or outer is inner or not outer.country_code:
        return False
    if outer.country_code != inner.country_code or inner.kind == "country":
        return False
    if outer.kind == "country":
        return True
    if outer.kind == "admin1":
        return bool(outer.admin1) and outer.admin1 == inner.admin1 and inner.kind != "admin1"
    if outer.kind == "admin2":
        return bool(outer.admin1) and outer.admin1 == inner.admin1 and inner.kind in ("city", "facility")
    return False


def coordinated(text: str, a: Mention, b: Mention) -> bool:
    """Whether mention ``b`` follows ``a`` in a list of names in one sentence ("Nikopol, Marhanets and
    Pokrov", "Kyaukme and nearby Hsipaw"): the carry along a list here, and the learned roles' list rule
    (site_model._keep_lists)."""
    if a.sentence != b.sentence:
        return False
    if _COORDINATOR.fullmatch(text, a.end, b.start):
        return True
    if b.start - a.end <= _GAP_CHARS and _NEARBY_COORDINATOR.fullmatch(text, a.end, b.start):
        return True  # "airstrikes on Kyaukme and nearby Hsipaw", "... and the nearby town of Orikhiv"
    # Names the gazetteer lacks inside the list: "Airstrikes on Lashio, Hsipaw and Kyaukme".
    return b.start - a.end <= _GAP_CHARS and _LISTED_UNKNOWN.fullmatch(text, a.end, b.start) is not None


_NEARBY_COORDINATOR = re.compile(r"\s{0,2},?\s{1,3}(?:and|or)\s{1,3}(?:the\s{1,3})?"
                                 r"(?:nearby|neighbou?ring)\s{1,3}"
                                 r"(?:(?:town|village|city|settlement|district|camp)s?\s{1,3}of\s{1,3})?")
# Between two names of a list, one to three names the gazetteer lacks: ", Hsipaw and ", ", Ulang, Nasir or ".
_LISTED_UNKNOWN = re.compile(r",\s{0,2}(?:[A-Z][\w'’.-]{1,30}"
                             r"(?:[\s-](?:al|el|ad|ar|as|ash|at|az|de|del)?[\s-]?[A-Z][\w'’.-]{1,30}){0,2}"
                             r",?\s{1,2}(?:(?:and|or)\s{1,2})?){1,3}")
