"""The saying and reporting verbs the event rules share: one table.

A rule that looks for a source's words ("..., residents said", "a doctor told AFP", "the army
claimed") builds its pattern from the sets here (``alternation(TELLS)`` inside ``\\b(?:...)\\b``) rather
than from a copy of its own. A rule that needs a few words more or fewer says so where it is written,
as a union or difference of these sets, so that the difference shows. (Other families of verbs, the
speech acts of "warned", "urged", "vowed" and the verbs of decisions, are each one rule's own list.)

- ``SAID``: the saying verb itself ("said", "says"), in every set of saying verbs below.
- ``TELLS``: a source tells the news ("residents say", "a doctor told AFP", "the agency reported").
- ``FORMAL``: the verbs of a formal attribution ("police confirmed", "he added", "the ministry stated").
- ``ATTRIBUTES``: the verb that closes an attribution to one source (", a doctor told AFP", ", police
  confirmed", ", he added"): ``TELLS`` and ``FORMAL`` but "say", which wants several speakers.
- ``CLAIMS``: a side claims something ("the group claimed", "Kyiv claims").
- ``REACTS``: a speaker's reaction to an act ("condemned", "blamed", "denied", "alarmed").
- ``REPORTING_VERBS``: an announcement; before a date it dates the announcement, not the act
  ("the army said on Saturday it had recaptured the town"; read by mapper/events/dates.py).
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


def alternation(words: Iterable[str]) -> str:
    """The words as a regular-expression alternation, longest first ("said|says|say"), escaped, for
    a place where the word must end (before ``\\b`` or ``\\s``): there only the alternative that spells
    the whole word can match, so the order changes nothing, but it is fixed (a set has none)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
