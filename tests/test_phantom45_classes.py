"""Phantom events of four classes of phrasing (issue 14 part 6, session 39, branch phantom45).

Every sentence is our own. War words told of things no armed side fights over (a share that "shot up 12 per
cent", a start-up that "captures" an award, a fund that "seizes control of" a chain, an "assault on malaria",
crops "under attack from armyworms", a side that "stormed the home side's defence", "bombarded ... with alpha
particles", "stormed back to power", "like a soldier under fire", a bourse that "bombed", a subsidy killed), a
hazard's toll (a storm by its name, a volcano, a collapse, an accident's chain of participles, flames that
sweep in), a life's battles, and a trial's act told with its perpetrator ("in which gunmen killed 67") or a
case heard over it place no event; the near misses (gunmen storming a post, jihadists capturing a town,
rebels seizing control of a town, an assault on an army base, gunmen killing beside a storm) still do. Read
with the learned event filter off (the rules alone) and on.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_growth, window_readers_cpu
from tests.test_phantom44_classes import Row, _events

NO_EVENT = [
    # figurative objects: money, prizes, firms, sickness, pests, sport, science, politics
    "Shares of the cement maker shot up 12 per cent in Lagos trading on Monday after its results.",
    "Kigali start-up captures regional agritech award",
    "Pension fund seizes control of Johannesburg retail chain",
    "Dakar launches assault on malaria with bed-net drive",
    "Maize crops in Zambia under attack from armyworms",
    "The visitors stormed the home side's defence for an hour in Lusaka but failed to score.",
    "Chemists in Geneva bombarded lithium targets with alpha particles to produce a medical isotope.",
    "The ruling coalition stormed back to power in Dakar's local elections on Sunday.",
    "The keeper defended like a soldier under fire as Mbabane held on for a draw.",
    "The bourse in Cairo bombed on Tuesday as the pound slid.",
    "Lawmakers in Accra killed a fuel subsidy on Thursday.",
    # hazards and accidents
    "Cyclone Freddy has killed at least 40 people in southern Malawi, officials said.",
    "Mount Nyiragongo erupted overnight, sending lava towards Goma and killing 15 people.",
    "A goods train derailed near Dire Dawa on Sunday, crashing into a station and killing seven people.",
    "Wall collapse at Kano market kills 4",
    # flames that sweep in, a life's battles
    "Firefighters fought a wildfire in the hills for a second day as flames swept into the village of "
    "Kessab.",
    "The poet, a veteran of many battles with censors, died in Tunis on Monday aged 90.",
    # a trial of a past attack, its perpetrator in the toll's relative clause, or a case heard over it
    "A court in Tunis began hearing the case against nine men over the 2015 attack on a hotel in Sousse, in "
    "which 38 people were killed.",
    "The trial of eight men accused over the 2013 Westgate mall attack, in which gunmen killed 67 people, "
    "opened in Nairobi on Tuesday.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(either: Pipeline, text: str) -> None:
    assert _events(either, text) == []


@pytest.mark.parametrize(("text", "events"), [
    # near misses: the same verbs told of armed men and ground
    ("Gunmen stormed a police post near Djibo on Monday, killing four officers.",
     [("Djibo", "Battles", "Armed clash", 4, "unidentified gunmen", "police")]),
    ("Jihadists captured the town of Boulkessi on Sunday.",
     [("Boulkessi", "Battles", "Non-state actor overtakes territory", None, "jihadists", None)]),
    ("Rebels seized control of Walikale on Tuesday.",
     [("Walikale", "Battles", "Non-state actor overtakes territory", None, "rebels", None)]),
    ("Militants launched an assault on an army base near Bannu on Friday.",
     [("Bannu", "Battles", "Armed clash", None, "militants", "Pakistani forces")]),
    # a killing told beside a storm keeps its event
    ("Gunmen killed six traders near Mangu on Sunday, a day after storms flattened homes in the area.",
     [("Mangu", "Violence against civilians", "Attack", 6, "unidentified gunmen", "civilians")]),
])
def test_events_beside_the_classes(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize(("text", "kept"), [
    ("fans stormed the pitch after the final whistle.", False),
    ("gunmen stormed the barracks after midnight.", True),
    ("the startup captured a fintech prize.", False),
    ("the rebels captured the town.", True),
    ("a fund seized control of a retail chain.", False),
    ("the rebels seized control of the town.", True),
    ("the city launched an assault on cholera.", False),
    ("the army launched an assault on the hills.", True),
    ("physicists bombarded the targets with protons.", False),
    ("artillery bombarded the town with shells.", True),
    ("the shares shot up 9 per cent.", False),
    ("the soldiers shot up the car.", True),
    ("they defended like an army under siege.", False),
    ("the town has been under siege since may.", True),
    ("the coalition stormed back to power.", False),
    ("typhoon haikui has killed 12 people.", False),
    ("the cyclone made landfall, tearing off roofs and killing five.", False),
    ("gunmen stormed the village, burning houses and killing five.", True),
    ("the trial over the attack on the mall, in which gunmen killed 67, opened.", False),
    ("gunmen killed 67 at the mall, in which the trial opened.", True),
    ("as flames swept into the village.", False),
    ("as rebels swept into the village.", True),
    ("a veteran of many battles with censors.", False),
    ("a veteran of many battles with the army.", True),
    ("four men are charged with carrying out the shooting.", False),
])
def test_the_classes_at_trigger_level(text: str, kept: bool) -> None:
    subs = [t.sub for t in triggers.find_triggers(text) if t.sub not in ("Statement", "Peaceful protest")]
    assert bool(subs) is kept


UNITS = ["stormed the the the the ", "captures a a a a ", "seizes control of of of of ", "shot up 9 9 9 9 ",
         "like an army under under siege ", "assault on on on the ", "bombarded with with with ",
         "typhoon x has killed ", "flood x y z, tearing a b c and and killing ",
         "derailed a b c, crashing a b c and and killing ",
         ", in which gunmen gunmen killed ", "charged with carrying out the the the ", "flames flames swept ",
         "battles with with with ", "the case case against over over attack "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_patterns_on_100_kb_are_fast(unit: str) -> None:
    # the readers asked at every twentieth word of 100 KB (a scan asks them at its triggers only): their
    # windows are bounded, so each call reads at most a few hundred characters
    def read(text: str, start: int) -> None:
        triggers._ordinary_sense(text, start, start + 4)
        triggers._by_nature(text, start, start + 4)
        triggers._reaction_toll(text, start)
    assert window_readers_cpu(unit, read) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_classes_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
