"""War words in ordinary news by the class of their phrasing (issue 14 point 6), session 25 (everyday31).

Every sentence is our own. A sentence that opens on a hazard or a fire after a wire dateline ("CITY, day
(Agency) - Floods swept through X, killing six") is read as it is without the dateline; a side that edges,
stuns, demolishes or blitzes another, or shoots past it, by a score, and a score's "thriller" or
"stalemate", are sport; an attack of words on a budget, a bill, a plan or press freedom is politics; a
battle of tax, pay or pensions, or over wages or subsidies, is money; a killing or an arrest over a
private quarrel (a property dispute, a row between neighbours) is ordinary crime; a labour strike over pay
is no protest held; a market, a price or a currency that comes "under fire", "explodes" or "fights back",
and a "warning shot at lenders", are money. The same words beside arms, armed men, clans or a weapon still
report an act.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing
from tests.test_ordinary_sense_classes import _events, _triggers


@pytest.mark.parametrize("text", [
    # a hazard or a fire that opens the sentence after a wire dateline
    "HANOI, Oct 3 (Reuters) - Flash floods swept through three mountain districts on Friday, killing 11 "
    "people, the disaster agency said.",
    "LIMA, Peru (AP) — A landslide buried a highway camp after a night of heavy rain, killing seven workers.",
    "DHAKA, Nov 20 (AFP) - A fire tore through a shopping centre in the old city late on Wednesday, "
    "killing 14 people.",
    # a side that edges, stuns, demolishes or blitzes another by a score, or shoots past it
    "the hosts edged the visitors 3-2 after extra time, killing off their hopes",
    "Iceland stunned France 2-1 to reach the quarter-finals",
    "the champions blitzed the bottom side 52-10 and shot past them in the table",
    "the Wallabies demolished Japan 61-7 in Osaka",
    "the derby clash ended in a 3-3 thriller",
    # an attack of words on a measure or a freedom
    "the finance minister attacked the opposition's pension bill as reckless",
    "union leaders launched a furious attack on the government's austerity budget",
    "editors called the new licensing rules an attack on press freedom",
    # a battle of money
    "the port is gripped by a tax battle between the two councils",
    "nurses are locked in a long-running battle over unpaid wages",
    # a killing or an arrest over a private quarrel
    "police said a farmer was shot dead during a dispute between neighbours over a fence",
    "detectives arrested a man accused of killing his cousin in an inheritance dispute",
    # a labour strike over pay
    "Port workers strike over pay, cargo piles up",
    # markets and money in war words: a market, price or currency as the subject, money as the object
    "Jakarta stocks came under heavy fire as the rupiah slid",
    "rice prices in the capital exploded by 40% this year",
    "the central bank in Ankara fought back with a surprise rate hike",
    "the finance minister fired a warning shot at lenders over mortgage rates",
])
def test_ordinary_classes_are_no_trigger(text: str) -> None:
    assert [t for t in _triggers(text) if t[1] not in ("Statement", "Other")] == []


@pytest.mark.parametrize(("text", "want"), [
    # a dateline before a sentence whose hazard is a weapon's, or whose killing armed men did
    ("KHARKIV, Ukraine (AP) — A fire started by Russian drones tore through a warehouse, killing two guards.",
     ("killing", "generic violence")),
    ("MAIDUGURI, Nigeria (AP) — Floods swept through the camp as ISWAP fighters attacked it, killing nine.",
     ("attacked", "generic violence")),
    # a score beside armed men is no sport
    ("troops edged closer to the town as rebels fired 2-3 rockets at the base",
     ("rockets", "Shelling/artillery/missile attack")),
    # an attack on people, on law enforcement, or by armed men on a plan's site
    ("gunmen attacked the budget office, killing two guards", ("gunmen", "generic violence")),
    ("a deadly attack on law enforcement officers in the border town", ("attack", "generic violence")),
    ("the company said the attack would not delay plans to restart the gas project",
     ("attack", "generic violence")),
    # a market that is a place under fire, a bomb at the central bank
    ("the central market came under fire from artillery", ("under fire", "Armed clash")),
    ("a bomb outside the central bank exploded, wounding two guards", ("exploded",
                                                                       "Remote explosive/landmine/IED")),
    # a battle of arms over a town
    ("a fierce battle over the town raged for three days", ("battle", "Armed clash")),
    # a killing in a feud between clans, or in a dispute that armed men fought
    ("twelve people were killed in a dispute between two clans over grazing land", ("killed",
                                                                                    "generic violence")),
    ("gunmen shot dead two men during a dispute between neighbours", ("gunmen", "generic violence")),
    # a protest strike that is not about pay
    ("Students strike over fuel prices, block highway", ("students strike", "Peaceful protest")),
])
def test_the_same_words_beside_arms_still_trigger(text: str, want: tuple[str, str]) -> None:
    assert want in _triggers(text)


@pytest.mark.parametrize(("text", "events"), [
    ("BANGKOK, Sept 4 (Reuters) - Flash floods swept through Mae Sai after days of heavy rain, killing six "
     "people, officials said.", []),
    ("Espanyol stun Valencia 2-1 in Barcelona", []),
    ("Opposition leaders in Lisbon attacked the government's housing budget on Tuesday.", []),
    ("Lahore police arrested a man accused of killing his uncle in a property dispute in the city's Gulberg "
     "area.", []),
    ("Espanyol stun Valencia 2-1 in Barcelona; militants kill 4 soldiers in attack on post near Bannu",
     [("Bannu", "Armed clash", 4)]),
])
def test_ordinary_news_codes_no_phantom(pipeline: Pipeline, text: str,
                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_the_new_classes_are_linear(pipeline: Pipeline) -> None:
    # The dateline lead is matched at a sentence's start only; every other new pattern reads a bounded window
    # after or around its trigger.
    def text(n: int) -> str:
        return " ".join("CITY, Oct 3 (Reuters) - floods swept through the the district, killing six;"
                        " stun them 2-1 attacked the the budget battle over wages"
                        " a dispute between neighbours shot dead,"
                        " dockworkers strike over pay, stocks in the city came under fire"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
