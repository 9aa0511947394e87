"""Classes of headline phrasing found among the BLIND files' train misses of one-line items in session 32
(branch headlines38, gold file headlines37.jsonl):

- a shutdown by traders is their protest ("Karachi traders down shutters in strike"), and the "strike" after
  it is that strike, not an attack;
- a town's crowd before a protest or riot protests in the town ("Police arrest Kampala youths marching"), as
  its police act there; a year after "anniversary of" is the day remembered, not the date of the act;
- "fight for control of X" in headline present tense is an armed clash;
- seizing a side's post by its owner's name is a takeover ("seizes junta's battalion headquarters in X");
- a town's front before a possessive and a compass word ("on Marib's western front in Sirwah"): the act
  is at the name after it;
- a one-line text's only place, opening it as its subject's modifier, is the site of the one act the line
  tells after "after" ("Mogadishu fuel prices jump after al-Shabaab mortar attack on port").

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events.triggers import find_triggers
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing

PUBLISHED = "2025-03-12"

Row = tuple[str, str, str | None, str | None, int | None]


def _events(pipeline: Pipeline, text: str) -> list[Row]:
    doc = pipeline.parse(Article(id="t", text=text, published=PUBLISHED))
    return [(e.sub_event_type, e.location.name, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None, e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("text", "events"), [
    ("Multan traders down shutters in strike against power tariffs",
     [("Peaceful protest", "Multan", "protesters", None, None)]),
    # the near miss: markets closed by the authorities are no protest
    ("Authorities shut markets in Multan over dengue outbreak", []),
])
def test_a_traders_shutdown_is_a_protest(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


def test_the_strike_of_a_shutdown_is_no_attack() -> None:
    low = "multan traders down shutters in strike against power tariffs"
    assert [(t.sub, low[t.start:t.end]) for t in find_triggers(low)] == [
        ("Peaceful protest", "traders down shutters")]


@pytest.mark.parametrize(("text", "events"), [
    ("Police arrest Lahore students marching on governor's house",
     [("Protest with intervention", "Lahore", "protesters", "police", None)]),
    ("Kampala students torch hostel, police fire tear gas",
     [("Violent demonstration", "Kampala", "rioters", "police", None)]),
    ("Police fire tear gas at Kisumu protesters marking anniversary of 2023 killings",
     [("Protest with intervention", "Kisumu", "protesters", "police", None)]),
    # near misses: a crowd with no protest, and a protest the text dates to an earlier year
    ("Mombasa residents return home after floods", []),
    ("Police fired tear gas at protesters in Kisumu in 2023", []),
])
def test_a_towns_crowd_protests_in_the_town(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Army and RSF fight for control of El Nahud",
     [("Armed clash", "An Nuhūd", "Sudanese forces", "Rapid Support Forces", None)]),
    # a trade's routes: a rivalry, not a battle at a place
    ("Cartels fight for control of drug routes near Tijuana", []),
])
def test_a_fight_for_control_is_a_clash(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Rebels seize army's regional headquarters in Paletwa",
     [("Non-state actor overtakes territory", "Paletwa", "rebels", None, None)]),
    ("Police seize gang's weapons in Kano", []),
])
def test_a_sides_post_seized(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Army and Houthis clash on Taiz's western front in Maqbanah",
     [("Armed clash", "Maqbanah", "Yemeni forces", "Houthis", None)]),
    # a front with no other name: the front's town stays the site
    ("Heavy fighting on Marib's southern front", [("Armed clash", "Ma'rib", None, None, None)]),
])
def test_a_towns_front_frames_the_site_after_it(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


@pytest.mark.parametrize(("text", "events"), [
    ("Baidoa sugar prices soar after al-Shabaab mortar attack on airport",
     [("Shelling/artillery/missile attack", "Baidoa", "al-Shabaab", None, None)]),
    ("Kismayo schools close after al-Shabaab mortar attack on port",
     [("Shelling/artillery/missile attack", "Kismayo", "al-Shabaab", None, None)]),
    # near misses: no act told after "after", and a metaphor
    ("Baidoa bread prices double as al-Shabaab blockade bites", []),
    ("Lisbon transfer battle: clubs clash over striker", []),
])
def test_a_lines_only_place_before_its_cause(pipeline: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(pipeline, text) == events


def test_the_new_patterns_stay_linear_on_100_kb(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return " ".join("Multan traders down shutters in strike; army and RSF fight for control of El Nahud; "
                        "rebels seize army's headquarters in Paletwa; police arrest Lahore students marching "
                        "on Taiz's western front in Maqbanah after attack." for _ in range(n))
    assert len(text_of(500)) > 100_000
    assert growth(parsing(pipeline, text_of, PUBLISHED), 250) < GROWTH


def test_pathological_trigger_runs_stay_linear() -> None:
    # long runs of the words the new triggers read: no verb closes them, or each closes its own
    for text, subs in (("traders " * 15_000, {}), ("seizes x's " * 10_000, {}),
                       ("shops in strike " * 7_000, {}),
                       ("fights for control of " * 5_000, {"Armed clash": 5_000}),
                       ("traders shut shops " * 6_000, {"Peaceful protest": 6_000})):
        assert len(text) > 100_000
        found: dict[str, int] = {}
        for t in find_triggers(text):
            found[t.sub] = found.get(t.sub, 0) + 1
        assert found == subs
