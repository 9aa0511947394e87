"""Session 35, helper types41b: event type and sub-type of matched events (the gold file
training/events/types40.jsonl was written for these classes before tuning).

- Weapons seized in a sentence that tells arrests are the arrests' haul ("arrested 12 suspects and seized
  40 rifles"): ACLED's Arrests, not Disrupted weapons use; a seizure told alone, or beside an arrest the
  sentence negates ("nobody was arrested"), stays Disrupted weapons use, and an interception beside an
  arrest is unchanged.
- Who a generic act struck, read after its verb: a community's or a village's leaders by their office
  ("killed a community leader", "a social leader", "a former sarpanch", "the village headman") are
  civilians (an attack); armed sides by their own names ("killed eight Maoists", "Naxalites", "guerrillas")
  and posts held by armed men ("a village defence post", "a border post") are an armed side (a clash).
- Burning told beside a war named only as its circumstance, no one hurt ("Gunmen torched a dozen vehicles
  across X as fighting between cartel factions spread", "amid cartel infighting"): Looting/property
  destruction, the guide's arson without injuries; with someone killed, or fighting told as an act, the
  clash stays.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events.triggers import clauses
from tests.test_linear import GROWTH, growth

ARRESTS = "Arrests"
DISRUPTED = "Disrupted weapons use"
LOOTING = "Looting/property destruction"


def subs(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Police in Tororo arrested 17 people and seized a cache of rifles in house-to-house searches on Friday.",
     [ARRESTS]),
    ("Soldiers detained six suspected cartel members in Apatzingan and confiscated rifles.", [ARRESTS]),
    ("Police arrested nine gang members in Portoviejo, seizing rifles and grenades.", [ARRESTS]),
    ("Troops recovered an arms cache in Gwoza and apprehended two suspects on Sunday.", [ARRESTS]),
    # the near misses: a seizure alone, a negated arrest, an interception beside an arrest
    ("Police recovered a cache of explosives hidden in a house in Wajir on Tuesday.", [DISRUPTED]),
    ("Police recovered a cache of explosives in Wajir, and nobody was arrested.", [DISRUPTED]),
    ("Troops seized 30 rifles in Gwoza, but no one was detained.", [DISRUPTED]),
    ("Air defences shot down 12 drones over Belgorod, and police detained a man filming them.", [DISRUPTED]),
])
def test_weapons_seized_with_arrests_are_arrests(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gunmen shot dead a community leader in Jamundi on Sunday.", ["Attack"]),
    ("Suspected rebels killed a social leader and his son near Caloto on Friday.", ["Attack"]),
    ("Maoists killed a former sarpanch in Dantewada district, branding him an informer.", ["Attack"]),
    ("Militants killed the village headman in Kulgam on Tuesday.", ["Attack"]),
    ("Security forces killed eight Maoists in Abujhmarh on Monday.", ["Armed clash"]),
    ("Troops killed five Naxalites in Gadchiroli in a gunfight.", ["Armed clash"]),
    ("Soldiers killed four guerrillas in rural Arauca.", ["Armed clash"]),
    ("Insurgents fired on a village defence post in Rueso, wounding a volunteer.", ["Armed clash"]),
    ("Gunmen attacked a border post near Chaman overnight.", ["Armed clash"]),
    # the near misses: a village, community leaders as a report's source, a bare figure
    ("Gunmen attacked a village near Rueso on Sunday.", ["Attack"]),
    ("Gunmen killed eight in Jamundi on Sunday, community leaders said.", ["Attack", "Statement"]),
])
def test_whom_a_generic_act_struck(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Gunmen set fire to buses and blocked roads across Reynosa on Friday as fighting between cartel "
     "factions spread.", [LOOTING]),
    ("Armed men torch trucks on highway near Zamora amid cartel infighting", [LOOTING]),
    ("Gunmen burned 20 vehicles in Celaya as a turf war raged.", [LOOTING]),
    # the near misses: someone killed; fighting told as an act beside the burning
    ("Gunmen torched a dozen vehicles in Reynosa on Friday as fighting killed four.", ["Armed clash"]),
    ("Gunmen torched houses and fighting broke out with soldiers in Reynosa.", ["Armed clash"]),
])
def test_burning_beside_a_war_named_as_its_circumstance(sentence: str, expected: list[str]) -> None:
    assert subs(sentence) == expected


@pytest.mark.parametrize("unit", [
    # victims by office and armed names, near misses of each
    "killed a community village social leader sarpanch headman village head maoist naxal guerrilla ",
    "fired on a village village village defence border security police post posts ",
    # many burnings beside circumstance words, the look-behind for "as"/"amid" bounded
    "gunmen torched cars as as amid amid the the fighting violence war infighting clashes ",
    # many seizures and negated arrests: the look-behind before each arrest is bounded
    "police seized rifles and nobody no one was not never arrested without detaining ",
    "no no no no no no no no no no arrested ",
])
def test_the_new_patterns_are_linear_on_100_kb(unit: str) -> None:
    """100 KB of near misses of each new pattern: clauses() does about twice the work on twice the text."""
    read: Callable[[int], Callable[[], object]] = lambda n: lambda: clauses(unit * n)  # noqa: E731
    assert growth(read, 1100) < GROWTH  # 2 x 1100 units: about 100 KB
