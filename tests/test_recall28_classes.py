"""Classes of missed sites in wire paragraphs (issue 14, session 22: "every site, every event"), read on
the train split only:

- armed men who "walked into" a town, or into "the centre of" or "the heart of" it, take it (as "entered",
  "rolled into", "marched into"); with the other side withdrawn and no fighting, a handover;
- a handover told with a hyphenated word before the town ("handed the ruby-mining town of X back"), or
  "handing over control", and ground taken back ("took back control of X": whose it was decides);
- destruction told before a time clause that holds the sentence's violence ("Troops torched 200 homes in
  X on Sunday after rebels ambushed a column near Y") is an act of its own, not part of that violence
  (still part of it: "looted shops and killed five traders in X", "burned houses in X after killing");
- a crowd's demand told as a participle names the crowd ("Protesters demanding the governor's resignation
  blocked roads in X"): the crowd's own act in the past tense is real (the demand does not govern it),
  unless the act is what they asked for ("calling for troops to retake X", "demanding reprisal attacks").

Every sentence is our own. Each test names the exact place (the gazetteer's name), its country, its point
within a kilometre, the sub-type and the precision.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.event_rows import Expected, check_events, events_of
from tests.test_linear import GROWTH, growth, parsing


@pytest.mark.parametrize(("text", "events"), [
    ("M23 rebels walked into the centre of Uvira on Monday, residents said.",
     [("Uvira", "CD", -3.395, 29.138, "Non-state actor overtakes territory", 1)]),
    ("Taliban fighters walked into Kunduz on Friday, witnesses said.",
     [("Kunduz", "AF", 36.729, 68.857, "Non-state actor overtakes territory", 1)]),
    # the other side pulled out and nobody fought: a handover
    ("M23 rebels walked into the centre of Uvira on Sunday, meeting no resistance after government troops "
     "pulled out, residents said.",
     [("Uvira", "CD", -3.395, 29.138, "Non-violent transfer of territory", 1)]),
    # control: people who are not armed men walking into a city take nothing
    ("Ministers walked into the centre of Geneva for talks on Monday.", []),
])
def test_armed_men_walking_into_a_town(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), [
    ("The TNLA handed the ruby-mining town of Mogok back to the military on Tuesday under a China-brokered "
     "deal.", [("Mogok", "MM", 22.918, 96.510, "Non-violent transfer of territory", 1)]),
    ("Militiamen handed the gold-mining town of Mongbwalu over to the army on Sunday, officials said.",
     [("Mangbwalu", "CD", 1.945, 30.039, "Non-violent transfer of territory", 1)]),
    ("Government troops took back control of Kalehe on Sunday after two days of fighting.",
     [("Kalehe", "CD", -2.102, 28.909, "Government regains territory", 1)]),
])
def test_ground_handed_over_or_taken_back(pipeline: Pipeline, text: str, events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


@pytest.mark.parametrize(("text", "events"), [
    ("Soldiers burned dozens of houses in Kumbo on Sunday after separatists killed two gendarmes in Bamenda.",
     [("Bamenda", "CM", 5.960, 10.146, "Armed clash", 1),
      ("Kumbo", "CM", 6.200, 10.667, "Looting/property destruction", 1)]),
    ("Troops torched 200 homes in Monywa on Sunday after rebels ambushed a column near Ye-U on Saturday.",
     [("Ye-u", "MM", 22.767, 95.428, "Armed clash", 2),
      ("Monywa", "MM", 22.109, 95.136, "Looting/property destruction", 1)]),
    ("Settlers set fire to cars in Sinjil on Friday, hours after a gunman shot dead a settler near Ramallah.",
     # (an attack since session 49's types63: a gunman who shot dead a settler is its doer, not a side hit)
     [("Ramallah", "PS", 31.900, 35.204, "Attack", 2),
      ("Sinjil", "PS", 32.033, 35.265, "Looting/property destruction", 1)]),
    # controls: looting in the attack itself is part of it
    ("Gunmen looted shops and killed five traders in Gusau on Monday.",
     [("Gusau", "NG", 12.170, 6.664, "Attack", 1)]),
])
def test_destruction_before_a_time_clause_of_violence(pipeline: Pipeline, text: str,
                                                       events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_destruction_after_killing_is_part_of_the_attack(pipeline: Pipeline) -> None:
    rows = events_of(pipeline, "Gunmen burned houses in Kajuru after killing ten villagers on Sunday.")
    assert [r for r in rows if r[4] == "Looting/property destruction"] == []


def test_the_time_clause_search_is_linear_on_100_kb() -> None:
    def make(n: int) -> Callable[[], object]:
        low = "troops torched homes after " * (n // 27) + "rebels killed two"
        violence = [triggers.Trigger("Armed clash", len(low) - 10, len(low) - 4)]
        return lambda: triggers._later_violence(low, violence)
    assert growth(make, 50_000) < GROWTH
    killing = [triggers.Trigger("Attack", 20, 27)]
    assert triggers._later_violence("torched homes after killing two", killing) == -1


@pytest.mark.parametrize(("text", "events"), [
    ("Protesters demanding the resignation of the governor blocked roads and burned tyres in Kisumu on "
     "Wednesday, witnesses said.", [("Kisumu", "KE", -0.102, 34.762, "Violent demonstration", 1)]),
    ("Hundreds of farmers calling for fuel subsidies blocked the highway near Nazca on Monday, police said.",
     [("Nazca", "PE", -14.831, -74.939, "Violent demonstration", 2)]),  # the guide: road blocks
    ("Students demanding cheaper bread threw stones at police in Omdurman on Sunday.",
     [("Omdurman", "SD", 15.645, 32.478, "Violent demonstration", 1)]),
    # controls: what the crowd asked for is no event
    ("Protesters demanding reprisal attacks on Bukavu marched in Kinshasa on Saturday.",
     [("Kinshasa", "CD", -4.328, 15.314, "Peaceful protest", 1)]),
    ("Residents calling for troops to retake Kalehe marched in Bukavu on Friday.", []),
    ("Protesters demanded that police arrest the killers in Kisumu.", []),
])
def test_a_crowds_participle_does_not_make_its_act_unreal(pipeline: Pipeline, text: str,
                                                          events: list[Expected]) -> None:
    check_events(events_of(pipeline, text), events)


def test_the_crowd_participle_reads_a_bounded_window() -> None:
    assert not triggers.unreal("protesters demanding jobs blocked roads", 27, 40, "Peaceful protest")
    assert triggers.unreal("protesters demanding reprisal attacks", 29, 36, "Attack")

    # 100 KB of crowds, participles and past verbs before one trigger: each check reads a bounded window.
    def make(n: int) -> Callable[[], object]:
        low = "protesters demanding thousands calling for " * (n // 43) + "blocked roads"
        return lambda: triggers.unreal(low, len(low) - 13, len(low), "Peaceful protest")
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize("unit", ["Rebels walked into the centre of ", "fighters walked into the heart of ",
                                  "handed the ruby-mining town-of-", "protesters demanding "])
def test_new_patterns_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text(n: int) -> str:
        return unit * (n // len(unit)) + "Goma."
    assert growth(parsing(pipeline, text), 50_000) < GROWTH
