"""Places that only frame a protest or an act, session 38 round 2 (context44, gold file context43.jsonl).

Every sentence is our own. Classes (mapper/events/roles.py):

- whom a rally or a campaign supports, named with their place: "rallied in X in support of Palestinians
  in Gaza", "in solidarity with the residents of Tyre", "a march in solidarity with Gaza" (`_SUPPORTED`):
  context, and the rally stays at its own place;
- the place of a protest's grievance, a modifier of the grievance's noun, beside the protest's own place
  in the sentence: "Karachi sit-in over Kurram killings", "protesters in Kampala ... against the Mubende
  land evictions" (`_GRIEVANCE_BEFORE`, `_GRIEVANCE_NOUN`): context; with no other place ("Protest over
  Gwadar water shortages turns violent") the place stays the protest's site;
- where a crowd was bused, trucked, ferried or driven in from, a list too: "many of them bused in from
  Kutaisi and Batumi" (`_CAME_FROM`): context;
- "who control most of northern Yemen including the capital Sanaa" (`_CONTROLS`): context, a state.
"""

from __future__ import annotations

import re
import time

import pytest

from mapper.events.roles import _CAME_FROM, _CONTROLS, _GRIEVANCE_BEFORE, _GRIEVANCE_NOUN, _SUPPORTED
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("c44", text, published=published))
    return sorted((e.location.name, e.event_type, e.sub_event_type, e.actor1.name if e.actor1 else None,
                   e.actor2.name if e.actor2 else None) for e in doc.events)


def _roles(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> dict[str, str]:
    doc = pipeline.parse(Article("c44", text, published=published))
    return {m.text: str(r) for m, r in zip(doc.mentions, doc.role_names, strict=True)}


PEACEFUL = ("Protests", "Peaceful protest", "protesters", None)


@pytest.mark.parametrize(("text", "site", "supported"), [
    ("Thousands rallied in Mukalla on Friday in support of Palestinians in Gaza, chanting slogans.",
     "Mukalla", "Gaza"),
    ("Hundreds of people marched through Tripoli on Sunday in solidarity with the residents of Zawiya.",
     "Tripoli", "Zawiya"),
    ("Students in Lahore staged a sit-in on Tuesday in solidarity with families of missing people in Turbat.",
     "Lahore", "Turbat"),
])
def test_whom_a_rally_supports_is_no_site(pipeline: Pipeline, text: str, site: str, supported: str) -> None:
    assert _roles(pipeline, text)[supported] == "context"
    assert [e[0] for e in _events(pipeline, text)] == [site]
    assert _events(pipeline, text)[0][1:] == PEACEFUL


@pytest.mark.parametrize(("text", "site", "grievance"), [
    ("Police fired tear gas at a sit-in in Sukkur on Monday over the Larkana killings.", "Sukkur", "Larkana"),
    ("Students march in Rajshahi over Khulna campus attack", "Rajshahi", "Khulna"),
    ("Riot police fired tear gas at protesters in Jinja on Wednesday who were demonstrating against the "
     "Kampala market demolitions.", "Jinja", "Kampala"),
])
def test_a_grievance_place_beside_the_protest_place_is_no_site(pipeline: Pipeline, text: str, site: str,
                                                               grievance: str) -> None:
    assert _roles(pipeline, text)[grievance] == "context"
    assert [e[0] for e in _events(pipeline, text)] == [site]


def test_a_grievance_place_alone_stays_the_site(pipeline: Pipeline) -> None:
    # the near miss: no other place in the sentence, the protest is at the place it is about
    text = "Protest over Turbat water shortages turns violent"
    assert _roles(pipeline, text)["Turbat"] == "event_site"
    assert [e[0] for e in _events(pipeline, text)] == ["Turbat"]


@pytest.mark.parametrize(("text", "site", "origins"), [
    ("Thousands of people, many of them bused in from Rustavi and Gori, rallied outside parliament in "
     "Tbilisi on Sunday.", "Tbilisi", ("Rustavi", "Gori")),
    ("Hundreds of miners trucked in from Kitwe and Ndola demonstrated in Lusaka on Tuesday.",
     "Lusaka", ("Kitwe", "Ndola")),
    ("Protesters bussed in from Basra and Najaf rally in Baghdad", "Baghdad", ("Basra", "Najaf")),
])
def test_where_a_crowd_was_carried_from_is_no_site(pipeline: Pipeline, text: str, site: str,
                                                   origins: tuple[str, ...]) -> None:
    roles = _roles(pipeline, text)
    assert [roles[o] for o in origins] == ["context"] * len(origins)
    assert [e[0] for e in _events(pipeline, text)] == [site]


def test_a_place_a_group_controls_including_the_capital_is_no_site(pipeline: Pipeline) -> None:
    text = ("The Houthis, who control most of northern Yemen including the capital Sanaa, say their attacks "
            "on ships are in solidarity with Palestinians in Gaza.")
    roles = _roles(pipeline, text)
    assert (roles["Sanaa"], roles["Gaza"]) == ("context", "context")
    assert _events(pipeline, text) == []


def test_near_misses_keep_their_reading(pipeline: Pipeline) -> None:
    # a rally AT the named place, with support for no place: the site
    assert [e[0] for e in _events(pipeline, "Thousands rallied in Sanaa on Friday in support of the army.")] \
        == ["Sanaa"]
    # "troops sent from" was read before and still is; the act's site stays
    text = "Rebels attacked Kalemie on Monday, and reinforcements were sent from Kindu, the army said."
    assert _roles(pipeline, text)["Kindu"] == "context"
    # a protest whose grievance is no place-modified noun: "over the arrest of X's mayor" is not matched
    assert _GRIEVANCE_NOUN.match(" mayor's office") is None


@pytest.mark.parametrize("pattern", [_SUPPORTED, _GRIEVANCE_BEFORE, _CAME_FROM, _CONTROLS])
def test_the_patterns_are_linear_on_pathological_runs(pattern: re.Pattern[str]) -> None:
    for run in ("in support of " + "word " * 20_000, "protest " * 12_500 + "over the ",
                "bused " * 16_000 + "in from ", "control most of " + "x " * 50_000 + "including the ",
                "in solidarity with " * 5_500, "a " * 50_000):
        t0 = time.process_time()
        pattern.search(run[:100_000])
        assert time.process_time() - t0 < 3.0
    t0 = time.process_time()
    _GRIEVANCE_NOUN.match(" word" * 20_000)
    assert time.process_time() - t0 < 3.0


def test_rallies_in_solidarity_are_linear(pipeline: Pipeline) -> None:
    # about 100 KB doubled: rallies, supported places, grievances and bused-in crowds
    def text(n: int) -> str:
        return " ".join("Thousands bused in from Homs and Hama rallied in Aleppo in solidarity with people "
                        "in Idlib, and police fired tear gas at protesters in Raqqa over the Mosul killings."
                        for _ in range(n))
    assert growth(parsing(pipeline, text), 300) < GROWTH
