"""Phantom events of three classes of phrasing, session 30 (phantom36, gold file noevent35.jsonl).

Every sentence is our own. Classes (counted on the train split's phantoms, filter on: 22 talks, 9 of
them of the first three kinds; 3 climate summits; a past act after a semicolon):

- a meeting that is no talks between parties: a government's own cabinet at its routine sitting ("the
  cabinet met on Tuesday to approve ...", "its weekly cabinet meeting"), talks people were only invited
  or called to ("invited the union and the owners to talks in X"), a body described by its habit in a
  relative clause ("the committee, which meets at the UN base in X, has not convened since April"), and
  talks "pushed back";
- a summit or deal about the climate ("COP29 in Baku ends with finance deal"): no conflict event;
- a semicolon closes the previous site's clause: the act and date after it are the next site's own
  ("killing four soldiers; in February, jihadists stormed the base in B": B's storming is February's,
  background, not the Monday of the clause before);
- a drill named by the act it rehearses ("stage beach assault drills", "air strike exercises") or told as
  practice against it ("practising the defence of border posts against armoured assault"); a serviceman
  named by his home town ("A soldier from Lviv was among three servicemen killed near X": no event at Lviv);
- controls: talks held, a president meeting a leader, an army pushing back an attack, a peace deal
  signed at a venue, a second act after a semicolon dated on a day of its own.
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import (
    _CABINET_BEFORE,
    _CLIMATE_TOPIC,
    _DRILL_AFTER,
    _HABIT_BEFORE,
    _INVITED_TO_BEFORE,
    _PUSHED_BACK,
)
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-06-17") -> list[tuple]:
    doc = pipeline.parse(Article("ph36", text, published=published))
    return [(e.location.name, e.sub_event_type) for e in doc.events]


@pytest.mark.parametrize("text", [
    "In Juba, the cabinet met on Friday to approve a new fuel price.",
    "The cabinet held its weekly meeting in Mogadishu and approved the security budget.",
    "In Tripoli, ministers observed a minute's silence at the start of the weekly cabinet meeting.",
    "The interior ministry invited the truckers' union and the transport companies to talks in Nairobi "
    "later on Tuesday to end the blockade.",
    "The governor called both communities to talks in Jos after the weekend's tension.",
    "The joint committee, which meets at the UN base in Naqoura, has done little to stop the violations, "
    "Lebanese officials say.",
    "Sudan peace talks in Jeddah pushed back as mediators wait for replies",
])
def test_meetings_that_are_no_talks_code_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Government and rebel negotiators held talks in Doha on Sunday.", [("Doha", "Meeting/talks")]),
    ("The president met the opposition leader in Abuja on Monday.", [("Abuja", "Meeting/talks")]),
    ("Armenia and Azerbaijan sign peace deal in Washington", [("Washington", "Agreement")]),
])
def test_talks_held_stay(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _events(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "COP29 in Baku ends with a climate finance deal",
    "Climate talks in Bonn close without agreement on emissions",
    "Negotiators at the biodiversity summit in Cali agreed on a fund for nature on Saturday.",
])
def test_climate_summits_code_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_past_act_after_a_semicolon_is_background(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Gunmen attacked a checkpoint near Dori on Monday, killing three soldiers; "
                             "in February, jihadists stormed the army base in Djibo.") \
        == [("Dori", "Armed clash")]
    assert _events(pipeline, "Militants attacked a police post in Arbinda on Monday, killing four officers; "
                             "in March, jihadists stormed the army base in Diapaga.") \
        == [("Aribinda", "Armed clash")]


def test_an_act_after_a_semicolon_on_a_day_of_its_own_stays(pipeline: Pipeline) -> None:
    # (events come in date order: Sunday's first)
    assert _events(pipeline, "Gunmen attacked a checkpoint near Dori on Monday, killing three soldiers; "
                             "on Sunday, jihadists stormed the army base in Djibo.") \
        == [("Djibo", "Armed clash"), ("Dori", "Armed clash")]


@pytest.mark.parametrize("text", [
    "Kenyan and Somali troops held air strike exercises near Lamu on Tuesday.",
    "Pakistani commandos staged counter-terrorism assault drills in Quetta on Saturday.",
    "Armenian troops held exercises near Gyumri on Monday, practising the defence of border posts against "
    "armoured assault, the defence ministry said.",
])
def test_drills_code_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_servicemans_home_town_is_no_site(pipeline: Pipeline) -> None:
    assert _events(pipeline, "A soldier from Ternopil was among four servicemen killed when a Russian drone "
                             "hit their dugout near Pokrovsk on Sunday, the brigade said.") \
        == [("Pokrovsk", "Air/drone strike")]


def test_real_assaults_and_strikes_on_training_grounds_stay(pipeline: Pipeline) -> None:
    assert _events(pipeline, "Jihadists launched an assault on the army base in Djibo on Monday.") \
        == [("Djibo", "Armed clash")]
    assert _events(pipeline, "Russian missiles struck a training ground near Dnipro on Monday, killing 12 "
                             "soldiers.") == [("Dnipro", "Shelling/artillery/missile attack")]


def test_the_patterns_read_their_phrasing() -> None:
    assert _CABINET_BEFORE.search("the cabinet held its weekly ") is not None
    assert _CABINET_BEFORE.search("the security council held its ") is None
    assert _INVITED_TO_BEFORE.search("invited the oil union and the refinery's owners to ") is not None
    assert _INVITED_TO_BEFORE.search("the two sides returned to ") is None
    assert _HABIT_BEFORE.search("the committee, which ") is not None
    assert _PUSHED_BACK.search(" in istanbul has been pushed back by several days") is not None
    assert _CLIMATE_TOPIC.search("cop30 in belém ends with forest fund deal") is not None
    assert _CLIMATE_TOPIC.search("peace deal signed in doha") is None
    assert _DRILL_AFTER.match(" drills off zambales") is not None
    assert _DRILL_AFTER.match(" on the base") is None


def test_the_new_phrasings_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        unit = ("the cabinet held its weekly meeting in Juba, the committee, which meets in Naqoura, invited "
                "the union and the owners and the drivers to talks in Nairobi; in March, jihadists stormed "
                "Djibo; COP29 talks in Baku were pushed back, troops practised the defence of posts against "
                "an armoured assault and held strike drills near Gyumri, a soldier from Lviv was killed,")
        return " ".join(unit for _ in range(n)) + " officials said."
    assert growth(parsing(pipeline, text), 250) < GROWTH  # about 100 KB doubled
