"""Phantom events in ordinary news (issue 14, item 6): floods, fires, storms, accidents and prices told in
the words of armed acts ("swept through", "struck", "killing", "fell to") code no event, beside real acts.

Every sentence is our own. Clause-level tests read ``triggers.clauses`` (no gazetteer); pipeline tests
check which places get events.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events import triggers
from mapper.events.triggers import clauses
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


def _acts(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence) if c.family != "political"]


def _violent(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence) if c.family == "violence"]


@pytest.mark.parametrize("sentence", [
    # a flood, a storm or a fire as the subject of a sweep or a strike
    "Flash floods swept through three camps for displaced families on Tuesday, destroying 1,200 shelters.",
    "The floodwaters that swept through the valley on Monday carried away two bridges.",
    "The flood struck before dawn, when an earth dam upstream gave way.",
    "A fire swept through the market on Sunday night, destroying about 400 stalls.",
    "The blaze that tore through the old quarter was put out after nine hours.",
    "Wildfires swept through the hills above the port for a third day.",
    "A cyclone battered the coast overnight, tearing roofs off schools.",
    "Landslides blocked the road between the two valley towns for a third day.",
    # an accident told by its verb beside the toll
    "A minibus plunged into a river near the border on Friday, killing 11 passengers.",
    "A five-storey hotel under renovation collapsed on Monday, killing at least six workers.",
    "A cargo plane crashed into a hillside in heavy fog, killing all four crew.",
    "At least 40 dead as overcrowded canoe capsizes on the river",
    "Nine people were killed when a bus overturned on the mountain road.",
    "A diesel tanker exploded at a filling station on Saturday, killing seven people.",
    "Death toll from fuel tanker explosion rises to 31",
    # a road accident whose place runs long before the toll; a quake as the subject; a stampede at a place
    "A bus collided with a cement lorry on the highway between the two northern towns on Friday night, "
    "killing 22 passengers, road safety officials said.",
    "A speeding lorry ploughed into a crowded roadside market near the river crossing late on Sunday, "
    "killing nine traders, police said.",
    "A 6.1-magnitude earthquake struck near the western city in the border province on Saturday, killing "
    "at least 12 people.",
    "A stampede at a camp for displaced people on the edge of the city killed seven children on Monday.",
    # a blast or an aircraft's loss whose teller rules out an attack
    "A fire at an army ammunition depot set off blasts that killed nine people overnight, the government "
    "said, blaming the heat and ruling out an attack.",
    "An air force helicopter crashed in bad weather near the pass on Tuesday, killing all five crew "
    "members, the military said, ruling out hostile fire.",
    # a bare fire opening the sentence; a fight against water or fire
    "Fire swept through a market in the old quarter on Wednesday, destroying more than 200 stalls.",
    "Armed with sandbags, residents battled the rising water for a second night after the dam gave way.",
    "Rescuers fought the blaze at the fuel depot for six hours.",
    "Volunteers were battling floods in the delta on Monday.",
    # a price or a reserve that fell to a figure
    "The pound fell to a record low of 3,100 to the dollar on Thursday, traders said.",
    "Water reserves behind the dams fell to their lowest level in 60 years.",
    "The currency fell to 1,700 against the dollar in parallel markets.",
])
def test_hazards_accidents_and_prices_are_no_event(sentence: str) -> None:
    assert _violent(sentence) == []


@pytest.mark.parametrize(("sentence", "sub"), [
    # (no trend in the perfect: the news)
    ("Troops stepped up attacks on the rebel town on Monday.", "Armed clash"),
    ("Protesters blocked the road to the airport on Monday.", "Violent demonstration"),  # road blocks
    # the same verbs with armed men, weapons or a side
    ("Insurgents swept through the district headquarters on Sunday, burning the police station.",
     "Non-state actor overtakes territory"),
    ("The town fell to the rebels after three days of fighting.", "Non-state actor overtakes territory"),
    ("Artillery fire struck the market on Monday, killing two traders.", "Shelling/artillery/missile attack"),
    ("A drone struck a fuel tanker on the highway, killing the driver.", "Air/drone strike"),
    ("A helicopter crashed after rebels shot it down, killing all four crew.", "Armed clash"),
    ("Gunmen killed six villagers on Friday as floods cut the road to the town.", "Attack"),
    # (a strike after "after" is read as a cause; the toll keeps the act)
    ("A house collapsed after an air strike on Tuesday, killing five people.", "Attack"),
    # a ramming is an attack; a collision caused by fire is not an accident; armed men at a market
    ("A man rammed his car into a crowd at the market on Friday, killing four people.", "Attack"),
    ("A bus collided with a truck after gunmen opened fire on it, killing six passengers.", "Attack"),
    ("The attackers at the market in the border town killed seven traders on Monday.", "Attack"),
    ("Troops battled the militants for six hours near the town on Sunday.", "Armed clash"),
    # an attack not ruled out, or ruled out only for a killing by gunmen
    ("A blast at a checkpoint killed three soldiers on Monday, the army said, which did not rule out "
     "sabotage.", "Remote explosive/landmine/IED"),
    ("Gunmen killed five traders on Monday; police ruled out a terrorist attack.", "Attack"),
    ("A bomb exploded at a market on Monday, killing six, police said, ruling out an accident.",
     "Remote explosive/landmine/IED"),
    ("Soldiers fought the rebels in the hills as fire raged in the valley.", "Armed clash"),
])
def test_real_acts_beside_those_words_are_kept(sentence: str, sub: str) -> None:
    assert sub in _acts(sentence)


@pytest.mark.parametrize("sentence", [
    # plural acts a side "has stepped up" or "had extended": a trend of the war, no act of the day
    "The air force has stepped up air strikes against rebel camps in the hills of the north.",
    "The militants have stepped up attacks on security forces and on foreign-run mines in the province.",
    "The group had extended their attacks westward into the neighbouring province.",
    "Gangs have intensified their kidnappings along the main highway.",
    "Both sides have escalated drone strikes on each other's rear areas.",
])
def test_a_trend_in_the_perfect_is_no_event(sentence: str) -> None:
    assert _acts(sentence) == []


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def test_a_flood_article_codes_only_the_attack_told_beside_it(pipeline: Pipeline) -> None:
    text = ("Flash floods swept through camps for displaced people around Kassala on Tuesday, destroying "
            "some 2,000 shelters. A minibus plunged into a river near Gedaref the same day, killing 11 "
            "passengers. Separately, gunmen killed four farmers near Kutum on Wednesday, residents said.")
    doc = pipeline.parse(text)
    assert [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events] == [
        ("Kutum", "Attack", 4)]


def test_a_currency_at_a_record_low_is_no_capture(pipeline: Pipeline) -> None:
    doc = pipeline.parse("The kwacha fell to a record low of 30 to the dollar in Lilongwe on Monday, "
                         "traders said.")
    assert [e.sub_event_type for e in doc.events if e.event_type != "Political"] == []


@pytest.mark.parametrize("unit", ["a fire swept through ", "floods struck ", "collapsed, killing ",
                                  "crashed in the fog over the hills, killing ", "dead as boat capsizes ",
                                  "killed when the bus ", "fell to a record ", "the blaze that hit ",
                                  "has stepped up their attacks ", "a bus collided with a car on the road ",
                                  "earthquake struck near the town ", "a stampede at the camp in the city ",
                                  "the bus ploughed into ", "fire swept ", "battled the rising water ",
                                  "fought the ", "blast killed, ruling out an attack ",
                                  "helicopter ruled out "])
def test_hazard_rules_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize("sentence", [
    # rain by its weight or season as the subject of the toll
    "Torrential rain has killed nine people in the lakeside district since Friday, the civil protection "
    "agency said.",
    "Monsoon rains killed 23 people across the southern provinces over the weekend.",
    "Incessant rains have killed 14 people in the hill villages.",
    # a hazard with its place between, in the perfect
    "Floods in the northern state have killed 61 people and displaced 300,000, officials said.",
    "Landslides across the highland districts have killed 18 people since Monday.",
    # a sentence that opens on a hazard's sweep, the toll after a comma (a cause told between)
    "A mudslide buried four houses on the edge of the mining town after two days of heavy rain, killing "
    "seven members of two families.",
    "Flash floods swept through the valley after a cloudburst on Sunday night, leaving at least 12 people "
    "dead.",
])
def test_tolls_of_rain_and_hazards_are_no_event(sentence: str) -> None:
    assert _violent(sentence) == []


@pytest.mark.parametrize(("sentence", "sub"), [
    # armed men or a weapon before the toll keep the act, whatever the weather
    ("Gunmen raided the village after a night of torrential rain, killing six farmers.", "Attack"),
    ("A landslide blocked the road, and soldiers later shot dead five villagers at a checkpoint.", "Attack"),
    ("Floods swept the camp as militants attacked it on Monday, killing four displaced people.", "Attack"),
    ("Heavy rain fell as an air strike hit the market, killing nine traders.", "Air/drone strike"),
    # no auxiliary: the place phrase is where the men acted
    ("Flooding near the camp where gunmen killed five villagers forced families to move.", "Attack"),
])
def test_acts_beside_rain_and_hazards_are_kept(sentence: str, sub: str) -> None:
    assert sub in _acts(sentence)


def test_a_rain_toll_beside_an_attack_codes_only_the_attack(pipeline: Pipeline) -> None:
    text = ("Torrential rain has killed 11 people in Bujumbura since Saturday, officials said. "
            "Separately, gunmen killed three farmers in Cibitoke on Wednesday, residents said.")
    doc = pipeline.parse(text)
    assert [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events] == [
        ("Cibitoke", "Attack", 3)]


@pytest.mark.parametrize("unit", ["torrential rain has killed ", "floods in the north have killed ",
                                  "floods in the north have ",
                                  "a landslide buried homes after rain, killing ",
                                  "a landslide buried homes, "])
def test_rain_and_hazard_toll_rules_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH
