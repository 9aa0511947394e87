"""The saying and reporting verbs the event rules share: one table.

A rule that looks for a source's words ("..., residents said", "a doctor told AFP", "the army
claimed") builds its pattern from the sets here (``alternation(TELLS)`` inside ``\\b(?:...)\\b``) rather
than from a copy of its own. A rule that needs a few words more or fewer says so where it is written,
as a union or difference of these sets, so that the difference shows. (The verbs of decisions are still
their rule's own list.)

- ``SAID``: the saying verb itself ("said", "says"), in every set of saying verbs below.
- ``TELLS``: a source tells the news ("residents say", "a doctor told AFP", "the agency reported").
- ``FORMAL``: the verbs of a formal attribution ("police confirmed", "he added", "the ministry stated").
- ``ATTRIBUTES``: the verb that closes an attribution to one source (", a doctor told AFP", ", police
  confirmed", ", he added"): ``TELLS`` and ``FORMAL`` but "say", which wants several speakers.
- ``CLAIMS``: a side claims something ("the group claimed", "Kyiv claims").
- ``REACTS``: a speaker's reaction to an act ("condemned", "blamed", "denied", "alarmed").
- ``REPORTING_VERBS``: an announcement; before a date it dates the announcement, not the act
  ("the army said on Saturday it had recaptured the town"; read by mapper/events/dates.py).
- ``SPEAKS``: a speaker's verb right after its subject ("the junta in Ouagadougou announced", "a
  spokesman for the Houthis told reporters").
- ``SAYING`` and ``SAYING_STEMS`` (any ending): a speaker's words or reaction between a place and a
  verb ("Baghdad condemned the strike", "Kyiv vowed revenge"): the place is its subject.
- ``SPEECH_STEMS`` (any ending): the verbs of one who speaks of an act ("police blamed militants"):
  not the act's verb in a headline. (Its stems read in ``SAYING`` too would take "urgent", "calling".)
- ``SPEAKING`` and ``SPEECH_NOUNS``: one speaking somewhere, and the speech ("said in Bamako",
  "told a news conference in Mexico City"): a place after them is where words were spoken.
- ``SUBJECT_VERBS``: what a state or a body does as a sentence's subject ("Kyiv said", "Moscow
  recalled its ambassador", "Afghanistan and Pakistan agree").
- ``AIRSPACE_BREACHES``: a breach of a state's airspace, alleged or not, is no strike at the place below
  ("jets violated Afghan airspace over Paktika"; read by mapper/events/roles.py).
- ``ACTS_RETOLD``: nouns of an act a sentence opens on when it retells the one before ("The operation near
  X came days after ...", "The violence erupted near Y"; read by mapper/events/roles.py).
- ``SIDE_ACTS``: what people do beside the news, at a place that is no site ("analysts in Ouagadougou
  likened it to ...", "the national team trained in Garoua"; read by mapper/events/roles.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SAID: frozenset[str] = frozenset({"said", "says"})
TELLS: frozenset[str] = SAID | {"say", "told", "reported"}
FORMAL: frozenset[str] = frozenset({"confirmed", "added", "stated"})
ATTRIBUTES: frozenset[str] = (TELLS - {"say"}) | FORMAL
CLAIMS: frozenset[str] = frozenset({"claimed", "claims"})
REACTS: frozenset[str] = frozenset({"alarmed", "concerned", "denied", "accused", "blamed", "condemned"})
AIRSPACE_BREACHES: frozenset[str] = frozenset({"violated", "violating", "violation", "violations", "breached",
                                              "breaching", "breach", "breaches", "intruded", "intrusion",
                                              "intrusions", "incursion", "incursions"})
ACTS_RETOLD: frozenset[str] = frozenset({"operation", "offensive", "attack", "assault", "raid", "ambush",
                                        "violence", "fighting", "clashes", "strike", "strikes", "bombing",
                                        "shelling", "massacre", "killings", "incident", "blast", "explosion"})
SIDE_ACTS: frozenset[str] = frozenset({"likened", "compared", "trained", "played", "practised", "practiced",
                                      "rehearsed", "competed", "campaigned", "voted", "celebrated",
                                      "commemorated", "mourned", "prayed", "worshipped", "studied"})
REPORTING_VERBS: frozenset[str] = SAID | (FORMAL - {"added"}) | {"announced", "claimed", "reported",
                                                                 "declared"}
# A speaker's verb right after its subject (roles: an office's words follow its place; actors: the
# subject of a statement).
SPEAKS: frozenset[str] = frozenset(
    "said says told tells announced announces accused accuses warned warns urged urges condemned condemns "
    "stated states insisted insists added declared declares denied denies vowed vows ordered orders".split())
# A speaker's words or reaction: whole words, and stems that take any ending ("accus" of "accusing").
SAYING: frozenset[str] = frozenset(
    "say says said claim claims claimed deny denies denied warn warns warned vow vows vowed urge urges "
    "urged tell tells told report reports blame blames blamed condemn condemns condemned call calls "
    "called ask asks asked threaten threatens threatened probe probes probed welcomed hailed protested "
    "criticised criticized".split())
SAYING_STEMS: frozenset[str] = frozenset(
    "accus admit acknowledg confirm regret apologis apologiz investigat denounc mourn".split())
# The stems of the verbs of one who speaks of an act, any ending ("blamed", "claims", "denies").
SPEECH_STEMS: frozenset[str] = SAYING_STEMS | frozenset(
    "blam claim deny deni report warn vow urg call condemn say tell".split())
# One speaking somewhere, and the speech ("said in Bamako", "speaking in Kyiv", "a news conference in X").
SPEAKING: frozenset[str] = SAID | {"speaking", "spoke"}
SPEECH_NOUNS: frozenset[str] = frozenset(
    "statement speech conference briefing remarks comments interview sermon".split())
# A place attacked, as a participle or a headline's passive ("Hit by drones overnight, Odesa port burns",
# "Kramatorsk shelled", "Bakhmut falls").
STRUCK: frozenset[str] = frozenset(
    "hit shelled struck bombed pounded attacked targeted besieged encircled rocked battered bombarded raided "
    "stormed overrun hammered captured seized retaken recaptured liberated shaken torched looted fall falls "
    "fell".split())
# What a state or a body does as a sentence's subject: speaks, reacts, decides, acts, and the headline
# verbs of states ("Afghanistan and Pakistan agree", "Russia and Ukraine swap prisoners", "US sanctions RSF
# commanders", "Israel tells residents to leave", "Armenia and Azerbaijan initialled a peace agreement").
SUBJECT_VERBS: frozenset[str] = frozenset("""
    accuse accused accuses admits admitted agree agreed agrees alarmed annexed announced announces
    approved asked asks attacked back backs began begins believes blame blamed blames blaming bombed
    bombs brokered called calls claimed claims committed concerned condemn condemned condemns considers
    continued continues criticised criticized demanded demands denied denies deny deploy deployed
    deploys determined did does ended ends exchange exchanged exchanges expel expelled expels express
    expressed fired held hold holds hope hoped hopes hosted hosts imposed insisted insists invaded
    joined launch launched launches mediated negotiated offered opposed ordered planned plans pledged
    pounds prepared promised proposed ready recall recalled recalls refused regret regrets regretted
    reject rejected rejects requested responded resume resumed resumes retaliate retaliated retaliates
    said sanctioned say says scramble scrambled scrambles seeks sends sent shelled shells sign signed
    signs sought started starts struck summon summoned summons support supports suspend suspended
    suspends swap swapped swaps threatened threatens trade traded trades urged urges use used uses
    vetoed voted vowed want wants warn warned warns welcomed withdraws withdrew worried
    sanctions approves tells orders imposes prepares preparing
    initialled initialed initials inked inks ratified ratifies
    vow vows extend extends extended raises raised closes""".split())
# (the last line, heads53: a state's acts of policy in headlines and sentences, "Iran vows 'crushing
# response'", "Ecuador extends state of emergency", "Syria raises bread prices", "Libya closes border
# crossing": the place before them is the state that acts, not a site. Not "marks" nor "opens": the corpus
# codes "Kosovo marks anniversary", "Kharkiv opens underground school" as context)


def alternation(words: Iterable[str]) -> str:
    """The words as a regular-expression alternation, longest first ("said|says|say"), escaped, for
    a place where the word must end (before ``\\b`` or ``\\s``): there only the alternative that spells
    the whole word can match, so the order changes nothing, but it is fixed (a set has none)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
