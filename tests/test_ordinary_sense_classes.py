"""War words by the class of what they act on, in ordinary news (issue 14 point 6), session 29.

Every sentence is our own. A trigger word's sense follows from its subject or object: a team's "attack"
or a game's nouns beside it (a late winner, an equaliser, overs, wickets), a place "hardest hit" by a
hazard, a labour strike told by its hours or days, firefighters, a company's word, a battle of law or
politics ("a legal battle", "a battle over the pension bill"), a hazard that
opens a headline with its place before the toll ("Wildfire near X kills 5"), goods seized or found in a
police raid. The same words with arms seized, an agent of the damage or a town to take still report an act.
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


def _triggers(text: str) -> list[tuple[str, str]]:
    low = text.lower()
    return [(low[t.start:t.end], t.sub) for t in triggers.find_triggers(low)]


@pytest.mark.parametrize("text", [
    # a side's attack and the game's nouns
    "Porto's misfiring attack let them down again in a goalless draw",
    "the visitors' pace attack ripped through the top order before lunch",
    "Ajax stormed forward in stoppage time and struck the post twice",
    "Cape Verde shot down the hosts' hopes with a late winner",
    "the bowling attack struck twice in the first five overs",
    # a place worst hit by a hazard
    "floods have swamped 60 villages, with the river districts hardest hit",
    "Storm Amy cut power to 90,000 homes, the north coast worst hit",
    # battles of law, politics and business
    "the airline lost a legal battle with its pilots' union on Tuesday",
    "the mayor launched a fresh battle to have the audit quashed",
    "the opposition lost another battle over the pension bill",
    # a headline's hazard and its place, then the toll
    "Bushfire near Bendigo kills 2 as winds rise",
    "Bus crash near Nakuru kills 12",
    "Tanker blast outside Onitsha kills 9",
    # a labour strike told by its hours or days, firefighters and the fires they fought
    "Dock workers began a 24-hour strike at the container terminal on Monday",
    "the pilots' union called a two-day strike over pay",
    "Firefighters battled more than 30 bushfires across the state overnight",
    # goods seized or found
    "customs officers seized 600 kilograms of heroin at the port",
    "detectives recovered 30 stolen cars in the sweep",
])
def test_war_words_of_ordinary_classes_are_no_trigger(text: str) -> None:
    assert [t for t in _triggers(text) if t[1] != "Statement"] == []


@pytest.mark.parametrize(("text", "want"), [
    # an agent of the damage after "worst hit"
    ("the suburbs worst hit by the shelling lost power",
     ("shelling", "Shelling/artillery/missile attack")),
    # arms seized: a weapons haul, not goods
    ("troops seized 40 kilograms of explosives from the rebels",
     ("seized 40 kilograms of explosives", "Disrupted weapons use")),
    # arms beside the goods seized: a weapons haul, and the arrest stands
    ("Police arrested five men on Sunday, seizing three pistols and several packets of heroin",
     ("arrested", "Arrests")),
    # an air strike told with its days, and a firefight, stay acts
    ("Israeli jets carried out a two-day air strike campaign on the camp",
     ("air strike", "Air/drone strike")),
    ("Soldiers were caught in a firefight with rebels near the border",
     ("firefight", "Armed clash")),
    # a battle to take a town
    ("the army is locked in a battle to retake the town",
     ("battle", "Armed clash")),
])
def test_the_same_words_with_acts_still_trigger(text: str, want: tuple[str, str]) -> None:
    assert want in _triggers(text)


@pytest.mark.parametrize(("text", "events"), [
    ("Police raided a warehouse in Mombasa on Friday and found 2 tonnes of cocaine in sugar sacks.", []),
    ("Customs officers seized 4 tonnes of hashish at the port of Algeciras on Monday.", []),
    ("Bushfire near Bendigo kills 2 as winds rise", []),
    ("Ghana expects its cocoa crop to rise 10% this season, the national cocoa company said in Accra on "
     "Tuesday.", []),
    ("Floods swamped 40 villages in Sindh on Monday, with Dadu district the worst hit.", []),
    ("Floods swamped 40 villages in Sindh on Monday, with Dadu district the worst hit. Militants attacked a "
     "police post in Bannu on Tuesday, killing two policemen.", [("Bannu", "Armed clash", 2)]),
])
def test_ordinary_news_codes_no_phantom(pipeline: Pipeline, text: str,
                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_many_ordinary_classes_are_linear(pipeline: Pipeline) -> None:
    # _WORST_BEFORE, _GOODS_AFTER, _SEIZED_GOODS, _BATTLE_OVER_MEASURE and _NATURE_HEAD_OPENS read
    # bounded windows around each trigger (the last only a line's first 120 characters).
    def text(n: int) -> str:
        return " ".join("floods hit the the the vines, worst hit floods, lost a battle over its bill,"
                        " police raided and found 3 tonnes of cocaine seized assets, crash near it kills"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
