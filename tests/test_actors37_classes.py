"""The other side of battles and strikes, session 31 (helper actors37, gold file fields36.jsonl).

Every sentence is our own. Classes:

- the target's members named by a group the actor table lacks ("clashed with fighters of the National
  Resistance Front", "fighters of the Stability Support Apparatus", "militants of the Hizb Ahrar group"):
  that group as written, as the agent's members already were (actor2 was "fighters");
- a strike on a civilian target with a toll and no armed target, whose sentence names an armed side in another
  clause ("killing 13 people, as fighting with the Fano militia spread", "in an offensive against the White
  Army"): actor2 civilians (was the armed side);
- an attack on a force's own school or academy ("attack gendarmerie school", "a police training school") is
  no attack on civilians: an armed clash against that force;
- a communal militia of the table ("tribal fighting", "Rival clan militias clash", "Clan fighting near X")
  with no other side named fights its like: actor2 the same militia (was none);
- controls: a named group of the table after "fighters of", a toll of named fighters, an attack on a
  civilian school, and a clan militia attacked by a named group keep their reading.
"""

from __future__ import annotations

import pytest

from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("a37", text, published=published))
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("Taliban forces clashed with fighters of the National Resistance Front in the Andarab valley on Monday.",
     ("Banū", "Armed clash", "Taliban", "National Resistance Front")),
    ("Junta troops clashed with fighters of the Chin Brotherhood near Falam on Sunday, the group said.",
     ("Falam", "Armed clash", "Myanmar forces", "Chin Brotherhood")),
    ("Government troops clashed with fighters of the Popular Resistance Committees near Kadugli on Friday.",
     ("Kadugli", "Armed clash", "Sudanese forces", "Popular Resistance Committees")),
    ("Soldiers killed 12 militants of the Hizb Ahrar group near Tank on Monday, the army said.",
     ("Tank", "Armed clash", "Pakistani forces", "Hizb Ahrar")),
    # control: a group of the table keeps its canonical name
    ("The army clashed with fighters of the Kachin Independence Army near Bhamo on Monday.",
     ("Bhamo", "Armed clash", "Myanmar forces", "KIA")),
])
def test_the_targets_members_are_their_group(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("An army drone strike hit a crowded bus station in Bahir Dar on Monday, killing 13 people, residents "
     "said, as fighting with the Fano militia spread across the region.",
     ("Bahir Dar", "Air/drone strike", "Ethiopian forces", "civilians")),
    ("An army drone strike hit a busy market in Gondar on Friday, killing 14 people, residents said, as the "
     "offensive against Fano militia continued.",
     ("Gonder", "Air/drone strike", "Ethiopian forces", "civilians")),
    ("Government aircraft bombed a market in Nasir county on Tuesday, killing at least 12 people, local "
     "officials said, in an offensive against the White Army militia.",
     ("Nasir", "Air/drone strike", "South Sudanese forces", "civilians")),
    # control: the toll names armed victims of a group
    ("An Israeli drone strike on a car near Tyre killed two Hezbollah members on Monday.",
     ("Tyre", "Air/drone strike", "Israeli forces", "Hezbollah")),
])
def test_a_civilian_target_outweighs_a_side_named_elsewhere(pipeline: Pipeline, text: str,
                                                            expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jihadists attack gendarmerie school in Kati, several trainees killed",
     ("Kati", "Armed clash", "jihadists", "Malian forces")),
    ("JNIM attacks gendarmerie school and airport base in Bamako",
     ("Bamako", "Armed clash", "JNIM", "Malian forces")),
    ("Bandits attack police academy in Katsina, two officers killed",
     ("Katsina", "Armed clash", "bandits", "police")),
    ("Militants attacked a police training school in Bannu on Sunday, killing four recruits.",
     ("Bannu", "Armed clash", "militants", "police")),
    # control: a school of pupils is a civilian target
    ("JNIM fighters attacked a school in Djibo on Monday, killing five pupils.",
     ("Djibo", "Attack", "JNIM", "civilians")),
])
def test_a_forces_own_school_is_no_civilian_target(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rival clan militias clash over grazing land near Galkayo, nine dead",
     ("Gaalkacyo", "Armed clash", "clan militia", "clan militia")),
    ("Clan fighting near Dhusamareb killed nine people on Monday.",
     ("Dhuusamarreeb", "Armed clash", "clan militia", "clan militia")),
    ("Tribal fighting near Wapenamanda leaves 20 dead",
     ("Wapenamanda", "Armed clash", "tribal militia", "tribal militia")),
    ("Tribal clashes near Parachinar kill 14",
     ("Parachinar", "Armed clash", "tribal militia", "tribal militia")),
    # control: a clan militia attacked by a named group
    ("Al-Shabaab fighters ambushed clan militiamen near Jowhar on Sunday, killing five.",
     ("Jawhar", "Armed clash", "al-Shabaab", "clan militia")),
])
def test_a_communal_militia_fights_its_like(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


def test_the_new_readings_are_linear(pipeline: Pipeline) -> None:
    # The members' group is read at each phrase; the forces' school guard at each attack verb; the civilian
    # target at each event; a run of each doubled from about 100 KB.
    def members(n: int) -> str:
        return " ".join("Troops clashed with fighters of the Chin Brotherhood and militants of the Hizb "
                        "group," for _ in range(n)) + " near Falam, killing 7."

    def schools(n: int) -> str:
        return " ".join("jihadists attack gendarmerie school and police academy and military hospital,"
                        for _ in range(n)) + " in Kati, killing 7."

    def strikes(n: int) -> str:
        return "An army drone strike hit " + " ".join(
            "a market and a bus station as fighting with the Fano militia spread," for _ in range(n)
        ) + " in Gondar, killing 14 people."

    for text, n in ((members, 1100), (schools, 1300), (strikes, 1400)):
        assert growth(parsing(pipeline, text), n) < GROWTH  # 100 KB doubled
