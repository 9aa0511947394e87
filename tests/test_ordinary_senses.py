"""War words in their ordinary senses in ordinary news from conflict countries (issue 14), session 25.

Every sentence is our own. A headline's accident in the present tense with its toll after a comma or a
semicolon ("Minibus overturns near X; 9 dead"), a hazard's present-tense sweep verb ("Typhoon strikes
X, killing 4"), a vote that kills or shoots down a measure, a fight against disease, prices or want, a
match won by a score, and drills and parades ("simulating a raid", "missiles on display") tell no act of
political violence; the same words with armed men, people killed or aircraft downed still do.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize("text", [
    # a headline's accident and its toll
    "minibus overturns near kaduna; 9 dead",
    "ferry capsizes on lake albert, at least 21 dead",
    "truck plunges off bridge near kandahar, 6 dead",
    "cyclone freddy strikes coast near quelimane, killing 12",
    "typhoon hits samar island, killing 4",
    "canoe capsizes on the niger near lokoja; 17 bodies recovered",
    "a lorry carrying sacks of cement plunged off a bridge on the road out of the town, killing 8 people",
    "floods swept through three villages near the river overnight, leaving at least nine people dead",
    "torrential rain set off mudslides above the town on tuesday, burying homes and killing 11",
    "a 5.9-magnitude earthquake shook the province before dawn, killing 30 people",
    # an offensive of trade or charm
    "tourism officials launch charm offensive in gulf capitals",
    "exporters launch offensive to win asian buyers",
    # a measure killed or shot down
    "lawmakers shoot down governor's tax plan",
    "the assembly killed a bill to raise fuel duties on wednesday",
    "senators shot down the president's nomination for central bank governor",
    # a fight against disease, prices or want
    "clinics in bentiu battle a measles outbreak",
    "traders are fighting rising flour prices by buying in bulk",
    "the city has battled inflation for two years",
    # a match won by a score
    "al merreikh's attack ran riot as they beat al hilal 4-1",
    "the visitors stormed into the lead and went on to a 3-0 victory",
    # drills and parades
    "marines practised storming a beach near the port",
    "soldiers staged a mock ambush near the border during the drills",
    "tanks, rocket launchers and drones were on display at the parade",
])
def test_war_words_in_ordinary_senses_are_no_trigger(text: str) -> None:
    assert triggers.find_triggers(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("gunmen killed the lawmaker who drafted the bill", "generic violence"),
    ("air defences shot down 9 drones over kursk", "Disrupted weapons use"),
    ("rebels battled troops near rutshuru", "Armed clash"),
    ("rebels launched an offensive to retake the town", "Armed clash"),
    ("a truck bomb exploded near the market, leaving at least 12 people dead", "generic violence"),
    ("a bus carrying pilgrims was attacked near the border, killing 9", "generic violence"),
    ("after floods hit the area, militants attacked the village, killing 5", "Attack"),
    ("heavy rains flooded the valley on monday, and gunmen raided a camp nearby, killing 5", "Armed clash"),
    # a staged sit-in or march is a protest, not a drill
    ("hundreds of traders staged a sit-in outside the governor's office", "Peaceful protest"),
    ("students staged a protest march through the city", "Peaceful protest"),
    ("militants attacked a bus near dera ismail khan; 5 dead", "generic violence"),
])
def test_the_same_words_with_an_act_still_trigger(text: str, sub: str) -> None:
    assert sub in [t.sub for t in triggers.find_triggers(text)]


def test_a_date_range_is_no_score() -> None:
    # "2-8 March" beside a strike is a week, not a match
    text = "week of 2-8 march: a turkish drone strike killed two fighters near qamishli"
    assert [t.sub for t in triggers.find_triggers(text)] != []


@pytest.mark.parametrize(("text", "events"), [
    ("Minibus overturns near Kaduna; 9 dead", []),
    ("Kisumu lawmakers shoot down county budget proposal", []),
    ("Juba hospital battles cholera surge as rains continue", []),
    ("Al Hilal's attack runs riot in Omdurman as Merreikh crushed 4-0", []),
    ("Troops held drills near Gao, simulating an assault on a militant camp, state television said.", []),
    ("Drone strike kills 3 in Kupiansk as Kharkiv lawmakers shoot down budget plan",
     [("Kupyansk", "Air/drone strike", 3)]),
])
def test_ordinary_news_codes_no_phantom(pipeline: Pipeline, text: str,
                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_many_measures_and_scores_are_linear(pipeline: Pipeline) -> None:
    # _MEASURE_AFTER, _SCORE, _ACCIDENT_HEADLINE_BEFORE and _NATURE_CLAUSE_BEFORE read bounded windows
    # around each trigger.
    def text(n: int) -> str:
        return " ".join("lawmakers killed the   tax bill, bus plunges into 12 dead; beat 2-1 drew floods hit,"
                        " leaving at least 3 people dead, charm offensive to win quake struck hills, killing"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
