"""Ordinary business told with conflict words in ordinary news (issue 14), session 28.

Every sentence is our own. A company's word "said in X" is no political statement; police acting on a
crime of gain (robbers, a drug network, a scam compound) make no arrest or raid of the conflict; a labour
strike told by its length or its end is no protest held that day; a blast or an aircraft's loss whose
teller names an accident's cause (a gas leak, bad weather) is no attack; nor a fire that opens the
sentence with its sweep and its toll. The same words with soldiers,
armed men, protesters or no such cause still tell acts.
"""

from __future__ import annotations

import re
import time

import pytest

from mapper.events import triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, hundred_kb, parsing

_LOSS28 = "known loss of the event filter trained at session 28 (key F1 - 2 x phantom rate, threshold 0.7): "


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(Article(id="t", text=text, published="2025-05-14"))
    return [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("text", "subs"), [
    # a company's word, said in a place
    ("the mining company reported a 20% rise in output, the firm said in johannesburg on tuesday.", []),
    ("cargo traffic rose sharply in march, the port operator said in durban.", []),
    ("ticket sales doubled over the holidays, the airline said at its headquarters in nairobi.", []),
    # police on a crime of gain
    ("detectives arrested nine men suspected of running a car theft ring across the city.", []),
    ("police raided a warehouse used by counterfeit medicine dealers and detained six people.", []),
    ("police arrested four suspected burglars after a chase through the market.", []),
    ("officers from the police fraud unit detained a bank manager accused of money laundering.",
     ["Statement"]),
    # a labour strike by its length or its end
    ("nurses' strike enters fourth week as hospitals turn patients away", []),
    ("clinics reopened on monday after a two-week doctors' strike over unpaid allowances.", []),
    ("the dockworkers' strike dragged into its second month with no talks in sight.", []),
    # an accident's cause told beside a blast or a craft
    # (and their word on the cause is no statement either: ordinary30)
    ("an explosion ripped through a restaurant kitchen, killing two cooks, officials said, blaming a leak.",
     []),
    ("a small plane crashed in bad weather shortly after take-off, killing both pilots.", []),
    ("the blast that killed four workers at the mill was caused by a faulty gas cylinder, police said.",
     []),
    # a fire and its sweep open the sentence, the toll after it
    ("a fire tore through a crowded nightclub in the old town early on sunday, killing 14 people.", []),
    ("a huge blaze that broke out in a textile warehouse on monday killed five workers.", []),
])
def test_ordinary_business_is_no_trigger(text: str, subs: list[str]) -> None:
    # (a statement with no place of saying is no event: only the acts must go)
    assert [t.sub for t in triggers.find_triggers(text)] == subs


@pytest.mark.parametrize(("text", "sub"), [
    # a statement of officials, or with no place
    ("the defence ministry said in a statement that troops repelled the assault", "Statement"),
    # soldiers, protesters, militants or a cartel
    ("soldiers arrested 12 suspected drug smugglers near the border", "Arrests"),
    ("police arrested 40 protesters who marched against fuel thefts by officials", "Arrests"),
    ("police detained three militants who had funded attacks with drug money", "Arrests"),
    ("police arrested five men suspected of kidnapping a trader", "Arrests"),
    # a strike that grows, with no length or end
    ("teachers' strike spreads to three more provinces", "Peaceful protest"),
    # a blast with no accident's cause, or whose cause is an attack
    ("an explosion at a checkpoint killed two soldiers, officials said", "generic violence"),
    ("a helicopter was shot down near the border, killing its crew", "Disrupted weapons use"),
    # a fire set by armed men, or fire that is artillery's
    ("a fire started by gunmen tore through the market, killing three traders", "generic violence"),
    ("artillery fire tore through the village, killing two", "Shelling/artillery/missile attack"),
])
def test_the_same_words_with_an_act_still_trigger(text: str, sub: str) -> None:
    assert sub in [t.sub for t in triggers.find_triggers(text)]


@pytest.mark.parametrize(("text", "events"), [
    ("Profits fell by a third in the first half, the company said in Lagos on Monday.", []),
    ("Police in Mombasa arrested 17 people in a raid on a drug den near the old town on Friday.", []),
    pytest.param("Lecturers' strike enters third week in Kampala as universities stay shut", [],
                 marks=pytest.mark.xfail(strict=True, reason=_LOSS28 + "the phantom clash is kept")),
    ("A gas explosion at a bakery in Aleppo killed three people on Sunday, officials said, blaming a leak.",
     []),
    ("A gas explosion at a bakery in Aleppo killed three people on Sunday, officials said, blaming a leak. "
     "Separately, a drone strike killed two fighters near Idlib.",
     [("Idlib", "Air/drone strike", 2)]),
    ("Soldiers arrested 12 suspected smugglers in Agadez on Tuesday.", [("Agadez", "Arrests", None)]),
])
def test_ordinary_business_codes_no_phantom(pipeline: Pipeline, text: str,
                                            events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_much_ordinary_business_is_linear(pipeline: Pipeline) -> None:
    # _TRADER_TELLER_BEFORE, _CRIME, _NOT_ORDINARY_CRIME, _STRIKE_LENGTH_* and _ACCIDENT_CAUSE read bounded
    # windows around each trigger.
    def text(n: int) -> str:
        return " ".join("the company said in police arrested robbers drug detained a two-week teachers'"
                        " strike enters third week blast blaming a gas leak crashed in bad weather killing"
                        " a fire tore through killing"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled


@pytest.mark.parametrize(("pattern", "unit"), [
    (triggers._TRADER_TELLER_BEFORE, "the x-y company "),
    (triggers._CRIME, "burglar" + "s" * 40 + " "),
    (triggers._NOT_ORDINARY_CRIME, "kidnap" + "p" * 40 + " "),
    (triggers._STRIKE_LENGTH_BEFORE, "a two-week day " * 2),
    (triggers._STRIKE_LENGTH_AFTER, " has entered its "),
    (triggers._ACCIDENT_CAUSE, "blaming it on the a b c "),
    (triggers._FIRE_SWEEP_OPENS, "a fire that "),
])
def test_the_new_patterns_are_linear_on_100_kb(pattern: re.Pattern[str], unit: str) -> None:
    # Searched over a whole pathological 100 KB text (the rules only ever read windows of it): a linear
    # search takes milliseconds, a quadratic one minutes.
    text = hundred_kb(unit)
    t0 = time.process_time()
    list(pattern.finditer(text))
    assert time.process_time() - t0 < 3.0
