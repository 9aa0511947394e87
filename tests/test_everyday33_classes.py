"""War words in ordinary news by the class of their phrasing (issue 14 point 6), session 27 (everyday33).

Every sentence is our own. A killing after a row, quarrel or argument over a private matter (a game of pool,
a parking space, a debt, loud music) is ordinary crime, stabbings too; a blast of a gas canister, cylinder
or bottle is an accident; debaters who walk out or boycott "in protest" hold no street protest; a side
"bombed out of" a cup or a tournament, the "opening shot" or "first shot" in a price war or against
inflation, a price, demand or shares that "exploded" or were "shot down" and an app that "explodes in
popularity" are sport and money; an office-holder, a body, a firm or a market "under fire" or "under attack"
is criticised or sold; a race's nouns ("the final climb", "the podium", "a stage win") and a football "late
strike" or "stoppage-time strike" are sport; a rider "shelled out" of the peloton and fans who "shelled out"
money were not shelled; police who arrest or raid over robbing, illegal betting or money-laundering act on
ordinary crime; a named hazard's topic ("Cyclone Freddy: death toll climbs") is no attack. The same words
beside arms, armed men or a crowd still report an act.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing
from tests.test_ordinary_sense_classes import _events, _triggers


@pytest.mark.parametrize("text", [
    # a killing after a row over a private matter
    "a man was stabbed to death outside a bar after a row over a game of pool",
    "a taxi driver was shot dead in a quarrel over a parking space",
    "a trader was stabbed in an argument over a debt, police said",
    "a student was killed after a row over loud music at a party",
    # an accident's blast: the vessel that blew up
    "a gas canister exploded in the kitchen of a restaurant, injuring two cooks",
    "a gas cylinder exploded in a flat on the third floor",
    "a gas bottle exploded on the balcony, injuring a neighbour",
    # debaters who walk out in protest
    "opposition members walked out of the chamber in protest at the vote",
    "lawmakers debated fuel levies for hours, with opposition members walking out in protest",
    "the opposition boycotted the session in protest over the budget",
    # a side bombed out of a cup
    "the holders were bombed out of the cup by a second-tier side",
    "the favourites bombed out of the tournament in the group stage",
    # a first shot in a price war or against inflation
    "the carmaker fired the opening shot in a fresh price war",
    "the refinery fires opening shot in petrol price war",
    "the central bank fired its first shot against inflation with a rate rise",
    # money and markets
    "the price of sugar had exploded after the currency lost a third of its value",
    "Shares in the Frankfurt-listed carmaker were shot down 9 percent",
    "a homework app explodes in popularity among teenagers",
    # an office-holder, a body, a firm or a market under fire or attack
    "the water utility under fire as taps run dry for a week",
    "the finance minister came under heavy fire over the budget deficit",
    "tech stocks came under sustained attack as fears of a slowdown grew",
    "the new currency came under attack from street traders who refused it",
    # a race's nouns and a football strike
    "Riders attacked on the final climb and an Eritrean broke clear",
    "Kenyan runners launched a ferocious attack to sweep the podium",
    "the visitors were knocked out by a stoppage-time strike",
    "a teenager fired a late strike to sink the leaders",
    # police on a crime of gain: robbing, illegal betting, money-laundering with a hyphen
    "Police arrested a man accused of robbing 15 convenience stores at gunpoint",
    "Police detained 31 suspects in dawn raids in an investigation into an illegal betting network",
    "Police raid money-laundering ring, 11 arrested",
    # a named hazard before a topic's colon
    "Cyclone Freddy: death toll climbs to 40",
    "Typhoon Haikui: death toll rises to 12",
    # shelled out: dropped or paid
    "the peloton was shelled out on the cobbles",
    "fans shelled out 200 euros a ticket",
])
def test_ordinary_classes_are_no_trigger(text: str) -> None:
    assert [t for t in _triggers(text) if t[1] not in ("Statement", "Other")] == []


@pytest.mark.parametrize(("text", "want"), [
    # armed men in a quarrel, a killing with no private matter
    ("militants shot dead a man after a row over a game of pool", ("shot dead", "generic violence")),
    ("a man was stabbed to death outside a bar on Saturday", ("stabbed", "Attack")),
    # a bomb, not a gas bottle; an explosion with no cause named
    ("a bomb exploded at a bus stop, killing three", ("exploded", "Remote explosive/landmine/IED")),
    # artillery fire that tore through a village
    ("Artillery fire tore through the village, killing five", ("killing", "generic violence")),
    # workers who walk out hold a strike
    ("dockers walked out in protest at unpaid wages", ("protest", "Peaceful protest")),
    # people bombed out of their homes; soldiers who fire the first shots
    ("families were bombed out of their homes by jets", ("bombed", "Air/drone strike")),
    # a storm of jihadists: "storm" the verb after "as" is no hazard
    ("Dozens killed as jihadists storm the town", ("killed", "generic violence")),
    # soldiers who detain robbers
    ("soldiers detained 12 men accused of robbing travellers", ("detained", "Arrests")),
    # troops who shelled out positions
    ("troops shelled out positions on the ridge", ("shelled", "Shelling/artillery/missile attack")),
    # a convoy and a police station under fire
    ("the convoy came under heavy fire near the border", ("under heavy fire", "Armed clash")),
    ("a police station came under attack at dawn", ("attack", "generic violence")),
    # fans after a late strike: a crowd keeps the act (a crowd against police: a riot, session 29)
    ("fans clashed with police after a late strike", ("fans clashed with police", "Violent demonstration")),
])
def test_the_same_words_beside_arms_still_trigger(text: str, want: tuple[str, str]) -> None:
    assert want in _triggers(text)


@pytest.mark.parametrize(("text", "events"), [
    ("Man stabbed to death in Manchester row over parking space", []),
    ("A gas canister exploded in the kitchen of a pizzeria in Naples on Tuesday, injuring two cooks.", []),
    ("BELGRADE, March 4 (Reuters) - Opposition lawmakers in Serbia's parliament walked out of the chamber on "
     "Tuesday in protest at a vote on university funding.", []),
    ("Liverpool bombed out of FA Cup by Plymouth in fourth-round shock", []),
    ("Shares in the Frankfurt-listed carmaker were shot down 9 percent after it cut its forecast.", []),
    ("Windhoek water utility under fire as taps run dry for a week", []),
    ("Gunmen shot dead a radio journalist outside his home in Acapulco on Saturday.",
     [("Acapulco", "Attack", 1)]),
])
def test_ordinary_news_codes_no_phantom(pipeline: Pipeline, text: str,
                                        events: list[tuple[str, str, int | None]]) -> None:
    assert [(name.split(" ")[0], sub, fat) for name, sub, fat in _events(pipeline, text)] \
        == [(name.split(" ")[0], sub, fat) for name, sub, fat in events]


def test_the_new_classes_are_linear(pipeline: Pipeline) -> None:
    # Every new pattern reads a bounded window before or after its trigger.
    def text(n: int) -> str:
        return " ".join("stabbed after a row over a game of pool, a gas canister exploded, shelled out of the"
                        " peloton, the opposition walked out in protest, bombed out of the"
                        " cup, fired the opening shot in a price war, the price of sugar had exploded, the"
                        " minister came under heavy fire, attacked on the final climb"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
